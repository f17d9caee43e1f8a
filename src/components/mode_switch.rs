//! Choosing what the map colours: the index, the typology, what the old lens hides, or the
//! change since an earlier year.

use crate::state::{Action, MapMode};
use crate::text;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModeSwitchProps {
    pub mode: MapMode,
    /// Whether any earlier year has figures (the change mode needs one).
    pub has_earlier: bool,
    /// The earlier years the change mode can compare with at the level drawn, and the one it does.
    pub change_years: Vec<u16>,
    pub change_since: u16,
    pub dispatch: Callback<Action>,
}

#[function_component(ModeSwitch)]
pub fn mode_switch(props: &ModeSwitchProps) -> Html {
    let button = |mode: MapMode| {
        let dispatch = props.dispatch.clone();
        let pressed = props.mode == mode;
        // Shown from the start (the years arrive later) so the bar does not shift the map.
        let disabled = mode == MapMode::Change && !props.has_earlier;
        let title = disabled.then_some(text::NO_EARLIER_YEAR());
        html! {
            <button type="button" aria-pressed={pressed.to_string()} data-mode={mode.key()} {disabled} {title}
                onclick={Callback::from(move |_| dispatch.emit(Action::SetMode(mode)))}>{ text::mode_label(mode) }</button>
        }
    };
    let since_select = use_node_ref();
    super::select_value::use_select_value(&since_select, props.change_since.to_string());
    let on_since = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Ok(year) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<u16>() {
                dispatch.emit(Action::SetChangeSince(year));
            }
        })
    };
    html! {
        <div class="mode-switch" role="group" aria-label={text::MODE_LABEL()}>
            <span>{ text::MODE_LABEL() }</span>
            { button(MapMode::Diversity) }
            { button(MapMode::Typology) }
            { button(MapMode::LensGap) }
            { button(MapMode::Change) }
            if props.mode == MapMode::Change && !props.change_years.is_empty() {
                <label class="control">
                    <span>{ text::SINCE_LABEL() }</span>
                    <select id="since" ref={since_select} onchange={on_since}>
                        { for props.change_years.iter().map(|&year| html! {
                            <option value={year.to_string()} selected={year == props.change_since}>{ year }</option>
                        }) }
                    </select>
                </label>
            }
        </div>
    }
}
