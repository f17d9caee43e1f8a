//! Every text the UI shows, in Dutch, in one place (English comes later), and number formats.

pub mod lesson;
mod own_table;
use crate::state::MapMode;
use atlas_core::bundle::Dataset;
use atlas_core::measures::Undefined;
use atlas_core::model::Level;
use atlas_core::notation;
pub use own_table::*;

pub const TITLE: &str = "Diversiteitsatlas";
pub const SUBTITLE: &str = "Hoe divers naar herkomst is Nederland, van land tot buurt?";
pub const LOADING: &str = "Gegevens laden…";
/// What the atlas is, shown while it loads.
pub const INTRO: &str = "De Diversiteitsatlas laat voor heel Nederland, elke gemeente, wijk en buurt zien \
    hoe groot de kans is dat twee willekeurige inwoners een verschillende herkomst hebben. Alles wordt in je \
    browser berekend uit cijfers van het CBS; er gaat niets naar een server.";
pub const LOAD_FAILED: &str = "De kaartgegevens konden niet worden geladen.";
pub const LOAD_FAILED_HINT: &str =
    "Laad de pagina opnieuw. Blijft dit zo, dan ontbreekt het gegevensbestand atlas.bin op de \
     server of is het van een andere versie: de beheerder kan het opnieuw maken met `atlas build-data`.";
pub const NOT_A_FIRST_PART: &str = "atlas.bin is niet het eerste deel van de gegevens (is het van een andere versie?).";
pub const PART_LOADING: &str = "Grenzen van dit niveau laden…";
pub const COUNTRY: &str = "Nederland";
pub const SEARCH_LABEL: &str = "Zoek een gemeente, wijk of buurt";
pub const SEARCH_PLACEHOLDER: &str = "Bijv. Den Haag of Overvecht";
pub const SEARCH_NONE: &str = "Geen gebied gevonden.";
pub const SEARCH_MORE: &str = "Meer gebieden passen: typ verder om te kiezen.";
pub const LEVEL_LABEL: &str = "Kaart van alle";
pub const INDEX_HEADING: &str = "Diversiteitsindex";
pub const LEGEND_NO_DATA: &str = "geen of te weinig gegevens";
pub const RANKING_HEADING: &str = "Ranglijst";
pub const COL_NAME: &str = "Naam";
pub const COL_RESIDENTS: &str = "Inwoners";
pub const COL_INDEX: &str = "Index";
pub const NO_SHAPE: &str = "geen grens op de kaart";
pub const RESIDENTS: &str = "Inwoners";
pub const MIGRATION_SHARE: &str = "Met migratieachtergrond";
pub const EFFECTIVE_GROUPS: &str = "Effectief aantal groepen";
pub const EFFECTIVE_GROUPS_EXPLAIN: &str = "Zoveel even grote groepen zouden samen even divers zijn als dit gebied \
     (1 gedeeld door de kans dat twee inwoners dezelfde herkomst hebben).";
pub const MIGRATION_EXPLAIN: &str = "Zelf in het buitenland geboren, of minstens één ouder die in het buitenland \
     geboren is (zo telt het CBS).";
pub const WESTERN_TERM: &str = "Wat is 'westers'?";
pub const WESTERN_EXPLAIN: &str = "Het CBS noemde tot 2022 herkomst uit Europa (zonder Turkije), Noord-Amerika, \
     Oceanië, Indonesië en Japan 'westers', de rest 'niet-westers'. Die oude indeling ziet veel verschil niet.";
pub const LARGEST_MINORITY: &str = "Grootste groep naast Nederlandse achtergrond";
pub const COMPOSITION: &str = "Samenstelling naar herkomst";
pub const THRESHOLD_LABEL: &str = "Minimum aantal inwoners om een gebied te tonen";
pub const THRESHOLD_WHY: &str =
    "Een aandeel berekend over een handvol mensen zegt meer over die mensen dan over het gebied. \
     Gebieden met minder inwoners krijgen daarom geen kleur en geen plaats in de ranglijst. Lager dan 50 kan niet.";
