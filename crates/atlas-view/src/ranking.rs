//! The ranking table's rows: the areas of the current level and scope, sorted; areas without
//! a defined index are never ranked, only counted.

use crate::atlas::Atlas;
use crate::mode::{MapMode, Sort, SortKey};
use crate::scene::MapInput;
use atlas_core::measures::Undefined;
use atlas_core::model::AreaId;

/// One ranked area.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: AreaId,
    pub rank: usize,
    /// The index, or the difference in index points in the lens-gap and change modes.
    pub index: f64,
}

/// Why an area has no place in the ranking.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unranked {
    /// It has no index.
    Undefined(Undefined),
    /// It has an index, but not in the table it is compared with (another year or lens).
    NoComparison,
}

/// The ranked rows, and the areas listed without rank for lack of (enough) data.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub rows: Vec<Row>,
    pub unranked: Vec<(AreaId, Unranked)>,
}

/// Ranks the areas of the map's level inside its scope by what the map colours: the index,
/// or in the lens-gap and change modes the difference in index points.
pub fn ranking_of(input: &MapInput, sort: Sort) -> Ranking {
    let atlas = &input.atlas;
    let ids = atlas.areas_in(input.level, input.within);
    let values = match input.mode {
        MapMode::LensGap => Some(atlas.lens_gaps()),
        MapMode::Change => Some(atlas.changes_since(input.change_since)),
        MapMode::Diversity | MapMode::Typology => None,
    };
    let value = |id: AreaId| -> Result<f64, Unranked> {
        let index = atlas.measure(id).map(|m| m.diversity_index).map_err(Unranked::Undefined);
        match &values {
            // The modes that compare tables rank what they compare, whatever the view's table has.
            Some(values) => values[id as usize].ok_or(index.err().unwrap_or(Unranked::NoComparison)),
            None => index,
        }
    };
    let mut rows: Vec<Row> =
        ids.iter().filter_map(|&id| value(id).ok().map(|index| Row { id, rank: 0, index })).collect();
    let unranked = ids.iter().filter_map(|&id| value(id).err().map(|why| (id, why))).collect();
    rows.sort_by(|a, b| a.index.total_cmp(&b.index).reverse().then(a.id.cmp(&b.id)));
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
    }
    sort_rows(atlas, &mut rows, sort);
    Ranking { rows, unranked }
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

/// The rows of a long list to render for a scroll position: those in view plus `overscan`
/// on either side, as a range of positions (rows have a fixed height in a windowed list).
pub fn row_window(total: usize, scroll_top: f64, view_height: f64, row_height: f64, overscan: usize) -> (usize, usize) {
    let first = (scroll_top.max(0.0) / row_height).floor() as usize;
    let visible = (view_height / row_height).ceil() as usize + 1;
    let start = first.saturating_sub(overscan).min(total);
    let end = (first + visible + overscan).min(total);
    (start, end)
}

/// The row a key moves to in a list of `total` rows (one tab stop, arrows inside): up and down
/// by one, Page Up and Page Down by `page`, Home and End to the ends. `None` for other keys.
pub fn row_after_key(key: &str, current: usize, total: usize, page: usize) -> Option<usize> {
    let last = total.checked_sub(1)?;
    let current = current.min(last);
    match key {
        "ArrowDown" => Some((current + 1).min(last)),
        "ArrowUp" => Some(current.saturating_sub(1)),
        "PageDown" => Some((current + page.max(1)).min(last)),
        "PageUp" => Some(current.saturating_sub(page.max(1))),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atlas::Atlas;
    use atlas_core::fixtures::fictional_bundle;
    use atlas_core::measures::DisclosureThreshold;
    use atlas_core::model::Level;
    use std::rc::Rc;

    #[test]
    fn keys_move_through_the_rows_and_stop_at_the_ends() {
        assert_eq!(row_after_key("ArrowDown", 0, 3, 10), Some(1));
        assert_eq!(row_after_key("ArrowDown", 2, 3, 10), Some(2), "the last row stays");
        assert_eq!(row_after_key("ArrowUp", 0, 3, 10), Some(0));
        assert_eq!(row_after_key("PageDown", 5, 345, 12), Some(17));
        assert_eq!(row_after_key("PageDown", 340, 345, 12), Some(344));
        assert_eq!(row_after_key("PageUp", 5, 345, 12), Some(0));
        assert_eq!(row_after_key("End", 0, 345, 12), Some(344));
        assert_eq!(row_after_key("Home", 300, 345, 12), Some(0));
        assert_eq!(row_after_key("ArrowDown", 9, 3, 10), Some(2), "a position past a shortened list");
        assert_eq!(row_after_key("Enter", 1, 3, 10), None);
        assert_eq!(row_after_key("ArrowDown", 0, 0, 10), None, "an empty list");
    }

    #[test]
    fn a_long_list_renders_only_the_rows_around_the_view() {
        assert_eq!(row_window(14_317, 0.0, 384.0, 32.0, 10), (0, 23));
        assert_eq!(row_window(14_317, 3200.0, 384.0, 32.0, 10), (90, 123));
        assert_eq!(row_window(14_317, 14_317.0 * 32.0, 384.0, 32.0, 10), (14_307, 14_317), "the end");
        assert_eq!(row_window(5, 0.0, 384.0, 32.0, 10), (0, 5), "a short list whole");
    }

    #[test]
    fn ranks_by_index_and_leaves_out_areas_below_the_threshold() {
        let atlas = Rc::new(Atlas::new(fictional_bundle(), DisclosureThreshold::default()));
        let gemeenten = MapInput::diversity(Rc::clone(&atlas), Level::Gemeente, None);
        let ranking = ranking_of(&gemeenten, Sort::default());
        assert_eq!(ranking.rows.len(), 2);
        assert!(ranking.rows[0].index >= ranking.rows[1].index);
        assert_eq!(ranking.rows[0].rank, 1);
        let by_name = ranking_of(&gemeenten, Sort { key: SortKey::Name, descending: false });
        let names: Vec<String> = by_name.rows.iter().map(|r| atlas.table().area(r.id).name.clone()).collect();
        assert_eq!(names, vec!["Fictiestad", "Nepdorp"]);
        let gm = atlas.table().find_str("GM9999").unwrap();
        let strict = Rc::new(atlas.with_threshold(DisclosureThreshold::new(500)));
        let ranking = ranking_of(&MapInput::diversity(strict, Level::Wijk, Some(gm)), Sort::default());
        assert_eq!(ranking.rows.len(), 1);
        assert!(matches!(
            ranking.unranked[..],
            [(_, Unranked::Undefined(Undefined::BelowThreshold { residents: 400, threshold: 500 }))]
        ));
    }
}
