//! The bundle split into files a view loads as it needs them: the first map's part (the
//! country's and the gemeenten's rows, gemeente shapes, borders) and one file each for the
//! rows of the wijken and buurten, the wijk shapes, the buurt shapes and the further tables.

use super::codec::{decode_body, encode_body};
use super::{Bundle, BundleError, Dataset, Metadata, ShapeLayer};
use crate::geometry::PlanarBorder;
use crate::model::{AreaTable, Level};
use serde::{Deserialize, Serialize};

/// What one further file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartKind {
    /// The table's rows below the gemeenten (wijken, buurten); layers of those levels need them.
    Rows,
    /// The shapes of one level.
    Layer(Level),
    /// The further tables (finer groups, earlier years).
    Datasets,
}

/// A further file: its name beside the first part, and what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartInfo {
    pub file: String,
    pub kind: PartKind,
    /// Its size in bytes, for progress.
    pub bytes: u64,
}

/// What the first map needs, and the list of the other files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirstPart {
    pub meta: Metadata,
    pub table: AreaTable,
    /// The layers in this file (the gemeenten).
    pub layers: Vec<ShapeLayer>,
    pub borders: Vec<PlanarBorder>,
    pub place_names: Vec<super::PlaceName>,
    pub parts: Vec<PartInfo>,
}

/// One file of a split bundle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Part {
    First(Box<FirstPart>),
    /// The table's rows after the first part's, in order (their ids follow the first part's).
    Rows(AreaTable),
    Layer(ShapeLayer),
    Datasets(Vec<Dataset>),
}

/// One file of a split bundle: its name and its bytes.
pub type BundleFile = (String, Vec<u8>);

/// The file name of the first part; the app fetches it first.
pub const FIRST_PART_FILE: &str = "atlas.bin";

/// The file name of a further part.
pub fn part_file(kind: PartKind) -> String {
    match kind {
        PartKind::Rows => "atlas-rijen.bin".into(),
        PartKind::Layer(level) => format!("atlas-{}.bin", level.key()),
        PartKind::Datasets => "atlas-tabellen.bin".into(),
    }
}

/// Splits a bundle into its files (name, bytes), the first part first. The gemeente layer goes
/// with the first part; the rows below the gemeenten (when the table lists them after the
/// gemeenten, as CBS tables do), every other layer and the datasets get a file of their own.
pub fn split_bundle(bundle: &Bundle) -> Vec<BundleFile> {
    let mut table = bundle.table.clone();
    let mut further: Vec<(PartKind, Vec<u8>)> = Vec::new();
    if let Some(at) = rows_below_gemeenten(&table) {
        let tail = table.split_off(at);
        further.push((PartKind::Rows, encode_body(&Part::Rows(tail))));
    }
    further.extend(
        bundle
            .layers
            .iter()
            .filter(|l| l.level != Level::Gemeente)
            .map(|l| (PartKind::Layer(l.level), encode_body(&Part::Layer(l.clone())))),
    );
    if !bundle.datasets.is_empty() {
        further.push((PartKind::Datasets, encode_body(&Part::Datasets(bundle.datasets.clone()))));
    }
    let parts = further
        .iter()
        .map(|(kind, bytes)| PartInfo { file: part_file(*kind), kind: *kind, bytes: bytes.len() as u64 })
        .collect();
    let first = FirstPart {
        meta: bundle.meta.clone(),
        table,
        layers: bundle.layers.iter().filter(|l| l.level == Level::Gemeente).cloned().collect(),
        borders: bundle.borders.clone(),
        place_names: bundle.place_names.clone(),
        parts,
    };
    let mut files = vec![(FIRST_PART_FILE.to_string(), encode_body(&Part::First(Box::new(first))))];
    files.extend(further.into_iter().map(|(kind, bytes)| (part_file(kind), bytes)));
    files
}

/// Where the rows below the gemeenten start, when every row from there on is below them.
fn rows_below_gemeenten(table: &AreaTable) -> Option<usize> {
    let at = table.areas().position(|(_, a)| a.level > Level::Gemeente)?;
    table.areas().skip(at).all(|(_, a)| a.level > Level::Gemeente).then_some(at)
}

/// Reads one file of a split bundle, refusing other files, versions and damaged bytes.
pub fn decode_part(bytes: &[u8]) -> Result<Part, BundleError> {
    let part: Part = decode_body(bytes)?;
    let corrupt = |e: String| BundleError::Corrupt(e);
    match &part {
        Part::First(first) => first.layers.iter().try_for_each(|l| l.check(first.table.len())).map_err(corrupt)?,
        // Its area ids are checked against the table it joins (the rows may come later).
        Part::Layer(layer) => layer.check(usize::MAX).map_err(corrupt)?,
        Part::Rows(_) | Part::Datasets(_) => {}
    }
    Ok(part)
}

/// Puts a split bundle back together (the first part and every further part, in any order).
pub fn join_parts(first: FirstPart, further: Vec<Part>) -> Result<Bundle, BundleError> {
    let FirstPart { meta, mut table, mut layers, borders, place_names, parts } = first;
    let mut datasets = Vec::new();
    // The rows first: the layers' shapes refer to their ids.
    let mut further = further;
    further.sort_by_key(|p| !matches!(p, Part::Rows(_)));
    for part in further {
        match part {
            Part::Rows(rows) => table.append(rows).map_err(|e| BundleError::Corrupt(e.to_string()))?,
            Part::Layer(layer) => layers.push(layer),
            Part::Datasets(d) => datasets = d,
            Part::First(_) => return Err(BundleError::Corrupt("a second first part".into())),
        }
    }
    if layers.len() != 1 + parts.iter().filter(|p| matches!(p.kind, PartKind::Layer(_))).count() {
        return Err(BundleError::Corrupt("a layer part is missing".into()));
    }
    layers.sort_by_key(|l| l.level);
    Ok(Bundle { meta, table, layers, borders, datasets, place_names })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::encode_bundle;
    use crate::fixtures::fictional_bundle;

    #[test]
    fn a_split_bundle_joins_back_to_the_same_bundle() {
        let bundle = fictional_bundle();
        let files = split_bundle(&bundle);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["atlas.bin", "atlas-rijen.bin", "atlas-wijk.bin", "atlas-buurt.bin"]);
        let mut parts: Vec<Part> = files.iter().map(|(_, b)| decode_part(b).unwrap()).collect();
        let Part::First(first) = parts.remove(0) else { panic!("the first file is the first part") };
        assert_eq!(first.layers.len(), 1);
        assert!(first.table.areas().all(|(_, a)| a.level <= Level::Gemeente), "the first part has no wijk rows");
        assert_eq!(first.parts[0].bytes, files[1].1.len() as u64);
        parts.reverse(); // any order
        let joined = join_parts(*first, parts).unwrap();
        assert_eq!(encode_bundle(&joined), encode_bundle(&bundle));
    }

    #[test]
    fn a_missing_layer_part_is_an_error() {
        let files = split_bundle(&fictional_bundle());
        let Part::First(first) = decode_part(&files[0].1).unwrap() else { panic!() };
        let only_wijken = vec![decode_part(&files[1].1).unwrap(), decode_part(&files[2].1).unwrap()];
        assert!(matches!(join_parts(*first, only_wijken), Err(BundleError::Corrupt(_))));
    }

    #[test]
    fn truncated_parts_are_refused_without_panic() {
        for (_, bytes) in split_bundle(&fictional_bundle()) {
            for cut in (0..bytes.len()).step_by(7) {
                assert!(decode_part(&bytes[..cut]).is_err());
            }
        }
    }
}
