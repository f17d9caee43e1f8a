//! A user's own areas: a GeoJSON or TopoJSON file joined to their table on a property they
//! pick. Its areas (with their parents) become the map's areas; areas the file has no shape
//! for are drawn with the atlas's own shapes where it has them ([`completed_layers`]).

use crate::bundle::build::{layer_of, Decoded, ReadSource};
use crate::bundle::{LayerSource, Lod, ShapeLayer, LODS_BUURT, LODS_GEMEENTE, LODS_WIJK};
use crate::formats::{
    geojson_to_lon_lat, read_geojson_json, read_topology, shape_properties, FormatError, ShapeFileKind, ShapeProperty,
    TopoKeys,
};
use crate::formats::{AreaShape, ShapeSet};
use crate::geometry::JoinRule;
use crate::model::{AreaCode, AreaId, AreaTable, Level};
use geo::orient::Direction;
use geo::{unary_union, MultiPolygon, Orient};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A shape file as the user brought it, and the properties they chose (`None`: guessed).
#[derive(Clone, Copy, Debug)]
pub struct ShapeChoice<'a> {
    pub bytes: &'a [u8],
    pub file: &'a str,
    pub code: Option<&'a str>,
    pub name: Option<&'a str>,
    /// The year the boundaries are credited with (the atlas's count year).
    pub year: u16,
}

/// The user's shapes as the preview shows them and the map draws them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnShapes {
    pub file: String,
    pub kind: ShapeFileKind,
    /// The file was in RD (EPSG:28992) and was converted.
    pub from_rd: bool,
    /// The properties to choose the code and name from.
    pub properties: Vec<ShapeProperty>,
    pub code: String,
    pub name: Option<String>,
    /// Shapes in the file, and how many are drawn.
    pub shapes: usize,
    pub drawn: usize,
    /// Shapes whose code is no CBS area code (first few), and how many.
    pub not_codes: usize,
    pub not_code_examples: Vec<String>,
    /// Shapes too small to draw.
    pub collapsed: Vec<String>,
    /// Codes of features without a geometry (GeoJSON allows them): left out.
    pub no_geometry: Vec<String>,
    /// Shapes of areas the table has no row for (drawn without figures), and the first few.
    pub without_row: usize,
    pub without_row_examples: Vec<String>,
    /// The areas of the file with shapes (codes), for the preview's counts.
    pub codes: BTreeSet<AreaCode>,
    /// One layer per level the file has shapes of, on the own frame's ids.
    pub layers: Vec<ShapeLayer>,
    /// Shapes of the parents the file has no shape for, dissolved from their parts: drawn
    /// where neither the file nor the atlas has the parent's shape.
    pub parents: Vec<ShapeLayer>,
}

/// The tolerances the atlas uses at a level (the same as the bundle's, so the atlas's own
/// shapes can complete a layer).
pub fn tolerances(level: Level) -> &'static [f32] {
    match level {
        Level::Land | Level::Gemeente => LODS_GEMEENTE,
        Level::Wijk => LODS_WIJK,
        Level::Buurt => LODS_BUURT,
    }
}

