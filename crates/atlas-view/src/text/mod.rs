//! Every text the UI shows, in Dutch and English, in one place, and number formats.

mod groups;
pub mod lang;
pub mod lesson;
pub mod typology;
pub use groups::group_label;
mod own_table;
use crate::mode::MapMode;
use atlas_core::bundle::Dataset;
use atlas_core::measures::Undefined;
use atlas_core::model::Level;
use atlas_core::notation;
use lang::texts;
pub use lang::{lang, pick, set_lang, Lang, Said};
pub use own_table::*;
mod frame;
pub use frame::*;

texts! {
    TITLE = "Diversiteitsatlas",
        "Diversity Atlas";
    SUBTITLE = "Hoe divers naar herkomst is Nederland, van land tot buurt?",
        "How diverse by origin is the Netherlands, from the whole country down to a neighbourhood?";
    LOADING = "Gegevens laden…",
        "Loading data…";
    /// What the atlas is, shown while it loads.
    INTRO = "De Diversiteitsatlas laat voor heel Nederland, elke gemeente, wijk en buurt zien \
    hoe groot de kans is dat twee willekeurige inwoners een verschillende herkomst hebben. Alles wordt in je \
    browser berekend uit cijfers van het CBS; er gaat niets naar een server.",
        "The Diversity Atlas shows, for the whole of the Netherlands and for every municipality, district \
        and neighbourhood, how likely it is that two randomly chosen residents have a different origin. \
        Everything is calculated in your browser from figures by CBS (Statistics Netherlands); nothing is \
        sent to a server.";
    LOAD_FAILED = "De kaartgegevens konden niet worden geladen.",
        "The map data could not be loaded.";
    LOAD_FAILED_HINT = "Laad de pagina opnieuw. Blijft dit zo, dan ontbreekt het gegevensbestand atlas.bin op de \
     server of is het van een andere versie: de beheerder kan het opnieuw maken met `atlas build-data`.",
        "Reload the page. If this keeps happening, the data file atlas.bin is missing on the server or is \
        from a different version: the administrator can rebuild it with `atlas build-data`.";
    NOT_A_FIRST_PART = "atlas.bin is niet het eerste deel van de gegevens (is het van een andere versie?).",
        "atlas.bin is not the first part of the data (is it from a different version?).";
    PART_LOADING = "Grenzen van dit niveau laden…",
        "Loading the boundaries of this level…";
    COUNTRY = "Nederland",
        "The Netherlands";
    SEARCH_LABEL = "Zoek een gemeente, wijk of buurt",
        "Search for a municipality, district or neighbourhood";
    SEARCH_PLACEHOLDER = "Bijv. Den Haag of Overvecht",
        "E.g. Den Haag or Overvecht";
    SEARCH_NONE = "Geen gebied gevonden.",
        "No area found.";
    SEARCH_MORE = "Meer gebieden passen: typ verder om te kiezen.",
        "More areas match: keep typing to choose.";
    SEARCH_ROWS_LOADING = "Wijken en buurten worden nog geladen…",
        "Districts and neighbourhoods are still loading…";
    MAP_LABEL = "Kaart",
        "Map";
    SHEET_MORE = "Meer over dit gebied",
        "More about this area";
    SHEET_LESS = "Minder tonen",
        "Show less";
    TOOLS_MENU = "Menu",
        "Menu";
    MAP_AS_TABLE = "Naar de gebieden van de kaart als tabel",
        "Go to the areas of the map as a table";
    /// How the map works by keyboard (read out when it gets focus).
    MAP_KEYS = "Pijltjestoetsen gaan naar het gebied ernaast, Enter opent het, Escape gaat een niveau \
     omhoog. Shift met pijltjes schuift de kaart, + en − zoomen. Met de muis: sleep om te schuiven, scrol om te zoomen.",
        "The arrow keys move to the neighbouring area, Enter opens it, Escape goes up one level. Shift with \
        the arrow keys moves the map, + and − zoom. With the mouse: drag to move, scroll to zoom.";
    LEVEL_LABEL = "Kaart van alle",
        "Map of all";
    INDEX_HEADING = "Diversiteitsindex",
        "Diversity index";
    LEGEND_NO_DATA = "geen of te weinig gegevens",
        "no or too little data";
    RANKING_HEADING = "Ranglijst",
        "Ranking";
    COL_NAME = "Naam",
        "Name";
    COL_RESIDENTS = "Inwoners",
        "Residents";
    COL_INDEX = "Index",
        "Index";
    NO_SHAPE = "geen grens op de kaart",
        "no boundary on the map";
    RESIDENTS = "Inwoners",
        "Residents";
    MIGRATION_SHARE = "Met migratieachtergrond",
        "With a migration background";
    EFFECTIVE_GROUPS = "Effectief aantal groepen",
        "Effective number of groups";
    EFFECTIVE_GROUPS_EXPLAIN = "Zoveel even grote groepen zouden samen even divers zijn als dit gebied \
     (1 gedeeld door de kans dat twee inwoners dezelfde herkomst hebben).",
        "This many groups of equal size would together be as diverse as this area (1 divided by the chance \
        that two residents have the same origin).";
    MIGRATION_EXPLAIN = "Zelf in het buitenland geboren, of minstens één ouder die in het buitenland \
     geboren is (zo telt het CBS).",
        "Born abroad, or with at least one parent born abroad (this is how CBS counts).";
    WESTERN_TERM = "Wat is 'westers'?",
        "What is 'Western'?";
    WESTERN_EXPLAIN = "Het CBS noemde tot 2022 herkomst uit Europa (zonder Turkije), Noord-Amerika, \
     Oceanië, Indonesië en Japan 'westers', de rest 'niet-westers'. Die oude indeling ziet veel verschil niet.",
        "Until 2022, CBS called origin from Europe (excluding Turkey), North America, Oceania, Indonesia and \
        Japan 'Western', and the rest 'non-Western'. That old division misses many differences.";
    LARGEST_MINORITY = "Grootste groep naast Nederlandse achtergrond",
        "Largest group besides Dutch background";
    COMPOSITION = "Samenstelling naar herkomst",
        "Composition by origin";
    THRESHOLD_LABEL = "Minimum aantal inwoners om een gebied te tonen",
        "Minimum number of residents to show an area";
    THRESHOLD_WHY = "Een aandeel berekend over een handvol mensen zegt meer over die mensen dan over het gebied. \
     Gebieden met minder inwoners krijgen daarom geen kleur en geen plaats in de ranglijst. Lager dan 50 kan niet.",
        "A share calculated over a handful of people says more about those people than about the area. Areas \
        with fewer residents therefore get no colour and no place in the ranking. It cannot go below 50.";
    EXPLAIN_HEADING = "Wat betekent het getal?",
        "What does the number mean?";
    EXPLAIN_1 = "De diversiteitsindex is de kans dat twee willekeurig gekozen inwoners van een gebied \
     een verschillende herkomst hebben. 0% betekent dat iedereen tot dezelfde herkomstgroep hoort; hoe hoger, \
     hoe meer verschillende groepen er naast elkaar wonen.",
        "The diversity index is the chance that two randomly chosen residents of an area have a different \
        origin. 0% means that everyone belongs to the same origin group; the higher it is, the more \
        different groups live side by side.";
    EXPLAIN_2 = "De WRR noemt dit getal in 'De nieuwe verscheidenheid' (2018) de HHI. \
     Strikt genomen meet de Herfindahl-Hirschman-index juist concentratie (de kans dat twee inwoners dezelfde \
     herkomst hebben); de diversiteitsindex is 1 min die kans. Ecologen die soorten tellen kennen hetzelfde getal \
     als de Gini-Simpson-index.",
        "In 'De nieuwe verscheidenheid' ('The new diversity', 2018), the WRR calls this number the HHI. \
        Strictly speaking, the Herfindahl-Hirschman index measures the opposite, concentration (the chance \
        that two residents have the same origin); the diversity index is 1 minus that chance. Ecologists who \
        count species know the same number as the Gini-Simpson index.";
}
/// The ceiling the number of groups puts on the index.
pub fn explain_3(groups: usize, own: bool) -> String {
    let ceiling = if groups > 0 { 1.0 - 1.0 / groups as f64 } else { 0.0 };
    match lang() {
        Lang::Nl => {
            let whose = if own { "in je tabel" } else { "van het CBS" };
            format!(
                "Met de {groups} herkomstgroepen {whose} kan de index hooguit {} worden (1 − 1/{groups}). Wie meer groepen \
                 onderscheidt (bijvoorbeeld per land), vindt hogere waarden.",
                percent(ceiling)
            )
        }
        Lang::En => {
            let whose = if own { "in your table" } else { "from CBS" };
            let noun = if groups == 1 { "origin group" } else { "origin groups" };
            format!(
                "With the {groups} {noun} {whose}, the index can be at most {} (1 − 1/{groups}). Distinguishing more \
                 groups (for example by country) gives higher values.",
                percent(ceiling)
            )
        }
    }
}
/// What white inside the drawn area means, and (for buurten) why shapes look coarse.
pub fn white_gaps(level: Level) -> String {
    let coarse = if level == Level::Buurt {
        pick(
            " Buurtgrenzen buiten Amsterdam komen uit 2014, op een raster van ongeveer 300 m: de vormen zijn grof.",
            " Neighbourhood boundaries outside Amsterdam date from 2014, on a grid of about 300 m: the shapes are coarse.",
        )
    } else {
        ""
    };
    match lang() {
        Lang::Nl => format!(
            "Zonder kleur (wit of lichtgrijs): daar staat geen {} op de kaart (de grens ontbreekt of past niet bij de cijfers van 2022).{coarse}",
            level_singular(level)
        ),
        Lang::En => format!(
            "No colour (white or light grey): there is no {} on the map there (the boundary is missing or does not \
             match the 2022 figures).{coarse}",
            level_singular(level)
        ),
    }
}

