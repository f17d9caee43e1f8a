//! The figures the rules read, per gemeente: shares of group families, the diversity index,
//! the largest single minority, and geography.

use super::Geography;
use crate::measures::{measure_area, DisclosureThreshold};
use crate::model::{AreaId, AreaTable, Family, Group, Level};

/// Which finer families the table has, so rules can test them exactly instead of by proxy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detail {
    pub eastern_european: bool,
    /// How many groups are Polish, Bulgarian or Romanian (only one: the horticulture rule says
    /// it sees a part).
    pub eastern_european_groups: usize,
    pub neighbour_country: bool,
    pub expat: bool,
}

impl Detail {
    pub fn of(groups: &[Group]) -> Detail {
        let has = |f: Family| groups.iter().any(|g| g.is(f));
        Detail {
            eastern_european: has(Family::EasternEuropean),
            eastern_european_groups: groups.iter().filter(|g| g.is(Family::EasternEuropean)).count(),
            neighbour_country: has(Family::NeighbourCountry),
            expat: has(Family::Expat),
        }
    }
}

/// One gemeente's figures. Shares are of the residents counted in the groups.
#[derive(Clone, Debug, PartialEq)]
pub struct GemeenteFacts {
    pub area: AreaId,
    pub residents: f64,
    pub diversity_index: f64,
    pub dutch: f64,
    pub western: f64,
    pub non_western: f64,
    /// Turkey, Morocco, Suriname, Antilles and Aruba together.
    pub classic: f64,
    /// Non-western outside the classic four.
    pub other_non_western: f64,
    /// The largest single non-western group (catch-alls excluded): group index and share.
    pub largest_minority: Option<(usize, f64)>,
    /// The share of the second-largest such group.
    pub second_minority: f64,
    pub eastern_european: Option<f64>,
    pub neighbour_country: Option<f64>,
    pub expat: Option<f64>,
    /// The nearest land border: country and distance in metres.
    pub border: Option<(String, f64)>,
    pub neighbours: Vec<AreaId>,
}

/// The facts of every gemeente with known counts and enough residents.
pub fn gemeente_facts(table: &AreaTable, geography: &Geography, threshold: DisclosureThreshold) -> Vec<GemeenteFacts> {
    let detail = Detail::of(table.groups());
    table
        .ids_at(Level::Gemeente)
        .into_iter()
        .filter_map(|id| {
            let measures = measure_area(table, id, threshold).ok()?;
            let counts: Vec<u32> = table.counts(id).iter().copied().collect::<Option<_>>()?;
            Some(facts_of(table, id, &counts, measures.diversity_index, detail, geography))
        })
        .collect()
}

fn facts_of(
    table: &AreaTable,
    id: AreaId,
    counts: &[u32],
    index: f64,
    detail: Detail,
    geography: &Geography,
) -> GemeenteFacts {
    let groups = table.groups();
    let total: f64 = counts.iter().map(|&n| f64::from(n)).sum();
    let share =
        |f: Family| groups.iter().zip(counts).filter(|(g, _)| g.is(f)).map(|(_, &n)| f64::from(n)).sum::<f64>() / total;
    let classic = share(Family::Classic);
    let non_western = share(Family::NonWestern);
    let mut singles: Vec<(usize, f64)> = groups
        .iter()
        .zip(counts)
        .enumerate()
        .filter(|(_, (g, _))| g.is(Family::NonWestern) && !g.is(Family::Residual))
        .map(|(i, (_, &n))| (i, f64::from(n) / total))
        .collect();
    singles.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    GemeenteFacts {
        area: id,
        residents: f64::from(table.residents(id).unwrap_or(total as u32)),
        diversity_index: index,
        dutch: share(Family::Dutch),
        western: share(Family::Western),
        non_western,
        classic,
        other_non_western: (non_western - classic).max(0.0),
        largest_minority: singles.first().copied().filter(|(_, s)| *s > 0.0),
        second_minority: singles.get(1).map_or(0.0, |s| s.1),
        eastern_european: detail.eastern_european.then(|| share(Family::EasternEuropean)),
        neighbour_country: detail.neighbour_country.then(|| share(Family::NeighbourCountry)),
        expat: detail.expat.then(|| share(Family::Expat)),
        border: geography.border.get(&id).cloned(),
        neighbours: geography.neighbours.get(&id).cloned().unwrap_or_default(),
    }
}
