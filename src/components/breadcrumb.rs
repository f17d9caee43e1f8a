//! The path from the Netherlands down to the current scope, each step a way back.

use super::StateProps;
use crate::state::Action;
use crate::text;
use yew::prelude::*;

#[function_component(Breadcrumb)]
pub fn breadcrumb(props: &StateProps) -> Html {
    let state = &props.state;
    let Some(atlas) = state.atlas() else {
        return html! {};
    };
    let chain: Vec<_> = state.place.within.map(|w| atlas.table().ancestry(w)).unwrap_or_default();
    let steps = chain.into_iter().filter(|&id| Some(id) != atlas.country);
    let home = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::OpenCountry))
    };
    html! {
        <nav class="breadcrumb" aria-label={text::BREADCRUMB_LABEL()}>
            <ol>
                <li><button type="button" onclick={home}>{ text::COUNTRY() }</button></li>
                { for steps.map(|id| {
                    let state = state.clone();
                    let name = atlas.table().area(id).name.clone();
                    let current = Some(id) == props.state.place.within;
                    html! {
                        <li>
                            <button type="button" aria-current={current.then_some("location")}
                                onclick={Callback::from(move |_| state.dispatch(Action::Open(id)))}>{ name }</button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
