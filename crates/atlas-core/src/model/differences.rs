//! Where two tables of the same day disagree: residents that differ, rows one side lacks, and
//! which missing areas an area seems to have absorbed.

use super::{AreaCode, AreaTable, Level};

/// An area where two tables of the same day disagree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableDifference {
    pub code: AreaCode,
    /// Residents in the frame table; `None` when it has no row (or the count is unknown).
    pub frame_residents: Option<u32>,
    /// Residents in the other table; `None` when it has no row (or the count is unknown).
    pub other_residents: Option<u32>,
    /// Frame areas missing from the other table whose residents explain the difference (the
    /// other table counts them in this area), e.g. a gemeente that merged into this one.
    pub absorbed: Vec<AreaCode>,
}

/// The share of the other table's residents that a difference may stay unexplained by.
const ABSORB_TOLERANCE: f64 = 0.01;

/// The areas of `level` where residents differ or one side lacks the row, in the frame's order
/// (areas only `other` has come last). `absorbed` names the frame areas missing from `other`
/// whose residents explain the difference: |other − frame − Σ absorbed| ≤ 1% of other.
pub fn table_differences(frame: &AreaTable, other: &AreaTable, level: Level) -> Vec<TableDifference> {
    let row_of = |table: &AreaTable, code: &AreaCode| table.find(code).filter(|&id| table.has_row(id));
    let frame_ids: Vec<_> = frame.ids_at(level).into_iter().filter(|&id| frame.has_row(id)).collect();
    // Frame areas the other table lacks, largest first: the candidates for absorption.
    let mut missing: Vec<(AreaCode, u32)> = frame_ids
        .iter()
        .filter(|&&id| row_of(other, &frame.area(id).code).is_none())
        .filter_map(|&id| Some((frame.area(id).code.clone(), frame.residents(id)?)))
        .collect();
    missing.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut differences = Vec::new();
    for &id in &frame_ids {
        let code = &frame.area(id).code;
        let frame_residents = frame.residents(id);
        match row_of(other, code) {
            None => differences.push(TableDifference {
                code: code.clone(),
                frame_residents,
                other_residents: None,
                absorbed: Vec::new(),
            }),
            Some(other_id) => {
                let other_residents = other.residents(other_id);
                if other_residents != frame_residents {
                    let absorbed = match (frame_residents, other_residents) {
                        (Some(f), Some(o)) if o > f => absorbed_by(o, o - f, &missing),
                        _ => Vec::new(),
                    };
                    differences.push(TableDifference {
                        code: code.clone(),
                        frame_residents,
                        other_residents,
                        absorbed,
                    });
                }
            }
        }
    }
    for id in other.ids_at(level) {
        let code = &other.area(id).code;
        if other.has_row(id) && row_of(frame, code).is_none() {
            differences.push(TableDifference {
                code: code.clone(),
                frame_residents: None,
                other_residents: other.residents(id),
                absorbed: Vec::new(),
            });
        }
    }
    differences
}

/// Picks missing areas (largest first) that bring the excess closer to 0; keeps the pick only
/// when what remains is within the tolerance of the other table's residents.
fn absorbed_by(other: u32, excess: u32, missing: &[(AreaCode, u32)]) -> Vec<AreaCode> {
    let mut remaining = i64::from(excess);
    let mut picked = Vec::new();
    for (code, residents) in missing {
        let after = remaining - i64::from(*residents);
        if after.abs() < remaining.abs() {
            remaining = after;
            picked.push(code.clone());
        }
    }
    let explained = remaining.abs() as f64 <= ABSORB_TOLERANCE * f64::from(other);
    if explained {
        picked
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Group;

    fn table(rows: &[(&str, u32)]) -> AreaTable {
        let mut table = AreaTable::new(vec![Group::new("a", "A", &[])]);
        for (code, residents) in rows {
            let code = AreaCode::parse(code).unwrap();
            table.push(code, "Fictief".into(), Some(*residents), vec![Some(*residents)]).unwrap();
        }
        table.link_parents();
        table
    }

    fn codes(list: &[&str]) -> Vec<AreaCode> {
        list.iter().map(|c| AreaCode::parse(c).unwrap()).collect()
    }

    #[test]
    fn equal_tables_have_no_differences() {
        let a = table(&[("NL00", 300), ("GM9999", 100), ("GM9998", 200)]);
        assert!(table_differences(&a, &a.clone(), Level::Gemeente).is_empty());
    }

    #[test]
    fn a_merged_area_is_named_as_absorbed() {
        // Fictiestad (1,000) counts Nepdorp (200) in the other table; Nepdorp is absent there.
        let frame = table(&[("NL00", 1700), ("GM9999", 1000), ("GM9998", 200), ("GM9997", 500)]);
        let other = table(&[("NL00", 1700), ("GM9999", 1203), ("GM9997", 500)]);
        let differences = table_differences(&frame, &other, Level::Gemeente);
        assert_eq!(
            differences,
            vec![
                TableDifference {
                    code: codes(&["GM9999"])[0].clone(),
                    frame_residents: Some(1000),
                    other_residents: Some(1203),
                    absorbed: codes(&["GM9998"]),
                },
                TableDifference {
                    code: codes(&["GM9998"])[0].clone(),
                    frame_residents: Some(200),
                    other_residents: None,
                    absorbed: vec![],
                },
            ]
        );
    }

    #[test]
    fn a_difference_the_missing_areas_do_not_explain_absorbs_nothing() {
        // 1,000 → 1,500: the missing 200 leaves 300 unexplained (> 1% of 1,500).
        let frame = table(&[("GM9999", 1000), ("GM9998", 200)]);
        let other = table(&[("GM9999", 1500)]);
        assert_eq!(table_differences(&frame, &other, Level::Gemeente)[0].absorbed, vec![]);
        // A small difference does not swallow an unrelated larger area.
        let other = table(&[("GM9999", 1005)]);
        assert_eq!(table_differences(&frame, &other, Level::Gemeente)[0].absorbed, vec![]);
    }

    #[test]
    fn two_absorbed_areas_and_rows_only_the_other_has() {
        let frame = table(&[("GM9999", 1000), ("GM9998", 300), ("GM9997", 100), ("GM9996", 40)]);
        let other = table(&[("GM9999", 1400), ("GM9996", 40), ("GM9995", 7)]);
        let differences = table_differences(&frame, &other, Level::Gemeente);
        assert_eq!(differences[0].absorbed, codes(&["GM9998", "GM9997"]));
        let last = differences.last().unwrap();
        assert_eq!((last.code.as_str(), last.frame_residents, last.other_residents), ("GM9995", None, Some(7)));
        assert_eq!(differences.len(), 4);
    }

    #[test]
    fn other_levels_are_left_out_and_aligned_missing_rows_count_as_absent() {
        let frame = table(&[("NL00", 300), ("GM9999", 100), ("WK999901", 100)]);
        let other = table(&[("NL00", 301), ("WK999901", 100)]);
        assert!(table_differences(&frame, &other, Level::Wijk).is_empty());
        let aligned = other.aligned_to(&frame);
        let differences = table_differences(&frame, &aligned, Level::Gemeente);
        assert_eq!(differences.len(), 1);
        assert_eq!(differences[0].other_residents, None);
    }
}
