//! Tests on the real CBS data in ../shared/data (or $ATLAS_DATA_DIR), checked against an
//! independent computation written plainly here, not against output of the code under test.

use std::collections::HashMap;
use std::process::Command;

fn data_dir() -> std::path::PathBuf {
    atlas_cli::data_files::data_dir()
}

/// A file of the real data as text; a missing file fails the test, naming its path.
fn read_data(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("the real data is needed at {} (set ATLAS_DATA_DIR to the data folder): {e}", path.display())
    })
}

/// The shared table parsed the plain way: code → (name, [a_inw, a_w_all, a_nw_all, marok, antaru, surina, tur, ov_nw]).
fn plain_table() -> HashMap<String, (String, Vec<f64>)> {
    let text = read_data(&data_dir().join("cbs/kwb-2022-herkomst.csv"));
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

/// The real bundle, built once for the tests that look at it.
fn real_bundle() -> &'static (Vec<(String, Vec<u8>)>, atlas_core::bundle::Bundle) {
    use atlas_core::bundle::{decode_part, join_parts, Part};
    type Built = (Vec<(String, Vec<u8>)>, atlas_core::bundle::Bundle);
    static BUNDLE: std::sync::OnceLock<Built> = std::sync::OnceLock::new();
    BUNDLE.get_or_init(|| {
        // A missing data file fails here with a message naming it and every file needed.
        let (files, _) = atlas_cli::build_data::build_from_dir(&data_dir()).unwrap_or_else(|e| panic!("{e}"));
        let mut parts: Vec<Part> = files.iter().map(|(_, bytes)| decode_part(bytes).unwrap()).collect();
        let Part::First(first) = parts.remove(0) else { panic!("atlas.bin holds the first part") };
        let bundle = join_parts(*first, parts).unwrap();
        (files, bundle)
    })
}

fn gzip_size(bytes: &[u8]) -> usize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, bytes).unwrap();
    gz.finish().unwrap().len()
}

fn drawn_codes(bundle: &atlas_core::bundle::Bundle, level: usize, prefix: &str) -> Vec<String> {
    bundle.layers[level].lods[0]
        .shapes
        .iter()
        .map(|s| bundle.table.area(s.area).code.to_string())
        .filter(|c| c.starts_with(prefix))
        .collect()
}

#[test]
fn the_bundle_holds_all_gemeenten_and_den_haag_in_detail_within_budget() {
    let (files, bundle) = real_bundle();
    assert_eq!(drawn_codes(bundle, 0, "GM").len(), 345);
    assert_eq!(drawn_codes(bundle, 1, "WK0518").len(), 44, "all of Den Haag's wijken");
    // Den Haag's buurten of 2022 are drawn with their 2014 shapes where code and name agree.
    // Read by hand in the 2014 file: Rivierenbuurt-Zuid (BU05182762) is not in it, Vlietzoom-Oost
    // and -West are called Westvliet and Vlietbuurt there, and Waldeck-Zuid's (BU05181806) shape
    // is a sliver of three arcs that collapses. The other 110 are drawn.
    let in_table = plain_table().keys().filter(|code| code.starts_with("BU0518")).count();
    assert_eq!(in_table, 114);
    let join = &bundle.layers[2].join;
    let mut undrawn: Vec<&str> =
        join.without_shape.iter().map(String::as_str).filter(|code| code.starts_with("BU0518")).collect();
    undrawn.sort_unstable();
    assert_eq!(undrawn, ["BU05181806", "BU05182762", "BU05184106", "BU05184316"]);
    assert!(join.collapsed.iter().any(|code| code == "BU05181806"), "Waldeck-Zuid collapses: {:?}", join.collapsed);
    let renamed = |code: &str| join.name_mismatches.iter().any(|m| m.code == code);
    assert!(renamed("BU05184106") && renamed("BU05184316"), "the two Vlietzoom buurten have other 2014 names");
    assert_eq!(drawn_codes(bundle, 2, "BU0518").len(), in_table - undrawn.len());
    assert_eq!(bundle.meta.count_year, 2022);

    // Measured (docs/benchmarks.md): all files together 2.9 MB gzip with the 2022 wijken at
    // 100/20/5 m (was 0.94 MB with the 1,719 wijken of 2014). The first map loads only atlas.bin.
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, vec!["atlas.bin", "atlas-rijen.bin", "atlas-wijk.bin", "atlas-buurt.bin", "atlas-tabellen.bin"]);
    let total: usize = files.iter().map(|(_, b)| gzip_size(b)).sum();
    assert!(total <= 3_200_000, "all files are {total} bytes gzip");
    let first = gzip_size(&files[0].1);
    assert!(first <= 300_000, "the first map's file is {first} bytes gzip");

    let (again, _) = atlas_cli::build_data::build_from_dir(&data_dir()).unwrap();
    assert!(again == *files, "same input, same bytes");
}

