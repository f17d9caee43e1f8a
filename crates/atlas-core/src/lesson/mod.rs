//! The classroom: the numbers a lesson shows, computed from the tables on screen (the story's
//! facts), the random draws of the two-residents explainer, comparisons, the guessing game's
//! rounds and points, and the worksheet's answer key. No text here: the app words it.

mod compare;
mod game;
mod story;
mod two_residents;
mod worksheet;

pub use compare::{compare_areas, Comparison, GroupGap};
pub use game::{game_rounds, points_for, MAX_POINTS, ROUNDS};
pub use story::{
    index_of, lens_pair, places_ranked, share_in_diverse_gemeenten, type_examples, DiverseShare, LensPair,
};
pub use two_residents::{Pair, PairDraw, Tally};
pub use worksheet::{worksheet_answers, WorksheetAnswers};
