//! Drawing scenes on canvases (the only module besides components that touches web APIs).

pub mod map_renderer;
pub mod test_hooks;
