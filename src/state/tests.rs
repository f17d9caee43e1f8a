//! Tests of the reducer on the fictional data set.

use super::*;
use atlas_core::fixtures::fictional_bundle;

fn loaded() -> State {
    let state = State::default().apply(Action::Resize([800.0, 600.0]));
    state.apply(Action::Loaded(Atlas::new(fictional_bundle(), DisclosureThreshold::default())))
}

fn id(state: &State, code: &str) -> AreaId {
    state.atlas().unwrap().table().find_str(code).unwrap()
}

#[test]
fn loading_fits_the_country() {
    let state = loaded();
    assert_eq!(state.level, Level::Gemeente);
    assert!(state.camera.is_some());
    assert_eq!(state.within, None);
}

#[test]
fn opening_a_gemeente_with_wijk_shapes_drills_down() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let before = state.camera.unwrap();
    let state = state.apply(Action::Open(gm));
    assert_eq!((state.level, state.within, state.selected), (Level::Wijk, Some(gm), Some(gm)));
    assert!(state.camera.unwrap().metres_per_pixel < before.metres_per_pixel, "zoomed in");
    let query = crate::url::to_query(&state.url_view());
    assert!(query.contains("level=wijk&in=GM9999&area=GM9999"), "{query}");
}

#[test]
fn opening_a_gemeente_without_wijk_shapes_selects_it_in_place() {
    let state = loaded();
    let gm = id(&state, "GM9998");
    let state = state.apply(Action::Open(gm));
    assert_eq!((state.level, state.within, state.selected), (Level::Gemeente, None, Some(gm)));
}

#[test]
fn opening_a_wijk_without_buurten_keeps_its_siblings_in_view() {
    let state = loaded();
    let wk = id(&state, "WK999901");
    let state = state.apply(Action::Open(wk));
    assert_eq!((state.level, state.within, state.selected), (Level::Wijk, Some(id(&state, "GM9999")), Some(wk)));
    let state = state.apply(Action::OpenCountry);
    assert_eq!((state.level, state.within, state.selected), (Level::Gemeente, None, None));
}

#[test]
fn the_url_restores_the_view_even_before_data_arrives() {
    let query = "?level=wijk&in=GM9999&area=WK999902&view=10,20,30.00&min=80";
    let early = State::default().apply(Action::RestoreUrl(query.into())).apply(Action::Resize([800.0, 600.0]));
    let state = early.apply(Action::Loaded(Atlas::new(fictional_bundle(), DisclosureThreshold::default())));
    assert_eq!(state.within, Some(id(&state, "GM9999")));
    assert_eq!(state.selected, Some(id(&state, "WK999902")));
    assert_eq!(state.camera, Some(Camera { centre: [10.0, 20.0], metres_per_pixel: 30.0 }));
    assert_eq!(state.threshold().residents(), 80);
    assert_eq!(crate::url::to_query(&state.url_view()), query);
}

#[test]
fn a_url_cannot_show_a_level_above_its_scope() {
    let state = loaded().apply(Action::RestoreUrl("?level=gemeente&in=GM9999".into()));
    assert_eq!(state.level, Level::Wijk);
}

#[test]
fn thresholds_stay_safe_and_remeasure() {
    let state = loaded().apply(Action::SetThreshold(1));
    assert_eq!(state.threshold().residents(), atlas_core::measures::MIN_THRESHOLD);
    let state = state.apply(Action::SetThreshold(700));
    let atlas = state.atlas().unwrap();
    // Haven (400 residents) falls below 700; Centrum (600) too; Fictiestad (1000) stays.
    assert!(atlas.measure(id(&state, "WK999902")).is_err());
    assert!(atlas.measure(id(&state, "GM9999")).is_ok());
}

#[test]
fn sorting_toggles_direction_on_the_same_key() {
    let state = loaded();
    assert_eq!(state.sort, Sort { key: SortKey::Index, descending: true });
    let state = state.apply(Action::SortBy(SortKey::Index));
    assert!(!state.sort.descending);
    let state = state.apply(Action::SortBy(SortKey::Name));
    assert_eq!(state.sort, Sort { key: SortKey::Name, descending: false });
}

#[test]
fn typology_mode_classifies_and_follows_thresholds_and_the_url() {
    let state = loaded().apply(Action::SetMode(MapMode::Typology));
    let typology = state.typology.clone().expect("classified");
    assert_eq!(typology.classifications.len(), 2, "both fictional gemeenten");
    assert_eq!((state.level, state.within), (Level::Gemeente, None));
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::Open(gm));
    assert_eq!((state.selected, state.level), (Some(gm), Level::Gemeente), "no drill-down in typology mode");
    let state = state.apply(Action::SetTypologyThreshold(ThresholdKey::HomogeneousMinDutch, 0.75));
    let query = crate::url::to_query(&state.url_view());
    assert!(query.contains("mode=typologie&t=homogeneous-dutch:0.75"), "{query}");
    let restored = loaded().apply(Action::RestoreUrl(query));
    assert_eq!(restored.mode, MapMode::Typology);
    assert_eq!(restored.thresholds.get(ThresholdKey::HomogeneousMinDutch), 0.75);
    assert!(restored.typology.is_some());
    let back = restored.apply(Action::SetMode(MapMode::Diversity));
    assert!(back.typology.is_none());
}
