//! Choosing which level the whole country is drawn at (gemeenten, wijken, buurten).

use super::StateProps;
use crate::state::Action;
use crate::text;
use atlas_core::model::Level;
use yew::prelude::*;

#[function_component(LevelSwitch)]
pub fn level_switch(props: &StateProps) -> Html {
    let state = &props.state;
    if state.place.within.is_some() {
        return html! {};
    }
    html! {
        <div class="level-switch" role="group" aria-label={text::LEVEL_LABEL()}>
            <span>{ text::LEVEL_LABEL() }</span>
            { for [Level::Gemeente, Level::Wijk, Level::Buurt].into_iter().map(|level| {
                let state = state.clone();
                let pressed = props.state.place.level == level;
                // A level whose rows are still on their way can be chosen: they load at once.
                let available = props.state.level_available(level) || props.state.level_coming(level);
                let title = (!available).then(|| text::level_unavailable(level));
                html! {
                    <button type="button" aria-pressed={pressed.to_string()} disabled={!available} {title}
                        onclick={Callback::from(move |_| state.dispatch(Action::SetLevel(level)))}>
                        { text::level_plural(level) }
                    </button>
                }
            }) }
        </div>
    }
}
