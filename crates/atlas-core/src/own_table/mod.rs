//! A table a user brings: read, compared with the map's areas (the *frame*) for a preview,
//! and put on those areas, or on the user's own areas when a shape file comes with it
//! ([`shapes`]). The browser runs this in a worker; the messages to and from it are postcard
//! bytes ([`encode_reply`], [`decode_reply`]).

mod shapes;

pub use shapes::{completed_layers, read_own_shapes, tolerances, OwnShapes, ShapeChoice};

use crate::formats::{read_table, FormatError, TableLayout, TableRead, TextEncoding};
use crate::measures::with_parent_rows_summed_where;
use crate::model::{AreaCode, AreaId, AreaTable, Family, Level};
use serde::{Deserialize, Serialize};

/// The family sets a user can choose for a group in the preview (a guess outside these is
/// offered too): what the lenses and the typology's exact rules read.
pub const FAMILY_CHOICES: [&[Family]; 10] = [
    &[Family::Dutch],
    &[Family::Western],
    &[Family::Western, Family::NeighbourCountry],
    &[Family::Western, Family::EasternEuropean],
    &[Family::Western, Family::Expat],
    &[Family::NonWestern],
    &[Family::NonWestern, Family::Classic],
    &[Family::NonWestern, Family::Expat],
    &[Family::NonWestern, Family::Residual],
    &[],
];

/// Files larger than this are refused before reading (the page would stall on them).
pub const MAX_BYTES: u64 = 100 * 1024 * 1024;

/// How many of the file's areas of one level the map has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelJoin {
    pub level: Level,
    pub in_file: usize,
    pub on_map: usize,
    /// All areas of this level the map's table has.
    pub map_areas: usize,
}

/// What the user sees before applying a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnPreview {
    pub file: String,
    pub layout: TableLayout,
    pub separator: char,
    pub encoding: TextEncoding,
    pub levels: Vec<LevelJoin>,
    /// Areas of the file the map does not know, and the first few codes.
    pub unknown: usize,
    pub unknown_examples: Vec<String>,
    /// Rows added by summing parts (a gemeente from its wijken).
    pub summed: usize,
    /// Parents the atlas knows more parts of than the file has, so not summed: code, the
    /// parts in the file, the parts the atlas knows.
    pub partial: Vec<(String, usize, usize)>,
    /// The groups with the families guessed from their names.
    pub groups: Vec<(String, Vec<Family>)>,
    /// The file's counts on the map's areas (same ids), parents summed where complete; with
    /// own shapes, on the own frame's areas instead.
    pub table: AreaTable,
    /// The user's own areas, when a shape file came with the table.
    pub shapes: Option<OwnShapes>,
}

/// Reads a file and compares it with the map's table (`frame`).
/// (It does not reach the shape readers, so a page that only reads tables does not carry them.)
pub fn preview(bytes: &[u8], file: &str, frame: &AreaTable) -> Result<OwnPreview, FormatError> {
    check_size(bytes.len(), file)?;
    compared(read_table(bytes, file)?, file, frame, None)
}

fn check_size(size: usize, file: &str) -> Result<(), FormatError> {
    if size as u64 > MAX_BYTES {
        let (nl, en) = too_large(size as u64);
        return Err(FormatError::in_file(file, nl, en));
    }
    Ok(())
}

/// Reads a table, and the user's shape file if any, and compares them with the map's table
/// (`map`): an area is on the map when the shape file or the map has its shape.
pub fn preview_with_shapes(
    bytes: &[u8],
    file: &str,
    map: &AreaTable,
    shapes: Option<ShapeChoice>,
) -> Result<OwnPreview, FormatError> {
    check_size(bytes.len(), file)?;
    if let Some(choice) = shapes {
        check_size(choice.bytes.len(), choice.file)?;
    }
    let read = read_table(bytes, file)?;
    let own_areas = match shapes {
        Some(choice) => Some(read_own_shapes(&read.table, choice, map)?),
        None => None,
    };
    compared(read, file, map, own_areas)
}

