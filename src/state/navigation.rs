//! How the view moves: opening an area (drilling down or selecting in place), the country
//! view, the typology mode, fitting the camera, and restoring a URL's view.

use super::{Data, MapMode, OwnInUse, State, FIT_PADDING, LEGEND_BAND, LEGEND_BAND_FROM};
use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::data_view::DataView;
use crate::url::UrlView;
use atlas_core::bundle::{Part, PartKind};
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::{AreaId, Level};
use atlas_core::typology::Thresholds;
use std::rc::Rc;

impl State {
    /// Enters a classroom mode (the story's step, the worksheet) with the view it states. The
    /// view before the first mode is kept; the comparison, presentation, embedding and language
    /// are the reader's and stay.
    pub(super) fn enter_mode(&mut self, view: UrlView) {
        let now = self.url_view();
        if self.classroom.before.is_none() {
            self.classroom.before = Some(UrlView { story: None, worksheet: None, ..now.clone() });
        }
        self.restore(UrlView {
            presentation: now.presentation,
            compare: now.compare,
            embed: now.embed,
            lang: now.lang,
            ..view
        });
        self.classroom.worksheet_key = false;
    }

    /// Leaves the story or the worksheet: the view from before it comes back whole (place,
    /// table, groups, lens, mode, thresholds); from a link straight into a mode, the atlas's
    /// first view. The comparison, presentation, embedding and language stay.
    pub(super) fn leave_mode(&mut self) {
        let before = self.classroom.before.take().unwrap_or_default();
        let now = self.url_view();
        self.restore(UrlView {
            presentation: now.presentation,
            compare: now.compare,
            embed: now.embed,
            lang: now.lang,
            ..before
        });
        self.classroom.story = None;
        self.classroom.worksheet = None;
        self.classroom.worksheet_key = false;
    }

    /// The view a gemeente's worksheet needs: its wijken coloured by the index with the seven
    /// groups of the KWB table of the count year (the only table with wijken), all groups apart.
    pub(super) fn worksheet_view(&self, gemeente: AreaId) -> Option<UrlView> {
        let atlas = self.atlas()?;
        let area = atlas.table().area(gemeente);
        (area.level == Level::Gemeente).then(|| UrlView {
            level: Some(Level::Wijk),
            within: Some(area.code.to_string()),
            worksheet: Some(area.code.to_string()),
            view: Some(DataView::default_for(atlas.tables.count_year)),
            ..UrlView::default()
        })
    }

    /// Switches what the map colours. The typology is a map of all gemeenten; the drill-down
    /// and its camera are kept and come back when the map leaves the typology.
    pub(super) fn set_mode(&mut self, mode: MapMode) {
        let was = self.map.mode;
        self.map.mode = mode;
        if mode == MapMode::Typology && was != MapMode::Typology {
            self.place.place_camera = self.place.camera;
            self.place.camera = self.fitted_camera(None);
        } else if was == MapMode::Typology && mode != MapMode::Typology {
            self.place.camera = self.place.place_camera.take().or_else(|| self.fitted_camera(self.place.within));
        }
    }

    /// Shows another year, set of groups or lens; the place stays, unless the new table has no
    /// figures for the level drawn (then the view climbs to the lowest level it has).
    pub(super) fn set_view(&mut self, view: DataView) {
        let Some(atlas) = self.atlas() else {
            return;
        };
        if atlas.view == view {
            return;
        }
        let atlas = Rc::new(atlas.with_view(view));
        self.data = Data::Ready(Rc::clone(&atlas));
        while let Some(within) = self.place.within {
            if atlas.children_have_rows(within) {
                break;
            }
            let parent = atlas.table().area(within).parent.filter(|&p| Some(p) != atlas.country);
            self.place.within = parent;
            self.place.level = parent.and_then(|p| atlas.table().area(p).level.child()).unwrap_or(Level::Gemeente);
        }
    }

