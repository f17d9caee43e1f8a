//! A small, clearly fictional data set (Fictiestad, Nepdorp) for tests of every crate.
//!
//! Nothing here is real: made-up codes in the unused range GM9998/GM9999, made-up counts and
//! squares near Utrecht for geometry.

use crate::bundle::{build_bundle, BuildInput, Bundle, NamedBytes};

/// A KWB-layout table: the country, two gemeenten, two wijken of Fictiestad.
pub const TABLE: &str =
    "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur;a_ov_nw\n\
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
pub const NO_BUURTEN: &str = r#"{"type":"Topology","arcs":[],"objects":{"layer":{"type":"GeometryCollection","geometries":[]}}}"#;

/// The bundle built from the fictional files.
pub fn fictional_bundle() -> Bundle {
    let named = |name, text: &'static str| NamedBytes {
        name,
        bytes: text.as_bytes(),
    };
    build_bundle(&BuildInput {
        table: named("t.csv", TABLE),
        count_year: 2022,
        gemeenten: named("g.geojson", GEMEENTEN),
        wijken: (named("w.json", WIJKEN), 2014),
        buurten: (named("b.json", NO_BUURTEN), 2014),
        borders: None,
    })
    .unwrap()
}
