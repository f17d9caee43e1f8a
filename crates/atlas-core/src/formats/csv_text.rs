//! CSV plumbing shared by the table readers: byte-order mark, separator, csv errors as values.

use super::{FormatError, Position};

/// A reader over the bytes (without a UTF-8 byte-order mark), with the separator the header
/// line uses, fields trimmed.
pub fn csv_reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    csv::ReaderBuilder::new().delimiter(detect_delimiter(bytes)).trim(csv::Trim::All).from_reader(bytes)
}

/// The header's names in lower case, without surrounding blanks or a byte-order mark.
pub fn header_names(bytes: &[u8]) -> Result<Vec<String>, csv::Error> {
    let mut reader = csv_reader(bytes);
    Ok(reader.headers()?.iter().map(|h| h.trim().to_ascii_lowercase()).collect())
}

/// Whichever of tab, `;` and `,` the header line has most of (`;` on a tie with `,`).
fn detect_delimiter(bytes: &[u8]) -> u8 {
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |c: u8| first_line.iter().filter(|b| **b == c).count();
    let (tabs, semicolons, commas) = (count(b'\t'), count(b';'), count(b','));
    if tabs > semicolons && tabs > commas {
        b'\t'
    } else if semicolons >= commas {
        b';'
    } else {
        b','
    }
}

/// A csv error as a [`FormatError`] with its line and a hint a person can act on.
pub fn csv_error(error: csv::Error, file: &str) -> FormatError {
    let position = Position { file: file.into(), line: error.position().map(|p| p.line()), ..Position::default() };
    let message = match error.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("this row has {len} fields where the header has {expected_len}; is the separator right?")
        }
        csv::ErrorKind::Utf8 { err, .. } => {
            format!("field {} is not valid UTF-8 text; save the file as UTF-8", err.field() + 1)
        }
        _ => error.to_string(),
    };
    FormatError::new(position, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_detected_from_the_header() {
        assert_eq!(detect_delimiter(b"a;b,c;d\n1,5;2"), b';');
        assert_eq!(detect_delimiter(b"a,b,c\n"), b',');
        assert_eq!(detect_delimiter(b"a\tb\tc\n"), b'\t');
        assert_eq!(header_names(b"\xEF\xBB\xBFGwb_Code\tRegio\n").unwrap(), ["gwb_code", "regio"]);
    }
}
