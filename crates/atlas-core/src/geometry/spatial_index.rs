//! Hit-testing: an R-tree over shape bounds, then an exact even-odd test on the candidates.

use super::{walk_shape, Bounds, BoundsSink, ContainsSink, PlanarShape};
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::RTree;

type Entry = GeomWithData<Rectangle<[f64; 2]>, usize>;

/// Finds which of a list of shapes contains a point.
pub struct ShapeIndex {
    tree: RTree<Entry>,
    bounds: Vec<Bounds>,
}

impl ShapeIndex {
    /// Indexes shapes by their position in `shapes`.
    pub fn new(shapes: &[PlanarShape]) -> ShapeIndex {
        let bounds: Vec<Bounds> = shapes
            .iter()
            .map(|shape| {
                let mut sink = BoundsSink::default();
                walk_shape(shape, &mut sink);
                sink.0.unwrap_or(Bounds::EMPTY)
            })
            .collect();
        let entries = bounds
            .iter()
            .enumerate()
            .filter(|(_, b)| !b.is_empty())
            .map(|(i, b)| GeomWithData::new(Rectangle::from_corners(b.min, b.max), i))
            .collect();
        ShapeIndex { tree: RTree::bulk_load(entries), bounds }
    }

    /// The bounds of the shape at `index`.
    pub fn bounds(&self, index: usize) -> Bounds {
        self.bounds[index]
    }

    /// The bounds of all shapes.
    pub fn total_bounds(&self) -> Bounds {
        self.bounds.iter().fold(Bounds::EMPTY, |acc, b| acc.union(b))
    }

    /// The position of the shape that contains `point`, if any (the first, should shapes overlap).
    pub fn hit(&self, shapes: &[PlanarShape], point: [f64; 2]) -> Option<usize> {
        self.tree
            .locate_all_at_point(&point)
            .map(|entry| entry.data)
            .filter(|&i| {
                let mut sink = ContainsSink::new(point);
                walk_shape(&shapes[i], &mut sink);
                sink.inside()
            })
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_shape_under_a_point_not_just_its_box() {
        // An L-shaped area whose box covers the small square beside it.
        let l_shape =
            PlanarShape { area: 7, polygons: vec![vec![vec![[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10]]]] };
        let square = PlanarShape { area: 8, polygons: vec![vec![vec![[5, 5], [8, 5], [8, 8], [5, 8]]]] };
        let shapes = vec![l_shape, square];
        let index = ShapeIndex::new(&shapes);
        assert_eq!(index.hit(&shapes, [1.0, 5.0]), Some(0));
        assert_eq!(index.hit(&shapes, [6.0, 6.0]), Some(1));
        assert_eq!(index.hit(&shapes, [4.0, 4.0]), None);
        assert_eq!(index.total_bounds().max, [10.0, 10.0]);
    }
}
