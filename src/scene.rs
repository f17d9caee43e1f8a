//! What the map fills, derived purely from the state: which areas, in which fill (outlines of
//! the selection and the hovered area go on the overlay, apart). The canvas renderer only
//! executes a scene.

use crate::atlas::Atlas;
use crate::palette;
use crate::state::MapMode;
use crate::state::State;
use atlas_core::model::{AreaId, Level};
use atlas_core::typology::MunicipalityType;

/// How one area is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// An index class of [`palette::CLASS_COLOURS`].
    Class(usize),
    /// No (or not enough) data.
    NoData,
    /// A municipality type (typology mode).
    Type(MunicipalityType),
    /// A class of [`palette::GAP_COLOURS`] (lens gap mode).
    Gap(usize),
    /// A class of [`palette::CHANGE_COLOURS`] (change mode).
    Change(usize),
}

/// One frame's content, independent of the camera.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scene {
    /// The level whose areas are coloured.
    pub level: Level,
    /// Shape positions in that level's layer with their fill.
    pub fills: Vec<(usize, Fill)>,
    /// Draw all gemeenten in a neutral colour underneath (when the level is finer).
    pub context: bool,
    /// The area whose parts are drawn (outlined on the overlay).
    pub scope: Option<AreaId>,
    /// Areas of the level in scope that have no shape to draw (counted in the legend).
    pub without_shape: usize,
}

/// The fill of an area from its measures.
pub fn fill_of(atlas: &Atlas, id: AreaId) -> Fill {
    match atlas.measure(id) {
        Ok(m) => Fill::Class(palette::class_of(m.diversity_index)),
        Err(_) => Fill::NoData,
    }
}

/// Builds the scene of a state, or `None` while no data is loaded.
pub fn scene_of(state: &State) -> Option<Scene> {
    let atlas = state.atlas()?;
    let (level, within) = state.map_scope();
    let layer = atlas.layer(level)?;
    let values = match state.mode {
        MapMode::LensGap => Some((atlas.lens_gaps(), &palette::GAP_BREAKS[..], Fill::Gap as fn(usize) -> Fill)),
        MapMode::Change => {
            Some((atlas.changes_since(state.change_since), &palette::CHANGE_BREAKS[..], Fill::Change as _))
        }
        _ => None,
    };
    let fills = layer.shapes.lods[0]
        .shapes
        .iter()
        .enumerate()
        .filter(|(_, shape)| atlas.lies_in(shape.area, within))
        .map(|(i, shape)| match (&state.typology, &values) {
            (Some(typology), _) if state.mode == MapMode::Typology => {
                (i, typology.of(shape.area).map_or(Fill::NoData, |c| Fill::Type(c.kind)))
            }
            (_, Some((values, breaks, fill))) => {
                (i, values[shape.area as usize].map_or(Fill::NoData, |v| fill(palette::class_on(breaks, v))))
            }
            _ => (i, fill_of(atlas, shape.area)),
        })
        .collect();
    let without_shape = atlas.areas_in(level, within).into_iter().filter(|&id| !atlas.has_shape(id)).count();
    Some(Scene { level, fills, context: level != Level::Gemeente, scope: within, without_shape })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;
    use atlas_core::fixtures::fictional_bundle;
    use atlas_core::measures::DisclosureThreshold;

    #[test]
    fn drilling_down_draws_only_the_scope_with_context() {
        let state = State::default()
            .apply_for_test(Action::Resize([800.0, 600.0]))
            .apply_for_test(Action::Loaded(Atlas::new(fictional_bundle(), DisclosureThreshold::default())));
        let country = scene_of(&state).unwrap();
        assert_eq!(country.fills.len(), 2);
        assert!(!country.context);
        let gm = state.atlas().unwrap().table().find_str("GM9999").unwrap();
        let state = state.apply_for_test(Action::Open(gm));
        let scene = scene_of(&state).unwrap();
        assert_eq!(scene.level, Level::Wijk);
        assert_eq!(scene.fills.len(), 2);
        assert!(scene.context);
        assert_eq!(scene.scope, Some(gm));
        assert!(scene.fills.iter().all(|(_, fill)| matches!(fill, Fill::Class(_))));
        let state = state.apply_for_test(Action::SetThreshold(500));
        let scene = scene_of(&state).unwrap();
        assert_eq!(scene.fills.iter().filter(|(_, f)| *f == Fill::NoData).count(), 1, "Haven has 400 residents");
    }

    #[test]
    fn drawn_and_shapeless_areas_add_up_to_the_level() {
        let loaded = |bundle| {
            State::default()
                .apply_for_test(Action::Resize([800.0, 600.0]))
                .apply_for_test(Action::Loaded(Atlas::new(bundle, DisclosureThreshold::default())))
        };
        let state = loaded(fictional_bundle());
        for level in [Level::Gemeente, Level::Wijk] {
            let state = state.clone().apply_for_test(Action::SetLevel(level));
            let scene = scene_of(&state).unwrap();
            let areas = state.atlas().unwrap().areas_in(level, None).len();
            assert_eq!(scene.fills.len() + scene.without_shape, areas, "{level:?}");
        }
        // Take Haven's shape away: Fictiestad's wijk list has one wijk drawn, one without shape.
        let mut bundle = fictional_bundle();
        let haven = bundle.table.find_str("WK999902").unwrap();
        let keep = bundle.layers[1].lods[0].shapes.iter().position(|s| s.area != haven).unwrap();
        for lod in &mut bundle.layers[1].lods {
            let shape = lod.shapes[keep].clone();
            lod.shapes = vec![shape];
        }
        bundle.layers[1].shape_source = vec![bundle.layers[1].shape_source[keep]];
        let state = loaded(bundle);
        let gm = state.atlas().unwrap().table().find_str("GM9999").unwrap();
        let scene = scene_of(&state.apply_for_test(Action::Open(gm))).unwrap();
        assert_eq!((scene.fills.len(), scene.without_shape), (1, 1), "one wijk drawn, one listed without shape");
    }
}
