//! Reader for TopoJSON topologies of area polygons: validated arcs and each area's arc references.
//!
//! The `topojson` crate parses the JSON into its types; decoding the arcs (quantisation
//! transform, delta encoding) and resolving references is done here, with validation, so bad
//! input gives a [`FormatError`] naming the file, the feature and its area code, never a panic.

use super::geo_features::{parse_json, plausible_position, property_text};
use super::{AreaShape, FormatError, Message, Position, ShapeSet};
use geo::{Coord, LineString, MultiPolygon, Polygon};

/// A reference from a ring to an arc, walked forwards or backwards (TopoJSON writes `~i`,
/// i.e. `-i - 1`, for arc `i` reversed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArcRef {
    pub index: usize,
    pub reversed: bool,
}

/// One area of a topology: its code, its name (empty when the file has none) and its polygons,
/// each an outer ring then holes, each ring a sequence of arc references.
#[derive(Clone, Debug, PartialEq)]
pub struct TopoArea {
    pub code: String,
    pub name: String,
    pub polygons: Vec<Vec<Vec<ArcRef>>>,
}

/// A decoded topology: the arcs as absolute WGS84 longitude/latitude points, shared between
/// neighbouring areas, and the areas of one object.
#[derive(Clone, Debug, PartialEq)]
pub struct Topology {
    pub arcs: Vec<Vec<[f64; 2]>>,
    pub areas: Vec<TopoArea>,
}

impl Topology {
    /// The points of one ring in lon/lat: its arcs joined end to start (each arc's first point
    /// is the previous arc's last and is written once).
    pub fn ring_points(&self, ring: &[ArcRef]) -> Vec<[f64; 2]> {
        let mut points: Vec<[f64; 2]> = Vec::new();
        for arc_ref in ring {
            let Some(arc) = self.arcs.get(arc_ref.index) else { continue };
            let walk: Box<dyn Iterator<Item = &[f64; 2]>> =
                if arc_ref.reversed { Box::new(arc.iter().rev()) } else { Box::new(arc.iter()) };
            for (i, p) in walk.enumerate() {
                if i > 0 || points.is_empty() {
                    points.push(*p);
                }
            }
        }
        points
    }

    /// One area's outline in lon/lat, assembled from its arcs as given (no simplification).
    pub fn outline(&self, area: &TopoArea) -> MultiPolygon<f64> {
        let ring =
            |refs: &Vec<ArcRef>| LineString(self.ring_points(refs).into_iter().map(|[x, y]| Coord { x, y }).collect());
        MultiPolygon(
            area.polygons
                .iter()
                .filter_map(|rings| {
                    let (outer, holes) = rings.split_first()?;
                    Some(Polygon::new(ring(outer), holes.iter().map(ring).collect()))
                })
                .collect(),
        )
    }
}

/// Which properties of the areas to read.
#[derive(Clone, Copy, Debug)]
pub struct TopoKeys<'a> {
    /// The object of the topology holding the areas (`layer` in the 2014 CBS files).
    pub object: &'a str,
    /// The property with the area code (required).
    pub code: &'a str,
    /// The property with the area name, if the file has one.
    pub name: Option<&'a str>,
}

/// Reads and validates a topology: every referenced arc exists and decodes to finite
/// positions of at least two numbers each; every area is a (multi)polygon with a code.
pub fn read_topology(bytes: &[u8], file: &str, keys: TopoKeys) -> Result<Topology, FormatError> {
    let json = parse_json(bytes, file)?;
    let topology = match serde_json::from_value::<topojson::TopoJson>(json) {
        Ok(topojson::TopoJson::Topology(topology)) => topology,
        Ok(_) => {
            let (nl, en) =
                ("een TopoJSON-bestand moet een Topology bevatten", "a TopoJSON file must contain a Topology");
            return Err(FormatError::in_file(file, nl, en));
        }
        Err(e) => return Err(FormatError::in_file(file, format!("geen TopoJSON: {e}"), format!("not TopoJSON: {e}"))),
    };
    let Some(object) = topology.objects.iter().find(|o| o.name == keys.object) else {
        let names = topology.objects.iter().map(|o| o.name.as_str()).collect::<Vec<_>>().join(", ");
        return Err(FormatError::in_file(
            file,
            format!("de topologie heeft geen object '{}' (wel: {names})", keys.object),
            format!("the topology has no object '{}' (it has: {names})", keys.object),
        ));
    };
    let decoded: Vec<Result<Vec<[f64; 2]>, Message>> =
        topology.arcs.iter().map(|arc| decode_arc(arc, topology.transform.as_ref())).collect();
    let features: Vec<&topojson::Geometry> = match &object.geometry.value {
        topojson::Value::GeometryCollection(geometries) => geometries.iter().collect(),
        _ => vec![&object.geometry],
    };
    let mut areas = Vec::with_capacity(features.len());
    for (index, feature) in features.into_iter().enumerate() {
        areas.push(read_area(feature, index, file, keys, &decoded)?);
    }
    // Arcs no area refers to are not validated; they are kept empty.
    let arcs = decoded.into_iter().map(Result::unwrap_or_default).collect();
    Ok(Topology { arcs, areas })
}

