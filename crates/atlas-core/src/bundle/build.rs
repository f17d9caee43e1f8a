//! Building the bundle from source files: read, join per level (layered sources), simplify, quantise.

use super::{Bundle, LayerSource, Lod, Metadata, ShapeLayer, Source};
use crate::formats::{
    read_border_lines, read_geojson, read_kwb_csv, read_topology, BorderLine, FormatError, ShapeSet, TopoKeys, Topology,
};
use crate::geometry::{
    clip_to_parents, join_layered, project, quantize_outline, unproject, JoinRule, JoinSource, PlanarBorder,
    PlanarShape, ProjectedArcs, Ring,
};
use crate::model::{AreaId, AreaTable, Level};
use geo::{Coord, LineString, MultiPolygon, Polygon};

/// Simplification tolerances in metres per level, coarse to fine. The app draws the coarsest
/// whose tolerance is at most one screen pixel.
pub const LODS_GEMEENTE: &[f32] = &[300.0, 60.0, 10.0];
/// Wijk boundaries of 2022 come on a ~0.3 m grid with shared arcs (simplified topologically).
pub const LODS_WIJK: &[f32] = &[100.0, 20.0, 5.0];
/// Buurt boundaries: 2014 on a ~300 m grid (simplification drops little more than collinear
/// points), Amsterdam's 2019 ones on ~0.1 m (5 m for street-level zoom).
pub const LODS_BUURT: &[f32] = &[20.0, 5.0];

/// A source file's bytes and the name errors should use for it.
pub struct NamedBytes<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// How a boundary file is laid out.
#[derive(Clone, Copy, Debug)]
pub enum ShapeFormat<'a> {
    /// A TopoJSON topology: object and property keys. Simplified arc by arc (neighbours keep
    /// shared borders) unless the source is trimmed to parents.
    TopoJson(TopoKeys<'a>),
    /// A GeoJSON FeatureCollection with the code and name properties.
    GeoJson { code: &'a str, name: &'a str },
}

/// One boundary file of a level, with its year, credits and how it joins.
pub struct BoundarySource<'a> {
    pub file: NamedBytes<'a>,
    pub format: ShapeFormat<'a>,
    /// The year of the boundaries.
    pub year: u16,
    pub title: &'a str,
    pub publisher: &'a str,
    pub licence: &'a str,
    /// [`JoinRule::SAME_VINTAGE`] when the division is the counts' (whatever the file's year).
    pub rule: JoinRule,
    /// Trim each shape to its parent area's drawn outline (coarse buurten inside finer wijken).
    pub trim_to_parent: bool,
}

/// The files a bundle is built from.
pub struct BuildInput<'a> {
    /// CBS KWB origin table (see [`crate::formats::read_kwb_csv`]).
    pub table: NamedBytes<'a>,
    pub count_year: u16,
    /// GeoJSON gemeenten of the count year, properties `statcode` and `statnaam`.
    pub gemeenten: NamedBytes<'a>,
    /// Wijk boundary sources in priority order: each draws only wijken no earlier one drew.
    pub wijken: Vec<BoundarySource<'a>>,
    /// Buurt boundary sources in priority order.
    pub buurten: Vec<BoundarySource<'a>>,
    /// GeoJSON land-border lines (see [`crate::formats::read_border_lines`]), if available.
    pub borders: Option<NamedBytes<'a>>,
}

/// Builds the bundle. Deterministic: the same input gives the same bundle.
pub fn build_bundle(input: &BuildInput) -> Result<Bundle, FormatError> {
    let table = read_kwb_csv(input.table.bytes, input.table.name)?;
    let gemeente_source = gemeente_source(input);
    let gemeenten = build_layer(&table, Level::Gemeente, std::slice::from_ref(&gemeente_source), LODS_GEMEENTE, &[])?;
    let wijken = build_layer(&table, Level::Wijk, &input.wijken, LODS_WIJK, &[])?;
    let buurten = build_layer(&table, Level::Buurt, &input.buurten, LODS_BUURT, &finest_outlines(&wijken))?;
    let borders = match &input.borders {
        Some(file) => read_border_lines(file.bytes, file.name)?.iter().map(project_border).collect(),
        None => Vec::new(),
    };
    Ok(Bundle {
        meta: metadata(input),
        table,
        layers: vec![gemeenten, wijken, buurten],
        borders,
        datasets: Vec::new(),
        place_names: Vec::new(),
    })
}

