//! One walker over a shape's rings feeding any sink: the canvas path, bounds, hit-testing.

use super::{Bounds, PlanarShape};

/// Receives a shape's rings as a pen would draw them.
pub trait PathSink {
    fn move_to(&mut self, point: [f64; 2]);
    fn line_to(&mut self, point: [f64; 2]);
    fn close_ring(&mut self);
}

/// Walks every ring of a shape into a sink.
pub fn walk_shape(shape: &PlanarShape, sink: &mut impl PathSink) {
    for ring in shape.polygons.iter().flatten() {
        let mut points = ring.iter().map(|&[x, y]| [f64::from(x), f64::from(y)]);
        if let Some(first) = points.next() {
            sink.move_to(first);
            points.for_each(|p| sink.line_to(p));
            sink.close_ring();
        }
    }
}

/// Collects the bounds of what it is fed.
#[derive(Default)]
pub struct BoundsSink(pub Option<Bounds>);

impl PathSink for BoundsSink {
    fn move_to(&mut self, point: [f64; 2]) {
        self.line_to(point);
    }
    fn line_to(&mut self, point: [f64; 2]) {
        self.0.get_or_insert(Bounds::EMPTY).add(point);
    }
    fn close_ring(&mut self) {}
}

/// Writes SVG path data, which a canvas `Path2D` takes in one call: each ring starts with an
/// absolute `M x y`, then whole-metre steps as short relative `l dx dy` (integers format and
/// parse far faster than floats); a fractional point falls back to an absolute `L x y`.
#[derive(Default)]
pub struct SvgPathSink {
    data: String,
    last: [f64; 2],
}

impl SvgPathSink {
    /// The path data written so far.
    pub fn data(&self) -> &str {
        &self.data
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}

/// A coordinate that is a whole number small enough to write as an integer.
fn whole(v: f64) -> Option<i64> {
    (v.fract() == 0.0 && v.abs() < 1e15).then_some(v as i64)
}

impl PathSink for SvgPathSink {
    fn move_to(&mut self, [x, y]: [f64; 2]) {
        use std::fmt::Write;
        let _ = match (whole(x), whole(y)) {
            (Some(x), Some(y)) => write!(self.data, "M{x} {y}"),
            _ => write!(self.data, "M{x} {y}"),
        };
        self.last = [x, y];
    }
    fn line_to(&mut self, [x, y]: [f64; 2]) {
        use std::fmt::Write;
        let step = (whole(x), whole(y), whole(self.last[0]), whole(self.last[1]));
        let _ = match step {
            (Some(x), Some(y), Some(x0), Some(y0)) => write!(self.data, "l{} {}", x - x0, y - y0),
            _ => write!(self.data, "L{x} {y}"),
        };
        self.last = [x, y];
    }
    fn close_ring(&mut self) {
        self.data.push('Z');
    }
}

/// Tests whether a point lies inside what it is fed, by the even-odd rule the canvas fills
/// with: a ray to the east crosses the rings an odd number of times.
pub struct ContainsSink {
    point: [f64; 2],
    start: [f64; 2],
    last: [f64; 2],
    inside: bool,
}

impl ContainsSink {
    pub fn new(point: [f64; 2]) -> ContainsSink {
        ContainsSink { point, start: point, last: point, inside: false }
    }

    pub fn inside(&self) -> bool {
        self.inside
    }

    fn edge(&mut self, a: [f64; 2], b: [f64; 2]) {
        let [px, py] = self.point;
        if (a[1] > py) != (b[1] > py) {
            let x = a[0] + (py - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
            if px < x {
                self.inside = !self.inside;
            }
        }
    }
}

impl PathSink for ContainsSink {
    fn move_to(&mut self, point: [f64; 2]) {
        self.start = point;
        self.last = point;
    }
    fn line_to(&mut self, point: [f64; 2]) {
        self.edge(self.last, point);
        self.last = point;
    }
    fn close_ring(&mut self) {
        self.edge(self.last, self.start);
        self.last = self.start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square_with_hole() -> PlanarShape {
        PlanarShape {
            area: 0,
            polygons: vec![vec![vec![[0, 0], [10, 0], [10, 10], [0, 10]], vec![[4, 4], [6, 4], [6, 6], [4, 6]]]],
        }
    }

    #[test]
    fn bounds_of_a_shape() {
        let mut sink = BoundsSink::default();
        walk_shape(&square_with_hole(), &mut sink);
        let b = sink.0.unwrap();
        assert_eq!((b.min, b.max), ([0.0, 0.0], [10.0, 10.0]));
    }

    #[test]
    fn svg_path_data() {
        let mut sink = SvgPathSink::default();
        walk_shape(&PlanarShape { area: 0, polygons: vec![vec![vec![[0, 0], [10, -5], [3, 7]]]] }, &mut sink);
        assert_eq!(sink.data(), "M0 0l10 -5l-7 12Z");
    }

    /// Reads path data back into absolute rings (M, l, L and Z only).
    fn absolute_rings(data: &str) -> Vec<Vec<[f64; 2]>> {
        let mut rings: Vec<Vec<[f64; 2]>> = Vec::new();
        let mut rest = data;
        while let Some(command) = rest.chars().next() {
            rest = &rest[1..];
            if command == 'Z' {
                continue;
            }
            let end = rest.find(['M', 'l', 'L', 'Z']).unwrap_or(rest.len());
            let numbers: Vec<f64> = rest[..end].split(' ').map(|n| n.parse().unwrap()).collect();
            rest = &rest[end..];
            let point = [numbers[0], numbers[1]];
            match command {
                'M' => rings.push(vec![point]),
                'L' => rings.last_mut().unwrap().push(point),
                _ => {
                    let ring = rings.last_mut().unwrap();
                    let last = *ring.last().unwrap();
                    ring.push([last[0] + point[0], last[1] + point[1]]);
                }
            }
        }
        rings
    }

    #[test]
    fn path_data_reads_back_as_the_rings() {
        let shape = square_with_hole();
        let mut sink = SvgPathSink::default();
        walk_shape(&shape, &mut sink);
        let expected: Vec<Vec<[f64; 2]>> = shape.polygons[0]
            .iter()
            .map(|ring| ring.iter().map(|&[x, y]| [f64::from(x), f64::from(y)]).collect())
            .collect();
        assert_eq!(absolute_rings(sink.data()), expected);
        // A fractional point is written absolutely, and the steps after it stay right.
        let mut sink = SvgPathSink::default();
        sink.move_to([1.0, 2.0]);
        sink.line_to([3.5, 2.0]);
        sink.line_to([4.0, 6.0]);
        sink.line_to([7.0, 9.0]);
        sink.close_ring();
        assert_eq!(absolute_rings(sink.data()), vec![vec![[1.0, 2.0], [3.5, 2.0], [4.0, 6.0], [7.0, 9.0]]]);
    }

    #[test]
    fn points_in_the_hole_are_outside() {
        let inside = |p| {
            let mut sink = ContainsSink::new(p);
            walk_shape(&square_with_hole(), &mut sink);
            sink.inside()
        };
        assert!(inside([2.0, 2.0]));
        assert!(!inside([5.0, 5.0]));
        assert!(!inside([12.0, 5.0]));
        assert!(inside([8.0, 9.5]));
    }
}
