//! The pure core of the Diversiteitsatlas: everything that computes, nothing that touches a page.
//!
//! Data flows one way through the modules, each with one job:
//! [`formats`] (read files, with positions in errors) → [`model`] (areas, groups, counts) →
//! [`measures`] (diversity index and friends) → [`geometry`] (projection, simplification,
//! spatial index, hit-testing) → [`bundle`] (the versioned file the browser app loads).
//! No module here depends on a web API, so `cargo test` exercises all of it natively and the
//! `atlas` command and the browser app share every line.

pub mod bundle;
pub mod export;
pub mod fixtures;
pub mod formats;
pub mod geometry;
pub mod lesson;
pub mod measures;
pub mod model;
pub mod notation;
pub mod own_table;
pub mod typology;
