//! Every text the UI shows, in Dutch, in one place (English comes later), and number formats.

use atlas_core::measures::Undefined;
use atlas_core::model::Level;
use atlas_core::notation;

pub const TITLE: &str = "Diversiteitsatlas";
pub const SUBTITLE: &str = "Hoe divers naar herkomst is Nederland, van land tot buurt?";
pub const LOADING: &str = "Gegevens laden…";
pub const LOAD_FAILED: &str = "De kaartgegevens konden niet worden geladen.";
pub const LOAD_FAILED_HINT: &str =
    "Laad de pagina opnieuw. Blijft dit zo, dan ontbreekt het gegevensbestand atlas.bin op de \
     server of is het van een andere versie: de beheerder kan het opnieuw maken met `atlas build-data`.";
pub const COUNTRY: &str = "Nederland";
pub const SEARCH_LABEL: &str = "Zoek een gemeente, wijk of buurt";
pub const SEARCH_PLACEHOLDER: &str = "Naam of code, bijv. Urk of GM0518";
pub const SEARCH_NONE: &str = "Geen gebied gevonden.";
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
     herkomst hebben); de diversiteitsindex is 1 min die kans. Ecologen kennen hetzelfde getal als Gini-Simpson.";
pub const EXPLAIN_3: &str = "Met de 7 herkomstgroepen van het CBS kan de index hooguit 86% worden (1 − 1/7). \
     Wie meer groepen onderscheidt (bijvoorbeeld per land), vindt hogere waarden.";
pub const COARSE_BUURTEN: &str = "Buurtgrenzen uit 2014, op een raster van ongeveer 300 m: de vormen zijn grof.";
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
pub const TYPOLOGY_COARSE_DATA: &str = "Deze tabel heeft 7 herkomstgroepen. Poolse, Bulgaarse, Duitse, Belgische en \
     Angelsaksische inwoners vallen allemaal onder 'westers'. Tuinbouw-, grens- en expatgemeenten zijn daarom benaderd \
     met de ligging en de mix van groepen; zo'n uitkomst is gemarkeerd als benadering.";
pub const THRESHOLDS_HEADING: &str = "Drempels (schuif om opnieuw in te delen)";
pub const RESET_THRESHOLDS: &str = "Standaardwaarden";
pub const TYPE_LISTS_HEADING: &str = "Gemeenten per type";
pub const JOIN_HEADING: &str = "Wat niet op de kaart staat";
pub const ROUNDING_NOTE: &str =
    "Het CBS rondt aantallen in wijken en buurten af op vijftallen; aandelen zijn berekend over de som van de groepen.";

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
        Undefined::UnknownCounts => "Het CBS heeft (een deel van) de aantallen geheimgehouden of niet gemeten.".into(),
        Undefined::BelowThreshold { residents, threshold } => {
            format!(
                "Te weinig inwoners ({}) om te tonen; de grens staat op {}.",
                thousands(u64::from(residents)),
                threshold
            )
        }
    }
}

/// A share as a whole percentage, "74%".
pub fn percent(share: f64) -> String {
    notation::percent(share, 0)
}

pub use atlas_core::notation::thousands;

/// A decimal with a comma, "2,4".
pub fn decimal(value: f64) -> String {
    notation::decimal(value, 1)
}

/// Progress while loading, "1,2 van 1,5 MB".
pub fn progress(loaded: u64, total: Option<u64>) -> String {
    let mb = |n: u64| decimal(n as f64 / 1_000_000.0);
    match total {
        Some(total) => format!("{LOADING} {} van {} MB", mb(loaded), mb(total)),
        None => format!("{LOADING} {} MB", mb(loaded)),
    }
}

/// The attribution line.
pub fn attribution(source: &str, count_year: u16, boundary_years: &[(Level, u16)]) -> String {
    let years: Vec<String> =
        boundary_years.iter().map(|(level, year)| format!("{} {year}", level_plural(*level))).collect();
    format!("{source}. Aantallen: 1 januari {count_year}. Grenzen: {}.", years.join(", "))
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
    }
}