pub const EXPLAIN_HEADING: &str = "Wat betekent het getal?";
pub const EXPLAIN_1: &str = "De diversiteitsindex is de kans dat twee willekeurig gekozen inwoners van een gebied \
     een verschillende herkomst hebben. 0% betekent dat iedereen tot dezelfde herkomstgroep hoort; hoe hoger, \
     hoe meer verschillende groepen er naast elkaar wonen.";
pub const EXPLAIN_2: &str = "De WRR noemt dit getal in 'De nieuwe verscheidenheid' (2018) de HHI. \
     Strikt genomen meet de Herfindahl-Hirschman-index juist concentratie (de kans dat twee inwoners dezelfde \
     herkomst hebben); de diversiteitsindex is 1 min die kans. Ecologen die soorten tellen kennen hetzelfde getal \
     als de Gini-Simpson-index.";
/// The ceiling the number of groups puts on the index.
pub fn explain_3(groups: usize, own: bool) -> String {
    let whose = if own { "in je tabel" } else { "van het CBS" };
    let ceiling = if groups > 0 { 1.0 - 1.0 / groups as f64 } else { 0.0 };
    format!(
        "Met de {groups} herkomstgroepen {whose} kan de index hooguit {} worden (1 − 1/{groups}). Wie meer groepen \
         onderscheidt (bijvoorbeeld per land), vindt hogere waarden.",
        percent(ceiling)
    )
}
/// What white inside the drawn area means, and (for buurten) why shapes look coarse.
pub fn white_gaps(level: Level) -> String {
    let coarse = if level == Level::Buurt {
        " Buurtgrenzen buiten Amsterdam komen uit 2014, op een raster van ongeveer 300 m: de vormen zijn grof."
    } else {
        ""
    };
    format!(
        "Zonder kleur (wit of lichtgrijs): daar staat geen {} op de kaart (de grens ontbreekt of past niet bij de cijfers van 2022).{coarse}",
        level_singular(level)
    )
}

/// The sentence on the map when none of the scope's parts has a shape.
pub fn no_shapes_on_map(level: Level, scope: &str, count: usize) -> String {
    format!(
        "De {count} {} van {scope} staan niet op de kaart: hun grenzen ontbreken of passen niet bij de cijfers van 2022. \
         Hun cijfers staan in de ranglijst.",
        level_plural(level)
    )
}
pub const MODE_LABEL: &str = "Kleur naar";
pub const MODE_DIVERSITY: &str = "diversiteit";
pub const MODE_TYPOLOGY: &str = "typologie";
pub const TYPOLOGY_HEADING: &str = "Typologie (WRR 2018)";
pub const TYPOLOGY_PICK: &str = "Klik op een gemeente om te zien waarom ze bij haar type hoort.";
pub const TYPOLOGY_WHY: &str = "Waarom dit type?";
pub const TYPOLOGY_ALL_RULES: &str = "Alle regels voor deze gemeente, in volgorde";
pub const RUNNER_UP: &str = "Daarna het dichtst bij: ";
pub const APPROXIMATE: &str = "Benadering: ";
pub const APPROXIMATE_MARK: &str =
    "* bepaald met een benadering: de tabel kent de herkomstgroepen niet die het type beschrijven.";
