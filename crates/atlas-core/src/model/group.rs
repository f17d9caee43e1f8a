//! Origin groups as a table declares them, with family tags that measures and rules read.

use serde::{Deserialize, Serialize};

/// A family an origin group belongs to; a group can carry several tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Family {
    /// Dutch background (no migration background). Exactly one group should carry it.
    Dutch,
    /// Western migration background (Europe, North America, Oceania, Indonesia, Japan).
    Western,
    /// Non-western migration background.
    NonWestern,
    /// One of the classic four: Turkey, Morocco, Suriname, (former) Antilles and Aruba.
    Classic,
    /// Poland, Bulgaria, Romania: the labour migration behind horticulture municipalities.
    EasternEuropean,
    /// Germany or Belgium: the neighbours across the land border.
    NeighbourCountry,
    /// Anglo-Saxon and other expat origins (United Kingdom, United States, India, Japan, ...).
    Expat,
    /// A catch-all of many origins ("overig niet-westers"): never counted as one group.
    Residual,
}

/// One origin group of a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Short stable key, e.g. `marokko`.
    pub key: String,
    /// Dutch label for people, e.g. `Marokko`.
    pub label: String,
    pub families: Vec<Family>,
}

impl Group {
    pub fn new(key: &str, label: &str, families: &[Family]) -> Group {
        Group { key: key.into(), label: label.into(), families: families.to_vec() }
    }

    pub fn is(&self, family: Family) -> bool {
        self.families.contains(&family)
    }
}
