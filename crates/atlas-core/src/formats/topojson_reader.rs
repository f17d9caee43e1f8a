//! Reader for TopoJSON topologies of area polygons (shared arcs, quantisation transform).

use super::geo_features::{parse_json, shapes_from_features, PropertyNames};
use super::{FormatError, ShapeSet};

/// Reads the polygons of one named object of a TopoJSON topology (`layer` in the CBS files);
/// `code` and `name` are the property keys that hold an area's code and name.
pub fn read_topojson(bytes: &[u8], file: &str, object: &str, code: &str, name: &str) -> Result<ShapeSet, FormatError> {
    let json = parse_json(bytes, file)?;
    let topology = match serde_json::from_value::<topojson::TopoJson>(json) {
        Ok(topojson::TopoJson::Topology(topology)) => topology,
        Ok(_) => return Err(FormatError::in_file(file, "a TopoJSON file must hold a Topology")),
        Err(e) => return Err(FormatError::in_file(file, format!("not TopoJSON: {e}"))),
    };
    if !topology.objects.iter().any(|o| o.name == object) {
        let names: Vec<&str> = topology.objects.iter().map(|o| o.name.as_str()).collect();
        return Err(FormatError::in_file(
            file,
            format!("the topology has no object '{object}' (it has: {})", names.join(", ")),
        ));
    }
    let collection = topojson::to_geojson(&topology, object)
        .map_err(|e| FormatError::in_file(file, format!("object '{object}' cannot be decoded: {e}")))?;
    shapes_from_features(&collection.features, &PropertyNames { code, name }, file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::Area;

    /// Two fictional squares sharing one arc, quantised with a transform.
    const FICTION: &str = r#"{"type":"Topology",
      "transform":{"scale":[0.5,0.5],"translate":[10,20]},
      "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]],
      "objects":{"layer":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"WK999901","statnaam":"West"}},
        {"type":"Polygon","arcs":[[2,-1]],"properties":{"statcode":"WK999902","statnaam":"Oost"}}
      ]}}}"#;

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
    fn a_missing_object_lists_the_ones_there() {
        let err = read_topojson(FICTION.as_bytes(), "t.json", "wijken", "statcode", "statnaam").unwrap_err();
        assert!(err.message.contains("no object 'wijken' (it has: layer)"), "{err}");
    }
}
