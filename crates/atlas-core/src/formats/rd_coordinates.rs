//! Positions in the Dutch RD grid (Rijksdriehoek, EPSG:28992), as municipal GIS exports often
//! write them, recognised and converted to WGS 84 longitude/latitude before reading.

use serde_json::Value;

/// Whether a point could be an RD position in or near the Netherlands (metres).
pub fn looks_like_rd(x: f64, y: f64) -> bool {
    (-10_000.0..=300_000.0).contains(&x) && (280_000.0..=640_000.0).contains(&y)
}

/// An RD position in WGS 84 longitude and latitude (degrees; about a metre from the exact
/// transformation, well below what the map draws).
pub fn rd_to_lon_lat(x: f64, y: f64) -> (f64, f64) {
    let (lat, lon): (f64, f64) = rijksdriehoek::rijksdriehoek_to_wgs84(x, y);
    (lon, lat)
}

/// Converts every position of a GeoJSON document to longitude/latitude when the file is in
/// RD: its `crs` names EPSG 28992, or its first position is RD-like and no longitude/latitude.
/// Returns whether it converted.
pub fn geojson_to_lon_lat(json: &mut Value) -> bool {
    let named = json
        .pointer("/crs/properties/name")
        .and_then(Value::as_str)
        .is_some_and(|name| name.ends_with(":28992") || name.ends_with("::28992"));
    let first = first_position(json);
    let looks = first.is_some_and(|[x, y]| (x.abs() > 180.0 || y.abs() > 90.0) && looks_like_rd(x, y));
    if !(named || looks) {
        return false;
    }
    convert_positions(json);
    true
}

/// The first position in any `coordinates` member.
fn first_position(value: &Value) -> Option<[f64; 2]> {
    match value {
        Value::Object(map) => {
            if let Some(position) = map.get("coordinates").and_then(first_in_array) {
                return Some(position);
            }
            map.iter().filter(|(key, _)| *key != "coordinates").find_map(|(_, v)| first_position(v))
        }
        Value::Array(items) => items.iter().find_map(first_position),
        _ => None,
    }
}

fn first_in_array(value: &Value) -> Option<[f64; 2]> {
    let items = value.as_array()?;
    match (items.first().and_then(Value::as_f64), items.get(1).and_then(Value::as_f64)) {
        (Some(x), Some(y)) => Some([x, y]),
        _ => items.iter().find_map(first_in_array),
    }
}

/// Rewrites the positions under every `coordinates` member.
fn convert_positions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "coordinates" {
                    convert_array(child);
                } else if key != "properties" && key != "crs" {
                    convert_positions(child);
                }
            }
            map.remove("crs");
        }
        Value::Array(items) => items.iter_mut().for_each(convert_positions),
        _ => {}
    }
}

fn convert_array(value: &mut Value) {
    let Some(items) = value.as_array_mut() else { return };
    let numbers = (items.first().and_then(Value::as_f64), items.get(1).and_then(Value::as_f64));
    if let (Some(x), Some(y)) = numbers {
        let (lon, lat) = rd_to_lon_lat(x, y);
        items[0] = lon.into();
        items[1] = lat.into();
    } else {
        items.iter_mut().for_each(convert_array);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amersfoort_and_the_dam_land_where_they_are() {
        // The RD origin is the Onze Lieve Vrouwetoren in Amersfoort by definition.
        let (lon, lat) = rd_to_lon_lat(155_000.0, 463_000.0);
        assert!((lon - 5.387_206).abs() < 1e-5 && (lat - 52.155_172).abs() < 1e-5, "{lon} {lat}");
        // The Dam in Amsterdam: RD about (121 400, 487 400), WGS 84 about (4.893, 52.373).
        let (lon, lat) = rd_to_lon_lat(121_400.0, 487_400.0);
        assert!((lon - 4.893).abs() < 0.002 && (lat - 52.373).abs() < 0.002, "{lon} {lat}");
    }

    #[test]
    fn an_rd_geojson_is_converted_and_a_lon_lat_one_is_left_alone() {
        let mut rd: Value = serde_json::from_str(
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"x":155000},
            "geometry":{"type":"Polygon","coordinates":[[[155000,463000],[156000,463000],[155000,464000],[155000,463000]]]}}]}"#,
        )
        .unwrap();
        assert!(geojson_to_lon_lat(&mut rd));
        let first = &rd["features"][0]["geometry"]["coordinates"][0][0];
        assert!((first[0].as_f64().unwrap() - 5.387).abs() < 0.001, "{first}");
        assert_eq!(rd["features"][0]["properties"]["x"], 155000, "properties are not positions");
        let mut wgs: Value =
            serde_json::from_str(r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[5.1,52.1]}}"#).unwrap();
        let before = wgs.clone();
        assert!(!geojson_to_lon_lat(&mut wgs));
        assert_eq!(wgs, before);
    }

    #[test]
    fn a_crs_naming_rd_decides_even_for_small_numbers() {
        let mut json: Value = serde_json::from_str(
            r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},
            "features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[155000,463000]}}]}"#,
        )
        .unwrap();
        assert!(geojson_to_lon_lat(&mut json));
        assert!(json.get("crs").is_none(), "the file no longer claims RD");
    }
}
