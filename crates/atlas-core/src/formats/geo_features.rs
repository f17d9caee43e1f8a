//! Area shapes read from any geometry format: a code, a name and a (multi)polygon in lon/lat.

use super::{FormatError, Message};
use geo::{MultiPolygon, Polygon};

/// One area's outline as a file gives it, in WGS84 longitude/latitude.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaShape {
    /// The code as the file writes it (joined to a table later).
    pub code: String,
    pub name: String,
    pub outline: MultiPolygon<f64>,
}

/// All shapes of one file.
pub type ShapeSet = Vec<AreaShape>;

/// Which feature properties carry an area's code and name.
pub(crate) struct PropertyNames<'a> {
    pub code: &'a str,
    pub name: &'a str,
}

/// Turns GeoJSON features into shapes; features that are not (multi)polygons are refused.
pub(crate) fn shapes_from_features(
    features: &[geojson::Feature],
    properties: &PropertyNames,
    file: &str,
) -> Result<ShapeSet, FormatError> {
    features.iter().enumerate().map(|(index, feature)| shape_from_feature(feature, properties, file, index)).collect()
}

fn shape_from_feature(
    feature: &geojson::Feature,
    properties: &PropertyNames,
    file: &str,
    index: usize,
) -> Result<AreaShape, FormatError> {
    let object = index + 1;
    let fail = |nl: String, en: String| {
        FormatError::in_file(file, format!("object {object}: {nl}"), format!("object {object}: {en}"))
    };
    let text = |key: &str| feature.property(key).and_then(property_text);
    let code = text(properties.code).ok_or_else(|| {
        let key = properties.code;
        fail(format!("heeft geen eigenschap '{key}' met een waarde"), format!("has no property '{key}' with a value"))
    })?;
    let name = text(properties.name).unwrap_or_default();
    let geometry = feature
        .geometry
        .as_ref()
        .ok_or_else(|| fail(format!("gebied {code} heeft geen geometrie"), format!("area {code} has no geometry")))?;
    check_positions(&geometry.value)
        .map_err(|(nl, en)| fail(format!("gebied {code}: {nl}"), format!("area {code}: {en}")))?;
    let outline = match geo::Geometry::<f64>::try_from(geometry.value.clone()) {
        Ok(geo::Geometry::Polygon(polygon)) => MultiPolygon(vec![polygon]),
        Ok(geo::Geometry::MultiPolygon(multi)) => multi,
        Ok(geo::Geometry::GeometryCollection(collection)) => polygons_in(collection.0),
        Ok(_) => {
            return Err(fail(
                format!("gebied {code} is geen (multi)polygoon"),
                format!("area {code} is not a (multi)polygon"),
            ))
        }
        Err(e) => return Err(fail(format!("gebied {code}: {e}"), format!("area {code}: {e}"))),
    };
    Ok(AreaShape { code, name, outline })
}

/// Longitudes and latitudes a Dutch area can have (the country with a wide margin): a point
/// outside is a mistake in the file, not a spike across the map.
const LONGITUDES: std::ops::RangeInclusive<f64> = 0.0..=10.0;
const LATITUDES: std::ops::RangeInclusive<f64> = 49.0..=56.0;

/// Every position of a geometry has a longitude and a latitude, both plausible for the
/// Netherlands (checked before conversion, which would panic on a position of one number);
/// why not in Dutch and English.
fn check_positions(value: &geojson::Value) -> Result<(), Message> {
    use geojson::Value;
    let check = |position: &geojson::Position| match position[..] {
        [lon, lat, ..] => plausible_position(lon, lat),
        _ => Err((
            format!("een positie heeft {} getal(len) waar lengte- en breedtegraad nodig zijn", position.len()),
            format!("a position has {} number(s) where longitude and latitude are needed", position.len()),
        )),
    };
    let ring = |ring: &Vec<geojson::Position>| ring.iter().try_for_each(check);
    match value {
        Value::Point(p) => check(p),
        Value::MultiPoint(ps) | Value::LineString(ps) => ps.iter().try_for_each(check),
        Value::MultiLineString(rings) | Value::Polygon(rings) => rings.iter().try_for_each(ring),
        Value::MultiPolygon(polygons) => polygons.iter().flatten().try_for_each(ring),
        Value::GeometryCollection(geometries) => geometries.iter().try_for_each(|g| check_positions(&g.value)),
    }
}

/// A longitude and latitude plausible for the Netherlands, or why not in Dutch and English
/// (naming the RD grid when the numbers look like it).
pub(crate) fn plausible_position(lon: f64, lat: f64) -> Result<(), Message> {
    if LONGITUDES.contains(&lon) && LATITUDES.contains(&lat) {
        return Ok(());
    }
    let (hint, hint_en) = if super::rd_coordinates::looks_like_rd(lon, lat) {
        (
            "; dit lijken Rijksdriehoekscoördinaten (RD, EPSG:28992): sla het bestand op in WGS 84, of als GeoJSON (dat leest de atlas ook in RD)",
            "; these look like Rijksdriehoek coordinates (RD, EPSG:28992): save the file in WGS 84, or as GeoJSON (which the atlas also reads in RD)",
        )
    } else {
        (
            "; coördinaten moeten lengte- en breedtegraad zijn (WGS 84)",
            "; coordinates must be longitude and latitude (WGS 84)",
        )
    };
    Err((
        format!("het punt ({lon}, {lat}) ligt ver buiten Nederland{hint}"),
        format!("the point ({lon}, {lat}) lies far outside the Netherlands{hint_en}"),
    ))
}

fn polygons_in(geometries: Vec<geo::Geometry<f64>>) -> MultiPolygon<f64> {
    let mut polygons: Vec<Polygon<f64>> = Vec::new();
    for geometry in geometries {
        match geometry {
            geo::Geometry::Polygon(p) => polygons.push(p),
            geo::Geometry::MultiPolygon(m) => polygons.extend(m.0),
            _ => {}
        }
    }
    MultiPolygon(polygons)
}

/// Parses JSON (a UTF-8 byte-order mark first is allowed), turning errors into positions
/// with a description in Dutch and English.
pub(crate) fn parse_json(bytes: &[u8], file: &str) -> Result<serde_json::Value, FormatError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice(bytes).map_err(|e| {
        use serde_json::error::Category;
        let (what, what_en) = match e.classify() {
            Category::Eof => ("het bestand houdt halverwege op", "the file stops halfway"),
            Category::Syntax => ("hier staat iets dat niet in JSON past", "something here does not fit in JSON"),
            Category::Data | Category::Io => ("een waarde van de verkeerde soort", "a value of the wrong kind"),
        };
        FormatError::new(
            super::Position {
                file: file.into(),
                line: Some(e.line() as u64),
                column: Some(e.column() as u64),
                ..Default::default()
            },
            format!("geen geldige JSON: {what}"),
            format!("not valid JSON: {what_en}"),
        )
    })
}

/// A property as text: a string as written, a number in its shortest form.
pub(crate) fn property_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
