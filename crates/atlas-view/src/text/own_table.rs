//! The text about a table of the user's own, in Dutch and English: loading, the preview, messages.

use super::lang::{lang, pick, texts, Lang};
use super::thousands;
use atlas_core::formats::{ShapeFileKind, TableLayout, TextEncoding};
use atlas_core::model::Family;
use atlas_core::own_table::OwnShapes;

texts! {
    OWN_LAYOUT_TERM = "Indeling", "Layout";
    OWN_SEPARATOR_TERM = "Scheidingsteken", "Separator";
    OWN_ENCODING_TERM = "Tekenset", "Character set";
    /// The parts of an area whose level has none below it.
    OWN_PARTS = "delen", "parts";
    OWN_LOAD = "Eigen tabel laden",
        "Load your own table";
    OWN_LOAD_HINT = "Een CSV-bestand met aantallen per herkomstgroep per gemeente, wijk of buurt. Het \
    bestand blijft in je browser: er wordt niets verstuurd of bewaard.",
        "A CSV file with counts per origin group per municipality, district or neighbourhood. The \
    file stays in your browser: nothing is sent or stored.";
    /// What the file input offers: tables and shape files.
    OWN_ACCEPT = ".csv,.tsv,.txt,text/csv,text/tab-separated-values,.geojson,.topojson,.json,application/geo+json,application/json",
        ".csv,.tsv,.txt,text/csv,text/tab-separated-values,.geojson,.topojson,.json,application/geo+json,application/json";
    OWN_DROP_HINT = "Laat los om je tabel te lezen (met een GeoJSON- of TopoJSON-bestand erbij voor eigen gebieden)",
        "Drop to read your table (with a GeoJSON or TopoJSON file alongside for your own areas)";
    OWN_SHAPES_ALONE = "Een kaartbestand alleen heeft geen aantallen: kies het samen met je tabel (twee \
    bestanden tegelijk), of voeg het toe in het voorbeeld van de tabel.",
        "A map file on its own has no counts: choose it together with your table (two \
    files at once), or add it in the preview of the table.";
    OWN_TOO_MANY = "Kies één tabel, en eventueel één GeoJSON- of TopoJSON-bestand met de gebieden erbij.",
        "Choose one table and, optionally, one GeoJSON or TopoJSON file with its areas.";
    OWN_SHAPES_HEADING = "Eigen gebieden",
        "Your own areas";
    OWN_SHAPES_ADD = "Gebieden toevoegen (GeoJSON of TopoJSON)",
        "Add areas (GeoJSON or TopoJSON)";
    OWN_SHAPES_ADD_HINT = "Zonder kaartbestand komen de cijfers op de CBS-gebieden van de atlas. Met een \
    kaartbestand tekent de atlas jouw gebieden, gekoppeld op de code.",
        "Without a map file, the figures go on the atlas's CBS areas. With a \
    map file, the atlas draws your areas, joined on the code.";
    OWN_SHAPES_DROP = "Gebieden weglaten",
        "Leave out the areas";
    OWN_SHAPES_CODE = "Code uit eigenschap",
        "Code from property";
    OWN_SHAPES_NAME = "Naam uit eigenschap",
        "Name from property";
    OWN_SHAPES_NO_NAME = "(geen naam)",
        "(no name)";
    OWN_NEEDS_WORKER = "deze browser kan geen bestanden in de achtergrond lezen, en de atlas leest ze \
    alleen daar; gebruik een recente browser",
        "this browser cannot read files in the background, and the atlas reads them only there; use a \
    recent browser";
    OWN_BADGE = "Eigen tabel",
        "Own table";
    OWN_NOT_SHARED = "niet gedeeld: alleen in deze browser",
        "not shared: only in this browser";
    OWN_BACK = "Terug naar CBS-gegevens",
        "Back to CBS data";
    OWN_PREVIEW_HEADING = "Voorbeeld van je tabel",
        "Preview of your table";
    OWN_APPLY = "Laden",
        "Load";
    OWN_CANCEL = "Annuleren",
        "Cancel";
    OWN_CLOSE = "Sluiten",
        "Close";
    OWN_ERROR_HEADING = "Dit bestand kan de atlas niet gebruiken",
        "The atlas cannot use this file";
    OWN_ERROR_KEPT = "De kaart toont nog steeds dezelfde gegevens als daarvoor.",
        "The map still shows the same data as before.";
    OWN_LOST = "Deze link toonde een eigen tabel. Die wordt nergens bewaard of verstuurd: laad het \
    bestand opnieuw met \"Eigen tabel laden\".",
        "This link showed an own table. It is never stored or sent anywhere: load the \
    file again with \"Load your own table\".";
    OWN_READING = "Bestand lezen",
        "Reading file";
    OWN_UNREADABLE = "het bestand kon niet worden gelezen",
        "the file could not be read";
    OWN_READER_FAILED = "het lezen in de achtergrond mislukte; probeer het opnieuw",
        "reading in the background failed; try again";
    OWN_GROUPS_HEADING = "Herkomstgroepen en hun familie (geraden uit de naam; pas aan waar het niet klopt)",
        "Origin groups and their family (guessed from the name; correct where it is wrong)";
}

