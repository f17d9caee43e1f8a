//! The typology as the app shows it: every gemeente's classification at the current
//! thresholds, indexed by area, with counts per type.

use crate::atlas::Atlas;
use atlas_core::model::AreaId;
use atlas_core::typology::{classify, default_rules, Classification, MunicipalityType, Thresholds};
use std::collections::HashMap;

/// The classifications of one set of thresholds.
#[derive(Debug, PartialEq)]
pub struct TypologyResult {
    pub classifications: Vec<Classification>,
    by_area: HashMap<AreaId, usize>,
}

impl TypologyResult {
    /// Classifies the atlas's gemeenten (cheap: the facts are computed once per atlas).
    pub fn compute(atlas: &Atlas, thresholds: &Thresholds) -> TypologyResult {
        let facts = atlas.typology_facts();
        let classifications = classify(&facts, &default_rules(atlas.detail()), thresholds);
        let by_area = classifications.iter().enumerate().map(|(i, c)| (c.area, i)).collect();
        TypologyResult { classifications, by_area }
    }

    pub fn of(&self, id: AreaId) -> Option<&Classification> {
        self.by_area.get(&id).map(|&i| &self.classifications[i])
    }

    /// How many gemeenten have this type.
    pub fn count(&self, kind: MunicipalityType) -> usize {
        self.classifications.iter().filter(|c| c.kind == kind).count()
    }

    /// The gemeenten of one type, in table order.
    pub fn members(&self, kind: MunicipalityType) -> Vec<AreaId> {
        self.classifications.iter().filter(|c| c.kind == kind).map(|c| c.area).collect()
    }
}
