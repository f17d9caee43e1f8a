//! Carrying a table of old areas over to newer ones: each old code goes to one or more new
//! codes with a fraction (a merger: one code with 1; a split: several), counts apportioned.

use super::{AreaCode, AreaTable, Count, Level};
use std::collections::HashMap;

/// One new area an old one (partly) went to.
#[derive(Clone, Debug, PartialEq)]
pub struct Successor {
    pub code: AreaCode,
    /// The part of the old area's residents that went here; an old area's fractions add up to 1.
    pub fraction: f64,
}

/// Old code → the new areas it went to.
pub type Succession = HashMap<AreaCode, Vec<Successor>>;

/// A table carried over to the new areas, and what could not be.
#[derive(Clone, Debug, PartialEq)]
pub struct CarriedTable {
    /// Rows keyed by new codes, named as in the frame, in the frame's order; the country
    /// (`NL00`) is kept from the source, or summed from the new gemeenten when the source lacks it.
    pub table: AreaTable,
    /// Old codes the succession does not know (their residents are in no new row).
    pub unmapped: Vec<AreaCode>,
}

/// Carries `table` over to `frame`'s areas by `succession`. Every count of an old area is split
/// over its successors by largest remainders, so the parts add up to the old count exactly; a
/// new area's count is the sum of its parts, unknown when one part is unknown. Successors the
/// frame does not have are treated as unmapped.
pub fn carry_over(table: &AreaTable, succession: &Succession, frame: &AreaTable) -> CarriedTable {
    let width = table.groups().len() + 1; // residents, then the groups
    let mut sums: HashMap<AreaCode, Vec<Count>> = HashMap::new();
    let mut unmapped = Vec::new();
    let mut country: Option<Vec<Count>> = None;
    for (id, area) in table.areas() {
        let mut values = vec![table.residents(id)];
        values.extend_from_slice(table.counts(id));
        if area.level == Level::Land {
            country = Some(values);
            continue;
        }
        let successors = match succession.get(&area.code) {
            Some(list) if !list.is_empty() && list.iter().all(|s| frame.find(&s.code).is_some()) => list,
            _ => {
                unmapped.push(area.code.clone());
                continue;
            }
        };
        let fractions: Vec<f64> = successors.iter().map(|s| s.fraction).collect();
        let parts: Vec<Vec<Count>> = values.iter().map(|&value| apportion(value, &fractions)).collect();
        for (k, successor) in successors.iter().enumerate() {
            let sum = sums.entry(successor.code.clone()).or_insert_with(|| vec![Some(0); width]);
            for (slot, part) in sum.iter_mut().zip(&parts) {
                *slot = match (*slot, part[k]) {
                    (Some(a), Some(b)) => Some(a.saturating_add(b)),
                    _ => None,
                };
            }
        }
    }
    let mut carried = AreaTable::new(table.groups().to_vec());
    let gemeente_total = |sums: &HashMap<AreaCode, Vec<Count>>| {
        let mut total = vec![Some(0u32); width];
        for (code, values) in sums {
            if code.level() == Level::Gemeente {
                for (slot, v) in total.iter_mut().zip(values) {
                    *slot = slot.zip(*v).map(|(a, b)| a.saturating_add(b));
                }
            }
        }
        total
    };
    for (_, area) in frame.areas() {
        let values = if area.level == Level::Land {
            Some(country.clone().unwrap_or_else(|| gemeente_total(&sums)))
        } else {
            sums.get(&area.code).cloned()
        };
        if let Some(values) = values {
            // The frame has each code once and the widths match, so push cannot fail.
            let _ = carried.push(area.code.clone(), area.name.clone(), values[0], values[1..].to_vec());
        }
    }
    carried.link_parents();
    CarriedTable { table: carried, unmapped }
}

