//! Reader for land-border lines (GeoJSON LineString/MultiLineString features).

use super::geo_features::parse_json;
use super::FormatError;
use geo::MultiLineString;

/// A land border of the Netherlands with one neighbouring country, in lon/lat.
#[derive(Clone, Debug, PartialEq)]
pub struct BorderLine {
    /// ISO 3166 alpha-2 code of the neighbouring country, e.g. `DE`.
    pub country: String,
    pub lines: MultiLineString<f64>,
}

/// ISO 3166 numeric codes of the Netherlands' land neighbours, with their alpha-2 codes.
const NEIGHBOURS: [(&str, &str); 2] = [("276", "DE"), ("056", "BE")];

/// Reads the features with `"kind": "border"` whose `between` names the Netherlands (528) and
/// a neighbour; other features (country outlines) are skipped.
pub fn read_border_lines(bytes: &[u8], file: &str) -> Result<Vec<BorderLine>, FormatError> {
    let json = parse_json(bytes, file)?;
    let collection = geojson::FeatureCollection::try_from(json).map_err(|e| {
        let (nl, en) =
            (format!("geen GeoJSON-FeatureCollection: {e}"), format!("not a GeoJSON FeatureCollection: {e}"));
        FormatError::in_file(file, nl, en)
    })?;
    let mut borders = Vec::new();
    for feature in &collection.features {
        if feature.property("kind").and_then(|k| k.as_str()) != Some("border") {
            continue;
        }
        let between: Vec<&str> = feature
            .property("between")
            .and_then(|b| b.as_array())
            .map(|codes| codes.iter().filter_map(|c| c.as_str()).collect())
            .unwrap_or_default();
        let Some((_, country)) = NEIGHBOURS.iter().find(|(numeric, _)| between.contains(numeric)) else {
            continue;
        };
        let geometry = feature
            .geometry
            .as_ref()
            .ok_or_else(|| FormatError::in_file(file, "een grens zonder geometrie", "a border without geometry"))?;
        let lines = match geo::Geometry::<f64>::try_from(geometry.value.clone()) {
            Ok(geo::Geometry::LineString(line)) => MultiLineString(vec![line]),
            Ok(geo::Geometry::MultiLineString(lines)) => lines,
            _ => {
                let (nl, en) = (
                    format!("de grens met {country} is geen lijn"),
                    format!("the border with {country} is not a line"),
                );
                return Err(FormatError::in_file(file, nl, en));
            }
        };
        borders.push(BorderLine { country: country.to_string(), lines });
    }
    Ok(borders)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_land_borders_with_their_country() {
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"name":"X"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
          {"type":"Feature","properties":{"kind":"border","between":["528","276"]},"geometry":{"type":"MultiLineString","coordinates":[[[6,51],[6,52]]]}},
          {"type":"Feature","properties":{"kind":"border","between":["528","056"]},"geometry":{"type":"LineString","coordinates":[[4,51],[5,51]]}}]}"#;
        let borders = read_border_lines(text.as_bytes(), "b.geojson").unwrap();
        assert_eq!(borders.iter().map(|b| b.country.as_str()).collect::<Vec<_>>(), vec!["DE", "BE"]);
        assert_eq!(borders[1].lines.0.len(), 1);
    }
}
