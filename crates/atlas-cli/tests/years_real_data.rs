//! Real data: earlier years carried over to the 2022 gemeenten. Every old resident must land in
//! exactly one 2022 gemeente (totals equal the sources' own, read here with the `csv` crate),
//! and every 2022 gemeente's carried residents must stay near its 2022 residents: within the
//! population change a gemeente can have in that many years (bounds and exceptions below and
//! in docs/data.md).

use atlas_cli::datasets::{carry_year, read_frame, Carried, Frame};
use atlas_core::model::{AreaTable, Level};
use std::collections::HashMap;

fn carried(year: u16) -> (AreaTable, Carried) {
    let dir = atlas_cli::data_files::data_dir();
    let (table, shapes) = read_frame(&dir).unwrap_or_else(|e| panic!("{e}"));
    let frame = Frame { table: &table, gemeenten: &shapes };
    let carried = carry_year(&dir, &frame, year).unwrap_or_else(|e| panic!("{e}"));
    (table, carried)
}

/// Residents per gemeente code as the source file writes them, read plainly.
fn source_residents(path: &str, code: &str, residents: &str) -> HashMap<String, u64> {
    let path = atlas_cli::data_files::data_dir().join(path);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        panic!("the real data is needed at {} (set ATLAS_DATA_DIR to the data folder): {e}", path.display())
    });
    let delimiter = if bytes.iter().take_while(|&&b| b != b'\n').any(|&b| b == b';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(&bytes[..]);
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (c, r) = (col(code), col(residents));
    reader
        .records()
        .map(|row| row.unwrap())
        .filter(|row| row[c].starts_with("GM"))
        .map(|row| (row[c].to_string(), row[r].parse().unwrap()))
        .collect()
}

/// Checks every 2022 gemeente against `bound` (relative), except the listed ones, which must
/// really lie outside it (so the list stays honest).
fn check(year: u16, path: &str, code: &str, residents: &str, bound: f64, exceptions: &[&str]) {
    let (frame, c) = carried(year);
    assert!(c.unmapped.is_empty(), "{year}: unmapped {:?}", c.unmapped);
    let t = &c.dataset.table;
    let source = source_residents(path, code, residents);
    let carried_total: u64 = t.ids_at(Level::Gemeente).iter().map(|&id| u64::from(t.residents(id).unwrap())).sum();
    assert_eq!(carried_total, source.values().sum::<u64>(), "{year}: every resident lands once");
    let nl = t.find_str("NL00").unwrap();
    assert_eq!(u64::from(t.residents(nl).unwrap()), carried_total, "{year}: the country");
    let mut outside = Vec::new();
    for id in frame.ids_at(Level::Gemeente) {
        let code = &frame.area(id).code;
        let old = t.find(code).and_then(|o| t.residents(o)).unwrap_or_else(|| panic!("{year}: no row for {code}"));
        let change = f64::from(old) / f64::from(frame.residents(id).unwrap()) - 1.0;
        if change.abs() > bound {
            outside.push(code.to_string());
        }
    }
    outside.sort();
    assert_eq!(outside, exceptions, "{year}: gemeenten beyond ±{:.0}%", bound * 100.0);
}

#[test]
fn year_2021_is_within_5_percent_of_2022_everywhere() {
    check(2021, "cbs/kwb-2021-herkomst.csv", "gwb_code", "a_inw", 0.05, &[]);
}

#[test]
fn year_2020_is_within_8_percent_of_2022_everywhere() {
    check(2020, "raw/cbs-kwb-2020-gemeenten/gemeente_2020_herkomst.csv", "gm_code", "aant_inw", 0.08, &[]);
}

#[test]
fn year_2017_is_within_10_percent_of_2022_but_for_six_growing_gemeenten() {
    // Blaricum, Rozendaal, Diemen, Waddinxveen, Rijswijk and Zoeterwoude grew by more than 10%
    // from 2017 to 2022 (new housing); no merger touched them (their codes map to themselves).
    let exceptions = ["GM0277", "GM0376", "GM0384", "GM0603", "GM0627", "GM0638"];
    check(2017, "raw/nl-hugo-mapNL-gem-2017/gem_2017_attributes.csv", "gm_code", "aant_inw", 0.10, &exceptions);
}

#[test]
fn haaren_is_split_over_its_four_successors_and_wijken_of_2021_keep_their_codes() {
    let (_, c) = carried(2017);
    let haaren = c.merged.iter().find(|(code, _)| code.as_str() == "GM0788").expect("Haaren (2017) is mapped").1;
    let mut to: Vec<&str> = haaren.iter().map(|s| s.code.as_str()).collect();
    to.sort();
    // Boxtel, Haaren's north to Oisterwijk, Tilburg and Vught (1 January 2021).
    assert_eq!(to, ["GM0757", "GM0824", "GM0855", "GM0865"]);
    let (frame, c) = carried(2021);
    let t = &c.dataset.table;
    let wijk = t.find_str("WK051829").expect("a Den Haag wijk of 2021");
    assert_eq!(t.area(wijk).name, frame.area(frame.find_str("WK051829").unwrap()).name);
    assert!(c.dropped_wijken.iter().all(|w| w.level() == Level::Wijk));
}

/// Prints, per 2022 gemeente, the old codes that went into it (for docs/data.md):
/// `cargo test -p atlas-cli --test years_real_data -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_mergers_for_the_docs() {
    let mut into: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for year in [2017u16, 2020, 2021] {
        let (frame, c) = carried(year);
        for (old, to) in &c.merged {
            for s in to {
                let name = &frame.area(frame.find(&s.code).unwrap()).name;
                let part = if s.fraction < 1.0 { format!(" ({:.0}%)", s.fraction * 100.0) } else { String::new() };
                let entry = into.entry(format!("{} {name}", s.code)).or_default();
                let text = format!("{old}{part}");
                if !entry.iter().any(|e| e.starts_with(old.as_str())) {
                    entry.push(format!("{text} [{year}]"));
                }
            }
        }
    }
    for (new, old) in into {
        println!("| {new} | {} |", old.join(", "));
    }
}
