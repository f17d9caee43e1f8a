//! What the map fills, derived purely from the state: which areas, in which fill (outlines of
//! the selection and the hovered area go on the overlay, apart). The canvas renderer only
//! executes a scene.

use crate::atlas::Atlas;
use crate::mode::MapMode;
use crate::palette;
use crate::typology_view::TypologyResult;
use atlas_core::model::{AreaId, Level};
use atlas_core::typology::MunicipalityType;
use std::rc::Rc;

/// What the map draws and the ranking lists: the data at one view and threshold, the level and
/// the area whose parts are shown, what is coloured. The memo key of the scene and the ranking.
#[derive(Clone, PartialEq)]
pub struct MapInput {
    pub atlas: Rc<Atlas>,
    pub level: Level,
    pub within: Option<AreaId>,
    pub mode: MapMode,
    /// The earlier year the change mode compares with.
    pub change_since: u16,
    /// The classification, in the typology mode.
    pub typology: Option<Rc<TypologyResult>>,
}

impl MapInput {
    /// The diversity index of a level's areas inside `within`.
    pub fn diversity(atlas: Rc<Atlas>, level: Level, within: Option<AreaId>) -> MapInput {
        let change_since = atlas.view.year;
        MapInput { atlas, level, within, mode: MapMode::Diversity, change_since, typology: None }
    }
}

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

impl Scene {
    /// The publishers of the boundaries this scene draws besides CBS (e.g. "Gemeente
    /// Amsterdam" only where Amsterdam's own buurten are on the map), for its source line.
    pub fn other_publishers(&self, atlas: &Atlas) -> Vec<String> {
        let Some(layer) = atlas.layer(self.level) else { return Vec::new() };
        let mut used = vec![false; layer.shapes.sources.len()];
        for &(shape, _) in &self.fills {
            if let Some(&source) = layer.shapes.shape_source.get(shape) {
                used[usize::from(source)] = true;
            }
        }
        let mut publishers: Vec<String> = (layer.shapes.sources.iter().zip(used))
            .filter_map(|(source, used)| used.then_some(source))
            .filter_map(|source| atlas.meta.sources.iter().find(|m| m.title == source.title))
            .map(|m| m.publisher.clone())
            .filter(|p| p != "CBS" && !p.starts_with("CBS"))
            .collect();
        publishers.dedup();
        publishers
    }
}

/// The fill of an area from its measures.
pub fn fill_of(atlas: &Atlas, id: AreaId) -> Fill {
    match atlas.measure(id) {
        Ok(m) => Fill::Class(palette::class_of(m.diversity_index)),
        Err(_) => Fill::NoData,
    }
}

/// Builds the scene of a map, or `None` while its level has no shapes.
pub fn scene_of(input: &MapInput) -> Option<Scene> {
    let atlas = &input.atlas;
    let (level, within) = (input.level, input.within);
    let layer = atlas.layer(level)?;
    let values = match input.mode {
        MapMode::LensGap => Some((atlas.lens_gaps(), &palette::GAP_BREAKS[..], Fill::Gap as fn(usize) -> Fill)),
        MapMode::Change => {
            Some((atlas.changes_since(input.change_since), &palette::CHANGE_BREAKS[..], Fill::Change as _))
        }
        _ => None,
    };
    let fills = layer.shapes.lods[0]
        .shapes
        .iter()
        .enumerate()
        .filter(|(_, shape)| atlas.lies_in(shape.area, within))
        .map(|(i, shape)| match (&input.typology, &values) {
            (Some(typology), _) if input.mode == MapMode::Typology => {
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
    use atlas_core::fixtures::fictional_bundle;
    use atlas_core::measures::DisclosureThreshold;

    fn atlas_of(bundle: atlas_core::bundle::Bundle) -> Rc<Atlas> {
        Rc::new(Atlas::new(bundle, DisclosureThreshold::default()))
    }

    #[test]
    fn drilling_down_draws_only_the_scope_with_context() {
        let atlas = atlas_of(fictional_bundle());
        let country = scene_of(&MapInput::diversity(Rc::clone(&atlas), Level::Gemeente, None)).unwrap();
        assert_eq!(country.fills.len(), 2);
        assert!(!country.context);
        let gm = atlas.table().find_str("GM9999").unwrap();
        let scene = scene_of(&MapInput::diversity(Rc::clone(&atlas), Level::Wijk, Some(gm))).unwrap();
        assert_eq!(scene.level, Level::Wijk);
        assert_eq!(scene.fills.len(), 2);
        assert!(scene.context);
        assert_eq!(scene.scope, Some(gm));
        assert!(scene.fills.iter().all(|(_, fill)| matches!(fill, Fill::Class(_))));
        let strict = Rc::new(atlas.with_threshold(DisclosureThreshold::new(500)));
        let scene = scene_of(&MapInput::diversity(strict, Level::Wijk, Some(gm))).unwrap();
        assert_eq!(scene.fills.iter().filter(|(_, f)| *f == Fill::NoData).count(), 1, "Haven has 400 residents");
    }

    #[test]
    fn drawn_and_shapeless_areas_add_up_to_the_level() {
        let atlas = atlas_of(fictional_bundle());
        for level in [Level::Gemeente, Level::Wijk] {
            let scene = scene_of(&MapInput::diversity(Rc::clone(&atlas), level, None)).unwrap();
            let areas = atlas.areas_in(level, None).len();
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
        let atlas = atlas_of(bundle);
        let gm = atlas.table().find_str("GM9999").unwrap();
        let scene = scene_of(&MapInput::diversity(atlas, Level::Wijk, Some(gm))).unwrap();
        assert_eq!((scene.fills.len(), scene.without_shape), (1, 1), "one wijk drawn, one listed without shape");
    }

    #[test]
    fn a_source_line_names_only_the_publishers_whose_shapes_are_drawn() {
        // Haven's 2014 boundary is credited to a fictional city; Centrum's and the gemeenten's to CBS.
        let mut bundle = fictional_bundle();
        let wijken = bundle.layers.iter_mut().find(|l| l.level == Level::Wijk).unwrap();
        let haven = bundle.table.find_str("WK999902").unwrap();
        let shape = wijken.lods[0].shapes.iter().position(|s| s.area == haven).unwrap();
        let source = usize::from(wijken.shape_source[shape]);
        wijken.sources[source].title = "Stadsindeling Fictiestad".into();
        let credit = atlas_core::bundle::Source {
            title: "Stadsindeling Fictiestad".into(),
            publisher: "Gemeente Fictiestad".into(),
            year: 2014,
            licence: "-".into(),
        };
        bundle.meta.sources.push(credit);
        let atlas = atlas_of(bundle);
        let gm = atlas.table().find_str("GM9999").unwrap();
        let wijk_map = scene_of(&MapInput::diversity(Rc::clone(&atlas), Level::Wijk, Some(gm))).unwrap();
        assert_eq!(wijk_map.other_publishers(&atlas), vec!["Gemeente Fictiestad".to_string()]);
        let country = scene_of(&MapInput::diversity(Rc::clone(&atlas), Level::Gemeente, None)).unwrap();
        assert!(country.other_publishers(&atlas).is_empty(), "no city's boundaries on the gemeente map");
        assert_eq!(
            crate::text::view_source_line(&wijk_map.other_publishers(&atlas)),
            "Bron: CBS, Kadaster (CC BY 4.0); Bron: Gemeente Fictiestad"
        );
    }
}
