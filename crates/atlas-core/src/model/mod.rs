//! The data model: areas in their hierarchy, the origin groups a table declares, counts.

mod area;
mod group;
mod table;

pub use area::{Area, AreaCode, AreaCodeError, AreaId, Level};
pub use group::{Family, Group};
pub use table::{AreaTable, Count, TableError};
