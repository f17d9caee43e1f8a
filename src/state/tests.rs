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

/// A state loaded from the first part of the split fictional bundle alone, and the further
/// parts in their files' order (rows, then the layers), as they would arrive.
pub(crate) fn first_part_only() -> (State, Vec<atlas_core::bundle::Part>) {
    use atlas_core::bundle::{decode_part, split_bundle, Part};
    let files = split_bundle(&fictional_bundle());
    let mut parts: Vec<Part> = files.iter().map(|(_, bytes)| decode_part(bytes).unwrap()).collect();
    let Part::First(first) = parts.remove(0) else { panic!("atlas.bin is the first part") };
    let atlas = Atlas::from_parts(*first, Vec::new(), DisclosureThreshold::default());
    (State::default().apply(Action::Resize([800.0, 600.0])).apply(Action::Loaded(atlas)), parts)
}

/// The rows among the further parts.
pub(crate) fn rows_part(parts: &[atlas_core::bundle::Part]) -> atlas_core::bundle::Part {
    parts.iter().find(|p| matches!(p, atlas_core::bundle::Part::Rows(_))).cloned().expect("a rows part")
}

#[test]
fn loading_fits_the_country() {
    let state = loaded();
    assert_eq!(state.place.level, Level::Gemeente);
    assert!(state.place.camera.is_some());
    assert_eq!(state.place.within, None);
}

#[test]
fn opening_a_gemeente_with_wijk_shapes_drills_down() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let before = state.place.camera.unwrap();
    let state = state.apply(Action::Open(gm));
    assert_eq!((state.place.level, state.place.within, state.place.selected), (Level::Wijk, Some(gm), Some(gm)));
    assert!(state.place.camera.unwrap().metres_per_pixel < before.metres_per_pixel, "zoomed in");
    let query = crate::url::to_query(&state.url_view());
    assert!(query.contains("level=wijk&in=GM9999&area=GM9999"), "{query}");
}

#[test]
fn opening_a_gemeente_without_wijk_shapes_selects_it_in_place() {
    let state = loaded();
    let gm = id(&state, "GM9998");
    let state = state.apply(Action::Open(gm));
    assert_eq!((state.place.level, state.place.within, state.place.selected), (Level::Gemeente, None, Some(gm)));
}

#[test]
fn opening_a_wijk_without_buurten_keeps_its_siblings_in_view() {
    let state = loaded();
    let wk = id(&state, "WK999901");
    let state = state.apply(Action::Open(wk));
    assert_eq!(
        (state.place.level, state.place.within, state.place.selected),
        (Level::Wijk, Some(id(&state, "GM9999")), Some(wk))
    );
    let state = state.apply(Action::OpenCountry);
    assert_eq!((state.place.level, state.place.within, state.place.selected), (Level::Gemeente, None, None));
}

#[test]
fn the_url_restores_the_view_even_before_data_arrives() {
    let query = "?level=wijk&in=GM9999&area=WK999902&view=10,20,30.00&min=80";
    let early = State::default().apply(Action::RestoreUrl(query.into())).apply(Action::Resize([800.0, 600.0]));
    let state = early.apply(Action::Loaded(Atlas::new(fictional_bundle(), DisclosureThreshold::default())));
    assert_eq!(state.place.within, Some(id(&state, "GM9999")));
    assert_eq!(state.place.selected, Some(id(&state, "WK999902")));
    assert_eq!(state.place.camera, Some(Camera { centre: [10.0, 20.0], metres_per_pixel: 30.0 }));
    assert_eq!(state.threshold().residents(), 80);
    assert_eq!(crate::url::to_query(&state.url_view()), query);
}

#[test]
fn a_url_cannot_show_a_level_above_its_scope() {
    let state = loaded().apply(Action::RestoreUrl("?level=gemeente&in=GM9999".into()));
    assert_eq!(state.place.level, Level::Wijk);
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
    assert_eq!(state.map.sort, Sort { key: SortKey::Index, descending: true });
    let state = state.apply(Action::SortBy(SortKey::Index));
    assert!(!state.map.sort.descending);
    let state = state.apply(Action::SortBy(SortKey::Name));
    assert_eq!(state.map.sort, Sort { key: SortKey::Name, descending: false });
}

