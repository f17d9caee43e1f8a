//! The bundle's contents: metadata, the area table and one shape layer per level.

use crate::geometry::{LevelJoinReport, PlanarBorder, PlanarShape};
use crate::model::{AreaTable, Level};
use serde::{Deserialize, Serialize};

/// Everything the app loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub meta: Metadata,
    pub table: AreaTable,
    /// One layer per level with shapes, gemeente first.
    pub layers: Vec<ShapeLayer>,
    /// The Netherlands' land borders, projected like the shapes (for the typology's geography).
    pub borders: Vec<PlanarBorder>,
    /// Other tables (other years, finer groups), each keyed by the count year's codes.
    pub datasets: Vec<Dataset>,
    /// Other names areas are known by (for search), such as the stadsdeel a wijk lies in.
    pub place_names: Vec<PlaceName>,
}

/// A name people use for an area besides its CBS name, e.g. `WK036360` lies in "Amsterdam-Noord".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceName {
    pub code: String,
    pub name: String,
}

/// A further table shown on the count year's areas: another year, or finer groups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Stable key, e.g. `cbs84910-2022`, `kwb-2021`, `kwb-2020`, `kwb-2017`.
    pub key: String,
    /// Dutch label for people.
    pub label: String,
    /// The year of the counts' reference date (1 January).
    pub year: u16,
    /// Counts rebuilt from rounded percentages (±0.5 point per group), not counted.
    pub approximate: bool,
    pub source: Source,
    /// How the table was carried over to the count year's areas (mergers, splits), if it was.
    pub note: Option<String>,
    /// Rows keyed by the count year's codes, including `NL00` (summed from the gemeenten when
    /// the source lacks it).
    pub table: AreaTable,
}

/// Where the data comes from and under which terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// The year of the counts' reference date (1 January).
    pub count_year: u16,
    pub sources: Vec<Source>,
    /// The attribution line the app shows.
    pub attribution: String,
}

/// One source file of the bundle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    pub year: u16,
    pub licence: String,
}

/// The shapes of one level at several levels of detail, where each shape's boundaries come
/// from, and how they joined to the table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShapeLayer {
    pub level: Level,
    /// The boundary sources of this level in priority order, each with how many shapes it draws.
    pub sources: Vec<LayerSource>,
    /// Per shape (same order as every lod's `shapes`), the index of its source in `sources`.
    pub shape_source: Vec<u8>,
    /// Coarse to fine; every level of detail lists the same areas in the same order.
    pub lods: Vec<Lod>,
    pub join: LevelJoinReport,
}

/// One boundary source of a layer: the year of its boundaries (may differ from the count year).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayerSource {
    pub year: u16,
    pub title: String,
    /// How many of the layer's shapes come from this source.
    pub drawn: u32,
}

/// One level of detail: shapes simplified to a tolerance in metres.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lod {
    pub tolerance: f32,
    pub shapes: Vec<PlanarShape>,
}

impl ShapeLayer {
    /// Whether a decoded layer holds together: levels of detail present, each listing the same
    /// number of shapes, a source for every shape, and (given `areas`, the table's length)
    /// area ids the table has. A damaged file fails here instead of panicking later.
    pub fn check(&self, areas: usize) -> Result<(), String> {
        let first = self.lods.first().ok_or("a layer without levels of detail")?;
        let shapes = first.shapes.len();
        if self.lods.iter().any(|lod| lod.shapes.len() != shapes) {
            return Err("levels of detail with different numbers of shapes".into());
        }
        if self.shape_source.len() != shapes || self.shape_source.iter().any(|&s| usize::from(s) >= self.sources.len())
        {
            return Err("shapes without a boundary source".into());
        }
        match self.lods.iter().flat_map(|lod| &lod.shapes).find(|shape| shape.area as usize >= areas) {
            Some(shape) => Err(format!("a shape of area {} in a table of {areas} areas", shape.area)),
            None => Ok(()),
        }
    }

    /// The boundary year of shape `shape` (an index into every lod's `shapes`); 0 when the
    /// layer does not know it (an index out of range).
    pub fn boundary_year(&self, shape: usize) -> u16 {
        self.shape_source.get(shape).and_then(|&s| self.sources.get(usize::from(s))).map_or(0, |s| s.year)
    }

    /// The one rule for the level of detail, for drawing and hit-testing alike: the coarsest
    /// whose tolerance is at most one device pixel (`metres_per_css_pixel / device_pixel_ratio`),
    /// else the finest there is. As a position in `lods`.
    pub fn lod_index(&self, metres_per_css_pixel: f64, device_pixel_ratio: f64) -> usize {
        let device_pixel = metres_per_css_pixel / device_pixel_ratio.max(1.0);
        let last = self.lods.len().saturating_sub(1);
        self.lods.iter().position(|lod| f64::from(lod.tolerance) <= device_pixel).unwrap_or(last)
    }
}

#[cfg(test)]
mod tests {
    use crate::fixtures::fictional_bundle;

    #[test]
    fn the_level_of_detail_follows_the_device_pixel() {
        // Gemeente tolerances 300, 60 and 10 m.
        let layer = &fictional_bundle().layers[0];
        assert_eq!(layer.lod_index(500.0, 1.0), 0, "coarsest when a pixel is wider than 300 m");
        assert_eq!(layer.lod_index(500.0, 2.0), 1, "a sharper screen needs more detail");
        assert_eq!(layer.lod_index(60.0, 1.0), 1);
        assert_eq!(layer.lod_index(59.0, 1.0), 2);
        assert_eq!(layer.lod_index(1.0, 3.0), 2, "the finest when none is fine enough");
        assert_eq!(layer.lod_index(500.0, 0.5), 0, "a ratio below 1 counts as 1");
    }
}
