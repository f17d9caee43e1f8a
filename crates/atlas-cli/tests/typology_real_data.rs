//! The typology on the real 2022 data: the report's own examples land in their types.

use std::collections::HashMap;
use std::process::Command;

fn typology(args: &[&str]) -> Vec<HashMap<String, String>> {
    let out = Command::new(env!("CARGO_BIN_EXE_atlas")).arg("typology").args(args).output().expect("atlas runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), vec!["code", "name", "type", "reason"]);
    reader.deserialize::<HashMap<String, String>>().map(|r| r.unwrap()).collect()
}

#[test]
fn the_reports_examples_land_in_their_types() {
    let rows = typology(&[]);
    assert_eq!(rows.len(), 345, "one line per gemeente");
    let by_code: HashMap<&str, &HashMap<String, String>> = rows.iter().map(|r| (r["code"].as_str(), r)).collect();
    let examples = [
        ("GM0363", "Amsterdam", "majority-minority-city"),
        ("GM0502", "Capelle aan den IJssel", "suburb"),
        ("GM0344", "Utrecht", "large-provincial-city"),
        ("GM0513", "Gouda", "single-large-minority"),
        ("GM0362", "Amstelveen", "expat"),
        ("GM1783", "Westland", "horticulture"),
        ("GM0981", "Vaals", "border"),
        ("GM0184", "Urk", "homogeneous"),
    ];
    for (code, name, kind) in examples {
        let row = by_code[code];
        assert_eq!(row["name"], name);
        assert_eq!(row["type"], kind, "{name}: {}", row["reason"]);
        assert!(!row["reason"].is_empty());
    }
    // With 7 groups the western-based types are proxies and say so.
    for code in ["GM0981", "GM1783", "GM0362"] {
        assert!(by_code[code]["reason"].contains("benadering"), "{}", by_code[code]["reason"]);
    }
    assert!(by_code["GM0184"]["reason"].contains("aandeel Nederlandse achtergrond 95,5% > 90,0%"));
    let keys = [
        "majority-minority-city",
        "suburb",
        "large-provincial-city",
        "single-large-minority",
        "expat",
        "horticulture",
        "border",
        "homogeneous",
        "average",
    ];
    assert!(rows.iter().all(|r| keys.contains(&r["type"].as_str())));
}

#[test]
fn with_the_18_groups_the_examples_keep_their_types_by_exact_rules() {
    let input = atlas_cli::data_files::data_dir().join("cbs/cbs-84910-2022-gemeente-18-herkomstgroepen.csv");
    let rows = typology(&["--input", input.to_str().unwrap()]);
    // 344: Weesp has no row of its own (counted in Amsterdam).
    assert_eq!(rows.len(), 344);
    let by_code: HashMap<&str, &HashMap<String, String>> = rows.iter().map(|r| (r["code"].as_str(), r)).collect();
    let examples = [
        ("GM0363", "majority-minority-city"),
        ("GM0502", "suburb"),
        ("GM0344", "large-provincial-city"),
        ("GM0513", "single-large-minority"),
        ("GM0362", "expat"),
        ("GM1783", "horticulture"),
        ("GM0981", "border"),
        ("GM0184", "homogeneous"),
    ];
    for (code, kind) in examples {
        assert_eq!(by_code[code]["type"], kind, "{code}: {}", by_code[code]["reason"]);
    }
    // Border and expat are exact now; horticulture says the table has Polish only.
    assert!(by_code["GM0981"]["reason"].contains("aandeel Duitse en Belgische herkomst"));
    assert!(!by_code["GM0981"]["reason"].contains("benadering"));
    assert!(by_code["GM0362"]["reason"].contains("aandeel expatherkomst"));
    assert!(!by_code["GM0362"]["reason"].contains("benadering"));
    assert!(by_code["GM1783"]["reason"].contains("Bulgarije"), "{}", by_code["GM1783"]["reason"]);
    assert!(!by_code.contains_key("GM0457"));
}

#[test]
fn a_lower_homogeneous_line_makes_more_homogeneous_gemeenten() {
    let count = |rows: &[HashMap<String, String>]| rows.iter().filter(|r| r["type"] == "homogeneous").count();
    let default = count(&typology(&[]));
    let lower = count(&typology(&["--set", "homogeneous-dutch=0.85"]));
    assert!(lower > default, "{lower} vs {default}");
}

#[test]
fn unknown_thresholds_are_refused_with_the_known_keys() {
    let out = Command::new(env!("CARGO_BIN_EXE_atlas")).args(["typology", "--set", "bogus=1"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("homogeneous-dutch"));
}
