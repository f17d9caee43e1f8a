//! Small fictional data sets for the tests of the view layer and the app (Fictiestad and
//! Nepdorp, with a finer table and an earlier year): clearly made up, never real figures.

use atlas_core::bundle::{Bundle, Dataset, Source};
use atlas_core::fixtures::fictional_bundle;
use atlas_core::model::{AreaCode, AreaTable, Family::*, Group};

/// The fictional bundle with two more fictional datasets: 8 groups per gemeente in the
/// count year (the same people as the KWB table, but Fictiestad counted together with
/// Nepdorp, Nepdorp absent), and the KWB groups per gemeente in 2017.
pub fn bundle_with_datasets() -> Bundle {
    let mut bundle = fictional_bundle();
    let source = Source { title: "Fictie".into(), publisher: "Niemand".into(), year: 2022, licence: "-".into() };
    let groups = vec![
        Group::new("nl", "Nederlands", &[Dutch]),
        Group::new("de", "Duitsland", &[Western, NeighbourCountry]),
        Group::new("pl", "Polen", &[Western, EasternEuropean]),
        Group::new("ma", "Marokko", &[NonWestern, Classic]),
        Group::new("sy", "Syrië", &[NonWestern]),
        Group::new("tr", "Turkije", &[NonWestern, Classic]),
        Group::new("sr", "Suriname", &[NonWestern, Classic]),
        Group::new("an", "Antillen", &[NonWestern, Classic]),
    ];
    let mut fine = AreaTable::new(groups);
    let code = |c: &str| AreaCode::parse(c).unwrap();
    let row = |n: [u32; 8]| n.into_iter().map(Some).collect::<Vec<_>>();
    fine.push(code("NL00"), "Nederland".into(), Some(2000), row([1500, 100, 100, 50, 140, 60, 40, 10])).unwrap();
    fine.push(code("GM9999"), "Fictiestad".into(), Some(2000), row([1500, 100, 100, 50, 140, 60, 40, 10])).unwrap();
    fine.link_parents();
    let mut old = AreaTable::new(bundle.table.groups().to_vec());
    let row7 = |n: [u32; 7]| n.into_iter().map(Some).collect::<Vec<_>>();
    old.push(code("NL00"), "Nederland".into(), Some(1800), row7([1500, 150, 30, 10, 30, 30, 50])).unwrap();
    old.push(code("GM9999"), "Fictiestad".into(), Some(900), row7([750, 50, 30, 10, 20, 20, 20])).unwrap();
    old.push(code("GM9998"), "Nepdorp".into(), Some(900), row7([750, 100, 0, 0, 10, 10, 30])).unwrap();
    old.link_parents();
    let dataset = |key: &str, year, approximate, table| Dataset {
        key: key.into(),
        label: format!("Fictietabel {key}"),
        year,
        approximate,
        source: source.clone(),
        note: None,
        table,
    };
    bundle.datasets = vec![dataset("fijn-2022", 2022, false, fine), dataset("kwb-2017", 2017, true, old)];
    bundle
}