/// The sentence on the map when none of the scope's parts has a shape.
pub fn no_shapes_on_map(level: Level, scope: &str, count: usize) -> String {
    match lang() {
        Lang::Nl => format!(
            "De {count} {} van {scope} staan niet op de kaart: hun grenzen ontbreken of passen niet bij de cijfers van 2022. \
             Hun cijfers staan in de ranglijst.",
            level_plural(level)
        ),
        Lang::En if count == 1 => format!(
            "The only {} of {scope} is not on the map: its boundary is missing or does not match the 2022 figures. \
             Its figures are in the ranking.",
            level_singular(level)
        ),
        Lang::En => format!(
            "The {count} {} of {scope} are not on the map: their boundaries are missing or do not match the 2022 \
             figures. Their figures are in the ranking.",
            level_plural(level)
        ),
    }
}
texts! {
    MODE_LABEL = "Kleur naar",
        "Colour by";
    MODE_DIVERSITY = "diversiteit",
        "diversity";
    MODE_TYPOLOGY = "typologie",
        "typology";
    TYPOLOGY_HEADING = "Typologie (WRR 2018)",
        "Typology (WRR 2018)";
    TYPOLOGY_PICK = "Klik op een gemeente om te zien waarom ze bij haar type hoort.",
        "Click a municipality to see why it belongs to its type.";
    TYPOLOGY_WHY = "Waarom dit type?",
        "Why this type?";
    TYPOLOGY_ALL_RULES = "Alle regels voor deze gemeente, in volgorde",
        "All rules for this municipality, in order";
    RUNNER_UP = "Daarna het dichtst bij: ",
        "Next closest: ";
    APPROXIMATE = "Benadering: ",
        "Approximation: ";
    APPROXIMATE_MARK = "* bepaald met een benadering: de tabel kent de herkomstgroepen niet die het type beschrijven.",
        "* determined by approximation: the table does not have the origin groups that describe the type.";
}
/// The note when the table cannot tell some finer European or expat groups apart: which,
/// and which types are therefore approximated.
pub fn typology_coarse_data(groups: usize, detail: atlas_core::typology::Detail) -> String {
    let missing: Vec<(&str, &str)> = [
        (
            detail.eastern_european,
            pick("Poolse, Bulgaarse en Roemeense", "Polish, Bulgarian and Romanian"),
            pick("tuinbouwgemeenten", "horticultural municipalities"),
        ),
        (
            detail.neighbour_country,
            pick("Duitse en Belgische", "German and Belgian"),
            pick("grensgemeenten", "border municipalities"),
        ),
        (
            detail.expat,
            pick("Angelsaksische en andere expat-", "Anglo-Saxon and other expat"),
            pick("expatgemeenten", "expat municipalities"),
        ),
    ]
    .into_iter()
    .filter(|(has, _, _)| !has)
    .map(|(_, people, kind)| (people, kind))
    .collect();
    // English lists the peoples with "or" (each of them already says "and"), Oxford comma
    // before the last of three.
    let join = |parts: Vec<&str>, last_word: &str| match parts.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, [first])) => format!("{first} {last_word} {last}"),
        Some((last, rest)) => {
            format!("{}{} {last_word} {last}", rest.join(", "), pick("", ","))
        }
        None => String::new(),
    };
    let people = join(missing.iter().map(|m| m.0).collect(), pick("en", "or"));
    let kinds = capitalised(&join(missing.iter().map(|m| m.1).collect(), pick("en", "and")));
    match lang() {
        Lang::Nl => format!(
            "Deze tabel heeft {groups} herkomstgroepen en onderscheidt {people} inwoners niet apart. {kinds} zijn daarom benaderd \
             met de ligging en de mix van groepen; zo'n uitkomst is gemarkeerd als benadering."
        ),
        Lang::En => format!(
            "This table has {groups} origin groups and does not list {people} residents separately. {kinds} are \
             therefore approximated from their location and the mix of groups; such a result is marked as an approximation."
        ),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The note while an own table is on the typology: which gemeenten it can classify.
pub fn own_typology_note(classified: usize, gemeenten: usize) -> String {
    match lang() {
        Lang::Nl => format!(
            "De typologie deelt gemeenten in op hun eigen cijfers. Je tabel geeft die voor {} van de {} gemeenten; de \
             andere blijven grijs. Een tabel van wijken of buurten telt mee voor een gemeente zodra al haar wijken erin staan.",
            thousands(classified as u64),
            thousands(gemeenten as u64)
        ),
        Lang::En => format!(
            "The typology classifies municipalities by their own figures. Your table gives these for {} of the {} \
             {}; the others stay grey. A table of districts or neighbourhoods counts for a municipality once all \
             its districts are in it.",
            thousands(classified as u64),
            thousands(gemeenten as u64),
            if gemeenten == 1 { "municipality" } else { "municipalities" }
        ),
    }
}
texts! {
    THRESHOLDS_HEADING = "Drempels (schuif om opnieuw in te delen)",
        "Thresholds (slide to reclassify)";
    RESET_THRESHOLDS = "Standaardwaarden",
        "Defaults";
    TYPE_LISTS_HEADING = "Gemeenten per type",
        "Municipalities by type";
    JOIN_HEADING = "Wat niet op de kaart staat",
        "What is not on the map";
    ROUNDING_NOTE = "Het CBS rondt aantallen in wijken en buurten af op vijftallen; aandelen zijn berekend over de som van de groepen.",
        "CBS rounds counts in districts and neighbourhoods to multiples of five; shares are calculated over \
        the sum of the groups.";
    OWN_SHARES_NOTE = "Aandelen zijn berekend over de som van de groepen in je eigen tabel.",
        "Shares are calculated over the sum of the groups in your own table.";
}

texts! {
    YEAR_LABEL = "Jaar",
        "Year";
    GROUPS_LABEL = "Herkomstgroepen",
        "Origin groups";
    LENS_LABEL = "Blik",
        "Lens";
    SINCE_LABEL = "sinds",
        "since";
    NO_EARLIER_YEAR = "Er is geen eerder jaar om mee te vergelijken (kies een later jaar).",
        "There is no earlier year to compare with (choose a later year).";
    LENS_HEADING = "Oude blik, nieuwe blik",
        "Old lens, new lens";
    APPROXIMATE_FIGURES = "Benadering: deze cijfers zijn herbouwd uit hele procenten (±0,5 procentpunt per groep).",
        "Approximation: these figures were rebuilt from whole percentages (±0.5 percentage point per group).";
    GAP_HEADING = "Wat de oude blik verbergt",
        "What the old lens hides";
    GAP_EXPLAIN = "Verschil in indexpunten tussen alle groepen (18 per gemeente, 7 per wijk en buurt) \
     en alleen westers / niet-westers.",
        "Difference in index points between all groups (18 per municipality, 7 per district and \
        neighbourhood) and just Western / non-Western.";
}
/// The same for a table of one's own.
pub fn gap_explain_own(groups: usize) -> String {
    match lang() {
        Lang::Nl => {
            format!("Verschil in indexpunten tussen de {groups} groepen van je tabel en alleen westers / niet-westers.")
        }
        Lang::En => format!(
            "Difference in index points between the {groups} {} of your table and just Western / non-Western.",
            if groups == 1 { "group" } else { "groups" }
        ),
    }
}
texts! {
    CHANGE_HEADING = "Verandering van de index",
        "Change in the index";
    COMPOSITION_TABLE_GROUP = "Groep",
        "Group";
}

/// What a map mode colours, on its button.
pub fn mode_label(mode: MapMode) -> &'static str {
    match mode {
        MapMode::Diversity => MODE_DIVERSITY(),
        MapMode::Typology => MODE_TYPOLOGY(),
        MapMode::LensGap => pick("oude vs. nieuwe blik", "old vs. new lens"),
        MapMode::Change => pick("verandering", "change"),
    }
}

