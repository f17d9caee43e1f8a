//! Arbitrary and mutated input to the table and geometry readers: never a panic, and an error
//! always starts with the file's name (so a person knows which file).

use atlas_core::fixtures::fictional_bundle;
use atlas_core::formats::{read_geojson, read_table, read_topojson, shape_properties};
use atlas_core::own_table::{preview_with_shapes, ShapeChoice};
use proptest::prelude::*;

const WIDE: &str = "code;naam;inwoners;Nederland;Polen;Syrië\nGM9999;Fictiestad;1.000;700;200;100\n\
                    WK999901;Centrum;600;400;150;50\nBU99990101;\"Oud, Noord\";300;200;x;50\n";
const LONG: &str = "code,groep,aantal,jaar\nGM9999,Polen,5,2022\nGM9999,Nederland,50,2022\nGM9998,Polen,.,2022\n";
const GEOJSON: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"GM9999","statnaam":"Fictiestad"},"geometry":{"type":"Polygon","coordinates":[[[5.1,52.0],[5.2,52.1],[5.3,52.0],[5.1,52.0]]]}}]}"#;
const TOPOJSON: &str = r#"{"type":"Topology","objects":{"gebieden":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0]],"properties":{"statcode":"GM9999","statnaam":"Fictiestad"}}]}},"arcs":[[[5.1,52.0],[5.2,52.1],[5.3,52.0],[5.1,52.0]]]}"#;

/// Reads bytes with every reader; each error must name the file first.
fn read_all(bytes: &[u8]) -> Result<(), TestCaseError> {
    let checks = [
        read_table(bytes, "f.csv").err(),
        read_geojson(bytes, "f.csv", "statcode", "statnaam").err(),
        read_topojson(bytes, "f.csv", "gebieden", "statcode", "statnaam").err(),
        shape_properties(bytes, "f.csv").err(),
        own_areas(bytes).err(),
    ];
    for error in checks.into_iter().flatten() {
        prop_assert!(error.to_string().starts_with("f.csv"), "{}", error);
    }
    Ok(())
}

/// The bytes as a user's own shape file beside a valid table (the properties guessed).
fn own_areas(bytes: &[u8]) -> Result<(), atlas_core::formats::FormatError> {
    let choice = ShapeChoice { bytes, file: "f.csv", code: None, name: None, year: 2022 };
    preview_with_shapes(WIDE.as_bytes(), "eigen.csv", &fictional_bundle().table, Some(choice)).map(|_| ())
}

/// A valid file with some bytes replaced, inserted or removed.
fn mutated(base: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let edits = proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..6);
    edits.prop_map(move |edits| {
        let mut bytes = base.as_bytes().to_vec();
        for (at, byte, kind) in edits {
            let i = at.index(bytes.len().max(1)).min(bytes.len());
            match kind {
                0 if i < bytes.len() => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ if i < bytes.len() => {
                    bytes.remove(i);
                }
                _ => {}
            }
        }
        bytes
    })
}

proptest! {
    // PROPTEST_CASES=N runs N cases instead (the long run in docs/benchmarks.md).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1500)
    ))]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        read_all(&bytes)?;
    }

    #[test]
    fn arbitrary_text(text in "[ -~\n;,\"]{0,300}") {
        read_all(text.as_bytes())?;
    }

    #[test]
    fn mutated_tables(bytes in prop_oneof![mutated(WIDE), mutated(LONG)]) {
        read_all(&bytes)?;
    }

    #[test]
    fn mutated_geometry(bytes in prop_oneof![mutated(GEOJSON), mutated(TOPOJSON)]) {
        read_all(&bytes)?;
    }
}
