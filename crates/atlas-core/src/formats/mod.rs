//! Readers, one per file format, each turning bytes into the model with errors that say where.

mod any_table;
mod border_lines;
mod csv_text;
mod error;
mod geo_features;
mod geojson_reader;
mod kwb_csv;
mod kwb_percentages;
mod long_table;
mod number;
mod origin_names;
mod rd_coordinates;
mod shape_properties;
mod sniff;
mod text_encoding;
mod topojson_reader;
mod wide_table;

pub use any_table::{detect_layout, read_any_table, read_table, read_table_and_layout, TableLayout, TableRead};
pub use border_lines::{read_border_lines, BorderLine};
pub use error::{FormatError, Message, Position};
pub(crate) use geo_features::{parse_json, property_text};
pub use geo_features::{AreaShape, ShapeSet};
pub use geojson_reader::{read_geojson, read_geojson_json};
pub use kwb_csv::{kwb_groups, read_kwb_csv};
pub use kwb_percentages::read_kwb_percentages;
pub use long_table::read_long_table;
pub use number::{parse_count, CountCell};
pub use origin_names::{origin_of, OriginName};
pub use rd_coordinates::{geojson_to_lon_lat, rd_to_lon_lat};
pub use shape_properties::{shape_properties, ShapeFileInfo, ShapeFileKind, ShapeProperty};
pub use sniff::not_a_table;
pub use text_encoding::TextEncoding;
pub use topojson_reader::{read_topojson, read_topology, ArcRef, TopoArea, TopoKeys, Topology};
pub use wide_table::read_wide_table;

/// A piece of a file's text as a message shows it: at most 40 characters, so a huge cell is
/// never echoed back in full.
pub fn shown(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
