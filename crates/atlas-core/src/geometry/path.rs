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

/// Writes SVG path data (`M x y L x y … Z`), which a canvas `Path2D` takes in one call.
#[derive(Default)]
pub struct SvgPathSink(pub String);

impl PathSink for SvgPathSink {
    fn move_to(&mut self, [x, y]: [f64; 2]) {
        use std::fmt::Write;
        let _ = write!(self.0, "M{x} {y}");
    }
    fn line_to(&mut self, [x, y]: [f64; 2]) {
        use std::fmt::Write;
        let _ = write!(self.0, "L{x} {y}");
    }
    fn close_ring(&mut self) {
        self.0.push('Z');
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
        assert_eq!(sink.0, "M0 0L10 -5L3 7Z");
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