/// The footer's first words while an own table is on the map (the CBS line after it says
/// where the boundaries come from).
pub fn own_attribution(file: &str) -> String {
    match lang() {
        Lang::Nl => {
            format!("Aantallen op de kaart: eigen tabel {file}, alleen in deze browser. Daaronder de CBS-gegevens:")
        }
        Lang::En => format!("Counts on the map: own table {file}, only in this browser. Underneath, the CBS data:"),
    }
}

/// The footer's first words while own areas are on the map.
pub fn own_table_attribution(file: &str) -> String {
    match lang() {
        Lang::Nl => format!("Aantallen op de kaart: eigen tabel {file}, alleen in deze browser."),
        Lang::En => format!("Counts on the map: own table {file}, only in this browser."),
    }
}

/// "eigen.csv en wijken.geojson"
pub fn two_files(table: &str, shapes: &str) -> String {
    format!("{table} {} {shapes}", pick("en", "and"))
}

/// "wijken.geojson: 42 vormen (GeoJSON, omgezet uit RD), 40 getekend."
pub fn shapes_line(shapes: &OwnShapes) -> String {
    let kind = match shapes.kind {
        ShapeFileKind::GeoJson => "GeoJSON",
        ShapeFileKind::TopoJson { .. } => "TopoJSON",
    };
    match lang() {
        Lang::Nl => {
            let rd = if shapes.from_rd { ", omgezet uit Rijksdriehoekscoördinaten" } else { "" };
            format!(
                "{}: {} vormen ({kind}{rd}), {} getekend.",
                shapes.file,
                thousands(shapes.shapes as u64),
                thousands(shapes.drawn as u64)
            )
        }
        Lang::En => {
            let rd = if shapes.from_rd { ", converted from Dutch RD coordinates" } else { "" };
            let noun = if shapes.shapes == 1 { "shape" } else { "shapes" };
            format!(
                "{}: {} {noun} ({kind}{rd}), {} drawn.",
                shapes.file,
                thousands(shapes.shapes as u64),
                thousands(shapes.drawn as u64)
            )
        }
    }
}

/// "3 vormen hebben geen CBS-code en blijven weg (eerste: A1, A2)."
pub fn not_codes_line(count: usize, examples: &[String]) -> String {
    match lang() {
        Lang::Nl => format!(
            "{} vormen hebben geen CBS-gebiedscode en blijven weg (eerste: {}).",
            thousands(count as u64),
            examples.join(", ")
        ),
        Lang::En => {
            let (what, stays) = if count == 1 { ("shape has", "is") } else { ("shapes have", "are") };
            format!(
                "{} {what} no CBS area code and {stays} left out (first: {}).",
                thousands(count as u64),
                examples.join(", ")
            )
        }
    }
}

