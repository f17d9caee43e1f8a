//! Choosing which level the whole country is drawn at (gemeenten, wijken, buurten).

use crate::state::Action;
use crate::text;
use atlas_core::model::Level;
use yew::prelude::*;

/// The levels the whole country can be drawn at, in the switch's order.
pub const LEVELS: [Level; 3] = [Level::Gemeente, Level::Wijk, Level::Buurt];

#[derive(Properties, PartialEq)]
pub struct LevelSwitchProps {
    /// The level drawn.
    pub level: Level,
    /// Each of [`LEVELS`] with whether it can be chosen: the map can colour it, or its rows
    /// are still on their way (they load at once when it is chosen).
    pub choices: Vec<(Level, bool)>,
    pub dispatch: Callback<Action>,
}

#[function_component(LevelSwitch)]
pub fn level_switch(props: &LevelSwitchProps) -> Html {
    html! {
        <div class="level-switch" role="group" aria-label={text::LEVEL_LABEL()}>
            <span>{ text::LEVEL_LABEL() }</span>
            { for props.choices.iter().map(|&(level, available)| {
                let dispatch = props.dispatch.clone();
                let pressed = props.level == level;
                let title = (!available).then(|| text::level_unavailable(level));
                html! {
                    <button type="button" aria-pressed={pressed.to_string()} disabled={!available} {title}
                        onclick={Callback::from(move |_| dispatch.emit(Action::SetLevel(level)))}>
                        { text::level_plural(level) }
                    </button>
                }
            }) }
        </div>
    }
}
