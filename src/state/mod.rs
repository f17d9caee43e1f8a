//! The app's state and its pure reducer: every user event becomes an [`Action`]; components
//! only render slices of [`State`].

use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::data_view::DataView;
use crate::text::Lang;
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
#[cfg(test)]
pub(crate) mod tests;

/// Where the data is.
#[derive(Clone, PartialEq)]
pub enum Data {
    Loading,
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
    /// How much diversity the old lens (westers / niet-westers) hides: all groups minus it.
    LensGap,
    /// The change of the index since an earlier year.
    Change,
}

impl MapMode {
    pub const ALL: [MapMode; 4] = [MapMode::Diversity, MapMode::Typology, MapMode::LensGap, MapMode::Change];

    /// The key in the URL (none for the default).
    pub fn key(self) -> &'static str {
        match self {
            MapMode::Diversity => "diversiteit",
            MapMode::Typology => "typologie",
            MapMode::LensGap => "lensverschil",
            MapMode::Change => "verandering",
        }
    }

    pub fn from_key(key: &str) -> Option<MapMode> {
        MapMode::ALL.into_iter().find(|m| m.key() == key)
    }
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
    /// The earlier year the change mode compares with.
    pub change_since: u16,
    /// The camera of the drill-down, kept while the typology shows all gemeenten.
    place_camera: Option<Camera>,
    /// An area opened before the rows of its parts arrived: opened again when they do.
    awaiting: Option<AreaId>,
    /// A level chosen for the whole country before the rows of its areas arrived.
    awaiting_level: Option<Level>,
    /// Enter was pressed in the search before the rows came: the first hit opens when they do.
    open_first_found: bool,
    /// The area the camera should fit once its shape arrives (it was fitted to the area above
    /// it meanwhile); forgotten when the reader moves the map.
    fit_when_shaped: Option<AreaId>,

    /// A URL view waiting for the data to arrive.
    pending_url: Option<UrlView>,

    /// The user's own table in use, if any (the CBS atlas kept to return to).
    pub own: Option<OwnInUse>,
    /// The name of a file being read.
    pub own_reading: Option<String>,
    /// A file read and waiting for "Laden" or "Annuleren".
    pub own_preview: Option<Rc<OwnPreview>>,
    /// Why the last file could not be read (the data on screen stays as it was).
    pub own_error: Option<String>,
    /// The page was opened from a link to an own table, which is never stored.
    pub own_lost: bool,
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
    /// Shown inside another site's page, and how.
    pub embed: Option<crate::url::Embed>,
    /// The "Insluiten" dialog is open.
    pub embed_dialog: bool,
    /// The language of the texts, and the one the browser asks for (a link names the
    /// language only when it differs).
    pub lang: Lang,
    pub browser_lang: Lang,
    /// The view before the story began, shown again when it closes.
    before_story: Option<UrlView>,
    /// Further parts of the bundle asked for by something other than the view (a search for a
    /// wijk needs the rows): loaded at once instead of when the page is quiet.
    asked: Vec<PartKind>,
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
    LoadFailed(String),
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
    OwnTableRead(Result<Rc<OwnPreview>, String>),
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