/// A year in the year choice: "2017 (benadering)".
pub fn year_option(year: u16, approximate: bool) -> String {
    if approximate {
        format!("{year} ({})", pick("benadering", "approximation"))
    } else {
        year.to_string()
    }
}

/// Why a year cannot be chosen at a level: "2017: geen cijfers per wijk".
pub fn no_figures_for_level(year: u16, level: Level) -> String {
    match lang() {
        Lang::Nl => format!("{year}: geen cijfers per {}", level_singular(level)),
        Lang::En => format!("{year}: no figures per {}", level_singular(level)),
    }
}

/// The KWB groups in the group choice.
pub fn kwb_groups_option(groups: usize) -> String {
    match lang() {
        Lang::Nl => format!("{groups} groepen (CBS kerncijfers, tot op buurt)"),
        Lang::En => format!("{groups} groups (CBS key figures, down to neighbourhood)"),
    }
}

/// A finer table in the group choice, e.g. "18 groepen (CBS 84910, gemeenten)".
pub fn finest_groups_option(dataset: &Dataset) -> String {
    match lang() {
        Lang::Nl => format!("{} groepen ({}, gemeenten)", dataset.table.groups().len(), dataset.label),
        Lang::En => format!("{} groups ({}, municipalities)", dataset.table.groups().len(), dataset.label),
    }
}

