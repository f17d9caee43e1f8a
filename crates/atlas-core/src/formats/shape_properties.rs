//! What a user's shape file offers to join on: GeoJSON or TopoJSON, the properties its areas
//! carry (with examples), and a guess of which property holds the area code and which the name.

use super::geo_features::parse_json;
use super::FormatError;
use crate::model::AreaCode;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The kind of shape file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShapeFileKind {
    GeoJson,
    /// A topology: the object whose geometries are the areas (the one with most of them).
    TopoJson {
        object: String,
    },
}

/// One property of the file's areas.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShapeProperty {
    pub key: String,
    /// Areas with a text or number in it.
    pub filled: usize,
    /// Areas whose value is a CBS area code (`GM0363`, `WK036301`, `BU03630001`, `NL00`).
    pub codes: usize,
    /// The first few values, as text.
    pub examples: Vec<String>,
}

/// What a shape file holds, before it is joined.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShapeFileInfo {
    pub kind: ShapeFileKind,
    /// How many areas (features or geometries) it has.
    pub areas: usize,
    /// Every property any area has, by key.
    pub properties: Vec<ShapeProperty>,
}

impl ShapeFileInfo {
    /// The property most likely to hold the area code: the one with most CBS codes.
    pub fn guessed_code(&self) -> Option<&str> {
        self.properties.iter().filter(|p| p.codes > 0).max_by_key(|p| p.codes).map(|p| p.key.as_str())
    }

    /// The property most likely to hold the name: one called so, else the text property
    /// filled most often that is not the code.
    pub fn guessed_name(&self, code: &str) -> Option<&str> {
        let candidates = || self.properties.iter().filter(move |p| p.key != code && p.filled > 0);
        // "naam", "wijknaam", "name", "statnaam", …
        let named = |p: &&ShapeProperty| ["naam", "name"].iter().any(|n| p.key.to_lowercase().ends_with(n));
        let text = |p: &&ShapeProperty| p.codes == 0 && p.examples.iter().any(|e| e.parse::<f64>().is_err());
        candidates().find(named).or_else(|| candidates().filter(text).max_by_key(|p| p.filled)).map(|p| p.key.as_str())
    }
}

/// How many example values a property keeps.
const EXAMPLES: usize = 3;

/// Reads the properties of a GeoJSON FeatureCollection (or Feature) or a TopoJSON topology.
pub fn shape_properties(bytes: &[u8], file: &str) -> Result<ShapeFileInfo, FormatError> {
    let json = parse_json(bytes, file)?;
    let kind_of = |json: &Value| json.get("type").and_then(Value::as_str).map(str::to_string);
    let (kind, areas): (ShapeFileKind, Vec<&Value>) = match kind_of(&json).as_deref() {
        Some("FeatureCollection") => {
            let features = json.get("features").and_then(Value::as_array).map(|f| f.iter().collect());
            (ShapeFileKind::GeoJson, features.unwrap_or_default())
        }
        Some("Feature") => (ShapeFileKind::GeoJson, vec![&json]),
        Some("Topology") => {
            let (object, geometries) = largest_object(&json).ok_or_else(|| {
                FormatError::in_file(
                    file,
                    "de topologie heeft geen object met gebieden (objects is leeg)",
                    "the topology has no object with areas (objects is empty)",
                )
            })?;
            (ShapeFileKind::TopoJson { object }, geometries)
        }
        other => {
            let found = other.map_or("geen \"type\"".to_string(), |t| format!("type \"{t}\""));
            let found_en = other.map_or("no \"type\"".to_string(), |t| format!("type \"{t}\""));
            return Err(FormatError::in_file(
                file,
                format!("geen gebiedenbestand: verwacht een GeoJSON FeatureCollection of een TopoJSON Topology, gevonden {found}"),
                format!("not a file of areas: expected a GeoJSON FeatureCollection or a TopoJSON Topology, found {found_en}"),
            ));
        }
    };
    if areas.is_empty() {
        return Err(FormatError::in_file(file, "het bestand heeft geen gebieden", "the file has no areas"));
    }
    let mut properties: Vec<ShapeProperty> = Vec::new();
    for map in areas.iter().filter_map(|area| area.get("properties").and_then(Value::as_object)) {
        note_properties(map, &mut properties);
    }
    Ok(ShapeFileInfo { kind, areas: areas.len(), properties })
}

