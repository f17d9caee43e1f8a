//! Readers, one per file format, each turning bytes into the model with errors that say where.

mod any_table;
mod border_lines;
mod csv_text;
mod error;
mod geo_features;
mod geojson_reader;
mod kwb_csv;
mod kwb_percentages;
mod number;
mod origin_names;
mod topojson_reader;
mod wide_table;

pub use any_table::{detect_layout, read_any_table, read_table_and_layout, TableLayout};
pub use border_lines::{read_border_lines, BorderLine};
pub use error::{FormatError, Position};
pub use geo_features::{AreaShape, ShapeSet};
pub use geojson_reader::read_geojson;
pub use kwb_csv::{kwb_groups, read_kwb_csv};
pub use kwb_percentages::read_kwb_percentages;
pub use number::{parse_count, CountCell};
pub use origin_names::{origin_of, OriginName};
pub use topojson_reader::{read_topojson, read_topology, ArcRef, TopoArea, TopoKeys, Topology};
pub use wide_table::read_wide_table;