/// Which groups a figure uses, said next to it.
pub fn groups_note(groups: usize, dataset: Option<&Dataset>) -> String {
    match (dataset, lang()) {
        (Some(d), Lang::Nl) if d.table.groups().len() == groups && groups > 7 => format!(
            "Met de {groups} groepen van {} ({}): Nederlands, de grootste herkomstlanden en 'overig'. \
             Niet dezelfde 18 als in het WRR-rapport, dat vooral regio's gebruikte.",
            d.label, d.year
        ),
        (Some(d), Lang::En) if d.table.groups().len() == groups && groups > 7 => format!(
            "With the {groups} groups of {} ({}): Dutch, the largest countries of origin and 'other'. \
             Not the same 18 as in the WRR report, which mostly used regions.",
            d.label, d.year
        ),
        (_, Lang::Nl) => format!("Met {groups} herkomstgroepen."),
        (_, Lang::En) if groups == 1 => format!("With {groups} origin group."),
        (_, Lang::En) => format!("With {groups} origin groups."),
    }
}

/// The old lens against the new one, in words.
pub fn lens_sentence(old: f64, new: f64, new_groups: usize) -> String {
    let hidden = ((new - old) * 100.0).round() as i64;
    match lang() {
        Lang::Nl => {
            let unit = if hidden == 1 { "procentpunt" } else { "procentpunten" };
            format!(
                "Met alleen westers / niet-westers is de kans {}; met {new_groups} groepen {}. De oude blik verbergt {hidden} {unit} diversiteit.",
                percent(old),
                percent(new),
            )
        }
        Lang::En => {
            let unit = if hidden.abs() == 1 { "percentage point" } else { "percentage points" };
            format!(
                "With only Western / non-Western, the chance is {}; with {new_groups} groups, it is {}. The old lens \
                 hides {hidden} {unit} of diversity.",
                percent(old),
                percent(new),
            )
        }
    }
}

