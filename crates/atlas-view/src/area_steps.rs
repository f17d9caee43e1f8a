//! The areas the arrow keys move between on the map drawn: a point inside each, and which of
//! them share a border (the core's adjacency on the shapes of the scene).

use crate::atlas::Atlas;
use crate::scene::Scene;
use atlas_core::geometry::{directional_step, interior_point, shared_borders, Direction};
use atlas_core::model::AreaId;

/// Two areas border each other when their outlines share this many grid cells of a few times
/// the drawn shapes' simplification (at least 20 m): a common stretch of border, not a corner.
const MIN_SHARED_CELLS: usize = 2;
const CELL_PER_TOLERANCE: f64 = 4.0;
const SMALLEST_CELL: f64 = 20.0;

/// The areas of one scene, in the scene's order.
#[derive(Debug, Default)]
pub struct AreaSteps {
    ids: Vec<AreaId>,
    points: Vec<[f64; 2]>,
    neighbours: Vec<Vec<usize>>,
}

impl AreaSteps {
    /// The drawn areas of a scene, from their finest shapes.
    pub fn of(atlas: &Atlas, scene: &Scene) -> AreaSteps {
        let Some(lod) = atlas.layer(scene.level).and_then(|l| l.shapes.lods.last()) else {
            return AreaSteps::default();
        };
        let shapes: Vec<_> = scene
            .fills
            .iter()
            .filter_map(|&(position, _)| lod.shapes.get(position))
            .filter_map(|shape| interior_point(shape).map(|point| (shape, point)))
            .collect();
        let cell = (f64::from(lod.tolerance) * CELL_PER_TOLERANCE).max(SMALLEST_CELL);
        let planar: Vec<_> = shapes.iter().map(|(shape, _)| *shape).collect();
        AreaSteps {
            ids: shapes.iter().map(|(shape, _)| shape.area).collect(),
            points: shapes.iter().map(|(_, point)| *point).collect(),
            neighbours: shared_borders(&planar, cell, MIN_SHARED_CELLS),
        }
    }

    /// A point inside an area of the scene (where its tooltip points).
    pub fn point(&self, id: AreaId) -> Option<[f64; 2]> {
        self.position(id).map(|i| self.points[i])
    }

    /// The area whose inside point lies nearest a projected point: where the keys start.
    pub fn nearest(&self, [x, y]: [f64; 2]) -> Option<AreaId> {
        let distance = |p: &[f64; 2]| (p[0] - x).hypot(p[1] - y);
        let nearest = self.points.iter().enumerate().min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)));
        nearest.map(|(i, _)| self.ids[i])
    }

    /// The area an arrow key moves to from `from`, if any lies that way.
    pub fn step(&self, from: AreaId, direction: Direction) -> Option<AreaId> {
        let from = self.position(from)?;
        directional_step(from, direction, &self.points, &self.neighbours).map(|i| self.ids[i])
    }

    /// Whether the scene draws this area.
    pub fn contains(&self, id: AreaId) -> bool {
        self.position(id).is_some()
    }

    fn position(&self, id: AreaId) -> Option<usize> {
        self.ids.iter().position(|&a| a == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::MapInput;
    use atlas_core::fixtures::fictional_bundle;
    use atlas_core::measures::DisclosureThreshold;
    use atlas_core::model::Level;
    use std::rc::Rc;

    fn atlas() -> Rc<Atlas> {
        Rc::new(Atlas::new(fictional_bundle(), DisclosureThreshold::default()))
    }

    fn steps_of(atlas: &Rc<Atlas>, level: Level, within: Option<AreaId>) -> AreaSteps {
        AreaSteps::of(atlas, &crate::scene::scene_of(&MapInput::diversity(Rc::clone(atlas), level, within)).unwrap())
    }

    #[test]
    fn arrows_move_between_the_bordering_gemeenten() {
        // Fictiestad (5.0–5.2° E) lies west of Nepdorp (5.2–5.4° E); they share a border.
        let atlas = atlas();
        let table = atlas.table();
        let (west, east) = (table.find_str("GM9999").unwrap(), table.find_str("GM9998").unwrap());
        let steps = steps_of(&atlas, Level::Gemeente, None);
        assert_eq!(steps.step(west, Direction::Right), Some(east));
        assert_eq!(steps.step(east, Direction::Left), Some(west));
        assert_eq!(steps.step(west, Direction::Left), None);
        assert_eq!(steps.step(west, Direction::Up), None);
        let west_point = steps.point(west).unwrap();
        assert_eq!(steps.nearest(west_point), Some(west));
        assert!(steps.point(east).unwrap()[0] > west_point[0]);
    }

    #[test]
    fn only_the_areas_drawn_are_stepped_to() {
        let atlas = atlas();
        let table = atlas.table();
        let (fictiestad, nepdorp) = (table.find_str("GM9999").unwrap(), table.find_str("GM9998").unwrap());
        let steps = steps_of(&atlas, Level::Wijk, Some(fictiestad));
        assert!(!steps.contains(fictiestad) && !steps.contains(nepdorp), "the wijken are drawn");
        let wijken: Vec<AreaId> = atlas.areas_in(Level::Wijk, Some(fictiestad));
        assert_eq!(wijken.len(), 2);
        assert!(wijken.iter().all(|&w| steps.contains(w)));
        let moves: Vec<_> = [Direction::Left, Direction::Right, Direction::Up, Direction::Down]
            .into_iter()
            .filter_map(|d| steps.step(wijken[0], d))
            .collect();
        assert_eq!(moves, vec![wijken[1]], "the one other wijk, in exactly one direction");
    }
}
