//! Measures of diversity over one area's group counts, one measure per file.
//!
//! Each measure is a trait implemented for a slice of known counts (`[u32]`), so the formulas
//! stay apart from the table. [`measure_area`] applies them to an area of a table and says why
//! a measure is undefined (no residents, unknown counts, below the disclosure threshold).

mod aggregate;
mod area_measures;
mod disclosure;
mod diversity_index;
mod effective_groups;
mod largest_minority;
mod migration_share;
mod shannon;
mod shares;

pub use aggregate::{aggregate_counts, sum_known, with_parent_rows_summed, with_parent_rows_summed_where};
pub use area_measures::{measure_area, measure_counts, AreaMeasures, Undefined};
pub use disclosure::{DisclosureThreshold, DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD};
pub use diversity_index::DiversityIndex;
pub use effective_groups::EffectiveGroups;
pub use largest_minority::largest_minority;
pub use migration_share::migration_share;
pub use shannon::ShannonEntropy;
pub use shares::Shares;
