//! The loaded atlas: the bundle plus what the browser computes from it (measures, indexes).

use crate::data_view::{DataView, GroupSet};
use crate::tables::{DatasetEntry, Tables};
use atlas_core::bundle::{FirstPart, Metadata, Part, PartKind, PlanarBorder, ShapeLayer, Source};
use atlas_core::geometry::{interior_point, Bounds, ShapeIndex};
use atlas_core::measures::{measure_area, AreaMeasures, DisclosureThreshold, Undefined};
use atlas_core::model::{AreaId, AreaTable, Lens, Level, TableDifference};
use atlas_core::own_table::{completed_layers, OwnShapes};
use atlas_core::typology::{gemeente_facts, Detail, GemeenteFacts, Geography};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// The shared pieces of an atlas that do not depend on the view.
struct Parts {
    meta: Rc<Metadata>,
    tables: Rc<Tables>,
    layers: Rc<Vec<Rc<Layer>>>,
    pending: Rc<Vec<PartKind>>,
    held: Rc<Vec<ShapeLayer>>,
    borders: Rc<Vec<PlanarBorder>>,
}

/// The index of one area under one lens.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LensIndex {
    pub lens: Lens,
    /// How many groups the lens distinguishes there.
    pub groups: usize,
    pub index: Option<f64>,
}

/// One level's shapes with a spatial index per level of detail and the area → shape lookup.
pub struct Layer {
    pub shapes: ShapeLayer,
    /// One spatial index per level of detail, built on first use (not on the way to the first map).
    indexes: Vec<OnceCell<ShapeIndex>>,
    pub shape_of_area: HashMap<AreaId, usize>,
}

/// Everything the app shows, computed once per bundle and again per view (year, groups, lens)
/// and disclosure threshold. Geometry, tables and geography are shared between those atlases.
pub struct Atlas {
    pub meta: Rc<Metadata>,
    pub tables: Rc<Tables>,
    pub layers: Rc<Vec<Rc<Layer>>>,
    /// Parts of the bundle listed by the first part and not loaded yet.
    pub pending: Rc<Vec<PartKind>>,
    /// Layers that arrived before the rows they refer to.
    held: Rc<Vec<ShapeLayer>>,
    pub borders: Rc<Vec<PlanarBorder>>,
    /// Neighbours and border distances, computed on first use of the typology.
    geography: Rc<OnceCell<Geography>>,
    /// The year, groups and lens of the figures.
    pub view: DataView,
    /// The view's table: the frame's areas (same ids) with the view's groups.
    table: Rc<AreaTable>,
    /// The typology's facts per gemeente at this view and threshold, on first use.
    facts: OnceCell<Rc<Vec<GemeenteFacts>>>,
    /// Per area: new lens minus old lens, on first use of that map mode.
    lens_gap: OnceCell<Rc<Vec<Option<f64>>>>,
    /// Per area: the change of the index since a year, on first use per year.
    changes: RefCell<HashMap<u16, Rc<Vec<Option<f64>>>>>,
    pub threshold: DisclosureThreshold,
    pub measures: Rc<Vec<Result<AreaMeasures, Undefined>>>,
    pub country: Option<AreaId>,
}

impl PartialEq for Atlas {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Atlas {
    /// An atlas of a whole bundle (every part present).
    pub fn new(bundle: atlas_core::bundle::Bundle, threshold: DisclosureThreshold) -> Atlas {
        let atlas_core::bundle::Bundle { meta, table, layers, borders, datasets, place_names } = bundle;
        let first = FirstPart { meta, table, layers, borders, place_names, parts: Vec::new() };
        Atlas::from_parts(first, vec![Part::Datasets(datasets)], threshold)
    }