/// Why a level cannot be chosen with the figures on screen.
pub fn level_unavailable(level: Level) -> String {
    match lang() {
        Lang::Nl => format!(
            "Deze cijfers zijn er niet per {}; kies een ander jaar, andere groepen of een andere kaart.",
            level_singular(level)
        ),
        Lang::En => format!(
            "These figures are not available at {} level; choose another year, other groups or another map.",
            level_singular(level)
        ),
    }
}

/// A gemeente whose count differs between two tables of the same day.
pub fn difference_note(name: &str, frame: Option<u32>, other: Option<u32>, absorbed: &[String]) -> String {
    match (frame, other, lang()) {
        (Some(_), None, Lang::Nl) => format!("{name} ontbreekt in deze tabel."),
        (Some(_), None, Lang::En) => format!("{name} is missing from this table."),
        (Some(f), Some(o), Lang::Nl) if !absorbed.is_empty() => format!(
            "Deze tabel telt {name} samen met {}: {} inwoners, tegen {} in de kerncijfers.",
            absorbed.join(", "),
            thousands(u64::from(o)),
            thousands(u64::from(f))
        ),
        (Some(f), Some(o), Lang::En) if !absorbed.is_empty() => format!(
            "This table counts {name} together with {}: {} residents, against {} in the key figures.",
            absorbed.join(", "),
            thousands(u64::from(o)),
            thousands(u64::from(f))
        ),
        (Some(f), Some(o), Lang::Nl) => format!(
            "Deze tabel telt hier {} inwoners, de kerncijfers {}.",
            thousands(u64::from(o)),
            thousands(u64::from(f))
        ),
        (Some(f), Some(o), Lang::En) => format!(
            "This table counts {} residents here, the key figures {}.",
            thousands(u64::from(o)),
            thousands(u64::from(f))
        ),
        (_, _, Lang::Nl) => format!("{name}: de tabellen verschillen."),
        (_, _, Lang::En) => format!("{name}: the tables differ."),
    }
}