#[test]
fn typology_mode_classifies_and_follows_thresholds_and_the_url() {
    let state = loaded().apply(Action::SetMode(MapMode::Typology));
    let typology = state.typology().expect("classified");
    assert_eq!(typology.classifications.len(), 2, "both fictional gemeenten");
    assert_eq!((state.place.level, state.place.within), (Level::Gemeente, None));
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::Open(gm));
    assert_eq!(
        (state.place.selected, state.place.level),
        (Some(gm), Level::Gemeente),
        "no drill-down in typology mode"
    );
    let state = state.apply(Action::SetTypologyThreshold(ThresholdKey::HomogeneousMinDutch, 0.75));
    let query = crate::url::to_query(&state.url_view());
    assert!(query.contains("mode=typologie&t=homogeneous-dutch:0.75"), "{query}");
    let restored = loaded().apply(Action::RestoreUrl(query));
    assert_eq!(restored.map.mode, MapMode::Typology);
    assert_eq!(restored.map.thresholds.get(ThresholdKey::HomogeneousMinDutch), 0.75);
    assert!(restored.typology().is_some());
    let back = restored.apply(Action::SetMode(MapMode::Diversity));
    assert!(back.typology().is_none());
}

fn loaded_with_datasets() -> State {
    let bundle = atlas_view::fixtures::bundle_with_datasets();
    let state = State::default().apply(Action::Resize([800.0, 600.0]));
    state.apply(Action::Loaded(Atlas::new(bundle, DisclosureThreshold::default())))
}

#[test]
fn finer_groups_keep_the_place_where_they_have_figures() {
    use crate::data_view::{DataView, GroupSet};
    use atlas_core::model::Lens;
    let state = loaded_with_datasets();
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::Open(gm));
    assert_eq!(state.place.level, Level::Wijk);
    let finest = DataView { year: 2022, groups: GroupSet::Finest, lens: Lens::All };
    let state = state.apply(Action::SetView(finest));
    assert_eq!(state.atlas().unwrap().table().groups().len(), 8);
    assert_eq!(
        (state.place.level, state.place.within),
        (Level::Gemeente, None),
        "the wijken have no figures with 8 groups"
    );
    assert_eq!(state.place.selected, Some(gm), "the selection stays");
    let query = crate::url::to_query(&state.url_view());
    assert!(query.contains("year=2022&groups=fijn"), "{query}");
    // Opening Fictiestad now selects it in place: its wijken have no figures in this table.
    let state = state.apply(Action::Open(gm));
    assert_eq!((state.place.level, state.place.within), (Level::Gemeente, None));
    // Back to the KWB groups: drilling down works again.
    let state = state.apply(Action::SetView(DataView { groups: GroupSet::Kwb, ..finest })).apply(Action::Open(gm));
    assert_eq!(state.place.level, Level::Wijk);
}

#[test]
fn a_url_restores_year_lens_and_change_mode() {
    let state =
        loaded_with_datasets().apply(Action::RestoreUrl("?year=2022&lens=westers&mode=verandering&since=2017".into()));
    let atlas = state.atlas().unwrap();
    assert_eq!(atlas.view.lens, atlas_core::model::Lens::WesternSplit);
    assert_eq!(atlas.table().groups().len(), 3);
    assert_eq!((state.map.mode, state.change_since()), (MapMode::Change, 2017));
    let gm = id(&state, "GM9999");
    // Change since 2017 on the westers / niet-westers lens, recomputed independently.
    let index = |counts: &[f64]| {
        let total: f64 = counts.iter().sum();
        1.0 - counts.iter().map(|c| (c / total).powi(2)).sum::<f64>()
    };
    let now = index(&[700.0, 100.0, 200.0]);
    let then = index(&[750.0, 50.0, 100.0]);
    let change = atlas.changes_since(2017)[gm as usize].unwrap();
    assert!((change - (now - then)).abs() < 1e-12, "{change} vs {}", now - then);
    let query = crate::url::to_query(&state.url_view());
    assert!(query.contains("mode=verandering&year=2022&lens=westers&since=2017"), "{query}");
}

