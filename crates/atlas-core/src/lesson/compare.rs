//! Comparing a few areas: which is most and least diverse, and the group whose share differs
//! most between them (what the sentence under the comparison says).

use super::story::index_of;
use crate::measures::{DisclosureThreshold, Shares};
use crate::model::{AreaId, AreaTable};

/// What differs between the compared areas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    /// The most and the least diverse area, with their index.
    pub most: (AreaId, f64),
    pub least: (AreaId, f64),
    /// The group whose share differs most, with the areas of its highest and lowest share.
    pub group: Option<GroupGap>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupGap {
    pub group: usize,
    pub high: (AreaId, f64),
    pub low: (AreaId, f64),
}

/// Compares the areas that have an index (None when fewer than two do).
pub fn compare_areas(table: &AreaTable, ids: &[AreaId], threshold: DisclosureThreshold) -> Option<Comparison> {
    let indexed: Vec<(AreaId, f64)> =
        ids.iter().filter_map(|&id| Some((id, index_of(table, id, threshold)?))).collect();
    if indexed.len() < 2 {
        return None;
    }
    let most = *indexed.iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
    let least = *indexed.iter().min_by(|a, b| a.1.total_cmp(&b.1))?;
    let shares: Vec<(AreaId, Vec<f64>)> =
        indexed.iter().filter_map(|&(id, _)| Some((id, shares_of(table, id)?))).collect();
    let group = (0..table.groups().len())
        .filter_map(|g| {
            let high = shares.iter().map(|(id, s)| (*id, s[g])).max_by(|a, b| a.1.total_cmp(&b.1))?;
            let low = shares.iter().map(|(id, s)| (*id, s[g])).min_by(|a, b| a.1.total_cmp(&b.1))?;
            Some(GroupGap { group: g, high, low })
        })
        .max_by(|a, b| (a.high.1 - a.low.1).total_cmp(&(b.high.1 - b.low.1)));
    Some(Comparison { most, least, group })
}

/// An area's share per group (of the residents counted in the groups).
fn shares_of(table: &AreaTable, id: AreaId) -> Option<Vec<f64>> {
    let counts: Vec<u32> = table.counts(id).iter().copied().collect::<Option<_>>()?;
    counts.shares()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::fictional_bundle;

    #[test]
    fn the_most_and_least_diverse_and_the_group_that_differs_most() {
        let table = fictional_bundle().table;
        let (fictie, nep) = (table.find_str("GM9999").unwrap(), table.find_str("GM9998").unwrap());
        let c = compare_areas(&table, &[nep, fictie], DisclosureThreshold::default()).unwrap();
        assert_eq!((c.most.0, c.least.0), (fictie, nep));
        // Dutch: 70% in Fictiestad, 80% in Nepdorp; overig niet-westers 4% vs 10%; Marokko 5% vs 0%.
        let gap = c.group.unwrap();
        assert_eq!(table.groups()[gap.group].key, table.groups()[0].key, "the Dutch share differs most (10 points)");
        assert_eq!((gap.high.0, gap.low.0), (nep, fictie));
        assert!((gap.high.1 - 0.8).abs() < 1e-12 && (gap.low.1 - 0.7).abs() < 1e-12);
        assert!(compare_areas(&table, &[nep], DisclosureThreshold::default()).is_none());
    }
}
