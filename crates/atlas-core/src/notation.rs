//! Numbers written the Dutch way for people: thousands dots, decimal commas, percentages.

/// A whole number with thousands dots, "17.590.672".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A number with `decimals` decimals and a decimal comma, "2,4".
pub fn decimal(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}").replace('.', ",")
}

/// A share (0..1) as a percentage with `decimals` decimals, "74%" or "42,8%".
pub fn percent(share: f64, decimals: usize) -> String {
    format!("{}%", decimal(share * 100.0, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_notation() {
        assert_eq!(thousands(17_590_672), "17.590.672");
        assert_eq!(thousands(999), "999");
        assert_eq!(decimal(2.44, 1), "2,4");
        assert_eq!(percent(0.7449, 0), "74%");
        assert_eq!(percent(0.428, 1), "42,8%");
    }
}