    /// Adds a further part of the bundle (the view stays; shapes that were on their way appear).
    pub(super) fn add_part(&mut self, part: Part) {
        let Some(atlas) = self.atlas().cloned() else {
            return;
        };
        // With an own table on the map the CBS atlas takes the part, and the own table is put
        // on its (perhaps richer) geometry again.
        let atlas = match &mut self.own.in_use {
            Some(own) => {
                own.cbs = Rc::new(own.cbs.with_part(part));
                Rc::new(own.atlas().with(atlas.view, atlas.threshold))
            }
            None => Rc::new(atlas.with_part(part)),
        };
        self.data = Data::Ready(Rc::clone(&atlas));
        if !atlas.is_pending(PartKind::Rows) {
            if let Some(id) = self.loading.awaiting.take() {
                self.open(id);
            }
            if let Some(level) = self.loading.awaiting_level.take().filter(|&l| self.level_available(l)) {
                self.place.within = None;
                self.place.level = level;
            }
            self.open_first_found_hit();
        }
        if let Some(target) = self.place.fit_when_shaped.filter(|&t| atlas.bounds(t).is_some()) {
            self.place.fit_when_shaped = None;
            self.place.camera = self.fitted_camera(Some(target));
        }
    }

    /// Puts the previewed own table on the map, keeping the CBS atlas to return to. The view
    /// stays (place, level, lens, threshold); another year or change since a year has no
    /// meaning for one table, so those go back to the diversity of the table.
    pub(super) fn apply_own_table(&mut self) {
        let (Some(preview), Some(atlas)) = (self.own.preview.take(), self.atlas().cloned()) else {
            return;
        };
        let cbs = self.own.in_use.take().map_or_else(|| Rc::clone(&atlas), |own| own.cbs);
        let table = Rc::new(preview.table.clone());
        let shapes = preview.shapes.clone().map(Rc::new);
        let own = OwnInUse { file: preview.file.clone(), table, shapes, cbs };
        self.data = Data::Ready(Rc::new(own.atlas()));
        self.own.in_use = Some(own);
        self.keep_place_by_code(&atlas);
        self.own.error = None;
        self.own.lost = false;
        if self.map.mode == MapMode::Change {
            self.map.mode = MapMode::Diversity;
        }
        self.keep_level_available();
        self.show_where_the_rows_are();
    }

    /// A table of one gemeente's wijken or buurten opens that gemeente (unless the map is in
    /// it already); otherwise, when the map draws none of the table's rows, the coarsest level
    /// that draws rows is shown.
    fn show_where_the_rows_are(&mut self) {
        let Some(atlas) = self.atlas().cloned() else { return };
        let table = atlas.table();
        // Shapes still on their way count as drawn.
        let drawn = |id: AreaId| {
            let level = table.area(id).level;
            atlas.is_pending(PartKind::Layer(level)) || atlas.has_shape(id)
        };
        let rows: Vec<AreaId> =
            table.areas().filter(|(id, a)| a.level > Level::Gemeente && table.has_row(*id)).map(|(id, _)| id).collect();
        let gemeenten: std::collections::BTreeSet<_> =
            rows.iter().filter_map(|&id| table.area(id).code.gemeente()).collect();
        if let (1, Some(id)) = (gemeenten.len(), gemeenten.first().and_then(|code| table.find(code))) {
            let inside = self.place.within.is_some_and(|w| w == id || atlas.lies_in(w, Some(id)));
            if !inside && self.map.mode != MapMode::Typology {
                return self.open(id);
            }
        }
        let (level, within) = self.map_scope();
        if atlas.areas_in(level, within).into_iter().any(|id| table.has_row(id) && drawn(id)) {
            return;
        }
        let draws_rows = |l: Level| table.ids_at(l).into_iter().any(|id| table.has_row(id) && drawn(id));
        if let Some(level) = [Level::Gemeente, Level::Wijk, Level::Buurt].into_iter().find(|&l| draws_rows(l)) {
            self.place.within = None;
            self.place.level = level;
            self.place.camera = self.fitted_camera(None);
        }
    }

    /// Shows the CBS data again, at the same place and threshold.
    pub(super) fn back_to_cbs(&mut self) {
        let Some(own) = self.own.in_use.take() else { return };
        let threshold = self.threshold();
        let before = self.atlas().cloned();
        self.data = Data::Ready(Rc::new(own.cbs.with(own.cbs.view, threshold)));
        if let Some(before) = before {
            self.keep_place_by_code(&before);
        }
        self.keep_level_available();
    }

