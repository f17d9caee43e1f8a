//! All measures of one area of a table, or the reason they are undefined.

use super::{largest_minority, migration_share, DisclosureThreshold, DiversityIndex, EffectiveGroups, ShannonEntropy};
use crate::model::{AreaId, AreaTable, Count, Group};

/// Why an area has no measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undefined {
    /// Nobody lives there (industrial estates, water).
    NoResidents,
    /// A count is suppressed or missing, so shares cannot be computed honestly.
    UnknownCounts,
    /// Fewer residents than the disclosure threshold.
    BelowThreshold { residents: u32, threshold: u32 },
    /// The table has no row for the area (an aligned table: the source lacks the area).
    NotInTable,
}

/// The measures of one area.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaMeasures {
    /// Residents counted in the groups (the denominator of every share).
    pub counted: u32,
    pub diversity_index: f64,
    pub effective_groups: f64,
    pub shannon_entropy: f64,
    pub normalised_entropy: Option<f64>,
    pub migration_share: Option<f64>,
    /// Index of the largest group besides Dutch background, with its share.
    pub largest_minority: Option<(usize, f64)>,
}

/// Measures an area. Shares use the sum of the group counts as denominator, so they add up to
/// 1 even where CBS rounding makes that sum differ from the stated residents. The threshold is
/// checked against the stated residents (or the counted sum when residents are unknown).
pub fn measure_area(table: &AreaTable, id: AreaId, threshold: DisclosureThreshold) -> Result<AreaMeasures, Undefined> {
    if !table.has_row(id) {
        return Err(Undefined::NotInTable);
    }
    measure_counts(table.groups(), table.counts(id), table.residents(id), threshold)
}

/// Measures one row of counts over these groups (an area's row, or a row folded by a lens), with
/// the stated residents; the rules of [`measure_area`].
pub fn measure_counts(
    groups: &[Group],
    counts: &[Count],
    residents: Count,
    threshold: DisclosureThreshold,
) -> Result<AreaMeasures, Undefined> {
    let counts: Vec<u32> = counts.iter().copied().collect::<Option<_>>().ok_or(Undefined::UnknownCounts)?;
    // Summed wide: counts of an own table near u32::MAX must not wrap.
    let counted: u64 = counts.iter().map(|&n| u64::from(n)).sum();
    let residents = residents.unwrap_or(u32::try_from(counted).unwrap_or(u32::MAX));
    if residents == 0 || counted == 0 {
        return Err(Undefined::NoResidents);
    }
    if !threshold.allows(residents) {
        return Err(Undefined::BelowThreshold { residents, threshold: threshold.residents() });
    }
    Ok(AreaMeasures {
        counted: u32::try_from(counted).unwrap_or(u32::MAX),
        diversity_index: counts.diversity_index().ok_or(Undefined::NoResidents)?,
        effective_groups: counts.effective_groups().ok_or(Undefined::NoResidents)?,
        shannon_entropy: counts.shannon_entropy().ok_or(Undefined::NoResidents)?,
        normalised_entropy: counts.normalised_entropy(),
        migration_share: migration_share(groups, &counts),
        largest_minority: largest_minority(groups, &counts),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_near_the_limit_do_not_wrap() {
        use crate::model::{AreaCode, Group};
        let mut table = AreaTable::new(vec![Group::new("a", "A", &[]), Group::new("b", "B", &[])]);
        let big = u32::MAX / 2 + 10;
        table.push(AreaCode::parse("GM9999").unwrap(), "Groot".into(), None, vec![Some(big), Some(big)]).unwrap();
        let m = measure_area(&table, 0, DisclosureThreshold::default()).unwrap();
        assert!((m.diversity_index - 0.5).abs() < 1e-12, "two equal groups: {}", m.diversity_index);
        assert_eq!(m.counted, u32::MAX, "the count says it is at the limit instead of wrapping");
    }

    use super::*;
    use crate::formats::read_kwb_csv;

    const FICTION: &str = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur;a_ov_nw\n\
        GM9999;Fictiestad;1000;100;200;50;10;40;60;40\n\
        WK999901;Leeg;0;0;0;0;0;0;0;0\n\
        WK999902;Geheim;500;x;100;20;20;20;20;20\n\
        WK999903;Klein;45;5;0;0;0;0;0;0\n";

    #[test]
    fn defined_and_undefined_areas() {
        let table = read_kwb_csv(FICTION.as_bytes(), "f.csv").unwrap();
        let t = DisclosureThreshold::default();
        let m = measure_area(&table, 0, t).unwrap();
        // Shares 0.7, 0.1, 0.05, 0.01, 0.04, 0.06, 0.04.
        let expected = 1.0 - (0.49 + 0.01 + 0.0025 + 0.0001 + 0.0016 + 0.0036 + 0.0016);
        assert!((m.diversity_index - expected).abs() < 1e-12);
        assert!((m.migration_share.unwrap() - 0.3).abs() < 1e-12);
        assert_eq!(m.largest_minority.map(|(g, _)| g), Some(1));
        assert_eq!(measure_area(&table, 1, t), Err(Undefined::NoResidents));
        assert_eq!(measure_area(&table, 2, t), Err(Undefined::UnknownCounts));
        assert_eq!(measure_area(&table, 3, t), Err(Undefined::BelowThreshold { residents: 45, threshold: 50 }));
    }

    #[test]
    fn an_aligned_area_without_a_row_is_not_in_the_table() {
        let table = read_kwb_csv(FICTION.as_bytes(), "f.csv").unwrap();
        let only_gemeente = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\n\
            GM9999;Fictiestad;1000;100;200;50;10;40;60\n";
        let other = read_kwb_csv(only_gemeente.as_bytes(), "g.csv").unwrap().aligned_to(&table);
        let t = DisclosureThreshold::default();
        assert!(measure_area(&other, 0, t).is_ok());
        assert_eq!(measure_area(&other, 1, t), Err(Undefined::NotInTable));
        assert_eq!(measure_area(&other, 3, t), Err(Undefined::NotInTable));
    }
}