/// The note when the table cannot tell some finer European or expat groups apart: which,
/// and which types are therefore approximated.
pub fn typology_coarse_data(groups: usize, detail: atlas_core::typology::Detail) -> String {
    let missing: Vec<(&str, &str)> = [
        (detail.eastern_european, "Poolse, Bulgaarse en Roemeense", "tuinbouwgemeenten"),
        (detail.neighbour_country, "Duitse en Belgische", "grensgemeenten"),
        (detail.expat, "Angelsaksische en andere expat-", "expatgemeenten"),
    ]
    .into_iter()
    .filter(|(has, _, _)| !has)
    .map(|(_, people, kind)| (people, kind))
    .collect();
    let join = |parts: Vec<&str>| match parts.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} en {last}", rest.join(", ")),
        None => String::new(),
    };
    format!(
        "Deze tabel heeft {groups} herkomstgroepen en onderscheidt {} inwoners niet apart. {} zijn daarom benaderd \
         met de ligging en de mix van groepen; zo'n uitkomst is gemarkeerd als benadering.",
        join(missing.iter().map(|m| m.0).collect()),
        capitalised(&join(missing.iter().map(|m| m.1).collect()))
    )
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The note while an own table is on the typology: which gemeenten it can classify.
pub fn own_typology_note(classified: usize, gemeenten: usize) -> String {
    format!(
        "De typologie deelt gemeenten in op hun eigen cijfers. Je tabel geeft die voor {} van de {} gemeenten; de \
         andere blijven grijs. Een tabel van wijken of buurten telt mee voor een gemeente zodra al haar wijken erin staan.",
        thousands(classified as u64),
        thousands(gemeenten as u64)
    )
}
pub const THRESHOLDS_HEADING: &str = "Drempels (schuif om opnieuw in te delen)";
pub const RESET_THRESHOLDS: &str = "Standaardwaarden";
pub const TYPE_LISTS_HEADING: &str = "Gemeenten per type";
pub const JOIN_HEADING: &str = "Wat niet op de kaart staat";
pub const ROUNDING_NOTE: &str =
    "Het CBS rondt aantallen in wijken en buurten af op vijftallen; aandelen zijn berekend over de som van de groepen.";
pub const OWN_SHARES_NOTE: &str = "Aandelen zijn berekend over de som van de groepen in je eigen tabel.";

pub const YEAR_LABEL: &str = "Jaar";
pub const GROUPS_LABEL: &str = "Herkomstgroepen";
pub const LENS_LABEL: &str = "Blik";
pub const SINCE_LABEL: &str = "sinds";
pub const NO_EARLIER_YEAR: &str = "Er is geen eerder jaar om mee te vergelijken (kies een later jaar).";
pub const LENS_HEADING: &str = "Oude blik, nieuwe blik";
pub const APPROXIMATE_FIGURES: &str =
    "Benadering: deze cijfers zijn herbouwd uit hele procenten (±0,5 procentpunt per groep).";
pub const GAP_HEADING: &str = "Wat de oude blik verbergt";
pub const GAP_EXPLAIN: &str = "Verschil in indexpunten tussen alle groepen (18 per gemeente, 7 per wijk en buurt) \
     en alleen westers / niet-westers.";
/// The same for a table of one's own.
pub fn gap_explain_own(groups: usize) -> String {
    format!("Verschil in indexpunten tussen de {groups} groepen van je tabel en alleen westers / niet-westers.")
}
pub const CHANGE_HEADING: &str = "Verandering van de index";
pub const COMPOSITION_TABLE_GROUP: &str = "Groep";

/// What a map mode colours, on its button.
pub fn mode_label(mode: MapMode) -> &'static str {
    match mode {
        MapMode::Diversity => MODE_DIVERSITY,
        MapMode::Typology => MODE_TYPOLOGY,
        MapMode::LensGap => "oude vs. nieuwe blik",
        MapMode::Change => "verandering",
    }
}

/// A year in the year choice: "2017 (benadering)".
pub fn year_option(year: u16, approximate: bool) -> String {
    if approximate {
        format!("{year} (benadering)")
    } else {
        year.to_string()
    }
}

/// The KWB groups in the group choice.
pub fn kwb_groups_option(groups: usize) -> String {
    format!("{groups} groepen (CBS kerncijfers, tot op buurt)")
}

/// A finer table in the group choice, e.g. "18 groepen (CBS 84910, gemeenten)".
pub fn finest_groups_option(dataset: &Dataset) -> String {
    format!("{} groepen ({}, gemeenten)", dataset.table.groups().len(), dataset.label)
}

/// Which groups a figure uses, said next to it.
pub fn groups_note(groups: usize, dataset: Option<&Dataset>) -> String {
    match dataset {
        Some(d) if d.table.groups().len() == groups && groups > 7 => format!(
            "Met de {groups} groepen van {} ({}): Nederlands, de grootste herkomstlanden en 'overig'. \
             Niet dezelfde 18 als in het WRR-rapport, dat vooral regio's gebruikte.",
            d.label, d.year
        ),
        _ => format!("Met {groups} herkomstgroepen."),
    }
}