/// Reads the shape file, joins it to the areas of `own` (the user's table) and builds the
/// frame: the table's areas, the shapes' areas and all their parents, named from the table,
/// else the shapes, else `map` (the atlas's areas), else by code.
pub fn read_own_shapes(
    own: &AreaTable,
    choice: ShapeChoice,
    map: &AreaTable,
) -> Result<(AreaTable, OwnShapes), FormatError> {
    let file = choice.file;
    let info = shape_properties(choice.bytes, file)?;
    let code = match choice.code.or_else(|| info.guessed_code()) {
        Some(code) if info.properties.iter().any(|p| p.key == code) => code.to_string(),
        chosen => {
            let (nl, en) = no_code_property(chosen, &info.properties);
            return Err(FormatError::in_file(file, nl, en));
        }
    };
    let name = choice.name.map(str::to_string).or_else(|| info.guessed_name(&code).map(str::to_string));
    let (decoded, from_rd, no_geometry) = decode(&info.kind, choice, &code, name.as_deref())?;
    let names: Vec<(String, String)> =
        decoded.names().into_iter().map(|(c, n)| (c.to_string(), n.to_string())).collect();
    let (codes, not_codes): (Vec<_>, Vec<_>) = names.iter().partition(|(c, _)| AreaCode::parse(c).is_ok());
    if codes.is_empty() {
        let examples: Vec<String> = not_codes.iter().take(3).map(|(c, _)| crate::formats::shown(c)).collect();
        let examples = examples.join(", ");
        return Err(FormatError::in_file(
            file,
            format!(
                "de eigenschap '{code}' heeft geen CBS-gebiedscodes (voorbeelden: {examples}); kies een eigenschap met codes als GM0363, WK036301 of BU03630001"
            ),
            format!(
                "the property '{code}' has no CBS area codes (examples: {examples}); choose a property with codes such as GM0363, WK036301 or BU03630001"
            ),
        ));
    }
    let shape_names: BTreeMap<AreaCode, String> =
        codes.iter().filter_map(|(c, n)| Some((AreaCode::parse(c).ok()?, n.clone()))).collect();
    let without_row: Vec<String> =
        shape_names.keys().filter(|c| own.find(c).is_none()).map(AreaCode::to_string).collect();
    if without_row.len() == shape_names.len() {
        let table_codes: Vec<String> = own.areas().take(3).map(|(_, a)| a.code.to_string()).collect();
        let (count, table_codes) = (shape_names.len(), table_codes.join(", "));
        let shape_codes = without_row.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        return Err(FormatError::in_file(
            file,
            format!(
                "geen van de {count} vormen hoort bij een gebied uit de tabel (vormen: {shape_codes}; tabel: {table_codes})"
            ),
            format!(
                "none of the {count} shapes belongs to an area of the table (shapes: {shape_codes}; table: {table_codes})"
            ),
        ));
    }
    let frame = own_frame(own, &shape_names, map);
    let dissolved_title = format!("{file} (samengevoegd)");
    let dissolved = ReadSource {
        decoded: Decoded::Outlines(dissolved_parents(&decoded)),
        year: choice.year,
        title: &dissolved_title,
        rule: JoinRule::SAME_VINTAGE,
        trim_to_parent: false,
    };
    let source =
        ReadSource { decoded, year: choice.year, title: file, rule: JoinRule::SAME_VINTAGE, trim_to_parent: false };
    let layers_of = |source: &ReadSource| -> Vec<ShapeLayer> {
        let levels: BTreeSet<Level> = source
            .decoded
            .names()
            .iter()
            .filter_map(|(code, _)| AreaCode::parse(code).ok())
            .map(|code| code.level())
            .filter(|&l| l != Level::Land)
            .collect();
        levels
            .into_iter()
            .map(|level| layer_of(&frame, level, std::slice::from_ref(source), tolerances(level), &[]))
            .collect()
    };
    let layers = layers_of(&source);
    let parents = layers_of(&dissolved);
    let drawn = layers.iter().map(|l| l.join.joined as usize).sum();
    let shapes = OwnShapes {
        file: file.to_string(),
        kind: info.kind.clone(),
        from_rd,
        properties: info.properties.clone(),
        code,
        name,
        shapes: names.len(),
        drawn,
        not_codes: not_codes.len(),
        not_code_examples: not_codes.iter().take(5).map(|(c, _)| crate::formats::shown(c)).collect(),
        collapsed: layers.iter().flat_map(|l| l.join.collapsed.clone()).collect(),
        no_geometry,
        without_row: without_row.len(),
        without_row_examples: without_row.into_iter().take(5).collect(),
        codes: shape_names.into_keys().collect(),
        layers,
        parents,
    };
    Ok((frame, shapes))
}

/// Reads the shapes with the chosen properties; a GeoJSON in RD is converted first, and its
/// features without geometry are left out (their codes returned).
fn decode(
    kind: &ShapeFileKind,
    choice: ShapeChoice,
    code: &str,
    name: Option<&str>,
) -> Result<(Decoded, bool, Vec<String>), FormatError> {
    let file = choice.file;
    match kind {
        ShapeFileKind::GeoJson => {
            let mut json = crate::formats::parse_json(choice.bytes, file)?;
            let no_geometry = without_geometry(&mut json, code);
            let from_rd = geojson_to_lon_lat(&mut json);
            Ok((Decoded::Outlines(read_geojson_json(json, file, code, name.unwrap_or(""))?), from_rd, no_geometry))
        }
        ShapeFileKind::TopoJson { object } => {
            let topology = read_topology(choice.bytes, file, TopoKeys { object, code, name })?;
            Ok((Decoded::Arcs(topology), false, Vec::new()))
        }
    }
}

/// Takes the features whose geometry is null out of a FeatureCollection; their codes (or
/// "object N") back.
fn without_geometry(json: &mut serde_json::Value, code: &str) -> Vec<String> {
    let Some(features) = json.get_mut("features").and_then(serde_json::Value::as_array_mut) else { return Vec::new() };
    let mut left_out = Vec::new();
    let mut index = 0;
    features.retain(|feature| {
        index += 1;
        let empty = feature.get("geometry").is_none_or(serde_json::Value::is_null);
        if empty {
            let named = feature.pointer(&format!("/properties/{code}")).and_then(crate::formats::property_text);
            left_out.push(named.unwrap_or_else(|| format!("object {index}")));
        }
        !empty
    });
    left_out
}

