//! The classroom: the numbers a lesson shows, computed from the tables on screen (the story's
//! facts), and the random draws of the two-residents explainer. No text here: the app words it.

mod story;
mod two_residents;

pub use story::{
    index_of, lens_pair, places_ranked, share_in_diverse_gemeenten, type_examples, DiverseShare, LensPair,
};
pub use two_residents::{Pair, PairDraw, Tally};
