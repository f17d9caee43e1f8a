//! Tests on the real CBS data in ../shared/data (or $ATLAS_DATA_DIR), checked against an
//! independent computation written plainly here, not against output of the code under test.

use std::collections::HashMap;
use std::process::Command;

fn data_dir() -> std::path::PathBuf {
    atlas_cli::data_files::data_dir()
}

/// The shared table parsed the plain way: code → (name, [a_inw, a_w_all, a_nw_all, marok, antaru, surina, tur, ov_nw]).
fn plain_table() -> HashMap<String, (String, Vec<f64>)> {
    let path = data_dir().join("cbs/kwb-2022-herkomst.csv");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("the real data is needed at {}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().trim_start_matches('\u{feff}').split(';').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let wanted = ["a_inw", "a_w_all", "a_nw_all", "a_marok", "a_antaru", "a_surina", "a_tur", "a_ov_nw"].map(col);
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split(';').collect();
            let numbers = wanted.iter().map(|&i| cells[i].parse::<f64>().unwrap()).collect();
            (cells[0].to_string(), (cells[col("regio")].to_string(), numbers))
        })
        .collect()
}

/// 1 − Σ p² over the seven groups, written out by hand.
fn plain_index(n: &[f64]) -> f64 {
    let dutch = (n[0] - n[1] - n[2]).max(0.0);
    let groups = [dutch, n[1], n[3], n[4], n[5], n[6], n[7]];
    let total: f64 = groups.iter().sum();
    1.0 - groups.iter().map(|g| (g / total) * (g / total)).sum::<f64>()
}

fn atlas(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_atlas")).args(args).output().expect("atlas runs")
}

fn index_rows(args: &[&str]) -> Vec<Vec<String>> {
    let out = atlas(args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header.iter().take(5).collect::<Vec<_>>(), &["code", "name", "level", "residents", "diversity_index"]);
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

#[test]
fn every_gemeente_index_matches_a_plain_computation() {
    let plain = plain_table();
    let rows = index_rows(&["index", "--level", "gemeente"]);
    assert_eq!(rows.len(), 345);
    for row in &rows {
        let expected = plain_index(&plain[&row[0]].1);
        let got: f64 = row[4].parse().unwrap_or_else(|_| panic!("{} has no index", row[0]));
        assert!((got - expected).abs() < 1e-9, "{}: {got} vs {expected}", row[0]);
        assert!(row[4].split('.').nth(1).unwrap().len() >= 9, "at least 9 decimals");
    }
    let by_code: HashMap<&str, f64> = rows.iter().map(|r| (r[0].as_str(), r[4].parse().unwrap())).collect();
    // The report's picture: Den Haag among the most diverse, Urk among the least.
    assert!(by_code["GM0518"] > 0.7, "Den Haag {}", by_code["GM0518"]);
    assert!(by_code["GM0184"] < 0.1, "Urk {}", by_code["GM0184"]);
}

#[test]
fn the_netherlands_and_den_haags_wijken() {
    let plain = plain_table();
    let rows = index_rows(&["index"]);
    let nl = rows.iter().find(|r| r[0] == "NL00").unwrap();
    let expected = plain_index(&plain["NL00"].1);
    assert!((nl[4].parse::<f64>().unwrap() - expected).abs() < 1e-9);
    assert_eq!(rows.len(), plain.len(), "one line per area");

    let wijken = index_rows(&["index", "--within", "GM0518", "--level", "wijk"]);
    assert_eq!(wijken.len(), 44);
    let schilders = wijken.iter().find(|r| r[0] == "WK051829").unwrap();
    let expected = plain_index(&plain["WK051829"].1);
    assert!((schilders[4].parse::<f64>().unwrap() - expected).abs() < 1e-9);
}

#[test]
fn small_areas_are_left_undefined_with_a_reason() {
    let plain = plain_table();
    let rows = index_rows(&["index", "--level", "buurt"]);
    let small: Vec<_> = rows.iter().filter(|r| plain[&r[0]].1[0] > 0.0 && plain[&r[0]].1[0] < 50.0).collect();
    assert!(!small.is_empty());
    for row in small {
        assert_eq!(row[4], "", "{} has fewer than 50 residents", row[0]);
        assert_eq!(row[8], "below-disclosure-threshold");
    }
    let empty = rows.iter().find(|r| plain[&r[0]].1[0] == 0.0).unwrap();
    assert_eq!(empty[8], "no-residents");
}

#[test]
fn the_bundle_holds_all_gemeenten_and_den_haag_in_detail_within_budget() {
    let (bytes, _) = atlas_cli::build_data::build_from_dir(&data_dir()).unwrap();
    let bundle = atlas_core::bundle::decode_bundle(&bytes).unwrap();
    let table = &bundle.table;
    let shape_codes = |level: usize| -> Vec<String> {
        bundle.layers[level].lods[0].shapes.iter().map(|s| table.area(s.area).code.to_string()).collect()
    };
    assert_eq!(shape_codes(0).len(), 345);
    let wijken: Vec<String> = shape_codes(1).into_iter().filter(|c| c.starts_with("WK0518")).collect();
    assert_eq!(wijken.len(), 44);
    let buurten: Vec<String> = shape_codes(2).into_iter().filter(|c| c.starts_with("BU0518")).collect();
    assert!(buurten.len() >= 110, "Den Haag has 113 of 114 buurten in 2014: {}", buurten.len());
    assert_eq!(bundle.meta.count_year, 2022);
    assert_eq!(bundle.layers[1].boundary_year, 2014);

    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &bytes).unwrap();
    let compressed = gz.finish().unwrap().len();
    assert!(compressed <= 2_000_000, "bundle is {compressed} bytes gzip");

    let (again, _) = atlas_cli::build_data::build_from_dir(&data_dir()).unwrap();
    assert!(again == bytes, "same input, same bytes");
}

#[test]
fn a_missing_data_folder_names_the_files_needed() {
    let out = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(["build-data", "--out", "/tmp/never-written.bin"])
        .env("ATLAS_DATA_DIR", "/nonexistent-data-folder")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    for needed in [
        "cbs/kwb-2022-herkomst.csv",
        "gemeente_gegeneraliseerd_2022.geojson",
        "Buurt_2014_layer_q1e3.json",
        "ATLAS_DATA_DIR",
        "PDOK",
    ] {
        assert!(message.contains(needed), "message lacks {needed}: {message}");
    }
}

#[test]
fn a_broken_input_table_says_where() {
    let dir = std::env::temp_dir().join("atlas-broken-input");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("kapot.csv");
    std::fs::write(
        &file,
        "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\nGM9999;Fictiestad;veel;1;1;0;0;0;0\n",
    )
    .unwrap();
    let out = atlas(&["index", "--input", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("line 2, column 3 (a_inw), area GM9999"), "{message}");
}

#[test]
fn gemeenten_add_up_to_the_netherlands() {
    // Gemeente counts are exact in CBS tables, so their sums must equal the country's row.
    let path = data_dir().join("cbs/kwb-2022-herkomst.csv");
    let table = atlas_core::formats::read_kwb_csv(&std::fs::read(&path).unwrap(), "kwb.csv").unwrap();
    let nl = table.find_str("NL00").unwrap();
    let summed = atlas_core::measures::aggregate_counts(&table, nl).expect("the country has gemeenten");
    assert_eq!(table.children(nl).len(), 345);
    assert_eq!(summed, table.counts(nl).to_vec());
}
