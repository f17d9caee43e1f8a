//! The app's state and its pure reducer: every user event becomes an [`Action`]; components
//! only render slices of [`State`].

use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::typology_view::TypologyResult;
use crate::url::{parse_query, UrlView};
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::{AreaId, Level};
use atlas_core::typology::{ThresholdKey, Thresholds};
use std::rc::Rc;
use yew::Reducible;

/// Where the data is.
#[derive(Clone, PartialEq)]
pub enum Data {
    Loading { loaded: u64, total: Option<u64> },
    Failed(String),
    Ready(Rc<Atlas>),
}

/// What the ranking table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Residents,
    Index,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

/// What the map colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapMode {
    /// The diversity index of the current level's areas.
    Diversity,
    /// The municipality type of every gemeente.
    Typology,
}

/// Everything the user sees.
#[derive(Clone, PartialEq)]
pub struct State {
    pub data: Data,
    /// The level whose areas are drawn, coloured and ranked.
    pub level: Level,
    /// The area whose parts are shown (`None`: the whole country).
    pub within: Option<AreaId>,
    pub selected: Option<AreaId>,
    pub hovered: Option<AreaId>,
    pub camera: Option<Camera>,
    /// Map size in CSS pixels.
    pub viewport: [f64; 2],
    pub sort: Sort,
    pub search: String,
    /// The first full map is on screen (heavier parts of the page render after it).
    pub map_drawn: bool,
    pub mode: MapMode,
    /// The typology's thresholds.
    pub thresholds: Thresholds,
    /// The classification at those thresholds, while the typology is shown.
    pub typology: Option<Rc<TypologyResult>>,
    /// A URL view waiting for the data to arrive.
    pending_url: Option<UrlView>,
}

/// Every change the user (or the loader) can make.
pub enum Action {
    Progress {
        loaded: u64,
        total: Option<u64>,
    },
    Loaded(Atlas),
    LoadFailed(String),
    /// Apply a URL's query (on load and on the back button).
    RestoreUrl(String),
    Resize([f64; 2]),
    Hover(Option<AreaId>),
    /// Show an area: its parts when they have a map, else the area among its siblings.
    Open(AreaId),
    OpenCountry,
    /// Switch the level drawn for the whole country.
    SetLevel(Level),
    SetCamera(Camera),
    SortBy(SortKey),
    Search(String),
    SetThreshold(u32),
    /// The map has been drawn in full for the first time.
    MapDrawn,
    SetMode(MapMode),
    SetTypologyThreshold(ThresholdKey, f64),
    ResetTypologyThresholds,
}

/// Pixels kept free around an area the camera fits.
const FIT_PADDING: f64 = 24.0;

impl Default for State {
    fn default() -> Self {
        State {
            data: Data::Loading { loaded: 0, total: None },
            level: Level::Gemeente,
            within: None,
            selected: None,
            hovered: None,
            camera: None,
            viewport: [0.0, 0.0],
            sort: Sort { key: SortKey::Index, descending: true },
            search: String::new(),
            map_drawn: false,
            mode: MapMode::Diversity,
            thresholds: Thresholds::default(),
            typology: None,
            pending_url: None,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.as_ref().clone().apply(action))
    }
}

impl State {
    pub fn atlas(&self) -> Option<&Rc<Atlas>> {
        match &self.data {
            Data::Ready(atlas) => Some(atlas),
            _ => None,
        }
    }

    /// The disclosure threshold in force.
    pub fn threshold(&self) -> DisclosureThreshold {
        self.atlas().map(|a| a.threshold).unwrap_or_default()
    }

    /// The view as the URL shows it.
    pub fn url_view(&self) -> UrlView {
        let Some(atlas) = self.atlas() else {
            return self.pending_url.clone().unwrap_or_default();
        };
        let code = |id: Option<AreaId>| id.map(|id| atlas.table().area(id).code.to_string());
        let threshold = atlas.threshold.residents();
        UrlView {
            level: Some(self.level),
            within: code(self.within),
            area: code(self.selected),
            camera: self.camera,
            threshold: (threshold != DisclosureThreshold::default().residents()).then_some(threshold),
            typology: self.mode == MapMode::Typology,
            thresholds: self.thresholds.changed(),
        }
    }

    /// The reducer without the `Rc`, for tests of modules that read states.
    #[cfg(test)]
    pub fn apply_for_test(self, action: Action) -> State {
        self.apply(action)
    }

    fn apply(mut self, action: Action) -> State {
        let recompute_typology = matches!(
            action,
            Action::Loaded(_)
                | Action::RestoreUrl(_)
                | Action::SetThreshold(_)
                | Action::SetMode(_)
                | Action::SetTypologyThreshold(..)
                | Action::ResetTypologyThresholds
        );
        self.apply_action(action);
        if recompute_typology {
            self.typology = match (self.mode, self.atlas()) {
                (MapMode::Typology, Some(atlas)) => Some(Rc::new(TypologyResult::compute(atlas, &self.thresholds))),
                _ => None,
            };
        }
        self
    }

