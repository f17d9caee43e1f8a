//! "Raad de index": the rounds of a game (areas drawn from a set, seeded, without repeats) and
//! the points for a guess.

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;

/// How many rounds a game has (fewer when the set is smaller).
pub const ROUNDS: usize = 10;
/// The most points a round can give.
pub const MAX_POINTS: u32 = 10;

/// The areas of a game: up to [`ROUNDS`] of `set`, in a random order, none twice.
pub fn game_rounds<T: Copy>(set: &[T], seed: u64) -> Vec<T> {
    let mut rng = SmallRng::seed_from_u64(seed);
    set.choose_multiple(&mut rng, ROUNDS.min(set.len())).copied().collect()
}

/// Points for a guess of the index (both as shares, 0–1): 10 within 2 index points, one less
/// for every further 3 points (or part of 3), 0 from 30 points off.
pub fn points_for(guess: f64, index: f64) -> u32 {
    let off = ((guess - index).abs() * 100.0).round() as u32;
    MAX_POINTS.saturating_sub(off.saturating_sub(2).div_ceil(3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_fall_with_the_distance_in_index_points() {
        assert_eq!(points_for(0.42, 0.42), 10);
        assert_eq!(points_for(0.40, 0.42), 10, "2 points off");
        assert_eq!(points_for(0.39, 0.42), 9, "3 points off");
        assert_eq!(points_for(0.37, 0.42), 9, "5 points off");
        assert_eq!(points_for(0.36, 0.42), 8, "6 points off");
        assert_eq!(points_for(0.72, 0.42), 0, "30 points off");
        assert_eq!(points_for(0.12, 0.42), 0, "30 points off");
        assert_eq!(points_for(0.13, 0.42), 1, "29 points off");
        assert_eq!(points_for(1.0, 0.0), 0);
    }

    #[test]
    fn rounds_are_distinct_members_of_the_set_and_a_seed_repeats_them() {
        let set: Vec<u32> = (0..50).collect();
        let rounds = game_rounds(&set, 7);
        assert_eq!(rounds.len(), ROUNDS);
        let distinct: std::collections::BTreeSet<_> = rounds.iter().collect();
        assert_eq!(distinct.len(), ROUNDS);
        assert_eq!(rounds, game_rounds(&set, 7));
        assert_ne!(rounds, game_rounds(&set, 8));
        assert_eq!(game_rounds(&[1, 2, 3], 1).len(), 3, "a small set gives fewer rounds");
    }
}
