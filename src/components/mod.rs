//! The Yew components, one per file. Each takes narrow props (the slices and derived values it
//! shows, and a `Callback<Action>`); only the root, `app`, holds the reducer's handle.

use crate::scene::{scene_of, MapInput, Scene};
use crate::state::MapMode;
use crate::state::State;
use crate::typology_view::TypologyResult;
use std::rc::Rc;
use yew::prelude::*;

/// The memoised scene (`None` while no data is loaded), shared by the map and the legend;
/// equal when it is the same scene (`Scene` is `Eq`, so `Rc` compares pointers first).
pub type SceneHandle = Rc<Option<Rc<Scene>>>;

/// The classification at the state's thresholds while the typology is shown, computed again
/// only when the atlas, the thresholds or the mode change (not kept in the state).
#[hook]
pub fn use_typology(state: &State) -> Option<Rc<TypologyResult>> {
    let shown = state.map.mode == MapMode::Typology;
    let deps = (state.atlas().cloned().filter(|_| shown), state.map.thresholds.clone());
    let result = use_memo(deps, |(atlas, thresholds)| {
        atlas.as_ref().map(|atlas| Rc::new(TypologyResult::compute(atlas, thresholds)))
    });
    (*result).clone()
}

/// The scene of what the map draws, computed again only when its input changes (not on a
/// hover or a selection, which only the overlay shows).
#[hook]
pub fn use_scene(input: Option<MapInput>) -> SceneHandle {
    use_memo(input, |input| input.as_ref().and_then(scene_of).map(Rc::new))
}

pub mod app;
pub mod attribution;
pub mod breadcrumb;
pub mod compare_view;
pub mod composition_bar;
pub mod composition_table;
pub mod data_controls;
pub mod embed_dialog;
pub mod focus;
pub mod guess_game;
pub mod legend;
pub mod level_switch;
pub mod load_status;
pub mod map_export;
pub mod map_note;
pub mod map_view;
pub mod mode_switch;
pub mod own_table_control;
pub mod own_table_dialog;
pub mod presentation_control;
pub mod ranking_table;
pub mod search_box;
pub mod select_value;
pub mod sheet_handle;
pub mod side_panel;
pub mod story_panel;
pub mod term;
pub mod threshold_control;
pub mod two_residents;
pub mod type_lists;
pub mod typology_legend;
pub mod typology_panel;
pub mod worksheet;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod ssr_tests;