/// The boundary year of every area that [`build_bundle`] would draw, by table area, without
/// building the coarser levels of detail (whether a shape is drawn is decided at the finest).
pub fn drawn_years(input: &BuildInput) -> Result<Vec<(AreaId, u16)>, FormatError> {
    let table = read_kwb_csv(input.table.bytes, input.table.name)?;
    let finest = |lods: &'static [f32]| &lods[lods.len().saturating_sub(1)..];
    let gemeente_source = gemeente_source(input);
    let gemeenten =
        build_layer(&table, Level::Gemeente, std::slice::from_ref(&gemeente_source), finest(LODS_GEMEENTE), &[])?;
    let wijken = build_layer(&table, Level::Wijk, &input.wijken, finest(LODS_WIJK), &[])?;
    let buurten = build_layer(&table, Level::Buurt, &input.buurten, finest(LODS_BUURT), &finest_outlines(&wijken))?;
    let mut years = Vec::new();
    for layer in [&gemeenten, &wijken, &buurten] {
        let Some(lod) = layer.lods.last() else { continue };
        years.extend(lod.shapes.iter().enumerate().map(|(i, shape)| (shape.area, layer.boundary_year(i))));
    }
    Ok(years)
}

fn gemeente_source<'a>(input: &BuildInput<'a>) -> BoundarySource<'a> {
    BoundarySource {
        file: NamedBytes { name: input.gemeenten.name, bytes: input.gemeenten.bytes },
        format: ShapeFormat::GeoJson { code: "statcode", name: "statnaam" },
        year: input.count_year,
        title: GEMEENTE_TITLE,
        publisher: CBS,
        licence: CC_BY,
        rule: JoinRule::SAME_VINTAGE,
        trim_to_parent: false,
    }
}

const CBS: &str = "CBS / Kadaster";
const CC_BY: &str = "CC BY 4.0";
const GEMEENTE_TITLE: &str = "Gebiedsindelingen, gemeenten (gegeneraliseerd)";

/// A source's shapes as read: arcs (simplified topologically) or outlines (one by one).
pub(crate) enum Decoded {
    Arcs(Topology),
    Outlines(ShapeSet),
}

impl Decoded {
    fn read(source: &BoundarySource) -> Result<Decoded, FormatError> {
        let file = &source.file;
        Ok(match source.format {
            ShapeFormat::TopoJson(keys) => {
                let topology = read_topology(file.bytes, file.name, keys)?;
                if source.trim_to_parent {
                    Decoded::Outlines(
                        topology
                            .areas
                            .iter()
                            .map(|a| crate::formats::AreaShape {
                                code: a.code.clone(),
                                name: a.name.clone(),
                                outline: topology.outline(a),
                            })
                            .collect(),
                    )
                } else {
                    Decoded::Arcs(topology)
                }
            }
            ShapeFormat::GeoJson { code, name } => Decoded::Outlines(read_geojson(file.bytes, file.name, code, name)?),
        })
    }

    pub(crate) fn names(&self) -> Vec<(&str, &str)> {
        match self {
            Decoded::Arcs(t) => t.areas.iter().map(|a| (a.code.as_str(), a.name.as_str())).collect(),
            Decoded::Outlines(set) => set.iter().map(|a| (a.code.as_str(), a.name.as_str())).collect(),
        }
    }
}

/// One drawn area: its source and its polygons at each tolerance.
struct Drawn {
    area: AreaId,
    source: u8,
    lods: Vec<Vec<Vec<Ring>>>,
}

/// A boundary source as read, with how it joins and is credited.
pub(crate) struct ReadSource<'a> {
    pub decoded: Decoded,
    pub year: u16,
    pub title: &'a str,
    pub rule: JoinRule,
    pub trim_to_parent: bool,
}