    /// An atlas of the first part of a split bundle and whichever further parts are loaded.
    pub fn from_parts(first: FirstPart, further: Vec<Part>, threshold: DisclosureThreshold) -> Atlas {
        let FirstPart { meta, table, layers, borders, place_names, parts } = first;
        let view = DataView::default_for(meta.count_year);
        let tables = Rc::new(Tables::new(Rc::new(table), meta.count_year, Vec::new()).with_place_names(place_names));
        let layers = Rc::new(layers.into_iter().map(|l| Rc::new(Layer::new(l))).collect());
        let pending = Rc::new(parts.into_iter().map(|p| p.kind).collect());
        let parts =
            Parts { meta: Rc::new(meta), tables, layers, pending, held: Rc::default(), borders: Rc::new(borders) };
        let atlas = Atlas::assemble(parts, Rc::new(OnceCell::new()), view, threshold);
        further.into_iter().fold(atlas, |atlas, part| atlas.with_part(part))
    }

    /// The same atlas with one more part of the bundle (rows, a layer or the further tables).
    /// A layer that arrives before the rows its shapes refer to waits for them.
    pub fn with_part(&self, part: Part) -> Atlas {
        let mut parts = self.parts();
        let kind = match part {
            Part::Layer(layer) if self.is_pending(PartKind::Rows) => {
                let mut held: Vec<ShapeLayer> = parts.held.as_ref().clone();
                held.push(layer);
                parts.held = Rc::new(held);
                return Atlas::assemble(parts, Rc::clone(&self.geography), self.view, self.threshold);
            }
            Part::Rows(rows) => {
                let mut frame = AreaTable::clone(&self.tables.frame);
                if frame.append(rows).is_err() {
                    return self.with(self.view, self.threshold);
                }
                parts.tables = Rc::new(self.tables.with_frame(Rc::new(frame)));
                parts.pending = Rc::new(self.pending.iter().copied().filter(|&k| k != PartKind::Rows).collect());
                let held = std::mem::take(&mut parts.held);
                let atlas = self.with_more_rows(parts);
                return held.iter().cloned().fold(atlas, |atlas, layer| atlas.with_part(Part::Layer(layer)));
            }
            Part::Layer(layer) => {
                let kind = PartKind::Layer(layer.level);
                // A layer whose shapes name areas the table does not have is left out (a damaged
                // file must not make drawing or hit-testing index past the table).
                if layer.check(self.tables.frame.len()).is_err() {
                    parts.pending = Rc::new(self.pending.iter().copied().filter(|&k| k != kind).collect());
                    return Atlas::assemble(parts, Rc::clone(&self.geography), self.view, self.threshold);
                }
                let mut layers: Vec<Rc<Layer>> =
                    parts.layers.iter().filter(|l| l.shapes.level != layer.level).cloned().collect();
                layers.push(Rc::new(Layer::new(layer)));
                layers.sort_by_key(|l| l.shapes.level);
                parts.layers = Rc::new(layers);
                parts.pending = Rc::new(self.pending.iter().copied().filter(|&k| k != kind).collect());
                return self.with_more_shapes(parts);
            }
            Part::Datasets(datasets) => {
                parts.tables = Rc::new(self.tables.with_datasets(datasets));
                parts.pending = Rc::new(self.pending.iter().copied().filter(|&k| k != PartKind::Datasets).collect());
                // The view's table is mostly the frame still: then its measures hold.
                let table = parts.tables.table_of(self.view);
                if Rc::ptr_eq(&table, &self.table) {
                    let figures = (table, Rc::clone(&self.measures));
                    return Atlas::from_figures(parts, Rc::clone(&self.geography), self.view, self.threshold, figures);
                }
                PartKind::Datasets
            }
            Part::First(_) => return self.with(self.view, self.threshold),
        };
        parts.pending = Rc::new(self.pending.iter().copied().filter(|&k| k != kind).collect());
        Atlas::assemble(parts, Rc::clone(&self.geography), self.view, self.threshold)
    }

    /// The same atlas with rows appended (the wijken and buurten): the areas there already
    /// keep their ids and figures, so only the new ones are measured.
    fn with_more_rows(&self, parts: Parts) -> Atlas {
        let mut atlas =
            Atlas::assemble_measured(parts, Rc::clone(&self.geography), self.view, self.threshold, |table| {
                let known = self.measures.len().min(table.len());
                let mut measures = self.measures[..known].to_vec();
                measures.extend((known..table.len()).map(|id| measure_area(table, id as AreaId, self.threshold)));
                measures
            });
        atlas.facts = OnceCell::new();
        atlas
    }

