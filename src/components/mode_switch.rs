//! Choosing what the map colours: the index, the typology, what the old lens hides, or the
//! change since an earlier year.

use super::StateProps;
use crate::state::{Action, MapMode};
use crate::text;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[function_component(ModeSwitch)]
pub fn mode_switch(props: &StateProps) -> Html {
    let state = &props.state;
    let Some(atlas) = state.atlas() else {
        return html! {};
    };
    let earlier: Vec<u16> = atlas.tables.years().into_iter().filter(|&y| y < atlas.view.year).collect();
    let button = |mode: MapMode| {
        let state = state.clone();
        let pressed = state.mode == mode;
        // Shown from the start (the years arrive later) so the bar does not shift the map.
        let disabled = mode == MapMode::Change && earlier.is_empty();
        let title = disabled.then_some(text::NO_EARLIER_YEAR());
        html! {
            <button type="button" aria-pressed={pressed.to_string()} data-mode={mode.key()} {disabled} {title}
                onclick={Callback::from(move |_| state.dispatch(Action::SetMode(mode)))}>{ text::mode_label(mode) }</button>
        }
    };
    let on_since = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Ok(year) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<u16>() {
                state.dispatch(Action::SetChangeSince(year));
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
            if state.mode == MapMode::Change && !earlier.is_empty() {
                <label class="control">
                    <span>{ text::SINCE_LABEL() }</span>
                    <select id="since" onchange={on_since}>
                        { for earlier.iter().map(|&year| html! {
                            <option value={year.to_string()} selected={year == state.change_since}>{ year }</option>
                        }) }
                    </select>
                </label>
            }
        </div>
    }
}
