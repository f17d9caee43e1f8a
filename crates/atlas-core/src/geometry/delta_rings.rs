//! Serde adapter storing a shape's rings as deltas between consecutive points (small numbers, which
//! postcard's zigzag varints write in one or two bytes).

use crate::geometry::Ring;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer>(polygons: &[Vec<Ring>], serializer: S) -> Result<S::Ok, S::Error> {
    let encoded: Vec<Vec<Vec<i32>>> = polygons.iter().map(|rings| rings.iter().map(encode_ring).collect()).collect();
    encoded.serialize(serializer)
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Vec<Ring>>, D::Error> {
    let encoded = Vec::<Vec<Vec<i32>>>::deserialize(deserializer)?;
    encoded
        .iter()
        .map(|rings| rings.iter().map(|deltas| decode_ring(deltas)).collect())
        .collect::<Result<_, _>>()
        .map_err(serde::de::Error::custom)
}

fn encode_ring(ring: &Ring) -> Vec<i32> {
    let mut previous = [0i32; 2];
    let mut out = Vec::with_capacity(ring.len() * 2);
    for &point in ring {
        out.push(point[0].wrapping_sub(previous[0]));
        out.push(point[1].wrapping_sub(previous[1]));
        previous = point;
    }
    out
}

fn decode_ring(deltas: &[i32]) -> Result<Ring, &'static str> {
    if !deltas.len().is_multiple_of(2) {
        return Err("a ring has an odd number of coordinates");
    }
    let mut current = [0i32; 2];
    Ok(deltas
        .chunks_exact(2)
        .map(|d| {
            current = [current[0].wrapping_add(d[0]), current[1].wrapping_add(d[1])];
            current
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn rings_round_trip(ring in prop::collection::vec(any::<[i32; 2]>(), 0..50)) {
            prop_assert_eq!(decode_ring(&encode_ring(&ring)).unwrap(), ring);
        }
    }
}
