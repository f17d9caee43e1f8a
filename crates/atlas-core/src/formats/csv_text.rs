//! CSV plumbing shared by the table readers: byte-order mark, separator, csv errors as values.

use super::error::area_code_error;
use super::number::decimal_separator_of;
use super::{shown, FormatError, Position};
use crate::model::{AreaCode, Count};

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

/// The separator of a table (see [`detect_delimiter`]), without a byte-order mark.
pub fn delimiter_of(bytes: &[u8]) -> u8 {
    detect_delimiter(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
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

/// One record of a table, for messages that say where: file, line, column (and its header
/// name), area code.
pub struct RecordAt<'a> {
    pub file: &'a str,
    pub line: Option<u64>,
    /// The header's names as the file writes them.
    pub names: &'a [String],
    /// The file's decimal separator, when its cells show one (see [`file_decimal`]).
    pub decimal: Option<char>,
}

impl<'a> RecordAt<'a> {
    pub fn new(file: &'a str, record: &csv::StringRecord, names: &'a [String]) -> RecordAt<'a> {
        RecordAt { file, line: record.position().map(|p| p.line()), names, decimal: None }
    }

    /// The same, reading counts with the file's decimal separator.
    pub fn with_decimal(mut self, decimal: Option<char>) -> RecordAt<'a> {
        self.decimal = decimal;
        self
    }

    /// An error in one cell (columns count from 0 here, from 1 in the message), with its
    /// message in Dutch and English.
    pub fn error(
        &self,
        column: usize,
        code: Option<&AreaCode>,
        nl: impl Into<String>,
        en: impl Into<String>,
    ) -> FormatError {
        let position = Position {
            file: self.file.into(),
            line: self.line,
            column: Some(column as u64 + 1),
            column_name: self.names.get(column).cloned(),
            area_code: code.map(|c| c.to_string()),
        };
        FormatError::new(position, nl, en)
    }

    /// The count in a cell of an area's row (unknown for CBS's markers), or where it is not one.
    pub fn count(&self, record: &csv::StringRecord, column: usize, code: &AreaCode) -> Result<Count, FormatError> {
        super::number::parse_count_in(record.get(column).unwrap_or_default(), self.decimal)
            .map(|cell| cell.known())
            .map_err(|(nl, en)| self.error(column, Some(code), nl, en))
    }

    /// The area code in a column, or an error saying where it is not one.
    pub fn code(&self, record: &csv::StringRecord, column: usize) -> Result<AreaCode, FormatError> {
        AreaCode::parse(record.get(column).unwrap_or_default()).map_err(|e| {
            let (nl, en) = area_code_error(&e);
            self.error(column, None, nl, en)
        })
    }
}

/// The decimal separator a file's cells show (`2500,000`, `12,5`: a comma), if any; refused
/// when some cells write decimals with `,` and others with `.`. With a decimal comma, `1,234`
/// is then a fraction, and `318,000` is 318: the notation is the file's, not the cell's.
pub fn file_decimal(bytes: &[u8], file: &str) -> Result<Option<char>, FormatError> {
    let mut decimal: Option<(char, u64, String)> = None;
    for record in csv_reader(bytes).records() {
        let Ok(record) = record else { break }; // the reader reports it with its line
        let line = record.position().map(|p| p.line());
        for (column, cell) in record.iter().enumerate() {
            let Some(sep) = decimal_separator_of(cell) else { continue };
            match &decimal {
                Some((other, other_line, other_cell)) if *other != sep => {
                    let position =
                        Position { file: file.into(), line, column: Some(column as u64 + 1), ..Position::default() };
                    let cell = shown(cell);
                    let nl = format!(
                        "'{cell}' schrijft decimalen met '{sep}', maar regel {other_line} ('{other_cell}') met '{other}'; \
                         gebruik één schrijfwijze in het hele bestand"
                    );
                    let en = format!(
                        "'{cell}' writes decimals with '{sep}', but line {other_line} ('{other_cell}') with '{other}'; \
                         use one notation in the whole file"
                    );
                    return Err(FormatError::new(position, nl, en));
                }
                Some(_) => {}
                None => decimal = Some((sep, line.unwrap_or(0), shown(cell))),
            }
        }
    }
    Ok(decimal.map(|(sep, ..)| sep))
}

/// A table's header names, lower-cased, and where the columns a reader looks for are.
pub struct HeaderColumns<'a> {
    pub names: Vec<String>,
    file: &'a str,
}

impl<'a> HeaderColumns<'a> {
    pub fn new(raw_names: &[String], file: &'a str) -> HeaderColumns<'a> {
        HeaderColumns { names: raw_names.iter().map(|h| h.to_ascii_lowercase()).collect(), file }
    }

    /// The first of the `wanted` names the header has, if any.
    pub fn find(&self, wanted: &[&str]) -> Option<usize> {
        wanted.iter().find_map(|w| self.names.iter().position(|n| n == w))
    }

    /// A column the table must have: where it is, or an error naming what is missing (`what`,
    /// in Dutch and English) and what the header has.
    pub fn need(&self, wanted: &[&str], what: &str, what_en: &str) -> Result<usize, FormatError> {
        self.find(wanted).ok_or_else(|| {
            let (wanted, names) = (wanted.join(", "), self.names.join(", "));
            FormatError::in_header(
                self.file,
                format!("de kopregel heeft geen kolom voor {what} (een van {wanted}); hij heeft {names}"),
                format!("the header has no column for {what_en} (one of {wanted}); it has {names}"),
            )
        })
    }
}

/// A csv error as a [`FormatError`] with its line and a hint a person can act on.
pub fn csv_error(error: csv::Error, file: &str) -> FormatError {
    let position = Position { file: file.into(), line: error.position().map(|p| p.line()), ..Position::default() };
    let (nl, en) = match error.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            let (fields, fields_en) = if *len == 1 { ("veld", "field") } else { ("velden", "fields") };
            (
                format!(
                    "deze regel heeft {len} {fields} waar de kopregel er {expected_len} heeft; klopt het scheidingsteken?"
                ),
                format!("this line has {len} {fields_en} where the header has {expected_len}; is the separator right?"),
            )
        }
        csv::ErrorKind::Utf8 { err, .. } => (
            format!("veld {} is geen geldige UTF-8-tekst; sla het bestand op als UTF-8", err.field() + 1),
            format!("field {} is not valid UTF-8 text; save the file as UTF-8", err.field() + 1),
        ),
        // The csv reader's own words (English) in both.
        _ => (error.to_string(), error.to_string()),
    };
    FormatError::new(position, nl, en)
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
