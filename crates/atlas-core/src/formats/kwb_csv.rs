//! Reader for the CBS "Kerncijfers wijken en buurten" (KWB) CSV layout, origin columns.
//!
//! Accepts what real downloads contain: `;` or `,` as separator, a UTF-8 byte-order mark, CRLF
//! line ends, Dutch number notation and every CBS marker for unknown cells (see
//! [`super::parse_count`]). Seven groups follow from the columns; see [`kwb_groups`].

use super::csv_text::{csv_error, csv_reader, file_decimal, RecordAt};
use super::error::table_error;
use super::FormatError;
use crate::model::{AreaTable, Count, Family, Group};

/// The seven origin groups of the KWB tables, in the order a KWB table's counts use.
pub fn kwb_groups() -> Vec<Group> {
    use Family::*;
    vec![
        Group::new("nederland", "Nederlandse achtergrond", &[Dutch]),
        Group::new("westers", "Westerse migratieachtergrond", &[Western]),
        Group::new("marokko", "Marokko", &[NonWestern, Classic]),
        Group::new("antillen", "(voormalige) Ned. Antillen en Aruba", &[NonWestern, Classic]),
        Group::new("suriname", "Suriname", &[NonWestern, Classic]),
        Group::new("turkije", "Turkije", &[NonWestern, Classic]),
        Group::new("overig-niet-westers", "Overig niet-westers", &[NonWestern, Residual]),
    ]
}

/// The columns the reader needs, with the header names CBS has used for them.
const CODE: &[&str] = &["gwb_code", "gwb_code_10"];
const NAME: &[&str] = &["regio", "gwb_naam"];
const RESIDENTS: &str = "a_inw";
const WESTERN: &str = "a_w_all";
const NON_WESTERN: &str = "a_nw_all";
const CLASSIC: [&str; 4] = ["a_marok", "a_antaru", "a_surina", "a_tur"];
const OTHER_NON_WESTERN: &str = "a_ov_nw";

/// Where each needed column sits in the header.
struct Columns {
    code: usize,
    name: usize,
    residents: usize,
    western: usize,
    non_western: usize,
    classic: [usize; 4],
    other_non_western: Option<usize>,
    names: Vec<String>,
}

/// Reads a KWB CSV file's bytes into a table; `file` names it in errors. Rows whose code is not
/// a CBS area code are refused with their position.
pub fn read_kwb_csv(bytes: &[u8], file: &str) -> Result<AreaTable, FormatError> {
    let mut reader = csv_reader(bytes);
    let header = reader.headers().map_err(|e| csv_error(e, file))?.clone();
    let columns = find_columns(&header, file)?;
    let mut table = AreaTable::new(kwb_groups());
    let decimal = file_decimal(bytes, file)?;
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(e, file))?;
        let at = RecordAt::new(file, &record, &columns.names).with_decimal(decimal);
        let code = at.code(&record, columns.code)?;
        let count = |column: usize| at.count(&record, column, &code);
        let residents = count(columns.residents)?;
        let western = count(columns.western)?;
        let non_western = count(columns.non_western)?;
        let classic = [
            count(columns.classic[0])?,
            count(columns.classic[1])?,
            count(columns.classic[2])?,
            count(columns.classic[3])?,
        ];
        let other = match columns.other_non_western {
            Some(column) => count(column)?,
            None => None,
        };
        let counts = seven_groups(residents, western, non_western, classic, other);
        let name = record.get(columns.name).unwrap_or_default().to_string();
        table.push(code.clone(), name, residents, counts).map_err(|e| {
            let (nl, en) = table_error(&e);
            at.error(columns.code, Some(&code), nl, en)
        })?;
    }
    if table.is_empty() {
        return Err(FormatError::in_file(
            file,
            "het bestand heeft een kopregel maar geen regels met gebieden",
            "the file has a header but no lines with areas",
        ));
    }
    table.link_parents();
    Ok(table)
}

/// Derives the seven group counts. Dutch background is residents − western − non-western;
/// other non-western, when the column is missing or unknown, is non-western − the classic four.
/// Both are clamped at 0, since CBS rounds wijk and buurt counts to multiples of 5.
fn seven_groups(residents: Count, western: Count, non_western: Count, classic: [Count; 4], other: Count) -> Vec<Count> {
    let dutch = match (residents, western, non_western) {
        (Some(r), Some(w), Some(nw)) => Some(r.saturating_sub(w).saturating_sub(nw)),
        _ => None,
    };
    let classic_sum = classic.iter().try_fold(0u32, |sum, c| c.map(|c| sum + c));
    let other = other.or_else(|| Some(non_western?.saturating_sub(classic_sum?)));
    let mut counts = vec![dutch, western];
    counts.extend(classic);
    counts.push(other);
    counts
}

