//! Aggregation up the hierarchy: a parent's counts as the sum of its children's.

use crate::model::{AreaId, AreaTable, Count, Level};

/// Sums counts where all are known; one unknown makes the sum unknown.
pub fn sum_known(counts: impl IntoIterator<Item = Count>) -> Count {
    counts.into_iter().try_fold(0u32, |sum, c| c.map(|c| sum.saturating_add(c)))
}

/// The counts per group of an area rebuilt from its children (for tables without parent rows,
/// and to check a table). `None` when the area has no children.
pub fn aggregate_counts(table: &AreaTable, id: AreaId) -> Option<Vec<Count>> {
    let children = table.children(id);
    if children.is_empty() {
        return None;
    }
    let groups = table.groups().len();
    Some((0..groups).map(|g| sum_known(children.iter().map(|&child| table.counts(child)[g]))).collect())
}

/// The same table where an area without a row gets one summed from its parts, when all of its
/// parts have rows (a user's table of wijken then shows its gemeente too); finer levels first,
/// so buurten fill wijken that fill gemeenten. Also says how many rows were added.
pub fn with_parent_rows_summed(table: &AreaTable) -> (AreaTable, usize) {
    with_parent_rows_summed_where(table, |_| true)
}

/// [`with_parent_rows_summed`] for the parents `may_sum` allows (say, only those whose parts
/// the table knows all of).
pub fn with_parent_rows_summed_where(table: &AreaTable, may_sum: impl Fn(AreaId) -> bool) -> (AreaTable, usize) {
    let mut table = table.clone();
    let mut added = 0;
    for level in [Level::Wijk, Level::Gemeente, Level::Land] {
        for id in table.ids_at(level) {
            let children = table.children(id);
            if table.has_row(id) || children.is_empty() || !children.iter().all(|&c| table.has_row(c)) || !may_sum(id) {
                continue;
            }
            let residents = sum_known(children.iter().map(|&c| table.residents(c)));
            let Some(counts) = aggregate_counts(&table, id) else { continue };
            table.set_row(id, residents, &counts);
            added += 1;
        }
    }
    (table, added)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AreaCode, Group};

    #[test]
    fn sums_children_and_keeps_unknown_unknown() {
        let mut table = AreaTable::new(vec![Group::new("a", "A", &[]), Group::new("b", "B", &[])]);
        let code = |t: &str| AreaCode::parse(t).unwrap();
        table.push(code("GM9999"), "Fictiestad".into(), None, vec![None, None]).unwrap();
        table.push(code("WK999901"), "Noord".into(), Some(15), vec![Some(10), Some(5)]).unwrap();
        table.push(code("WK999902"), "Zuid".into(), Some(25), vec![Some(20), None]).unwrap();
        table.link_parents();
        assert_eq!(aggregate_counts(&table, 0), Some(vec![Some(30), None]));
        assert_eq!(aggregate_counts(&table, 1), None);
    }

    #[test]
    fn missing_parents_are_summed_only_from_complete_parts() {
        let mut table = AreaTable::new(vec![Group::new("a", "A", &[]), Group::new("b", "B", &[])]);
        let code = |t: &str| AreaCode::parse(t).unwrap();
        table.push(code("GM9999"), "Fictiestad".into(), Some(1), vec![Some(1), Some(0)]).unwrap();
        table.push(code("WK999901"), "Noord".into(), Some(15), vec![Some(10), Some(5)]).unwrap();
        table.push(code("BU99990101"), "Noord-Oost".into(), Some(4), vec![Some(3), Some(1)]).unwrap();
        table.push(code("BU99990102"), "Noord-West".into(), Some(6), vec![Some(6), Some(0)]).unwrap();
        table.push(code("GM9998"), "Nepdorp".into(), Some(1), vec![Some(1), Some(0)]).unwrap();
        table.push(code("WK999801"), "Dorp".into(), Some(1), vec![Some(1), Some(0)]).unwrap();
        table.link_parents();
        // Only the buurten and one of Nepdorp's two wijken have rows.
        let mut own = AreaTable::new(table.groups().to_vec());
        for c in ["BU99990101", "BU99990102", "WK999801"] {
            let id = table.find_str(c).unwrap();
            own.push(code(c), String::new(), table.residents(id), table.counts(id).to_vec()).unwrap();
        }
        let mut frame = table.clone();
        frame.push(code("WK999802"), "Haven".into(), Some(1), vec![Some(1), Some(0)]).unwrap();
        frame.link_parents();
        let (summed, added) = with_parent_rows_summed(&own.aligned_to(&frame));
        let row = |c: &str| {
            let id = summed.find_str(c).unwrap();
            summed.has_row(id).then(|| (summed.residents(id), summed.counts(id).to_vec()))
        };
        assert_eq!(row("WK999901"), Some((Some(10), vec![Some(9), Some(1)])), "the wijk from its two buurten");
        assert_eq!(row("GM9999"), Some((Some(10), vec![Some(9), Some(1)])), "the gemeente from that wijk");
        assert_eq!(row("GM9998"), None, "Haven has no row, so Nepdorp is not summed");
        assert_eq!(added, 2);
    }
}
