//! What the map colours and how the ranking sorts: the choices of the view that are not data.

/// What the ranking table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Residents,
    Index,
}

/// The ranking's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort { key: SortKey::Index, descending: true }
    }
}

/// What the map colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MapMode {
    /// The diversity index of the current level's areas.
    #[default]
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
