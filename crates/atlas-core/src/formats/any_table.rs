//! Reads an origin table of any known layout, chosen by its header: KWB counts, KWB
//! percentages, a wide table of one column per group, or a long table of one row per area and
//! group. Before that it says what a file that is no table most likely is, reads Windows-1252
//! as well as UTF-8, and finds a quote that is never closed.

use super::csv_text::{csv_error, delimiter_of, header_names};
use super::long_table::{COUNT_COLUMNS, GROUP_COLUMNS};
use super::sniff::not_a_table;
use super::text_encoding::{utf8_text, TextEncoding};
use super::wide_table::{CODE_COLUMNS, RESIDENTS_COLUMNS};
use super::{read_kwb_csv, read_kwb_percentages, read_long_table, read_wide_table, FormatError, Position};
use crate::model::AreaTable;

/// The layouts [`read_any_table`] knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TableLayout {
    /// CBS KWB counts (`a_inw`, `a_w_all`, `a_nw_all`, ...).
    KwbCounts,
    /// KWB whole-number percentages (`aant_inw`, `p_west_al`, `p_n_w_al`, ...): approximate.
    KwbPercentages,
    /// `code;name;residents;<group columns>`.
    Wide,
    /// `code;group;count` (optionally name and year), one row per area and group.
    Long,
}

/// A table as read, with what was detected on the way.
pub struct TableRead {
    pub table: AreaTable,
    pub layout: TableLayout,
    /// The separator: `;`, `,` or tab.
    pub separator: char,
    pub encoding: TextEncoding,
}

/// The layout a header fits, if any.
pub fn detect_layout(names: &[String]) -> Option<TableLayout> {
    let has = |n: &str| names.iter().any(|h| h == n);
    let has_any = |list: &[&str]| list.iter().any(|n| has(n));
    if has("a_w_all") && has("a_nw_all") {
        Some(TableLayout::KwbCounts)
    } else if has("p_west_al") && has("p_n_w_al") {
        Some(TableLayout::KwbPercentages)
    } else if has_any(CODE_COLUMNS) && has_any(GROUP_COLUMNS) && has_any(COUNT_COLUMNS) {
        Some(TableLayout::Long)
    } else if has_any(CODE_COLUMNS) && has_any(RESIDENTS_COLUMNS) {
        Some(TableLayout::Wide)
    } else {
        None
    }
}

/// Reads a table of whichever layout its header shows; `file` names it in errors.
pub fn read_any_table(bytes: &[u8], file: &str) -> Result<AreaTable, FormatError> {
    read_table(bytes, file).map(|read| read.table)
}

/// [`read_any_table`], also saying which layout it read (percentages are approximate).
pub fn read_table_and_layout(bytes: &[u8], file: &str) -> Result<(AreaTable, TableLayout), FormatError> {
    read_table(bytes, file).map(|read| (read.table, read.layout))
}

/// Reads a table and says how: layout, separator, encoding.
pub fn read_table(bytes: &[u8], file: &str) -> Result<TableRead, FormatError> {
    if let Some((nl, en)) = not_a_table(bytes) {
        return Err(FormatError::in_file(file, nl, en));
    }
    let (text, encoding) = utf8_text(bytes).map_err(|(nl, en)| FormatError::in_file(file, nl, en))?;
    // Windows line ends as plain ones: the CSV reader counts lines one short after a CRLF.
    let text = match text.windows(2).any(|w| w == b"\r\n") {
        true => std::borrow::Cow::Owned(String::from_utf8_lossy(&text).replace("\r\n", "\n").into_bytes()),
        false => text,
    };
    let text = &*text;
    if let Some(line) = unclosed_quote(text) {
        let position = Position { file: file.into(), line: Some(line), ..Position::default() };
        return Err(FormatError::new(
            position,
            "hier opent een aanhalingsteken (\") dat nergens sluit",
            "a quote (\") opens here and is never closed",
        ));
    }
    let names = header_names(text).map_err(|e| csv_error(e, file))?;
    let table = |layout| -> Result<AreaTable, FormatError> {
        match layout {
            TableLayout::KwbCounts => read_kwb_csv(text, file),
            TableLayout::KwbPercentages => read_kwb_percentages(text, file),
            TableLayout::Wide => read_wide_table(text, file),
            TableLayout::Long => read_long_table(text, file),
        }
    };
    match detect_layout(&names) {
        Some(layout) => {
            Ok(TableRead { table: table(layout)?, layout, separator: char::from(delimiter_of(text)), encoding })
        }
        None => {
            let (nl, en) = unknown_header(&names);
            Err(FormatError::in_header(file, nl, en))
        }
    }
}

