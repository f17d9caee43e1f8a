//! Reader for a wide origin table: `code;name;residents;<one column of counts per group>`.
//!
//! The layout of CBS 84910 (18 groups per gemeente) and of a table a user brings. Separator `;`,
//! `,` or tab; UTF-8 with or without a byte-order mark. Every column besides code, name and
//! residents is a group: its key is the header, its label and families come from
//! [`super::origin_of`] (an unknown name gets no family).

use super::csv_text::{csv_error, csv_reader, file_decimal, HeaderColumns, RecordAt};
use super::error::table_error;
use super::{origin_of, FormatError};
use crate::model::{AreaTable, Group};

/// Header names for the code, name and residents columns, in order of preference.
pub const CODE_COLUMNS: &[&str] = &["gwb_code", "code", "gm_code", "statcode"];
pub const NAME_COLUMNS: &[&str] = &["regio", "name", "naam", "gm_naam"];
pub const RESIDENTS_COLUMNS: &[&str] = &["a_inw", "residents", "inwoners", "aant_inw"];
/// Columns that are neither groups nor needed (the level, the name of the gemeente).
const IGNORED_COLUMNS: &[&str] = &["recs", "gm_naam", "statnaam", "gwb_naam", "ind_wbi", "water"];

/// Reads a wide origin table's bytes; `file` names it in errors.
pub fn read_wide_table(bytes: &[u8], file: &str) -> Result<AreaTable, FormatError> {
    let mut reader = csv_reader(bytes);
    let header = reader.headers().map_err(|e| csv_error(e, file))?.clone();
    let raw_names: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let header = HeaderColumns::new(&raw_names, file);
    let code_column = header.need(CODE_COLUMNS, "de gebiedscode", "the area code")?;
    let name_column = header.need(NAME_COLUMNS, "de naam", "the name")?;
    let residents_column = header.need(RESIDENTS_COLUMNS, "het aantal inwoners", "the number of residents")?;
    let names = header.names;
    let group_columns: Vec<usize> = (0..names.len())
        .filter(|&i| i != code_column && i != name_column && i != residents_column)
        .filter(|&i| !IGNORED_COLUMNS.contains(&names[i].as_str()) && !names[i].is_empty())
        .collect();
    if group_columns.is_empty() {
        return Err(FormatError::in_header(
            file,
            "de kopregel heeft geen groepskolommen na code, naam en inwoners",
            "the header has no group columns after code, name and residents",
        ));
    }
    let groups = group_columns
        .iter()
        .map(|&i| {
            let origin = origin_of(&raw_names[i]);
            Group { key: names[i].clone(), label: origin.label, families: origin.families }
        })
        .collect();
    let mut table = AreaTable::new(groups);
    let decimal = file_decimal(bytes, file)?;
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(e, file))?;
        let at = RecordAt::new(file, &record, &raw_names).with_decimal(decimal);
        let code = at.code(&record, code_column)?;
        let count = |column: usize| at.count(&record, column, &code);
        let residents = count(residents_column)?;
        let counts = group_columns.iter().map(|&i| count(i)).collect::<Result<Vec<_>, _>>()?;
        let name = record.get(name_column).unwrap_or_default().to_string();
        table.push(code.clone(), name, residents, counts).map_err(|e| {
            let (nl, en) = table_error(&e);
            at.error(code_column, Some(&code), nl, en)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Family;

    const FICTION: &str = "\u{feff}gwb_code;regio;a_inw;nederlands;overig;duitsland;Indonesië;marokko;Atlantis\r\n\
        GM9999;Fictiestad;1.000;700;100;50;40;60;50\r\n\
        GM9998;Nepdorp;200;180;x;10;0;0;0\r\n";

    #[test]
    fn reads_groups_with_keys_labels_and_families() {
        let table = read_wide_table(FICTION.as_bytes(), "fictie.csv").unwrap();
        let keys: Vec<&str> = table.groups().iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["nederlands", "overig", "duitsland", "indonesië", "marokko", "atlantis"]);
        assert_eq!(table.groups()[3].label, "Indonesië");
        assert_eq!(table.groups()[3].families, [Family::Western]);
        assert_eq!(table.groups()[5].label, "Atlantis");
        assert!(table.groups()[5].families.is_empty());
        assert_eq!(table.residents(0), Some(1000));
        assert_eq!(table.counts(0), &[Some(700), Some(100), Some(50), Some(40), Some(60), Some(50)]);
        assert_eq!(table.counts(1), &[Some(180), None, Some(10), Some(0), Some(0), Some(0)]);
    }

    #[test]
    fn other_header_names_and_separators() {
        let tabs = "Code\tNaam\tInwoners\tGermany\tother\nGM9999\tFictiestad\t10\t4\t6\n";
        let table = read_wide_table(tabs.as_bytes(), "t.tsv").unwrap();
        assert_eq!(table.groups()[0].families, [Family::Western, Family::NeighbourCountry]);
        assert_eq!(table.area(0).name, "Fictiestad");
        let commas = "statcode,gm_naam,aant_inw,NL,TR\nGM9998,Nepdorp,10,9,1\n";
        let table = read_wide_table(commas.as_bytes(), "c.csv").unwrap();
        assert_eq!(table.counts(0), &[Some(9), Some(1)]);
        assert_eq!(table.groups()[1].families, [Family::NonWestern, Family::Classic]);
    }

    #[test]
    fn a_file_with_decimal_commas_reads_its_whole_counts() {
        // As Excel in Dutch settings saves counts: three decimals after a comma, a thousands dot.
        let csv = "code;naam;inwoners;nederland;polen\nGM9999;X;6906,000;6588,000;318,000\nGM9998;Y;1.234,000;1.000,000;234,000\n";
        let table = read_wide_table(csv.as_bytes(), "excel.csv").unwrap();
        assert_eq!(table.counts(0), &[Some(6588), Some(318)]);
        assert_eq!((table.residents(1), table.counts(1)), (Some(1234), &[Some(1000), Some(234)][..]));
    }

    #[test]
    fn errors_name_what_is_wrong_and_where() {
        let err = read_wide_table(b"code;naam;nederlands\nGM9999;X;1\n", "w.csv").unwrap_err();
        assert!(err.to_string().contains("geen kolom voor het aantal inwoners"), "{err}");
        assert!(err.to_string().contains("code, naam, nederlands"), "{err}");
        let err = read_wide_table(b"code;naam;inwoners\nGM9999;X;1\n", "w.csv").unwrap_err();
        assert!(err.to_string().contains("geen groepskolommen"), "{err}");
        let bad = "code;naam;inwoners;polen\nGM9999;X;10;10\nGM9998;Y;10;tien\n";
        let err = read_wide_table(bad.as_bytes(), "w.csv").unwrap_err();
        assert_eq!(err.to_string(), "w.csv, regel 3, kolom 4 (polen), gebied GM9998: 'tien' is geen aantal");
        assert!(read_wide_table(b"", "leeg.csv").is_err());
        assert!(read_wide_table(b"code;naam;inwoners;polen\n", "kop.csv").is_err());
    }
}
