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
    let within = match &selection.within {
        Some(code) => Some(table.find(code).ok_or_else(|| format!("the table has no area {code}"))?),
        None => None,
    };
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER).map_err(|e| e.to_string())?;
    for (id, area) in table.areas() {
        let level_ok = selection.level.is_none_or(|level| area.level == level);
        if level_ok && within.is_none_or(|w| id != w && table.ancestry(id).contains(&w)) {
            let mut record = row(table, id, selection.threshold);
            let year = boundary_years.and_then(|years| years.get(&area.code));
            record.push(year.map(u16::to_string).unwrap_or_default());
            writer.write_record(record).map_err(|e| e.to_string())?;
        }
    }
    writer.flush().map_err(|e| e.to_string())
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
