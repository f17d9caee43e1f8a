//! The Yew components, one per file. Each renders a slice of the state and dispatches actions.

use crate::state::State;
use yew::prelude::*;

/// The props of every component that reads the app state: the reducer's handle.
#[derive(Properties, PartialEq)]
pub struct StateProps {
    pub state: UseReducerHandle<State>,
}

/// The scene of the state, computed again only when what it depends on changes (not on a
/// hover, which every component sees).
#[hook]
pub fn use_scene(state: &UseReducerHandle<State>) -> std::rc::Rc<Option<std::rc::Rc<crate::scene::Scene>>> {
    let deps = (
        state.atlas().cloned(),
        state.level,
        state.within,
        state.selected,
        state.mode,
        state.typology.clone(),
        state.change_since,
    );
    let state = state.clone();
    use_memo(deps, move |_| crate::scene::scene_of(&state).map(std::rc::Rc::new))
}

pub mod app;
pub mod attribution;
pub mod breadcrumb;
pub mod composition_bar;
pub mod composition_table;
pub mod data_controls;
pub mod legend;
pub mod level_switch;
pub mod load_status;
pub mod map_note;
pub mod map_view;
pub mod mode_switch;
pub mod ranking_table;
pub mod search_box;
pub mod side_panel;
pub mod term;
pub mod threshold_control;
pub mod type_lists;
pub mod typology_legend;
pub mod typology_panel;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod ssr_tests;