#[test]
fn every_2022_wijk_is_drawn_and_goeree_overflakkee_follows_the_coverage_rule() {
    let (_, bundle) = real_bundle();
    let wijken = &bundle.layers[1];
    let years: Vec<(u16, u32)> = wijken.sources.iter().map(|s| (s.year, s.drawn)).collect();
    // Goeree-Overflakkee's 14 wijken are not in the 2022 file. 2014 had 10 of them under the same
    // code and name (2014 Middelharnis and Oude-Tonge were split since): 10 of 14 open wijken is
    // below the 90% coverage rule, so none is drawn and the gemeente is reported.
    assert_eq!(years, vec![(2022, 3326), (2014, 0)]);
    assert_eq!(wijken.join.joined, 3326);
    assert_eq!(wijken.join.without_shape.len(), 14);
    assert!(wijken.join.without_shape.iter().all(|c| c.starts_with("WK1924")));
    let goeree = wijken.join.skipped_gemeenten.iter().find(|s| s.code == "GM1924").expect("GM1924 reported");
    assert_eq!((goeree.year, goeree.joined, goeree.areas), (2014, 10, 14));
    for (i, shape) in wijken.lods[0].shapes.iter().enumerate() {
        assert!(!wijken.lods.last().unwrap().shapes[i].polygons.is_empty());
        assert_eq!(wijken.boundary_year(i), 2022, "{}", bundle.table.area(shape.area).code);
    }
    assert_eq!(drawn_codes(bundle, 1, "WK0363").len(), 99, "all of Amsterdam's wijken");
}

