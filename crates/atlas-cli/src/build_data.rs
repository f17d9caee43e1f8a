//! `atlas build-data`: turns the shared CBS files into the app's bundle.

use crate::data_files::{
    self, DataFile, AMSTERDAM_BUURT_YEAR, BORDERS, BUURTEN, BUURTEN_AMSTERDAM, COUNT_YEAR, GEMEENTEN,
    OLD_BOUNDARY_YEAR, TABLE, WIJKEN, WIJKEN_2014, WIJK_YEAR,
};
use crate::{datasets, place_names};
use atlas_core::bundle::{
    build_bundle, encode_bundle, split_bundle, BoundarySource, BuildInput, Bundle, BundleFile, NamedBytes, ShapeFormat,
};
use atlas_core::formats::TopoKeys;
use atlas_core::geometry::JoinRule;
use atlas_core::model::AreaCode;
use std::collections::HashMap;
use std::path::Path;

/// Reads the data folder and builds the bundle's bytes, with a summary for people.
/// The files are the bundle split as the app loads it: `atlas.bin` first (table, gemeenten,
/// borders), then one file per further layer and one for the further tables.
pub fn build_from_dir(dir: &Path) -> Result<(Vec<BundleFile>, String), String> {
    let bundle = bundle_from_dir(dir)?;
    let files = split_bundle(&bundle);
    let mut summary = summary(&bundle, encode_bundle(&bundle).len());
    for (name, bytes) in &files {
        summary.push_str(&format!("  file {name}: {} bytes\n", bytes.len()));
    }
    Ok((files, summary))
}

/// Reads the data folder into a bundle (in memory), with the further tables (datasets).
pub fn bundle_from_dir(dir: &Path) -> Result<Bundle, String> {
    let mut bundle = base_bundle_from_dir(dir)?;
    bundle.datasets = datasets::bundle_datasets(dir, &bundle)?;
    bundle.place_names = place_names::stadsdelen(dir)?;
    Ok(bundle)
}

/// The bundle without the further tables: the 2022 table, the shapes and the borders.
pub fn base_bundle_from_dir(dir: &Path) -> Result<Bundle, String> {
    let table = data_files::read(dir, &TABLE)?;
    bundle_with_table(dir, &table, TABLE.path)
}

/// Builds the bundle from the data folder's boundaries and the given table (a KWB CSV).
pub fn bundle_with_table(dir: &Path, table: &[u8], table_name: &str) -> Result<Bundle, String> {
    with_input(dir, table, table_name, build_bundle)
}

/// The boundary year of every area with a drawn shape, by code, for the given table and the
/// data folder's boundaries (for `atlas index`; builds only the finest level of detail).
pub fn boundary_years(dir: &Path, table: &[u8], table_name: &str) -> Result<HashMap<AreaCode, u16>, String> {
    let parsed = atlas_core::formats::read_kwb_csv(table, table_name).map_err(|e| e.to_string())?;
    let years = with_input(dir, table, table_name, atlas_core::bundle::drawn_years)?;
    Ok(years.into_iter().map(|(id, year)| (parsed.area(id).code.clone(), year)).collect())
}

/// Reads the data folder's boundary files and hands the build input to `f`.
fn with_input<R>(
    dir: &Path,
    table: &[u8],
    table_name: &str,
    f: impl FnOnce(&BuildInput) -> Result<R, atlas_core::formats::FormatError>,
) -> Result<R, String> {
    let files = [&GEMEENTEN, &WIJKEN, &WIJKEN_2014, &BUURTEN_AMSTERDAM, &BUURTEN, &BORDERS];
    let bytes = files.iter().map(|f| data_files::read(dir, f)).collect::<Result<Vec<_>, _>>()?;
    let [gemeenten, wijken, wijken_2014, buurten_amsterdam, buurten, borders] = &bytes[..] else {
        return Err("internal: six boundary files expected".into());
    };
    f(&BuildInput {
        table: NamedBytes { name: table_name, bytes: table },
        count_year: COUNT_YEAR,
        gemeenten: named(&GEMEENTEN, gemeenten),
        wijken: vec![
            BoundarySource {
                file: named(&WIJKEN, wijken),
                format: ShapeFormat::TopoJson(TopoKeys { object: "wijken", code: "statcode", name: None }),
                year: WIJK_YEAR,
                title: "Wijk- en buurtkaart 2022, wijken",
                publisher: "CBS / Kadaster",
                licence: "CC BY 4.0",
                rule: JoinRule::SAME_VINTAGE,
                trim_to_parent: false,
            },
            cbs_2014(&WIJKEN_2014, wijken_2014, "Gebiedsindelingen 2014, wijken"),
        ],
        buurten: vec![
            BoundarySource {
                file: named(&BUURTEN_AMSTERDAM, buurten_amsterdam),
                format: ShapeFormat::GeoJson { code: "statcode", name: "statnaam" },
                year: AMSTERDAM_BUURT_YEAR,
                title: "Gebiedsindeling Amsterdam 2019, buurten",
                publisher: "Gemeente Amsterdam",
                licence: "open data (Bron: Gemeente Amsterdam)",
                // CBS used Amsterdam's 2019 division in 2022: the code decides.
                rule: JoinRule::SAME_VINTAGE,
                trim_to_parent: false,
            },
            BoundarySource { trim_to_parent: true, ..cbs_2014(&BUURTEN, buurten, "Gebiedsindelingen 2014, buurten") },
        ],
        borders: Some(named(&BORDERS, borders)),
    })
    .map_err(|e| e.to_string())
}

fn named<'a>(file: &DataFile, bytes: &'a [u8]) -> NamedBytes<'a> {
    NamedBytes { name: file.path, bytes }
}

/// A 2014 CBS TopoJSON (object `layer`): joins where codes and names agree, per gemeente.
fn cbs_2014<'a>(file: &DataFile, bytes: &'a [u8], title: &'a str) -> BoundarySource<'a> {
    BoundarySource {
        file: named(file, bytes),
        format: ShapeFormat::TopoJson(TopoKeys { object: "layer", code: "statcode", name: Some("statnaam") }),
        year: OLD_BOUNDARY_YEAR,
        title,
        publisher: "CBS / Kadaster",
        licence: "CC BY 4.0",
        rule: JoinRule::OTHER_VINTAGE,
        trim_to_parent: false,
    }
}

fn summary(bundle: &Bundle, size: usize) -> String {
    let mut text = format!("bundle: {} areas, {} bytes\n", bundle.table.len(), size);
    for layer in &bundle.layers {
        let join = &layer.join;
        let points: usize = layer
            .lods
            .last()
            .map_or(0, |lod| lod.shapes.iter().flat_map(|s| s.polygons.iter().flatten()).map(Vec::len).sum());
        let per_year: Vec<String> =
            layer.sources.iter().map(|s| format!("{} from {} ({})", s.drawn, s.year, s.title)).collect();
        text.push_str(&format!(
            "  {:<8} {} drawn: {}; {} areas without shape ({} collapsed), {} shapes without row, {} name mismatches, {} gemeenten left out; {} points at finest detail\n",
            layer.level.key(),
            join.joined,
            per_year.join(", "),
            join.table_without_shape(),
            join.collapsed.len(),
            join.shapes_without_row.len(),
            join.name_mismatches.len(),
            join.skipped_gemeenten.len(),
            points,
        ));
    }
    for dataset in &bundle.datasets {
        text.push_str(&format!(
            "  dataset {:<14} {} areas{}\n",
            dataset.key,
            dataset.table.len(),
            if dataset.approximate { ", approximate" } else { "" }
        ));
    }
    text
}