fn find_columns(header: &csv::StringRecord, file: &str) -> Result<Columns, FormatError> {
    let names: Vec<String> = header.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let find_any = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
    let need = |wanted: &[&str]| {
        find_any(wanted).ok_or_else(|| {
            let (wanted, required) = (wanted.join(" or "), required_columns());
            FormatError::in_header(
                file,
                format!("de kopregel heeft geen kolom {wanted}; een KWB-herkomsttabel heeft {required} nodig"),
                format!("the header has no column {wanted}; a KWB origin table needs {required}"),
            )
        })
    };
    Ok(Columns {
        code: need(CODE)?,
        name: need(NAME)?,
        residents: need(&[RESIDENTS])?,
        western: need(&[WESTERN])?,
        non_western: need(&[NON_WESTERN])?,
        classic: [need(&[CLASSIC[0]])?, need(&[CLASSIC[1]])?, need(&[CLASSIC[2]])?, need(&[CLASSIC[3]])?],
        other_non_western: find_any(&[OTHER_NON_WESTERN]),
        names: header.iter().map(str::to_string).collect(),
    })
}

fn required_columns() -> String {
    let mut all = vec![CODE[0], NAME[0], RESIDENTS, WESTERN, NON_WESTERN];
    all.extend(CLASSIC);
    all.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fictional table: the municipality Fictiestad (GM9999) with one wijk and one buurt.
    const FICTION: &str =
        "\u{feff}gwb_code;regio;gm_naam;recs;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur;a_ov_nw\r\n\
        GM9999;Fictiestad;Fictiestad;Gemeente;1.000;100;200;50;10;40;60;40\r\n\
        WK999901;Wijk Verzonnen;Fictiestad;Wijk;500;50;x;.;10;20;30;-99999999\r\n\
        BU99990101;Buurt Nergens;Fictiestad;Buurt;0;0;0;0;0;0;0;0\r\n";

    #[test]
    fn reads_the_seven_groups_with_unknowns() {
        let table = read_kwb_csv(FICTION.as_bytes(), "fictie.csv").unwrap();
        assert_eq!(table.len(), 3);
        let gm = table.find_str("GM9999").unwrap();
        assert_eq!(table.residents(gm), Some(1000));
        assert_eq!(table.counts(gm), &[Some(700), Some(100), Some(50), Some(10), Some(40), Some(60), Some(40)]);
        let wk = table.find_str("WK999901").unwrap();
        assert_eq!(table.area(wk).parent, Some(gm));
        // Non-western is suppressed, so Dutch background and the remainder are unknown too.
        assert_eq!(table.counts(wk), &[None, Some(50), None, Some(10), Some(20), Some(30), None]);
    }

    #[test]
    fn comma_separated_without_other_column_derives_it() {
        let csv = "gwb_code,regio,a_inw,a_w_all,a_nw_all,a_marok,a_antaru,a_surina,a_tur\n\
                   GM9999,Fictiestad,100,10,30,5,5,5,5\n";
        let table = read_kwb_csv(csv.as_bytes(), "f.csv").unwrap();
        assert_eq!(table.counts(0)[6], Some(10));
        assert_eq!(table.counts(0)[0], Some(60));
    }

    #[test]
    fn a_bad_cell_names_file_line_column_and_area() {
        let csv = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\n\
                   GM9999;Fictiestad;100;10;30;5;5;5;5\n\
                   GM9998;Nepdorp;100;tien;30;5;5;5;5\n";
        let err = read_kwb_csv(csv.as_bytes(), "nep.csv").unwrap_err();
        assert_eq!(err.position.line, Some(3));
        assert_eq!(err.position.column, Some(4));
        assert_eq!(err.position.area_code.as_deref(), Some("GM9998"));
        let text = err.to_string();
        assert!(text.starts_with("nep.csv, regel 3, kolom 4 (a_w_all), gebied GM9998"), "{text}");
        assert!(text.contains("'tien' is geen aantal"), "{text}");
    }

    #[test]
    fn a_missing_column_is_named() {
        let err = read_kwb_csv(b"gwb_code;regio;a_inw\nGM9999;X;1\n", "kort.csv").unwrap_err();
        assert!(err.to_string().contains("geen kolom a_w_all"), "{err}");
    }

    #[test]
    fn ragged_rows_and_bad_codes_are_refused_with_their_line() {
        let ragged = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\nGM9999;X;1;1\n";
        let err = read_kwb_csv(ragged.as_bytes(), "r.csv").unwrap_err();
        assert_eq!(err.position.line, Some(2));
        assert!(err.message.contains("scheidingsteken"), "{err}");
        let bad_code = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\nGM99;X;1;0;0;0;0;0;0\n";
        let err = read_kwb_csv(bad_code.as_bytes(), "c.csv").unwrap_err();
        assert_eq!((err.position.line, err.position.column), (Some(2), Some(1)));
    }

    #[test]
    fn an_empty_or_binary_file_is_an_error_not_a_panic() {
        assert!(read_kwb_csv(b"", "leeg.csv").is_err());
        assert!(read_kwb_csv(&[0xff, 0xfe, 0x00, 0x41], "bin.csv").is_err());
    }
}
