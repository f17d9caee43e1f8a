//! The view layer of the Diversiteitsatlas: what the screen shows, derived purely from the
//! loaded data (`atlas`, `tables`) and an explicit view (`data_view`, `mode`, a place).
//!
//! Every derivation takes its inputs as one value (which is also its memo key in the app):
//! the scene, the ranking, the legend, the story's steps and texts, the URL, the typology, the
//! steps between areas, the labels, the SVG export, and every text in Dutch and English. This
//! crate knows nothing of the app's state, of Yew or of the browser, so all of it is tested
//! natively.

pub mod area_steps;
pub mod atlas;
pub mod camera;
pub mod data_view;
pub mod export_svg;
pub mod fixtures;
pub mod labels;
pub mod legend_entries;
pub mod load_error;
pub mod markup;
pub mod mode;
pub mod palette;
pub mod ranking;
pub mod scene;
pub mod search;
pub mod story;
pub mod tables;
pub mod text;
pub mod typology_view;
pub mod url;
