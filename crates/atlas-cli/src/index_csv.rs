//! `atlas index`: one CSV line per area with its diversity measures, as the app computes them.

use atlas_core::measures::{measure_area, DisclosureThreshold, Undefined};
use atlas_core::model::{AreaCode, AreaId, AreaTable, Level};
use std::collections::HashMap;
use std::io::Write;

/// The header; the first five columns are a stable contract, new columns go at the end.
pub const HEADER: [&str; 10] = [
    "code",
    "name",
    "level",
    "residents",
    "diversity_index",
    "effective_groups",
    "shannon_entropy",
    "migration_share",
    "undefined_because",
    "boundary_year",
];

/// Which areas to print.
pub struct Selection {
    pub level: Option<Level>,
    /// Only areas lying inside this one.
    pub within: Option<AreaCode>,
    pub threshold: DisclosureThreshold,
}

/// Writes the selected areas' measures as CSV (decimal point, 12 decimals, empty where a
/// measure is undefined, with the reason in `undefined_because`), and the year of the
/// boundaries drawn for each area (empty when none is drawn, or when `boundary_years` is None).
pub fn write_index(
    table: &AreaTable,
    selection: &Selection,
    boundary_years: Option<&HashMap<AreaCode, u16>>,
    out: impl Write,
) -> Result<(), String> {
    if let Some(code) = selection.within.as_ref().filter(|code| table.find(code).is_none()) {
        if !table.areas().any(|(_, area)| lies_within(&area.code, code)) {
            return Err(format!("the table has no area {code} and nothing within it"));
        }
    }
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER).map_err(|e| e.to_string())?;
    for (id, area) in table.areas() {
        let level_ok = selection.level.is_none_or(|level| area.level == level);
        // Within is read from the codes, so an area whose wijk row is missing still counts.
        if level_ok && selection.within.as_ref().is_none_or(|w| lies_within(&area.code, w)) {
            let mut record = row(table, id, selection.threshold);
            let year = boundary_years.and_then(|years| years.get(&area.code));
            record.push(year.map(u16::to_string).unwrap_or_default());
            writer.write_record(record).map_err(|e| e.to_string())?;
        }
    }
    writer.flush().map_err(|e| e.to_string())
}

/// Whether an area's code lies (strictly) within another's, by the codes alone.
fn lies_within(code: &AreaCode, within: &AreaCode) -> bool {
    std::iter::successors(code.parent(), AreaCode::parent).any(|parent| &parent == within)
}

fn row(table: &AreaTable, id: AreaId, threshold: DisclosureThreshold) -> Vec<String> {
    let area = table.area(id);
    let fixed = |v: f64| format!("{v:.12}");
    let residents = table.residents(id).map(|n| n.to_string()).unwrap_or_default();
    let mut row = vec![area.code.to_string(), area.name.clone(), area.level.key().to_string(), residents];
    match measure_area(table, id, threshold) {
        Ok(m) => row.extend([
            fixed(m.diversity_index),
            fixed(m.effective_groups),
            fixed(m.shannon_entropy),
            m.migration_share.map(fixed).unwrap_or_default(),
            String::new(),
        ]),
        Err(why) => {
            row.extend(std::iter::repeat_n(String::new(), 4));
            row.push(reason_key(why).to_string());
        }
    }
    row
}

fn reason_key(why: Undefined) -> &'static str {
    match why {
        Undefined::NoResidents => "no-residents",
        Undefined::UnknownCounts => "unknown-counts",
        Undefined::BelowThreshold { .. } => "below-disclosure-threshold",
        Undefined::NotInTable => "not-in-table",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::formats::read_wide_table;

    #[test]
    fn within_is_read_from_the_codes_even_without_the_wijk_row() {
        // Buurten of WK999901 without a row for that wijk.
        let csv = "code;naam;inwoners;nederland;polen\nGM9999;Fictiestad;300;200;100\n\
                   BU99990101;Noord;100;50;50\nBU99990102;Zuid;100;90;10\nBU99980101;Elders;10;5;5\n";
        let table = read_wide_table(csv.as_bytes(), "fictie.csv").unwrap();
        let selection = |within: &str| Selection {
            level: Some(Level::Buurt),
            within: Some(AreaCode::parse(within).unwrap()),
            threshold: DisclosureThreshold::default(),
        };
        let rows = |within: &str| {
            let mut out = Vec::new();
            write_index(&table, &selection(within), None, &mut out).unwrap();
            String::from_utf8(out).unwrap().lines().skip(1).map(|l| l[..10].to_string()).collect::<Vec<_>>()
        };
        assert_eq!(rows("GM9999"), ["BU99990101", "BU99990102"]);
        assert_eq!(rows("WK999901"), ["BU99990101", "BU99990102"]);
        let mut out = Vec::new();
        let err = write_index(&table, &selection("GM1234"), None, &mut out).unwrap_err();
        assert!(err.contains("no area GM1234"), "{err}");
    }
}
