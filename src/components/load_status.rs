//! Loading progress, and the message when the data cannot be loaded.

use crate::state::Data;
use crate::text;
use atlas_core::bundle::PartKind;
use atlas_core::model::Level;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadStatusProps {
    pub data: Data,
    /// The level the map draws (its shapes may still be on their way).
    pub level: Level,
    /// An area or level was chosen before the rows of its areas came.
    pub waiting_for_rows: bool,
}

#[function_component(LoadStatus)]
pub fn load_status(props: &LoadStatusProps) -> Html {
    match &props.data {
        // As the static shell in index.html shows it until the app mounts.
        Data::Loading => html! {
            <div class="load-status" role="status">
                <p class="intro">{ text::INTRO() }</p>
                <p>{ text::LOADING() }</p>
            </div>
        },
        Data::Failed(error) => html! {
            <div class="load-error" role="alert">
                <p><strong>{ text::LOAD_FAILED() }</strong></p>
                <p>{ error.message() }</p>
                <p class="hint">{ text::LOAD_FAILED_HINT() }</p>
            </div>
        },
        // The level drawn has no shapes yet, or an area or level was chosen before its rows came.
        Data::Ready(atlas) if atlas.is_pending(PartKind::Layer(props.level)) || props.waiting_for_rows => {
            html! {
                <div class="load-status" role="status"><p>{ text::PART_LOADING() }</p></div>
            }
        }
        Data::Ready(_) => html! {},
    }
}