impl Default for State {
    fn default() -> Self {
        State {
            data: Data::Loading,
            level: Level::Gemeente,
            within: None,
            selected: None,
            camera: None,
            viewport: [0.0, 0.0],
            sort: Sort { key: SortKey::Index, descending: true },
            search: String::new(),
            map_drawn: false,
            mode: MapMode::Diversity,
            thresholds: Thresholds::default(),
            typology: None,
            change_since: 2017,
            place_camera: None,
            awaiting: None,
            awaiting_level: None,
            fit_when_shaped: None,
            open_first_found: false,
            pending_url: None,
            own: None,
            own_reading: None,
            own_preview: None,
            own_error: None,
            own_lost: false,
            story: None,
            presentation: false,
            compare: Vec::new(),
            game: false,
            worksheet: None,
            worksheet_key: false,
            embed: None,
            lang: Lang::default(),
            browser_lang: Lang::default(),
            before_story: None,
            asked: Vec::new(),
            embed_dialog: false,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The same size again changes nothing (and so re-renders nothing).
        if matches!(action, Action::Resize(size) if size == self.viewport) {
            return self;
        }
        // A part asked for again is already on its way.
        if matches!(action, Action::NeedPart(kind) if self.asked.contains(&kind)) {
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
        match self.mode {
            MapMode::Typology => level == Level::Gemeente,
            MapMode::Diversity => has_rows(Some(Rc::clone(atlas.table_rc()))),
            MapMode::LensGap => has_rows(atlas.tables.kwb(atlas.view.year)),
            MapMode::Change => {
                has_rows(atlas.tables.kwb(self.change_since)) && has_rows(atlas.tables.kwb(atlas.view.year))
            }
        }
    }

    /// Whether a level the map cannot colour yet will have areas once the rows below the
    /// gemeenten arrive (so its button asks for them instead of being greyed out).
    pub fn level_coming(&self, level: Level) -> bool {
        let rows_pending = self.atlas().is_some_and(|atlas| atlas.is_pending(PartKind::Rows));
        rows_pending && level > Level::Gemeente && self.mode != MapMode::Typology
    }

    /// Keeps the country-wide level to one the map can colour (after a change of view or mode).
    fn keep_level_available(&mut self) {
        if self.within.is_none() && self.mode != MapMode::Typology && !self.level_available(self.level) {
            self.level = Level::Gemeente;
        }
    }

    /// The level and scope the map draws: the typology always shows all gemeenten.
    pub fn map_scope(&self) -> (Level, Option<AreaId>) {
        match self.mode {
            MapMode::Typology => (Level::Gemeente, None),
            _ => (self.level, self.within),
        }
    }

    /// The view as the URL shows it.
    /// The further parts of the bundle still missing that the screen needs now: what the view
    /// shows (see [`crate::url::needed_parts`]), the rows and shapes of an area opened before
    /// they arrived, and what was asked for.
    pub fn needed_parts(&self) -> Vec<PartKind> {
        let Some(atlas) = self.atlas() else { return Vec::new() };
        let mut parts = crate::url::needed_parts(&self.url_view());
        let awaited = self.awaiting.and_then(|id| atlas.table().area(id).level.child());
        let awaited = awaited.map(|child| vec![PartKind::Rows, PartKind::Layer(child)]).unwrap_or_default();
        for &kind in awaited.iter().chain(&self.asked) {
            if !parts.contains(&kind) {
                parts.push(kind);
            }
        }
        parts.retain(|&kind| atlas.is_pending(kind));
        parts
    }

    /// Something chosen waits for the rows below the gemeenten: an area to open, a level.
    pub fn waiting_for_rows(&self) -> bool {
        self.awaiting.is_some() || self.awaiting_level.is_some()
    }

    fn ask_for(&mut self, kind: PartKind) {
        if !self.asked.contains(&kind) {
            self.asked.push(kind);
        }
    }

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
            mode: self.mode,
            thresholds: self.thresholds.changed(),
            view: Some(atlas.view).filter(|v| *v != DataView::default_for(atlas.tables.count_year)),
            since: (self.mode == MapMode::Change).then_some(self.change_since),
            own_table: self.own.is_some(),
            story: self.story,
            presentation: self.presentation,
            compare: self.compare.iter().map(|&id| atlas.table().area(id).code.to_string()).collect(),
            worksheet: code(self.worksheet),
            embed: self.embed.clone(),
            lang: (self.lang != self.browser_lang).then_some(self.lang),
        }
    }

    /// Texts from now on in `lang` (the views render again with the state).
    fn set_language(&mut self, lang: Lang) {
        self.lang = lang;
        crate::text::set_lang(lang);
    }

    /// The state the app starts in: the URL's view on the loaded data, or the message why
    /// the data could not be loaded.
    pub fn starting(query: &str, browser_lang: Lang, loaded: Result<Atlas, String>) -> State {
        let state = State { browser_lang, ..State::default() }.apply(Action::RestoreUrl(query.to_owned()));
        let mut state = state.apply(match loaded {
            Ok(atlas) => Action::Loaded(atlas),
            Err(message) => Action::LoadFailed(message),
        });
        // A link to an own table opened afresh: the table is not stored anywhere. (Going back
        // in the history to such a view later is not a link to explain.)
        state.own_lost = parse_query(query).own_table;
        state
    }