#[test]
fn the_finer_lens_never_sees_less_diversity() {
    let state = loaded_with_datasets();
    let atlas = state.atlas().unwrap();
    let gaps = atlas.lens_gaps();
    let gm = id(&state, "GM9999");
    // Where both tables count the same people, the finer lens is a refinement of the old one.
    let differences = atlas.tables.differences(atlas.tables.finest_entry(2022).unwrap());
    for (area, gap) in gaps.iter().enumerate() {
        if !differences.contains_key(&(area as AreaId)) {
            assert!(gap.is_some_and(|g| g >= -1e-12), "{area}: {gap:?}");
        }
    }
    // Fictiestad: 8 groups of the fine table (incl. Nepdorp) against the 3 of the KWB table.
    let index = |counts: &[f64]| {
        let total: f64 = counts.iter().sum();
        1.0 - counts.iter().map(|c| (c / total).powi(2)).sum::<f64>()
    };
    let fine = index(&[1500.0, 100.0, 100.0, 50.0, 140.0, 60.0, 40.0, 10.0]);
    let old = index(&[700.0, 100.0, 200.0]);
    assert!((gaps[gm as usize].unwrap() - (fine - old)).abs() < 1e-12);
    // The lens table reads the view's set of groups: 8 with the finer table, 7 with the KWB one.
    let finer = atlas.with_view(DataView { groups: crate::data_view::GroupSet::Finest, ..atlas.view });
    let lenses = finer.lens_indices(gm);
    assert_eq!(lenses.iter().map(|l| l.groups).collect::<Vec<_>>(), vec![3, 7, 8]);
    assert!((lenses[2].index.unwrap() - fine).abs() < 1e-12 && (lenses[0].index.unwrap() - old).abs() < 1e-12);
    let kwb = atlas;
    assert_eq!(kwb.lens_indices(gm).iter().map(|l| l.groups).collect::<Vec<_>>(), vec![3, 7, 7]);
    let other = kwb.other_table_index(gm).expect("the finer table differs");
    assert_eq!(other.0, 8);
    assert!((other.2 - fine).abs() < 1e-12, "the note gives the finer table's figure");
}

#[test]
fn the_typology_keeps_the_drill_down_for_the_way_back() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::Open(gm));
    let drilled = state.place.camera;
    let state = state.apply(Action::SetMode(MapMode::Typology));
    assert_eq!(state.map_scope(), (Level::Gemeente, None), "the typology maps all gemeenten");
    assert_eq!(scene_of_state(&state).unwrap().fills.len(), 2);
    assert_ne!(state.place.camera, drilled, "the camera shows the country");
    let state = state.apply(Action::SetMode(MapMode::Diversity));
    assert_eq!((state.place.level, state.place.within), (Level::Wijk, Some(gm)), "Fictiestad's wijken come back");
    assert_eq!(state.place.camera, drilled, "with their camera");
}

#[test]
fn an_area_opened_before_its_parts_arrive_opens_and_fills_when_they_do() {
    use atlas_core::bundle::{Part, PartKind};
    let (state, mut parts) = first_part_only();
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::Open(gm));
    assert_eq!(
        (state.place.level, state.place.within, state.place.selected),
        (Level::Gemeente, None, Some(gm)),
        "no wijk rows yet"
    );
    let (rows, wijken) = (parts.remove(0), parts.remove(0));
    assert!(matches!(&rows, Part::Rows(_)));
    // The wijk shapes come first: they wait for the rows they refer to.
    let state = state.apply(Action::PartLoaded(wijken));
    assert!(state.atlas().unwrap().is_pending(PartKind::Layer(Level::Wijk)));
    assert_eq!(state.place.level, Level::Gemeente);
    let state = state.apply(Action::PartLoaded(rows));
    assert_eq!((state.place.level, state.place.within), (Level::Wijk, Some(gm)), "opened once the rows arrived");
    assert_eq!(scene_of_state(&state).unwrap().fills.len(), 2, "with the wijk shapes held until then");
    // A later part does not move the view.
    let camera = state.place.camera;
    let state = state.apply(Action::PartLoaded(parts.remove(0)));
    assert_eq!((state.place.level, state.place.within, state.place.camera), (Level::Wijk, Some(gm), camera));
}

#[test]
fn an_area_without_a_shape_opens_on_the_map_of_the_area_above_it() {
    let mut bundle = fictional_bundle();
    // Take every wijk shape away: Fictiestad's wijken are listed, the map shows Fictiestad.
    for lod in &mut bundle.layers[1].lods {
        lod.shapes.clear();
    }
    bundle.layers[1].shape_source.clear();
    let state = State::default().apply(Action::Resize([800.0, 600.0]));
    let state = state.apply(Action::Loaded(Atlas::new(bundle, DisclosureThreshold::default())));
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::RestoreUrl("?level=wijk&in=GM9999&area=WK999901".into()));
    assert_eq!((state.place.level, state.place.within), (Level::Wijk, Some(gm)), "the wijk list opens");
    let camera = state.place.camera.expect("a camera on Fictiestad");
    let fitted = state.atlas().unwrap().bounds(gm).unwrap();
    assert!(fitted.contains(camera.centre), "the camera shows Fictiestad");
    let scene = scene_of_state(&state).unwrap();
    assert_eq!((scene.fills.len(), scene.without_shape), (0, 2));
}

