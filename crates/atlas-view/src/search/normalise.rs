//! Text as search compares it: lower case, accents folded, punctuation to spaces.

/// Folds one character to its plain lower-case letter(s); accents go, `ß` becomes `ss`.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => "i",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'ø' | 'Ø' => "o",
        _ => return None,
    })
}

/// The words of a text, folded: "'s-Gravenhage" → ["s", "gravenhage"], "Súdwest" → ["sudwest"].
/// Apostrophes join (so "'t Zand" gives "t", "zand"); every other non-alphanumeric separates.
pub fn words(text: &str) -> Vec<String> {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match fold(c) {
            Some(plain) => folded.push_str(plain),
            None if c.is_alphanumeric() => folded.extend(c.to_lowercase()),
            None if c == '\'' || c == '’' => {}
            None => folded.push(' '),
        }
    }
    folded.split_whitespace().map(str::to_string).collect()
}

/// The folded words joined by single spaces, for whole-text comparisons.
pub fn normalise(text: &str) -> String {
    words(text).join(" ")
}

/// A name without the "Wijk 29 " or "Buurt 03 " that CBS puts before many names.
pub fn display_name(name: &str) -> &str {
    let mut parts = name.splitn(3, ' ');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(kind), Some(number), Some(rest))
            if matches!(kind, "Wijk" | "Buurt") && number.bytes().all(|b| b.is_ascii_digit()) && !rest.is_empty() =>
        {
            rest
        }
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(words("'s-Gravenhage"), vec!["s", "gravenhage"]);
        assert_eq!(normalise("Súdwest-Fryslân"), "sudwest fryslan");
        assert_eq!(normalise("  Den   HAAG "), "den haag");
        assert_eq!(normalise("Nieuwmarkt/Lastage"), "nieuwmarkt lastage");
        assert_eq!(normalise("Chassébuurt"), "chassebuurt");
        assert_eq!(normalise("Straße"), "strasse");
    }

    #[test]
    fn strips_the_cbs_number_before_a_name() {
        assert_eq!(display_name("Wijk 29 Schildersbuurt"), "Schildersbuurt");
        assert_eq!(display_name("Buurt 03 Oost"), "Oost");
        assert_eq!(display_name("Wijk Verzonnen"), "Wijk Verzonnen");
        assert_eq!(display_name("Wijk 12"), "Wijk 12");
    }
}