/// The outline of every parent (wijk, gemeente) the file has no shape for, as the union of its
/// parts' outlines (buurten first, so dissolved wijken make up their gemeente).
fn dissolved_parents(decoded: &Decoded) -> ShapeSet {
    let outlines: Vec<(String, MultiPolygon<f64>)> = match decoded {
        Decoded::Outlines(set) => set.iter().map(|a| (a.code.clone(), a.outline.clone())).collect(),
        Decoded::Arcs(topology) => topology.areas.iter().map(|a| (a.code.clone(), topology.outline(a))).collect(),
    };
    let mut by_code: BTreeMap<AreaCode, MultiPolygon<f64>> = BTreeMap::new();
    for (code, outline) in outlines {
        if let Ok(code) = AreaCode::parse(&code) {
            by_code.insert(code, outline.orient(Direction::Default));
        }
    }
    let in_file: BTreeSet<AreaCode> = by_code.keys().cloned().collect();
    let mut dissolved = ShapeSet::new();
    for level in [Level::Buurt, Level::Wijk] {
        let mut parts: BTreeMap<AreaCode, Vec<&MultiPolygon<f64>>> = BTreeMap::new();
        for (code, outline) in by_code.iter().filter(|(c, _)| c.level() == level) {
            if let Some(parent) = code.parent().filter(|p| !in_file.contains(p)) {
                parts.entry(parent).or_default().push(outline);
            }
        }
        let unions: Vec<(AreaCode, MultiPolygon<f64>)> =
            parts.into_iter().map(|(parent, parts)| (parent, unary_union(parts))).collect();
        for (code, outline) in unions {
            dissolved.push(AreaShape { code: code.to_string(), name: String::new(), outline: outline.clone() });
            by_code.insert(code, outline);
        }
    }
    dissolved
}

/// Why no property can be the code (the chosen one is missing, or none has codes), in Dutch
/// and English.
fn no_code_property(chosen: Option<&str>, properties: &[ShapeProperty]) -> crate::formats::Message {
    let present: Vec<&str> = properties.iter().map(|p| p.key.as_str()).collect();
    let (present, present_en) = match present.is_empty() {
        true => ("geen".to_string(), "none".to_string()),
        false => (present.join(", "), present.join(", ")),
    };
    match chosen {
        Some(key) => (
            format!("de gebieden hebben geen eigenschap '{key}' (wel: {present})"),
            format!("the areas have no property '{key}' (they have: {present_en})"),
        ),
        None => (
            format!(
                "geen eigenschap van de gebieden bevat CBS-gebiedscodes als GM0363, WK036301 of BU03630001 (eigenschappen: {present})"
            ),
            format!(
                "no property of the areas holds CBS area codes such as GM0363, WK036301 or BU03630001 (properties: {present_en})"
            ),
        ),
    }
}

/// The own frame: every area of the table and the shapes, with their parents, by level and code.
fn own_frame(own: &AreaTable, shape_names: &BTreeMap<AreaCode, String>, map: &AreaTable) -> AreaTable {
    let mut codes: BTreeSet<AreaCode> = own.areas().map(|(_, a)| a.code.clone()).collect();
    codes.extend(shape_names.keys().cloned());
    let ancestors: Vec<AreaCode> =
        codes.iter().flat_map(|c| std::iter::successors(c.parent(), AreaCode::parent)).collect();
    codes.extend(ancestors);
    let mut ordered: Vec<AreaCode> = codes.into_iter().collect();
    ordered.sort_by_key(|c| (c.level(), c.clone()));
    let mut frame = AreaTable::new(Vec::new());
    for code in ordered {
        let name = [
            own.find(&code).map(|id| own.area(id).name.clone()),
            shape_names.get(&code).cloned(),
            map.find(&code).map(|id| map.area(id).name.clone()),
        ]
        .into_iter()
        .flatten()
        .find(|n| !n.trim().is_empty() && n != code.as_str())
        .unwrap_or_else(|| code.to_string());
        frame.push(code, name, None, Vec::new()).expect("codes are unique and groups empty");
    }
    frame.link_parents();
    frame
}

