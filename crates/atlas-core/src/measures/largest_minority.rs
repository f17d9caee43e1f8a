//! The largest group besides the Dutch-background group.

use crate::model::{Family, Group};

/// The index and share of the largest group not tagged [`Family::Dutch`] nor [`Family::Residual`]
/// (a catch-all of many origins is not one group), ties going to the
/// group listed first. `None` when no such group has anyone.
pub fn largest_minority(groups: &[Group], counts: &[u32]) -> Option<(usize, f64)> {
    let total: u64 = counts.iter().map(|&n| u64::from(n)).sum();
    let (index, &count) = counts
        .iter()
        .enumerate()
        .filter(|(i, &n)| n > 0 && !groups[*i].is(Family::Dutch) && !groups[*i].is(Family::Residual))
        .fold(None, |best: Option<(usize, &u32)>, (i, n)| match best {
            Some((_, b)) if b >= n => best,
            _ => Some((i, n)),
        })?;
    Some((index, f64::from(count) / total as f64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::kwb_groups;

    #[test]
    fn picks_the_largest_non_dutch_group() {
        let groups = kwb_groups();
        assert_eq!(largest_minority(&groups, &[80, 5, 3, 0, 7, 5, 0]), Some((4, 0.07)));
        // A catch-all of many origins is not one group, however large.
        assert_eq!(largest_minority(&groups, &[80, 5, 3, 0, 7, 5, 20]), Some((4, 7.0 / 120.0)));
        // A tie goes to the group listed first (westers before turkije).
        assert_eq!(largest_minority(&groups, &[90, 5, 0, 0, 0, 5, 0]), Some((1, 0.05)));
        assert_eq!(largest_minority(&groups, &[10, 0, 0, 0, 0, 0, 0]), None);
    }
}
