//! Finding areas by name or code.

use atlas_core::model::{AreaId, AreaTable};

/// Up to `limit` areas whose name or code contains the query (case-insensitive); exact and
/// prefix matches first, larger levels (gemeenten) before smaller ones.
pub fn search_areas(table: &AreaTable, query: &str, limit: usize) -> Vec<AreaId> {
    let needle = query.trim().to_lowercase();
    if needle.chars().count() < 2 {
        return Vec::new();
    }
    let mut hits: Vec<(u8, atlas_core::model::Level, AreaId)> = table
        .areas()
        .filter_map(|(id, area)| {
            let name = area.name.to_lowercase();
            let code = area.code.as_str().to_lowercase();
            let quality = if name == needle || code == needle {
                0
            } else if name.starts_with(&needle) {
                1
            } else if name.contains(&needle) || code.starts_with(&needle) {
                2
            } else {
                return None;
            };
            Some((quality, area.level, id))
        })
        .collect();
    hits.sort();
    hits.into_iter().take(limit).map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::fixtures::fictional_bundle;

    #[test]
    fn finds_by_name_and_code() {
        let table = fictional_bundle().table;
        let names =
            |q: &str| search_areas(&table, q, 10).iter().map(|&id| table.area(id).name.clone()).collect::<Vec<_>>();
        assert_eq!(names("fictie"), vec!["Fictiestad"]);
        assert_eq!(names("WK999902"), vec!["Haven"]);
        assert_eq!(names("gm99").len(), 2);
        assert!(names("x").is_empty(), "one letter is too short");
        assert!(names("nergens").is_empty());
    }
}
