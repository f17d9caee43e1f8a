//! Format errors as values: what is wrong and where (file, line, column, area code).

use std::fmt;

/// Where in a file something was found. Lines and columns count from 1. Shown in Dutch, as
/// every message of the readers is ("kapot.csv, regel 3, kolom 4 (polen), gebied GM9999").
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Position {
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<u64>,
    /// The column's header name, when the file has one.
    pub column_name: Option<String>,
    pub area_code: Option<String>,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ", regel {line}")?;
        }
        if let Some(column) = self.column {
            write!(f, ", kolom {column}")?;
        }
        if let Some(name) = &self.column_name {
            write!(f, " ({name})")?;
        }
        if let Some(code) = &self.area_code {
            write!(f, ", gebied {code}")?;
        }
        Ok(())
    }
}

/// A file that could not be read, with a message a person can act on.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FormatError {
    /// Boxed so that results carrying this error stay small.
    pub position: Box<Position>,
    pub message: String,
}

impl FormatError {
    pub fn new(position: Position, message: impl Into<String>) -> FormatError {
        FormatError { position: Box::new(position), message: message.into() }
    }

    /// An error in the header line (line 1) of a table.
    pub fn in_header(file: &str, message: impl Into<String>) -> FormatError {
        FormatError::new(Position { file: file.into(), line: Some(1), ..Position::default() }, message)
    }

    /// An error about the file as a whole.
    pub fn in_file(file: &str, message: impl Into<String>) -> FormatError {
        FormatError::new(Position { file: file.into(), ..Position::default() }, message)
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.position, self.message)
    }
}

impl std::error::Error for FormatError {}