/// "2 vormen zijn te klein om te tekenen: BU…"
pub fn collapsed_line(codes: &[String]) -> String {
    let first: Vec<&str> = codes.iter().take(5).map(String::as_str).collect();
    match lang() {
        Lang::Nl => {
            format!("{} vormen zijn te klein om te tekenen ({}).", thousands(codes.len() as u64), first.join(", "))
        }
        Lang::En => {
            let what = if codes.len() == 1 { "shape is" } else { "shapes are" };
            format!("{} {what} too small to draw ({}).", thousands(codes.len() as u64), first.join(", "))
        }
    }
}

/// A property to choose, with examples: "wijkcode (WK999001, WK999002)".
pub fn property_choice(key: &str, examples: &[String]) -> String {
    if examples.is_empty() {
        key.to_string()
    } else {
        format!("{key} ({})", examples.join(", "))
    }
}

texts! {}
texts! {
    /// How the sources list credits a user's own files.
    OWN_PUBLISHER = "eigen bestand",
        "own file";
    OWN_LICENCE = "alleen in deze browser",
        "only in this browser";
}

/// The footer's line while own areas are on the map.
pub fn own_areas_attribution(shapes_file: &str, borrowed: bool) -> String {
    match lang() {
        Lang::Nl => {
            let rest = if borrowed { "; andere grenzen: CBS, Kadaster (CC BY 4.0)" } else { "" };
            format!("Gebieden: eigen bestand {shapes_file}{rest}")
        }
        Lang::En => {
            let rest = if borrowed { "; other boundaries: CBS, Kadaster (CC BY 4.0)" } else { "" };
            format!("Areas: own file {shapes_file}{rest}")
        }
    }
}

/// The layout in words.
pub fn layout_name(layout: TableLayout) -> &'static str {
    match layout {
        TableLayout::KwbCounts => pick("CBS kerncijfers (aantallen)", "CBS key figures (counts)"),
        TableLayout::KwbPercentages => {
            pick("CBS kerncijfers (percentages, benadering)", "CBS key figures (percentages, approximation)")
        }
        TableLayout::Wide => pick("breed: één kolom per groep", "wide: one column per group"),
        TableLayout::Long => pick("lang: één regel per gebied en groep", "long: one line per area and group"),
    }
}

/// The separator in words.
pub fn separator_name(separator: char) -> &'static str {
    match separator {
        ';' => pick("puntkomma (;)", "semicolon (;)"),
        ',' => pick("komma (,)", "comma (,)"),
        '\t' => "tab",
        _ => pick("onbekend", "unknown"),
    }
}

pub fn encoding_name(encoding: TextEncoding) -> &'static str {
    match encoding {
        TextEncoding::Utf8 => "UTF-8",
        TextEncoding::Windows1252 => pick("Windows-1252 (omgezet)", "Windows-1252 (converted)"),
    }
}

/// A family in words.
pub fn family_name(family: Family) -> &'static str {
    match family {
        Family::Dutch => pick("Nederlands", "Dutch background"),
        Family::Western => pick("westers", "Western"),
        Family::NonWestern => pick("niet-westers", "non-Western"),
        Family::Classic => pick("klassieke vier", "classic four"),
        Family::EasternEuropean => pick("Pools/Bulgaars/Roemeens", "Polish/Bulgarian/Romanian"),
        Family::NeighbourCountry => pick("buurland (Duitsland/België)", "neighbouring country (Germany/Belgium)"),
        Family::Expat => "expat",
        Family::Residual => pick("overig (veel herkomsten)", "other (many origins)"),
    }
}

/// A group's families in words ("onbekend" when the name was not recognised).
pub fn families_of(families: &[Family]) -> String {
    if families.is_empty() {
        pick(
            "onbekend: bij westers / niet-westers apart als \"overig (onbekend)\"",
            "unknown: shown separately as \"other (unknown)\" under Western / non-Western",
        )
        .into()
    } else {
        families.iter().map(|&f| family_name(f)).collect::<Vec<_>>().join(", ")
    }
}

/// How many of a level's areas in the file are on the map.
pub fn join_line(level_plural: &str, in_file: usize, on_map: usize, map_areas: usize) -> String {
    let mut chars = level_plural.chars();
    let level: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    match lang() {
        Lang::Nl => format!(
            "{level}: {} in het bestand, {} daarvan op de kaart (de kaart kent er {})",
            super::thousands(in_file as u64),
            super::thousands(on_map as u64),
            super::thousands(map_areas as u64)
        ),
        Lang::En => format!(
            "{level}: {} in the file, {} of them on the map (the map has {})",
            super::thousands(in_file as u64),
            super::thousands(on_map as u64),
            super::thousands(map_areas as u64)
        ),
    }
}

