//! One cell of a CBS table as a count: Dutch number notation, and every way CBS says "unknown".

/// What a cell holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountCell {
    Known(u32),
    /// Suppressed or missing: `.`, `x`, `-`, `?`, empty, or a negative sentinel such as −99999999.
    Unknown,
}

impl CountCell {
    pub fn known(self) -> Option<u32> {
        match self {
            CountCell::Known(n) => Some(n),
            CountCell::Unknown => None,
        }
    }
}

/// Parses a count as CBS downloads write it. Accepts thousands separators (`17.590.672`,
/// `17 590 672`), a decimal comma or point with only zeros after it (`1234,0`), and reads the
/// markers of suppressed cells and negative sentinels as unknown. Returns an error message, in
/// Dutch and English, for anything else (letters, fractions of people, numbers beyond u32).
pub fn parse_count(cell: &str) -> Result<CountCell, super::Message> {
    // Fast path: plain digits, as in nearly every cell of a CBS download.
    if !cell.is_empty() && cell.len() <= 9 && cell.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(CountCell::Known(cell.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0'))));
    }
    let text = cell.trim().trim_matches('"').trim();
    if matches!(text, "" | "." | "x" | "X" | "-" | "?" | "..") {
        return Ok(CountCell::Unknown);
    }
    let no_count =
        || (format!("'{}' is geen aantal", super::shown(text)), format!("'{}' is not a count", super::shown(text)));
    if let Some(rest) = text.strip_prefix('-') {
        return match digits_of(rest) {
            Some(_) => Ok(CountCell::Unknown),
            None => Err(no_count()),
        };
    }
    let digits = digits_of(text).ok_or_else(no_count)?;
    digits.parse::<u32>().map(CountCell::Known).map_err(|_| {
        (
            format!("'{}' is te groot voor een aantal inwoners", super::shown(text)),
            format!("'{}' is too large for a number of residents", super::shown(text)),
        )
    })
}

/// The decimal separator a cell shows, if it has a decimal part (`12,5`, `2500,000`,
/// `1.234,0`: a comma); `None` for plain digits, thousands grouping and text.
pub fn decimal_separator_of(cell: &str) -> Option<char> {
    let text = cell.trim().trim_matches('"').trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' ')) {
        return None;
    }
    let compact: String = text.chars().filter(|c| *c != ' ').collect();
    let (whole, fraction) = split_fraction(&compact);
    (!fraction.is_empty()).then(|| char::from(compact.as_bytes()[whole.len()]))
}

/// A count in a file whose decimal separator is known (see `csv_text::file_decimal`): the
/// last such separator starts the decimals, which must be zeros (`318,000` is 318, `1,234` is
/// not a whole count); without one the cell is read as [`parse_count`] reads it.
pub fn parse_count_in(cell: &str, decimal: Option<char>) -> Result<CountCell, super::Message> {
    let text = cell.trim().trim_matches('"').trim();
    let Some((whole, fraction)) = decimal.and_then(|d| text.rsplit_once(d)) else {
        return parse_count(cell);
    };
    if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return parse_count(cell);
    }
    if fraction.bytes().any(|b| b != b'0') {
        let (text, decimal) = (super::shown(text), decimal.unwrap_or(','));
        return Err((
            format!("'{text}' is geen heel aantal (de decimalen van dit bestand staan na '{decimal}')"),
            format!("'{text}' is not a whole count (the decimals of this file follow '{decimal}')"),
        ));
    }
    parse_count(whole)
}

/// The integer digits of a number in Dutch or English notation, if it is a whole number.
fn digits_of(text: &str) -> Option<String> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' ')) {
        return None;
    }
    let compact: String = text.chars().filter(|c| *c != ' ').collect();
    let (whole, fraction) = split_fraction(&compact);
    if !fraction.bytes().all(|b| b == b'0') {
        return None;
    }
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    let groups_ok = whole.split(['.', ',']).skip(1).all(|group| group.len() == 3);
    (!digits.is_empty() && groups_ok).then_some(digits)
}