#[test]
fn amsterdam_buurten_come_from_2019_and_the_rest_from_2014() {
    let (_, bundle) = real_bundle();
    let buurten = &bundle.layers[2];
    // Every buurt of Amsterdam's own 2019 file that has a 2022 row, counted here from the file's
    // text (481 shapes, two of them without a row).
    let file = data_dir().join("raw/amsterdam-gebiedsindeling-2019/amsterdam_buurten_2019.geojson");
    let text = read_data(&file);
    let plain = plain_table();
    let with_row = text
        .split("\"statcode\":\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|code| plain.contains_key(*code))
        .count();
    assert_eq!(with_row, 479, "Amsterdam's 2019 buurten with a 2022 row in {}", file.display());
    let amsterdam = drawn_codes(bundle, 2, "BU0363");
    assert_eq!(amsterdam.len(), with_row);
    assert_eq!(buurten.sources[0].year, 2019);
    assert_eq!(buurten.sources[0].drawn, 479);
    for (i, shape) in buurten.lods[0].shapes.iter().enumerate() {
        let code = bundle.table.area(shape.area).code.to_string();
        let expected = if code.starts_with("BU0363") { 2019 } else { 2014 };
        assert_eq!(buurten.boundary_year(i), expected, "{code}");
    }
    // The two IJburg shapes without a 2022 row (M50c, M50e) are reported; the 2019 source is
    // joined first, so they lead the list (2014's renumbered codes follow).
    assert_eq!(buurten.join.shapes_without_row[..2], ["BU03635002", "BU03635004"]);
    assert!(bundle.meta.attribution.contains("Gemeente Amsterdam"));
    // Every table buurt is either drawn or listed without shape.
    let drawn = buurten.lods[0].shapes.len();
    assert_eq!(drawn + buurten.join.without_shape.len(), 14_317);
    assert_eq!(drawn as u32, buurten.join.joined);
}

#[test]
fn neighbouring_2022_wijken_share_a_border_exactly_at_every_lod() {
    // Schilderswijk (WK051829) and Centrum (WK051828) of Den Haag are neighbours in 2022.
    let (_, bundle) = real_bundle();
    let wijken = &bundle.layers[1];
    let index = |code: &str| {
        let id = bundle.table.find_str(code).unwrap();
        wijken.lods[0].shapes.iter().position(|s| s.area == id).unwrap()
    };
    let (a, b) = (index("WK051829"), index("WK051828"));
    for lod in &wijken.lods {
        let segments = |shape: usize| -> std::collections::HashSet<([i32; 2], [i32; 2])> {
            lod.shapes[shape]
                .polygons
                .iter()
                .flatten()
                .flat_map(|ring| {
                    (0..ring.len()).map(move |i| {
                        let (p, q) = (ring[i], ring[(i + 1) % ring.len()]);
                        (p.min(q), p.max(q))
                    })
                })
                .collect()
        };
        let shared = segments(a).intersection(&segments(b)).count();
        assert!(shared >= 1, "tolerance {}: no border segment in common", lod.tolerance);
    }
}

#[test]
fn the_index_gives_each_area_its_boundary_year() {
    let rows = index_rows(&["index"]);
    let year = |code: &str| rows.iter().find(|r| r[0] == code).unwrap()[9].clone();
    assert_eq!(year("NL00"), "");
    assert_eq!(year("GM0518"), "2022");
    assert_eq!(year("WK051829"), "2022");
    assert_eq!(year("WK192400"), "", "Goeree-Overflakkee has no wijk drawn");
    assert_eq!(year("BU03630000"), "2019");
    let drawn = |y: &str| rows.iter().filter(|r| r[9] == y).count();
    assert_eq!(drawn("2022"), 345 + 3326);
    assert_eq!(drawn("2019"), 479);
    assert!(drawn("2014") > 5000, "{}", drawn("2014"));
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
        "wijk_2022.topojson",
        "amsterdam_buurten_2019.geojson",
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
    assert!(message.contains("regel 2, kolom 3 (a_inw), gebied GM9999"), "{message}");
}

#[test]
fn gemeenten_add_up_to_the_netherlands() {
    // Gemeente counts are exact in CBS tables, so their sums must equal the country's row.
    let path = data_dir().join("cbs/kwb-2022-herkomst.csv");
    let table = atlas_core::formats::read_kwb_csv(read_data(&path).as_bytes(), "kwb.csv").unwrap();
    let nl = table.find_str("NL00").unwrap();
    let summed = atlas_core::measures::aggregate_counts(&table, nl).expect("the country has gemeenten");
    assert_eq!(table.children(nl).len(), 345);
    assert_eq!(summed, table.counts(nl).to_vec());
}

#[test]
fn amsterdam_wijken_carry_their_stadsdeel_for_search() {
    let (_, bundle) = real_bundle();
    let mut noord: Vec<&str> =
        bundle.place_names.iter().filter(|p| p.name == "Amsterdam-Noord").map(|p| p.code.as_str()).collect();
    noord.sort_unstable();
    // The wijken whose Stadsdeel_code is N in Amsterdam's own file, read here from its text.
    let file = data_dir().join("raw/amsterdam-gebiedsindeling-2019/amsterdam_wijken_2019.geojson");
    let text = read_data(&file);
    let mut expected: Vec<&str> = text
        .split("\"properties\":{")
        .skip(1)
        .filter_map(|rest| {
            let properties = &rest[..rest.find('}')?];
            let field = |key: &str| properties.split(&format!("\"{key}\":\"")).nth(1)?.split('"').next();
            if field("Stadsdeel_code")? == "N" {
                field("statcode")
            } else {
                None
            }
        })
        .collect();
    expected.sort_unstable();
    assert_eq!(expected.len(), 15, "Amsterdam-Noord's wijken in {}", file.display());
    assert!(noord.contains(&"WK036360"), "Volewijck lies in Amsterdam-Noord: {noord:?}");
    assert_eq!(noord, expected);
    assert!(bundle.place_names.iter().all(|p| p.code.starts_with("WK0363")));
    assert_eq!(bundle.place_names.len(), 99, "every Amsterdam wijk has its stadsdeel");
}