/// Reads a level's sources, then [`layer_of`] them.
fn build_layer(
    table: &AreaTable,
    level: Level,
    sources: &[BoundarySource],
    tolerances: &[f32],
    parents: &[(AreaId, MultiPolygon<f64>)],
) -> Result<ShapeLayer, FormatError> {
    let read = sources
        .iter()
        .map(|s| {
            Ok(ReadSource {
                decoded: Decoded::read(s)?,
                year: s.year,
                title: s.title,
                rule: s.rule,
                trim_to_parent: s.trim_to_parent,
            })
        })
        .collect::<Result<Vec<_>, FormatError>>()?;
    Ok(layer_of(table, level, &read, tolerances, parents))
}

/// Joins a level's sources in priority order and simplifies what joined at every tolerance.
/// An area whose shape collapses at the finest tolerance is not drawn (reported as collapsed).
pub(crate) fn layer_of(
    table: &AreaTable,
    level: Level,
    sources: &[ReadSource],
    tolerances: &[f32],
    parents: &[(AreaId, MultiPolygon<f64>)],
) -> ShapeLayer {
    let join_sources: Vec<JoinSource> =
        sources.iter().map(|s| JoinSource { shapes: s.decoded.names(), year: s.year, rule: s.rule }).collect();
    let join = join_layered(table, level, &join_sources);
    let mut report = join.report;
    let mut drawn: Vec<Drawn> = Vec::new();
    for (index, (source, joined)) in sources.iter().zip(&join.joined).enumerate() {
        let decoded = &source.decoded;
        let index = u8::try_from(index).unwrap_or(u8::MAX);
        match decoded {
            Decoded::Arcs(topology) => {
                let projected = ProjectedArcs::new(&topology.arcs);
                let simplified: Vec<_> = tolerances.iter().map(|&t| projected.simplify(f64::from(t))).collect();
                drawn.extend(joined.iter().map(|&(area, shape)| Drawn {
                    area,
                    source: index,
                    lods: simplified.iter().map(|arcs| arcs.assemble(&topology.areas[shape].polygons)).collect(),
                }));
            }
            Decoded::Outlines(set) => {
                let mut outlines: Vec<(AreaId, MultiPolygon<f64>)> =
                    joined.iter().map(|&(area, shape)| (area, set[shape].outline.clone())).collect();
                if source.trim_to_parent {
                    clip_to_parents(table, &mut outlines, parents);
                }
                drawn.extend(outlines.iter().map(|(area, outline)| Drawn {
                    area: *area,
                    source: index,
                    lods: tolerances.iter().map(|&t| quantize_outline(*area, outline, f64::from(t)).polygons).collect(),
                }));
            }
        }
    }
    drawn.sort_by_key(|d| d.area);
    let (kept, collapsed): (Vec<Drawn>, Vec<Drawn>) =
        drawn.into_iter().partition(|d| d.lods.last().is_some_and(|polygons| !polygons.is_empty()));
    report.collapsed = collapsed.iter().map(|d| table.area(d.area).code.to_string()).collect();
    report.set_drawn(table, level, &kept.iter().map(|d| d.area).collect());
    let layer_sources = sources
        .iter()
        .enumerate()
        .map(|(i, s)| LayerSource {
            year: s.year,
            title: s.title.to_string(),
            drawn: kept.iter().filter(|d| usize::from(d.source) == i).count() as u32,
        })
        .collect();
    let lods = tolerances
        .iter()
        .enumerate()
        .map(|(k, &tolerance)| Lod {
            tolerance,
            shapes: kept.iter().map(|d| PlanarShape { area: d.area, polygons: d.lods[k].clone() }).collect(),
        })
        .collect();
    ShapeLayer {
        level,
        sources: layer_sources,
        shape_source: kept.iter().map(|d| d.source).collect(),
        lods,
        join: report,
    }
}