    /// After the areas changed (own areas on, or off again): the open and selected area are
    /// found again by code in the new areas (ids differ), or left for the whole country.
    fn keep_place_by_code(&mut self, before: &Atlas) {
        let Some(now) = self.atlas().cloned() else { return };
        if Rc::ptr_eq(&before.tables.frame, &now.tables.frame) {
            return;
        }
        let again = |id: Option<AreaId>| {
            let code = &before.table().area(id?).code;
            now.table().find(code)
        };
        let within = again(self.place.within);
        let lost_place = self.place.within.is_some() && within.is_none();
        self.place.within = within;
        self.place.selected = again(self.place.selected);
        self.classroom.compare = self.classroom.compare.iter().filter_map(|&id| again(Some(id))).collect();
        self.classroom.worksheet = again(self.classroom.worksheet);
        self.loading.awaiting = None;
        self.place.place_camera = None;
        if lost_place {
            self.place.level = Level::Gemeente;
            self.place.camera = self.fitted_camera(None);
        }
    }

    /// After Enter in the search before the rows came: opens the first hit once they are there.
    pub(super) fn open_first_found_hit(&mut self) {
        let Some(atlas) = self.atlas().cloned().filter(|a| !a.is_pending(PartKind::Rows)) else { return };
        if std::mem::take(&mut self.loading.open_first_found) {
            if let Some(&id) = atlas.tables.search_index().search(&self.place.search, 1).first() {
                self.open(id);
            }
        }
    }

    pub(super) fn open(&mut self, id: AreaId) {
        let Some(atlas) = self.atlas().cloned() else {
            return;
        };
        let area = atlas.table().area(id);
        self.place.selected = Some(id);
        self.place.search.clear();
        self.loading.awaiting_level = None;
        self.place.fit_when_shaped = None;
        // Opened before the rows of its parts arrived: open it again when they do.
        self.loading.awaiting = (area.level.child().is_some() && atlas.is_pending(PartKind::Rows)).then_some(id);
        if self.map.mode == MapMode::Typology {
            if area.level == Level::Gemeente {
                return;
            }
            self.map.mode = MapMode::Diversity;
            self.place.place_camera = None;
        }
        if area.level == Level::Land {
            return self.open_country();
        }
        // Drill down whenever the parts have figures: the list shows them even where the map
        // cannot (no shapes, or shapes still loading), and the map says why.
        // The change mode has no earlier year for buurten: a wijk is then selected among its siblings.
        let child =
            area.level.child().filter(|&c| self.map.mode != MapMode::Change || !self.change_years_at(c).is_empty());
        if let (Some(child), true) = (child, atlas.children_have_rows(id)) {
            self.place.within = Some(id);
            self.place.level = child;
            self.fit(&atlas, id);
            return;
        }
        let parent = area.parent.filter(|&p| Some(p) != atlas.country);
        self.place.within = parent;
        self.place.level = area.level;
        if atlas.has_shape(id) || atlas.is_pending(PartKind::Layer(area.level)) {
            self.fit(&atlas, parent.unwrap_or(id));
        }
    }

    /// Fits the camera to an area; while its shape is still on its way, to the area above it
    /// that has one, and to the area itself when its shape arrives.
    fn fit(&mut self, atlas: &Atlas, id: AreaId) {
        self.place.camera = self.fitted_camera(Some(id));
        let level = atlas.table().area(id).level;
        self.place.fit_when_shaped =
            (atlas.bounds(id).is_none() && atlas.is_pending(PartKind::Layer(level))).then_some(id);
    }

