//! Which figures the map shows: the year, the set of origin groups and the lens.

use atlas_core::model::Lens;

/// The set of origin groups: the 7 of the KWB tables (down to buurten) or the finest table of
/// the year (per gemeente: 18 groups in 2022).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GroupSet {
    Kwb,
    Finest,
}

impl GroupSet {
    pub fn key(self) -> &'static str {
        match self {
            GroupSet::Kwb => "kwb",
            GroupSet::Finest => "fijn",
        }
    }

    pub fn from_key(key: &str) -> Option<GroupSet> {
        [GroupSet::Kwb, GroupSet::Finest].into_iter().find(|g| g.key() == key)
    }
}

/// The year, groups and lens of the figures on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DataView {
    pub year: u16,
    pub groups: GroupSet,
    pub lens: Lens,
}

impl DataView {
    /// The default view of a bundle whose counts are of `count_year`.
    pub fn default_for(count_year: u16) -> DataView {
        DataView { year: count_year, groups: GroupSet::Kwb, lens: Lens::All }
    }
}
