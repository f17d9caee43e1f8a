//! The Dutch text about a table of the user's own: loading, the preview, messages.

use super::thousands;
use atlas_core::formats::{ShapeFileKind, TableLayout, TextEncoding};
use atlas_core::model::Family;
use atlas_core::own_table::OwnShapes;

pub const OWN_LOAD: &str = "Eigen tabel laden";
pub const OWN_LOAD_HINT: &str = "Een CSV-bestand met aantallen per herkomstgroep per gemeente, wijk of buurt. Het \
    bestand blijft in je browser: er wordt niets verstuurd of bewaard.";
/// What the file input offers: tables and shape files.
pub const OWN_ACCEPT: &str =
    ".csv,.tsv,.txt,text/csv,text/tab-separated-values,.geojson,.topojson,.json,application/geo+json,application/json";
pub const OWN_DROP_HINT: &str =
    "Laat los om je tabel te lezen (met een GeoJSON- of TopoJSON-bestand erbij voor eigen gebieden)";
pub const OWN_SHAPES_ALONE: &str = "Een kaartbestand alleen heeft geen aantallen: kies het samen met je tabel (twee \
    bestanden tegelijk), of voeg het toe in het voorbeeld van de tabel.";
pub const OWN_TOO_MANY: &str = "Kies één tabel, en eventueel één GeoJSON- of TopoJSON-bestand met de gebieden erbij.";
pub const OWN_SHAPES_HEADING: &str = "Eigen gebieden";
pub const OWN_SHAPES_ADD: &str = "Gebieden toevoegen (GeoJSON of TopoJSON)";
pub const OWN_SHAPES_ADD_HINT: &str = "Zonder kaartbestand komen de cijfers op de CBS-gebieden van de atlas. Met een \
    kaartbestand tekent de atlas jouw gebieden, gekoppeld op de code.";
pub const OWN_SHAPES_DROP: &str = "Gebieden weglaten";
pub const OWN_SHAPES_CODE: &str = "Code uit eigenschap";
pub const OWN_SHAPES_NAME: &str = "Naam uit eigenschap";
pub const OWN_SHAPES_NO_NAME: &str = "(geen naam)";
pub const OWN_SHAPES_NEED_WORKER: &str = "deze browser kan geen bestanden in de achtergrond lezen, en \
    kaartbestanden leest de atlas alleen daar; laad de tabel zonder kaartbestand, of gebruik een recente browser";
pub const OWN_WAIT: &str = "De gebieden worden nog geladen; probeer het zo opnieuw.";
pub const OWN_BADGE: &str = "Eigen tabel";
pub const OWN_NOT_SHARED: &str = "niet gedeeld: alleen in deze browser";
pub const OWN_BACK: &str = "Terug naar CBS-gegevens";
pub const OWN_PREVIEW_HEADING: &str = "Voorbeeld van je tabel";
pub const OWN_APPLY: &str = "Laden";
pub const OWN_CANCEL: &str = "Annuleren";
pub const OWN_CLOSE: &str = "Sluiten";
pub const OWN_ERROR_HEADING: &str = "Dit bestand kan de atlas niet gebruiken";
pub const OWN_ERROR_KEPT: &str = "De kaart toont nog steeds dezelfde gegevens als daarvoor.";
pub const OWN_LOST: &str = "Deze link toonde een eigen tabel. Die wordt nergens bewaard of verstuurd: laad het \
    bestand opnieuw met \"Eigen tabel laden\".";
pub const OWN_READING: &str = "Bestand lezen";
pub const OWN_UNREADABLE: &str = "het bestand kon niet worden gelezen";
pub const OWN_READER_FAILED: &str = "het lezen in de achtergrond mislukte; probeer het opnieuw";
pub const OWN_GROUPS_HEADING: &str =
    "Herkomstgroepen en hun familie (geraden uit de naam; pas aan waar het niet klopt)";

/// The footer's first words while an own table is on the map (the CBS line after it says
/// where the boundaries come from).
pub fn own_attribution(file: &str) -> String {
    format!("Aantallen op de kaart: eigen tabel {file}, alleen in deze browser. Daaronder de CBS-gegevens:")
}

/// The footer's first words while own areas are on the map.
pub fn own_table_attribution(file: &str) -> String {
    format!("Aantallen op de kaart: eigen tabel {file}, alleen in deze browser.")
}

/// "eigen.csv en wijken.geojson"
pub fn two_files(table: &str, shapes: &str) -> String {
    format!("{table} en {shapes}")
}

/// "wijken.geojson: 42 vormen (GeoJSON, omgezet uit RD), 40 getekend."
pub fn shapes_line(shapes: &OwnShapes) -> String {
    let kind = match shapes.kind {
        ShapeFileKind::GeoJson => "GeoJSON",
        ShapeFileKind::TopoJson { .. } => "TopoJSON",
    };
    let rd = if shapes.from_rd { ", omgezet uit Rijksdriehoekscoördinaten" } else { "" };
    format!(
        "{}: {} vormen ({kind}{rd}), {} getekend.",
        shapes.file,
        thousands(shapes.shapes as u64),
        thousands(shapes.drawn as u64)
    )
}

/// "3 vormen hebben geen CBS-code en blijven weg (eerste: A1, A2)."
pub fn not_codes_line(count: usize, examples: &[String]) -> String {
    format!(
        "{} vormen hebben geen CBS-gebiedscode en blijven weg (eerste: {}).",
        thousands(count as u64),
        examples.join(", ")
    )
}