    /// The same figures on more shapes: a layer changes no table, so the view's table and its
    /// measures (17,657 areas') are kept instead of computed again.
    fn with_more_shapes(&self, parts: Parts) -> Atlas {
        let figures = (Rc::clone(&self.table), Rc::clone(&self.measures));
        let atlas = Atlas::from_figures(parts, Rc::clone(&self.geography), self.view, self.threshold, figures);
        // What was derived from the table holds too.
        if let Some(gaps) = self.lens_gap.get() {
            atlas.lens_gap.set(Rc::clone(gaps)).ok();
        }
        atlas.changes.borrow_mut().clone_from(&self.changes.borrow());
        atlas
    }

    /// Whether a part the bundle lists is still on its way.
    pub fn is_pending(&self, kind: PartKind) -> bool {
        self.pending.contains(&kind)
    }

    fn parts(&self) -> Parts {
        Parts {
            meta: Rc::clone(&self.meta),
            tables: Rc::clone(&self.tables),
            layers: Rc::clone(&self.layers),
            pending: Rc::clone(&self.pending),
            held: Rc::clone(&self.held),
            borders: Rc::clone(&self.borders),
        }
    }

    fn assemble(
        parts: Parts,
        geography: Rc<OnceCell<Geography>>,
        view: DataView,
        threshold: DisclosureThreshold,
    ) -> Atlas {
        Atlas::assemble_measured(parts, geography, view, threshold, |table| measure_all(table, threshold))
    }

    /// Assembles an atlas whose view's table is measured by `measure`.
    fn assemble_measured(
        parts: Parts,
        geography: Rc<OnceCell<Geography>>,
        view: DataView,
        threshold: DisclosureThreshold,
        measure: impl FnOnce(&AreaTable) -> Vec<Result<AreaMeasures, Undefined>>,
    ) -> Atlas {
        let table = parts.tables.table_of(view);
        let measures = Rc::new(measure(&table));
        Atlas::from_figures(parts, geography, view, threshold, (table, measures))
    }

    /// An atlas of its parts and the view's table with its measures.
    fn from_figures(
        parts: Parts,
        geography: Rc<OnceCell<Geography>>,
        view: DataView,
        threshold: DisclosureThreshold,
        (table, measures): (Rc<AreaTable>, Rc<Vec<Result<AreaMeasures, Undefined>>>),
    ) -> Atlas {
        let Parts { meta, tables, layers, pending, held, borders } = parts;
        let country = table.ids_at(Level::Land).first().copied();
        Atlas {
            meta,
            tables,
            layers,
            pending,
            held,
            borders,
            geography,
            view,
            table,
            facts: OnceCell::new(),
            lens_gap: OnceCell::new(),
            changes: RefCell::new(HashMap::new()),
            threshold,
            measures,
            country,
        }
    }

    /// The same atlas measured with another threshold (geometry and indexes are shared).
    pub fn with_threshold(&self, threshold: DisclosureThreshold) -> Atlas {
        self.with(self.view, threshold)
    }

    /// The same atlas showing another year, set of groups or lens.
    pub fn with_view(&self, view: DataView) -> Atlas {
        self.with(view, self.threshold)
    }

    /// The same geometry with a user's own table (on this atlas's areas, same ids) instead of
    /// the CBS tables, at this lens and threshold.
    pub fn with_own_table(&self, table: Rc<AreaTable>) -> Atlas {
        let mut parts = self.parts();
        parts.tables = Rc::new(self.tables.own(table));
        let view = DataView { lens: self.view.lens, ..DataView::default_for(self.tables.count_year) };
        Atlas::assemble(parts, Rc::clone(&self.geography), view, self.threshold)
    }