#[test]
fn a_level_without_figures_in_the_view_cannot_be_chosen() {
    use crate::data_view::{DataView, GroupSet};
    use atlas_core::model::Lens;
    let state = loaded_with_datasets().apply(Action::SetLevel(Level::Wijk));
    assert_eq!(state.place.level, Level::Wijk);
    let old = DataView { year: 2017, groups: GroupSet::Kwb, lens: Lens::All };
    let state = state.apply(Action::SetView(old));
    assert_eq!(state.place.level, Level::Gemeente, "2017 has gemeenten only");
    assert!(!state.level_available(Level::Wijk));
    let state = state.apply(Action::SetLevel(Level::Wijk));
    assert_eq!(state.place.level, Level::Gemeente, "the wijk map of 2017 cannot be chosen");
    let state = state.apply(Action::SetView(DataView { year: 2022, ..old })).apply(Action::SetLevel(Level::Wijk));
    assert_eq!(state.place.level, Level::Wijk);
    // The change since 2017 exists per gemeente only.
    let state = state.apply(Action::SetMode(MapMode::Change)).apply(Action::SetChangeSince(2017));
    assert_eq!(state.place.level, Level::Gemeente);
}

#[test]
fn the_app_starts_on_the_urls_view_or_on_the_reason_it_cannot() {
    let atlas = Atlas::new(fictional_bundle(), DisclosureThreshold::default());
    let state = State::starting("?level=wijk&in=GM9999&area=WK999902", Lang::Nl, Ok(atlas));
    assert_eq!(state.place.level, Level::Wijk);
    assert_eq!(state.place.within, Some(id(&state, "GM9999")));
    assert_eq!(state.place.selected, Some(id(&state, "WK999902")));
    assert!(state.place.camera.is_none(), "the camera is fitted once the map's size is known");
    let state = state.apply(Action::Resize([800.0, 600.0]));
    assert!(state.place.camera.is_some());
    let broken = crate::load_error::LoadError::Broken { file: "atlas.bin".into() };
    let failed = State::starting("?level=wijk", Lang::Nl, Err(broken.clone()));
    assert!(failed.data == Data::Failed(broken), "the reason kept as a value");
}

/// A fictional own table of Fictiestad's two wijken, previewed against the loaded atlas.
fn own_preview(state: &State) -> Rc<atlas_core::own_table::OwnPreview> {
    let csv = "code;naam;inwoners;Nederland;Polen;Syrië\nWK999901;Centrum;100;50;25;25\nWK999902;Haven;60;60;0;0\n";
    let frame = state.atlas().unwrap().tables.frame.clone();
    Rc::new(atlas_core::own_table::preview(csv.as_bytes(), "eigen.csv", &frame).unwrap())
}

#[test]
fn an_own_table_goes_on_the_map_and_back_without_losing_the_place() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::Open(gm)).apply(Action::SetThreshold(60));
    let cbs_index = state.atlas().unwrap().measure(id(&state, "WK999901")).unwrap().diversity_index;
    let preview = own_preview(&state);
    let state = state.apply(Action::OwnTableRead(Ok(preview))).apply(Action::ApplyOwnTable);
    assert_eq!(state.own.in_use.as_ref().map(|o| o.file.as_str()), Some("eigen.csv"));
    assert!(state.own.preview.is_none());
    assert_eq!((state.place.within, state.place.level), (Some(gm), Level::Wijk), "the place stays");
    let atlas = state.atlas().unwrap();
    assert_eq!(atlas.threshold.residents(), 60, "the threshold stays");
    let centrum = atlas.measure(id(&state, "WK999901")).unwrap().diversity_index;
    assert!((centrum - (1.0 - (0.25 + 0.0625 + 0.0625))).abs() < 1e-9, "Centrum from the own table: {centrum}");
    assert_ne!(centrum, cbs_index);
    assert!(state.url_view().own_table, "the URL says an own table is in use");
    let back = state.apply(Action::BackToCbs);
    assert!(back.own.in_use.is_none() && !back.url_view().own_table);
    let again = back.atlas().unwrap().measure(id(&back, "WK999901")).unwrap().diversity_index;
    assert_eq!(again, cbs_index, "the CBS figures are back");
    assert_eq!(back.atlas().unwrap().threshold.residents(), 60);
}

