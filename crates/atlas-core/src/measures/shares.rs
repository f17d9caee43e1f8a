//! Group shares pᵢ = nᵢ / Σn of an area's residents.

/// Each group's share of the total of the counts; `None` when the total is 0.
pub trait Shares {
    fn shares(&self) -> Option<Vec<f64>>;
}

impl Shares for [u32] {
    fn shares(&self) -> Option<Vec<f64>> {
        let total: u64 = self.iter().map(|&n| u64::from(n)).sum();
        (total > 0).then(|| self.iter().map(|&n| n as f64 / total as f64).collect())
    }
}