/// The preview of a table read: compared with the map's areas, or put on the own frame when a
/// shape file came with it.
fn compared(
    read: TableRead,
    file: &str,
    map: &AreaTable,
    own_areas: Option<(AreaTable, OwnShapes)>,
) -> Result<OwnPreview, FormatError> {
    let own = &read.table;
    let (frame, shapes) = match own_areas {
        Some((frame, shapes)) => (Some(frame), Some(shapes)),
        None => (None, None),
    };
    let on_map = |code: &AreaCode| map.find(code).is_some() || shapes.as_ref().is_some_and(|s| s.codes.contains(code));
    let frame_or_map = frame.as_ref().unwrap_or(map);
    let levels = Level::ALL
        .into_iter()
        .map(|level| {
            let ids = own.ids_at(level);
            let drawn = ids.iter().filter(|&&id| on_map(&own.area(id).code)).count();
            LevelJoin { level, in_file: ids.len(), on_map: drawn, map_areas: frame_or_map.ids_at(level).len() }
        })
        .filter(|join| join.in_file > 0)
        .collect();
    let unknown: Vec<String> =
        own.areas().filter(|(_, area)| !on_map(&area.code)).map(|(_, area)| area.code.to_string()).collect();
    if unknown.len() == own.len() {
        let (count, codes) = (own.len(), first(&unknown).join(", "));
        return Err(FormatError::in_file(
            file,
            format!(
                "geen van de {count} gebieden staat op de kaart (eerste codes: {codes}); voeg een GeoJSON- of TopoJSON-bestand met hun vormen toe"
            ),
            format!(
                "none of the {count} areas is on the map (first codes: {codes}); add a GeoJSON or TopoJSON file with their shapes"
            ),
        ));
    }
    // On own areas, a parent the atlas knows is summed only when the file has as many of its
    // parts as the atlas (10 of a city's 44 wijken do not make the city).
    let partial = |id: AreaId| {
        let parts = frame_or_map.children(id).len();
        let known = map.find(&frame_or_map.area(id).code).map_or(0, |m| map.children(m).len());
        (parts < known).then_some((parts, known))
    };
    let (table, summed) = with_parent_rows_summed_where(&own.aligned_to(frame_or_map), |id| partial(id).is_none());
    let partial: Vec<(String, usize, usize)> = frame_or_map
        .areas()
        .filter(|(id, a)| a.level < Level::Buurt && !table.has_row(*id) && !frame_or_map.children(*id).is_empty())
        .filter_map(|(id, a)| partial(id).map(|(parts, known)| (a.code.to_string(), parts, known)))
        .collect();
    Ok(OwnPreview {
        file: file.to_string(),
        layout: read.layout,
        separator: read.separator,
        encoding: read.encoding,
        levels,
        unknown: unknown.len(),
        unknown_examples: first(&unknown),
        summed,
        partial,
        groups: own.groups().iter().map(|g| (g.label.clone(), g.families.clone())).collect(),
        table,
        shapes,
    })
}

impl OwnPreview {
    /// The same preview with one group's families set by the user.
    pub fn with_family(&self, group: usize, families: Vec<Family>) -> OwnPreview {
        let mut preview = self.clone();
        if let Some((_, current)) = preview.groups.get_mut(group) {
            *current = families;
            let all: Vec<Vec<Family>> = preview.groups.iter().map(|(_, f)| f.clone()).collect();
            preview.table = preview.table.with_families(&all);
        }
        preview
    }
}

/// The message for a file over [`MAX_BYTES`], in Dutch and English.
pub fn too_large(bytes: u64) -> crate::formats::Message {
    let (size, max) = (bytes.div_ceil(1 << 20), MAX_BYTES >> 20);
    (
        format!(
            "het bestand is {size} MB; de atlas leest bestanden tot {max} MB in de browser (beperk het tot de gebieden en het jaar die je nodig hebt)"
        ),
        format!(
            "the file is {size} MB; the atlas reads files of up to {max} MB in the browser (cut it down to the areas and the year you need)"
        ),
    )
}

/// The frame as the worker receives it.
pub fn encode_frame(frame: &AreaTable) -> Vec<u8> {
    postcard::to_allocvec(frame).expect("encoding into a Vec cannot fail")
}

/// The frame as the worker decodes it; `file` (the table being read) names it in the error.
pub fn decode_frame(bytes: &[u8], file: &str) -> Result<AreaTable, FormatError> {
    postcard::from_bytes(bytes).map_err(|e| {
        FormatError::in_file(
            file,
            format!("de gebieden van de kaart kwamen niet heel aan bij het lezen ({e})"),
            format!("the map's areas did not reach the reader intact ({e})"),
        )
    })
}

/// The worker's answer: the preview, or why the file cannot be used (in Dutch and English: the
/// page shows it in the language of the moment).
pub fn encode_reply(reply: &Result<OwnPreview, FormatError>) -> Vec<u8> {
    postcard::to_allocvec(reply).expect("encoding into a Vec cannot fail")
}

