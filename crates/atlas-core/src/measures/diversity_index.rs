//! The diversity index: the chance that two randomly chosen residents differ in origin group.

use super::Shares;

/// `1 − Σ pᵢ²`, where `pᵢ` is group i's share of the area's residents (drawing with
/// replacement). 0 when one group holds everyone; at most `1 − 1/k` with k groups.
///
/// The WRR report calls this number the HHI; strictly the Herfindahl-Hirschman index is
/// `Σ pᵢ²` (concentration) and this is its complement, known in ecology as Gini-Simpson.
/// `None` when the counts add up to 0.
pub trait DiversityIndex {
    fn diversity_index(&self) -> Option<f64>;
}

impl DiversityIndex for [u32] {
    fn diversity_index(&self) -> Option<f64> {
        let concentration: f64 = self.shares()?.iter().map(|p| p * p).sum();
        Some((1.0 - concentration).max(0.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hand_computed_cases() {
        assert_eq!([10u32, 0, 0].diversity_index(), Some(0.0));
        assert_eq!([5u32, 5].diversity_index(), Some(0.5));
        // 60/30/10: 1 − (0.36 + 0.09 + 0.01) = 0.54
        assert!(([60u32, 30, 10].diversity_index().unwrap() - 0.54).abs() < 1e-12);
        assert_eq!([0u32, 0].diversity_index(), None);
        assert_eq!(<[u32]>::diversity_index(&[]), None);
    }

    fn counts() -> impl Strategy<Value = Vec<u32>> {
        prop::collection::vec(0u32..1_000_000, 1..40).prop_filter("someone lives here", |c| c.iter().any(|&n| n > 0))
    }

    proptest! {
        #[test]
        fn bounded_by_one_minus_one_over_k(c in counts()) {
            let index = c.diversity_index().unwrap();
            let k = c.len() as f64;
            prop_assert!(index >= 0.0);
            prop_assert!(index <= 1.0 - 1.0 / k + 1e-12);
        }

        #[test]
        fn invariant_to_group_order(mut c in counts(), seed in any::<u64>()) {
            let before = c.diversity_index().unwrap();
            let len = c.len();
            c.rotate_left((seed as usize) % len);
            c.reverse();
            prop_assert!((c.diversity_index().unwrap() - before).abs() < 1e-12);
        }

        #[test]
        fn invariant_to_scaling_all_counts(c in prop::collection::vec(0u32..10_000, 1..20), factor in 1u32..100) {
            prop_assume!(c.iter().any(|&n| n > 0));
            let scaled: Vec<u32> = c.iter().map(|n| n * factor).collect();
            prop_assert!((scaled.diversity_index().unwrap() - c.diversity_index().unwrap()).abs() < 1e-12);
        }

        #[test]
        fn zero_exactly_when_one_group_holds_everyone(c in counts()) {
            let groups_present = c.iter().filter(|&&n| n > 0).count();
            let index = c.diversity_index().unwrap();
            prop_assert_eq!(index == 0.0, groups_present == 1);
        }
    }
}
