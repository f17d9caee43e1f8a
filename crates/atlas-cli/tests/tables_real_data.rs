//! `atlas index` on the other real tables: the 18 groups of CBS 84910, lenses and earlier years,
//! checked against computations written plainly here with the `csv` crate.

use std::collections::HashMap;
use std::process::{Command, Output};

fn data(path: &str) -> String {
    atlas_cli::data_files::data_dir().join(path).display().to_string()
}

/// A semicolon reader over a file of the real data; a missing file fails the test, naming its path.
fn semicolon_reader(path: &str) -> csv::Reader<std::fs::File> {
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(path)
        .unwrap_or_else(|e| panic!("the real data is needed at {path} (set ATLAS_DATA_DIR to the data folder): {e}"))
}

/// Codes of the areas at or above the disclosure threshold (50 residents), read plainly.
fn disclosed(path: &str) -> Vec<String> {
    let mut reader = semicolon_reader(path);
    let header = reader.headers().unwrap().clone();
    let residents = header.iter().position(|h| h == "a_inw").expect("a residents column a_inw");
    reader
        .records()
        .map(|r| r.unwrap())
        .filter(|row| row[residents].parse::<f64>().unwrap() >= 50.0)
        .map(|row| row[0].to_string())
        .collect()
}

const TABLE_18: &str = "cbs/cbs-84910-2022-gemeente-18-herkomstgroepen.csv";

fn atlas(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_atlas")).args(args).output().expect("atlas runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

/// code → (residents, diversity index or None) from `atlas index` output.
fn index_of(out: &Output) -> HashMap<String, Option<f64>> {
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    reader.records().map(|r| r.unwrap()).map(|r| (r[0].to_string(), r[4].parse::<f64>().ok())).collect()
}

#[test]
fn the_18_group_index_is_one_minus_the_sum_of_squared_shares() {
    let path = data(TABLE_18);
    let mut reader = semicolon_reader(&path);
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.len(), 21, "code, name, residents and 18 groups");
    let mut expected = HashMap::new();
    for row in reader.records().map(|r| r.unwrap()) {
        let groups: Vec<f64> = (3..21).map(|i| row[i].parse::<f64>().unwrap()).collect();
        let total: f64 = groups.iter().sum();
        expected.insert(row[0].to_string(), 1.0 - groups.iter().map(|g| (g / total).powi(2)).sum::<f64>());
    }
    let got = index_of(&atlas(&["index", "--input", &path]));
    assert_eq!(got.len(), 344);
    for (code, want) in &expected {
        let value = got[code].unwrap_or_else(|| panic!("{code} has no index"));
        assert!((value - want).abs() < 1e-9, "{code}: {value} vs {want}");
    }
    // Amsterdam, Weesp included: more diverse with 18 groups than with 7.
    let seven = index_of(&atlas(&["index", "--level", "gemeente"]));
    assert!(got["GM0363"].unwrap() > seven["GM0363"].unwrap());
}

#[test]
fn den_haag_wijken_keep_their_seven_group_values_under_the_classic_lens() {
    // The KWB table's 7 groups are the classic lens: the same numbers, computed here plainly.
    let path = data("cbs/kwb-2022-herkomst.csv");
    let mut reader = semicolon_reader(&path);
    let header = reader.headers().unwrap().clone();
    let col = |n: &str| header.iter().position(|h| h == n).unwrap();
    let cols = ["a_inw", "a_w_all", "a_nw_all", "a_marok", "a_antaru", "a_surina", "a_tur", "a_ov_nw"].map(col);
    let mut expected = HashMap::new();
    for row in reader.records().map(|r| r.unwrap()) {
        if !row[0].starts_with("WK0518") {
            continue;
        }
        let n: Vec<f64> = cols.iter().map(|&i| row[i].parse::<f64>().unwrap()).collect();
        let groups = [(n[0] - n[1] - n[2]).max(0.0), n[1], n[3], n[4], n[5], n[6], n[7]];
        let total: f64 = groups.iter().sum();
        expected.insert(row[0].to_string(), 1.0 - groups.iter().map(|g| (g / total).powi(2)).sum::<f64>());
    }
    assert_eq!(expected.len(), 44);
    let shown: Vec<String> = disclosed(&path).into_iter().filter(|code| code.starts_with("WK0518")).collect();
    assert_eq!(shown.len(), 43, "one of Den Haag's wijken has fewer than 50 residents");
    for lens in ["klassiek", "alle"] {
        let got = index_of(&atlas(&["index", "--lens", lens, "--level", "wijk", "--within", "GM0518"]));
        assert_eq!(got.len(), 44);
        for (code, want) in &expected {
            // Wijken below the threshold (or without residents) have no index, the others theirs.
            match got[code] {
                Some(value) => assert!((value - want).abs() < 1e-9, "{lens} {code}"),
                None => assert!(!shown.contains(code), "{lens} {code}: no index at or above the threshold"),
            }
        }
        let with_index: Vec<&String> = got.iter().filter(|(_, v)| v.is_some()).map(|(code, _)| code).collect();
        assert_eq!(with_index.len(), shown.len(), "{lens}: the wijken at or above the threshold");
    }
}

#[test]
fn the_westers_lens_never_gives_a_higher_index_than_all_groups() {
    // Merging groups can only lower 1 − Σp²; checked on both tables, every area.
    for input in [data(TABLE_18), data("cbs/kwb-2022-herkomst.csv")] {
        let all = index_of(&atlas(&["index", "--input", &input, "--lens", "alle"]));
        let split = index_of(&atlas(&["index", "--input", &input, "--lens", "westers"]));
        assert_eq!(all.len(), split.len());
        let mut compared = 0;
        for (code, value) in &all {
            if let (Some(a), Some(w)) = (value, split[code]) {
                assert!(w <= a + 1e-12, "{code}: westers {w} > alle {a}");
                compared += 1;
            }
        }
        // Both lenses give an index to exactly the areas at or above the threshold.
        assert_eq!(compared, disclosed(&input).len(), "{input}");
    }
}

#[test]
fn year_2017_is_printed_on_2022_codes_and_says_it_is_approximate() {
    let out = atlas(&["index", "--year", "2017", "--level", "gemeente"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("approximate, ±0.5 point per group"), "{stderr}");
    let codes_2022: Vec<String> = index_of(&atlas(&["index", "--level", "gemeente"])).into_keys().collect();
    let got = index_of(&out);
    assert_eq!(got.len(), 345, "every 2022 gemeente has a row");
    assert!(got.keys().all(|code| codes_2022.contains(code)));
    // Haaren (GM0788) existed in 2017 only; Land van Cuijk (GM1982) in 2022 only.
    assert!(!got.contains_key("GM0788") && got["GM1982"].is_some());
}

#[test]
fn an_unknown_lens_year_or_layout_is_refused() {
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_atlas")).args(args).output().unwrap();
    assert!(!run(&["index", "--lens", "oud"]).status.success());
    let out = run(&["index", "--year", "2019"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("known years"));
    let dir = std::env::temp_dir().join(format!("atlas-layout-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("adres.csv");
    std::fs::write(&file, "postcode;huisnummer\n1234AB;5\n").unwrap();
    let out = run(&["index", "--input", file.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("past bij geen bekende indeling"));
    std::fs::remove_dir_all(&dir).unwrap();
}
