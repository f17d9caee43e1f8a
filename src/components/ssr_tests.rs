//! Component tests: components rendered to HTML natively (Yew SSR) from prepared states.

use super::load_status::LoadStatus;
use super::map_view::MapView;
use super::ranking_table::RankingTable;
use super::side_panel::SidePanel;
use super::story_panel::StoryPanelProps;
use crate::atlas::Atlas;
use crate::load_error::LoadError;
use crate::state::{Action, State};
use atlas_core::fixtures::fictional_bundle;
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::AreaId;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Part {
    SidePanel,
    Ranking,
    Map,
    LoadStatus,
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    state: State,
    part: Part,
    hovered: Option<AreaId>,
}

#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let initial = props.state.clone();
    let state = use_reducer(move || initial);
    let typology = super::use_typology(&state);
    let map = state.map_input(typology.clone());
    let scene = super::use_scene(map.clone());
    let (hovered, on_hover, dispatch) = (props.hovered, Callback::noop(), Callback::noop());
    // As the root does: texts in the state's language.
    crate::text::set_lang(state.page.lang);
    match props.part {
        Part::SidePanel => {
            let atlas = state.atlas().cloned().expect("loaded");
            let story = StoryPanelProps::of(&atlas, state.classroom.story, state.map.mode, &typology, &dispatch);
            let focus = state.place.selected.or(state.place.within).or(atlas.country);
            html! { <SidePanel {atlas} {focus} selected={state.place.selected} mode={state.map.mode}
            change_since={state.change_since()} compare={state.classroom.compare.clone()} {story} own={false} {dispatch} /> }
        }
        Part::Ranking => html! {
            <RankingTable map={map.expect("loaded")} sort={state.map.sort} selected={state.place.selected} {dispatch} {on_hover} />
        },
        Part::Map => html! {
            <MapView {map} {scene} within={state.place.within} selected={state.place.selected} camera={state.place.camera}
                viewport={state.place.viewport} {hovered} {on_hover} {dispatch} />
        },
        Part::LoadStatus => html! {
            <LoadStatus data={state.data.clone()} level={state.map_scope().0} waiting_for_rows={state.waiting_for_rows()} />
        },
    }
}

async fn render(state: State, part: Part) -> String {
    render_hovering(state, part, None).await
}

async fn render_hovering(state: State, part: Part, hovered: Option<AreaId>) -> String {
    let props = HarnessProps { state, part, hovered };
    yew::LocalServerRenderer::<Harness>::with_props(props).hydratable(false).render().await
}

fn loaded() -> State {
    State::default()
        .apply_for_test(Action::Resize([800.0, 600.0]))
        .apply_for_test(Action::Loaded(Atlas::new(fictional_bundle(), DisclosureThreshold::default())))
}

fn id(state: &State, code: &str) -> u32 {
    state.atlas().unwrap().table().find_str(code).unwrap()
}

#[tokio::test]
async fn side_panel_explains_the_selected_area_next_to_the_country() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let html = render(state.apply_for_test(Action::Open(gm)), Part::SidePanel).await;
    assert!(html.contains(">Fictiestad</h2>"), "{html}");
    // Fictiestad: shares .7 .1 .05 .01 .04 .06 .04 → 1 − 0.5098 = 49%.
    assert!(html.contains("verschillende herkomst hebben: 49%"), "{html}");
    assert_eq!(html.matches("class=\"composition-bar\"").count(), 2, "Fictiestad and Nederland");
    assert!(html.contains("HHI") && html.contains("Herfindahl"));
}

#[tokio::test]
async fn the_side_panel_speaks_english_with_english_numbers() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let state = state.apply_for_test(Action::Open(gm)).apply_for_test(Action::SetLanguage(crate::text::Lang::En));
    let html = render(state, Part::SidePanel).await;
    crate::text::set_lang(crate::text::Lang::Nl);
    assert!(html.contains("have a different origin: 49%"), "{html}");
    assert!(html.contains("<dd>1,000</dd>") && html.contains("<dd>2.0</dd>"), "English thousands and decimals: {html}");
    assert!(html.contains("Morocco") && html.contains("Dutch background"), "groups in English: {html}");
    for dutch in ["inwoners", "herkomst", "Samenstelling", "Trek twee"] {
        assert!(!html.contains(dutch), "{dutch:?} left in Dutch: {html}");
    }
}