#[test]
fn a_bad_file_leaves_the_data_and_an_opened_link_to_an_own_table_says_it_is_gone() {
    let state = loaded();
    let before = state.atlas().cloned();
    let state = state.apply(Action::OwnTableRead(Err(crate::text::Said::new(
        "kapot.csv, regel 3: 'x1' is geen aantal",
        "kapot.csv, line 3: 'x1' is not a count",
    ))));
    crate::text::set_lang(Lang::En);
    assert_eq!(state.own.error.as_ref().map(|e| e.shown()), Some("kapot.csv, line 3: 'x1' is not a count"));
    crate::text::set_lang(Lang::Nl);
    assert_eq!(state.own.error.as_ref().map(|e| e.shown()), Some("kapot.csv, regel 3: 'x1' is geen aantal"));
    assert!(Rc::ptr_eq(state.atlas().unwrap(), before.as_ref().unwrap()), "the data on screen is the same");
    let state = state.apply(Action::DismissOwnNote);
    assert!(state.own.error.is_none());
    let atlas = Atlas::new(fictional_bundle(), DisclosureThreshold::default());
    let opened = State::starting("?in=GM9999&eigen=1", Lang::Nl, Ok(atlas));
    assert!(opened.own.lost && opened.own.in_use.is_none());
}

#[test]
fn a_table_of_some_wijken_of_one_gemeente_opens_that_gemeente() {
    let state = loaded();
    let csv = "code;naam;inwoners;Nederland;Polen\nWK999901;Centrum;100;50;50\n";
    let frame = state.atlas().unwrap().tables.frame.clone();
    let preview = Rc::new(atlas_core::own_table::preview(csv.as_bytes(), "eigen.csv", &frame).unwrap());
    assert_eq!((state.place.level, state.place.within), (Level::Gemeente, None));
    let state = state.apply(Action::OwnTableRead(Ok(preview))).apply(Action::ApplyOwnTable);
    // Fictiestad has no row (one of its two wijken is missing), so the map opens it.
    assert_eq!((state.place.level, state.place.within), (Level::Wijk, Some(id(&state, "GM9999"))));
}

#[test]
fn going_back_to_an_own_table_view_is_not_a_lost_link() {
    let state = loaded().apply(Action::RestoreUrl("?in=GM9999&eigen=1".into()));
    assert!(!state.own.lost, "only a link opened afresh says the table is gone");
}

#[test]
fn a_failed_second_read_leaves_the_open_preview_to_come_back_to() {
    let state = loaded();
    let preview = own_preview(&state);
    let state = state.apply(Action::OwnTableRead(Ok(Rc::clone(&preview))));
    let state = state.apply(Action::OwnTableReading("eigen.csv en kapot.geojson".into()));
    assert!(state.own.reading.is_some() && state.own.preview.is_some(), "waiting behind the read");
    let state = state.apply(Action::OwnTableRead(Err(crate::text::Said::new(
        "kapot.geojson: geen geldige JSON",
        "kapot.geojson: no valid JSON",
    ))));
    assert!(state.own.error.is_some());
    let state = state.apply(Action::DismissOwnNote);
    assert!(Rc::ptr_eq(state.own.preview.as_ref().unwrap(), &preview), "the same preview, unchanged");
    let cancelled = state.apply(Action::OwnTableReading("eigen.csv".into())).apply(Action::CancelOwnReading);
    assert!(cancelled.own.preview.is_some() && cancelled.own.reading.is_none());
}

/// Fictional wijken of a gemeente the atlas does not have (GM9990), with their own squares.
fn own_areas_preview(state: &State) -> Rc<atlas_core::own_table::OwnPreview> {
    let csv = "code;naam;inwoners;Nederland;Polen;Syrië\nWK999001;Oever;300;200;60;40\nWK999002;Heuvel;200;200;0;0\n";
    let square = |code: &str, west: f64| {
        let east = west + 0.1;
        format!(
            r#"{{"type":"Feature","properties":{{"code":"{code}"}},"geometry":{{"type":"Polygon",
            "coordinates":[[[{west},52],[{east},52],[{east},52.1],[{west},52.1],[{west},52]]]}}}}"#
        )
    };
    let shapes = format!(
        r#"{{"type":"FeatureCollection","features":[{},{}]}}"#,
        square("WK999001", 5.6),
        square("WK999002", 5.7)
    );
    let choice = atlas_core::own_table::ShapeChoice {
        bytes: shapes.as_bytes(),
        file: "wijken.geojson",
        code: None,
        name: None,
        year: 2022,
    };
    let frame = state.atlas().unwrap().tables.frame.clone();
    Rc::new(atlas_core::own_table::preview_with_shapes(csv.as_bytes(), "eigen.csv", &frame, Some(choice)).unwrap())
}

