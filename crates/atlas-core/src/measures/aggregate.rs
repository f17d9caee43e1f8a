//! Aggregation up the hierarchy: a parent's counts as the sum of its children's.

use crate::model::{AreaId, AreaTable, Count};

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
}