    fn apply_action(&mut self, action: Action) {
        match action {
            Action::Progress { loaded, total } => self.data = Data::Loading { loaded, total },
            Action::LoadFailed(message) => self.data = Data::Failed(message),
            Action::Loaded(atlas) => {
                self.data = Data::Ready(Rc::new(atlas));
                let pending = self.pending_url.take().unwrap_or_default();
                self.restore(pending);
            }
            Action::RestoreUrl(query) => self.restore(parse_query(&query)),
            Action::Resize(size) => {
                self.viewport = size;
                if self.camera.is_none() {
                    self.camera = self.fitted_camera(self.within);
                }
            }
            Action::Hover(id) => self.hovered = id,
            Action::Open(id) => self.open(id),
            Action::OpenCountry => self.open_country(),
            Action::SetLevel(level) => {
                self.within = None;
                self.level = level;
            }
            Action::SetCamera(camera) => self.camera = Some(camera),
            Action::SortBy(key) => {
                let descending = if self.sort.key == key { !self.sort.descending } else { key != SortKey::Name };
                self.sort = Sort { key, descending };
            }
            Action::Search(text) => self.search = text,
            Action::MapDrawn => self.map_drawn = true,
            Action::SetMode(mode) => self.set_mode(mode),
            Action::SetTypologyThreshold(key, value) => self.thresholds.set(key, value),
            Action::ResetTypologyThresholds => self.thresholds = Thresholds::default(),
            Action::SetThreshold(residents) => {
                if let Some(atlas) = self.atlas() {
                    self.data = Data::Ready(Rc::new(atlas.with_threshold(DisclosureThreshold::new(residents))));
                }
            }
        }
    }

    fn set_mode(&mut self, mode: MapMode) {
        self.mode = mode;
        if mode == MapMode::Typology {
            let gemeente_selected =
                self.selected.zip(self.atlas()).is_some_and(|(id, a)| a.table().area(id).level == Level::Gemeente);
            if !gemeente_selected {
                self.selected = None;
            }
            self.within = None;
            self.level = Level::Gemeente;
            self.camera = self.fitted_camera(None);
        }
    }

    fn open(&mut self, id: AreaId) {
        let Some(atlas) = self.atlas().cloned() else {
            return;
        };
        let area = atlas.table().area(id);
        self.selected = Some(id);
        self.search.clear();
        if self.mode == MapMode::Typology {
            if area.level == Level::Gemeente {
                return;
            }
            self.mode = MapMode::Diversity;
        }
        if area.level == Level::Land {
            return self.open_country();
        }
        if let (Some(child), true) = (area.level.child(), atlas.children_have_shapes(id)) {
            self.within = Some(id);
            self.level = child;
            self.camera = self.fitted_camera(Some(id));
            return;
        }
        let parent = area.parent.filter(|&p| Some(p) != atlas.country);
        self.within = parent;
        self.level = area.level;
        if atlas.has_shape(id) {
            self.camera = self.fitted_camera(parent.or(Some(id)));
        }
    }

    fn open_country(&mut self) {
        self.within = None;
        self.level = Level::Gemeente;
        self.selected = None;
        self.camera = self.fitted_camera(None);
    }

    fn fitted_camera(&self, around: Option<AreaId>) -> Option<Camera> {
        let atlas = self.atlas()?;
        if self.viewport[0] <= 0.0 {
            return None;
        }
        let bounds = atlas.bounds(around.or(atlas.country)?)?;
        Some(Camera::fit(&bounds, self.viewport, FIT_PADDING))
    }

    fn restore(&mut self, view: UrlView) {
        let Some(atlas) = self.atlas().cloned() else {
            self.pending_url = Some(view);
            return;
        };
        if let Some(min) = view.threshold {
            if min != atlas.threshold.residents() {
                self.data = Data::Ready(Rc::new(atlas.with_threshold(DisclosureThreshold::new(min))));
            }
        }
        let find = |code: &Option<String>| code.as_deref().and_then(|c| atlas.table().find_str(c));
        self.within = find(&view.within).filter(|&id| atlas.table().area(id).level != Level::Buurt);
        self.selected = find(&view.area);
        let lowest = self.within.and_then(|w| atlas.table().area(w).level.child()).unwrap_or(Level::Gemeente);
        self.level = view.level.filter(|&l| l >= lowest).unwrap_or(lowest);
        self.camera = view.camera.or_else(|| self.fitted_camera(self.within));
        self.thresholds = Thresholds::default();
        for &(key, value) in &view.thresholds {
            self.thresholds.set(key, value);
        }
        self.mode = if view.typology { MapMode::Typology } else { MapMode::Diversity };
        if self.mode == MapMode::Typology {
            self.within = None;
            self.level = Level::Gemeente;
        }
    }
}

#[cfg(test)]
mod tests {
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
}
