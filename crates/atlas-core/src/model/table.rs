//! The area table: areas, their residents and their counts per origin group.

use super::{Area, AreaCode, AreaId, Group, Level};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// A count of residents that may be unknown (suppressed, missing, a sentinel): never read an
/// unknown count as 0.
pub type Count = Option<u32>;

/// Why a row cannot enter a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    DuplicateCode(AreaCode),
    WrongGroupCount {
        code: AreaCode,
        expected: usize,
        found: usize,
    },
    /// Two tables to be joined declare different groups.
    OtherGroups {
        expected: usize,
        found: usize,
    },
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableError::DuplicateCode(code) => write!(f, "gebied {code} staat er twee keer in"),
            TableError::WrongGroupCount { code, expected, found } => {
                write!(f, "gebied {code} heeft {found} groepsaantallen waar de tabel {expected} groepen heeft")
            }
            TableError::OtherGroups { expected, found } => {
                write!(f, "de toe te voegen regels hebben {found} groepen waar de tabel er {expected} andere heeft")
            }
        }
    }
}

impl std::error::Error for TableError {}

/// Residents per origin group per area. Areas are kept in the order they were added; parents
/// and children are linked by code once all rows are in ([`AreaTable::link_parents`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "TableRows", into = "TableRows")]
pub struct AreaTable {
    groups: Vec<Group>,
    areas: Vec<Area>,
    residents: Vec<Count>,
    counts: Vec<Count>,
    by_code: HashMap<AreaCode, AreaId>,
    children: Vec<Vec<AreaId>>,
    /// Areas the source had no row for (set by [`AreaTable::aligned_to`]), in id order.
    missing: Vec<AreaId>,
}

/// What a table is stored as: the rows alone; indexes are rebuilt on load.
#[derive(Clone, Serialize, Deserialize)]
struct TableRows {
    groups: Vec<Group>,
    areas: Vec<Area>,
    residents: Vec<Count>,
    counts: Vec<Count>,
    missing: Vec<AreaId>,
}

impl TryFrom<TableRows> for AreaTable {
    type Error = String;

    /// Rebuilds the indexes of stored rows, refusing rows that do not hold together.
    fn try_from(rows: TableRows) -> Result<AreaTable, String> {
        let n = rows.areas.len();
        if rows.residents.len() != n || rows.counts.len() != n * rows.groups.len() {
            return Err(format!(
                "een tabel van {n} gebieden met {} inwonertallen en {} aantallen",
                rows.residents.len(),
                rows.counts.len()
            ));
        }
        if rows.missing.windows(2).any(|w| w[0] >= w[1]) || rows.missing.last().is_some_and(|&m| m as usize >= n) {
            return Err("een tabel waarvan de lijst ontbrekende regels niet op volgorde of buiten bereik is".into());
        }
        if let Some(area) = rows.areas.iter().find(|a| a.level != a.code.level()) {
            return Err(format!("gebied {} staat op het verkeerde niveau", area.code));
        }
        let mut table = AreaTable::new(rows.groups);
        table.by_code = rows.areas.iter().enumerate().map(|(i, a)| (a.code.clone(), i as AreaId)).collect();
        table.areas = rows.areas;
        table.residents = rows.residents;
        table.counts = rows.counts;
        table.missing = rows.missing;
        table.link_parents();
        Ok(table)
    }
}

impl From<AreaTable> for TableRows {
    fn from(table: AreaTable) -> TableRows {
        TableRows {
            groups: table.groups,
            areas: table.areas,
            residents: table.residents,
            counts: table.counts,
            missing: table.missing,
        }
    }
}

impl AreaTable {
    /// An empty table with these groups.
    pub fn new(groups: Vec<Group>) -> AreaTable {
        AreaTable {
            groups,
            areas: Vec::new(),
            residents: Vec::new(),
            counts: Vec::new(),
            by_code: HashMap::new(),
            children: Vec::new(),
            missing: Vec::new(),
        }
    }

