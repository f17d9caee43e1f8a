//! The page: lays out the components, keeps the URL in step with the state and loads the
//! bundle's remaining parts in the background.

use super::attribution::Attribution;
use super::breadcrumb::Breadcrumb;
use super::compare_view::CompareView;
use super::data_controls::DataControls;
use super::embed_dialog::{EmbedDialog, EmbedFooter};
use super::guess_game::GuessGame;
use super::legend::Legend;
use super::level_switch::{LevelSwitch, LEVELS};
use super::load_status::LoadStatus;
use super::map_export::MapExport;
use super::map_note::MapNote;
use super::map_view::MapView;
use super::mode_switch::ModeSwitch;
use super::own_table_control::OwnTableControl;
use super::own_table_dialog::OwnTableDialog;
use super::presentation_control::PresentationControl;
use super::ranking_table::RankingTable;
use super::search_box::SearchBox;
use super::side_panel::SidePanel;
use super::story_panel::StoryPanelProps;
use super::type_lists::TypeLists;
use super::typology_legend::TypologyLegend;
use super::typology_panel::TypologyPanel;
use super::worksheet::{Worksheet, WorksheetKey};
use super::{use_scene, use_typology};
use crate::own_reader::{files_of, read_own_files, OwnReader};
use crate::state::{Action, Data, MapMode, State};
use crate::text;
use crate::url::{parse_query, to_query};
use atlas_core::bundle::PartKind;
use atlas_core::model::{AreaId, Level};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The state the app starts in (data loaded, or the message why not).
#[derive(Properties)]
pub struct AppProps {
    pub initial: Rc<State>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.initial, &other.initial)
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = Rc::clone(&props.initial);
    let state = use_reducer(move || (*initial).clone());
    crate::part_loader::use_part_loader(&state);
    crate::own_reader::use_files_waiting_for_rows(&state);
    use_url_sync(&state);
    crate::embed::use_embed_messages(&state);
    // Texts are looked up at render time in the state's language (the components below
    // render in this pass, after the root).
    text::set_lang(state.page.lang);
    // Derived once here and handed down, so each component re-renders only when its own
    // inputs change: a hover re-renders the map (tooltip, overlay) and nothing else.
    let typology = use_typology(&state);
    let map_input = state.map_input(typology.clone());
    // The years the change mode can compare with: found once per atlas and level, not on a hover.
    let change_years = {
        let state = state.clone();
        (*use_memo((state.atlas().cloned(), state.place.level), move |_| state.change_years())).clone()
    };
    let change_since = state.change_since_among(&change_years);
    let scene = use_scene(map_input.clone());
    let dispatch = use_dispatch(&state);
    let hovered = use_state_eq(|| None::<AreaId>);
    // Other areas (an own file's, or the CBS ones again): the hovered id means nothing there.
    // (Parts arriving append areas; the ids already there keep their meaning.)
    {
        let set = hovered.setter();
        let own = state.own.in_use.as_ref().map(|o| Rc::as_ptr(&o.table) as usize);
        use_effect_with(own, move |_| set.set(None));
    }
    let areas = state.atlas().map_or(0, |a| a.table().len());
    let hovered_here = (*hovered).filter(|&id| (id as usize) < areas);
    let on_hover = {
        let set = hovered.setter();
        use_callback((), move |id: Option<AreaId>, _| set.set(id))
    };
    let ready = matches!(state.data, Data::Ready(_));
    let typology_shown = state.map.mode == MapMode::Typology;
    // The narrow props of the components that show figures, from the state's slices.
    let parts = state.atlas().cloned().map(|atlas| {
        let story = StoryPanelProps::of(&atlas, state.classroom.story, state.map.mode, &typology, &dispatch);
        Parts {
            legend: html! { <Legend atlas={atlas.clone()} scene={scene.clone()} mode={state.map.mode}
                change_since={change_since} own={state.own.in_use.is_some()} wide={state.place.viewport[0] >= 560.0} /> },
            typology_legend: html! { <TypologyLegend atlas={atlas.clone()} typology={typology.clone()} wide={state.place.viewport[0] >= 560.0} /> },
            side_panel: html! { <SidePanel atlas={atlas.clone()} focus={state.place.selected.or(state.place.within).or(atlas.country)}
                selected={state.place.selected} mode={state.map.mode} change_since={change_since}
                compare={state.classroom.compare.clone()} story={story.clone()} own={state.own.in_use.is_some()} dispatch={dispatch.clone()} /> },
            typology_panel: html! { <TypologyPanel atlas={atlas.clone()} typology={typology.clone()} selected={state.place.selected}
                thresholds={state.map.thresholds.clone()} own={state.own.in_use.is_some()} story={story} dispatch={dispatch.clone()} /> },
            type_lists: html! { <TypeLists atlas={atlas.clone()} typology={typology.clone()} dispatch={dispatch.clone()} /> },
            map_note: html! { <MapNote atlas={atlas.clone()} scene={scene.clone()} /> },
        }
    });
    let parts = parts.unwrap_or_default();
    let map_bar = map_input.clone().map(|map| {
        // The change mode needs an earlier year with figures for the level drawn (none for buurten).
        let has_earlier = !change_years.is_empty();
        html! {
            <>
                <ModeSwitch mode={state.map.mode} {has_earlier} change_years={change_years.clone()}
                    {change_since} dispatch={dispatch.clone()} />
                if !typology_shown && state.place.within.is_none() {
                    <LevelSwitch level={state.place.level} choices={level_choices(&state)} dispatch={dispatch.clone()} />
                }
                if state.loading.map_drawn {
                    <MapExport map={map.clone()} scene={scene.clone()} camera={state.place.camera}
                        viewport={state.place.viewport} own_file={state.own.in_use.as_ref().map(|o| o.file.clone())} />
                }
            </>
        }
    });
    let classroom = classroom_parts(&state, &dispatch);
    let ranking = map_input.clone().map(|map| html! {
        <RankingTable {map} sort={state.map.sort} selected={state.place.selected} dispatch={dispatch.clone()} on_hover={on_hover.clone()} />
    });
    let breadcrumb = state.atlas().cloned().map(|atlas| {
        html! { <Breadcrumb {atlas} within={state.place.within} dispatch={dispatch.clone()} /> }
    });
    let search_box = state.atlas().cloned().map(|atlas| {
        html! { <SearchBox {atlas} query={state.place.search.clone()} dispatch={dispatch.clone()} /> }
    });
    // The map and its loading message, in the full page and in an embed.
    let map_view = html! {
        <MapView map={map_input.clone()} scene={scene.clone()} within={state.place.within} selected={state.place.selected}
            camera={state.place.camera} viewport={state.place.viewport} hovered={hovered_here} on_hover={on_hover.clone()}
            dispatch={dispatch.clone()} />
    };
    let load_status = html! {
        <LoadStatus data={state.data.clone()} level={state.map_scope().0} waiting_for_rows={state.waiting_for_rows()} />
    };
    // The own table: the reader of the user's files, and the files on the map.
    let own_reader = OwnReader::of(&state, dispatch.clone());
    let own_file = state.own.in_use.as_ref().map(|own| own.file.clone());
    let own_shapes_file =
        state.own.in_use.as_ref().and_then(|own| own.shapes.as_ref()).map(|shapes| shapes.file.clone());
    // Files dropped anywhere on the page are read as an own table (and its shapes); while
    // files are dragged over the page, it says so.
    let dragging = use_state_eq(|| false);
    let ondragover = {
        let (set, state) = (dragging.setter(), state.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            set.set(true);
            // A dropped table is read against every area: their rows load while it is dragged.
            state.dispatch(Action::NeedPart(PartKind::Rows));
        })
    };
    let ondragleave = {
        let set = dragging.setter();
        Callback::from(move |e: DragEvent| {
            if e.related_target().is_none() {
                set.set(false);
            }
        })
    };
    let ondrop = {
        let (own_reader, set) = (own_reader.clone(), dragging.setter());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            set.set(false);
            read_own_files(files_of(e.data_transfer().and_then(|d| d.files())), &own_reader);
        })
    };
    // On a phone the header's buttons fold behind "Menu".
    let tools = use_state_eq(|| false);
    let tools_open = *tools;
    let toggle_tools = {
        let tools = tools.clone();
        Callback::from(move |_: MouseEvent| tools.set(!tools_open))
    };
    // A button in the menu does its work on the page: the menu folds away.
    let close_tools = Callback::from(move |_: MouseEvent| tools.set(false));
    let switch_language = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLanguage(text::other_language())))
    };
    use_document_language(state.page.lang);
    super::story_panel::use_story_focus(state.classroom.story.is_some());
    // Inside another site's page: the map (and, if asked, its legend and panel) and a line
    // with the source and the way to the whole atlas; nothing else.
    if let Some(embed) = state.page.embed.clone() {
        return html! {
            <main key={state.page.lang.code()} class="page embedded">
                <div class="map-frame">
                    { map_view.clone() }
                    if ready && embed.legend && typology_shown { { parts.typology_legend.clone() } }
                    if ready && embed.legend && !typology_shown { { parts.legend.clone() } }
                    { load_status.clone() }
                </div>
                if ready && embed.panel && state.loading.map_drawn {
                    if typology_shown { { parts.typology_panel.clone() } } else { { parts.side_panel.clone() } }
                }
                if let Some(atlas) = state.atlas().cloned() { <EmbedFooter {atlas} view={state.url_view()} /> }
            </main>
        };
    }
    // For keyboard and screen-reader users: the areas of the map as a table (the ranking, or
    // the lists of types), skipping the map.
    let to_table = Callback::from(|_: MouseEvent| {
        let target = gloo::utils::document()
            .query_selector("table.ranking tbody tr[tabindex=\"0\"], .type-lists summary")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            target.focus().ok();
        }
    });
    html! {
        // Keyed by language: a switch renders every component afresh in the new language (some
        // take only values as props and would not render again otherwise).
        <div key={state.page.lang.code()} class={classes!("page", dragging.then_some("dragging"), state.classroom.presentation.then_some("presenting"), state.classroom.worksheet.is_some().then_some("worksheet-open"))} {ondragover} {ondragleave} {ondrop}>
            if *dragging && ready { <div class="drop-hint" aria-hidden="true"><p>{ text::OWN_DROP_HINT() }</p></div> }
            <header class="top">
                <div class="brand">
                    <h1>{ text::TITLE() }</h1>
                    <p>{ text::SUBTITLE() }</p>
                </div>
                if ready {
                    <div class="header-tools">
                        { search_box.unwrap_or_default() }
                        <button type="button" class="language-switch" lang={text::other_language().code()}
                            title={text::LANGUAGE_SWITCH_HINT()} onclick={switch_language}>
                            <span class="lang-long">{ text::LANGUAGE_SWITCH() }</span>
                            <span class="lang-short" aria-hidden="true">{ text::other_language().code().to_uppercase() }</span>
                        </button>
                        <button type="button" class="tools-toggle" aria-expanded={tools_open.to_string()}
                            aria-controls="header-buttons" onclick={toggle_tools}>{ text::TOOLS_MENU() }</button>
                        <div id="header-buttons" class={classes!("header-buttons", tools_open.then_some("open"))} onclick={close_tools}>
                        <button type="button" class="story-start" title={text::lesson::STORY_START_HINT()}
                            onclick={{ let state = state.clone(); move |_: MouseEvent| state.dispatch(Action::StoryStep(0)) }}>
                            { text::lesson::STORY_START() }
                        </button>
                        <button type="button" class="game-start" title={text::lesson::GAME_START_HINT()}
                            onclick={{ let state = state.clone(); move |_: MouseEvent| state.dispatch(Action::SetGame(true)) }}>
                            { text::lesson::GAME_START() }
                        </button>
                        <button type="button" class="embed-start" title={text::EMBED_HINT()}
                            onclick={{ let state = state.clone(); move |_: MouseEvent| state.dispatch(Action::SetEmbedDialog(true)) }}>
                            { text::EMBED() }
                        </button>
                        <PresentationControl presentation={state.classroom.presentation} dispatch={dispatch.clone()} />
                        <OwnTableControl own_file={own_file.clone()} own_shapes_file={own_shapes_file.clone()}
                            reader={own_reader.clone()} dispatch={dispatch.clone()} />
                        </div>
                    </div>
                }
            </header>
            <OwnTableDialog reading={state.own.reading.clone()} preview={state.own.preview.clone()} error={state.own.error.clone()}
                lost={state.own.lost} reader={own_reader} dispatch={dispatch.clone()} />
            if ready && state.page.embed_dialog { <EmbedDialog view={state.url_view()} lang={state.page.lang} dispatch={dispatch.clone()} /> }
            <main class="content">
                <section class="map-column">
                    { classroom.worksheet.clone() }
                    { classroom.game }
                    if ready {
                        <div class="map-bar">
                            if !typology_shown { { breadcrumb.unwrap_or_default() } }
                            { map_bar.unwrap_or_default() }
                        </div>
                        if let Some(atlas) = state.atlas().cloned() {
                            <DataControls {atlas} mode={state.map.mode} level={state.map_scope().0} own={state.own.in_use.is_some()} dispatch={dispatch.clone()} />
                        }
                    }
                    if ready && state.loading.map_drawn { <button type="button" class="skip-to-table" onclick={to_table}>{ text::MAP_AS_TABLE() }</button> }
                    <div class="map-frame" style={map_aspect(state.place.viewport)}>
                        { map_view }
                        if ready && typology_shown { { parts.typology_legend.clone() } }
                        if ready && !typology_shown { { parts.legend.clone() } }
                        { load_status }
                        { parts.map_note.clone() }
                    </div>
                    { classroom.worksheet_key }
                    if state.loading.map_drawn { { classroom.compare } }
                </section>
                if ready && typology_shown {
                    { parts.typology_panel.clone() }
                    { parts.type_lists.clone() }
                }
                if ready && !typology_shown && state.loading.map_drawn {
                    { parts.side_panel.clone() }
                    { ranking.unwrap_or_default() }
                }
            </main>
            // Below the fold and heavy (the per-gemeente lists of areas without shape): after
            // the first map, together with the panels that push it down.
            if state.loading.map_drawn { <Attribution atlas={state.atlas().cloned()} {own_file} {own_shapes_file} /> }
        </div>
    }
}

