//! One sentence on the map when the areas the list shows have no shapes to draw.

use super::SceneHandle;
use crate::atlas::Atlas;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapNoteProps {
    pub atlas: Rc<Atlas>,
    pub scene: SceneHandle,
}

#[function_component(MapNote)]
pub fn map_note(props: &MapNoteProps) -> Html {
    let atlas = &props.atlas;
    let Some(scene) = props.scene.as_ref() else {
        return html! {};
    };
    if !scene.fills.is_empty() || scene.without_shape == 0 {
        return html! {};
    }
    let scope = scene.scope.or(atlas.country).map(|id| atlas.table().area(id).name.clone()).unwrap_or_default();
    html! {
        <p class="map-note" role="status">{ crate::text::no_shapes_on_map(scene.level, &scope, scene.without_shape) }</p>
    }
}