/// "gemeenten", "wijken", "buurten" ("municipalities", "districts", "neighbourhoods").
pub fn level_plural(level: Level) -> &'static str {
    match level {
        Level::Land => pick("land", "country"),
        Level::Gemeente => pick("gemeenten", "municipalities"),
        Level::Wijk => pick("wijken", "districts"),
        Level::Buurt => pick("buurten", "neighbourhoods"),
    }
}

pub fn level_singular(level: Level) -> &'static str {
    match level {
        Level::Land => pick("land", "country"),
        Level::Gemeente => pick("gemeente", "municipality"),
        Level::Wijk => pick("wijk", "district"),
        Level::Buurt => pick("buurt", "neighbourhood"),
    }
}

/// The note under the ranking about areas listed without rank.
pub fn unranked_note(count: usize, level: Level) -> String {
    let noun = if count == 1 { level_singular(level) } else { level_plural(level) };
    match lang() {
        Lang::Nl => {
            let verb = if count == 1 { "staat" } else { "staan" };
            format!("{count} {noun} zonder (voldoende) gegevens {verb} onderaan, zonder plaats in de ranglijst.")
        }
        Lang::En => {
            let verb = if count == 1 { "is" } else { "are" };
            format!("{count} {noun} without (enough) data {verb} listed at the bottom, without a place in the ranking.")
        }
    }
}

/// The index in plain words.
pub fn chance_sentence(index: f64) -> String {
    match lang() {
        Lang::Nl => {
            format!("De kans dat twee willekeurige inwoners een verschillende herkomst hebben: {}", percent(index))
        }
        Lang::En => format!("The chance that two random residents have a different origin: {}", percent(index)),
    }
}

/// Why an area has no colour.
pub fn undefined_reason(why: Undefined) -> String {
    match why {
        Undefined::NoResidents => {
            pick("Hier wonen geen mensen; de index bestaat niet.", "Nobody lives here; the index does not exist.")
                .into()
        }
        Undefined::UnknownCounts => pick(
            "De tabel laat (een deel van) de aantallen open: geheimgehouden of niet gemeten.",
            "The table leaves (some of) the counts blank: kept confidential or not measured.",
        )
        .into(),
        Undefined::NotInTable => {
            pick("Deze tabel heeft geen cijfers voor dit gebied.", "This table has no figures for this area.").into()
        }
        Undefined::BelowThreshold { residents, threshold } => match lang() {
            Lang::Nl => format!(
                "Te weinig inwoners ({}) om te tonen; de grens staat op {}.",
                thousands(u64::from(residents)),
                threshold
            ),
            Lang::En => format!(
                "Too few residents ({}) to show; the threshold is {}.",
                thousands(u64::from(residents)),
                thousands(u64::from(threshold))
            ),
        },
    }
}

/// The tooltip over a part of an area that has no shape at the level drawn.
pub fn gap_hover(level: Level) -> String {
    match lang() {
        Lang::Nl => {
            format!(
                "Hier staat geen {} op de kaart: de grens ontbreekt of past niet bij de cijfers.",
                level_singular(level)
            )
        }
        Lang::En => format!(
            "No {} on the map here: the boundary is missing or does not match the figures.",
            level_singular(level)
        ),
    }
}

/// Why an area has no place in the ranking.
pub fn unranked_reason(why: crate::ranking::Unranked) -> String {
    match why {
        crate::ranking::Unranked::Undefined(why) => undefined_reason(why),
        crate::ranking::Unranked::NoComparison => pick(
            "Geen vergelijking: de andere tabel heeft dit gebied niet.",
            "No comparison: the other table does not have this area.",
        )
        .into(),
    }
}

/// The change of an area's index between two years, in words.
pub fn change_sentence(since: u16, year: u16, groups: usize, change: Option<f64>) -> String {
    match (change, lang()) {
        (Some(change), Lang::Nl) => {
            format!("Verandering van {since} tot {year}: {} (met {groups} groepen van de kerncijfers).", points(change))
        }
        (Some(change), Lang::En) => {
            format!("Change from {since} to {year}: {} (with the {groups} groups of the key figures).", points(change))
        }
        (None, Lang::Nl) => {
            format!("Geen vergelijking met {since}: een van beide jaren heeft hier geen (voldoende) cijfers.")
        }
        (None, Lang::En) => {
            format!("No comparison with {since}: one of the two years has no (or not enough) figures here.")
        }
    }
}