/// The components of the figures, rendered once per render of the root and placed where the
/// layout (full page or embedded) wants them.
#[derive(Default)]
struct Parts {
    legend: Html,
    typology_legend: Html,
    side_panel: Html,
    typology_panel: Html,
    type_lists: Html,
    map_note: Html,
}

/// The classroom's parts that sit in the map column: the worksheet (questions and key), the
/// game and the comparison, each with the slice it shows.
#[derive(Default)]
struct ClassroomParts {
    worksheet: Html,
    worksheet_key: Html,
    game: Html,
    compare: Html,
}

fn classroom_parts(state: &State, dispatch: &Callback<Action>) -> ClassroomParts {
    let Some(atlas) = state.atlas().cloned() else { return ClassroomParts::default() };
    let classroom = &state.classroom;
    let sheet = |key: bool| {
        classroom.worksheet.map(|gemeente| {
            let (atlas, dispatch) = (atlas.clone(), dispatch.clone());
            if key {
                html! { <WorksheetKey {atlas} {gemeente} key_shown={classroom.worksheet_key} {dispatch} /> }
            } else {
                html! { <Worksheet {atlas} {gemeente} key_shown={classroom.worksheet_key} {dispatch} /> }
            }
        })
    };
    let (level, within) = state.map_scope();
    ClassroomParts {
        worksheet: sheet(false).unwrap_or_default(),
        worksheet_key: sheet(true).unwrap_or_default(),
        game: if classroom.game {
            html! { <GuessGame atlas={atlas.clone()} {level} {within} dispatch={dispatch.clone()} /> }
        } else {
            html! {}
        },
        compare: html! { <CompareView {atlas} compare={classroom.compare.clone()} dispatch={dispatch.clone()} /> },
    }
}

