//! Projected, simplified and quantised area outlines: what the bundle stores and the app draws.

use super::project;
use geo::{MultiPolygon, Simplify};
use serde::{Deserialize, Serialize};

/// A closed ring of points on the 1-metre grid (the first point is not repeated at the end).
pub type Ring = Vec<[i32; 2]>;

/// One area's outline in projected metres: polygons, each an outer ring then its holes.
/// Drawn and hit-tested with the even-odd rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanarShape {
    pub area: u32,
    #[serde(with = "super::delta_rings")]
    pub polygons: Vec<Vec<Ring>>,
}

/// A land border with one neighbouring country, as lines on the 1-metre grid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanarBorder {
    /// ISO 3166 alpha-2 code of the neighbour, e.g. `DE`.
    pub country: String,
    pub lines: Vec<Ring>,
}

/// Projects a lon/lat outline, simplifies it (Ramer-Douglas-Peucker, `tolerance` metres) and
/// rounds it to whole metres, dropping repeated points and rings that collapse below a
/// triangle. A polygon whose outer ring collapses is dropped with its holes.
pub fn quantize_outline(area: u32, outline: &MultiPolygon<f64>, tolerance: f64) -> PlanarShape {
    let projected = outline.map_coords(|c| {
        let [x, y] = project(c.x, c.y);
        geo::coord! { x: x, y: y }
    });
    let simplified = projected.simplify(tolerance);
    let polygons = simplified
        .0
        .iter()
        .filter_map(|polygon| {
            let outer = quantize_ring(polygon.exterior())?;
            let mut rings = vec![outer];
            rings.extend(polygon.interiors().iter().filter_map(quantize_ring));
            Some(rings)
        })
        .collect();
    PlanarShape { area, polygons }
}

fn quantize_ring(ring: &geo::LineString<f64>) -> Option<Ring> {
    let mut points: Ring = Vec::with_capacity(ring.0.len());
    for c in &ring.0 {
        let p = [c.x.round() as i32, c.y.round() as i32];
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    (points.len() >= 3).then_some(points)
}

use geo::MapCoords;

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{polygon, Area};

    #[test]
    fn keeps_shape_and_holes_on_the_metre_grid() {
        let square = polygon!(
            exterior: [(x: 5.0, y: 52.0), (x: 5.1, y: 52.0), (x: 5.1, y: 52.1), (x: 5.0, y: 52.1)],
            interiors: [[(x: 5.04, y: 52.04), (x: 5.06, y: 52.04), (x: 5.06, y: 52.06), (x: 5.04, y: 52.06)]],
        );
        let shape = quantize_outline(3, &MultiPolygon(vec![square.clone()]), 10.0);
        assert_eq!(shape.area, 3);
        assert_eq!(shape.polygons.len(), 1);
        assert_eq!(shape.polygons[0].len(), 2, "outer ring and hole");
        assert_eq!(shape.polygons[0][0].len(), 4);
        // Area in m² close to the projected original.
        let projected = MultiPolygon(vec![square]).map_coords(|c| {
            let [x, y] = project(c.x, c.y);
            geo::coord! { x: x, y: y }
        });
        let rebuilt: f64 = shape.polygons[0]
            .iter()
            .map(|ring| {
                let n = ring.len();
                (0..n)
                    .map(|i| {
                        let (a, b) = (ring[i], ring[(i + 1) % n]);
                        a[0] as f64 * b[1] as f64 - b[0] as f64 * a[1] as f64
                    })
                    .sum::<f64>()
                    .abs()
                    / 2.0
            })
            .fold(0.0, |acc, a| if acc == 0.0 { a } else { acc - a });
        assert!((rebuilt / projected.unsigned_area() - 1.0).abs() < 1e-3);
    }

    #[test]
    fn tiny_polygons_collapse_away() {
        let speck = polygon![(x: 5.0, y: 52.0), (x: 5.000001, y: 52.0), (x: 5.0, y: 52.000001)];
        let shape = quantize_outline(0, &MultiPolygon(vec![speck]), 1.0);
        assert!(shape.polygons.is_empty());
    }
}