texts! {}
texts! {
    /// The heading of the ranking's value column.
    EMBED = "Insluiten",
        "Embed";
    EMBED_HINT = "Deze kaart op je eigen website zetten",
        "Put this map on your own website";
    EMBED_HEADING = "Deze kaart insluiten",
        "Embed this map";
    EMBED_EXPLAIN = "Plak deze code in de HTML van je eigen pagina. De kaart toont wat je nu ziet (gebied, \
    niveau, blik, kleur); bezoekers kunnen er zelf op verder.",
        "Paste this code into the HTML of your own page. The map shows what you see now (area, level, lens, \
        colour); visitors can carry on exploring from there.";
    EMBED_TITLE = "Diversiteitsatlas: hoe divers naar herkomst",
        "Diversity Atlas: how diverse by origin";
    EMBED_HEIGHT = "Hoogte",
        "Height";
    EMBED_LEGEND = "Legenda",
        "Legend";
    EMBED_PANEL = "Paneel met cijfers",
        "Panel with figures";
    EMBED_CODE = "Code",
        "Code";
    EMBED_COPY = "Kopiëren",
        "Copy";
    EMBED_COPIED = "Gekopieerd",
        "Copied";
    EMBED_API = "Voor ontwikkelaars: met host=<jouw origin> in de src kan je pagina de kaart sturen en \
    hoort ze welk gebied gekozen is (zie docs/embed.md).",
        "For developers: with host=<your origin> in the src, your page can control the map and hear which \
        area has been chosen (see docs/embed.md).";
    EMBED_OPEN = "Open in de Diversiteitsatlas",
        "Open in the Diversity Atlas";
    CSV_DOWNLOAD = "CSV",
        "CSV";
    PNG_DOWNLOAD = "PNG",
        "PNG";
    SVG_DOWNLOAD = "SVG",
        "SVG";
    SVG_HINT = "De kaart als vectorbestand (SVG), met titel, legenda en bron, om verder te bewerken",
        "The map as a vector file (SVG), with title, legend and source, for further editing";
    PNG_HINT = "De kaart als afbeelding, met titel, legenda en bron (gemaakt in je browser)",
        "The map as an image, with title, legend and source (made in your browser)";
}

/// "Diversiteitsindex: 's-Gravenhage, wijken"
pub fn export_title(heading: &str, place: &str, level: Level) -> String {
    format!("{heading}: {place}, {}", level_plural(level))
}

/// The source line under an exported map.
pub fn export_source(attribution: &str, own_table: Option<&str>, date: &str) -> String {
    match lang() {
        Lang::Nl => {
            let own = own_table.map_or_else(String::new, |file| format!("Aantallen: eigen tabel {file}. "));
            format!("{own}{attribution}. Kaart: Diversiteitsatlas, {date}.")
        }
        Lang::En => {
            let own = own_table.map_or_else(String::new, |file| format!("Counts: own table {file}. "));
            format!("{own}{attribution}. Map: Diversity Atlas, {date}.")
        }
    }
}
texts! {
    CSV_HINT = "De ranglijst als CSV-bestand voor een spreadsheet (gemaakt in je browser)",
        "The ranking as a CSV file for a spreadsheet (made in your browser)";
}

/// The CSV's header: what the value column holds depends on what the map colours.
pub fn csv_header(mode: MapMode) -> [String; 6] {
    let value = match mode {
        MapMode::LensGap => {
            pick("verborgen door de oude blik (procentpunten)", "hidden by the old lens (percentage points)")
        }
        MapMode::Change => pick("verandering (procentpunten)", "change (percentage points)"),
        MapMode::Diversity | MapMode::Typology => "index (%)",
    };
    match lang() {
        Lang::Nl => ["rang", "code", "naam", "inwoners", value, "opmerking"],
        Lang::En => ["rank", "code", "name", "residents", value, "note"],
    }
    .map(str::to_string)
}

pub fn value_column(mode: MapMode) -> &'static str {
    match mode {
        MapMode::LensGap => pick("Verborgen", "Hidden"),
        MapMode::Change => pick("Verandering", "Change"),
        MapMode::Diversity | MapMode::Typology => COL_INDEX(),
    }
}

/// A difference of index values in points, "+4 punten", "−2 punten" ("+4 points", "−1 point").
pub fn points(difference: f64) -> String {
    let p = (difference * 100.0).round() as i64;
    let (one, many) = pick(("punt", "punten"), ("point", "points"));
    match p {
        0 => format!("0 {many}"),
        1 => format!("+1 {one}"),
        -1 => format!("−1 {one}"),
        p if p > 0 => format!("+{p} {many}"),
        p => format!("−{} {many}", -p),
    }
}

/// A share as a whole percentage, "74%".
pub fn percent(share: f64) -> String {
    format!("{}%", notation_decimal(share * 100.0, 0))
}

