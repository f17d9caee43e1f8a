//! The app's state and its pure reducer: every user event becomes an [`Action`]; components
//! only render slices of [`State`].

use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::data_view::DataView;
use crate::load_error::LoadError;
use crate::scene::MapInput;
use crate::text::{Lang, Said};
use crate::typology_view::TypologyResult;
use crate::url::{parse_query, UrlView};
use atlas_core::bundle::{Part, PartKind};
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::{AreaId, AreaTable, Family, Level};
use atlas_core::own_table::{OwnPreview, OwnShapes};
use atlas_core::typology::{ThresholdKey, Thresholds};
use std::rc::Rc;
use yew::Reducible;

mod navigation;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
#[cfg(test)]
pub(crate) mod tests;

/// Where the data is.
#[derive(Clone, PartialEq, Default)]
pub enum Data {
    #[default]
    Loading,
    Failed(LoadError),
    Ready(Rc<Atlas>),
}

pub use crate::mode::{MapMode, Sort, SortKey};

/// Everything the user sees, in slices with one owner each: the reducer's navigation owns
/// `place`, the map's controls `map`, the part loader `loading`, the own-table flow `own`, the
/// classroom modes `classroom` and the page's frame `page`. Derived values (the scene, the
/// ranking, the typology) are not stored: the view layer computes them from these slices.
#[derive(Clone, PartialEq, Default)]
pub struct State {
    pub data: Data,
    pub place: Place,
    pub map: MapChoice,
    pub loading: Loading,
    pub own: OwnSlice,
    pub classroom: Classroom,
    pub page: Page,
}

/// Where the map is: level, open and selected area, camera, and the search for a place.
#[derive(Clone, PartialEq)]
pub struct Place {
    /// The level whose areas are drawn, coloured and ranked.
    pub level: Level,
    /// The area whose parts are shown (`None`: the whole country).
    pub within: Option<AreaId>,
    pub selected: Option<AreaId>,
    pub camera: Option<Camera>,
    /// Map size in CSS pixels.
    pub viewport: [f64; 2],
    pub search: String,
    /// The camera of the drill-down, kept while the typology shows all gemeenten.
    place_camera: Option<Camera>,
    /// The area the camera should fit once its shape arrives (it was fitted to the area above
    /// it meanwhile); forgotten when the reader moves the map.
    fit_when_shaped: Option<AreaId>,
}

impl Default for Place {
    fn default() -> Self {
        Place {
            level: Level::Gemeente,
            within: None,
            selected: None,
            camera: None,
            viewport: [0.0, 0.0],
            search: String::new(),
            place_camera: None,
            fit_when_shaped: None,
        }
    }
}

/// What the map colours and the ranking's order (the data view itself is the atlas's).
#[derive(Clone, PartialEq, Default)]
pub struct MapChoice {
    pub mode: MapMode,
    /// The typology's thresholds.
    pub thresholds: Thresholds,
    /// The earlier year the change mode compares with, when the user chose one (else the
    /// earliest year the level has figures for: [`State::change_since`]).
    change_since: Option<u16>,
    pub sort: Sort,
}

/// What is loading and what waits for it.
#[derive(Clone, PartialEq, Default)]
pub struct Loading {
    /// The first full map is on screen (heavier parts of the page render after it).
    pub map_drawn: bool,
    /// A URL view waiting for the data to arrive.
    pending_url: Option<UrlView>,
    /// An area opened before the rows of its parts arrived: opened again when they do.
    awaiting: Option<AreaId>,
    /// A level chosen for the whole country before the rows of its areas arrived.
    awaiting_level: Option<Level>,
    /// Enter was pressed in the search before the rows came: the first hit opens when they do.
    open_first_found: bool,
    /// Further parts of the bundle asked for by something other than the view (a search for a
    /// wijk needs the rows): loaded at once instead of when the page is quiet.
    asked: Vec<PartKind>,
}

