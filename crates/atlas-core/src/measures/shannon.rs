//! Shannon entropy of the group shares, plain and normalised.

use super::Shares;

/// `H = −Σ pᵢ ln pᵢ` (in nats; empty groups add nothing), and `H / ln k` normalised to 0..1
/// over the k groups the table declares. `None` when the counts add up to 0, and the
/// normalised form also when k < 2.
pub trait ShannonEntropy {
    fn shannon_entropy(&self) -> Option<f64>;
    fn normalised_entropy(&self) -> Option<f64>;
}

impl ShannonEntropy for [u32] {
    fn shannon_entropy(&self) -> Option<f64> {
        let entropy = self.shares()?.iter().filter(|&&p| p > 0.0).map(|p| -p * p.ln()).sum::<f64>();
        Some(entropy.max(0.0))
    }

    fn normalised_entropy(&self) -> Option<f64> {
        if self.len() < 2 {
            return None;
        }
        Some(self.shannon_entropy()? / (self.len() as f64).ln())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_cases() {
        assert_eq!([9u32, 0].shannon_entropy(), Some(0.0));
        assert!(([1u32, 1].shannon_entropy().unwrap() - 2f64.ln()).abs() < 1e-12);
        assert!(([3u32, 3, 3].normalised_entropy().unwrap() - 1.0).abs() < 1e-12);
        // 3/4, 1/4: −(0.75 ln 0.75 + 0.25 ln 0.25) = 0.5623351446...
        assert!(([3u32, 1].shannon_entropy().unwrap() - 0.562_335_144_6).abs() < 1e-9);
        assert_eq!([4u32].normalised_entropy(), None);
    }
}
