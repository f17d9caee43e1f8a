//! The distance from a shape to a set of lines (how far a gemeente lies from a land border).

use super::PlanarShape;
use geo::{Distance, Euclidean, LineString, MultiLineString, MultiPolygon, Polygon};

/// Converts a planar shape to a `geo` multipolygon in metres.
pub fn to_multipolygon(shape: &PlanarShape) -> MultiPolygon<f64> {
    let ring = |points: &Vec<[i32; 2]>| {
        LineString::from(points.iter().map(|&[x, y]| (f64::from(x), f64::from(y))).collect::<Vec<_>>())
    };
    MultiPolygon(
        shape
            .polygons
            .iter()
            .filter(|rings| !rings.is_empty())
            .map(|rings| Polygon::new(ring(&rings[0]), rings[1..].iter().map(ring).collect()))
            .collect(),
    )
}

/// The shortest distance in metres between a shape (its area, not only its outline) and lines;
/// 0 where a line touches or crosses the shape.
pub fn distance_to_lines(shape: &PlanarShape, lines: &[Vec<[i32; 2]>]) -> f64 {
    let lines = MultiLineString(
        lines
            .iter()
            .map(|l| LineString::from(l.iter().map(|&[x, y]| (f64::from(x), f64::from(y))).collect::<Vec<_>>()))
            .collect(),
    );
    Euclidean.distance(&geo::Geometry::MultiPolygon(to_multipolygon(shape)), &geo::Geometry::MultiLineString(lines))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_from_a_square_to_lines() {
        let square = PlanarShape { area: 0, polygons: vec![vec![vec![[0, 0], [100, 0], [100, 100], [0, 100]]]] };
        assert_eq!(distance_to_lines(&square, &[vec![[400, -50], [400, 50]]]), 300.0);
        assert_eq!(distance_to_lines(&square, &[vec![[50, -50], [50, 500]]]), 0.0);
    }
}