/// The old lens against the new one, in words.
pub fn lens_sentence(old: f64, new: f64, new_groups: usize) -> String {
    let hidden = ((new - old) * 100.0).round() as i64;
    let unit = if hidden == 1 { "procentpunt" } else { "procentpunten" };
    format!(
        "Met alleen westers / niet-westers is de kans {}; met {new_groups} groepen {}. De oude blik verbergt {hidden} {unit} diversiteit.",
        percent(old),
        percent(new),
    )
}

/// Why a level cannot be chosen with the figures on screen.
pub fn level_unavailable(level: Level) -> String {
    format!(
        "Deze cijfers zijn er niet per {}; kies een ander jaar, andere groepen of een andere kaart.",
        level_singular(level)
    )
}

/// A gemeente whose count differs between two tables of the same day.
pub fn difference_note(name: &str, frame: Option<u32>, other: Option<u32>, absorbed: &[String]) -> String {
    match (frame, other) {
        (Some(_), None) => format!("{name} ontbreekt in deze tabel."),
        (Some(f), Some(o)) if !absorbed.is_empty() => format!(
            "Deze tabel telt {name} samen met {}: {} inwoners, tegen {} in de kerncijfers.",
            absorbed.join(", "),
            thousands(u64::from(o)),
            thousands(u64::from(f))
        ),
        (Some(f), Some(o)) => format!(
            "Deze tabel telt hier {} inwoners, de kerncijfers {}.",
            thousands(u64::from(o)),
            thousands(u64::from(f))
        ),
        _ => format!("{name}: de tabellen verschillen."),
    }
}

/// "gemeenten", "wijken", "buurten".
pub fn level_plural(level: Level) -> &'static str {
    match level {
        Level::Land => "land",
        Level::Gemeente => "gemeenten",
        Level::Wijk => "wijken",
        Level::Buurt => "buurten",
    }
}

pub fn level_singular(level: Level) -> &'static str {
    match level {
        Level::Land => "land",
        Level::Gemeente => "gemeente",
        Level::Wijk => "wijk",
        Level::Buurt => "buurt",
    }
}

/// The note under the ranking about areas listed without rank.
pub fn unranked_note(count: usize, level: Level) -> String {
    let noun = if count == 1 { level_singular(level) } else { level_plural(level) };
    let verb = if count == 1 { "staat" } else { "staan" };
    format!("{count} {noun} zonder (voldoende) gegevens {verb} onderaan, zonder plaats in de ranglijst.")
}

/// The index in plain words.
pub fn chance_sentence(index: f64) -> String {
    format!("De kans dat twee willekeurige inwoners een verschillende herkomst hebben: {}", percent(index))
}

/// Why an area has no colour.
pub fn undefined_reason(why: Undefined) -> String {
    match why {
        Undefined::NoResidents => "Hier wonen geen mensen; de index bestaat niet.".into(),
        Undefined::UnknownCounts => {
            "De tabel laat (een deel van) de aantallen open: geheimgehouden of niet gemeten.".into()
        }
        Undefined::NotInTable => "Deze tabel heeft geen cijfers voor dit gebied.".into(),
        Undefined::BelowThreshold { residents, threshold } => {
            format!(
                "Te weinig inwoners ({}) om te tonen; de grens staat op {}.",
                thousands(u64::from(residents)),
                threshold
            )
        }
    }
}

/// The tooltip over a part of an area that has no shape at the level drawn.
pub fn gap_hover(level: Level) -> String {
    format!("Hier staat geen {} op de kaart: de grens ontbreekt of past niet bij de cijfers.", level_singular(level))
}

/// Why an area has no place in the ranking.
pub fn unranked_reason(why: crate::ranking::Unranked) -> String {
    match why {
        crate::ranking::Unranked::Undefined(why) => undefined_reason(why),
        crate::ranking::Unranked::NoComparison => "Geen vergelijking: de andere tabel heeft dit gebied niet.".into(),
    }
}

