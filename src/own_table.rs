//! A table the user brings: the core reads it and compares it with the map's areas
//! (`atlas_core::own_table`); this module only names it for the app.

pub use atlas_core::own_table::{preview, too_large, OwnPreview, FAMILY_CHOICES, MAX_BYTES};