/// Splits `value` by `fractions` into whole parts that add up to `value` (largest remainders;
/// ties to the earlier part). Unknown stays unknown in every part.
pub fn apportion(value: Count, fractions: &[f64]) -> Vec<Count> {
    let Some(value) = value else { return vec![None; fractions.len()] };
    let total: f64 = fractions.iter().sum();
    if total <= 0.0 {
        return vec![Some(0); fractions.len()];
    }
    let exact: Vec<f64> = fractions.iter().map(|f| f64::from(value) * f / total).collect();
    let mut parts: Vec<u32> = exact.iter().map(|e| e.floor() as u32).collect();
    let mut left = value.saturating_sub(parts.iter().sum());
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())).then(a.cmp(&b)));
    for &i in order.iter().cycle().take(parts.len() * 2) {
        if left == 0 {
            break;
        }
        parts[i] += 1;
        left -= 1;
    }
    parts.into_iter().map(Some).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Group;

    fn code(text: &str) -> AreaCode {
        AreaCode::parse(text).unwrap()
    }

    fn table(rows: &[(&str, &str, Count, [Count; 2])]) -> AreaTable {
        let mut table = AreaTable::new(vec![Group::new("a", "A", &[]), Group::new("b", "B", &[])]);
        for (c, name, residents, counts) in rows {
            table.push(code(c), name.to_string(), *residents, counts.to_vec()).unwrap();
        }
        table.link_parents();
        table
    }

    fn to(list: &[(&str, f64)]) -> Vec<Successor> {
        list.iter().map(|(c, f)| Successor { code: code(c), fraction: *f }).collect()
    }

    #[test]
    fn apportioned_parts_add_up_exactly() {
        assert_eq!(apportion(Some(10), &[0.5, 0.5]), [Some(5), Some(5)]);
        // 7 × (1/3, 2/3) = 2.33 + 4.67: the larger remainder gets the extra one.
        assert_eq!(apportion(Some(7), &[1.0 / 3.0, 2.0 / 3.0]), [Some(2), Some(5)]);
        // 1 over three equal parts: the first.
        assert_eq!(apportion(Some(1), &[1.0, 1.0, 1.0]), [Some(1), Some(0), Some(0)]);
        assert_eq!(apportion(None, &[0.3, 0.7]), [None, None]);
        assert_eq!(apportion(Some(5), &[1.0]), [Some(5)]);
    }

    #[test]
    fn mergers_sum_splits_share_and_unknown_codes_are_reported() {
        let frame = table(&[
            ("NL00", "Nederland", None, [None, None]),
            ("GM9999", "Fictiestad", None, [None, None]),
            ("GM9998", "Nepdorp", None, [None, None]),
        ]);
        let old = table(&[
            ("GM9990", "Oudstad", Some(100), [Some(60), Some(40)]),
            ("GM9991", "Oudedorp", Some(50), [Some(50), None]),
            ("GM9992", "Gesplitst", Some(11), [Some(10), Some(1)]),
            ("GM9993", "Onbekend", Some(5), [Some(5), Some(0)]),
        ]);
        let succession: Succession = [
            (code("GM9990"), to(&[("GM9999", 1.0)])),
            (code("GM9991"), to(&[("GM9998", 1.0)])),
            (code("GM9992"), to(&[("GM9999", 0.6), ("GM9998", 0.4)])),
        ]
        .into_iter()
        .collect();
        let carried = carry_over(&old, &succession, &frame);
        assert_eq!(carried.unmapped, [code("GM9993")]);
        let t = &carried.table;
        let fictiestad = t.find_str("GM9999").unwrap();
        // 100 + 11 × 0.6 (6.6 → 7); 60 + 6; 40 + 0.6 (→ 1).
        assert_eq!(t.residents(fictiestad), Some(107));
        assert_eq!(t.counts(fictiestad), &[Some(66), Some(41)]);
        assert_eq!(t.area(fictiestad).name, "Fictiestad");
        let nepdorp = t.find_str("GM9998").unwrap();
        assert_eq!(t.residents(nepdorp), Some(54));
        assert_eq!(t.counts(nepdorp), &[Some(54), None]);
        // The country, summed from the gemeenten: 161 of the 166 (the unmapped 5 are not in it).
        let nl = t.find_str("NL00").unwrap();
        assert_eq!(t.residents(nl), Some(161));
        assert_eq!(t.counts(nl), &[Some(120), None]);
        assert_eq!(t.area(fictiestad).parent, Some(nl));
    }

    #[test]
    fn the_source_country_row_is_kept() {
        let frame = table(&[("NL00", "Nederland", None, [None, None]), ("GM9999", "Fictiestad", None, [None, None])]);
        let old = table(&[
            ("NL00", "NL", Some(1000), [Some(900), Some(100)]),
            ("GM9990", "Oud", Some(10), [Some(9), Some(1)]),
        ]);
        let succession: Succession = [(code("GM9990"), to(&[("GM9999", 1.0)]))].into_iter().collect();
        let carried = carry_over(&old, &succession, &frame);
        assert_eq!(carried.table.residents(0), Some(1000));
        assert_eq!(carried.table.area(0).name, "Nederland");
        // A successor the frame lacks is no successor.
        let succession: Succession = [(code("GM9990"), to(&[("GM9997", 1.0)]))].into_iter().collect();
        assert_eq!(carry_over(&old, &succession, &frame).unmapped, [code("GM9990")]);
    }
}
