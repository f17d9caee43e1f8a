//! The disclosure threshold: visible, adjustable upwards, never below the safe minimum.

use super::StateProps;
use crate::state::Action;
use crate::text;
use atlas_core::measures::{MAX_THRESHOLD, MIN_THRESHOLD};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(ThresholdControl)]
pub fn threshold_control(props: &StateProps) -> Html {
    let state = props.state.clone();
    let value = state.threshold().residents();
    let onchange = Callback::from(move |e: Event| {
        if let Ok(n) = e.target_unchecked_into::<HtmlInputElement>().value().parse::<u32>() {
            state.dispatch(Action::SetThreshold(n));
        }
    });
    html! {
        <div class="threshold">
            <label for="threshold">{ text::THRESHOLD_LABEL }</label>
            <input id="threshold" type="number" min={MIN_THRESHOLD.to_string()} max={MAX_THRESHOLD.to_string()} step="10"
                value={value.to_string()} {onchange} />
            <p class="hint">{ text::THRESHOLD_WHY }</p>
        </div>
    }
}