/// A table of the user's own: being read, previewed, on the map, or why not.
#[derive(Clone, PartialEq, Default)]
pub struct OwnSlice {
    /// The user's own table in use, if any (the CBS atlas kept to return to).
    pub in_use: Option<OwnInUse>,
    /// The name of a file being read.
    pub reading: Option<String>,
    /// A file read and waiting for "Laden" or "Annuleren".
    pub preview: Option<Rc<OwnPreview>>,
    /// Why the last file could not be read (the data on screen stays as it was), in both
    /// languages: shown in the language of the moment.
    pub error: Option<Said>,
    /// The page was opened from a link to an own table, which is never stored.
    pub lost: bool,
}

/// The classroom's modes. Each states the view it needs and gives the view back on leaving.
#[derive(Clone, PartialEq, Default)]
pub struct Classroom {
    /// The step of the story shown, if the story is open (0-based).
    pub story: Option<usize>,
    /// Presentation mode: large type and high contrast for a projector.
    pub presentation: bool,
    /// Areas side by side in the comparison (at most `url::MAX_COMPARED`).
    pub compare: Vec<AreaId>,
    /// The guessing game is open.
    pub game: bool,
    /// The gemeente whose printable worksheet is shown.
    pub worksheet: Option<AreaId>,
    /// The worksheet's answer key is shown (and printed); hidden at first, for pupils' eyes.
    pub worksheet_key: bool,
    /// The view before the story or the worksheet began, shown again when it closes.
    before: Option<UrlView>,
}

/// The page around the map: embedding, dialogs, language.
#[derive(Clone, PartialEq, Default)]
pub struct Page {
    /// Shown inside another site's page, and how.
    pub embed: Option<crate::url::Embed>,
    /// The "Insluiten" dialog is open.
    pub embed_dialog: bool,
    /// The language of the texts, and the one the browser asks for (a link names the
    /// language only when it differs).
    pub lang: Lang,
    pub browser_lang: Lang,
}

/// A table of the user's own on the map.
#[derive(Clone, PartialEq)]
pub struct OwnInUse {
    pub file: String,
    pub table: Rc<AreaTable>,
    /// The user's own areas, when a shape file came with the table (the table is on them).
    pub shapes: Option<Rc<OwnShapes>>,
    /// The atlas of the CBS data, which keeps receiving the bundle's parts meanwhile.
    pub cbs: Rc<Atlas>,
}

impl OwnInUse {
    /// The atlas showing the own table: on the own areas when a shape file came with it,
    /// else on the CBS areas.
    pub fn atlas(&self) -> Atlas {
        match &self.shapes {
            Some(shapes) => self.cbs.with_own_areas(Rc::clone(&self.table), shapes, &self.file),
            None => self.cbs.with_own_table(Rc::clone(&self.table)),
        }
    }
}

/// Every change the user (or the loader) can make.
pub enum Action {
    Loaded(Atlas),
    /// A further part of the bundle arrived (wijk or buurt shapes, further tables).
    PartLoaded(Part),
    LoadFailed(LoadError),
    /// Apply a URL's query (on load and on the back button).
    RestoreUrl(String),
    Resize([f64; 2]),
    /// Show an area: its parts when they have a map, else the area among its siblings.
    Open(AreaId),
    OpenCountry,
    /// One level up (Escape on the map): from an area's parts to its siblings, with the area
    /// selected; from a level of the whole country to the level above.
    Up,
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
    /// Show another year, set of groups or lens.
    SetView(DataView),
    /// Compare with another earlier year in the change mode.
    SetChangeSince(u16),
    /// A file of the user's is being read (its name).
    OwnTableReading(String),
    /// Stop reading it.
    CancelOwnReading,
    /// A file of the user's was read: its preview, or the message why it cannot be used.
    OwnTableRead(Result<Rc<OwnPreview>, Said>),
    /// Correct the family of a group of the previewed table (by position).
    SetOwnFamily(usize, Vec<Family>),
    /// Put the previewed table on the map.
    ApplyOwnTable,
    /// Forget the previewed file.
    CancelOwnTable,
    /// Show the CBS data again.
    BackToCbs,
    /// Close the message about a file or about a lost own table.
    DismissOwnNote,
    /// Show a step of the story (0-based): its view and its text.
    StoryStep(usize),
    CloseStory,
    SetPresentation(bool),
    /// Add an area to the comparison, or take it out.
    ToggleCompare(AreaId),
    ClearCompare,
    /// Open or close the guessing game.
    SetGame(bool),
    /// Show a gemeente's worksheet (and its wijken on the map), or close it.
    ShowWorksheet(Option<AreaId>),
    ShowWorksheetKey(bool),
    /// Open or close the "Insluiten" dialog.
    SetEmbedDialog(bool),
    /// Speak another language.
    SetLanguage(Lang),
    /// Something on screen needs a further part of the bundle now.
    NeedPart(PartKind),
    /// Enter in the search before anything was found: open the first hit once the rows of the
    /// wijken and buurten are there.
    OpenFirstFound,
}