/// The change of an area's index between two years, in words.
pub fn change_sentence(since: u16, year: u16, groups: usize, change: Option<f64>) -> String {
    match change {
        Some(change) => {
            format!("Verandering van {since} tot {year}: {} (met {groups} groepen van de kerncijfers).", points(change))
        }
        None => format!("Geen vergelijking met {since}: een van beide jaren heeft hier geen (voldoende) cijfers."),
    }
}

/// The heading of the ranking's value column.
pub const EMBED: &str = "Insluiten";
pub const EMBED_HINT: &str = "Deze kaart op je eigen website zetten";
pub const EMBED_HEADING: &str = "Deze kaart insluiten";
pub const EMBED_EXPLAIN: &str =
    "Plak deze code in de HTML van je eigen pagina. De kaart toont wat je nu ziet (gebied, \
    niveau, blik, kleur); bezoekers kunnen er zelf op verder.";
pub const EMBED_TITLE: &str = "Diversiteitsatlas: hoe divers naar herkomst";
pub const EMBED_HEIGHT: &str = "Hoogte";
pub const EMBED_LEGEND: &str = "Legenda";
pub const EMBED_PANEL: &str = "Paneel met cijfers";
pub const EMBED_CODE: &str = "Code";
pub const EMBED_COPY: &str = "Kopiëren";
pub const EMBED_COPIED: &str = "Gekopieerd";
pub const EMBED_API: &str = "Voor ontwikkelaars: met host=<jouw origin> in de src kan je pagina de kaart sturen en \
    hoort ze welk gebied gekozen is (zie docs/embed.md).";
pub const EMBED_OPEN: &str = "Open in de Diversiteitsatlas";
pub const CSV_DOWNLOAD: &str = "CSV";
pub const PNG_DOWNLOAD: &str = "PNG";
pub const SVG_DOWNLOAD: &str = "SVG";
pub const SVG_HINT: &str = "De kaart als vectorbestand (SVG), met titel, legenda en bron, om verder te bewerken";
pub const PNG_HINT: &str = "De kaart als afbeelding, met titel, legenda en bron (gemaakt in je browser)";

/// "Diversiteitsindex: 's-Gravenhage, wijken"
pub fn export_title(heading: &str, place: &str, level: Level) -> String {
    format!("{heading}: {place}, {}", level_plural(level))
}

/// The source line under an exported map.
pub fn export_source(attribution: &str, own_table: Option<&str>, date: &str) -> String {
    let own = own_table.map_or_else(String::new, |file| format!("Aantallen: eigen tabel {file}. "));
    format!("{own}{attribution}. Kaart: Diversiteitsatlas, {date}.")
}
pub const CSV_HINT: &str = "De ranglijst als CSV-bestand voor een spreadsheet (gemaakt in je browser)";

/// The CSV's header: what the value column holds depends on what the map colours.
pub fn csv_header(mode: MapMode) -> [String; 6] {
    let value = match mode {
        MapMode::LensGap => "verborgen door de oude blik (procentpunten)",
        MapMode::Change => "verandering (procentpunten)",
        MapMode::Diversity | MapMode::Typology => "index (%)",
    };
    ["rang", "code", "naam", "inwoners", value, "opmerking"].map(str::to_string)
}

pub fn value_column(mode: MapMode) -> &'static str {
    match mode {
        MapMode::LensGap => "Verborgen",
        MapMode::Change => "Verandering",
        MapMode::Diversity | MapMode::Typology => COL_INDEX,
    }
}

/// A difference of index values in points, "+4 punten", "−2 punten".
pub fn points(difference: f64) -> String {
    let p = (difference * 100.0).round() as i64;
    match p {
        0 => "0 punten".into(),
        1 => "+1 punt".into(),
        -1 => "−1 punt".into(),
        p if p > 0 => format!("+{p} punten"),
        p => format!("−{} punten", -p),
    }
}

/// A share as a whole percentage, "74%".
pub fn percent(share: f64) -> String {
    notation::percent(share, 0)
}

