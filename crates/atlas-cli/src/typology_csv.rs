//! `atlas typology`: one CSV line per gemeente with its type and the reason, as the app shows.

use atlas_core::bundle::Bundle;
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::{AreaTable, Level};
use atlas_core::typology::{classify, default_rules, gemeente_facts, Classification, Detail, Geography, Thresholds};
use std::io::Write;

/// Classifies the gemeenten of `table` (the bundle's table, or one aligned to it) by the
/// table's own groups, with the bundle's geography.
pub fn classify_table(bundle: &Bundle, table: &AreaTable, thresholds: &Thresholds) -> Vec<Classification> {
    let geography = bundle
        .layers
        .iter()
        .find(|l| l.level == Level::Gemeente)
        .map(|l| Geography::from_shapes(&l.lods.last().expect("a level of detail").shapes, &bundle.borders))
        .unwrap_or_default();
    let facts = gemeente_facts(table, &geography, DisclosureThreshold::default());
    classify(&facts, &default_rules(Detail::of(table.groups())), thresholds)
}

/// Writes `code,name,type,reason`, one line per classified gemeente (gemeenten the table has no
/// row or no known counts for are left out).
pub fn write_typology(
    bundle: &Bundle,
    table: &AreaTable,
    thresholds: &Thresholds,
    out: impl Write,
) -> Result<(), String> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(["code", "name", "type", "reason"]).map_err(|e| e.to_string())?;
    for c in classify_table(bundle, table, thresholds) {
        let area = table.area(c.area);
        writer
            .write_record([area.code.as_str(), area.name.as_str(), c.kind.key(), c.reason().as_str()])
            .map_err(|e| e.to_string())?;
    }
    writer.flush().map_err(|e| e.to_string())
}

/// Parses `key=value` threshold overrides (keys as in URLs; shares as fractions, e.g. 0.85).
pub fn parse_overrides(pairs: &[String]) -> Result<Thresholds, String> {
    let mut thresholds = Thresholds::default();
    for pair in pairs {
        let (key, value) = pair.split_once('=').ok_or_else(|| format!("'{pair}' is not key=value"))?;
        let threshold = Thresholds::from_url_key(key).ok_or_else(|| {
            let keys: Vec<&str> = atlas_core::typology::ThresholdKey::ALL.iter().map(|k| k.spec().url_key).collect();
            format!("unknown threshold '{key}'; known: {}", keys.join(", "))
        })?;
        let value: f64 = value.parse().map_err(|_| format!("'{value}' is not a number"))?;
        thresholds.set(threshold, value);
    }
    Ok(thresholds)
}
