//! Building the bundle from source files: read, join per level, project, simplify, quantise.

use super::{Bundle, Lod, Metadata, ShapeLayer, Source};
use crate::formats::{read_border_lines, read_geojson, read_kwb_csv, read_topojson, BorderLine, FormatError};
use crate::geometry::{clip_to_parents, join_shapes, project, quantize_outline, JoinRule, LevelJoin, PlanarBorder};
use crate::model::Level;

/// Simplification tolerances in metres per level, coarse to fine. The app draws the coarsest
/// whose tolerance is at most one screen pixel.
pub const LODS_GEMEENTE: &[f32] = &[300.0, 60.0, 10.0];
/// Wijk boundaries come on a ~30 m grid.
pub const LODS_WIJK: &[f32] = &[60.0, 10.0];
/// Buurt boundaries come on a ~300 m grid: one level of detail drops only collinear points.
pub const LODS_BUURT: &[f32] = &[20.0];

/// A source file's bytes and the name errors should use for it.
pub struct NamedBytes<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// The files a bundle is built from.
pub struct BuildInput<'a> {
    /// CBS KWB origin table (see [`crate::formats::read_kwb_csv`]).
    pub table: NamedBytes<'a>,
    pub count_year: u16,
    /// GeoJSON gemeenten of the count year, properties `statcode` and `statnaam`.
    pub gemeenten: NamedBytes<'a>,
    /// TopoJSON wijken (object `layer`), and the year of those boundaries.
    pub wijken: (NamedBytes<'a>, u16),
    /// TopoJSON buurten (object `layer`), and the year of those boundaries.
    pub buurten: (NamedBytes<'a>, u16),
    /// GeoJSON land-border lines (see [`crate::formats::read_border_lines`]), if available.
    pub borders: Option<NamedBytes<'a>>,
}

/// Builds the bundle. Deterministic: the same input gives the same bundle.
pub fn build_bundle(input: &BuildInput) -> Result<Bundle, FormatError> {
    let table = read_kwb_csv(input.table.bytes, input.table.name)?;
    let gemeenten = read_geojson(input.gemeenten.bytes, input.gemeenten.name, "statcode", "statnaam")?;
    let wijken = read_topojson(input.wijken.0.bytes, input.wijken.0.name, "layer", "statcode", "statnaam")?;
    let buurten = read_topojson(input.buurten.0.bytes, input.buurten.0.name, "layer", "statcode", "statnaam")?;
    let wijk_rule = other_vintage(input.wijken.1, input.count_year);
    let buurt_rule = other_vintage(input.buurten.1, input.count_year);
    let wijk_join = join_shapes(&table, &wijken, Level::Wijk, wijk_rule);
    let mut buurt_join = join_shapes(&table, &buurten, Level::Buurt, buurt_rule);
    clip_to_parents(&table, &mut buurt_join.joined, &wijk_join.joined);
    let layers = vec![
        layer(
            join_shapes(&table, &gemeenten, Level::Gemeente, JoinRule::SAME_VINTAGE),
            Level::Gemeente,
            input.count_year,
            LODS_GEMEENTE,
        ),
        layer(wijk_join, Level::Wijk, input.wijken.1, LODS_WIJK),
        layer(buurt_join, Level::Buurt, input.buurten.1, LODS_BUURT),
    ];
    let borders = match &input.borders {
        Some(file) => read_border_lines(file.bytes, file.name)?.iter().map(project_border).collect(),
        None => Vec::new(),
    };
    Ok(Bundle { meta: metadata(input), table, layers, borders, datasets: Vec::new() })
}

fn project_border(border: &BorderLine) -> PlanarBorder {
    let lines = border
        .lines
        .0
        .iter()
        .map(|line| {
            line.0
                .iter()
                .map(|c| {
                    let [x, y] = project(c.x, c.y);
                    [x.round() as i32, y.round() as i32]
                })
                .collect()
        })
        .collect();
    PlanarBorder { country: border.country.clone(), lines }
}

fn other_vintage(boundary_year: u16, count_year: u16) -> JoinRule {
    if boundary_year == count_year {
        JoinRule::SAME_VINTAGE
    } else {
        JoinRule::OTHER_VINTAGE
    }
}

fn layer(join: LevelJoin, level: Level, year: u16, tolerances: &[f32]) -> ShapeLayer {
    let lods = tolerances
        .iter()
        .map(|&tolerance| Lod {
            tolerance,
            shapes: join
                .joined
                .iter()
                .map(|(id, outline)| quantize_outline(*id, outline, f64::from(tolerance)))
                .collect(),
        })
        .collect();
    ShapeLayer { level, boundary_year: year, lods, join: join.report }
}

fn metadata(input: &BuildInput) -> Metadata {
    let cbs = |title: &str, year: u16| Source {
        title: title.into(),
        publisher: "CBS / Kadaster".into(),
        year,
        licence: "CC BY 4.0".into(),
    };
    Metadata {
        count_year: input.count_year,
        sources: vec![
            cbs("Kerncijfers wijken en buurten, herkomst", input.count_year),
            cbs("Gebiedsindelingen, gemeenten (gegeneraliseerd)", input.count_year),
            cbs("Gebiedsindelingen, wijken", input.wijken.1),
            cbs("Gebiedsindelingen, buurten", input.buurten.1),
            Source {
                title: "Natural Earth 1:10m, land borders".into(),
                publisher: "Natural Earth".into(),
                year: 2018,
                licence: "public domain".into(),
            },
        ],
        attribution: "Bron: CBS, Kadaster (CC BY 4.0)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{decode_bundle, encode_bundle};
    use crate::fixtures::{fictional_bundle, NO_BUURTEN, TABLE, WIJKEN};

    #[test]
    fn builds_layers_that_join_and_round_trip_byte_for_byte() {
        let bundle = fictional_bundle();
        assert_eq!(bundle.layers.len(), 3);
        assert_eq!(bundle.layers[0].lods.len(), LODS_GEMEENTE.len());
        assert_eq!(bundle.layers[0].lods[0].shapes.len(), 2);
        assert_eq!(bundle.layers[1].join.joined, 2);
        assert_eq!(bundle.layers[2].join.table_without_shape, 0);
        let bytes = encode_bundle(&bundle);
        let back = decode_bundle(&bytes).unwrap();
        assert_eq!(back, bundle);
        assert_eq!(encode_bundle(&back), bytes, "same bundle, same bytes");
        assert_eq!(encode_bundle(&fictional_bundle()), bytes, "same input, same bytes");
    }

    #[test]
    fn a_broken_source_names_the_file() {
        let named = |name, text: &'static str| NamedBytes { name, bytes: text.as_bytes() };
        let err = build_bundle(&BuildInput {
            table: named("t.csv", TABLE),
            count_year: 2022,
            gemeenten: named("g.geojson", "{"),
            wijken: (named("w.json", WIJKEN), 2014),
            buurten: (named("b.json", NO_BUURTEN), 2014),
            borders: None,
        })
        .unwrap_err();
        assert!(err.to_string().starts_with("g.geojson, line"), "{err}");
    }
}