    /// Adds one area with its residents and one count per declared group.
    pub fn push(
        &mut self,
        code: AreaCode,
        name: String,
        residents: Count,
        counts: Vec<Count>,
    ) -> Result<AreaId, TableError> {
        if counts.len() != self.groups.len() {
            return Err(TableError::WrongGroupCount { code, expected: self.groups.len(), found: counts.len() });
        }
        if self.by_code.contains_key(&code) {
            return Err(TableError::DuplicateCode(code));
        }
        let id = self.areas.len() as AreaId;
        self.by_code.insert(code.clone(), id);
        let level = code.level();
        self.areas.push(Area { code, name, level, parent: None });
        self.residents.push(residents);
        self.counts.extend(counts);
        Ok(id)
    }

    /// Links every area to the parent its code implies, where the table has that parent.
    pub fn link_parents(&mut self) {
        self.children = vec![Vec::new(); self.areas.len()];
        for id in 0..self.areas.len() {
            let parent = self.areas[id].code.parent().and_then(|code| self.by_code.get(&code).copied());
            self.areas[id].parent = parent;
            if let Some(parent) = parent {
                self.children[parent as usize].push(id as AreaId);
            }
        }
    }

    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    pub fn len(&self) -> usize {
        self.areas.len()
    }

    pub fn is_empty(&self) -> bool {
        self.areas.is_empty()
    }

    pub fn area(&self, id: AreaId) -> &Area {
        &self.areas[id as usize]
    }

    pub fn areas(&self) -> impl Iterator<Item = (AreaId, &Area)> {
        self.areas.iter().enumerate().map(|(i, a)| (i as AreaId, a))
    }

    /// The ids of all areas of one level, in table order.
    pub fn ids_at(&self, level: Level) -> Vec<AreaId> {
        self.areas().filter(|(_, a)| a.level == level).map(|(id, _)| id).collect()
    }

    pub fn find(&self, code: &AreaCode) -> Option<AreaId> {
        self.by_code.get(code).copied()
    }

    /// Looks an area up by the text of its code.
    pub fn find_str(&self, code: &str) -> Option<AreaId> {
        AreaCode::parse(code).ok().and_then(|code| self.find(&code))
    }

    /// Residents as the table states them (may differ from the sum of the groups: CBS rounds).
    pub fn residents(&self, id: AreaId) -> Count {
        self.residents[id as usize]
    }

    /// One count per group, in the order of [`AreaTable::groups`].
    pub fn counts(&self, id: AreaId) -> &[Count] {
        let k = self.groups.len();
        &self.counts[id as usize * k..(id as usize + 1) * k]
    }

    pub fn children(&self, id: AreaId) -> &[AreaId] {
        &self.children[id as usize]
    }

    /// Whether the table has a row for the area. Only an aligned table ([`AreaTable::aligned_to`])
    /// has areas without a row: those of the frame that the source table lacks.
    pub fn has_row(&self, id: AreaId) -> bool {
        self.missing.binary_search(&id).is_err()
    }

    /// This table's counts over `frame`'s areas (same ids, codes, names, hierarchy as frame);
    /// residents and counts where this table has the code, None elsewhere.
    pub fn aligned_to(&self, frame: &AreaTable) -> AreaTable {
        let mut aligned = AreaTable::new(self.groups.clone());
        aligned.areas = frame.areas.clone();
        aligned.by_code = frame.by_code.clone();
        aligned.children = frame.children.clone();
        for (id, area) in frame.areas() {
            match self.find(&area.code).filter(|&own| self.has_row(own)) {
                Some(own) => {
                    aligned.residents.push(self.residents(own));
                    aligned.counts.extend_from_slice(self.counts(own));
                }
                None => {
                    aligned.residents.push(None);
                    aligned.counts.extend(std::iter::repeat_n(None, self.groups.len()));
                    aligned.missing.push(id);
                }
            }
        }
        aligned
    }

    /// The same table with other families for its groups (one list per group, in order), as
    /// a user corrects what was guessed from the names.
    pub fn with_families(&self, families: &[Vec<super::Family>]) -> AreaTable {
        let mut table = self.clone();
        for (group, families) in table.groups.iter_mut().zip(families) {
            group.families = families.clone();
        }
        table
    }

    /// Gives an area without a row one (`counts` has one entry per group).
    pub(crate) fn set_row(&mut self, id: AreaId, residents: Count, counts: &[Count]) {
        let width = self.groups.len();
        self.counts[id as usize * width..(id as usize + 1) * width].copy_from_slice(counts);
        self.residents[id as usize] = residents;
        self.missing.retain(|&m| m != id);
    }

