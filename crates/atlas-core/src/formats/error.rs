//! Format errors as values: what is wrong and where (file, line, column, area code), in Dutch
//! (what `Display` writes, as the command line shows it) and in English (for the page).

use crate::model::{AreaCodeError, TableError};
use std::fmt;

/// A message in Dutch and in English, in that order (what the helpers of the readers return;
/// [`FormatError`] puts it at a position).
pub type Message = (String, String);

/// Where in a file something was found. Lines and columns count from 1. `Display` writes it in
/// Dutch ("kapot.csv, regel 3, kolom 4 (polen), gebied GM9999"), [`Position::english`] in
/// English ("kapot.csv, line 3, column 4 (polen), area GM9999").
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Position {
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<u64>,
    /// The column's header name, when the file has one.
    pub column_name: Option<String>,
    pub area_code: Option<String>,
}

impl Position {
    /// The position in English: "kapot.csv, line 3, column 4 (polen), area GM9999".
    pub fn english(&self) -> String {
        self.written(["line", "column", "area"])
    }

    /// The position with the words for line, column and area.
    fn written(&self, [line_word, column_word, area_word]: [&str; 3]) -> String {
        let mut text = self.file.clone();
        if let Some(line) = self.line {
            text += &format!(", {line_word} {line}");
        }
        if let Some(column) = self.column {
            text += &format!(", {column_word} {column}");
        }
        if let Some(name) = &self.column_name {
            text += &format!(" ({name})");
        }
        if let Some(code) = &self.area_code {
            text += &format!(", {area_word} {code}");
        }
        text
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written(["regel", "kolom", "gebied"]))
    }
}

/// A file that could not be read, with a message a person can act on, in Dutch and English.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FormatError {
    /// Boxed so that results carrying this error stay small.
    pub position: Box<Position>,
    /// The message in Dutch (what `Display` writes).
    pub message: String,
    /// The same message in English (what [`FormatError::english`] writes).
    pub message_en: String,
}

impl FormatError {
    /// An error at a position, with its message in Dutch (`nl`) and English (`en`).
    pub fn new(position: Position, nl: impl Into<String>, en: impl Into<String>) -> FormatError {
        FormatError { position: Box::new(position), message: nl.into(), message_en: en.into() }
    }

    /// An error in the header line (line 1) of a table.
    pub fn in_header(file: &str, nl: impl Into<String>, en: impl Into<String>) -> FormatError {
        FormatError::new(Position { file: file.into(), line: Some(1), ..Position::default() }, nl, en)
    }

    /// An error about the file as a whole.
    pub fn in_file(file: &str, nl: impl Into<String>, en: impl Into<String>) -> FormatError {
        FormatError::new(Position { file: file.into(), ..Position::default() }, nl, en)
    }

    /// The error in English: "kapot.csv, line 3, column 4 (polen), area GM9999: message"
    /// (`Display` writes it in Dutch).
    pub fn english(&self) -> String {
        format!("{}: {}", self.position.english(), self.message_en)
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.position, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Why a text is no area code, in Dutch (the model's words) and English.
pub(crate) fn area_code_error(error: &AreaCodeError) -> Message {
    let en = format!(
        "'{}' is not a CBS area code (expected NL00, GM + 4 digits, WK + 6 digits or BU + 8 digits)",
        super::shown(&error.text)
    );
    (error.to_string(), en)
}

/// Why a row cannot enter a table, in Dutch (the model's words) and English.
pub(crate) fn table_error(error: &TableError) -> Message {
    let en = match error {
        TableError::DuplicateCode(code) => format!("area {code} appears twice"),
        TableError::WrongGroupCount { code, expected, found } => {
            format!("area {code} has {found} group counts where the table has {expected} groups")
        }
        TableError::OtherGroups { expected, found } => {
            format!("the rows to add have {found} groups where the table has {expected} other ones")
        }
    };
    (error.to_string(), en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_and_message_in_dutch_and_english() {
        let position = Position {
            file: "kapot.csv".into(),
            line: Some(3),
            column: Some(4),
            column_name: Some("polen".into()),
            area_code: Some("GM9999".into()),
        };
        let error = FormatError::new(position, "'tien' is geen aantal", "'tien' is not a count");
        assert_eq!(error.to_string(), "kapot.csv, regel 3, kolom 4 (polen), gebied GM9999: 'tien' is geen aantal");
        assert_eq!(error.english(), "kapot.csv, line 3, column 4 (polen), area GM9999: 'tien' is not a count");
        let whole = FormatError::in_file("leeg.csv", "het bestand is leeg", "the file is empty");
        assert_eq!(
            (whole.to_string(), whole.english()),
            ("leeg.csv: het bestand is leeg".into(), "leeg.csv: the file is empty".into())
        );
    }
}