/// Decodes one arc: with a transform, positions are quantised and delta-encoded. Why it
/// cannot be decoded comes in Dutch and English.
fn decode_arc(arc: &[Vec<f64>], transform: Option<&topojson::TransformParams>) -> Result<Vec<[f64; 2]>, Message> {
    if arc.is_empty() {
        return Err(("heeft geen posities".into(), "has no positions".into()));
    }
    let mut points = Vec::with_capacity(arc.len());
    let mut at = [0.0, 0.0];
    for (i, position) in arc.iter().enumerate() {
        let &[x, y, ..] = position.as_slice() else {
            return Err((
                format!("positie {} heeft {} getal(len), geen 2", i + 1, position.len()),
                format!("position {} has {} number(s), not 2", i + 1, position.len()),
            ));
        };
        let point = match transform {
            Some(t) => {
                at = [at[0] + x, at[1] + y];
                [at[0] * t.scale[0] + t.translate[0], at[1] * t.scale[1] + t.translate[1]]
            }
            None => [x, y],
        };
        if !(point[0].is_finite() && point[1].is_finite()) {
            return Err((
                format!("positie {} is geen eindig getal", i + 1),
                format!("position {} is not a finite number", i + 1),
            ));
        }
        plausible_position(point[0], point[1])
            .map_err(|(nl, en)| (format!("positie {}: {nl}", i + 1), format!("position {}: {en}", i + 1)))?;
        points.push(point);
    }
    Ok(points)
}

fn read_area(
    feature: &topojson::Geometry,
    index: usize,
    file: &str,
    keys: TopoKeys,
    arcs: &[Result<Vec<[f64; 2]>, Message>],
) -> Result<TopoArea, FormatError> {
    let text = |key: &str| feature.properties.as_ref().and_then(|p| p.get(key)).and_then(property_text);
    let object = index + 1;
    let fail = |code: Option<&str>, nl: String, en: String| {
        FormatError::new(
            Position { file: file.into(), area_code: code.map(str::to_string), ..Position::default() },
            format!("object {object}: {nl}"),
            format!("object {object}: {en}"),
        )
    };
    let code = text(keys.code).ok_or_else(|| {
        let key = keys.code;
        fail(
            None,
            format!("heeft geen eigenschap '{key}' met een waarde"),
            format!("has no property '{key}' with a value"),
        )
    })?;
    let name = keys.name.and_then(text).unwrap_or_default();
    let mut raw: Vec<&Vec<Vec<i32>>> = Vec::new();
    collect_polygons(&feature.value, &mut raw).map_err(|(kind, kind_en)| {
        fail(Some(&code), format!("is een {kind}, geen polygoon"), format!("is a {kind_en}, not a polygon"))
    })?;
    let mut polygons = Vec::with_capacity(raw.len());
    for rings in raw {
        let mut out = Vec::with_capacity(rings.len());
        for ring in rings {
            let mut refs = Vec::with_capacity(ring.len());
            for &signed in ring {
                let (index, reversed) =
                    if signed < 0 { ((-(signed + 1)) as usize, true) } else { (signed as usize, false) };
                match arcs.get(index) {
                    None => {
                        let nl = format!("boog {signed} bestaat niet (de topologie heeft {} bogen)", arcs.len());
                        let en = format!("arc {signed} does not exist (the topology has {} arcs)", arcs.len());
                        return Err(fail(Some(&code), nl, en));
                    }
                    Some(Err((why, why_en))) => {
                        return Err(fail(Some(&code), format!("boog {index} {why}"), format!("arc {index} {why_en}")))
                    }
                    Some(Ok(_)) => refs.push(ArcRef { index, reversed }),
                }
            }
            if !refs.is_empty() {
                out.push(refs);
            }
        }
        if !out.is_empty() {
            polygons.push(out);
        }
    }
    Ok(TopoArea { code, name, polygons })
}