    /// One level up: the open area's siblings with the area selected, or (all areas of a
    /// level drawn) the level above. The typology is one map: nothing is above it.
    pub(super) fn go_up(&mut self) {
        let Some(atlas) = self.atlas().cloned() else { return };
        if self.map.mode == MapMode::Typology {
            return;
        }
        match self.place.within {
            Some(open) => {
                match atlas.table().area(open).parent.filter(|&p| Some(p) != atlas.country) {
                    Some(parent) => self.open(parent),
                    None => self.open_country(),
                }
                self.place.selected = Some(open);
            }
            None => {
                if let Some(level) = self.place.level.parent().filter(|&l| l >= Level::Gemeente) {
                    self.place.level = level;
                }
            }
        }
    }

    pub(super) fn open_country(&mut self) {
        self.loading.awaiting_level = None;
        self.place.fit_when_shaped = None;
        self.place.within = None;
        self.place.level = Level::Gemeente;
        self.place.selected = None;
        self.place.camera = self.fitted_camera(None);
    }

    pub(super) fn fitted_camera(&self, around: Option<AreaId>) -> Option<Camera> {
        let atlas = self.atlas()?;
        if self.place.viewport[0] <= 0.0 {
            return None;
        }
        // An area without a shape is shown by the nearest area above it that has one.
        let area = around.or(atlas.country)?;
        let bounds = atlas.table().ancestry(area).into_iter().rev().find_map(|a| atlas.bounds(a))?;
        // On a wide map the open legend takes the top left: keep a band free for it (on a
        // worksheet's map always: printed smaller, it keeps its legend).
        let wide = self.place.viewport[0] >= LEGEND_BAND_FROM || self.classroom.worksheet.is_some();
        let legend = if wide { LEGEND_BAND } else { 0.0 };
        Some(Camera::fit(&bounds, self.place.viewport, FIT_PADDING, legend))
    }

    pub(super) fn restore(&mut self, view: UrlView) {
        let Some(atlas) = self.atlas().cloned() else {
            self.loading.pending_url = Some(view);
            return;
        };
        // A link that names only a story step (`?verhaal=5`) shows that step's view.
        let view = match view.story {
            Some(step) if view.level.is_none() && view.within.is_none() && view.area.is_none() => UrlView {
                presentation: view.presentation,
                compare: view.compare.clone(),
                embed: view.embed.clone(),
                ..crate::story::step_view(step, atlas.tables.count_year)
            },
            _ => view,
        };
        let data_view = view.view.unwrap_or(DataView::default_for(atlas.tables.count_year));
        let threshold = view.threshold.map_or(DisclosureThreshold::default(), DisclosureThreshold::new);
        let atlas = if threshold != atlas.threshold || data_view != atlas.view {
            let atlas = Rc::new(atlas.with(data_view, threshold));
            self.data = Data::Ready(Rc::clone(&atlas));
            atlas
        } else {
            atlas
        };
        if let Some(since) = view.since.filter(|&y| y < data_view.year && atlas.tables.years().contains(&y)) {
            self.map.change_since = Some(since);
        }
        let find = |code: &Option<String>| code.as_deref().and_then(|c| atlas.table().find_str(c));
        self.place.within = find(&view.within).filter(|&id| atlas.table().area(id).level != Level::Buurt);
        self.place.selected = find(&view.area);
        let lowest = self.place.within.and_then(|w| atlas.table().area(w).level.child()).unwrap_or(Level::Gemeente);
        self.place.level = view.level.filter(|&l| l >= lowest).unwrap_or(lowest);
        self.place.camera = view.camera.or_else(|| self.fitted_camera(self.place.within));
        self.map.thresholds = Thresholds::default();
        for &(key, value) in &view.thresholds {
            self.map.thresholds.set(key, value);
        }
        self.map.mode = view.mode;
        self.place.place_camera = None;
        self.classroom.story = view.story;
        self.classroom.presentation = view.presentation;
        self.classroom.compare = view.compare.iter().filter_map(|c| atlas.table().find_str(c)).collect();
        self.classroom.worksheet = find(&view.worksheet).filter(|&id| atlas.table().area(id).level == Level::Gemeente);
        self.page.embed = view.embed;
        // A bare worksheet link (`?werkblad=GM0518`) shows the gemeente the sheet is about.
        if let (Some(id), None, None) = (self.classroom.worksheet, self.place.within, self.place.selected) {
            self.open(id);
        }
    }
}
