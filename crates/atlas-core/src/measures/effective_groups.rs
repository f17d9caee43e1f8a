//! The effective number of groups: how many equally large groups would give the same diversity.

use super::Shares;

/// `1 / Σ pᵢ²` (the inverse Simpson index): 1 when one group holds everyone, k when k groups
/// are equally large. `None` when the counts add up to 0.
pub trait EffectiveGroups {
    fn effective_groups(&self) -> Option<f64>;
}

impl EffectiveGroups for [u32] {
    fn effective_groups(&self) -> Option<f64> {
        let concentration: f64 = self.shares()?.iter().map(|p| p * p).sum();
        Some(1.0 / concentration)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_groups_count_fully() {
        assert_eq!([7u32, 0, 0].effective_groups(), Some(1.0));
        assert!(([5u32, 5, 5, 5].effective_groups().unwrap() - 4.0).abs() < 1e-12);
        // 60/30/10: 1 / 0.46
        assert!(([60u32, 30, 10].effective_groups().unwrap() - 1.0 / 0.46).abs() < 1e-12);
        assert_eq!([0u32].effective_groups(), None);
    }
}
