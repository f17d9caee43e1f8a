//! Choosing what the map colours: the diversity index or the municipality typology.

use super::StateProps;
use crate::state::{Action, MapMode};
use crate::text;
use yew::prelude::*;

#[function_component(ModeSwitch)]
pub fn mode_switch(props: &StateProps) -> Html {
    let button = |mode: MapMode, label: &str| {
        let state = props.state.clone();
        let pressed = props.state.mode == mode;
        html! {
            <button type="button" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| state.dispatch(Action::SetMode(mode)))}>{ label }</button>
        }
    };
    html! {
        <div class="mode-switch" role="group" aria-label={text::MODE_LABEL}>
            <span>{ text::MODE_LABEL }</span>
            { button(MapMode::Diversity, text::MODE_DIVERSITY) }
            { button(MapMode::Typology, text::MODE_TYPOLOGY) }
        </div>
    }
}
