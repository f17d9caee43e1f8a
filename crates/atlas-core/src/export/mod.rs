//! Files the browser writes for the user to take away (the ranking as CSV).

mod spreadsheet_csv;

pub use spreadsheet_csv::{guarded, spreadsheet_csv, SpreadsheetStyle};
