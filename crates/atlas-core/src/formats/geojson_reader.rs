//! Reader for GeoJSON FeatureCollections of area polygons (Polygon, MultiPolygon, holes).

use super::geo_features::{parse_json, shapes_from_features, PropertyNames};
use super::{FormatError, ShapeSet};

/// Reads the features of a GeoJSON file; `code` and `name` are the property keys that hold an
/// area's code and name (CBS/PDOK files use `statcode` and `statnaam`).
pub fn read_geojson(bytes: &[u8], file: &str, code: &str, name: &str) -> Result<ShapeSet, FormatError> {
    read_geojson_json(parse_json(bytes, file)?, file, code, name)
}

/// [`read_geojson`] of a document already parsed (and perhaps converted from RD).
pub fn read_geojson_json(json: serde_json::Value, file: &str, code: &str, name: &str) -> Result<ShapeSet, FormatError> {
    let geojson = geojson::GeoJson::from_json_value(json)
        .map_err(|e| FormatError::in_file(file, format!("geen GeoJSON: {e}"), format!("not GeoJSON: {e}")))?;
    let features = match geojson {
        geojson::GeoJson::FeatureCollection(collection) => collection.features,
        geojson::GeoJson::Feature(feature) => vec![feature],
        geojson::GeoJson::Geometry(_) => {
            return Err(FormatError::in_file(
                file,
                "een losse geometrie heeft geen gebiedscode; verwacht is een FeatureCollection",
                "a bare geometry has no area code; a FeatureCollection is expected",
            ))
        }
    };
    shapes_from_features(&features, &PropertyNames { code, name }, file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::Area;

    const FICTION: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"statcode":"GM9999","statnaam":"Fictiestad"},
       "geometry":{"type":"Polygon","coordinates":[[[5,50],[9,50],[9,54],[5,54],[5,50]],[[6,51],[6,52],[7,52],[7,51],[6,51]]]}},
      {"type":"Feature","properties":{"statcode":"GM9998","statnaam":"Nepdorp"},
       "geometry":{"type":"MultiPolygon","coordinates":[[[[6,51],[7,51],[7,52],[6,51]]],[[[8,51],[9,51],[9,52],[8,51]]]]}}
    ]}"#;

    #[test]
    fn polygons_with_holes_and_multipolygons() {
        let shapes = read_geojson(FICTION.as_bytes(), "f.geojson", "statcode", "statnaam").unwrap();
        assert_eq!(shapes.len(), 2);
        assert_eq!(shapes[0].code, "GM9999");
        assert_eq!(shapes[0].name, "Fictiestad");
        assert_eq!(shapes[0].outline.unsigned_area(), 16.0 - 1.0);
        assert_eq!(shapes[1].outline.0.len(), 2);
    }

    #[test]
    fn broken_json_reports_line_and_column() {
        let err = read_geojson(
            b"{\n  \"type\": \"FeatureCollection\",\n  \"features\": [}\n",
            "kapot.geojson",
            "statcode",
            "statnaam",
        )
        .unwrap_err();
        assert_eq!(err.position.line, Some(3));
        assert!(err.position.column.is_some());
        assert!(err.to_string().starts_with("kapot.geojson, regel 3"), "{err}");
    }

    #[test]
    fn a_feature_without_code_is_named() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}"#;
        let err = read_geojson(text.as_bytes(), "f.geojson", "statcode", "statnaam").unwrap_err();
        assert!(err.message.contains("object 1: heeft geen eigenschap 'statcode' met een waarde"), "{err}");
    }
}
