//! A point guaranteed inside an area's drawn shape (for labels, and to aim a pointer in tests).

use super::PlanarShape;
use geo::{Area, InteriorPoint, LineString, MultiPolygon, Polygon};

/// A point inside the largest polygon of the shape, or `None` for an empty shape.
pub fn interior_point(shape: &PlanarShape) -> Option<[f64; 2]> {
    let ring = |points: &Vec<[i32; 2]>| {
        LineString::from(points.iter().map(|&[x, y]| (f64::from(x), f64::from(y))).collect::<Vec<_>>())
    };
    let polygons: Vec<Polygon<f64>> = shape
        .polygons
        .iter()
        .map(|rings| Polygon::new(ring(&rings[0]), rings[1..].iter().map(ring).collect()))
        .collect();
    let largest = polygons.into_iter().max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    MultiPolygon(vec![largest]).interior_point().map(|p| [p.x(), p.y()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::{walk_shape, ContainsSink};

    #[test]
    fn the_point_lies_inside_even_for_a_ring_shape() {
        let ring = PlanarShape {
            area: 0,
            polygons: vec![
                vec![vec![[0, 0], [100, 0], [100, 100], [0, 100]], vec![[10, 10], [90, 10], [90, 90], [10, 90]]],
                vec![vec![[200, 0], [201, 0], [201, 1]]],
            ],
        };
        let point = interior_point(&ring).unwrap();
        let mut sink = ContainsSink::new(point);
        walk_shape(&ring, &mut sink);
        assert!(sink.inside(), "{point:?}");
        assert_eq!(interior_point(&PlanarShape { area: 0, polygons: vec![] }), None);
    }
}