pub fn unknown_line(count: usize, examples: &[String]) -> String {
    match lang() {
        Lang::Nl => format!(
            "{} gebieden staan niet op de kaart, bijvoorbeeld {}",
            super::thousands(count as u64),
            examples.join(", ")
        ),
        Lang::En => {
            let what = if count == 1 { "area is" } else { "areas are" };
            format!("{} {what} not on the map, for example {}", super::thousands(count as u64), examples.join(", "))
        }
    }
}

pub fn summed_line(count: usize) -> String {
    match lang() {
        Lang::Nl => {
            let areas = if count == 1 { "hoger gebied" } else { "hogere gebieden" };
            format!("{} {areas} opgeteld uit hun delen (alle delen staan in het bestand)", thousands(count as u64))
        }
        Lang::En => {
            let (areas, its) = if count == 1 { ("higher area", "its") } else { ("higher areas", "their") };
            format!("{} {areas} summed from {its} parts (all parts are in the file)", thousands(count as u64))
        }
    }
}

/// "Niet opgeteld, want het bestand heeft maar een deel: 's-Gravenhage (10 van de 44 wijken)."
pub fn partial_line(parents: &[(String, &'static str, usize, usize)]) -> String {
    let listed: Vec<String> = parents
        .iter()
        .take(5)
        .map(|(name, parts, have, of)| match lang() {
            Lang::Nl => format!("{name} ({} van de {} {parts})", thousands(*have as u64), thousands(*of as u64)),
            Lang::En => format!("{name} ({} of the {} {parts})", thousands(*have as u64), thousands(*of as u64)),
        })
        .collect();
    let rest = parents.len().saturating_sub(5);
    match lang() {
        Lang::Nl => {
            let more = if rest > 0 { format!(" en {} meer", thousands(rest as u64)) } else { String::new() };
            format!("Niet opgeteld, want het bestand heeft maar een deel van hun delen: {}{more}.", listed.join(", "))
        }
        Lang::En => {
            let more = if rest > 0 { format!(" and {} more", thousands(rest as u64)) } else { String::new() };
            format!("Not summed, because the file has only some of their parts: {}{more}.", listed.join(", "))
        }
    }
}

/// "2 vormen hebben geen regel in de tabel: op de kaart zonder cijfers (eerste: …)."
pub fn shapes_without_row_line(count: usize, examples: &[String]) -> String {
    match lang() {
        Lang::Nl => format!(
            "{} vormen hebben geen regel in de tabel: ze staan op de kaart zonder cijfers (eerste: {}).",
            thousands(count as u64),
            examples.join(", ")
        ),
        Lang::En => {
            let (what, it) = if count == 1 { ("shape has", "it is") } else { ("shapes have", "they are") };
            format!(
                "{} {what} no line in the table: {it} on the map without figures (first: {}).",
                thousands(count as u64),
                examples.join(", ")
            )
        }
    }
}

/// "1 gebied heeft geen vorm (geometry is leeg) en blijft weg: BU…"
pub fn no_geometry_line(codes: &[String]) -> String {
    let first: Vec<&str> = codes.iter().take(5).map(String::as_str).collect();
    match lang() {
        Lang::Nl => {
            let (what, stays) =
                if codes.len() == 1 { ("gebied heeft", "blijft") } else { ("gebieden hebben", "blijven") };
            format!(
                "{} {what} geen vorm (lege geometry) en {stays} weg: {}.",
                thousands(codes.len() as u64),
                first.join(", ")
            )
        }
        Lang::En => {
            let (what, stays) = if codes.len() == 1 { ("area has", "is") } else { ("areas have", "are") };
            format!(
                "{} {what} no shape (empty geometry) and {stays} left out: {}.",
                thousands(codes.len() as u64),
                first.join(", ")
            )
        }
    }
}
