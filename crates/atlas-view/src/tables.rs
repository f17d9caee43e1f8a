//! The tables the atlas can show: the KWB counts of the bundle's year and its other datasets
//! (18 groups, earlier years), each aligned to the same areas on first use.

use crate::data_view::{DataView, GroupSet};
use crate::search::SearchIndex;
use atlas_core::bundle::{Dataset, PlaceName};
use atlas_core::measures::{measure_area, measure_counts, AreaMeasures, DisclosureThreshold, Undefined};
use atlas_core::model::{apply_lens, lens_fold, table_differences, AreaId, AreaTable, Lens, Level, TableDifference};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One dataset of the bundle, with its table aligned to the frame's areas when first asked.
pub struct DatasetEntry {
    pub meta: Dataset,
    aligned: OnceCell<Rc<AreaTable>>,
    differences: OnceCell<HashMap<AreaId, TableDifference>>,
}

/// The frame table (the KWB counts, whose areas every other table is aligned to) and the rest.
pub struct Tables {
    pub frame: Rc<AreaTable>,
    pub count_year: u16,
    pub datasets: Vec<DatasetEntry>,
    lens_tables: std::cell::RefCell<HashMap<(u16, Lens), Rc<AreaTable>>>,
    search: Rc<OnceCell<SearchIndex>>,
    /// Other names of areas (stadsdelen), for search.
    place_names: Rc<Vec<PlaceName>>,
}

impl Tables {
    pub fn new(frame: Rc<AreaTable>, count_year: u16, datasets: Vec<Dataset>) -> Tables {
        let datasets = datasets
            .into_iter()
            .map(|meta| DatasetEntry { meta, aligned: OnceCell::new(), differences: OnceCell::new() })
            .collect();
        Tables {
            frame,
            count_year,
            datasets,
            lens_tables: Default::default(),
            search: Rc::new(OnceCell::new()),
            place_names: Rc::new(Vec::new()),
        }
    }

    /// The same frame (and search index) with the bundle's further tables.
    pub fn with_datasets(&self, datasets: Vec<Dataset>) -> Tables {
        let mut tables = Tables::new(Rc::clone(&self.frame), self.count_year, datasets);
        tables.search = Rc::clone(&self.search);
        tables.place_names = Rc::clone(&self.place_names);
        tables
    }

    /// The same further tables over a frame with more rows (aligned again on first use).
    pub fn with_frame(&self, frame: Rc<AreaTable>) -> Tables {
        let datasets = self.datasets.iter().map(|d| d.meta.clone()).collect();
        let mut tables = Tables::new(frame, self.count_year, datasets);
        tables.place_names = Rc::clone(&self.place_names);
        tables
    }

    /// A user's own table over the same areas instead of these tables: no other years or
    /// sets of groups; the names for search stay.
    pub fn own(&self, table: Rc<AreaTable>) -> Tables {
        let mut tables = Tables::new(table, self.count_year, Vec::new());
        tables.place_names = Rc::clone(&self.place_names);
        tables
    }

    /// The same tables, with other names of areas for search.
    pub fn with_place_names(mut self, place_names: Vec<PlaceName>) -> Tables {
        self.place_names = Rc::new(place_names);
        self
    }