/// The worker's answer as the page decodes it; `file` (the table being read) names it in the
/// error.
pub fn decode_reply(bytes: &[u8], file: &str) -> Result<Result<OwnPreview, FormatError>, FormatError> {
    postcard::from_bytes(bytes).map_err(|e| {
        FormatError::in_file(
            file,
            format!("het antwoord van het lezen was beschadigd ({e})"),
            format!("the reader's answer was damaged ({e})"),
        )
    })
}

fn first(codes: &[String]) -> Vec<String> {
    codes.iter().take(5).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::fictional_bundle;

    #[test]
    fn a_wide_file_of_wijken_is_joined_and_its_gemeente_summed() {
        let frame = fictional_bundle().table;
        let csv = "code;naam;inwoners;Nederland;Polen;Syrië\n\
                   WK999901;Centrum;100;60;30;10\nWK999902;Haven;50;20;20;10\nWK123456;Elders;5;5;0;0\n";
        let preview = preview(csv.as_bytes(), "eigen.csv", &frame).unwrap();
        assert_eq!((preview.layout, preview.separator, preview.encoding), (TableLayout::Wide, ';', TextEncoding::Utf8));
        let wijken = preview.levels.iter().find(|l| l.level == Level::Wijk).unwrap();
        assert_eq!((wijken.in_file, wijken.on_map), (3, 2));
        assert_eq!((preview.unknown, preview.unknown_examples.clone()), (1, vec!["WK123456".to_string()]));
        let gm = preview.table.find_str("GM9999").unwrap();
        assert_eq!(preview.table.residents(gm), Some(150), "Fictiestad summed from its two wijken");
        assert_eq!(preview.summed, 1, "the country is not summed: Nepdorp has no row");
        let families: Vec<&[Family]> = preview.groups.iter().map(|(_, f)| f.as_slice()).collect();
        assert_eq!(families[0], [Family::Dutch]);
        assert!(families[2].contains(&Family::NonWestern), "Syrië: {:?}", families[2]);
    }

    #[test]
    fn previews_and_errors_cross_to_the_worker_and_back_intact() {
        let frame = fictional_bundle().table;
        assert_eq!(decode_frame(&encode_frame(&frame), "eigen.csv").unwrap(), frame);
        let ok = preview(b"code;groep;aantal\nWK999901;Polen;5\nWK999901;Nederland;50\n", "eigen.csv", &frame);
        assert!(ok.is_ok());
        assert_eq!(decode_reply(&encode_reply(&ok), "eigen.csv").unwrap(), ok);
        let err = preview(b"code;groep;aantal\nWK999901;Polen;vijf\n", "kapot.csv", &frame).unwrap_err();
        let back = decode_reply(&encode_reply(&Err(err.clone())), "kapot.csv").unwrap().unwrap_err();
        assert_eq!((back.to_string(), back.english()), (err.to_string(), err.english()), "both languages cross");
        assert!(err.english().ends_with("'vijf' is not a count"), "{}", err.english());
        let damaged = decode_reply(&[1, 2, 3], "kapot.csv").unwrap_err();
        assert!(damaged.to_string().starts_with("kapot.csv: het antwoord") && damaged.english().contains("damaged"));
    }

    #[test]
    fn a_corrected_family_reaches_the_table_the_lenses_read() {
        let frame = fictional_bundle().table;
        let csv = "code;groep;aantal\nGM9999;Nederland;50\nGM9999;Atlantis;30\nGM9999;Polen;20\n";
        let preview = preview(csv.as_bytes(), "eigen.csv", &frame).unwrap();
        assert!(preview.groups[1].1.is_empty(), "Atlantis is not a known origin");
        let corrected = preview.with_family(1, vec![Family::NonWestern]);
        assert_eq!(corrected.groups[1].1, [Family::NonWestern]);
        assert_eq!(corrected.table.groups()[1].families, [Family::NonWestern]);
        assert_eq!(corrected.table.groups()[2].families, preview.table.groups()[2].families, "the others stay");
        assert!(preview.groups[1].1.is_empty(), "the first preview is unchanged");
    }

    #[test]
    fn a_file_of_areas_the_map_does_not_know_is_refused() {
        let frame = fictional_bundle().table;
        let err = preview(b"code;groep;aantal\nGM0001;Polen;5\n", "elders.csv", &frame).unwrap_err();
        assert!(err.to_string().contains("geen van de 1 gebieden staat op de kaart (eerste codes: GM0001)"), "{err}");
        let big = vec![b' '; (MAX_BYTES + 1) as usize];
        let err = preview(&big, "groot.csv", &frame).unwrap_err();
        assert!(err.to_string().contains("100 MB") && err.english().contains("up to 100 MB"), "{}", err.english());
    }
}
