//! Property tests of the reducer: random sequences of what a user does (open, level, lens,
//! table, year, mode, story, worksheet, comparison, language, threshold), and after every
//! action the derived values (scene, ranking, typology) equal a recomputation from scratch,
//! and leaving a mode gives back the view from before it.

use super::*;
use crate::data_view::GroupSet;
use crate::scene::scene_of;
use crate::url::UrlView;
use atlas_core::model::Lens;
use proptest::prelude::*;

fn bundle() -> atlas_core::bundle::Bundle {
    atlas_view::fixtures::bundle_with_datasets()
}

fn start() -> State {
    let state = State::default().apply(Action::Resize([800.0, 600.0]));
    state.apply(Action::Loaded(Atlas::new(bundle(), DisclosureThreshold::default())))
}

/// One user action, by what it names (area ids are the fixture's table positions).
#[derive(Clone, Debug)]
enum Step {
    Open(AreaId),
    OpenCountry,
    Up,
    SetLevel(Level),
    SetView(DataView),
    SetMode(MapMode),
    SetChangeSince(u16),
    Story(usize),
    CloseStory,
    ShowWorksheet(Option<&'static str>),
    ToggleCompare(AreaId),
    SetLanguage(Lang),
    SetThreshold(u32),
    SortByName,
}

impl Step {
    fn action(&self) -> Action {
        match self.clone() {
            Step::Open(id) => Action::Open(id),
            Step::OpenCountry => Action::OpenCountry,
            Step::Up => Action::Up,
            Step::SetLevel(level) => Action::SetLevel(level),
            Step::SetView(view) => Action::SetView(view),
            Step::SetMode(mode) => Action::SetMode(mode),
            Step::SetChangeSince(year) => Action::SetChangeSince(year),
            Step::Story(step) => Action::StoryStep(step),
            Step::CloseStory => Action::CloseStory,
            Step::ShowWorksheet(code) => Action::ShowWorksheet(code.and_then(|c| bundle().table.find_str(c))),
            Step::ToggleCompare(id) => Action::ToggleCompare(id),
            Step::SetLanguage(lang) => Action::SetLanguage(lang),
            Step::SetThreshold(residents) => Action::SetThreshold(residents),
            Step::SortByName => Action::SortBy(SortKey::Name),
        }
    }
}

fn step() -> impl Strategy<Value = Step> {
    // The fixture has five areas: the country, two gemeenten and two wijken.
    let area = 0..5u32;
    let level = prop_oneof![Just(Level::Gemeente), Just(Level::Wijk), Just(Level::Buurt)];
    let view = (prop_oneof![Just(2022u16), Just(2017)], any::<bool>(), 0..3usize).prop_map(|(year, fine, lens)| {
        let groups = if fine { GroupSet::Finest } else { GroupSet::Kwb };
        DataView { year, groups, lens: Lens::ALL[lens] }
    });
    prop_oneof![
        area.clone().prop_map(Step::Open),
        Just(Step::OpenCountry),
        Just(Step::Up),
        level.prop_map(Step::SetLevel),
        view.prop_map(Step::SetView),
        (0..4usize).prop_map(|m| Step::SetMode(MapMode::ALL[m])),
        Just(Step::SetChangeSince(2017)),
        (0..8usize).prop_map(Step::Story),
        Just(Step::CloseStory),
        prop_oneof![Just(Some("GM9999")), Just(Some("GM9998")), Just(None)].prop_map(Step::ShowWorksheet),
        area.prop_map(Step::ToggleCompare),
        prop_oneof![Just(Lang::Nl), Just(Lang::En)].prop_map(Step::SetLanguage),
        prop_oneof![Just(50u32), Just(500)].prop_map(Step::SetThreshold),
        Just(Step::SortByName),
    ]
}

/// What the screen shows, computed afresh from a new atlas of the same view and threshold.
fn from_scratch(state: &State) -> Option<(crate::scene::Scene, crate::ranking::Ranking)> {
    let atlas = state.atlas()?;
    let fresh = Rc::new(Atlas::new(bundle(), DisclosureThreshold::default()).with(atlas.view, atlas.threshold));
    let typology =
        (state.map.mode == MapMode::Typology).then(|| Rc::new(TypologyResult::compute(&fresh, &state.map.thresholds)));
    let (level, within) = state.map_scope();
    let input =
        MapInput { atlas: fresh, level, within, mode: state.map.mode, change_since: state.change_since(), typology };
    Some((scene_of(&input)?, crate::ranking::ranking_of(&input, state.map.sort)))
}

/// The view that must come back on leaving a mode (the comparison, presentation and language
/// belong to the reader and may change meanwhile).
fn comparable(view: &UrlView) -> UrlView {
    UrlView { compare: Vec::new(), presentation: false, lang: None, story: None, worksheet: None, ..view.clone() }
}

fn in_mode(state: &State) -> bool {
    state.classroom.story.is_some() || state.classroom.worksheet.is_some()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn derived_values_equal_a_fresh_computation_and_modes_give_the_view_back(
        steps in proptest::collection::vec(step(), 1..14)
    ) {
        let mut state = start();
        let mut before_mode: Option<UrlView> = None;
        for step in steps {
            let action = step.action();
            let leaving = matches!(action, Action::CloseStory | Action::ShowWorksheet(None));
            if !in_mode(&state) {
                before_mode = Some(state.url_view());
            }
            let was_in_mode = in_mode(&state);
            state = state.apply(action);
            let typology = state.typology().map(Rc::new);
            let shown = state.map_input(typology.clone()).and_then(|input| {
                Some((scene_of(&input)?, crate::ranking::ranking_of(&input, state.map.sort)))
            });
            prop_assert_eq!(&shown, &from_scratch(&state));
            if let (Some(atlas), Some(typology)) = (state.atlas(), typology) {
                let fresh = Atlas::new(bundle(), DisclosureThreshold::default()).with(atlas.view, atlas.threshold);
                prop_assert_eq!(typology.as_ref(), &TypologyResult::compute(&fresh, &state.map.thresholds));
            }
            if was_in_mode && leaving {
                prop_assert!(!in_mode(&state));
                let before = before_mode.as_ref().expect("a mode was entered from a view");
                prop_assert_eq!(comparable(&state.url_view()), comparable(before));
            }
            // The worksheet's figures are those of the table with wijken, whatever came before.
            if let (Some(_), Some(atlas)) = (state.classroom.worksheet, state.atlas()) {
                prop_assert_eq!(atlas.view.groups, GroupSet::Kwb);
                prop_assert_eq!(atlas.view.year, atlas.tables.count_year);
                prop_assert_eq!(state.map.mode, MapMode::Diversity);
            }
        }
    }
}