/// Collects the polygons of a geometry (nested collections included), or names the first
/// geometry type that is not a polygon (in Dutch and English).
fn collect_polygons<'g>(
    value: &'g topojson::Value,
    out: &mut Vec<&'g Vec<Vec<i32>>>,
) -> Result<(), (&'static str, &'static str)> {
    match value {
        topojson::Value::Polygon(rings) => out.push(rings),
        topojson::Value::MultiPolygon(polygons) => out.extend(polygons),
        topojson::Value::GeometryCollection(geometries) => {
            for g in geometries {
                collect_polygons(&g.value, out)?;
            }
        }
        topojson::Value::Point(_) | topojson::Value::MultiPoint(_) => return Err(("punt", "point")),
        topojson::Value::LineString(_) | topojson::Value::MultiLineString(_) => return Err(("lijn", "line")),
    }
    Ok(())
}

/// Reads the polygons of one named object of a TopoJSON topology as lon/lat outlines (arcs
/// assembled as given); `code` and `name` are the property keys of an area's code and name.
pub fn read_topojson(bytes: &[u8], file: &str, object: &str, code: &str, name: &str) -> Result<ShapeSet, FormatError> {
    let topology = read_topology(bytes, file, TopoKeys { object, code, name: Some(name) })?;
    Ok(topology
        .areas
        .iter()
        .map(|area| AreaShape { code: area.code.clone(), name: area.name.clone(), outline: topology.outline(area) })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::Area;

    /// Two fictional squares sharing one arc, quantised with a transform.
    const FICTION: &str = r#"{"type":"Topology",
      "transform":{"scale":[0.5,0.5],"translate":[4,51]},
      "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]],
      "objects":{"layer":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"WK999901","statnaam":"West"}},
        {"type":"Polygon","arcs":[[2,-1]],"properties":{"statcode":"WK999902","statnaam":"Oost"}}
      ]}}}"#;

    const KEYS: TopoKeys = TopoKeys { object: "layer", code: "statcode", name: Some("statnaam") };

    #[test]
    fn shared_arcs_decode_to_adjacent_squares() {
        let shapes = read_topojson(FICTION.as_bytes(), "t.json", "layer", "statcode", "statnaam").unwrap();
        assert_eq!(shapes.len(), 2);
        assert_eq!(shapes[0].code, "WK999901");
        assert_eq!(shapes[1].name, "Oost");
        // Each square is 2 x 2 quantised steps of 0.5 degree: 1 square degree.
        assert!((shapes[0].outline.unsigned_area() - 1.0).abs() < 1e-9);
        assert!((shapes[1].outline.unsigned_area() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn arcs_are_delta_decoded_and_reversed_references_walk_backwards() {
        let topology = read_topology(FICTION.as_bytes(), "t.json", KEYS).unwrap();
        assert_eq!(topology.arcs[0], vec![[5.0, 51.0], [5.0, 52.0]]);
        assert_eq!(topology.arcs[2], vec![[5.0, 51.0], [6.0, 51.0], [6.0, 52.0], [5.0, 52.0]]);
        let oost = &topology.areas[1];
        assert_eq!(oost.polygons[0][0][1], ArcRef { index: 0, reversed: true });
        assert_eq!(
            topology.ring_points(&oost.polygons[0][0]),
            vec![[5.0, 51.0], [6.0, 51.0], [6.0, 52.0], [5.0, 52.0], [5.0, 51.0]]
        );
    }

    #[test]
    fn without_a_transform_positions_are_absolute_and_names_optional() {
        let text = r#"{"type":"Topology","arcs":[[[5,52],[6,52],[6,53],[5,52]]],
          "objects":{"wijken":{"type":"GeometryCollection","geometries":[
            {"type":"MultiPolygon","arcs":[[[0]]],"properties":{"statcode":"WK999901"}}]}}}"#;
        let keys = TopoKeys { object: "wijken", code: "statcode", name: None };
        let topology = read_topology(text.as_bytes(), "t.json", keys).unwrap();
        assert_eq!(topology.arcs[0][1], [6.0, 52.0]);
        assert_eq!(topology.areas[0].name, "");
        assert_eq!(topology.areas[0].polygons.len(), 1);
    }

    fn error_for(arcs: &str, geometry_arcs: &str, transform: &str) -> FormatError {
        let text = format!(
            r#"{{"type":"Topology",{transform}"arcs":{arcs},"objects":{{"layer":{{"type":"GeometryCollection",
              "geometries":[{{"type":"Polygon","arcs":[[0]],"properties":{{"statcode":"WK999901"}}}},
                            {{"type":"Polygon","arcs":{geometry_arcs},"properties":{{"statcode":"WK999902"}}}}]}}}}}}"#
        );
        read_topology(text.as_bytes(), "kapot.json", KEYS).unwrap_err()
    }

    const GOOD_ARC: &str = "[[5,52],[6,52],[6,53],[5,52]]";

    #[test]
    fn an_arc_index_out_of_range_names_file_feature_and_code() {
        let err = error_for(&format!("[{GOOD_ARC}]"), "[[0,-3]]", "");
        assert_eq!(
            err.to_string(),
            "kapot.json, gebied WK999902: object 2: boog -3 bestaat niet (de topologie heeft 1 bogen)"
        );
        let err = error_for(&format!("[{GOOD_ARC}]"), "[[7]]", "");
        assert!(err.to_string().contains("object 2: boog 7 bestaat niet"), "{err}");
    }

    #[test]
    fn a_short_position_is_an_error() {
        let err = error_for(&format!("[{GOOD_ARC},[[5,52],[6]]]"), "[[1]]", "");
        assert_eq!(
            err.to_string(),
            "kapot.json, gebied WK999902: object 2: boog 1 positie 2 heeft 1 getal(len), geen 2"
        );
    }

    #[test]
    fn a_non_finite_position_is_an_error() {
        let transform = r#""transform":{"scale":[2,1],"translate":[0,0]},"#;
        let err = error_for("[[[2.5,52],[0,1],[0,-1]],[[2.5,52],[1e308,0]]]", "[[1]]", transform);
        assert_eq!(err.to_string(), "kapot.json, gebied WK999902: object 2: boog 1 positie 2 is geen eindig getal");
    }

    #[test]
    fn a_position_far_outside_the_netherlands_is_an_error_that_names_rd() {
        let err = error_for(&format!("[{GOOD_ARC},[[5,52],[6,52],[5,20],[5,52]]]"), "[[1]]", "");
        assert!(err.to_string().ends_with("boog 1 positie 3: het punt (5, 20) ligt ver buiten Nederland; coördinaten moeten lengte- en breedtegraad zijn (WGS 84)"), "{err}");
        let err = error_for(&format!("[{GOOD_ARC},[[155000,463000],[156000,463000],[155000,463000]]]"), "[[1]]", "");
        assert!(err.to_string().contains("Rijksdriehoekscoördinaten (RD, EPSG:28992)"), "{err}");
    }

    #[test]
    fn an_empty_arc_is_an_error() {
        let err = error_for(&format!("[{GOOD_ARC},[]]"), "[[1]]", "");
        assert!(err.to_string().ends_with("object 2: boog 1 heeft geen posities"), "{err}");
    }

    #[test]
    fn a_missing_code_or_a_line_is_an_error() {
        let text = r#"{"type":"Topology","arcs":[[[5,52],[6,52]]],"objects":{"layer":{"type":"GeometryCollection",
          "geometries":[{"type":"LineString","arcs":[0],"properties":{"statcode":"WK999901"}},
                        {"type":"Polygon","arcs":[[0]],"properties":{}}]}}}"#;
        let err = read_topology(text.as_bytes(), "t.json", KEYS).unwrap_err();
        assert_eq!(err.to_string(), "t.json, gebied WK999901: object 1: is een lijn, geen polygoon");
        let only_second = text.replace(r#"{"type":"LineString","arcs":[0],"properties":{"statcode":"WK999901"}},"#, "");
        let err = read_topology(only_second.as_bytes(), "t.json", KEYS).unwrap_err();
        assert_eq!(err.to_string(), "t.json: object 1: heeft geen eigenschap 'statcode' met een waarde");
    }

    #[test]
    fn a_missing_object_lists_the_ones_there() {
        let err = read_topojson(FICTION.as_bytes(), "t.json", "wijken", "statcode", "statnaam").unwrap_err();
        assert!(err.message.contains("geen object 'wijken' (wel: layer)"), "{err}");
    }
}