/// Pixels kept free around an area the camera fits.
const FIT_PADDING: f64 = 24.0;
/// The width the open legend takes at the map's left, kept free when fitting an area on a map
/// at least `LEGEND_BAND_FROM` pixels wide (the legend starts open from 560 px).
const LEGEND_BAND: f64 = 180.0;
const LEGEND_BAND_FROM: f64 = 700.0;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The same size again changes nothing (and so re-renders nothing).
        if matches!(action, Action::Resize(size) if size == self.place.viewport) {
            return self;
        }
        // A part asked for again is already on its way.
        if matches!(action, Action::NeedPart(kind) if self.loading.asked.contains(&kind)) {
            return self;
        }
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

    /// Whether the map has figures to colour at a level in the current mode and view: another
    /// year or the finer groups may have gemeenten only.
    pub fn level_available(&self, level: Level) -> bool {
        let Some(atlas) = self.atlas() else { return false };
        let has_rows = |table: Option<Rc<atlas_core::model::AreaTable>>| {
            table.is_some_and(|t| t.ids_at(level).into_iter().any(|id| t.has_row(id)))
        };
        match self.map.mode {
            MapMode::Typology => level == Level::Gemeente,
            MapMode::Diversity => has_rows(Some(Rc::clone(atlas.table_rc()))),
            MapMode::LensGap => has_rows(atlas.tables.kwb(atlas.view.year)),
            MapMode::Change => !self.change_years_at(level).is_empty() && has_rows(atlas.tables.kwb(atlas.view.year)),
        }
    }

    /// The earlier years the change mode can compare with at the map's level: those whose
    /// table has figures for its areas (wijken: 2021; gemeenten: 2017, 2020, 2021), oldest first.
    pub fn change_years(&self) -> Vec<u16> {
        self.change_years_at(self.place.level)
    }

    /// The earlier years with figures for the areas of a level (buurten: none).
    pub fn change_years_at(&self, level: Level) -> Vec<u16> {
        let Some(atlas) = self.atlas() else { return Vec::new() };
        let has_rows =
            |year| atlas.tables.kwb(year).is_some_and(|t| t.ids_at(level).into_iter().any(|id| t.has_row(id)));
        // `years` lists them newest first.
        atlas.tables.years().into_iter().rev().filter(|&y| y < atlas.view.year && has_rows(y)).collect()
    }

    /// The year the change mode compares with: the one chosen, if the level has figures for
    /// it, else the earliest that has.
    pub fn change_since(&self) -> u16 {
        self.change_since_among(&self.change_years())
    }

    /// The same, among the years already found for the level (`change_years`).
    pub fn change_since_among(&self, years: &[u16]) -> u16 {
        match self.map.change_since.filter(|y| years.contains(y)) {
            Some(year) => year,
            None => years.first().copied().or(self.map.change_since).unwrap_or(crate::url::DEFAULT_YEAR),
        }
    }

    /// What the map draws and the ranking lists now (the typology mode draws all gemeenten),
    /// with the classification when the typology is shown (computed by the caller, who memoises it).
    pub fn map_input(&self, typology: Option<Rc<TypologyResult>>) -> Option<MapInput> {
        let atlas = Rc::clone(self.atlas()?);
        let (level, within) = self.map_scope();
        let typology = typology.filter(|_| self.map.mode == MapMode::Typology);
        // Only the change mode reads the year (finding it scans the tables: not on every render).
        let change_since = if self.map.mode == MapMode::Change { self.change_since() } else { atlas.view.year };
        Some(MapInput { atlas, level, within, mode: self.map.mode, change_since, typology })
    }

    /// The classification at the thresholds, when the typology is shown (computed afresh: the
    /// app memoises it by atlas and thresholds).
    #[cfg(test)]
    pub fn typology(&self) -> Option<TypologyResult> {
        let atlas = self.atlas().filter(|_| self.map.mode == MapMode::Typology)?;
        Some(TypologyResult::compute(atlas, &self.map.thresholds))
    }

    /// Whether a level the map cannot colour yet will have areas once the rows below the
    /// gemeenten arrive (so its button asks for them instead of being greyed out).
    pub fn level_coming(&self, level: Level) -> bool {
        let rows_pending = self.atlas().is_some_and(|atlas| atlas.is_pending(PartKind::Rows));
        rows_pending && level > Level::Gemeente && self.map.mode != MapMode::Typology
    }

    /// Keeps the country-wide level to one the map can colour (after a change of view or mode).
    fn keep_level_available(&mut self) {
        if self.place.within.is_none() && self.map.mode != MapMode::Typology && !self.level_available(self.place.level)
        {
            self.place.level = Level::Gemeente;
        }
    }

    /// The level and scope the map draws: the typology always shows all gemeenten.
    pub fn map_scope(&self) -> (Level, Option<AreaId>) {
        match self.map.mode {
            MapMode::Typology => (Level::Gemeente, None),
            _ => (self.place.level, self.place.within),
        }
    }

    /// The view as the URL shows it.
    /// The further parts of the bundle still missing that the screen needs now: what the view
    /// shows (see [`crate::url::needed_parts`]), the rows and shapes of an area opened before
    /// they arrived, and what was asked for.
    pub fn needed_parts(&self) -> Vec<PartKind> {
        let Some(atlas) = self.atlas() else { return Vec::new() };
        let mut parts = crate::url::needed_parts(&self.url_view());
        let awaited = self.loading.awaiting.and_then(|id| atlas.table().area(id).level.child());
        let awaited = awaited.map(|child| vec![PartKind::Rows, PartKind::Layer(child)]).unwrap_or_default();
        for &kind in awaited.iter().chain(&self.loading.asked) {
            if !parts.contains(&kind) {
                parts.push(kind);
            }
        }
        parts.retain(|&kind| atlas.is_pending(kind));
        parts
    }

    /// Something chosen waits for the rows below the gemeenten: an area to open, a level.
    pub fn waiting_for_rows(&self) -> bool {
        self.loading.awaiting.is_some() || self.loading.awaiting_level.is_some()
    }

    fn ask_for(&mut self, kind: PartKind) {
        if !self.loading.asked.contains(&kind) {
            self.loading.asked.push(kind);
        }
    }

    pub fn url_view(&self) -> UrlView {
        let Some(atlas) = self.atlas() else {
            return self.loading.pending_url.clone().unwrap_or_default();
        };
        let code = |id: Option<AreaId>| id.map(|id| atlas.table().area(id).code.to_string());
        let threshold = atlas.threshold.residents();
        UrlView {
            level: Some(self.place.level),
            within: code(self.place.within),
            area: code(self.place.selected),
            camera: self.place.camera,
            threshold: (threshold != DisclosureThreshold::default().residents()).then_some(threshold),
            mode: self.map.mode,
            thresholds: self.map.thresholds.changed(),
            view: Some(atlas.view).filter(|v| *v != DataView::default_for(atlas.tables.count_year)),
            since: (self.map.mode == MapMode::Change).then(|| self.change_since()),
            own_table: self.own.in_use.is_some(),
            story: self.classroom.story,
            presentation: self.classroom.presentation,
            compare: self.classroom.compare.iter().map(|&id| atlas.table().area(id).code.to_string()).collect(),
            worksheet: code(self.classroom.worksheet),
            embed: self.page.embed.clone(),
            lang: (self.page.lang != self.page.browser_lang).then_some(self.page.lang),
        }
    }

    /// The state the app starts in: the URL's view on the loaded data, or the message why
    /// the data could not be loaded.
    pub fn starting(query: &str, browser_lang: Lang, loaded: Result<Atlas, LoadError>) -> State {
        let page = Page { browser_lang, ..Page::default() };
        let state = State { page, ..State::default() }.apply(Action::RestoreUrl(query.to_owned()));
        let mut state = state.apply(match loaded {
            Ok(atlas) => Action::Loaded(atlas),
            Err(message) => Action::LoadFailed(message),
        });
        // A link to an own table opened afresh: the table is not stored anywhere. (Going back
        // in the history to such a view later is not a link to explain.)
        state.own.lost = parse_query(query).own_table;
        state
    }

    /// The same state with the map's size known (before the first render).
    pub fn apply_resize(self, size: [f64; 2]) -> State {
        self.apply(Action::Resize(size))
    }

    /// The reducer without the `Rc`, for tests of modules that read states.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub fn apply_for_test(self, action: Action) -> State {
        self.apply(action)
    }

    fn apply(mut self, action: Action) -> State {
        // The worksheet owns its view (the groups its questions need): it is left, not changed.
        let changes_view = matches!(action, Action::SetView(_) | Action::SetMode(_) | Action::SetLevel(_));
        if changes_view && self.classroom.worksheet.is_some() {
            return self;
        }
        self.apply_action(action);
        self
    }

    fn apply_action(&mut self, action: Action) {
        match action {
            Action::LoadFailed(message) => self.data = Data::Failed(message),
            Action::Loaded(atlas) => {
                self.data = Data::Ready(Rc::new(atlas));
                let pending = self.loading.pending_url.take().unwrap_or_default();
                self.restore(pending);
            }
            Action::PartLoaded(part) => self.add_part(part),
            Action::RestoreUrl(query) => {
                let view = parse_query(&query);
                self.page.lang = view.lang.unwrap_or(self.page.browser_lang);
                self.restore(view);
                // The URL is the truth: out of the modes, nothing is left to return to.
                if self.classroom.story.is_none() && self.classroom.worksheet.is_none() {
                    self.classroom.before = None;
                }
            }
            Action::SetLanguage(lang) => self.page.lang = lang,
            Action::Resize(size) => {
                // An embedded map's box is the host's to size (the page's shell measured another),
                // and a worksheet's map is printed in a box of its own: both are fitted again to
                // every size they get.
                let refit =
                    (self.page.embed.is_some() || self.classroom.worksheet.is_some()) && self.place.viewport != size;
                self.place.viewport = size;
                if self.place.camera.is_none() || refit {
                    self.place.camera = self.fitted_camera(self.place.within);
                }
            }
            Action::Open(id) => self.open(id),
            Action::OpenCountry => self.open_country(),
            Action::Up => self.go_up(),
            Action::SetLevel(level) => {
                self.loading.awaiting_level = None;
                if self.level_available(level) {
                    self.place.within = None;
                    self.place.level = level;
                } else if self.level_coming(level) {
                    // Chosen before the rows came: they (and the level's shapes) load at once.
                    self.loading.awaiting_level = Some(level);
                    self.ask_for(PartKind::Rows);
                    self.ask_for(PartKind::Layer(level));
                }
            }
            Action::SetCamera(camera) => {
                self.place.fit_when_shaped = None;
                self.place.camera = Some(camera);
            }
            Action::SortBy(key) => {
                let descending =
                    if self.map.sort.key == key { !self.map.sort.descending } else { key != SortKey::Name };
                self.map.sort = Sort { key, descending };
            }
            Action::Search(text) => {
                // Wijken and buurten are found once their rows are there.
                if !text.trim().is_empty() {
                    self.ask_for(PartKind::Rows);
                }
                self.place.search = text;
                self.loading.open_first_found = false;
            }
            Action::OpenFirstFound => {
                self.loading.open_first_found = !self.place.search.trim().is_empty();
                self.ask_for(PartKind::Rows);
                // The rows may have come since the search box looked.
                self.open_first_found_hit();
            }
            Action::NeedPart(kind) => self.ask_for(kind),
            Action::MapDrawn => self.loading.map_drawn = true,
            Action::SetMode(mode) => {
                // A wijk's buurten have no earlier year: the change shows the wijk among its siblings.
                if mode == MapMode::Change && self.place.within.is_some() && self.change_years().is_empty() {
                    self.go_up();
                }
                self.set_mode(mode);
                self.keep_level_available();
            }
            Action::SetTypologyThreshold(key, value) => self.map.thresholds.set(key, value),
            Action::ResetTypologyThresholds => self.map.thresholds = Thresholds::default(),
            Action::SetView(view) => {
                self.set_view(view);
                self.keep_level_available();
            }
            Action::SetChangeSince(year) => {
                self.map.change_since = Some(year);
                self.keep_level_available();
            }
            // A preview open meanwhile stays, to come back to when the new read is cancelled
            // or fails (its shapes joined on another property, say).
            Action::OwnTableReading(name) => {
                self.own.reading = Some(name);
                self.own.error = None;
            }
            Action::CancelOwnReading => self.own.reading = None,
            Action::OwnTableRead(Ok(preview)) => {
                self.own.reading = None;
                self.own.preview = Some(preview);
                self.own.error = None;
            }
            Action::OwnTableRead(Err(message)) => {
                self.own.reading = None;
                self.own.error = Some(message);
            }
            Action::SetOwnFamily(group, families) => {
                if let Some(preview) = &self.own.preview {
                    self.own.preview = Some(Rc::new(preview.with_family(group, families)));
                }
            }
            Action::ApplyOwnTable => self.apply_own_table(),
            Action::CancelOwnTable => self.own.preview = None,
            Action::BackToCbs => self.back_to_cbs(),
            Action::StoryStep(step) => {
                let count_year = self.atlas().map_or(crate::url::DEFAULT_YEAR, |a| a.tables.count_year);
                let view = crate::story::step_view(step.min(crate::story::STEPS - 1), count_year);
                self.enter_mode(view);
            }
            Action::CloseStory => self.leave_mode(),
            Action::SetPresentation(on) => self.classroom.presentation = on,
            Action::ToggleCompare(id) => {
                if let Some(at) = self.classroom.compare.iter().position(|&c| c == id) {
                    self.classroom.compare.remove(at);
                } else if self.classroom.compare.len() < crate::url::MAX_COMPARED {
                    self.classroom.compare.push(id);
                }
            }
            Action::ClearCompare => self.classroom.compare.clear(),
            Action::SetGame(open) => self.classroom.game = open,
            Action::ShowWorksheetKey(shown) => self.classroom.worksheet_key = shown,
            Action::SetEmbedDialog(open) => self.page.embed_dialog = open,
            Action::ShowWorksheet(Some(gemeente)) => {
                if let Some(view) = self.worksheet_view(gemeente) {
                    self.enter_mode(view);
                }
            }
            Action::ShowWorksheet(None) => self.leave_mode(),
            Action::DismissOwnNote => {
                self.own.error = None;
                self.own.lost = false;
            }
            Action::SetThreshold(residents) => {
                if let Some(atlas) = self.atlas() {
                    self.data = Data::Ready(Rc::new(atlas.with_threshold(DisclosureThreshold::new(residents))));
                }
            }
        }
    }
}
