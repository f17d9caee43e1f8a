//! The bundle: the versioned file that carries counts and geometry from build time to the
//! browser. It holds inputs, never results: the browser computes every measure.
//!
//! Layout (see `docs/bundle-format.md`): the 8 magic bytes `DVATLAS\0`, the format version as
//! a little-endian u32, then a [`Bundle`] in postcard encoding with ring coordinates
//! delta-encoded as zigzag varints.

pub(crate) mod build;
mod codec;
mod parts;
mod types;

pub use crate::geometry::PlanarBorder;
pub use build::{
    build_bundle, drawn_years, BoundarySource, BuildInput, NamedBytes, ShapeFormat, LODS_BUURT, LODS_GEMEENTE,
    LODS_WIJK,
};
pub use codec::{decode_bundle, encode_bundle, BundleError, FORMAT_VERSION, MAGIC};
pub use parts::{
    decode_part, join_parts, part_file, split_bundle, BundleFile, FirstPart, Part, PartInfo, PartKind, FIRST_PART_FILE,
};
pub use types::{Bundle, Dataset, LayerSource, Lod, Metadata, PlaceName, ShapeLayer, Source};
