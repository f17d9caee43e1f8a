//! `atlas build-data`: turns the shared CBS files into the app's bundle.

use crate::data_files::{self, BORDERS, BUURTEN, COUNT_YEAR, DETAIL_BOUNDARY_YEAR, GEMEENTEN, TABLE, WIJKEN};
use crate::datasets;
use atlas_core::bundle::{build_bundle, encode_bundle, BuildInput, Bundle, NamedBytes};
use std::path::Path;

/// Reads the data folder and builds the bundle's bytes, with a summary for people.
pub fn build_from_dir(dir: &Path) -> Result<(Vec<u8>, String), String> {
    let bundle = bundle_from_dir(dir)?;
    let bytes = encode_bundle(&bundle);
    let summary = summary(&bundle, bytes.len());
    Ok((bytes, summary))
}

/// Reads the data folder into a bundle (in memory), with the further tables (datasets).
pub fn bundle_from_dir(dir: &Path) -> Result<Bundle, String> {
    let mut bundle = base_bundle_from_dir(dir)?;
    bundle.datasets = datasets::bundle_datasets(dir, &bundle)?;
    Ok(bundle)
}

/// The bundle without the further tables: the 2022 table, the shapes and the borders.
pub fn base_bundle_from_dir(dir: &Path) -> Result<Bundle, String> {
    let table = data_files::read(dir, &TABLE)?;
    let gemeenten = data_files::read(dir, &GEMEENTEN)?;
    let wijken = data_files::read(dir, &WIJKEN)?;
    let buurten = data_files::read(dir, &BUURTEN)?;
    let borders = data_files::read(dir, &BORDERS)?;
    let named = |file: &data_files::DataFile, bytes| NamedBytes { name: file.path, bytes };
    let bundle = build_bundle(&BuildInput {
        table: named(&TABLE, &table),
        count_year: COUNT_YEAR,
        gemeenten: named(&GEMEENTEN, &gemeenten),
        wijken: (named(&WIJKEN, &wijken), DETAIL_BOUNDARY_YEAR),
        buurten: (named(&BUURTEN, &buurten), DETAIL_BOUNDARY_YEAR),
        borders: Some(named(&BORDERS, &borders)),
    })
    .map_err(|e| e.to_string())?;
    Ok(bundle)
}

fn summary(bundle: &Bundle, size: usize) -> String {
    let mut text = format!("bundle: {} areas, {} bytes\n", bundle.table.len(), size);
    for layer in &bundle.layers {
        let join = &layer.join;
        let points: usize = layer
            .lods
            .last()
            .map_or(0, |lod| lod.shapes.iter().flat_map(|s| s.polygons.iter().flatten()).map(Vec::len).sum());
        text.push_str(&format!(
            "  {:<8} boundaries {}: {} joined, {} areas without shape, {} shapes without row, {} name mismatches, {} gemeenten left out; {} points at finest detail\n",
            layer.level.key(),
            layer.boundary_year,
            join.joined,
            join.table_without_shape,
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
