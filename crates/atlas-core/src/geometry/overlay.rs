//! Overlay by point sampling: which target shapes cover a source shape, and what share of it.
//!
//! A regular grid of points inside the source shape (even-odd, so self-intersecting or
//! degenerate rings do no harm) is looked up in the targets' spatial index; a target's share is
//! its part of the points that hit any target. Shares below a floor (generalisation slivers
//! along shared borders) are dropped and the rest renormalised to add up to 1.

use super::{walk_shape, BoundsSink, ContainsSink, PlanarShape, ShapeIndex};

/// One target covering part of a source shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Overlap {
    /// The target's position in the list of target shapes.
    pub target: usize,
    /// Its share of the source shape, 0..=1; the shares of one source add up to 1.
    pub fraction: f64,
}

/// How to sample.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sampling {
    /// About this many points inside the source shape.
    pub points: usize,
    /// Shares below this are dropped as slivers.
    pub min_fraction: f64,
}

impl Default for Sampling {
    fn default() -> Sampling {
        Sampling { points: 200, min_fraction: 0.05 }
    }
}

/// A regular grid of about `wanted` points inside `shape` (the grid is refined until at least
/// that many fall inside, or the spacing reaches 1 m). Empty for an empty shape.
pub fn grid_points_inside(shape: &PlanarShape, wanted: usize) -> Vec<[f64; 2]> {
    let mut sink = BoundsSink::default();
    walk_shape(shape, &mut sink);
    let Some(bounds) = sink.0 else { return Vec::new() };
    let box_area = (bounds.width() * (bounds.max[1] - bounds.min[1])).max(1.0);
    let mut step = (box_area / wanted.max(1) as f64).sqrt().max(1.0);
    loop {
        let mut points = Vec::new();
        let mut y = bounds.min[1] + step / 2.0;
        while y < bounds.max[1] {
            let mut x = bounds.min[0] + step / 2.0;
            while x < bounds.max[0] {
                let mut contains = ContainsSink::new([x, y]);
                walk_shape(shape, &mut contains);
                if contains.inside() {
                    points.push([x, y]);
                }
                x += step;
            }
            y += step;
        }
        if points.len() >= wanted || step <= 1.0 {
            return points;
        }
        step = (step / 1.5).max(1.0);
    }
}

/// The targets that cover `source`, largest share first.
pub fn overlay(source: &PlanarShape, targets: &[PlanarShape], index: &ShapeIndex, sampling: Sampling) -> Vec<Overlap> {
    let mut hits = vec![0usize; targets.len()];
    for point in grid_points_inside(source, sampling.points) {
        if let Some(target) = index.hit(targets, point) {
            hits[target] += 1;
        }
    }
    let total: usize = hits.iter().sum();
    if total == 0 {
        return Vec::new();
    }
    let kept: Vec<(usize, usize)> = hits
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0 && n as f64 / total as f64 >= sampling.min_fraction)
        .map(|(i, &n)| (i, n))
        .collect();
    let kept_total: usize = kept.iter().map(|(_, n)| n).sum();
    let mut overlaps: Vec<Overlap> =
        kept.into_iter().map(|(target, n)| Overlap { target, fraction: n as f64 / kept_total as f64 }).collect();
    overlaps.sort_by(|a, b| b.fraction.total_cmp(&a.fraction).then(a.target.cmp(&b.target)));
    overlaps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(area: u32, x0: i32, y0: i32, x1: i32, y1: i32) -> PlanarShape {
        PlanarShape { area, polygons: vec![vec![vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]]]] }
    }

    #[test]
    fn grid_points_lie_inside_and_number_about_what_was_asked() {
        // An L shape: 3 of the 4 quarters of a 100 × 100 box.
        let l_shape = PlanarShape {
            area: 0,
            polygons: vec![vec![vec![[0, 0], [100, 0], [100, 50], [50, 50], [50, 100], [0, 100]]]],
        };
        let points = grid_points_inside(&l_shape, 200);
        assert!(points.len() >= 200 && points.len() < 600, "{}", points.len());
        assert!(points.iter().all(|&[x, y]| (0.0..100.0).contains(&x) && (0.0..100.0).contains(&y)));
        assert!(points.iter().all(|&[x, y]| x < 50.0 || y < 50.0));
        assert!(grid_points_inside(&PlanarShape { area: 0, polygons: vec![] }, 10).is_empty());
    }

    #[test]
    fn a_split_shape_is_shared_by_area_and_slivers_are_dropped() {
        // Old shape 0..1000 × 0..1000; new shapes: 0..700 (70%), 700..1020 (30%, spilling
        // outside), and a sliver 980..1000 in y over the first (2%) that is dropped.
        let targets = vec![rect(10, 0, 0, 700, 980), rect(11, 700, 0, 1020, 1000), rect(12, 0, 980, 700, 1000)];
        let index = ShapeIndex::new(&targets);
        let overlaps = overlay(&rect(0, 0, 0, 1000, 1000), &targets, &index, Sampling::default());
        assert_eq!(overlaps.iter().map(|o| o.target).collect::<Vec<_>>(), [0, 1]);
        // Without the 1.4% sliver: 68.6 / 98.6 and 30 / 98.6, within the grid's resolution.
        assert!((overlaps[0].fraction - 0.686 / 0.986).abs() < 0.03, "{overlaps:?}");
        assert!((overlaps.iter().map(|o| o.fraction).sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn a_self_intersecting_source_still_samples() {
        // A bow tie: two triangles meeting in a point; even-odd sees both.
        let bow_tie = PlanarShape { area: 0, polygons: vec![vec![vec![[0, 0], [100, 100], [100, 0], [0, 100]]]] };
        let targets = vec![rect(1, 0, 0, 50, 100), rect(2, 50, 0, 100, 100)];
        let index = ShapeIndex::new(&targets);
        let overlaps = overlay(&bow_tie, &targets, &index, Sampling::default());
        assert_eq!(overlaps.len(), 2);
        assert!((overlaps[0].fraction - 0.5).abs() < 0.05, "{overlaps:?}");
        // A source outside every target has no overlap.
        assert!(overlay(&rect(0, 500, 500, 600, 600), &targets, &index, Sampling::default()).is_empty());
    }
}
