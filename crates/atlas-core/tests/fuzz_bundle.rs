//! Damaged bundle files: random bytes and single-byte changes of every part of the fictional
//! bundle are refused with an error or decode to parts that hold together (tables whose
//! lengths agree, layers whose shapes name areas the table has) — never a panic.

use atlas_core::bundle::{decode_part, join_parts, split_bundle, Part};
use atlas_core::fixtures::fictional_bundle;
use atlas_core::geometry::{walk_shape, BoundsSink};
use atlas_core::measures::{measure_area, DisclosureThreshold};
use proptest::prelude::*;

/// Everything a reader of a decoded part touches: every area's measures and parent, every
/// shape walked.
fn use_part(part: &Part) {
    match part {
        Part::First(first) => {
            for (id, area) in first.table.areas() {
                let _ = measure_area(&first.table, id, DisclosureThreshold::default());
                let _ = area.code.parent();
            }
            for layer in &first.layers {
                assert!(layer.check(first.table.len()).is_ok(), "a first part passed with a broken layer");
                for shape in layer.lods.iter().flat_map(|l| &l.shapes) {
                    walk_shape(shape, &mut BoundsSink::default());
                    let _ = first.table.area(shape.area);
                }
            }
        }
        Part::Layer(layer) => {
            layer.lods.iter().flat_map(|l| &l.shapes).for_each(|s| walk_shape(s, &mut BoundsSink::default()))
        }
        Part::Rows(_) | Part::Datasets(_) => {}
    }
}

fn files() -> Vec<Vec<u8>> {
    split_bundle(&fictional_bundle()).into_iter().map(|(_, bytes)| bytes).collect()
}

proptest! {
    // PROPTEST_CASES=N runs N cases instead (the long run in docs/benchmarks.md).
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn random_bytes_are_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        prop_assert!(decode_part(&bytes).is_err());
    }

    #[test]
    fn a_changed_byte_is_refused_or_holds_together(file in 0usize..8, at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let files = files();
        let mut bytes = files[file % files.len()].clone();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok(part) = decode_part(&bytes) {
            use_part(&part);
            if let Part::First(first) = part {
                let further: Vec<Part> = files.iter().skip(1).filter_map(|f| decode_part(f).ok()).collect();
                let _ = join_parts(*first, further);
            }
        }
    }

    #[test]
    fn a_cut_file_is_refused(file in 0usize..8, cut in any::<prop::sample::Index>()) {
        let files = files();
        let bytes = &files[file % files.len()];
        let len = cut.index(bytes.len());
        prop_assert!(decode_part(&bytes[..len]).is_err());
    }
}