/// The own layers completed with the atlas's shapes: an area of the own frame without a shape
/// of its own is drawn with the atlas's shape of the same code, where the atlas has one (and
/// the levels of detail agree). Levels the file has no shapes of come from the atlas alone.
pub fn completed_layers(
    shapes: &OwnShapes,
    frame: &AreaTable,
    map_layers: &[&ShapeLayer],
    map: &AreaTable,
) -> Vec<ShapeLayer> {
    [Level::Gemeente, Level::Wijk, Level::Buurt]
        .into_iter()
        .filter_map(|level| {
            let own_layer = shapes.layers.iter().find(|l| l.level == level);
            let map_layer = map_layers.iter().copied().find(|l| l.level == level);
            let mut layer = completed_layer(level, own_layer, map_layer, frame, map);
            // Last, the parents dissolved from their parts.
            if let Some(dissolved) = shapes.parents.iter().find(|l| l.level == level) {
                let base = layer.get_or_insert_with(|| empty_like(level, dissolved));
                if base.lods.len() == dissolved.lods.len() {
                    borrow_shapes(base, dissolved, frame, frame);
                    let drawn = base.lods.last().map(|l| l.shapes.iter().map(|s| s.area).collect()).unwrap_or_default();
                    base.join.set_drawn(frame, level, &drawn);
                }
            }
            layer.filter(|l| l.lods.last().is_some_and(|lod| !lod.shapes.is_empty()))
        })
        .collect()
}

/// A layer of this level without shapes, with the levels of detail of `like`.
fn empty_like(level: Level, like: &ShapeLayer) -> ShapeLayer {
    ShapeLayer {
        level,
        sources: Vec::new(),
        shape_source: Vec::new(),
        lods: like.lods.iter().map(|l| Lod { tolerance: l.tolerance, shapes: Vec::new() }).collect(),
        join: Default::default(),
    }
}

fn completed_layer(
    level: Level,
    own: Option<&ShapeLayer>,
    map_layer: Option<&ShapeLayer>,
    frame: &AreaTable,
    map: &AreaTable,
) -> Option<ShapeLayer> {
    let mut layer = match (own, map_layer) {
        (Some(own), _) => own.clone(),
        (None, Some(m)) => empty_like(level, m),
        (None, None) => return None,
    };
    if let Some(m) = map_layer.filter(|m| m.lods.len() == layer.lods.len()) {
        borrow_shapes(&mut layer, m, frame, map);
    }
    let drawn: BTreeSet<AreaId> = layer.lods.last().map(|l| l.shapes.iter().map(|s| s.area).collect())?;
    if drawn.is_empty() {
        return None;
    }
    layer.join.set_drawn(frame, level, &drawn);
    Some(layer)
}

/// Adds the map's shapes of the frame's areas the layer does not draw, keeping shapes in area
/// order and crediting the map's boundary sources.
fn borrow_shapes(layer: &mut ShapeLayer, map_layer: &ShapeLayer, frame: &AreaTable, map: &AreaTable) {
    let has: BTreeSet<AreaId> =
        layer.lods.last().map(|l| l.shapes.iter().map(|s| s.area).collect()).unwrap_or_default();
    let Some(finest) = map_layer.lods.last() else { return };
    let offset = layer.sources.len();
    let mut added = 0;
    for (index, shape) in finest.shapes.iter().enumerate() {
        let code = &map.area(shape.area).code;
        let Some(own_id) = frame.find(code).filter(|id| !has.contains(id)) else { continue };
        for (lod, map_lod) in layer.lods.iter_mut().zip(&map_layer.lods) {
            let mut borrowed = map_lod.shapes[index].clone();
            borrowed.area = own_id;
            lod.shapes.push(borrowed);
        }
        let source = map_layer.shape_source.get(index).copied().unwrap_or(0);
        layer.shape_source.push(u8::try_from(offset + usize::from(source)).unwrap_or(u8::MAX));
        added += 1;
    }
    if added == 0 {
        return;
    }
    layer.sources.extend(map_layer.sources.iter().map(|s| LayerSource { drawn: 0, ..s.clone() }));
    sort_by_area(layer);
    for (i, source) in layer.sources.iter_mut().enumerate() {
        source.drawn = layer.shape_source.iter().filter(|&&s| usize::from(s) == i).count() as u32;
    }
}

/// Puts a layer's shapes (in every level of detail, with their sources) in area order.
fn sort_by_area(layer: &mut ShapeLayer) {
    let Some(finest) = layer.lods.last() else { return };
    let mut order: Vec<usize> = (0..finest.shapes.len()).collect();
    order.sort_by_key(|&i| finest.shapes[i].area);
    for lod in &mut layer.lods {
        lod.shapes = order.iter().map(|&i| lod.shapes[i].clone()).collect();
    }
    layer.shape_source = order.iter().map(|&i| layer.shape_source[i]).collect();
}

#[cfg(test)]
mod tests;
