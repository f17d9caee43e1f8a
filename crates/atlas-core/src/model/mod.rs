//! The data model: areas in their hierarchy, the origin groups a table declares, counts.

mod area;
mod differences;
mod group;
mod lens;
mod succession;
mod table;

pub use area::{Area, AreaCode, AreaCodeError, AreaId, Level};
pub use differences::{table_differences, TableDifference};
pub use group::{Family, Group};
pub use lens::{apply_lens, lens_fold, Lens, LensFold, UNSPLIT_KEY, UNSPLIT_LABEL};
pub use succession::{apportion, carry_over, CarriedTable, Succession, Successor};
pub use table::{AreaTable, Count, TableError};