/// Splits off a decimal part: the last separator is decimal when fewer or more than three
/// digits follow it (`1234,5`, `12,50`) or when both kinds of separator occur (`1.234,0`).
fn split_fraction(text: &str) -> (&str, &str) {
    let Some(at) = text.rfind(['.', ',']) else {
        return (text, "");
    };
    let after = &text[at + 1..];
    let separator = text.as_bytes()[at];
    let other = if separator == b'.' { ',' } else { '.' };
    // Thousands grouping starts with a group of one to three digits, not zero: `2500,000` and
    // `12345.678` (a spreadsheet's three decimals) and `0,500` are decimals, never thousands.
    let first_group = text.split(['.', ',']).next().unwrap_or_default();
    let groups_thousands = (1..=3).contains(&first_group.len()) && !first_group.starts_with('0');
    if after.len() != 3 || text[..at].contains(other) || !groups_thousands {
        (&text[..at], after)
    } else {
        (text, "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plain_and_dutch_numbers() {
        assert_eq!(parse_count("0"), Ok(CountCell::Known(0)));
        assert_eq!(parse_count(" 4025 "), Ok(CountCell::Known(4025)));
        assert_eq!(parse_count("17.590.672"), Ok(CountCell::Known(17_590_672)));
        assert_eq!(parse_count("17 590 672"), Ok(CountCell::Known(17_590_672)));
        assert_eq!(parse_count("1.234,0"), Ok(CountCell::Known(1234)));
        assert_eq!(parse_count("1234,00"), Ok(CountCell::Known(1234)));
        assert_eq!(parse_count("\"250\""), Ok(CountCell::Known(250)));
    }

    #[test]
    fn three_decimals_are_never_read_as_thousands() {
        // A count saved by a spreadsheet with three decimals stays the same count.
        assert_eq!(parse_count("2500,000"), Ok(CountCell::Known(2500)));
        assert_eq!(parse_count("2500.000"), Ok(CountCell::Known(2500)));
        assert_eq!(parse_count("0,000"), Ok(CountCell::Known(0)));
        // A real fraction of people is an error, not 12 million residents.
        for cell in ["12345.678", "2500,125", "0,500", "1.23.456", "12.34", "1,2,3"] {
            assert!(parse_count(cell).is_err(), "{cell} was read as {:?}", parse_count(cell));
        }
        // Thousands grouping as CBS writes it still reads.
        assert_eq!(parse_count("250.000"), Ok(CountCell::Known(250_000)));
        assert_eq!(parse_count("1,234,567"), Ok(CountCell::Known(1_234_567)));
    }

    #[test]
    fn cells_show_their_decimal_separator() {
        assert_eq!(decimal_separator_of("12,5"), Some(','));
        assert_eq!(decimal_separator_of("2500,000"), Some(','));
        assert_eq!(decimal_separator_of("1.234,0"), Some(','));
        assert_eq!(decimal_separator_of("12345.678"), Some('.'));
        for cell in ["1.234", "1,234", "17.590.672", "1234", "GM0363", "Noord, Oost", "", "x"] {
            assert_eq!(decimal_separator_of(cell), None, "{cell}");
        }
    }

    #[test]
    fn markers_and_sentinels_are_unknown_not_zero() {
        for cell in ["", ".", "x", "X", "-", "?", "-99999999", "-99997"] {
            assert_eq!(parse_count(cell), Ok(CountCell::Unknown), "cell {cell:?}");
        }
    }

    #[test]
    fn garbage_is_an_error_with_the_text() {
        for cell in ["abc", "12a", "1,5", "3.25", "1.23.4", "99999999999"] {
            let (nl, en) = parse_count(cell).unwrap_err();
            assert!(nl.contains(cell) && en.contains(cell), "{nl} / {en}");
        }
    }

    proptest! {
        #[test]
        fn any_count_written_with_dots_reads_back(n in 0u32..=u32::MAX) {
            let plain = n.to_string();
            let mut dotted = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i) % 3 == 0 { dotted.push('.'); }
                dotted.push(c);
            }
            prop_assert_eq!(parse_count(&plain), Ok(CountCell::Known(n)));
            prop_assert_eq!(parse_count(&dotted), Ok(CountCell::Known(n)));
        }
    }
}