#[tokio::test]
async fn ranking_lists_the_scope_sorted_and_counts_the_unranked() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let html = render(state.apply_for_test(Action::Open(gm)), Part::Ranking).await;
    assert_eq!(html.matches("data-code=\"WK9999").count(), 2, "{html}");
    assert!(html.contains("aria-sort=\"descending\""));
    let centrum = html.find("WK999901").unwrap();
    let haven = html.find("WK999902").unwrap();
    assert!(centrum < haven, "Centrum is more diverse than Haven");
    let state = loaded().apply_for_test(Action::Open(gm)).apply_for_test(Action::SetThreshold(500));
    let html = render(state, Part::Ranking).await;
    assert_eq!(html.matches("data-code=\"WK9999").count(), 2, "Haven is listed, without rank");
    assert_eq!(html.matches("data-index=").count(), 1, "only Centrum has an index: {html}");
    assert!(html.contains("1 wijk zonder (voldoende) gegevens staat onderaan"), "{html}");
    assert!(html.contains("Te weinig inwoners (400)"), "{html}");
}

#[tokio::test]
async fn the_tooltip_says_the_chance_in_words() {
    let state = loaded();
    let haven = id(&state, "WK999902");
    let html = render_hovering(state, Part::Map, Some(haven)).await;
    // Haven: shares .75 .125 .025 0 .025 .05 .025 → 1 − 0.5825 = 42%.
    assert!(html.contains(">Haven</strong>"), "{html}");
    assert!(html.contains("verschillende herkomst hebben: 42%"), "{html}");
}

#[tokio::test]
async fn a_failed_load_shows_its_reason() {
    let refused = LoadError::Refused { file: "atlas.bin".into(), status: 404, status_text: "Not Found".into() };
    let state = State::default().apply_for_test(Action::LoadFailed(refused));
    let html = render(state.clone(), Part::LoadStatus).await;
    assert!(html.contains("class=\"load-error\"") && html.contains("role=\"alert\""));
    assert!(html.contains("atlas.bin: de server antwoordt 404 Not Found"), "{html}");
    // The reason is a value: after a switch of language it is said in the new one.
    let english = render(state.apply_for_test(Action::SetLanguage(crate::text::Lang::En)), Part::LoadStatus).await;
    assert!(english.contains("atlas.bin: the server answers 404 Not Found"), "{english}");
}

#[tokio::test]
async fn an_area_opened_before_its_parts_arrive_says_they_are_loading() {
    let (state, parts) = crate::state::tests::first_part_only();
    let rows = crate::state::tests::rows_part(&parts);
    assert!(!render(state.clone(), Part::LoadStatus).await.contains("load-status"), "the country needs nothing more");
    let gm = id(&state, "GM9999");
    let waiting = state.apply_for_test(Action::Open(gm));
    let html = render(waiting.clone(), Part::LoadStatus).await;
    assert!(html.contains("role=\"status\"") && html.contains(crate::text::PART_LOADING()), "{html}");
    let arrived = waiting.apply_for_test(Action::PartLoaded(rows));
    assert!(!arrived.waiting_for_rows(), "opened once the rows came");
}

/// The static shell in `index.html` (on screen until the app mounts) says what the app says.
#[test]
fn the_static_shell_shows_the_apps_own_texts() {
    let index = include_str!("../../index.html");
    let shell = &index[index.find("id=\"shell\"").expect("a shell in index.html")..];
    for text in [crate::text::TITLE(), crate::text::SUBTITLE(), crate::text::INTRO(), crate::text::LOADING()] {
        assert!(shell.contains(&format!(">{text}<")), "{text:?} missing from the shell");
    }
    // Until the app speaks the reader's language, the shell says what it is in English too.
    crate::text::set_lang(crate::text::Lang::En);
    let english = crate::text::INTRO();
    crate::text::set_lang(crate::text::Lang::Nl);
    assert!(shell.contains(&format!("<p class=\"intro\" lang=\"en\">{english}<")), "the English introduction");
}
