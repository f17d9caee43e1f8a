//! Geometry: projection, simplification and quantisation at build time; one path walker with
//! several sinks (bounds, hit-test, and the app's canvas) and a spatial index at run time.

mod adjacency;
mod bounds;
mod clip;
mod delta_rings;
mod directional_step;
mod interior;
mod join;
mod line_distance;
mod overlay;
mod path;
mod projection;
mod quantize;
mod shared_arcs;
mod spatial_index;

pub use adjacency::shared_borders;
pub use bounds::Bounds;
pub use clip::clip_to_parents;
pub use directional_step::{directional_step, Direction};
pub use interior::interior_point;
pub use join::{
    join_layered, names_agree, JoinRule, JoinSource, LayeredJoin, LevelJoinReport, NameMismatch, SkippedGemeente,
};
pub use line_distance::{distance_to_lines, to_multipolygon};
pub use overlay::{grid_points_inside, overlay, Overlap, Sampling};
pub use path::{walk_shape, BoundsSink, ContainsSink, PathSink, SvgPathSink};
pub use projection::{project, unproject, Projected};
pub use quantize::{quantize_outline, PlanarBorder, PlanarShape, Ring};
pub use shared_arcs::{ProjectedArcs, SimplifiedArcs};
pub use spatial_index::ShapeIndex;
