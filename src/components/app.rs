//! The page: loads the bundle, keeps the URL in step with the state, lays out the components.

use super::attribution::Attribution;
use super::breadcrumb::Breadcrumb;
use super::data_controls::DataControls;
use super::legend::Legend;
use super::level_switch::LevelSwitch;
use super::load_status::LoadStatus;
use super::map_note::MapNote;
use super::map_view::MapView;
use super::mode_switch::ModeSwitch;
use super::ranking_table::RankingTable;
use super::search_box::SearchBox;
use super::side_panel::SidePanel;
use super::type_lists::TypeLists;
use super::typology_legend::TypologyLegend;
use super::typology_panel::TypologyPanel;
use crate::atlas::Atlas;
use crate::loader::fetch_bytes;
use crate::state::{Action, Data, MapMode, State};
use crate::text;
use crate::url::{needed_parts, parse_query, to_query};
use atlas_core::bundle::{decode_part, Part, PartInfo, PartKind, FIRST_PART_FILE};
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::Level;
use gloo::events::EventListener;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    use_loader(&state);
    use_url_sync(&state);
    let ready = matches!(state.data, Data::Ready(_));
    let typology = state.mode == MapMode::Typology;
    html! {
        <div class="page">
            <header class="top">
                <div class="brand">
                    <h1>{ text::TITLE }</h1>
                    <p>{ text::SUBTITLE }</p>
                </div>
                if ready { <SearchBox state={state.clone()} /> }
            </header>
            <main class="content">
                <section class="map-column">
                    if ready {
                        <div class="map-bar">
                            if !typology { <Breadcrumb state={state.clone()} /> }
                            <ModeSwitch state={state.clone()} />
                            if !typology { <LevelSwitch state={state.clone()} /> }
                        </div>
                        <DataControls state={state.clone()} />
                    }
                    <div class="map-frame">
                        <MapView state={state.clone()} />
                        if ready && typology { <TypologyLegend state={state.clone()} /> }
                        if ready && !typology { <Legend state={state.clone()} /> }
                        <LoadStatus state={state.clone()} />
                        if ready { <MapNote state={state.clone()} /> }
                    </div>
                </section>
                if ready && typology {
                    <TypologyPanel state={state.clone()} />
                    <TypeLists state={state.clone()} />
                }
                if ready && !typology && state.map_drawn {
                    <SidePanel state={state.clone()} />
                    <RankingTable state={state.clone()} />
                }
            </main>
            <Attribution state={state.clone()} />
        </div>
    }
}

/// Fetches the bundle's first part and the further parts the URL's view needs, then shows
/// the map; the remaining parts follow in the background. A bad file becomes a message, never
/// a panic.
#[hook]
fn use_loader(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        dispatcher.dispatch(Action::RestoreUrl(query.clone()));
        wasm_bindgen_futures::spawn_local(async move {
            let progress = {
                let dispatcher = dispatcher.clone();
                move |loaded, total| dispatcher.dispatch(Action::Progress { loaded, total })
            };
            let first = match fetch_part(FIRST_PART_FILE, progress).await {
                Ok(Part::First(first)) => *first,
                Ok(_) => return dispatcher.dispatch(Action::LoadFailed(text::NOT_A_FIRST_PART.into())),
                Err(message) => return dispatcher.dispatch(Action::LoadFailed(message)),
            };
            mark("bundle-decoded");
            let needed = needed_parts(&parse_query(&query));
            let (mut now, later): (Vec<PartInfo>, Vec<PartInfo>) =
                first.parts.iter().cloned().partition(|p| needed.contains(&p.kind));
            now.sort_by_key(|p| background_order(p.kind));
            let mut further = Vec::new();
            for info in now {
                match fetch_part(&info.file, |_, _| {}).await {
                    Ok(part) => further.push(part),
                    Err(message) => return dispatcher.dispatch(Action::LoadFailed(message)),
                }
            }
            let atlas = Atlas::from_parts(first, further, DisclosureThreshold::default());
            mark("atlas-ready");
            dispatcher.dispatch(Action::Loaded(atlas));
            // The rest in the background once the first map is on screen, what a click needs
            // first (wijken, then the tables, then buurten); a failure only leaves that part out.
            let mut later = later;
            later.sort_by_key(|p| background_order(p.kind));
            wait_for_mark("map-drawn").await;
            for info in later {
                match fetch_part(&info.file, |_, _| {}).await {
                    Ok(part) => dispatcher.dispatch(Action::PartLoaded(part)),
                    Err(message) => gloo::console::warn!(message),
                }
            }
        });
    });
}

/// The order the remaining parts load in after the first map.
fn background_order(kind: PartKind) -> u8 {
    match kind {
        PartKind::Rows => 0,
        PartKind::Layer(Level::Wijk) => 1,
        PartKind::Datasets => 2,
        _ => 3,
    }
}

/// Waits (at most two seconds) until a performance mark has been set.
async fn wait_for_mark(name: &str) {
    let performance = web_sys::window().and_then(|w| w.performance());
    for _ in 0..100 {
        if performance.as_ref().is_none_or(|p| p.get_entries_by_name(name).length() > 0) {
            return;
        }
        sleep_ms(20).await;
    }
}

/// Resolves after `ms` milliseconds (a browser timer).
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).ok();
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok();
}

/// Fetches and decodes one file of the bundle.
async fn fetch_part(file: &str, progress: impl Fn(u64, Option<u64>)) -> Result<Part, String> {
    let bytes = fetch_bytes(file, progress).await?;
    if file == FIRST_PART_FILE {
        mark("bundle-fetched");
    }
    decode_part(&bytes).map_err(|e| format!("{file}: {e}"))
}

/// A performance mark, so any harness can time the stages of loading the same way.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.mark(name).ok();
    }
}

/// Writes the view into the URL (a new history entry when the place changes, a replacement
/// when only the camera moves) and follows the back button.
#[hook]
fn use_url_sync(state: &UseReducerHandle<State>) {
    let view = state.url_view();
    let ready = state.atlas().is_some();
    use_effect_with((to_query(&view), ready), move |(query, ready)| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let (Ok(history), Ok(current)) = (window.history(), window.location().search()) else {
            return;
        };
        if !*ready || current == *query {
            return;
        }
        let place = |q: &str| {
            let v = parse_query(q);
            (v.level, v.within, v.area)
        };
        let url = if query == "?" { "." } else { query.as_str() };
        if place(&current) == place(query) || current.is_empty() {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)).ok();
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)).ok();
        }
    });
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window.clone(), "popstate", move |_| {
                let search = window.location().search().unwrap_or_default();
                dispatcher.dispatch(Action::RestoreUrl(search));
            })
        });
        move || drop(listener)
    });
}