#[test]
fn own_areas_replace_the_map_and_survive_the_bundle_s_later_parts() {
    let state = loaded();
    let cbs_areas = state.atlas().unwrap().table().len();
    let preview = own_areas_preview(&state);
    let state = state.apply(Action::OwnTableRead(Ok(preview))).apply(Action::ApplyOwnTable);
    let atlas = state.atlas().unwrap();
    let codes: Vec<String> = atlas.table().areas().map(|(_, a)| a.code.to_string()).collect();
    assert_eq!(codes, ["NL00", "GM9990", "WK999001", "WK999002"]);
    assert_eq!(
        (state.place.level, state.place.within),
        (Level::Wijk, Some(id(&state, "GM9990"))),
        "opens the one gemeente"
    );
    let layers: Vec<Level> = atlas.layers.iter().map(|l| l.shapes.level).collect();
    assert_eq!(layers, [Level::Gemeente, Level::Wijk], "GM9990's outline dissolved from its wijken");
    let fitted = atlas.bounds(id(&state, "GM9990")).unwrap();
    let wijken = atlas.bounds(id(&state, "WK999001")).unwrap().union(&atlas.bounds(id(&state, "WK999002")).unwrap());
    assert_eq!(fitted, wijken, "the gemeente covers its wijken");
    let heuvel = atlas.measure(id(&state, "WK999002")).unwrap();
    assert_eq!(heuvel.diversity_index, 0.0, "all 200 residents in one group");
    assert!(atlas.meta.attribution.contains("wijken.geojson"));
    // A part of the CBS bundle arriving later goes to the CBS atlas, not over the own areas.
    let state = state.apply(Action::PartLoaded(Part::Datasets(Vec::new())));
    assert_eq!(state.atlas().unwrap().table().len(), 4);
    let back = state.apply(Action::BackToCbs);
    assert_eq!(back.atlas().unwrap().table().len(), cbs_areas);
}

#[test]
fn own_areas_applied_inside_a_gemeente_and_back_keep_places_by_code() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::Open(gm));
    let preview = own_areas_preview(&state);
    let state = state.apply(Action::OwnTableRead(Ok(preview))).apply(Action::ApplyOwnTable);
    let atlas = state.atlas().unwrap();
    let within = state.place.within.expect("a gemeente is open");
    assert_eq!(atlas.table().area(within).code.as_str(), "GM9990", "Fictiestad is not among the own areas");
    let back = state.apply(Action::BackToCbs);
    assert_eq!(
        (back.place.within, back.place.selected, back.place.level),
        (None, None, Level::Gemeente),
        "GM9990 is no CBS area"
    );
    assert!(back.place.camera.is_some());
}

#[test]
fn up_goes_from_an_areas_parts_to_its_siblings_with_it_selected() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let wijk = id(&state, "WK999901");
    let state = state.apply(Action::Open(gm)).apply(Action::Open(wijk));
    assert_eq!(
        (state.place.level, state.place.within),
        (Level::Wijk, Some(gm)),
        "a wijk without buurten stays among its siblings"
    );
    let state = state.apply(Action::Up);
    assert_eq!((state.place.level, state.place.within, state.place.selected), (Level::Gemeente, None, Some(gm)));
    let again = state.clone().apply(Action::Up);
    assert_eq!(
        (again.place.level, again.place.within, again.place.selected),
        (Level::Gemeente, None, Some(gm)),
        "nothing above the country's gemeenten"
    );
}

#[test]
fn up_from_a_level_of_the_whole_country_shows_the_level_above() {
    let state = loaded().apply(Action::SetLevel(Level::Wijk));
    assert_eq!(state.place.level, Level::Wijk);
    let state = state.apply(Action::Up);
    assert_eq!((state.place.level, state.place.within), (Level::Gemeente, None));
}