    /// The same state with the map's size known (before the first render).
    pub fn apply_resize(self, size: [f64; 2]) -> State {
        self.apply(Action::Resize(size))
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
                | Action::StoryStep(_)
                | Action::SetThreshold(_)
                | Action::SetMode(_)
                | Action::SetTypologyThreshold(..)
                | Action::ResetTypologyThresholds
                | Action::SetView(_)
                | Action::PartLoaded(Part::Datasets(_))
                | Action::ApplyOwnTable
                | Action::BackToCbs
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
            Action::LoadFailed(message) => self.data = Data::Failed(message),
            Action::Loaded(atlas) => {
                self.data = Data::Ready(Rc::new(atlas));
                let pending = self.pending_url.take().unwrap_or_default();
                self.restore(pending);
            }
            Action::PartLoaded(part) => self.add_part(part),
            Action::RestoreUrl(query) => {
                let view = parse_query(&query);
                self.set_language(view.lang.unwrap_or(self.browser_lang));
                self.restore(view)
            }
            Action::SetLanguage(lang) => self.set_language(lang),
            Action::Resize(size) => {
                // An embedded map's box is the host's to size (the page's shell measured another),
                // and a worksheet's map is printed in a box of its own: both are fitted again to
                // every size they get.
                let refit = (self.embed.is_some() || self.worksheet.is_some()) && self.viewport != size;
                self.viewport = size;
                if self.camera.is_none() || refit {
                    self.camera = self.fitted_camera(self.within);
                }
            }
            Action::Open(id) => self.open(id),
            Action::OpenCountry => self.open_country(),
            Action::Up => self.go_up(),
            Action::SetLevel(level) => {
                self.awaiting_level = None;
                if self.level_available(level) {
                    self.within = None;
                    self.level = level;
                } else if self.level_coming(level) {
                    // Chosen before the rows came: they (and the level's shapes) load at once.
                    self.awaiting_level = Some(level);
                    self.ask_for(PartKind::Rows);
                    self.ask_for(PartKind::Layer(level));
                }
            }
            Action::SetCamera(camera) => {
                self.fit_when_shaped = None;
                self.camera = Some(camera);
            }
            Action::SortBy(key) => {
                let descending = if self.sort.key == key { !self.sort.descending } else { key != SortKey::Name };
                self.sort = Sort { key, descending };
            }
            Action::Search(text) => {
                // Wijken and buurten are found once their rows are there.
                if !text.trim().is_empty() {
                    self.ask_for(PartKind::Rows);
                }
                self.search = text;
                self.open_first_found = false;
            }
            Action::OpenFirstFound => {
                self.open_first_found = !self.search.trim().is_empty();
                self.ask_for(PartKind::Rows);
                // The rows may have come since the search box looked.
                self.open_first_found_hit();
            }
            Action::NeedPart(kind) => self.ask_for(kind),
            Action::MapDrawn => self.map_drawn = true,
            Action::SetMode(mode) => {
                self.set_mode(mode);
                self.keep_level_available();
            }
            Action::SetTypologyThreshold(key, value) => self.thresholds.set(key, value),
            Action::ResetTypologyThresholds => self.thresholds = Thresholds::default(),
            Action::SetView(view) => {
                self.set_view(view);
                self.keep_level_available();
            }
            Action::SetChangeSince(year) => {
                self.change_since = year;
                self.keep_level_available();
            }
            // A preview open meanwhile stays, to come back to when the new read is cancelled
            // or fails (its shapes joined on another property, say).
            Action::OwnTableReading(name) => {
                self.own_reading = Some(name);
                self.own_error = None;
            }
            Action::CancelOwnReading => self.own_reading = None,
            Action::OwnTableRead(Ok(preview)) => {
                self.own_reading = None;
                self.own_preview = Some(preview);
                self.own_error = None;
            }
            Action::OwnTableRead(Err(message)) => {
                self.own_reading = None;
                self.own_error = Some(message);
            }
            Action::SetOwnFamily(group, families) => {
                if let Some(preview) = &self.own_preview {
                    self.own_preview = Some(Rc::new(preview.with_family(group, families)));
                }
            }
            Action::ApplyOwnTable => self.apply_own_table(),
            Action::CancelOwnTable => self.own_preview = None,
            Action::BackToCbs => self.back_to_cbs(),
            Action::StoryStep(step) => {
                if self.story.is_none() {
                    self.before_story = Some(self.url_view());
                }
                let count_year = self.atlas().map_or(crate::url::DEFAULT_YEAR, |a| a.tables.count_year);
                let view = crate::story::step_view(step.min(crate::story::STEPS - 1), count_year);
                let now = self.url_view();
                self.restore(crate::url::UrlView {
                    presentation: now.presentation,
                    compare: now.compare,
                    embed: now.embed,
                    ..view
                });
            }
            Action::CloseStory => {
                self.story = None;
                // Back to the view the story started from (the comparison and presentation stay).
                if let Some(before) = self.before_story.take() {
                    let now = self.url_view();
                    self.restore(crate::url::UrlView {
                        presentation: now.presentation,
                        compare: now.compare,
                        ..before
                    });
                }
            }
            Action::SetPresentation(on) => self.presentation = on,
            Action::ToggleCompare(id) => {
                if let Some(at) = self.compare.iter().position(|&c| c == id) {
                    self.compare.remove(at);
                } else if self.compare.len() < crate::url::MAX_COMPARED {
                    self.compare.push(id);
                }
            }
            Action::ClearCompare => self.compare.clear(),
            Action::SetGame(open) => self.game = open,
            Action::ShowWorksheetKey(shown) => self.worksheet_key = shown,
            Action::SetEmbedDialog(open) => self.embed_dialog = open,
            Action::ShowWorksheet(gemeente) => {
                self.worksheet = gemeente;
                self.worksheet_key = false;
                if let Some(id) = gemeente {
                    self.open(id);
                }
            }
            Action::DismissOwnNote => {
                self.own_error = None;
                self.own_lost = false;
            }
            Action::SetThreshold(residents) => {
                if let Some(atlas) = self.atlas() {
                    self.data = Data::Ready(Rc::new(atlas.with_threshold(DisclosureThreshold::new(residents))));
                }
            }
        }
    }
}