    /// A user's own areas and table, with this atlas's shapes for the areas the user's file
    /// has none of, and its borders (for the typology's geography). No other years or sets.
    pub fn with_own_areas(&self, table: Rc<AreaTable>, shapes: &OwnShapes, table_file: &str) -> Atlas {
        let map_layers: Vec<&ShapeLayer> = self.layers.iter().map(|l| &l.shapes).collect();
        let layers = completed_layers(shapes, &table, &map_layers, &self.tables.frame);
        let borrowed: Vec<&str> = layers
            .iter()
            .flat_map(|l| &l.sources)
            .filter(|s| !s.title.starts_with(shapes.file.as_str()) && s.drawn > 0)
            .map(|s| s.title.as_str())
            .collect();
        let meta = own_metadata(&self.meta, table_file, &shapes.file, &borrowed);
        let tables = Rc::new(Tables::new(table, self.meta.count_year, Vec::new()));
        let parts = Parts {
            meta: Rc::new(meta),
            tables,
            layers: Rc::new(layers.into_iter().map(|l| Rc::new(Layer::new(l))).collect()),
            pending: Rc::default(),
            held: Rc::default(),
            borders: Rc::clone(&self.borders),
        };
        let view = DataView { lens: self.view.lens, ..DataView::default_for(self.meta.count_year) };
        Atlas::assemble(parts, Rc::new(OnceCell::new()), view, self.threshold)
    }

    /// The same atlas with another view and threshold.
    pub fn with(&self, view: DataView, threshold: DisclosureThreshold) -> Atlas {
        Atlas::assemble(self.parts(), Rc::clone(&self.geography), view, threshold)
    }

    /// The typology's facts per gemeente (geography is computed once, on the first call).
    /// The typology reads all groups of the view's table, whatever the lens.
    pub fn typology_facts(&self) -> Rc<Vec<GemeenteFacts>> {
        let geography = self.geography.get_or_init(|| {
            let shapes = self
                .layer(Level::Gemeente)
                .and_then(|l| l.shapes.lods.last())
                .map(|lod| lod.shapes.as_slice())
                .unwrap_or(&[]);
            Geography::from_shapes(shapes, &self.borders)
        });
        Rc::clone(self.facts.get_or_init(|| {
            let table = self.tables.typology_table_of(self.view);
            Rc::new(gemeente_facts(&table, geography, self.threshold))
        }))
    }

    /// Which finer origin groups the typology's table has.
    pub fn detail(&self) -> Detail {
        Detail::of(self.tables.typology_table_of(self.view).groups())
    }

    /// The small print of the view's figures: year, groups (and the lens when it folds them).
    pub fn figure_basis(&self) -> String {
        crate::text::figure_basis(self.view.year, self.table.groups().len(), self.view.lens)
    }

    /// The small print of what the map colours in a mode: the view's figures; the change since a
    /// year, with the KWB groups the earlier years have ("2021–2022 · 7 groepen"); the old lens
    /// against all groups; the typology's table (all its groups, whatever the lens).
    pub fn basis_of(&self, mode: crate::mode::MapMode, since: u16) -> String {
        use crate::mode::MapMode;
        let year = self.view.year;
        match mode {
            MapMode::Diversity => self.figure_basis(),
            MapMode::Typology => {
                crate::text::figure_basis(year, self.tables.typology_table_of(self.view).groups().len(), Lens::All)
            }
            MapMode::Change => {
                let kwb = self.tables.table_of(DataView { groups: GroupSet::Kwb, ..self.view });
                crate::text::change_basis(since, year, kwb.groups().len(), self.view.lens)
            }
            MapMode::LensGap => crate::text::gap_basis(year),
        }
    }

    /// The index of an area under each lens, in the view's year and set of groups (so the
    /// view's own lens gives the figure the map shows): westers / niet-westers, the classic
    /// groups, and all groups of the view's table (the KWB table where the finer one lacks the area).
    pub fn lens_indices(&self, id: AreaId) -> Vec<LensIndex> {
        self.lens_indices_in(id, self.view.groups)
    }

