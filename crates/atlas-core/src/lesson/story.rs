//! The facts behind the story's steps, computed from whichever tables are on screen, so the
//! story stays true for another year or table: an area's index under the old and new lens,
//! the share of residents living in gemeenten where two residents differ with a chance of at
//! least one in three, areas ranked by index, and an example of every municipality type.

use crate::measures::{measure_area, DisclosureThreshold};
use crate::model::{AreaId, AreaTable, Level};
use crate::typology::{Classification, MunicipalityType};

/// An area's index under the old lens (westers / niet-westers) and the new (all groups).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LensPair {
    pub old: f64,
    pub new: f64,
    /// How many groups each lens tells apart.
    pub old_groups: usize,
    pub new_groups: usize,
}

impl LensPair {
    /// What the old lens hides: new minus old, in index points.
    pub fn hidden(&self) -> f64 {
        self.new - self.old
    }
}

/// The diversity index of an area (None: no row, unknown counts or below the threshold).
pub fn index_of(table: &AreaTable, id: AreaId, threshold: DisclosureThreshold) -> Option<f64> {
    measure_area(table, id, threshold).ok().map(|m| m.diversity_index)
}

/// The same area through two tables of the same areas: the old lens and the new.
pub fn lens_pair(old: &AreaTable, new: &AreaTable, id: AreaId, threshold: DisclosureThreshold) -> Option<LensPair> {
    Some(LensPair {
        old: index_of(old, id, threshold)?,
        new: index_of(new, id, threshold)?,
        old_groups: old.groups().len(),
        new_groups: new.groups().len(),
    })
}

/// How many residents live in gemeenten whose index is at least some value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DiverseShare {
    /// Residents of those gemeenten over the residents of all gemeenten with an index.
    pub share: f64,
    /// How many gemeenten reach the value, of how many with an index.
    pub gemeenten: usize,
    pub of: usize,
}

/// The share of residents living in a gemeente where the index is at least `at_least`.
pub fn share_in_diverse_gemeenten(
    table: &AreaTable,
    threshold: DisclosureThreshold,
    at_least: f64,
) -> Option<DiverseShare> {
    let mut all = 0u64;
    let mut diverse = 0u64;
    let (mut gemeenten, mut of) = (0, 0);
    for id in table.ids_at(Level::Gemeente) {
        let Ok(m) = measure_area(table, id, threshold) else { continue };
        let residents = u64::from(table.residents(id).unwrap_or(m.counted));
        all += residents;
        of += 1;
        if m.diversity_index >= at_least {
            diverse += residents;
            gemeenten += 1;
        }
    }
    (all > 0).then(|| DiverseShare { share: diverse as f64 / all as f64, gemeenten, of })
}

/// The areas of a level (within an area, or all) with an index, most diverse first; ties by id.
pub fn places_ranked(
    table: &AreaTable,
    level: Level,
    within: Option<AreaId>,
    threshold: DisclosureThreshold,
) -> Vec<(AreaId, f64)> {
    let ids = match within {
        Some(w) => table.children(w).iter().copied().filter(|&c| table.area(c).level == level).collect(),
        None => table.ids_at(level),
    };
    let mut ranked: Vec<(AreaId, f64)> =
        ids.into_iter().filter_map(|id| Some((id, index_of(table, id, threshold)?))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

/// Every municipality type with how many gemeenten have it and, as an example, the one with
/// the most residents (None when the type has no gemeente).
pub fn type_examples(
    classifications: &[Classification],
    table: &AreaTable,
) -> Vec<(MunicipalityType, usize, Option<AreaId>)> {
    MunicipalityType::ALL
        .into_iter()
        .map(|kind| {
            let members = classifications.iter().filter(|c| c.kind == kind);
            let example =
                members.clone().max_by_key(|c| (table.residents(c.area).unwrap_or(0), std::cmp::Reverse(c.area)));
            (kind, members.count(), example.map(|c| c.area))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::fictional_bundle;
    use crate::model::{apply_lens, Lens};

    #[test]
    fn the_old_lens_hides_what_the_groups_tell_apart() {
        let table = fictional_bundle().table;
        let old = apply_lens(&table, Lens::WesternSplit);
        let gm = table.find_str("GM9999").unwrap();
        let pair = lens_pair(&old, &table, gm, DisclosureThreshold::default()).unwrap();
        // Fictiestad: 700 Dutch, 100 western, 200 non-western split 50/10/40/60/40.
        let old_expected = 1.0 - (0.7f64.powi(2) + 0.1f64.powi(2) + 0.2f64.powi(2));
        let new_expected = 1.0 - [0.7, 0.1, 0.05, 0.01, 0.04, 0.06, 0.04].iter().map(|p: &f64| p * p).sum::<f64>();
        assert!((pair.old - old_expected).abs() < 1e-12 && (pair.new - new_expected).abs() < 1e-12, "{pair:?}");
        assert_eq!((pair.old_groups, pair.new_groups), (3, 7));
        assert!(pair.hidden() > 0.0);
    }

    #[test]
    fn the_share_counts_residents_of_gemeenten_over_the_value() {
        let table = fictional_bundle().table;
        // Fictiestad (1000 residents): 1 − Σp² = 0.4798; Nepdorp (1000): 800/100/100 → 0.34.
        let share = share_in_diverse_gemeenten(&table, DisclosureThreshold::default(), 0.4).unwrap();
        assert_eq!((share.share, share.gemeenten, share.of), (0.5, 1, 2));
        let both = share_in_diverse_gemeenten(&table, DisclosureThreshold::default(), 1.0 / 3.0).unwrap();
        assert_eq!((both.share, both.gemeenten), (1.0, 2));
        let none = share_in_diverse_gemeenten(&table, DisclosureThreshold::default(), 0.9).unwrap();
        assert_eq!(none.share, 0.0);
    }

    #[test]
    fn places_are_ranked_most_diverse_first() {
        let table = fictional_bundle().table;
        let ranked = places_ranked(&table, Level::Gemeente, None, DisclosureThreshold::default());
        let codes: Vec<&str> = ranked.iter().map(|(id, _)| table.area(*id).code.as_str()).collect();
        assert_eq!(codes, ["GM9999", "GM9998"]);
        let gm = table.find_str("GM9999").unwrap();
        let wijken = places_ranked(&table, Level::Wijk, Some(gm), DisclosureThreshold::default());
        assert_eq!(wijken.len(), 2);
        assert!(wijken[0].1 >= wijken[1].1);
    }
}