    /// The same areas (ids, rows present or not) with other groups: `fold` turns one area's
    /// counts into counts of `groups`.
    pub(crate) fn with_groups(&self, groups: Vec<Group>, fold: impl Fn(&[Count]) -> Vec<Count>) -> AreaTable {
        let mut table = self.clone();
        table.counts = (0..self.len() as AreaId).flat_map(|id| fold(self.counts(id))).collect();
        debug_assert_eq!(table.counts.len(), self.len() * groups.len());
        table.groups = groups;
        table
    }

    /// Splits off the areas from position `at` on into a table of their own (same groups; their
    /// ids start again at 0). [`AreaTable::append`] puts them back with their ids.
    pub fn split_off(&mut self, at: usize) -> AreaTable {
        let k = self.groups.len();
        let mut tail = AreaTable::new(self.groups.clone());
        let areas = self.areas.split_off(at);
        tail.residents = self.residents.split_off(at);
        tail.counts = self.counts.split_off(at * k);
        tail.by_code = areas.iter().enumerate().map(|(i, a)| (a.code.clone(), i as AreaId)).collect();
        tail.areas = areas;
        let (head, moved): (Vec<AreaId>, Vec<AreaId>) = self.missing.iter().partition(|&&id| (id as usize) < at);
        self.missing = head;
        tail.missing = moved.into_iter().map(|id| id - at as AreaId).collect();
        self.by_code.retain(|_, id| (*id as usize) < at);
        self.link_parents();
        tail.link_parents();
        tail
    }

    /// Appends the areas of a table with the same groups after this one's, then links parents
    /// across both (the inverse of [`AreaTable::split_off`]).
    pub fn append(&mut self, tail: AreaTable) -> Result<(), TableError> {
        if tail.groups != self.groups {
            return Err(TableError::OtherGroups { expected: self.groups.len(), found: tail.groups.len() });
        }
        let offset = self.areas.len() as AreaId;
        if let Some(code) = tail.areas.iter().map(|a| &a.code).find(|c| self.by_code.contains_key(*c)) {
            return Err(TableError::DuplicateCode(code.clone()));
        }
        self.by_code.extend(tail.areas.iter().enumerate().map(|(i, a)| (a.code.clone(), offset + i as AreaId)));
        self.areas.extend(tail.areas);
        self.residents.extend(tail.residents);
        self.counts.extend(tail.counts);
        self.missing.extend(tail.missing.into_iter().map(|id| id + offset));
        self.link_parents();
        Ok(())
    }