/// The reducer's dispatcher as a callback, made once: the one way components change the state.
#[hook]
fn use_dispatch(state: &UseReducerHandle<State>) -> Callback<Action> {
    let dispatcher = state.dispatcher();
    (*use_memo((), move |_| Callback::from(move |action: Action| dispatcher.dispatch(action)))).clone()
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

/// Keeps the document's language and title in the language of the texts (screen readers
/// pronounce by `<html lang>`).
#[hook]
fn use_document_language(lang: crate::text::Lang) {
    let first = use_mut_ref(|| true);
    use_effect_with(lang, move |lang| {
        // After a switch the page is new: the focus goes back to the switch.
        if !std::mem::take(&mut *first.borrow_mut()) {
            crate::components::focus::focus_selector(".language-switch");
        }
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            root.set_attribute("lang", lang.code()).ok();
        }
        document.set_title(text::DOCUMENT_TITLE());
    });
}

/// The map's width over its height on screen, for the printed worksheet: its map keeps the
/// shape it was drawn in (a canvas printed into a box of another shape would be stretched).
fn map_aspect([width, height]: [f64; 2]) -> Option<String> {
    (width > 0.0 && height > 0.0).then(|| format!("--map-aspect: {:.4}", width / height))
}

/// The levels the whole country can be drawn at, each with whether it can be chosen: the map
/// can colour it, or its rows are on their way (they load at once when it is chosen).
fn level_choices(state: &State) -> Vec<(Level, bool)> {
    LEVELS.into_iter().map(|level| (level, state.level_available(level) || state.level_coming(level))).collect()
}
