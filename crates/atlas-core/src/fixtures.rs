//! A small, clearly fictional data set (Fictiestad, Nepdorp) for tests of every crate.
//!
//! Nothing here is real: made-up codes in the unused range GM9998/GM9999, made-up counts and
//! squares near Utrecht for geometry.

use crate::bundle::{build_bundle, BoundarySource, BuildInput, Bundle, NamedBytes, ShapeFormat};
use crate::formats::TopoKeys;
use crate::geometry::JoinRule;

/// A KWB-layout table: the country, two gemeenten, two wijken of Fictiestad.
pub const TABLE: &str = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur;a_ov_nw\n\
    NL00;Nederland;2000;200;300;50;10;40;60;140\n\
    GM9999;Fictiestad;1000;100;200;50;10;40;60;40\n\
    GM9998;Nepdorp;1000;100;100;0;0;0;0;100\n\
    WK999901;Centrum;600;50;150;40;10;30;40;30\n\
    WK999902;Haven;400;50;50;10;0;10;20;10\n";
pub const GEMEENTEN: &str = r#"{"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"statcode":"GM9999","statnaam":"Fictiestad"},"geometry":{"type":"Polygon","coordinates":[[[5.0,52.0],[5.2,52.0],[5.2,52.2],[5.0,52.2],[5.0,52.0]]]}},
    {"type":"Feature","properties":{"statcode":"GM9998","statnaam":"Nepdorp"},"geometry":{"type":"Polygon","coordinates":[[[5.2,52.0],[5.4,52.0],[5.4,52.2],[5.2,52.2],[5.2,52.0]]]}}]}"#;
pub const WIJKEN: &str = r#"{"type":"Topology","transform":{"scale":[0.1,0.1],"translate":[5.0,52.0]},
    "arcs":[[[1,0],[0,2]],[[1,2],[-1,0],[0,-2],[1,0]],[[1,0],[1,0],[0,2],[-1,0]]],
    "objects":{"layer":{"type":"GeometryCollection","geometries":[
      {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"WK999901","statnaam":"Wijk 01 Centrum"}},
      {"type":"Polygon","arcs":[[2,-1]],"properties":{"statcode":"WK999902","statnaam":"Wijk 02 Haven"}}]}}}"#;
/// Wijken of the count year's division (object `wijken`, codes only, no names): Centrum only,
/// so Haven falls back to [`WIJKEN`].
pub const WIJKEN_2022: &str = r#"{"type":"Topology","transform":{"scale":[0.1,0.1],"translate":[5.0,52.0]},
    "arcs":[[[1,0],[0,2]],[[1,2],[-1,0],[0,-2],[1,0]]],
    "objects":{"wijken":{"type":"GeometryCollection","geometries":[
      {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"WK999901"}}]}}}"#;
pub const NO_BUURTEN: &str =
    r#"{"type":"Topology","arcs":[],"objects":{"layer":{"type":"GeometryCollection","geometries":[]}}}"#;

/// A boundary source as the fixtures use it: TopoJSON `object` with `statcode` (and
/// `statnaam` when `names`), CBS credits; the count year's division joins by code alone.
pub fn topo_source<'a>(name: &'a str, text: &'a str, object: &'a str, year: u16, names: bool) -> BoundarySource<'a> {
    BoundarySource {
        file: NamedBytes { name, bytes: text.as_bytes() },
        format: ShapeFormat::TopoJson(TopoKeys { object, code: "statcode", name: names.then_some("statnaam") }),
        year,
        title: "Fictieve gebiedsindeling",
        publisher: "CBS / Kadaster",
        licence: "CC BY 4.0",
        rule: if year == 2022 { JoinRule::SAME_VINTAGE } else { JoinRule::OTHER_VINTAGE },
        trim_to_parent: false,
    }
}

