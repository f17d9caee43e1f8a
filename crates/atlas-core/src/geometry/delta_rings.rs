//! Serde adapter storing a shape's rings as deltas between consecutive points (small numbers, which
//! postcard's zigzag varints write in one or two bytes).

use crate::geometry::Ring;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer>(polygons: &[Vec<Ring>], serializer: S) -> Result<S::Ok, S::Error> {
    let encoded: Vec<Vec<Vec<i32>>> = polygons.iter().map(|rings| rings.iter().map(encode_ring).collect()).collect();
    encoded.serialize(serializer)
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Vec<Ring>>, D::Error> {
    let encoded = Vec::<Vec<DeltaRing>>::deserialize(deserializer)?;
    Ok(encoded.into_iter().map(|rings| rings.into_iter().map(|ring| ring.0).collect()).collect())
}

/// A ring read straight from its deltas, without an intermediate list (decoding is on the way
/// to the first map).
struct DeltaRing(Ring);

impl<'de> Deserialize<'de> for DeltaRing {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(DeltaRingVisitor)
    }
}

struct DeltaRingVisitor;

impl<'de> serde::de::Visitor<'de> for DeltaRingVisitor {
    type Value = DeltaRing;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a ring as a list of coordinate deltas")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<DeltaRing, A::Error> {
        let mut ring = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16) / 2);
        let mut current = [0i32; 2];
        while let Some(dx) = seq.next_element::<i32>()? {
            let dy = seq
                .next_element::<i32>()?
                .ok_or_else(|| serde::de::Error::custom("a ring has an odd number of coordinates"))?;
            current = [current[0].wrapping_add(dx), current[1].wrapping_add(dy)];
            ring.push(current);
        }
        Ok(DeltaRing(ring))
    }
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

#[cfg(test)]
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
            prop_assert_eq!(decode_ring(&encode_ring(&ring)).unwrap(), ring.clone());
            let bytes = postcard::to_allocvec(&encode_ring(&ring)).unwrap();
            prop_assert_eq!(postcard::from_bytes::<DeltaRing>(&bytes).unwrap().0, ring);
        }
    }
}