/// A layer's finest shapes back in lon/lat, as parents to trim children to.
fn finest_outlines(layer: &ShapeLayer) -> Vec<(AreaId, MultiPolygon<f64>)> {
    let Some(finest) = layer.lods.last() else { return Vec::new() };
    let ring = |ring: &Ring| {
        let mut coords: Vec<Coord<f64>> = ring
            .iter()
            .map(|&[x, y]| {
                let (lon, lat) = unproject(f64::from(x), f64::from(y));
                Coord { x: lon, y: lat }
            })
            .collect();
        if let Some(&first) = coords.first() {
            coords.push(first);
        }
        LineString(coords)
    };
    finest
        .shapes
        .iter()
        .map(|shape| {
            let polygons = shape
                .polygons
                .iter()
                .filter_map(|rings| {
                    let (outer, holes) = rings.split_first()?;
                    Some(Polygon::new(ring(outer), holes.iter().map(ring).collect()))
                })
                .collect();
            (shape.area, MultiPolygon(polygons))
        })
        .collect()
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

fn metadata(input: &BuildInput) -> Metadata {
    let source = |title: &str, publisher: &str, year: u16, licence: &str| Source {
        title: title.into(),
        publisher: publisher.into(),
        year,
        licence: licence.into(),
    };
    let mut sources = vec![
        source("Kerncijfers wijken en buurten, herkomst", CBS, input.count_year, CC_BY),
        source(GEMEENTE_TITLE, CBS, input.count_year, CC_BY),
    ];
    let mut attribution = "Bron: CBS, Kadaster (CC BY 4.0)".to_string();
    for s in input.wijken.iter().chain(&input.buurten) {
        sources.push(source(s.title, s.publisher, s.year, s.licence));
        let credit = format!("; Bron: {}", s.publisher);
        if s.publisher != CBS && !attribution.contains(&credit) {
            attribution.push_str(&credit);
        }
    }
    sources.push(source("Natural Earth 1:10m, land borders", "Natural Earth", 2018, "public domain"));
    Metadata { count_year: input.count_year, sources, attribution }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{decode_bundle, encode_bundle};
    use crate::fixtures::{fictional_bundle, topo_source, GEMEENTEN, NO_BUURTEN, TABLE, WIJKEN};

    fn named<'a>(name: &'a str, text: &'a str) -> NamedBytes<'a> {
        NamedBytes { name, bytes: text.as_bytes() }
    }

    fn build_wijken(wijken: Vec<BoundarySource>) -> Bundle {
        build_bundle(&BuildInput {
            table: named("t.csv", TABLE),
            count_year: 2022,
            gemeenten: named("g.geojson", GEMEENTEN),
            wijken,
            buurten: vec![topo_source("b.json", NO_BUURTEN, "layer", 2014, true)],
            borders: None,
        })
        .unwrap()
    }

    #[test]
    fn builds_layers_that_join_and_round_trip_byte_for_byte() {
        let bundle = fictional_bundle();
        assert_eq!(bundle.layers.len(), 3);
        assert_eq!(bundle.layers[0].lods.len(), LODS_GEMEENTE.len());
        assert_eq!(bundle.layers[0].lods[0].shapes.len(), 2);
        assert_eq!(bundle.layers[1].join.joined, 2);
        assert_eq!(bundle.layers[2].join.table_without_shape(), 0);
        let bytes = encode_bundle(&bundle);
        let back = decode_bundle(&bytes).unwrap();
        assert_eq!(back, bundle);
        assert_eq!(encode_bundle(&back), bytes, "same bundle, same bytes");
        assert_eq!(encode_bundle(&fictional_bundle()), bytes, "same input, same bytes");
    }

    #[test]
    fn each_shape_knows_its_boundary_year() {
        let bundle = fictional_bundle();
        let wijken = &bundle.layers[1];
        let years: Vec<(String, u16)> = wijken.lods[0]
            .shapes
            .iter()
            .enumerate()
            .map(|(i, s)| (bundle.table.area(s.area).code.to_string(), wijken.boundary_year(i)))
            .collect();
        assert_eq!(years, vec![("WK999901".into(), 2022), ("WK999902".into(), 2014)]);
        assert_eq!(wijken.sources.iter().map(|s| (s.year, s.drawn)).collect::<Vec<_>>(), vec![(2022, 1), (2014, 1)]);
        assert_eq!(wijken.boundary_year(2), 0, "out of range: unknown");
        assert_eq!(bundle.layers[0].boundary_year(0), 2022);
        assert!(bundle.meta.sources.iter().any(|s| s.year == 2014));
    }

    #[test]
    fn drawn_years_match_the_bundle() {
        let named = |name, text: &'static str| NamedBytes { name, bytes: text.as_bytes() };
        let years = drawn_years(&BuildInput {
            table: named("t.csv", TABLE),
            count_year: 2022,
            gemeenten: named("g.geojson", GEMEENTEN),
            wijken: vec![
                topo_source("w2022.json", crate::fixtures::WIJKEN_2022, "wijken", 2022, false),
                topo_source("w.json", WIJKEN, "layer", 2014, true),
            ],
            buurten: vec![topo_source("b.json", NO_BUURTEN, "layer", 2014, true)],
            borders: None,
        })
        .unwrap();
        let bundle = fictional_bundle();
        let mut expected = Vec::new();
        for layer in &bundle.layers {
            expected.extend(layer.lods[0].shapes.iter().enumerate().map(|(i, s)| (s.area, layer.boundary_year(i))));
        }
        assert_eq!(years, expected);
        assert!(years.contains(&(4, 2014)), "Haven (area 4) from 2014: {years:?}");
    }

    #[test]
    fn neighbours_from_one_topology_share_border_segments_at_every_lod() {
        let both = WIJKEN.replace("\"layer\"", "\"wijken\"");
        let bundle = build_wijken(vec![topo_source("w2022.json", &both, "wijken", 2022, false)]);
        let wijken = &bundle.layers[1];
        assert_eq!(wijken.sources[0].drawn, 2);
        for lod in &wijken.lods {
            let segments = |shape: &PlanarShape| -> std::collections::BTreeSet<([i32; 2], [i32; 2])> {
                let ring = &shape.polygons[0][0];
                (0..ring.len())
                    .map(|i| {
                        let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
                        (a.min(b), a.max(b))
                    })
                    .collect()
            };
            let shared = segments(&lod.shapes[0]).intersection(&segments(&lod.shapes[1])).count();
            assert!(shared >= 1, "tolerance {}: no shared segment", lod.tolerance);
        }
    }

    #[test]
    fn a_shape_that_collapses_is_not_drawn_but_listed() {
        // Haven as a speck below one metre: it joins, then collapses on the metre grid.
        let speck = r#"{"type":"Topology","arcs":[[[5.0,52.0],[5.0000001,52.0],[5.0,52.0000001],[5.0,52.0]]],
          "objects":{"wijken":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0]],"properties":{"statcode":"WK999902"}}]}}}"#;
        let bundle = build_wijken(vec![
            topo_source("speck.json", speck, "wijken", 2022, false),
            topo_source("w.json", WIJKEN, "layer", 2014, true),
        ]);
        let wijken = &bundle.layers[1];
        assert_eq!(wijken.join.collapsed, vec!["WK999902"]);
        assert_eq!(wijken.join.without_shape, vec!["WK999902"], "collapsed counts as no shape");
        assert_eq!(wijken.join.joined, 1, "only Centrum (from 2014) is drawn");
        assert_eq!(wijken.sources.iter().map(|s| s.drawn).collect::<Vec<_>>(), vec![0, 1]);
        assert!(wijken.lods.iter().all(|lod| lod.shapes.len() == 1));
        assert_eq!(wijken.shape_source, vec![1]);
    }

    #[test]
    fn a_broken_source_names_the_file() {
        let err = build_bundle(&BuildInput {
            table: named("t.csv", TABLE),
            count_year: 2022,
            gemeenten: named("g.geojson", "{"),
            wijken: vec![topo_source("w.json", WIJKEN, "layer", 2014, true)],
            buurten: vec![topo_source("b.json", NO_BUURTEN, "layer", 2014, true)],
            borders: None,
        })
        .unwrap_err();
        assert!(err.to_string().starts_with("g.geojson, regel"), "{err}");
    }
}
