//! The disclosure threshold: visible, adjustable upwards, never below the safe minimum.
//! It takes only its value and the dispatcher, so it re-renders only when the threshold
//! changes (not while data arrives, which would reset a number being typed).

use crate::state::Action;
use crate::text;
use atlas_core::measures::{MAX_THRESHOLD, MIN_THRESHOLD};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ThresholdControlProps {
    /// The threshold in force, in residents.
    pub value: u32,
    pub dispatch: Callback<Action>,
}

#[function_component(ThresholdControl)]
pub fn threshold_control(props: &ThresholdControlProps) -> Html {
    let dispatch = props.dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Ok(residents) = e.target_unchecked_into::<HtmlInputElement>().value().parse::<u32>() {
            dispatch.emit(Action::SetThreshold(residents));
        }
    });
    html! {
        <div class="threshold">
            <label for="threshold">{ text::THRESHOLD_LABEL() }</label>
            <input id="threshold" type="number" min={MIN_THRESHOLD.to_string()} max={MAX_THRESHOLD.to_string()} step="10"
                value={props.value.to_string()} {onchange} />
            <p class="hint">{ text::THRESHOLD_WHY() }</p>
        </div>
    }
}