    /// The index of an area with all groups of the other set of the same year (18 where the view
    /// shows 7, and the other way round), with that set's group count and source title, when
    /// that table has the area and its figure differs from the view's: the one note that says
    /// why two tables give two figures.
    pub fn other_table_index(&self, id: AreaId) -> Option<(usize, String, f64)> {
        let finest = self.tables.finest_entry(self.view.year)?;
        let other = match self.view.groups {
            GroupSet::Kwb => GroupSet::Finest,
            GroupSet::Finest => GroupSet::Kwb,
        };
        let all = |groups| self.lens_indices_in(id, groups).into_iter().find(|l| l.lens == Lens::All);
        let (here, there) = (all(self.view.groups)?, all(other)?);
        let title = match other {
            GroupSet::Finest => finest.meta.label.clone(),
            GroupSet::Kwb => crate::text::KWB_SOURCE().to_string(),
        };
        let index = there.index?;
        (there.groups != here.groups && here.index.is_some_and(|i| (i - index).abs() >= 0.005)).then_some((
            there.groups,
            title,
            index,
        ))
    }

    fn lens_indices_in(&self, id: AreaId, groups: GroupSet) -> Vec<LensIndex> {
        Lens::ALL
            .into_iter()
            .map(|lens| {
                let view = DataView { lens, groups, ..self.view };
                let mut measured = self.tables.measure_in(view, id, self.threshold);
                if measured.1 == Err(Undefined::NotInTable) {
                    measured = self.tables.measure_in(DataView { groups: GroupSet::Kwb, ..view }, id, self.threshold);
                }
                let (groups, measures) = measured;
                LensIndex { lens, groups, index: measures.ok().map(|m| m.diversity_index) }
            })
            .collect()
    }

    /// Per area, the index with all groups minus the index with westers / niet-westers.
    pub fn lens_gaps(&self) -> Rc<Vec<Option<f64>>> {
        Rc::clone(self.lens_gap.get_or_init(|| {
            let finest = self.tables.table_of(DataView { groups: GroupSet::Finest, lens: Lens::All, ..self.view });
            let kwb = self.tables.table_of(DataView { groups: GroupSet::Kwb, lens: Lens::All, ..self.view });
            let old = self.tables.table_of(DataView { lens: Lens::WesternSplit, ..self.view });
            let index = |table: &AreaTable, id| measure_area(table, id, self.threshold).ok().map(|m| m.diversity_index);
            let gaps = (0..self.table.len() as AreaId)
                .map(|id| {
                    let new = if finest.has_row(id) { index(&finest, id) } else { index(&kwb, id) };
                    Some(new? - index(&old, id)?)
                })
                .collect();
            Rc::new(gaps)
        }))
    }

    /// Per area, the index in the view's year minus the index in `since`, both with the KWB
    /// groups folded by the view's lens (earlier years have only those).
    pub fn changes_since(&self, since: u16) -> Rc<Vec<Option<f64>>> {
        let mut cache = self.changes.borrow_mut();
        let changes = cache.entry(since).or_insert_with(|| {
            let of_year = |year| self.tables.table_of(DataView { year, groups: GroupSet::Kwb, lens: self.view.lens });
            let (now, then) = (of_year(self.view.year), of_year(since));
            let index = |table: &AreaTable, id| measure_area(table, id, self.threshold).ok().map(|m| m.diversity_index);
            Rc::new((0..self.table.len() as AreaId).map(|id| Some(index(&now, id)? - index(&then, id)?)).collect())
        });
        Rc::clone(changes)
    }

    /// The dataset behind the view's figures (none for the KWB table of the count year).
    pub fn dataset(&self) -> Option<&DatasetEntry> {
        self.tables.entry_of(self.view)
    }

    /// Where the view's table disagrees with the KWB table about an area, if it does.
    pub fn difference(&self, id: AreaId) -> Option<&TableDifference> {
        let entry = self.dataset()?;
        (entry.meta.year == self.tables.count_year).then(|| self.tables.differences(entry).get(&id)).flatten()
    }

