//! "Trek twee inwoners": two residents drawn at random (with replacement) from an area's
//! composition, again and again; the share of pairs from different groups tends to the
//! diversity index, which is exactly the chance such a pair differs.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

/// One drawn pair: the two residents' groups and where they fall on the composition laid
/// out from 0 to 1 (group after group), as a point of the unit square of all pairs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    pub first: usize,
    pub second: usize,
    pub at: [f64; 2],
}

impl Pair {
    pub fn groups(&self) -> (usize, usize) {
        (self.first, self.second)
    }
}

/// Draws pairs of residents from a composition (residents per group).
pub struct PairDraw {
    /// Where each group ends on the line from 0 to 1.
    ends: Vec<f64>,
    rng: SmallRng,
}

impl PairDraw {
    /// A drawer over `counts`, seeded (the same seed gives the same draws on one platform).
    /// None when the composition has no residents.
    pub fn new(counts: &[u32], seed: u64) -> Option<PairDraw> {
        let total: u64 = counts.iter().map(|&n| u64::from(n)).sum();
        if total == 0 {
            return None;
        }
        let ends = counts
            .iter()
            .scan(0u64, |sum, &n| {
                *sum += u64::from(n);
                Some(*sum as f64 / total as f64)
            })
            .collect();
        Some(PairDraw { ends, rng: SmallRng::seed_from_u64(seed) })
    }

    /// Two residents drawn independently (with replacement, as the index counts pairs).
    pub fn draw(&mut self) -> Pair {
        let (x, y): (f64, f64) = (self.rng.gen(), self.rng.gen());
        Pair { first: self.group_at(x), second: self.group_at(y), at: [x, y] }
    }

    /// The group a point of the line falls in (empty groups take no room).
    fn group_at(&self, u: f64) -> usize {
        self.ends.partition_point(|&end| end <= u).min(self.ends.len() - 1)
    }
}

/// How many pairs were drawn and how many of them differed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub draws: u64,
    pub different: u64,
}

impl Tally {
    /// The tally with one more pair.
    pub fn with(self, (a, b): (usize, usize)) -> Tally {
        Tally { draws: self.draws + 1, different: self.different + u64::from(a != b) }
    }

    pub fn same(&self) -> u64 {
        self.draws - self.different
    }

    /// The share of pairs that differed (None before the first draw).
    pub fn share_different(&self) -> Option<f64> {
        (self.draws > 0).then(|| self.different as f64 / self.draws as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measures::DiversityIndex;

    #[test]
    fn the_tally_converges_on_the_index() {
        // Fictiestad's seven groups; its index is 1 − Σp² = 0.4798.
        let counts = [700u32, 100, 50, 10, 40, 60, 40];
        let index = counts.as_slice().diversity_index().unwrap();
        for seed in [1, 2, 3] {
            let mut drawer = PairDraw::new(&counts, seed).unwrap();
            let tally = (0..20_000).fold(Tally::default(), |t, _| t.with(drawer.draw().groups()));
            // The standard error after 20,000 pairs is √(p(1−p)/n) ≈ 0.0035; allow 4 of them.
            let share = tally.share_different().unwrap();
            assert!((share - index).abs() < 0.014, "seed {seed}: {share} after 20,000 pairs, index {index}");
            assert_eq!(tally.same() + tally.different, 20_000);
        }
    }

    #[test]
    fn one_group_never_differs_and_no_residents_draws_nothing() {
        let mut drawer = PairDraw::new(&[0, 12, 0], 7).unwrap();
        let tally = (0..100).fold(Tally::default(), |t, _| t.with(drawer.draw().groups()));
        assert_eq!((tally.different, tally.share_different()), (0, Some(0.0)));
        assert!(PairDraw::new(&[0, 0], 7).is_none());
        assert_eq!(Tally::default().share_different(), None);
    }

    #[test]
    fn a_pair_is_the_same_group_exactly_when_its_point_lies_in_a_diagonal_square() {
        // Groups of 50%, 30%, 20%: squares [0, .5)², [.5, .8)², [.8, 1)² on the diagonal.
        let mut drawer = PairDraw::new(&[5, 3, 2], 9).unwrap();
        let square = |u: f64| {
            if u < 0.5 {
                0
            } else if u < 0.8 {
                1
            } else {
                2
            }
        };
        for _ in 0..1000 {
            let pair = drawer.draw();
            assert_eq!((pair.first, pair.second), (square(pair.at[0]), square(pair.at[1])), "{pair:?}");
        }
    }

    #[test]
    fn a_seed_repeats_its_draws() {
        let draws = |seed| {
            let mut drawer = PairDraw::new(&[5, 5, 5], seed).unwrap();
            (0..20).map(|_| drawer.draw().groups()).collect::<Vec<_>>()
        };
        assert_eq!(draws(42), draws(42));
        assert_ne!(draws(42), draws(43));
    }
}
