//! The story's numbers on the real CBS data (../shared/data or $ATLAS_DATA_DIR), computed by
//! `atlas_core::lesson` from the tables the app shows, checked against plain computations
//! written here from the CSV text.

use atlas_core::formats::{read_any_table, read_kwb_csv};
use atlas_core::lesson::{lens_pair, places_ranked, share_in_diverse_gemeenten};
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::{apply_lens, AreaTable, Lens, Level};
use std::collections::HashMap;

fn read(path: &str) -> String {
    let path = atlas_cli::data_files::data_dir().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("the real data is needed at {}: {e}", path.display()))
}

/// A semicolon table as code → named number columns (non-numbers left out).
fn plain(path: &str) -> HashMap<String, HashMap<String, f64>> {
    let text = read(path);
    let mut lines = text.lines();
    let header: Vec<String> =
        lines.next().unwrap().trim_start_matches('\u{feff}').split(';').map(str::to_string).collect();
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split(';').collect();
            let numbers =
                header.iter().zip(&cells).filter_map(|(h, c)| Some((h.clone(), c.parse::<f64>().ok()?))).collect();
            (cells[0].to_string(), numbers)
        })
        .collect()
}

fn one_minus_sum_of_squares(groups: &[f64]) -> f64 {
    let total: f64 = groups.iter().sum();
    1.0 - groups.iter().map(|g| (g / total).powi(2)).sum::<f64>()
}

/// KWB: Dutch (residents minus western and non-western), western, and the five non-western.
fn kwb_groups(row: &HashMap<String, f64>) -> Vec<f64> {
    let dutch = row["a_inw"] - row["a_w_all"] - row["a_nw_all"];
    let mut groups = vec![dutch, row["a_w_all"]];
    groups.extend(["a_marok", "a_antaru", "a_surina", "a_tur", "a_ov_nw"].map(|k| row[k]));
    groups
}

/// The old lens: Dutch, western, non-western.
fn old_groups(row: &HashMap<String, f64>) -> Vec<f64> {
    vec![row["a_inw"] - row["a_w_all"] - row["a_nw_all"], row["a_w_all"], row["a_nw_all"]]
}

/// The 18 groups of CBS 84910: every column after the residents.
fn eighteen(row: &HashMap<String, f64>) -> Vec<f64> {
    row.iter().filter(|(k, _)| *k != "a_inw").map(|(_, v)| *v).collect()
}

const KWB: &str = "cbs/kwb-2022-herkomst.csv";
const CBS_18: &str = "cbs/cbs-84910-2022-gemeente-18-herkomstgroepen.csv";

fn tables() -> (AreaTable, AreaTable) {
    let kwb = read_kwb_csv(read(KWB).as_bytes(), KWB).unwrap();
    let finest = read_any_table(read(CBS_18).as_bytes(), CBS_18).unwrap();
    (kwb, finest)
}

#[test]
fn the_share_living_where_two_residents_differ_one_in_three() {
    let (kwb, finest) = tables();
    let threshold = DisclosureThreshold::default();
    for (table, file, groups) in [(&kwb, KWB, kwb_groups as fn(&_) -> Vec<f64>), (&finest, CBS_18, eighteen)] {
        let rows = plain(file);
        let gemeenten: Vec<&HashMap<String, f64>> =
            rows.iter().filter(|(code, _)| code.starts_with("GM")).map(|(_, row)| row).collect();
        let all: f64 = gemeenten.iter().map(|row| row["a_inw"]).sum();
        let diverse: f64 = gemeenten
            .iter()
            .filter(|row| one_minus_sum_of_squares(&groups(row)) >= 1.0 / 3.0)
            .map(|row| row["a_inw"])
            .sum();
        let got = share_in_diverse_gemeenten(table, threshold, 1.0 / 3.0).unwrap();
        assert_eq!(got.of, gemeenten.len(), "{file}: every gemeente has an index");
        assert!((got.share - diverse / all).abs() < 1e-9, "{file}: {} vs {}", got.share, diverse / all);
        // The report's finding (with 2017's figures): more than two thirds.
        assert!(got.share > 0.5, "{file}: {}", got.share);
    }
}

