//! Which shapes share a border: their outlines pass through the same cells of a grid.
//!
//! Every ring is walked at half-cell steps and each cell it passes is marked with the shape.
//! Two shapes are neighbours when they share at least `min_shared_cells` cells, which ignores
//! shapes that only touch at a corner or come close across a narrow gap. Shapes simplified
//! independently keep their common border within the simplification tolerance, so a cell a
//! few times that tolerance finds it.

use super::PlanarShape;
use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// For each shape (by position), the positions of the shapes it shares a border with.
/// Takes shapes or references to them.
pub fn shared_borders<S: Borrow<PlanarShape>>(shapes: &[S], cell: f64, min_shared_cells: usize) -> Vec<Vec<usize>> {
    let mut owners: HashMap<(i64, i64), BTreeSet<usize>> = HashMap::new();
    for (index, shape) in shapes.iter().enumerate() {
        for ring in shape.borrow().polygons.iter().flatten() {
            for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
                for cell_of_point in cells_along(*a, *b, cell) {
                    owners.entry(cell_of_point).or_default().insert(index);
                }
            }
        }
    }
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for members in owners.values().filter(|m| m.len() > 1) {
        let members: Vec<usize> = members.iter().copied().collect();
        for (i, &a) in members.iter().enumerate() {
            for &b in &members[i + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut neighbours = vec![Vec::new(); shapes.len()];
    for ((a, b), count) in shared {
        if count >= min_shared_cells {
            neighbours[a].push(b);
            neighbours[b].push(a);
        }
    }
    neighbours
}

/// The grid cells a segment passes, sampled every half cell.
fn cells_along(a: [i32; 2], b: [i32; 2], cell: f64) -> impl Iterator<Item = (i64, i64)> {
    let (ax, ay, bx, by) = (f64::from(a[0]), f64::from(a[1]), f64::from(b[0]), f64::from(b[1]));
    let steps = (((bx - ax).hypot(by - ay) / (cell / 2.0)).ceil() as usize).max(1);
    (0..=steps).map(move |i| {
        let t = i as f64 / steps as f64;
        (((ax + t * (bx - ax)) / cell).floor() as i64, ((ay + t * (by - ay)) / cell).floor() as i64)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: i32, y: i32, size: i32) -> PlanarShape {
        PlanarShape { area: 0, polygons: vec![vec![vec![[x, y], [x + size, y], [x + size, y + size], [x, y + size]]]] }
    }

    #[test]
    fn squares_sharing_an_edge_are_neighbours_corners_are_not() {
        // A 2 x 2 grid of 1 km squares, and one far away.
        let shapes = vec![
            square(0, 0, 1000),
            square(1000, 0, 1000),
            square(0, 1000, 1000),
            square(1000, 1000, 1000),
            square(5000, 0, 1000),
        ];
        let neighbours = shared_borders(&shapes, 100.0, 3);
        assert_eq!(neighbours[0], vec![1, 2], "not 3: that one only touches at a corner");
        assert_eq!(neighbours[3], vec![1, 2]);
        assert!(neighbours[4].is_empty());
    }

    #[test]
    fn a_border_simplified_differently_on_each_side_still_joins() {
        let left = PlanarShape {
            area: 0,
            polygons: vec![vec![vec![[0, 0], [1000, 0], [1008, 500], [1000, 1000], [0, 1000]]]],
        };
        let right =
            PlanarShape { area: 1, polygons: vec![vec![vec![[995, 0], [2000, 0], [2000, 1000], [1003, 1000]]]] };
        assert_eq!(shared_borders(&[left, right], 100.0, 3)[0], vec![1]);
    }
}