/// A share with one decimal below 10%, "0,4%" ("0.4%" in English), else whole, "12%": small
/// groups stay visible.
pub fn percent_fine(share: f64) -> String {
    format!("{}%", notation_decimal(share * 100.0, usize::from(share < 0.1)))
}

/// A whole number with thousands separators: "17.590.672" in Dutch, "17,590,672" in English.
pub fn thousands(n: u64) -> String {
    let dutch = notation::thousands(n);
    pick(dutch.clone(), dutch.replace('.', ","))
}

/// A decimal with one decimal: "2,4" in Dutch, "2.4" in English.
pub fn decimal(value: f64) -> String {
    notation_decimal(value, 1)
}

/// A decimal with `places` decimals, with the language's decimal mark.
pub fn notation_decimal(value: f64, places: usize) -> String {
    match lang() {
        Lang::Nl => notation::decimal(value, places),
        Lang::En => format!("{value:.places$}"),
    }
}

/// Progress while loading, "1,2 van 1,5 MB" ("1.2 of 1.5 MB").
pub fn progress(loaded: u64, total: Option<u64>) -> String {
    let mb = |n: u64| decimal(n as f64 / 1_000_000.0);
    match total {
        Some(total) => format!("{} {} {} {} MB", LOADING(), mb(loaded), pick("van", "of"), mb(total)),
        None => format!("{} {} MB", LOADING(), mb(loaded)),
    }
}

/// The attribution line: source, the years of the counts and of the boundaries per level.
pub fn attribution(source: &str, count_years: &[u16], boundary_years: &[(Level, Vec<u16>)]) -> String {
    let years: Vec<String> = boundary_years
        .iter()
        .map(|(level, years)| {
            let years: Vec<String> = years.iter().map(u16::to_string).collect();
            format!("{} {}", level_plural(*level), years.join(pick(" en ", " and ")))
        })
        .collect();
    let counts: Vec<String> = count_years.iter().map(u16::to_string).collect();
    match lang() {
        Lang::Nl => format!("{source}. Aantallen: 1 januari {}. Grenzen: {}.", counts.join(", "), years.join("; ")),
        Lang::En => format!("{source}. Counts: 1 January {}. Boundaries: {}.", counts.join(", "), years.join("; ")),
    }
}

texts! {
    SOURCES_HEADING = "Bronnen",
        "Sources";
    WHICH = "welke?",
        "which?";
}

/// "Wijken: 3.326 van de 3.340 op de kaart (3.326 met grenzen van 2022)."
/// ("Districts: 3,326 of the 3,340 on the map (3,326 with boundaries from 2022).")
pub fn drawn_sentence(level: Level, drawn: u32, total: usize, per_year: &[(u16, u32)]) -> String {
    let with_boundaries = pick("met grenzen van", "with boundaries from");
    let years: Vec<String> =
        per_year.iter().map(|(year, n)| format!("{} {with_boundaries} {year}", thousands(u64::from(*n)))).collect();
    let mut noun = level_plural(level).to_string();
    noun[..1].make_ascii_uppercase();
    let rest = total.saturating_sub(drawn as usize);
    let missing = match (rest, lang()) {
        (0, _) => String::new(),
        (_, Lang::Nl) => format!(
            " {} staan niet op de kaart: hun grens ontbreekt of past niet bij de cijfers van 2022.",
            thousands(rest as u64)
        ),
        (1, Lang::En) => " 1 is not on the map: its boundary is missing or does not match the 2022 figures.".into(),
        (_, Lang::En) => format!(
            " {} are not on the map: their boundaries are missing or do not match the 2022 figures.",
            thousands(rest as u64)
        ),
    };
    format!(
        "{noun}: {} {} {} {} ({}).{missing}",
        thousands(u64::from(drawn)),
        pick("van de", "of the"),
        thousands(total as u64),
        pick("op de kaart", "on the map"),
        years.join(", ")
    )
}

/// Why a gemeente's areas of a level are not on the map, in plain words.
pub fn left_out_sentence(gemeente: &str, level: Level, year: u16, matching: u32, areas: u32) -> String {
    let (noun, singular) = (level_plural(level), level_singular(level));
    match lang() {
        Lang::Nl => format!(
            "{gemeente}: de {singular}grenzen van {year} passen bij {matching} van de {areas} {noun}; \
             de kaart toont daarom geen {noun} van deze gemeente (een half passende kaart zou misleiden)."
        ),
        Lang::En => {
            let of = if areas == 1 { singular } else { noun };
            format!(
                "{gemeente}: the {singular} boundaries of {year} match {matching} of the {areas} {of}; the map \
                 therefore shows no {noun} of this municipality (a map that only half matches would mislead)."
            )
        }
    }
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
