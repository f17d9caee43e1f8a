//! Search by name or code; choosing a result opens that area.

use super::StateProps;
use crate::search::search_areas;
use crate::state::Action;
use crate::text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Results shown at most.
const LIMIT: usize = 12;

#[function_component(SearchBox)]
pub fn search_box(props: &StateProps) -> Html {
    let state = &props.state;
    let Some(atlas) = state.atlas() else {
        return html! {};
    };
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.dispatch(Action::Search(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let hits = search_areas(atlas.table(), &state.search, LIMIT);
    let query_long_enough = state.search.trim().chars().count() >= 2;
    html! {
        <div class="search">
            <label for="search">{ text::SEARCH_LABEL }</label>
            <input id="search" type="search" autocomplete="off" placeholder={text::SEARCH_PLACEHOLDER}
                value={state.search.clone()} {oninput} />
            if query_long_enough {
                <ul class="search-results">
                    if hits.is_empty() { <li class="none">{ text::SEARCH_NONE }</li> }
                    { for hits.into_iter().map(|id| {
                        let area = atlas.table().area(id);
                        let parent = area.parent.filter(|&p| Some(p) != atlas.country).map(|p| atlas.table().area(p).name.clone());
                        let state = state.clone();
                        html! {
                            <li><button type="button" onclick={Callback::from(move |_| state.dispatch(Action::Open(id)))}>
                                <span class="hit-name">{ &area.name }</span>
                                <span class="hit-meta">{ text::level_singular(area.level) }{ parent.map(|p| format!(" in {p}")).unwrap_or_default() }</span>
                            </button></li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
