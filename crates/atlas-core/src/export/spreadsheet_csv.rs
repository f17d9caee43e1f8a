//! A table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents),
//! the separators a spreadsheet of the reader's language expects (Dutch: `;` between cells and
//! a decimal comma; English: `,` and a decimal point), and text that a spreadsheet would run as
//! a formula (`=`, `+`, `-`, `@`, tab, carriage return at the start) made inert with a leading `'`.

/// The separators of a spreadsheet's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpreadsheetStyle {
    /// `;` between cells, `74,2`.
    Dutch,
    /// `,` between cells, `74.2`.
    English,
}

impl SpreadsheetStyle {
    fn delimiter(self) -> u8 {
        match self {
            SpreadsheetStyle::Dutch => b';',
            SpreadsheetStyle::English => b',',
        }
    }

    fn decimal_mark(self) -> char {
        match self {
            SpreadsheetStyle::Dutch => ',',
            SpreadsheetStyle::English => '.',
        }
    }
}

/// The CSV bytes of a header and rows (numbers in the rows already written with the style's
/// decimal mark).
pub fn spreadsheet_csv(header: &[&str], rows: &[Vec<String>], style: SpreadsheetStyle) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().delimiter(style.delimiter()).from_writer(b"\xEF\xBB\xBF".to_vec());
    let write = |writer: &mut csv::Writer<Vec<u8>>, cells: Vec<String>| {
        writer.write_record(cells.iter().map(|c| guarded(c, style))).expect("writing into a Vec cannot fail");
    };
    write(&mut writer, header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        write(&mut writer, row.clone());
    }
    writer.into_inner().expect("writing into a Vec cannot fail")
}

/// A cell a spreadsheet shows as text, never runs: a leading formula character gets a `'`.
/// Numbers written by the atlas (`-0,5`, or `-0.5` in English) stay numbers.
pub fn guarded(cell: &str, style: SpreadsheetStyle) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let mark = style.decimal_mark();
    let number = cell
        .strip_prefix('-')
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == mark));
    if risky && !number {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_semicolons_quotes_and_no_formulas() {
        let rows = vec![
            vec!["1".into(), "GM9999".into(), "Fictiestad; \"oud\"".into(), "74,2".into()],
            vec!["2".into(), "GM9998".into(), "=HYPERLINK(\"http://x\")".into(), "-0,5".into()],
            vec!["".into(), "WK999901".into(), "@SUM(A1)".into(), "".into()],
        ];
        let bytes = spreadsheet_csv(&["rang", "code", "naam", "index (%)"], &rows, SpreadsheetStyle::Dutch);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "rang;code;naam;index (%)");
        assert_eq!(lines[1], "1;GM9999;\"Fictiestad; \"\"oud\"\"\";74,2");
        assert_eq!(
            lines[2], "2;GM9998;\"'=HYPERLINK(\"\"http://x\"\")\";-0,5",
            "the formula is text, the number stays"
        );
        assert_eq!(lines[3], ";WK999901;'@SUM(A1);");
    }

    #[test]
    fn the_csv_reads_back_as_written() {
        let rows = vec![vec!["Curaçao".to_string(), "'s-Gravenhage".to_string(), "+31".to_string()]];
        for (style, delimiter) in [(SpreadsheetStyle::Dutch, b';'), (SpreadsheetStyle::English, b',')] {
            let bytes = spreadsheet_csv(&["a", "b", "c"], &rows, style);
            let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(&bytes[3..]);
            let back: Vec<String> = reader.records().next().unwrap().unwrap().iter().map(str::to_string).collect();
            assert_eq!(back, ["Curaçao", "'s-Gravenhage", "'+31"], "{style:?}");
        }
    }

    #[test]
    fn english_sheets_get_commas_between_cells_and_decimal_points() {
        let rows =
            vec![vec!["Fictiestad, Oost".to_string(), "74.2".to_string(), "-0.5".to_string(), "-0,5".to_string()]];
        let bytes = spreadsheet_csv(&["name", "index (%)", "change", "other"], &rows, SpreadsheetStyle::English);
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "name,index (%),change,other");
        assert_eq!(lines[1], "\"Fictiestad, Oost\",74.2,-0.5,\"'-0,5\"", "a Dutch number is text in an English sheet");
    }
}