/// The topology's object with the most geometries, and those geometries.
fn largest_object(json: &Value) -> Option<(String, Vec<&Value>)> {
    let objects = json.get("objects")?.as_object()?;
    objects
        .iter()
        .map(|(name, object)| {
            let geometries = match object.get("geometries").and_then(Value::as_array) {
                Some(list) => list.iter().collect(),
                None => vec![object],
            };
            (name.clone(), geometries)
        })
        .max_by_key(|(_, geometries)| geometries.len())
}

fn note_properties(map: &Map<String, Value>, properties: &mut Vec<ShapeProperty>) {
    for (key, value) in map {
        let text = match value {
            Value::String(s) if !s.trim().is_empty() => s.trim().to_string(),
            Value::Number(n) => n.to_string(),
            _ => continue,
        };
        let index = match properties.iter().position(|p| &p.key == key) {
            Some(index) => index,
            None => {
                properties.push(ShapeProperty { key: key.clone(), filled: 0, codes: 0, examples: Vec::new() });
                properties.len() - 1
            }
        };
        let property = &mut properties[index];
        property.filled += 1;
        // Only text joins: the readers take the code as written.
        if value.is_string() && AreaCode::parse(&text).is_ok() {
            property.codes += 1;
        }
        if property.examples.len() < EXAMPLES && !property.examples.contains(&text) {
            property.examples.push(super::shown(&text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_geojson_s_properties_and_the_guessed_code_and_name() {
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"id":1,"wijkcode":"WK999901","omschrijving":"Centrum"},"geometry":null},
          {"type":"Feature","properties":{"id":2,"wijkcode":"WK999902","omschrijving":"Haven","extra":null},"geometry":null}]}"#;
        let info = shape_properties(text.as_bytes(), "wijken.geojson").unwrap();
        assert_eq!(info.kind, ShapeFileKind::GeoJson);
        assert_eq!(info.areas, 2);
        let keys: Vec<&str> = info.properties.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["id", "omschrijving", "wijkcode"], "null values are no property");
        assert_eq!(info.properties[2].codes, 2);
        assert_eq!(info.properties[0].examples, ["1", "2"]);
        assert_eq!(info.guessed_code(), Some("wijkcode"));
        assert_eq!(info.guessed_name("wijkcode"), Some("omschrijving"), "the text property, not the number");
    }

    #[test]
    fn a_topology_s_largest_object_is_read_and_a_name_property_is_preferred() {
        let text = r#"{"type":"Topology","arcs":[],"objects":{
          "labels":{"type":"GeometryCollection","geometries":[]},
          "gebieden":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[],"properties":{"code":"BU99990101","gebiedsnaam":"Kade","type":"buurt"}}]}}}"#;
        let info = shape_properties(text.as_bytes(), "g.topojson").unwrap();
        assert_eq!(info.kind, ShapeFileKind::TopoJson { object: "gebieden".into() });
        assert_eq!(info.guessed_code(), Some("code"));
        assert_eq!(info.guessed_name("code"), Some("gebiedsnaam"));
    }

    #[test]
    fn a_file_of_other_json_says_what_it_found() {
        let err = shape_properties(br#"{"type":"Point","coordinates":[5,52]}"#, "punt.json").unwrap_err();
        assert!(err.to_string().contains("gevonden type \"Point\""), "{err}");
        let err = shape_properties(br#"[1,2]"#, "lijst.json").unwrap_err();
        assert!(err.to_string().contains("geen \"type\""), "{err}");
        let err = shape_properties(br#"{"type":"FeatureCollection","features":[]}"#, "leeg.geojson").unwrap_err();
        assert!(err.to_string().contains("geen gebieden"), "{err}");
        assert!(shape_properties(b"{", "kapot.json").unwrap_err().position.line.is_some());
    }

    #[test]
    fn without_codes_nothing_is_guessed_as_the_code() {
        let text = r#"{"type":"Feature","properties":{"nr":"A1","naam":"Noord"},"geometry":null}"#;
        let info = shape_properties(text.as_bytes(), "f.geojson").unwrap();
        assert_eq!(info.guessed_code(), None);
        assert_eq!(info.guessed_name("nr"), Some("naam"));
    }
}
