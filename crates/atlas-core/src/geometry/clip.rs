//! Trimming child areas to their parent's outline (coarse buurten to finer wijken).
//!
//! The 2014 buurt boundaries come on a ~300 m grid while the wijk boundaries come on ~30 m, so a
//! buurt drawn as given spills over its wijk's outline. Intersecting each buurt with its wijk
//! keeps the buurt inside the wijk's finer outline; inner buurt boundaries stay coarse.

use crate::model::{AreaId, AreaTable};
use geo::{Area, BooleanOps, MultiPolygon};
use std::collections::HashMap;

/// Replaces each child's outline by its intersection with its parent's, where the parent has
/// an outline and the intersection is not empty.
pub fn clip_to_parents(
    table: &AreaTable,
    children: &mut [(AreaId, MultiPolygon<f64>)],
    parents: &[(AreaId, MultiPolygon<f64>)],
) {
    let parent_outline: HashMap<AreaId, &MultiPolygon<f64>> =
        parents.iter().map(|(id, outline)| (*id, outline)).collect();
    for (child, outline) in children.iter_mut() {
        let Some(parent) = table.area(*child).parent.and_then(|p| parent_outline.get(&p)) else { continue };
        let clipped = outline.intersection(*parent);
        if clipped.unsigned_area() > 0.0 {
            *outline = clipped;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::read_kwb_csv;
    use geo::polygon;

    #[test]
    fn a_child_is_trimmed_to_its_parent_and_orphans_stay() {
        let csv = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\n\
                   WK999901;Fictiewijk;10;0;0;0;0;0;0\nBU99990101;Binnen;5;0;0;0;0;0;0\nBU99990201;Wees;5;0;0;0;0;0;0\n";
        let table = read_kwb_csv(csv.as_bytes(), "f.csv").unwrap();
        let square = |x0: f64, y0: f64, size: f64| {
            MultiPolygon(vec![
                polygon![(x: x0, y: y0), (x: x0 + size, y: y0), (x: x0 + size, y: y0 + size), (x: x0, y: y0 + size)],
            ])
        };
        let parents = vec![(0, square(0.0, 0.0, 10.0))];
        let mut children = vec![(1, square(5.0, 5.0, 10.0)), (2, square(50.0, 50.0, 1.0))];
        clip_to_parents(&table, &mut children, &parents);
        assert_eq!(children[0].1.unsigned_area(), 25.0, "the part inside the wijk");
        assert_eq!(children[1].1.unsigned_area(), 1.0, "no parent outline: unchanged");
    }
}