    /// The frame's areas as search sees them, built on the first search.
    pub fn search_index(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(&self.frame, &self.place_names))
    }

    /// Every year with figures, newest first.
    pub fn years(&self) -> Vec<u16> {
        let mut years: Vec<u16> = self.datasets.iter().map(|d| d.meta.year).collect();
        years.push(self.count_year);
        years.sort_unstable_by(|a, b| b.cmp(a));
        years.dedup();
        years
    }

    /// Whether a view's table has figures for any area of a level (another year's table may
    /// have gemeenten only).
    pub fn has_rows_at(&self, view: DataView, level: Level) -> bool {
        let table = self.table_of(DataView { lens: Lens::All, ..view });
        table.ids_at(level).into_iter().any(|id| table.has_row(id))
    }

    /// The 7-group KWB table of a year (the frame for the count year).
    pub fn kwb(&self, year: u16) -> Option<Rc<AreaTable>> {
        if year == self.count_year {
            return Some(Rc::clone(&self.frame));
        }
        self.kwb_entry(year).map(|entry| self.aligned(entry))
    }

    /// The dataset with more groups than the KWB table in that year, if any.
    pub fn finest_entry(&self, year: u16) -> Option<&DatasetEntry> {
        let kwb_groups = self.frame.groups().len();
        self.datasets
            .iter()
            .filter(|d| d.meta.year == year && d.meta.table.groups().len() > kwb_groups)
            .max_by_key(|d| d.meta.table.groups().len())
    }

    fn kwb_entry(&self, year: u16) -> Option<&DatasetEntry> {
        let kwb_groups = self.frame.groups().len();
        self.datasets.iter().find(|d| d.meta.year == year && d.meta.table.groups().len() == kwb_groups)
    }

    /// The dataset behind a view (none for the frame itself).
    pub fn entry_of(&self, view: DataView) -> Option<&DatasetEntry> {
        match (view.groups, view.lens) {
            (GroupSet::Finest, Lens::All) => self.finest_entry(view.year).or_else(|| self.kwb_entry(view.year)),
            _ => self.kwb_entry(view.year),
        }
    }

    /// The table of a view: the year's finest or KWB groups, folded by the lens.
    pub fn table_of(&self, view: DataView) -> Rc<AreaTable> {
        let finest = view.groups == GroupSet::Finest && view.lens == Lens::All;
        if let Some(entry) = self.finest_entry(view.year).filter(|_| finest) {
            return self.aligned(entry);
        }
        let Some(kwb) = self.kwb(view.year) else {
            return Rc::clone(&self.frame);
        };
        if view.lens == Lens::All {
            return kwb;
        }
        let mut cache = self.lens_tables.borrow_mut();
        let table = cache.entry((view.year, view.lens)).or_insert_with(|| Rc::new(apply_lens(&kwb, view.lens)));
        Rc::clone(table)
    }

    /// The measures of one area in a view's table, and how many groups that table has. A table
    /// nobody has needed yet is not made for one area: the finest dataset is read at the
    /// area's code, a lens folds only the area's row (the side panel asks for every lens of the
    /// area it shows; aligning and folding whole tables for that held up the first page).
    pub fn measure_in(
        &self,
        view: DataView,
        id: AreaId,
        threshold: DisclosureThreshold,
    ) -> (usize, Result<AreaMeasures, Undefined>) {
        let finest = view.groups == GroupSet::Finest && view.lens == Lens::All;
        if let Some(entry) = self.finest_entry(view.year).filter(|e| finest && e.aligned.get().is_none()) {
            let source = &entry.meta.table;
            let row = source.find(&self.frame.area(id).code).filter(|&own| source.has_row(own));
            let measures = row.map_or(Err(Undefined::NotInTable), |own| measure_area(source, own, threshold));
            return (source.groups().len(), measures);
        }
        let folded = self.lens_tables.borrow().contains_key(&(view.year, view.lens));
        match self.kwb(view.year).filter(|_| view.lens != Lens::All && !folded) {
            Some(kwb) => {
                let fold = lens_fold(kwb.groups(), view.lens);
                let measures = if kwb.has_row(id) {
                    measure_counts(&fold.groups, &fold.fold(kwb.counts(id)), kwb.residents(id), threshold)
                } else {
                    Err(Undefined::NotInTable)
                };
                (fold.groups.len(), measures)
            }
            None => {
                let table = self.table_of(view);
                (table.groups().len(), measure_area(&table, id, threshold))
            }
        }
    }

    /// The table a view's typology reads: all groups of the view's table (the lens is ignored).
    pub fn typology_table_of(&self, view: DataView) -> Rc<AreaTable> {
        self.table_of(DataView { lens: Lens::All, ..view })
    }

    /// Where a dataset disagrees with the frame on gemeenten (residents, missing rows).
    pub fn differences<'a>(&self, entry: &'a DatasetEntry) -> &'a HashMap<AreaId, TableDifference> {
        entry.differences.get_or_init(|| {
            table_differences(&self.frame, &entry.meta.table, Level::Gemeente)
                .into_iter()
                .filter_map(|d| self.frame.find(&d.code).map(|id| (id, d)))
                .collect()
        })
    }

    fn aligned(&self, entry: &DatasetEntry) -> Rc<AreaTable> {
        Rc::clone(entry.aligned.get_or_init(|| Rc::new(entry.meta.table.aligned_to(&self.frame))))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::fixtures::bundle_with_datasets;
    use atlas_core::model::AreaCode;

    fn tables() -> Tables {
        let bundle = bundle_with_datasets();
        Tables::new(Rc::new(bundle.table), bundle.meta.count_year, bundle.datasets)
    }

    #[test]
    fn years_newest_first_and_tables_per_view() {
        let tables = tables();
        assert_eq!(tables.years(), vec![2022, 2017]);
        let view = |year, groups, lens| DataView { year, groups, lens };
        let fine = tables.table_of(view(2022, GroupSet::Finest, Lens::All));
        assert_eq!(fine.groups().len(), 8);
        assert_eq!(fine.len(), tables.frame.len(), "aligned to the frame's areas");
        let wijk = tables.frame.find_str("WK999901").unwrap();
        let nepdorp = tables.frame.find_str("GM9998").unwrap();
        assert!(!fine.has_row(wijk) && !fine.has_row(nepdorp));
        assert_eq!(fine.area(wijk).code, tables.frame.area(wijk).code);
        // The lens folds the KWB groups of the year, whatever the set of groups.
        let western = tables.table_of(view(2022, GroupSet::Finest, Lens::WesternSplit));
        assert_eq!(western.groups().len(), 3);
        assert!(western.has_row(wijk));
        let old = tables.table_of(view(2017, GroupSet::Kwb, Lens::All));
        assert_eq!(old.groups().len(), 7);
        assert!(old.has_row(nepdorp) && !old.has_row(wijk));
        assert!(tables.finest_entry(2017).is_none());
        assert_eq!(tables.entry_of(view(2022, GroupSet::Finest, Lens::All)).unwrap().meta.key, "fijn-2022");
        assert!(tables.entry_of(view(2022, GroupSet::Kwb, Lens::All)).is_none());
    }

    #[test]
    fn one_area_through_a_lens_measures_as_the_whole_folded_table() {
        let threshold = DisclosureThreshold::default();
        for year in [2022, 2017, 2010] {
            for lens in Lens::ALL {
                for groups in [GroupSet::Finest, GroupSet::Kwb] {
                    let view = DataView { year, groups, lens };
                    let whole = tables().table_of(view);
                    let fresh = tables();
                    for id in 0..whole.len() as AreaId {
                        let (group_count, measures) = fresh.measure_in(view, id, threshold);
                        assert_eq!(group_count, whole.groups().len(), "{view:?}");
                        assert_eq!(measures, measure_area(&whole, id, threshold), "{view:?} area {id}");
                    }
                    assert!(fresh.lens_tables.borrow().is_empty(), "no table was folded for one area");
                    let aligned = fresh.datasets.iter().filter(|d| d.aligned.get().is_some()).count();
                    let needed = usize::from(year != fresh.count_year && fresh.kwb_entry(year).is_some());
                    assert_eq!(aligned, needed, "only another year's KWB table was aligned");
                }
            }
        }
    }

    #[test]
    fn a_year_has_figures_at_the_levels_its_table_covers() {
        let tables = tables();
        let view = |year| DataView { year, groups: GroupSet::Kwb, lens: Lens::WesternSplit };
        assert!(tables.has_rows_at(view(2022), Level::Wijk) && tables.has_rows_at(view(2022), Level::Gemeente));
        assert!(tables.has_rows_at(view(2017), Level::Gemeente));
        assert!(!tables.has_rows_at(view(2017), Level::Wijk), "the 2017 table has gemeenten only");
        assert!(!tables.has_rows_at(DataView { groups: GroupSet::Finest, ..view(2022) }, Level::Wijk));
    }

    #[test]
    fn differences_name_the_absent_gemeente() {
        let tables = tables();
        let entry = tables.finest_entry(2022).unwrap();
        let differences = tables.differences(entry);
        let fictiestad = tables.frame.find_str("GM9999").unwrap();
        let nepdorp = tables.frame.find_str("GM9998").unwrap();
        assert_eq!(differences[&fictiestad].absorbed, vec![AreaCode::parse("GM9998").unwrap()]);
        assert_eq!(differences[&nepdorp].other_residents, None);
    }
}