    /// The view's table, shared.
    pub fn table_rc(&self) -> &Rc<AreaTable> {
        &self.table
    }

    pub fn table(&self) -> &AreaTable {
        &self.table
    }

    pub fn measure(&self, id: AreaId) -> Result<&AreaMeasures, Undefined> {
        self.measures[id as usize].as_ref().map_err(|e| *e)
    }

    pub fn layer(&self, level: Level) -> Option<&Layer> {
        self.layers.iter().find(|l| l.shapes.level == level).map(|l| l.as_ref())
    }

    /// Whether an area has a shape at its own level.
    pub fn has_shape(&self, id: AreaId) -> bool {
        let level = self.table().area(id).level;
        self.layer(level).is_some_and(|l| l.shape_of_area.contains_key(&id))
    }

    /// Whether any child of the area has figures in the view's table (so drilling down shows
    /// a list, and a map where they have shapes).
    pub fn children_have_rows(&self, id: AreaId) -> bool {
        self.table().children(id).iter().any(|&c| self.table.has_row(c))
    }

    /// The bounds of an area's finest shape, if it has one; the country's are all gemeenten.
    pub fn bounds(&self, id: AreaId) -> Option<Bounds> {
        let area = self.table().area(id);
        let own = match (area.level, self.layer(area.level)) {
            (Level::Land, _) => self.layer(Level::Gemeente).map(|l| l.spatial_index(0).total_bounds()),
            (_, Some(layer)) => layer
                .shape_of_area
                .get(&id)
                .map(|&shape| layer.spatial_index(layer.shapes.lods.len() - 1).bounds(shape)),
            (_, None) => None,
        };
        // Without a shape of its own (an own gemeente whose wijken alone are drawn): its parts'.
        own.or_else(|| self.table().children(id).iter().filter_map(|&c| self.bounds(c)).reduce(|a, b| a.union(&b)))
    }

    /// A point inside the area's finest shape, in projected metres.
    pub fn inside_point(&self, id: AreaId) -> Option<[f64; 2]> {
        let layer = self.layer(self.table().area(id).level)?;
        let shape = *layer.shape_of_area.get(&id)?;
        interior_point(&layer.shapes.lods.last()?.shapes[shape])
    }

    /// Whether `id` lies inside `within` (any depth); everything lies inside `None`.
    pub fn lies_in(&self, id: AreaId, within: Option<AreaId>) -> bool {
        match within {
            None => true,
            Some(w) => id != w && self.table().ancestry(id).contains(&w),
        }
    }

    /// The areas of a level inside `within`, in table order.
    pub fn areas_in(&self, level: Level, within: Option<AreaId>) -> Vec<AreaId> {
        let table = self.table();
        match within {
            Some(w) if table.area(w).level.child() == Some(level) => table.children(w).to_vec(),
            _ => table.ids_at(level).into_iter().filter(|&id| self.lies_in(id, within)).collect(),
        }
    }
}

impl Layer {
    fn new(shapes: ShapeLayer) -> Layer {
        let indexes = shapes.lods.iter().map(|_| OnceCell::new()).collect();
        let shape_of_area = shapes.lods[0].shapes.iter().enumerate().map(|(i, s)| (s.area, i)).collect();
        Layer { shapes, indexes, shape_of_area }
    }

    /// The spatial index of one level of detail.
    pub fn spatial_index(&self, lod: usize) -> &ShapeIndex {
        self.indexes[lod].get_or_init(|| ShapeIndex::new(&self.shapes.lods[lod].shapes))
    }

