//! Readers, one per file format, each turning bytes into the model with errors that say where.

mod border_lines;
mod error;
mod geo_features;
mod geojson_reader;
mod kwb_csv;
mod number;
mod topojson_reader;

pub use border_lines::{read_border_lines, BorderLine};
pub use error::{FormatError, Position};
pub use geo_features::{AreaShape, ShapeSet};
pub use geojson_reader::read_geojson;
pub use kwb_csv::{kwb_groups, read_kwb_csv};
pub use number::{parse_count, CountCell};
pub use topojson_reader::{read_topojson, read_topology, ArcRef, TopoArea, TopoKeys, Topology};
