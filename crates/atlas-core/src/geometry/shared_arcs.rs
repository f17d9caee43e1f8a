//! Topology-preserving simplification: each shared arc simplified once, areas assembled from it.
//!
//! Neighbouring areas of a TopoJSON topology share the arcs of their common border. Simplifying
//! every arc once per tolerance (Ramer–Douglas–Peucker keeping the arc's end points, which are
//! the junctions with other arcs) and rounding it to the 1-metre grid, then assembling each
//! area's rings from those arcs, gives neighbours exactly the same border at every level of
//! detail: no slivers, no gaps.

use super::{project, Ring};
use crate::formats::ArcRef;
use geo::{Coord, LineString, Simplify};

/// A topology's arcs projected to metres (see [`project`]), ready to be simplified.
pub struct ProjectedArcs(Vec<LineString<f64>>);

impl ProjectedArcs {
    /// Projects lon/lat arcs.
    pub fn new(arcs: &[Vec<[f64; 2]>]) -> ProjectedArcs {
        ProjectedArcs(
            arcs.iter()
                .map(|arc| {
                    LineString(
                        arc.iter()
                            .map(|&[lon, lat]| {
                                let [x, y] = project(lon, lat);
                                Coord { x, y }
                            })
                            .collect(),
                    )
                })
                .collect(),
        )
    }

    /// Every arc simplified to `tolerance` metres (end points kept) and rounded to whole
    /// metres, with repeated points dropped.
    pub fn simplify(&self, tolerance: f64) -> SimplifiedArcs {
        SimplifiedArcs(
            self.0
                .iter()
                .map(|arc| {
                    let simplified = arc.simplify(tolerance);
                    let mut points: Vec<[i32; 2]> = Vec::with_capacity(simplified.0.len());
                    for c in &simplified.0 {
                        let p = [c.x.round() as i32, c.y.round() as i32];
                        if points.last() != Some(&p) {
                            points.push(p);
                        }
                    }
                    points
                })
                .collect(),
        )
    }
}

/// Arcs simplified to one tolerance, on the 1-metre grid.
pub struct SimplifiedArcs(pub Vec<Vec<[i32; 2]>>);

impl SimplifiedArcs {
    /// Assembles an area's polygons (each an outer ring then holes, each ring arc references).
    /// A ring left with fewer than 3 distinct points is dropped; a polygon whose outer ring is
    /// dropped goes with its holes. An empty result means the area collapsed at this tolerance.
    pub fn assemble(&self, polygons: &[Vec<Vec<ArcRef>>]) -> Vec<Vec<Ring>> {
        polygons
            .iter()
            .filter_map(|rings| {
                let (outer, holes) = rings.split_first()?;
                let mut out = vec![self.ring(outer)?];
                out.extend(holes.iter().filter_map(|hole| self.ring(hole)));
                Some(out)
            })
            .collect()
    }

    fn ring(&self, refs: &[ArcRef]) -> Option<Ring> {
        let mut points: Ring = Vec::new();
        for arc_ref in refs {
            let Some(arc) = self.0.get(arc_ref.index) else { continue };
            let mut push = |p: &[i32; 2]| {
                if points.last() != Some(p) {
                    points.push(*p);
                }
            };
            if arc_ref.reversed {
                arc.iter().rev().for_each(&mut push);
            } else {
                arc.iter().for_each(&mut push);
            }
        }
        if points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        let mut distinct = points.clone();
        distinct.sort_unstable();
        distinct.dedup();
        (distinct.len() >= 3).then_some(points)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fwd(index: usize) -> ArcRef {
        ArcRef { index, reversed: false }
    }
    fn rev(index: usize) -> ArcRef {
        ArcRef { index, reversed: true }
    }

    /// An area's polygons as arc references.
    type Polygons = Vec<Vec<Vec<ArcRef>>>;

    /// Two fictional areas near Utrecht sharing a wiggly border (arc 0, running north), each
    /// closed by its own outer arc.
    fn neighbours() -> (Vec<Vec<[f64; 2]>>, Polygons, Polygons) {
        let border: Vec<[f64; 2]> = (0..=40_i32)
            .map(|i| {
                let wiggle = if i % 40 == 0 { 0.0 } else { 0.0004 * f64::from(i * 7 % 11 - 5) / 5.0 };
                [5.1 + wiggle, 52.0 + 0.005 * f64::from(i)]
            })
            .collect();
        let west = vec![[5.1, 52.2], [5.0, 52.2], [5.0, 52.0], [5.1, 52.0]];
        let east = vec![[5.1, 52.0], [5.2, 52.0], [5.2, 52.2], [5.1, 52.2]];
        let west_area = vec![vec![vec![fwd(0), fwd(1)]]];
        let east_area = vec![vec![vec![fwd(2), rev(0)]]];
        (vec![border, west, east], west_area, east_area)
    }

    /// The undirected segments of a closed ring.
    fn segments(ring: &[[i32; 2]]) -> Vec<([i32; 2], [i32; 2])> {
        (0..ring.len()).map(|i| undirected(ring[i], ring[(i + 1) % ring.len()])).collect()
    }
    fn undirected(a: [i32; 2], b: [i32; 2]) -> ([i32; 2], [i32; 2]) {
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    }

    #[test]
    fn neighbours_share_their_border_exactly_at_every_tolerance() {
        let (arcs, west, east) = neighbours();
        let projected = ProjectedArcs::new(&arcs);
        for tolerance in [1.0, 10.0, 30.0, 60.0, 500.0] {
            let simplified = projected.simplify(tolerance);
            let (w, e) = (segments(&simplified.assemble(&west)[0][0]), segments(&simplified.assemble(&east)[0][0]));
            let border = &simplified.0[0];
            assert!(border.len() >= 2);
            for pair in border.windows(2) {
                let segment = undirected(pair[0], pair[1]);
                assert!(w.contains(&segment) && e.contains(&segment), "tolerance {tolerance}: {segment:?}");
            }
        }
        let fine = projected.simplify(1.0).0[0].len();
        let coarse = projected.simplify(60.0).0[0].len();
        assert!(coarse < fine, "a coarser tolerance keeps fewer points ({coarse} vs {fine})");
        assert_eq!(projected.simplify(500.0).0[0].len(), 2, "end points are kept");
    }

    #[test]
    fn a_ring_below_three_distinct_points_collapses_and_its_polygon_goes() {
        // A 0.5 m triangle: rounds to fewer than 3 distinct metre points.
        let speck = vec![[5.0, 52.0], [5.000005, 52.0], [5.0, 52.000004], [5.0, 52.0]];
        let (arcs, west, _) = neighbours();
        let mut all = arcs.clone();
        all.push(speck);
        let simplified = ProjectedArcs::new(&all).simplify(1.0);
        assert!(simplified.assemble(&[vec![vec![fwd(3)]]]).is_empty(), "collapsed outer ring: no polygon");
        let with_hole = vec![vec![west[0][0].clone(), vec![fwd(3)]]];
        let polygons = simplified.assemble(&with_hole);
        assert_eq!(polygons.len(), 1);
        assert_eq!(polygons[0].len(), 1, "the collapsed hole is dropped, the outer ring stays");
    }
}