    /// The level of detail to draw and hit-test at this scale (see `ShapeLayer::lod_index`).
    pub fn lod_index(&self, metres_per_css_pixel: f64, device_pixel_ratio: f64) -> usize {
        self.shapes.lod_index(metres_per_css_pixel, device_pixel_ratio)
    }
}

/// The sources of an atlas of own areas: the user's two files, and the atlas's boundary
/// sources (by title) that complete the map.
fn own_metadata(cbs: &Metadata, table_file: &str, shapes_file: &str, borrowed: &[&str]) -> Metadata {
    let own = |title: &str| Source {
        title: title.to_string(),
        publisher: crate::text::OWN_PUBLISHER().to_string(),
        year: cbs.count_year,
        licence: crate::text::OWN_LICENCE().to_string(),
    };
    let mut sources = vec![own(table_file), own(shapes_file)];
    sources.extend(cbs.sources.iter().filter(|s| borrowed.contains(&s.title.as_str())).cloned());
    let attribution = crate::text::own_areas_attribution(shapes_file, !borrowed.is_empty());
    Metadata { count_year: cbs.count_year, sources, attribution }
}

fn measure_all(table: &AreaTable, threshold: DisclosureThreshold) -> Vec<Result<AreaMeasures, Undefined>> {
    (0..table.len() as AreaId).map(|id| measure_area(table, id, threshold)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::fixtures::fictional_bundle;

    #[test]
    fn areas_shapes_and_measures_line_up() {
        let atlas = Atlas::new(fictional_bundle(), DisclosureThreshold::default());
        let table = atlas.table();
        let fictiestad = table.find_str("GM9999").unwrap();
        let centrum = table.find_str("WK999901").unwrap();
        assert!(atlas.has_shape(fictiestad) && atlas.has_shape(centrum));
        assert!(atlas.children_have_rows(fictiestad));
        assert!(!atlas.children_have_rows(table.find_str("GM9998").unwrap()));
        assert_eq!(atlas.areas_in(Level::Wijk, Some(fictiestad)).len(), 2);
        assert_eq!(atlas.areas_in(Level::Gemeente, None).len(), 2);
        let point = atlas.inside_point(centrum).unwrap();
        assert!(atlas.bounds(centrum).unwrap().contains(point));
        assert!(atlas.bounds(atlas.country.unwrap()).unwrap().contains(point));
        assert!(atlas.measure(fictiestad).is_ok());
    }

    #[test]
    fn shapes_arriving_keep_the_measures_and_rows_arriving_measure_again() {
        let bundle = fictional_bundle();
        let wijken = bundle.layers.iter().find(|l| l.level == Level::Wijk).cloned().unwrap();
        let atlas = Atlas::new(bundle, DisclosureThreshold::default());
        let more = atlas.with_part(Part::Layer(wijken));
        assert!(Rc::ptr_eq(&atlas.measures, &more.measures), "a layer changes no figure");
        assert!(more.layer(Level::Wijk).is_some());
        let centrum = more.table().find_str("WK999901").unwrap();
        assert!(more.has_shape(centrum) && more.measure(centrum).is_ok());
        let other = atlas.with(atlas.view, DisclosureThreshold::new(500));
        assert!(!Rc::ptr_eq(&atlas.measures, &other.measures), "another threshold measures again");
    }

    #[test]
    fn tables_arriving_keep_the_measures_of_a_view_they_leave_alone() {
        let mut bundle = crate::fixtures::bundle_with_datasets();
        let datasets = std::mem::take(&mut bundle.datasets);
        let atlas = Atlas::new(bundle, DisclosureThreshold::default());
        let more = atlas.with_part(Part::Datasets(datasets.clone()));
        assert!(Rc::ptr_eq(&atlas.measures, &more.measures), "the KWB view still reads the frame");
        assert_eq!(more.tables.years(), vec![2022, 2017]);
        let finer = atlas.with_view(DataView { groups: GroupSet::Finest, ..atlas.view });
        let finer_more = finer.with_part(Part::Datasets(datasets));
        assert!(!Rc::ptr_eq(&finer.measures, &finer_more.measures), "the finest groups measure again");
        assert_eq!(finer_more.table().groups().len(), 8);
        let fictiestad = finer_more.table().find_str("GM9999").unwrap();
        assert_ne!(finer_more.measure(fictiestad), finer.measure(fictiestad), "8 groups, not 7");
    }
}
