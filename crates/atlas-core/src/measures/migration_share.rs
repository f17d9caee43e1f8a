//! The share of residents with a migration background.

use crate::model::{Family, Group};

/// `1 − p(Dutch background)`: the share of the counted residents outside the group tagged
/// [`Family::Dutch`]. `None` when the table has no such group or the counts add up to 0.
pub fn migration_share(groups: &[Group], counts: &[u32]) -> Option<f64> {
    let dutch = groups.iter().position(|g| g.is(Family::Dutch))?;
    let total: u64 = counts.iter().map(|&n| u64::from(n)).sum();
    (total > 0).then(|| 1.0 - f64::from(counts[dutch]) / total as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::kwb_groups;

    #[test]
    fn everyone_outside_the_dutch_group() {
        let groups = kwb_groups();
        assert_eq!(migration_share(&groups, &[75, 5, 5, 5, 5, 5, 0]), Some(0.25));
        assert_eq!(migration_share(&groups, &[0; 7]), None);
        assert_eq!(migration_share(&[Group::new("a", "A", &[])], &[3]), None);
    }
}