/// "2 vormen zijn te klein om te tekenen: BU…"
pub fn collapsed_line(codes: &[String]) -> String {
    let first: Vec<&str> = codes.iter().take(5).map(String::as_str).collect();
    format!("{} vormen zijn te klein om te tekenen ({}).", thousands(codes.len() as u64), first.join(", "))
}

/// A property to choose, with examples: "wijkcode (WK999001, WK999002)".
pub fn property_choice(key: &str, examples: &[String]) -> String {
    if examples.is_empty() {
        key.to_string()
    } else {
        format!("{key} ({})", examples.join(", "))
    }
}

/// How the sources list credits a user's own files.
pub const OWN_PUBLISHER: &str = "eigen bestand";
pub const OWN_LICENCE: &str = "alleen in deze browser";

/// The footer's line while own areas are on the map.
pub fn own_areas_attribution(shapes_file: &str, borrowed: bool) -> String {
    let rest = if borrowed { "; andere grenzen: CBS, Kadaster (CC BY 4.0)" } else { "" };
    format!("Gebieden: eigen bestand {shapes_file}{rest}")
}

/// The layout in words.
pub fn layout_name(layout: TableLayout) -> &'static str {
    match layout {
        TableLayout::KwbCounts => "CBS kerncijfers (aantallen)",
        TableLayout::KwbPercentages => "CBS kerncijfers (percentages, benadering)",
        TableLayout::Wide => "breed: één kolom per groep",
        TableLayout::Long => "lang: één regel per gebied en groep",
    }
}

/// The separator in words.
pub fn separator_name(separator: char) -> &'static str {
    match separator {
        ';' => "puntkomma (;)",
        ',' => "komma (,)",
        '\t' => "tab",
        _ => "onbekend",
    }
}

pub fn encoding_name(encoding: TextEncoding) -> &'static str {
    match encoding {
        TextEncoding::Utf8 => "UTF-8",
        TextEncoding::Windows1252 => "Windows-1252 (omgezet)",
    }
}

/// A family in words.
pub fn family_name(family: Family) -> &'static str {
    match family {
        Family::Dutch => "Nederlands",
        Family::Western => "westers",
        Family::NonWestern => "niet-westers",
        Family::Classic => "klassieke vier",
        Family::EasternEuropean => "Pools/Bulgaars/Roemeens",
        Family::NeighbourCountry => "buurland (Duitsland/België)",
        Family::Expat => "expat",
        Family::Residual => "overig (veel herkomsten)",
    }
}

/// A group's families in words ("onbekend" when the name was not recognised).
pub fn families_of(families: &[Family]) -> String {
    if families.is_empty() {
        "onbekend: bij westers / niet-westers apart als \"overig (onbekend)\"".into()
    } else {
        families.iter().map(|&f| family_name(f)).collect::<Vec<_>>().join(", ")
    }
}

/// How many of a level's areas in the file are on the map.
pub fn join_line(level_plural: &str, in_file: usize, on_map: usize, map_areas: usize) -> String {
    let mut chars = level_plural.chars();
    let level: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    format!(
        "{level}: {} in het bestand, {} daarvan op de kaart (de kaart kent er {})",
        super::thousands(in_file as u64),
        super::thousands(on_map as u64),
        super::thousands(map_areas as u64)
    )
}

pub fn unknown_line(count: usize, examples: &[String]) -> String {
    format!("{} gebieden staan niet op de kaart, bijvoorbeeld {}", super::thousands(count as u64), examples.join(", "))
}

pub fn summed_line(count: usize) -> String {
    let areas = if count == 1 { "hoger gebied" } else { "hogere gebieden" };
    format!("{count} {areas} opgeteld uit hun delen (alle delen staan in het bestand)")
}

/// "Niet opgeteld, want het bestand heeft maar een deel: 's-Gravenhage (10 van de 44 wijken)."
pub fn partial_line(parents: &[(String, &'static str, usize, usize)]) -> String {
    let listed: Vec<String> =
        parents.iter().take(5).map(|(name, parts, have, of)| format!("{name} ({have} van de {of} {parts})")).collect();
    let more = if parents.len() > 5 { format!(" en {} meer", parents.len() - 5) } else { String::new() };
    format!("Niet opgeteld, want het bestand heeft maar een deel van hun delen: {}{more}.", listed.join(", "))
}

/// "2 vormen hebben geen regel in de tabel: op de kaart zonder cijfers (eerste: …)."
pub fn shapes_without_row_line(count: usize, examples: &[String]) -> String {
    format!(
        "{} vormen hebben geen regel in de tabel: ze staan op de kaart zonder cijfers (eerste: {}).",
        thousands(count as u64),
        examples.join(", ")
    )
}

/// "1 gebied heeft geen vorm (geometry is leeg) en blijft weg: BU…"
pub fn no_geometry_line(codes: &[String]) -> String {
    let first: Vec<&str> = codes.iter().take(5).map(String::as_str).collect();
    let what = if codes.len() == 1 { "gebied heeft" } else { "gebieden hebben" };
    format!("{} {what} geen vorm (lege geometry) en blijft weg: {}.", thousands(codes.len() as u64), first.join(", "))
}