/// A share with one decimal below 10%, "0,4%", else whole, "12%": small groups stay visible.
pub fn percent_fine(share: f64) -> String {
    notation::percent(share, usize::from(share < 0.1))
}

pub use atlas_core::notation::thousands;

/// A decimal with a comma, "2,4".
pub fn decimal(value: f64) -> String {
    notation::decimal(value, 1)
}

/// A decimal with a comma and `places` decimals.
pub fn notation_decimal(value: f64, places: usize) -> String {
    notation::decimal(value, places)
}

/// Progress while loading, "1,2 van 1,5 MB".
pub fn progress(loaded: u64, total: Option<u64>) -> String {
    let mb = |n: u64| decimal(n as f64 / 1_000_000.0);
    match total {
        Some(total) => format!("{LOADING} {} van {} MB", mb(loaded), mb(total)),
        None => format!("{LOADING} {} MB", mb(loaded)),
    }
}

/// The attribution line: source, the years of the counts and of the boundaries per level.
pub fn attribution(source: &str, count_years: &[u16], boundary_years: &[(Level, Vec<u16>)]) -> String {
    let years: Vec<String> = boundary_years
        .iter()
        .map(|(level, years)| {
            let years: Vec<String> = years.iter().map(u16::to_string).collect();
            format!("{} {}", level_plural(*level), years.join(" en "))
        })
        .collect();
    let counts: Vec<String> = count_years.iter().map(u16::to_string).collect();
    format!("{source}. Aantallen: 1 januari {}. Grenzen: {}.", counts.join(", "), years.join("; "))
}

pub const SOURCES_HEADING: &str = "Bronnen";
pub const WHICH: &str = "welke?";

/// "Wijken: 3.326 van de 3.340 op de kaart (3.326 met grenzen van 2022)."
pub fn drawn_sentence(level: Level, drawn: u32, total: usize, per_year: &[(u16, u32)]) -> String {
    let years: Vec<String> =
        per_year.iter().map(|(year, n)| format!("{} met grenzen van {year}", thousands(u64::from(*n)))).collect();
    let mut noun = level_plural(level).to_string();
    noun[..1].make_ascii_uppercase();
    let rest = total.saturating_sub(drawn as usize);
    let missing = if rest == 0 {
        String::new()
    } else {
        format!(
            " {} staan niet op de kaart: hun grens ontbreekt of past niet bij de cijfers van 2022.",
            thousands(rest as u64)
        )
    };
    format!(
        "{noun}: {} van de {} op de kaart ({}).{missing}",
        thousands(u64::from(drawn)),
        thousands(total as u64),
        years.join(", ")
    )
}

/// Why a gemeente's areas of a level are not on the map, in plain words.
pub fn left_out_sentence(gemeente: &str, level: Level, year: u16, matching: u32, areas: u32) -> String {
    let (noun, singular) = (level_plural(level), level_singular(level));
    format!(
        "{gemeente}: de {singular}grenzen van {year} passen bij {matching} van de {areas} {noun}; \
         de kaart toont daarom geen {noun} van deze gemeente (een half passende kaart zou misleiden)."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_number_formats() {
        assert_eq!(thousands(17_590_672), "17.590.672");
        assert_eq!(thousands(999), "999");
        assert_eq!(percent(0.7449), "74%");
        assert_eq!(decimal(2.44), "2,4");
        assert!(chance_sentence(0.5).ends_with("verschillende herkomst hebben: 50%"));
        assert!(undefined_reason(Undefined::BelowThreshold { residents: 1234, threshold: 2000 }).contains("1.234"));
        assert_eq!(
            drawn_sentence(Level::Wijk, 3326, 3340, &[(2022, 3326)]),
            "Wijken: 3.326 van de 3.340 op de kaart (3.326 met grenzen van 2022). 14 staan niet op de kaart: \
             hun grens ontbreekt of past niet bij de cijfers van 2022."
        );
        assert!(left_out_sentence("Goeree-Overflakkee", Level::Wijk, 2014, 10, 14)
            .starts_with("Goeree-Overflakkee: de wijkgrenzen van 2014 passen bij 10 van de 14 wijken;"));
    }
}