#[test]
fn up_does_nothing_in_the_typology() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let state = state.apply(Action::Open(gm)).apply(Action::SetMode(MapMode::Typology));
    let up = state.clone().apply(Action::Up);
    assert_eq!(
        (up.place.level, up.place.within, up.map.mode),
        (state.place.level, state.place.within, MapMode::Typology)
    );
}

#[test]
fn the_language_follows_the_link_then_the_browser_and_links_name_it_only_when_it_differs() {
    let atlas = || Atlas::new(fictional_bundle(), DisclosureThreshold::default());
    let english_browser = State::starting("?level=gemeente", Lang::En, Ok(atlas()));
    assert_eq!(english_browser.page.lang, Lang::En);
    let before = crate::text::lang();
    assert_eq!(before, crate::text::lang(), "the reducer writes no ambient language: the root renders in the state's");
    assert!(!crate::url::to_query(&english_browser.url_view()).contains("lang="), "the browser's own language");
    let dutch = english_browser.apply(Action::SetLanguage(Lang::Nl));
    assert_eq!(dutch.page.lang, Lang::Nl);
    let query = crate::url::to_query(&dutch.url_view());
    assert!(query.contains("lang=nl"), "{query}");
    let linked = State::starting(&query, Lang::En, Ok(atlas()));
    assert_eq!(linked.page.lang, Lang::Nl, "the link's language wins over the browser's");
    let back = linked.apply(Action::RestoreUrl("?level=gemeente".into()));
    assert_eq!(back.page.lang, Lang::En, "a link without a language: the browser's");
}

#[test]
fn closing_the_story_returns_to_the_view_it_started_from() {
    let state = loaded();
    let gm = id(&state, "GM9999");
    let wijk = id(&state, "WK999902");
    let before = state.apply(Action::Open(gm)).apply(Action::Open(wijk)).apply(Action::SetMode(MapMode::LensGap));
    let story = before.clone().apply(Action::StoryStep(0)).apply(Action::StoryStep(3));
    assert_eq!(story.classroom.story, Some(3));
    let closed = story.apply(Action::CloseStory);
    assert_eq!(closed.classroom.story, None);
    assert_eq!(
        (closed.place.level, closed.place.within, closed.place.selected, closed.map.mode),
        (before.place.level, before.place.within, before.place.selected, before.map.mode)
    );
}

#[test]
fn a_bare_worksheet_link_shows_its_gemeente() {
    let state = loaded().apply(Action::RestoreUrl("?werkblad=GM9999".into()));
    let gm = id(&state, "GM9999");
    assert_eq!((state.classroom.worksheet, state.place.within, state.place.level), (Some(gm), Some(gm), Level::Wijk));
}

#[test]
fn a_worksheet_map_in_a_box_of_another_size_shows_its_whole_gemeente() {
    let state = loaded().apply(Action::RestoreUrl("?werkblad=GM9999".into()));
    let gm = id(&state, "GM9999");
    let moved = state.clone().apply(Action::SetCamera(Camera { centre: [0.0, 0.0], metres_per_pixel: 1.0 }));
    // Printed: the map's box gets smaller; the gemeente is fitted into it again.
    let printed = moved.apply(Action::Resize([400.0, 300.0]));
    let fitted = state.apply(Action::Resize([400.0, 300.0]));
    assert_eq!(printed.place.camera, fitted.place.camera);
    let camera = printed.place.camera.unwrap();
    let bounds = printed.atlas().unwrap().bounds(gm).unwrap();
    for corner in [[bounds.min[0], bounds.min[1]], [bounds.max[0], bounds.max[1]]] {
        let [x, y] = camera.to_screen(corner, [400.0, 300.0]);
        assert!((0.0..=400.0).contains(&x) && (0.0..=300.0).contains(&y), "{corner:?} at {x},{y} is off the map");
    }
}

#[test]
fn the_screen_asks_for_the_parts_it_needs_and_no_more() {
    use atlas_core::bundle::PartKind;
    let (state, parts) = first_part_only();
    assert_eq!(state.needed_parts(), vec![], "the first map needs nothing further");
    let searching = state.clone().apply(Action::Search("Cent".into()));
    assert_eq!(searching.needed_parts(), vec![PartKind::Rows], "a search looks among the wijken too");
    assert_eq!(state.clone().apply(Action::Search("  ".into())).needed_parts(), vec![]);
    let gm = id(&state, "GM9999");
    let opened = searching.apply(Action::Open(gm));
    assert_eq!(opened.needed_parts(), vec![PartKind::Rows, PartKind::Layer(Level::Wijk)], "once each");
    let wijken = PartKind::Layer(Level::Wijk);
    let asked = state.apply(Action::NeedPart(PartKind::Rows)).apply(Action::NeedPart(wijken));
    assert_eq!(asked.needed_parts(), vec![PartKind::Rows, wijken]);
    let arrived = asked.apply(Action::PartLoaded(rows_part(&parts)));
    assert_eq!(arrived.needed_parts(), vec![wijken], "what arrived is needed no more");
}

