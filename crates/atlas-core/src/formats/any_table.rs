//! Reads an origin table of any known layout, chosen by its header: KWB counts, KWB
//! percentages, or a wide table of one column per group.

use super::csv_text::{csv_error, header_names};
use super::wide_table::{CODE_COLUMNS, RESIDENTS_COLUMNS};
use super::{read_kwb_csv, read_kwb_percentages, read_wide_table, FormatError};
use crate::model::AreaTable;

/// The layouts [`read_any_table`] knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableLayout {
    /// CBS KWB counts (`a_inw`, `a_w_all`, `a_nw_all`, ...).
    KwbCounts,
    /// KWB whole-number percentages (`aant_inw`, `p_west_al`, `p_n_w_al`, ...): approximate.
    KwbPercentages,
    /// `code;name;residents;<group columns>`.
    Wide,
}

/// The layout a header fits, if any.
pub fn detect_layout(names: &[String]) -> Option<TableLayout> {
    let has = |n: &str| names.iter().any(|h| h == n);
    let has_any = |list: &[&str]| list.iter().any(|n| has(n));
    if has("a_w_all") && has("a_nw_all") {
        Some(TableLayout::KwbCounts)
    } else if has("p_west_al") && has("p_n_w_al") {
        Some(TableLayout::KwbPercentages)
    } else if has_any(CODE_COLUMNS) && has_any(RESIDENTS_COLUMNS) {
        Some(TableLayout::Wide)
    } else {
        None
    }
}

/// Reads a table of whichever layout its header shows; `file` names it in errors.
pub fn read_any_table(bytes: &[u8], file: &str) -> Result<AreaTable, FormatError> {
    read_table_and_layout(bytes, file).map(|(table, _)| table)
}

/// [`read_any_table`], also saying which layout it read (percentages are approximate).
pub fn read_table_and_layout(bytes: &[u8], file: &str) -> Result<(AreaTable, TableLayout), FormatError> {
    let names = header_names(bytes).map_err(|e| csv_error(e, file))?;
    match detect_layout(&names) {
        Some(TableLayout::KwbCounts) => Ok((read_kwb_csv(bytes, file)?, TableLayout::KwbCounts)),
        Some(TableLayout::KwbPercentages) => Ok((read_kwb_percentages(bytes, file)?, TableLayout::KwbPercentages)),
        Some(TableLayout::Wide) => Ok((read_wide_table(bytes, file)?, TableLayout::Wide)),
        None => Err(FormatError::in_header(
            file,
            format!(
                "the header ({}) fits no known layout: KWB counts need a_w_all and a_nw_all, KWB percentages \
                 p_west_al and p_n_w_al, a wide table a code column ({}) and a residents column ({})",
                names.join(", "),
                CODE_COLUMNS.join("/"),
                RESIDENTS_COLUMNS.join("/")
            ),
        )),
    }
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
            text.starts_with("adres.csv, line 1: the header (postcode, huisnummer) fits no known layout"),
            "{text}"
        );
        assert!(read_any_table(b"", "leeg.csv").is_err());
    }
}
