//! A table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents),
//! `;` between cells (Dutch settings), and text that a spreadsheet would run as a formula
//! (`=`, `+`, `-`, `@`, tab, carriage return at the start) made inert with a leading `'`.

/// The CSV bytes of a header and rows.
pub fn spreadsheet_csv(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(b"\xEF\xBB\xBF".to_vec());
    let write = |writer: &mut csv::Writer<Vec<u8>>, cells: Vec<String>| {
        writer.write_record(cells.iter().map(|c| guarded(c))).expect("writing into a Vec cannot fail");
    };
    write(&mut writer, header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        write(&mut writer, row.clone());
    }
    writer.into_inner().expect("writing into a Vec cannot fail")
}

/// A cell a spreadsheet shows as text, never runs: a leading formula character gets a `'`.
/// Numbers written by the atlas (`-0,5`) stay numbers.
pub fn guarded(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = cell
        .strip_prefix('-')
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == ','));
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
        let bytes = spreadsheet_csv(&["rang", "code", "naam", "index (%)"], &rows);
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
        let bytes = spreadsheet_csv(&["a", "b", "c"], &rows);
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(&bytes[3..]);
        let back: Vec<String> = reader.records().next().unwrap().unwrap().iter().map(str::to_string).collect();
        assert_eq!(back, ["Curaçao", "'s-Gravenhage", "'+31"]);
    }
}