/// What a header that fits no layout lacks, in Dutch and English.
fn unknown_header(names: &[String]) -> super::Message {
    let shown: Vec<String> = names.iter().take(12).map(|n| super::shown(n)).collect();
    let shown = shown.join(", ");
    let (more, more_en) = match names.len() {
        n if n > 12 => (format!(" en nog {}", n - 12), format!(" and {} more", n - 12)),
        _ => (String::new(), String::new()),
    };
    let (one_column, one_column_en) = match names.len() {
        1 => (
            " De kopregel is één enkele kolom: is het scheidingsteken ; , of tab?",
            " The header is one single column: is the separator ; , or tab?",
        ),
        _ => ("", ""),
    };
    let (code, residents) = (CODE_COLUMNS.join("/"), RESIDENTS_COLUMNS.join("/"));
    let (group, count) = (GROUP_COLUMNS.join("/"), COUNT_COLUMNS.join("/"));
    let nl = format!(
        "de kopregel ({shown}{more}) past bij geen bekende indeling: KWB-aantallen hebben a_w_all en a_nw_all nodig, \
         KWB-percentages p_west_al en p_n_w_al, een brede tabel een codekolom ({code}) en een kolom inwoners \
         ({residents}), een lange tabel een code, een groep ({group}) en een kolom aantallen ({count}).{one_column}",
    );
    let en = format!(
        "the header ({shown}{more_en}) fits no known layout: KWB counts need a_w_all and a_nw_all, KWB percentages \
         p_west_al and p_n_w_al, a wide table a code column ({code}) and a residents column ({residents}), a long \
         table a code, a group ({group}) and a count column ({count}).{one_column_en}",
    );
    (nl, en)
}

/// The line on which a quote opens that is never closed, if any (CSV doubles a quote inside
/// a quoted field, which this counting handles).
fn unclosed_quote(text: &[u8]) -> Option<u64> {
    let (mut line, mut open_line, mut open) = (1, 1, false);
    for &byte in text {
        match byte {
            b'"' => {
                open = !open;
                if open {
                    open_line = line;
                }
            }
            b'\n' => line += 1,
            _ => {}
        }
    }
    open.then_some(open_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_layout_is_recognised_by_its_header() {
        let counts = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\nGM9999;X;10;1;4;1;1;1;1\n";
        let (table, layout) = read_table_and_layout(counts.as_bytes(), "k.csv").unwrap();
        assert_eq!((layout, table.groups().len(), table.counts(0)[0]), (TableLayout::KwbCounts, 7, Some(5)));
        let percents =
            "gm_code,gm_naam,aant_inw,p_west_al,p_n_w_al,p_marokko,p_ant_aru,p_surinam,p_turkije,p_over_nw\n\
                        GM9999,X,100,10,10,2,2,2,2,2\n";
        let (table, layout) = read_table_and_layout(percents.as_bytes(), "p.csv").unwrap();
        assert_eq!((layout, table.counts(0)[0]), (TableLayout::KwbPercentages, Some(80)));
        let wide = "gwb_code;regio;a_inw;nederlands;polen\nGM9999;X;10;9;1\n";
        let (table, layout) = read_table_and_layout(wide.as_bytes(), "w.csv").unwrap();
        assert_eq!((layout, table.groups().len()), (TableLayout::Wide, 2));
    }

    #[test]
    fn an_unknown_header_is_named_in_the_error() {
        let err = read_any_table(b"postcode;huisnummer\n1234AB;5\n", "adres.csv").unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("adres.csv, regel 1: de kopregel (postcode, huisnummer) past bij geen bekende indeling"),
            "{text}"
        );
        assert!(read_any_table(b"", "leeg.csv").is_err());
    }
}
