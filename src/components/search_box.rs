//! Search by name, everyday name or code: arrow keys move through the hits, Enter opens one,
//! Escape or leaving the box closes the list.

use crate::atlas::Atlas;
use crate::search::{display_name, hit_context, MIN_QUERY};
use crate::state::Action;
use crate::text;
use atlas_core::bundle::PartKind;
use std::rc::Rc;
use web_sys::{HtmlInputElement, Node};
use yew::prelude::*;

/// Results shown at most.
const LIMIT: usize = 12;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The areas searched among.
    pub atlas: Rc<Atlas>,
    /// What is typed in the box.
    pub query: String,
    pub dispatch: Callback<Action>,
}

#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let (atlas, query, dispatch) = (&props.atlas, &props.query, &props.dispatch);
    let active = use_state(|| 0usize);
    let open = use_state(|| true);
    let container = use_node_ref();
    let query_long_enough = query.trim().chars().count() >= MIN_QUERY;
    // One more than shown, to know whether to say that typing on narrows the list. The index
    // is built on the first real query, not on the way to the first map.
    let mut hits = if query_long_enough { atlas.tables.search_index().search(query, LIMIT + 1) } else { Vec::new() };
    let more = hits.len() > LIMIT;
    hits.truncate(LIMIT);
    let expanded = *open && query_long_enough;
    let selected = (*active).min(hits.len().saturating_sub(1));
    let oninput = {
        let (dispatch, open, active) = (dispatch.clone(), open.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            open.set(true);
            active.set(0);
            dispatch.emit(Action::Search(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let onkeydown = {
        let (dispatch, open, active, hits, atlas) =
            (dispatch.clone(), open.clone(), active.clone(), hits.clone(), atlas.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" | "ArrowUp" if !hits.is_empty() => {
                e.prevent_default();
                open.set(true);
                let last = hits.len() - 1;
                let next = if e.key() == "ArrowDown" { (selected + 1).min(last) } else { selected.saturating_sub(1) };
                active.set(next);
            }
            "Enter" => {
                // Searched again from the box itself: Enter may come before the list re-rendered.
                let typed = e.target_unchecked_into::<HtmlInputElement>().value();
                let fresh = atlas.tables.search_index().search(&typed, LIMIT);
                let pick = if fresh == hits { hits.get(selected) } else { fresh.first() };
                if let Some(&id) = pick {
                    e.prevent_default();
                    open.set(false);
                    dispatch.emit(Action::Open(id));
                } else if atlas.is_pending(PartKind::Rows) {
                    // Nothing found yet among the gemeenten: the first hit opens when the wijken
                    // and buurten are there.
                    e.prevent_default();
                    dispatch.emit(Action::OpenFirstFound);
                }
            }
            // The first Escape closes the list; with the list closed the box clears as usual.
            "Escape" if *open => {
                e.prevent_default();
                open.set(false);
            }
            _ => {}
        })
    };
    let onfocusout = {
        let (open, container) = (open.clone(), container.clone());
        Callback::from(move |e: FocusEvent| {
            let to: Option<Node> = e.related_target().and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok());
            let inside = container.cast::<Node>().zip(to).is_some_and(|(c, to)| c.contains(Some(&to)));
            if !inside {
                open.set(false);
            }
        })
    };
    let onfocusin = {
        let (open, dispatch) = (open.clone(), dispatch.clone());
        Callback::from(move |_| {
            open.set(true);
            // The wijken and buurten are looked among too: their rows load while the name is typed.
            dispatch.emit(Action::NeedPart(PartKind::Rows));
        })
    };
    let table = atlas.table();
    let rows_pending = atlas.is_pending(PartKind::Rows);
    html! {
        <div class="search" ref={container} {onfocusout} {onfocusin}>
            <label for="search">{ text::SEARCH_LABEL() }</label>
            <input id="search" type="search" autocomplete="off" placeholder={text::SEARCH_PLACEHOLDER()}
                role="combobox" aria-autocomplete="list" aria-controls="search-results"
                aria-expanded={expanded.to_string()}
                aria-activedescendant={(expanded && !hits.is_empty()).then(|| format!("hit-{selected}"))}
                value={query.clone()} {oninput} {onkeydown} />
            if expanded {
                <ul class="search-results" id="search-results" role="listbox" aria-label={text::SEARCH_LABEL()}>
                    if hits.is_empty() && !rows_pending { <li class="none">{ text::SEARCH_NONE() }</li> }
                    { for hits.iter().enumerate().map(|(i, &id)| {
                        let area = table.area(id);
                        let context = hit_context(table, id, text::level_singular(area.level));
                        let (dispatch, open) = (dispatch.clone(), open.clone());
                        let onclick = Callback::from(move |_| {
                            open.set(false);
                            dispatch.emit(Action::Open(id));
                        });
                        html! {
                            <li id={format!("hit-{i}")} role="option" aria-selected={(i == selected).to_string()}
                                class={classes!((i == selected).then_some("active"))}>
                                <button type="button" tabindex="-1" {onclick}>
                                    <span class="hit-name">{ display_name(&area.name) }</span>
                                    <span class="hit-meta">{ context }</span>
                                </button>
                            </li>
                        }
                    }) }
                    if more { <li class="none more-hits">{ text::SEARCH_MORE() }</li> }
                    if rows_pending { <li class="none rows-loading">{ text::SEARCH_ROWS_LOADING() }</li> }
                </ul>
            }
        </div>
    }
}
