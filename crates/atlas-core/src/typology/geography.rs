//! Geographic facts about gemeenten, computed from their boundaries: who borders whom, and how
//! far each lies from the land border with Germany or Belgium.

use crate::geometry::{distance_to_lines, shared_borders, walk_shape, BoundsSink, PlanarBorder, PlanarShape};
use crate::model::AreaId;
use std::collections::HashMap;

/// Grid cell (m) and shared cells for two gemeenten to count as neighbours: a common border of
/// roughly half a kilometre, robust to the 10 m simplification of the boundaries.
const NEIGHBOUR_CELL: f64 = 100.0;
const NEIGHBOUR_MIN_CELLS: usize = 5;
/// Distances to the land border are computed up to this far (the largest threshold offered).
const BORDER_SEARCH: f64 = 10_000.0;

/// Neighbours and border distances by gemeente.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Geography {
    pub neighbours: HashMap<AreaId, Vec<AreaId>>,
    /// The nearest land border within 10 km: country code and distance in metres.
    pub border: HashMap<AreaId, (String, f64)>,
}

impl Geography {
    /// Computes the facts from gemeente shapes and the land-border lines.
    pub fn from_shapes(shapes: &[PlanarShape], borders: &[PlanarBorder]) -> Geography {
        let neighbours = shared_borders(shapes, NEIGHBOUR_CELL, NEIGHBOUR_MIN_CELLS)
            .into_iter()
            .enumerate()
            .map(|(i, list)| (shapes[i].area, list.into_iter().map(|j| shapes[j].area).collect()))
            .collect();
        let mut border = HashMap::new();
        for shape in shapes {
            let mut sink = BoundsSink::default();
            walk_shape(shape, &mut sink);
            let Some(bounds) = sink.0 else { continue };
            for line in borders {
                if !near(&bounds, &line.lines) {
                    continue;
                }
                let distance = distance_to_lines(shape, &line.lines);
                let closer = border.get(&shape.area).is_none_or(|(_, d): &(String, f64)| distance < *d);
                if distance <= BORDER_SEARCH && closer {
                    border.insert(shape.area, (line.country.clone(), distance));
                }
            }
        }
        Geography { neighbours, border }
    }
}

/// Whether any point of the lines lies within the search distance of the bounds.
fn near(bounds: &crate::geometry::Bounds, lines: &[Vec<[i32; 2]>]) -> bool {
    lines.iter().flatten().any(|&[x, y]| {
        let (x, y) = (f64::from(x), f64::from(y));
        x >= bounds.min[0] - BORDER_SEARCH
            && x <= bounds.max[0] + BORDER_SEARCH
            && y >= bounds.min[1] - BORDER_SEARCH
            && y <= bounds.max[1] + BORDER_SEARCH
    })
}