#[test]
fn den_haag_under_the_old_and_the_new_lens() {
    let (kwb, finest) = tables();
    let (kwb_rows, rows_18) = (plain(KWB), plain(CBS_18));
    let old = apply_lens(&kwb, Lens::WesternSplit);
    let new = finest.aligned_to(&kwb);
    for code in ["GM0518", "GM0363", "GM0599", "GM0014"] {
        let id = kwb.find_str(code).unwrap();
        let pair = lens_pair(&old, &new, id, DisclosureThreshold::default()).unwrap();
        let plain_old = one_minus_sum_of_squares(&old_groups(&kwb_rows[code]));
        let plain_new = one_minus_sum_of_squares(&eighteen(&rows_18[code]));
        assert!((pair.old - plain_old).abs() < 1e-9 && (pair.new - plain_new).abs() < 1e-9, "{code}: {pair:?}");
        assert_eq!((pair.old_groups, pair.new_groups), (3, 18));
        assert!(pair.hidden() > 0.0, "{code}: the old lens hides diversity");
    }
}

#[test]
fn the_big_three_and_den_haag_s_wijken_ranked_as_a_plain_sort_ranks_them() {
    let (kwb, finest) = tables();
    let threshold = DisclosureThreshold::default();
    let new = finest.aligned_to(&kwb);
    let rows_18 = plain(CBS_18);
    let mut plain_rank: Vec<(String, f64)> = rows_18
        .iter()
        .filter(|(code, _)| code.starts_with("GM"))
        .map(|(code, row)| (code.clone(), one_minus_sum_of_squares(&eighteen(row))))
        .collect();
    plain_rank.sort_by(|a, b| b.1.total_cmp(&a.1));
    let ranked = places_ranked(&new, Level::Gemeente, None, threshold);
    for code in ["GM0363", "GM0599", "GM0518"] {
        let at = ranked.iter().position(|(id, _)| new.area(*id).code.as_str() == code).unwrap();
        let plain_at = plain_rank.iter().position(|(c, _)| c == code).unwrap();
        assert_eq!(at, plain_at, "{code}");
        assert!(at < 10, "{code} is among the ten most diverse gemeenten: rank {}", at + 1);
    }
    let kwb_rows = plain(KWB);
    let den_haag = kwb.find_str("GM0518").unwrap();
    let wijken = places_ranked(&kwb, Level::Wijk, Some(den_haag), threshold);
    let index = |code: &str| wijken.iter().find(|(id, _)| kwb.area(*id).code.as_str() == code).map(|w| w.1).unwrap();
    for code in ["WK051829", "WK051830", "WK051810"] {
        let plain = one_minus_sum_of_squares(&kwb_groups(&kwb_rows[code]));
        assert!((index(code) - plain).abs() < 1e-9, "{code}");
    }
    assert!(index("WK051829") > index("WK051810"), "the Schilderswijk is more diverse than Zorgvliet by 7 groups");
}

#[test]
fn den_haag_s_worksheet_answer_key_matches_a_plain_computation() {
    let (kwb, _) = tables();
    let rows = plain(KWB);
    let den_haag = kwb.find_str("GM0518").unwrap();
    let answers = atlas_core::lesson::worksheet_answers(&kwb, den_haag, DisclosureThreshold::default()).unwrap();
    let city = one_minus_sum_of_squares(&kwb_groups(&rows["GM0518"]));
    assert!((answers.index - city).abs() < 1e-9);
    // Wijken of Den Haag with residents at or above the threshold (50), by plain index.
    let mut wijken: Vec<(String, f64)> = rows
        .iter()
        .filter(|(code, row)| code.starts_with("WK0518") && row["a_inw"] >= 50.0)
        .map(|(code, row)| (code.clone(), one_minus_sum_of_squares(&kwb_groups(row))))
        .collect();
    wijken.sort_by(|a, b| b.1.total_cmp(&a.1));
    let code = |id| kwb.area(id).code.to_string();
    assert_eq!(answers.wijken.len(), wijken.len());
    assert_eq!(code(answers.most_diverse().unwrap().0), wijken[0].0);
    assert_eq!(code(answers.least_diverse().unwrap().0), wijken.last().unwrap().0);
    let whole = |v: f64| (v * 100.0).round();
    assert_eq!(answers.above, wijken.iter().filter(|w| whole(w.1) > whole(city)).count(), "in whole percent");
    // The largest group besides the Dutch background: the largest of western and the five.
    let groups = kwb_groups(&rows["GM0518"]);
    let total: f64 = groups.iter().sum();
    let largest = groups[1..].iter().cloned().fold(0.0, f64::max) / total;
    assert!((answers.largest_minority.unwrap().1 - largest).abs() < 1e-9);
}