/// The bundle built from the fictional files: Centrum with 2022 boundaries, Haven with 2014.
pub fn fictional_bundle() -> Bundle {
    let named = |name, text: &'static str| NamedBytes { name, bytes: text.as_bytes() };
    build_bundle(&BuildInput {
        table: named("t.csv", TABLE),
        count_year: 2022,
        gemeenten: named("g.geojson", GEMEENTEN),
        wijken: vec![
            topo_source("w2022.json", WIJKEN_2022, "wijken", 2022, false),
            topo_source("w.json", WIJKEN, "layer", 2014, true),
        ],
        buurten: vec![topo_source("b.json", NO_BUURTEN, "layer", 2014, true)],
        borders: None,
    })
    .unwrap()
}

/// A fictional table with per-country groups (as a user might bring), for the typology:
/// nine made-up gemeenten, each built to show one type.
pub fn fine_table() -> crate::model::AreaTable {
    use crate::model::{AreaCode, AreaTable, Family::*, Group};
    let groups = vec![
        Group::new("NL", "Nederland", &[Dutch]),
        Group::new("PL", "Polen", &[Western, EasternEuropean]),
        Group::new("BG", "Bulgarije", &[Western, EasternEuropean]),
        Group::new("DE", "Duitsland", &[Western, NeighbourCountry]),
        Group::new("BE", "België", &[Western, NeighbourCountry]),
        Group::new("GB", "Verenigd Koninkrijk", &[Western, Expat]),
        Group::new("US", "Verenigde Staten", &[Western, Expat]),
        Group::new("IN", "India", &[NonWestern, Expat]),
        Group::new("TR", "Turkije", &[NonWestern, Classic]),
        Group::new("MA", "Marokko", &[NonWestern, Classic]),
        Group::new("SR", "Suriname", &[NonWestern, Classic]),
        Group::new("AN", "Antillen", &[NonWestern, Classic]),
        Group::new("SY", "Syrië", &[NonWestern]),
        Group::new("XX", "Overig", &[NonWestern, Residual]),
    ];
    //                              NL      PL     BG     DE     BE     GB     US     IN     TR     MA     SR     AN     SY     XX
    let rows: [(&str, &str, [u32; 14]); 9] = [
        (
            "GM9901",
            "Metropool",
            [
                200_000, 10_000, 5_000, 10_000, 5_000, 20_000, 15_000, 15_000, 40_000, 50_000, 40_000, 20_000, 20_000,
                50_000,
            ],
        ),
        (
            "GM9902",
            "Randvoorstad",
            [30_000, 1_000, 500, 1_000, 500, 1_000, 500, 500, 4_000, 5_000, 4_000, 2_000, 1_000, 3_000],
        ),
        (
            "GM9903",
            "Provinciestad",
            [131_000, 3_000, 1_000, 5_000, 2_000, 4_000, 3_000, 3_000, 10_000, 12_000, 5_000, 3_000, 7_000, 10_000],
        ),
        ("GM9904", "Middenstad", [48_000, 500, 200, 600, 200, 300, 200, 200, 800, 6_000, 500, 300, 400, 1_800]),
        ("GM9905", "Expatdorp", [30_000, 300, 100, 800, 300, 2_000, 1_500, 1_500, 300, 300, 200, 100, 300, 2_600]),
        ("GM9906", "Kassendorp", [40_000, 2_500, 1_000, 300, 200, 200, 100, 100, 600, 500, 300, 100, 200, 900]),
        ("GM9907", "Grensdorp", [8_000, 50, 20, 1_500, 100, 50, 30, 10, 30, 20, 10, 10, 20, 150]),
        ("GM9908", "Vissersdorp", [19_000, 200, 50, 100, 50, 50, 20, 10, 30, 40, 10, 10, 30, 400]),
        ("GM9909", "Gewoonstad", [60_000, 1_500, 500, 1_200, 600, 800, 400, 300, 1_500, 1_500, 1_000, 500, 800, 4_900]),
    ];
    let mut table = AreaTable::new(groups);
    for (code, name, counts) in rows {
        let residents = counts.iter().sum();
        let counts = counts.into_iter().map(Some).collect();
        table
            .push(AreaCode::parse(code).expect("valid code"), name.into(), Some(residents), counts)
            .expect("a valid row");
    }
    table.link_parents();
    table
}