    /// The chain from the country down to this area, this area last.
    pub fn ancestry(&self, id: AreaId) -> Vec<AreaId> {
        let mut chain = vec![id];
        while let Some(parent) = self.area(*chain.last().unwrap()).parent {
            chain.push(parent);
        }
        chain.reverse();
        chain
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Family;

    fn code(text: &str) -> AreaCode {
        AreaCode::parse(text).unwrap()
    }

    fn two_groups() -> AreaTable {
        AreaTable::new(vec![Group::new("a", "A", &[Family::Dutch]), Group::new("b", "B", &[Family::Western])])
    }

    #[test]
    fn parents_and_children_link_by_code() {
        let mut table = two_groups();
        let wijk = table.push(code("WK999901"), "Fictiewijk".into(), Some(10), vec![Some(5), Some(5)]).unwrap();
        let gemeente = table.push(code("GM9999"), "Fictiestad".into(), Some(10), vec![Some(5), Some(5)]).unwrap();
        table.link_parents();
        assert_eq!(table.area(wijk).parent, Some(gemeente));
        assert_eq!(table.children(gemeente), &[wijk]);
        assert_eq!(table.ancestry(wijk), vec![gemeente, wijk]);
    }

    #[test]
    fn duplicate_codes_and_wrong_widths_are_refused() {
        let mut table = two_groups();
        table.push(code("GM9999"), "X".into(), None, vec![None, None]).unwrap();
        assert_eq!(
            table.push(code("GM9999"), "Y".into(), None, vec![None, None]),
            Err(TableError::DuplicateCode(code("GM9999")))
        );
        let err = table.push(code("GM9998"), "Z".into(), None, vec![None]).unwrap_err();
        assert!(err.to_string().contains("1 groepsaantallen waar de tabel 2"));
    }

    fn frame() -> AreaTable {
        let mut table = two_groups();
        table.push(code("NL00"), "Nederland".into(), Some(30), vec![Some(20), Some(10)]).unwrap();
        table.push(code("GM9999"), "Fictiestad".into(), Some(20), vec![Some(12), Some(8)]).unwrap();
        table.push(code("GM9998"), "Nepdorp".into(), Some(10), vec![Some(8), Some(2)]).unwrap();
        table.link_parents();
        table
    }

    #[test]
    fn aligning_keeps_the_frame_and_marks_missing_rows() {
        let mut other = AreaTable::new(vec![Group::new("x", "X", &[])]);
        other.push(code("GM9998"), "Nepdorp (oud)".into(), Some(11), vec![Some(11)]).unwrap();
        other.push(code("GM9997"), "Elders".into(), Some(5), vec![Some(5)]).unwrap();
        let frame = frame();
        let aligned = other.aligned_to(&frame);
        assert_eq!(aligned.len(), 3);
        assert_eq!(aligned.groups(), other.groups());
        for (id, area) in frame.areas() {
            assert_eq!(aligned.area(id), area);
        }
        assert_eq!(aligned.children(0), frame.children(0));
        assert_eq!((aligned.has_row(0), aligned.has_row(1), aligned.has_row(2)), (false, false, true));
        assert_eq!(aligned.residents(2), Some(11));
        assert_eq!(aligned.counts(2), &[Some(11)]);
        assert_eq!((aligned.residents(1), aligned.counts(1)), (None, &[None][..]));
        assert_eq!(aligned.find_str("GM9997"), None);
        assert!(frame.has_row(0) && other.has_row(1));
        // Aligning again keeps what was missing missing.
        let again = aligned.aligned_to(&frame);
        assert!(!again.has_row(1) && again.has_row(2));
    }

    #[test]
    fn a_table_survives_serialisation_with_its_links() {
        let mut table = two_groups();
        table.push(code("GM9999"), "Fictiestad".into(), Some(10), vec![Some(7), None]).unwrap();
        table.push(code("WK999901"), "Fictiewijk".into(), Some(10), vec![Some(5), Some(5)]).unwrap();
        table.link_parents();
        let bytes = postcard::to_allocvec(&table).unwrap();
        let back: AreaTable = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, table);
        assert_eq!(back.find_str("WK999901"), Some(1));
        assert_eq!(back.children(0), &[1]);
        let aligned = table.aligned_to(&frame());
        let back: AreaTable = postcard::from_bytes(&postcard::to_allocvec(&aligned).unwrap()).unwrap();
        assert_eq!(back, aligned);
        assert!(!back.has_row(0) && back.has_row(1));
    }

    #[test]
    fn a_table_split_and_appended_again_is_the_same_table() {
        let mut table = two_groups();
        table.push(code("GM9999"), "Fictiestad".into(), Some(10), vec![Some(5), Some(5)]).unwrap();
        table.push(code("WK999901"), "Noord".into(), Some(6), vec![Some(3), None]).unwrap();
        table.push(code("BU99990101"), "Haven".into(), Some(4), vec![Some(2), Some(2)]).unwrap();
        table.link_parents();
        let original = table.clone();
        let tail = table.split_off(1);
        assert_eq!((table.len(), tail.len()), (1, 2));
        assert_eq!(table.children(0), &[] as &[AreaId], "the gemeente has no wijk in the head");
        assert_eq!(tail.find_str("BU99990101"), Some(1), "ids start again in the tail");
        assert_eq!(table.find_str("WK999901"), None);
        table.append(tail.clone()).unwrap();
        assert_eq!(table, original);
        assert_eq!(table.children(0), &[1]);
        assert!(matches!(table.append(tail), Err(TableError::DuplicateCode(_))));
        let other = AreaTable::new(vec![Group::new("x", "X", &[])]);
        assert!(matches!(table.append(other), Err(TableError::OtherGroups { expected: 2, found: 1 })));
    }
}