#[test]
fn a_level_chosen_before_its_rows_arrive_asks_for_them_and_shows_when_they_come() {
    use atlas_core::bundle::PartKind;
    let (state, parts) = first_part_only();
    assert!(!state.level_available(Level::Wijk) && state.level_coming(Level::Wijk));
    let waiting = state.clone().apply(Action::SetLevel(Level::Wijk));
    assert_eq!(waiting.place.level, Level::Gemeente, "no wijken to draw yet");
    assert!(waiting.waiting_for_rows());
    assert_eq!(waiting.needed_parts(), vec![PartKind::Rows, PartKind::Layer(Level::Wijk)]);
    let arrived = waiting.apply(Action::PartLoaded(rows_part(&parts)));
    assert_eq!((arrived.place.level, arrived.place.within), (Level::Wijk, None), "the wijken once their rows came");
    assert!(!arrived.waiting_for_rows() && !arrived.level_coming(Level::Buurt));
    // Going back to the country before the rows came forgets the choice.
    let back = state.apply(Action::SetLevel(Level::Buurt)).apply(Action::OpenCountry);
    let back = back.apply(Action::PartLoaded(rows_part(&parts)));
    assert_eq!(back.place.level, Level::Gemeente);
}

#[test]
fn enter_in_the_search_before_the_rows_came_opens_the_first_hit_when_they_do() {
    let (loaded, parts) = first_part_only();
    let waiting = loaded.clone().apply(Action::Search("Haven".into())).apply(Action::OpenFirstFound);
    assert_eq!(waiting.place.selected, None, "no wijk to open yet");
    let opened = waiting.apply(Action::PartLoaded(rows_part(&parts)));
    let haven = id(&opened, "WK999902");
    assert_eq!(opened.place.selected, Some(haven), "the wijk found once the rows came");
    // Typing on after Enter takes the Enter back.
    let retyped = loaded.clone().apply(Action::Search("Haven".into())).apply(Action::OpenFirstFound);
    let retyped = retyped.apply(Action::Search("Have".into())).apply(Action::PartLoaded(rows_part(&parts)));
    assert_eq!(retyped.place.selected, None);
    // The rows came between the search box's look and the Enter: the hit opens at once.
    let late = loaded.apply(Action::PartLoaded(rows_part(&parts))).apply(Action::Search("Haven".into()));
    assert_eq!(late.apply(Action::OpenFirstFound).place.selected, Some(haven));
}

/// The scene the app would draw for a state (the typology computed as the root memoises it).
pub(crate) fn scene_of_state(state: &State) -> Option<crate::scene::Scene> {
    let typology = state.typology().map(Rc::new);
    crate::scene::scene_of(&state.map_input(typology)?)
}

#[test]
fn the_change_mode_draws_only_levels_with_an_earlier_year() {
    // The fictional earlier year (2017) has gemeenten only: no wijk map in the change mode.
    let state = loaded_with_datasets();
    let fictiestad = id(&state, "GM9999");
    let wijken = state.apply(Action::Open(fictiestad));
    assert_eq!(wijken.place.level, Level::Wijk);
    assert!(wijken.change_years().is_empty() && wijken.change_years_at(Level::Gemeente) == vec![2017]);
    let change = wijken.apply(Action::SetMode(MapMode::Change));
    assert_eq!((change.place.level, change.place.within), (Level::Gemeente, None), "up to the gemeenten");
    assert_eq!(change.place.selected, Some(fictiestad), "with the gemeente it came from selected");
    assert_eq!(change.change_since(), 2017);
    // Opening a gemeente in the change mode selects it among its siblings: its wijken have no 2017.
    let opened = change.apply(Action::Open(fictiestad));
    assert_eq!((opened.place.level, opened.place.within), (Level::Gemeente, None));
    assert!(!opened.level_available(Level::Wijk), "the wijk button is off in the change mode");
}
