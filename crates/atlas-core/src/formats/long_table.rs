//! Reader for a long origin table: one row per area and group, `code;group;count`, optionally
//! with a name and a year column (a municipality's own export usually looks like this).
//!
//! Groups are taken in the order they first appear; their labels and families come from
//! [`super::origin_of`]. Residents are the sum of an area's known group counts. A file with
//! several years must be cut to one first: the error says which years it holds.

use super::csv_text::{csv_error, csv_reader, file_decimal, HeaderColumns, RecordAt};
use super::error::table_error;
use super::wide_table::{CODE_COLUMNS, NAME_COLUMNS};
use super::{origin_of, FormatError};
use crate::model::{AreaCode, AreaTable, Count, Group};
use std::collections::{BTreeSet, HashMap};

/// Header names for the group, count and year columns of a long table.
pub const GROUP_COLUMNS: &[&str] = &["group", "groep", "herkomst", "herkomstgroep", "origin", "land", "country"];
pub const COUNT_COLUMNS: &[&str] = &["count", "aantal", "value", "waarde", "n", "personen"];
const YEAR_COLUMNS: &[&str] = &["year", "jaar", "perioden", "periode"];

/// One area as read: its name and its count per group (by group position).
struct AreaRows {
    code: AreaCode,
    name: String,
    counts: HashMap<usize, Count>,
}

/// Reads a long origin table's bytes; `file` names it in errors.
pub fn read_long_table(bytes: &[u8], file: &str) -> Result<AreaTable, FormatError> {
    let mut reader = csv_reader(bytes);
    let raw_names: Vec<String> =
        reader.headers().map_err(|e| csv_error(e, file))?.iter().map(|h| h.trim().to_string()).collect();
    let header = HeaderColumns::new(&raw_names, file);
    let code_column = header.need(CODE_COLUMNS, "de gebiedscode", "the area code")?;
    let group_column = header.need(GROUP_COLUMNS, "de groep", "the group")?;
    let count_column = header.need(COUNT_COLUMNS, "het aantal", "the count")?;
    let (name_column, year_column) = (header.find(NAME_COLUMNS), header.find(YEAR_COLUMNS));
    let mut groups: Vec<String> = Vec::new();
    let mut group_index: HashMap<String, usize> = HashMap::new();
    let mut areas: Vec<AreaRows> = Vec::new();
    let mut area_index: HashMap<AreaCode, usize> = HashMap::new();
    let mut years: BTreeSet<String> = BTreeSet::new();
    let decimal = file_decimal(bytes, file)?;
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(e, file))?;
        let at = RecordAt::new(file, &record, &raw_names).with_decimal(decimal);
        let code = at.code(&record, code_column)?;
        if let Some(year) = year_column.and_then(|c| record.get(c)) {
            years.insert(year.to_string());
        }
        let group = record.get(group_column).unwrap_or_default().trim();
        if group.is_empty() {
            return Err(at.error(group_column, Some(&code), "de groep is leeg", "the group is empty"));
        }
        let next = groups.len();
        let g = *group_index.entry(group.to_lowercase()).or_insert_with(|| {
            groups.push(group.to_string());
            next
        });
        let count = at.count(&record, count_column, &code)?;
        let a = *area_index.entry(code.clone()).or_insert_with(|| {
            let name = name_column.and_then(|c| record.get(c)).unwrap_or_default().to_string();
            areas.push(AreaRows { code: code.clone(), name, counts: HashMap::new() });
            areas.len() - 1
        });
        if areas[a].counts.insert(g, count).is_some() && years.len() <= 1 {
            let nl = format!("groep '{group}' staat twee keer bij dit gebied");
            return Err(at.error(
                group_column,
                Some(&code),
                nl,
                format!("group '{group}' appears twice for this area"),
            ));
        }
    }
    if years.len() > 1 {
        let list = years.iter().map(String::as_str).collect::<Vec<_>>().join(", ");
        return Err(FormatError::in_file(
            file,
            format!("het bestand bevat meerdere jaren ({list}); houd de regels van één jaar over"),
            format!("the file holds several years ({list}); keep the lines of one year only"),
        ));
    }
    if areas.is_empty() {
        return Err(FormatError::in_file(
            file,
            "het bestand heeft een kopregel maar geen regels met gebieden",
            "the file has a header but no lines with areas",
        ));
    }
    table_of(file, groups, areas)
}

