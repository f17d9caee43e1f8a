//! The ranking table's rows: the areas of the current level and scope, sorted; areas without
//! a defined index are never ranked, only counted.

use crate::atlas::Atlas;
use crate::state::{Sort, SortKey, State};
use atlas_core::measures::Undefined;
use atlas_core::model::AreaId;

/// One ranked area.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: AreaId,
    pub rank: usize,
    pub index: f64,
}

/// The ranked rows, and the areas listed without rank for lack of (enough) data.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub rows: Vec<Row>,
    pub unranked: Vec<(AreaId, Undefined)>,
}

/// Ranks the areas of the state's level inside its scope.
pub fn ranking_of(state: &State) -> Option<Ranking> {
    let atlas = state.atlas()?;
    let ids = atlas.areas_in(state.level, state.within);
    let mut rows: Vec<Row> = ids
        .iter()
        .filter_map(|&id| atlas.measure(id).ok().map(|m| Row { id, rank: 0, index: m.diversity_index }))
        .collect();
    let unranked = ids.iter().filter_map(|&id| atlas.measure(id).err().map(|why| (id, why))).collect();
    rows.sort_by(|a, b| a.index.total_cmp(&b.index).reverse().then(a.id.cmp(&b.id)));
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
    }
    sort_rows(atlas, &mut rows, state.sort);
    Some(Ranking { rows, unranked })
}

fn sort_rows(atlas: &Atlas, rows: &mut [Row], sort: Sort) {
    let table = atlas.table();
    match sort.key {
        SortKey::Index => rows.sort_by(|a, b| a.index.total_cmp(&b.index).then(b.id.cmp(&a.id))),
        SortKey::Residents => rows.sort_by_key(|r| (table.residents(r.id), std::cmp::Reverse(r.id))),
        SortKey::Name => rows.sort_by_key(|r| table.area(r.id).name.to_lowercase()),
    }
    if sort.descending {
        rows.reverse();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;
    use atlas_core::fixtures::fictional_bundle;
    use atlas_core::measures::DisclosureThreshold;

    #[test]
    fn ranks_by_index_and_leaves_out_areas_below_the_threshold() {
        let state = State::default()
            .apply_for_test(Action::Loaded(Atlas::new(fictional_bundle(), DisclosureThreshold::default())));
        let ranking = ranking_of(&state).unwrap();
        assert_eq!(ranking.rows.len(), 2);
        assert!(ranking.rows[0].index >= ranking.rows[1].index);
        assert_eq!(ranking.rows[0].rank, 1);
        let by_name = state.clone().apply_for_test(Action::SortBy(SortKey::Name));
        let names: Vec<String> = ranking_of(&by_name)
            .unwrap()
            .rows
            .iter()
            .map(|r| by_name.atlas().unwrap().table().area(r.id).name.clone())
            .collect();
        assert_eq!(names, vec!["Fictiestad", "Nepdorp"]);
        let gm = state.atlas().unwrap().table().find_str("GM9999").unwrap();
        let wijken = state.apply_for_test(Action::Open(gm)).apply_for_test(Action::SetThreshold(500));
        let ranking = ranking_of(&wijken).unwrap();
        assert_eq!(ranking.rows.len(), 1);
        assert!(matches!(ranking.unranked[..], [(_, Undefined::BelowThreshold { residents: 400, threshold: 500 })]));
    }
}
