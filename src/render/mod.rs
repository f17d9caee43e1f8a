//! Drawing scenes on canvases (the only module besides components that touches web APIs).

pub mod export_png;
pub use atlas_view::export_svg;
pub mod map_renderer;

#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