/// The areas as a table: a group an area has no row for is unknown, never zero.
fn table_of(file: &str, groups: Vec<String>, areas: Vec<AreaRows>) -> Result<AreaTable, FormatError> {
    let groups: Vec<Group> = groups
        .iter()
        .map(|name| {
            let origin = origin_of(name);
            Group { key: name.to_lowercase(), label: origin.label, families: origin.families }
        })
        .collect();
    let width = groups.len();
    let mut table = AreaTable::new(groups);
    for area in areas {
        let counts: Vec<Count> = (0..width).map(|g| area.counts.get(&g).copied().flatten()).collect();
        let known = counts.iter().flatten().map(|&n| u64::from(n)).sum::<u64>();
        let residents = u32::try_from(known).map_err(|_| {
            FormatError::in_file(
                file,
                format!("gebied {}: de aantallen tellen op tot meer dan een aantal kan bevatten", area.code),
                format!("area {}: the counts add up to more than a count can hold", area.code),
            )
        })?;
        let code = area.code.clone();
        table.push(area.code, area.name, Some(residents), counts).map_err(|e| {
            let (nl, en) = table_error(&e);
            FormatError::in_file(file, format!("gebied {code}: {nl}"), format!("area {code}: {en}"))
        })?;
    }
    table.link_parents();
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Family;

    #[test]
    fn rows_per_area_and_group_become_one_table() {
        let csv = "code;naam;groep;aantal\nGM9999;Fictiestad;Nederland;700\nGM9999;Fictiestad;Polen;100\n\
                   GM9998;Nepdorp;Nederland;90\nGM9999;Fictiestad;Marokko;200\nGM9998;Nepdorp;Polen;x\n";
        let table = read_long_table(csv.as_bytes(), "lang.csv").unwrap();
        let keys: Vec<&str> = table.groups().iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["nederland", "polen", "marokko"]);
        assert_eq!(table.groups()[2].families, [Family::NonWestern, Family::Classic]);
        let gm = table.find_str("GM9999").unwrap();
        assert_eq!((table.residents(gm), table.counts(gm)), (Some(1000), &[Some(700), Some(100), Some(200)][..]));
        let nep = table.find_str("GM9998").unwrap();
        assert_eq!(table.counts(nep), &[Some(90), None, None], "no row and 'x' are unknown, not 0");
        assert_eq!(table.area(nep).name, "Nepdorp");
    }

    #[test]
    fn mistakes_are_named_with_their_place() {
        let twice = "code;group;count\nGM9999;NL;5\nGM9999;nl;6\n";
        let err = read_long_table(twice.as_bytes(), "t.csv").unwrap_err();
        assert_eq!((err.position.line, err.position.area_code.as_deref()), (Some(3), Some("GM9999")));
        assert!(err.message.contains("twee keer"), "{err}");
        let years = "code,group,count,year\nGM9999,NL,5,2021\nGM9999,NL,6,2022\n";
        let err = read_long_table(years.as_bytes(), "y.csv").unwrap_err();
        assert!(err.message.contains("2021, 2022"), "{err}");
        let no_count = "code;group;inwoners\nGM9999;NL;5\n";
        let err = read_long_table(no_count.as_bytes(), "n.csv").unwrap_err();
        assert!(err.message.contains("kolom voor het aantal"), "{err}");
        let fraction = "code;group;count\nGM9999;NL;12345.678\n";
        let err = read_long_table(fraction.as_bytes(), "f.csv").unwrap_err();
        assert_eq!((err.position.line, err.position.column), (Some(2), Some(3)));
    }
}
