//! The Dutch text of the classroom: the story's steps (B1, no jargon; every number passed in,
//! computed from the data on screen), the two-residents explainer and presentation mode.

use super::{percent, thousands};
use atlas_core::lesson::DiverseShare;
use atlas_core::typology::MunicipalityType;

pub const STORY_START: &str = "Verhaal";
pub const STORY_START_HINT: &str = "Een rondleiding in zeven stappen langs wat het rapport vond, op de kaart";
pub const STORY_PREVIOUS: &str = "Vorige";
pub const STORY_NEXT: &str = "Volgende";
pub const STORY_CLOSE: &str = "Verhaal sluiten";
pub const STORY_KEYS: &str = "Pijltjestoetsen: vorige en volgende stap; Esc: sluiten";

/// "Stap 2 van 7"
pub fn story_position(step: usize, steps: usize) -> String {
    format!("Stap {} van {steps}", step + 1)
}

const MISSING: &str = "niet in deze tabel";

fn chance(value: Option<(f64, usize)>) -> String {
    value.map_or_else(|| MISSING.to_string(), |(index, _)| percent(index))
}

pub const STEP_1_TITLE: &str = "Van een paar groepen naar heel veel";

pub fn step_1(old: Option<(f64, usize)>, new: Option<(f64, usize)>) -> Vec<String> {
    let mut text = vec!["Lang keek men vooral naar drie groepen: mensen met een Nederlandse, een westerse en een \
        niet-westerse achtergrond. Maar Nederlanders komen uit heel veel verschillende landen."
        .to_string()];
    text.push(format!(
        "Met die drie groepen is de kans dat twee willekeurige inwoners van Nederland een verschillende herkomst hebben {}. \
         Met {} groepen is die kans {}.",
        chance(old),
        new.map_or(0, |n| n.1),
        chance(new)
    ));
    if let (Some((old, _)), Some((new, _))) = (old, new) {
        let gap = points(new - old);
        let unit = if gap == "1" { "procentpunt" } else { "procentpunten" };
        text.push(format!("De oude blik verbergt dus {gap} {unit} verscheidenheid."));
    }
    text.push("De kaart kleurt nu met de oude blik. Kies bij 'Blik' voor 'alle groepen van de tabel' en kijk wat er verandert.".into());
    text
}

pub const STEP_2_TITLE: &str = "Oude blik, nieuwe blik in Den Haag";

pub fn step_2(old: Option<(f64, usize)>, new: Option<(f64, usize)>) -> Vec<String> {
    vec![
        format!(
            "In Den Haag is de kans met drie groepen {}. Met {} groepen is die {}.",
            chance(old),
            new.map_or(0, |n| n.1),
            chance(new)
        ),
        "De kaart laat per gemeente zien hoeveel de oude blik verbergt: hoe donkerder, hoe meer verscheidenheid je \
         mist als je alleen 'westers' en 'niet-westers' telt."
            .into(),
    ]
}

pub const STEP_3_TITLE: &str = "Waar de meeste mensen wonen";

pub fn step_3(share: Option<DiverseShare>, groups: usize) -> Vec<String> {
    let Some(share) = share else { return vec![MISSING.to_string()] };
    vec![
        format!(
            "{} van alle inwoners woont in een gemeente waar de kans dat twee inwoners een verschillende herkomst hebben \
             minstens één op drie is. Dat zijn {} van de {} gemeenten met cijfers (gemeten met {groups} groepen).",
            percent(share.share),
            thousands(share.gemeenten as u64),
            thousands(share.of as u64)
        ),
        "Verscheidenheid is dus niet iets van een paar plekken: de meeste mensen wonen ermee.".into(),
    ]
}

pub const STEP_4_TITLE: &str = "De drie grote steden";

pub fn step_4(cities: &[(String, Option<(f64, usize)>)], gemeenten: usize) -> Vec<String> {
    let mut text: Vec<String> = cities
        .iter()
        .map(|(name, value)| match value {
            Some((index, rank)) => format!("{name}: {} (plaats {rank} van {gemeenten})", percent(*index)),
            None => format!("{name}: {MISSING}"),
        })
        .collect();
    text.push(
        "In de grote steden wonen mensen uit heel veel landen naast elkaar. In de volgende stap kijken we in één stad van dichtbij."
            .into(),
    );
    text
}

pub const STEP_5_TITLE: &str = "Den Haag van dichtbij";

pub fn step_5(wijken: &[(Option<String>, Option<f64>)], groups: usize, zorgvliet_western: Option<f64>) -> Vec<String> {
    let mut text: Vec<String> = wijken
        .iter()
        .filter_map(|(name, index)| {
            Some(format!("{}: {}", name.as_ref()?, index.map_or_else(|| MISSING.into(), percent)))
        })
        .collect();
    let name = |i: usize| wijken.get(i).and_then(|w| w.0.clone()).unwrap_or_default();
    text.push(format!("In {} en {} wonen mensen uit heel veel landen, vooral van buiten Europa.", name(0), name(1)));
    if let Some(western) = zorgvliet_western {
        text.push(format!(
            "In {} heeft {} van de inwoners een westerse achtergrond. Volgens het WRR-rapport zijn dat veel mensen uit \
             andere Europese landen en uit Engelstalige landen. Met deze {groups} groepen tellen die allemaal als één \
             groep 'westers': zo zie je niet hoeveel verschillende landen daar samenkomen.",
            name(2),
            percent(western)
        ));
    }
    text
}

pub const STEP_6_TITLE: &str = "Acht soorten gemeenten";

pub fn step_6(types: &[(MunicipalityType, usize, Option<String>)]) -> Vec<String> {
    let mut text =
        vec!["Het rapport deelt gemeenten in acht soorten in, plus 'gemiddeld'. De atlas doet dat hier zelf, met de \
        cijfers op het scherm; sommige soorten zijn een benadering (het paneel zegt welke). Klik op een gemeente om te \
        zien waarom ze bij haar soort hoort."
            .to_string()];
    text.extend(types.iter().map(|(kind, count, example)| match example {
        Some(name) => format!("{}: {} gemeenten, bijvoorbeeld {name}", kind.label(), thousands(*count as u64)),
        None => format!("{}: geen gemeenten", kind.label()),
    }));
    text
}

pub const STEP_7_TITLE: &str = "En jouw gemeente?";

pub fn step_7(country: Option<(f64, usize)>) -> Vec<String> {
    let groups = country.map_or_else(String::new, |(_, groups)| format!(" (met {groups} groepen)"));
    vec![
        format!(
            "Zoek je eigen gemeente of wijk in het zoekvak bovenaan. Hoe groot is de kans daar? In heel Nederland is die {}{groups}.",
            chance(country)
        ),
        "Is jouw wijk diverser dan je gemeente? Welke wijk in je gemeente is het meest divers, en welke het minst?".into(),
    ]
}

/// Index points, "3" or "12".
fn points(difference: f64) -> String {
    format!("{}", (difference * 100.0).round() as i64)
}

pub const TWO_RESIDENTS_TITLE: &str = "Trek twee inwoners";

pub fn two_residents_intro(area: &str) -> String {
    format!(
        "Kies twee willekeurige inwoners van {area}. Hebben ze dezelfde herkomst of een verschillende? Doe dat heel vaak: \
         hoe vaak ze verschillen, komt uit bij de diversiteitsindex."
    )
}

pub const TWO_RESIDENTS_NONE: &str = "Nog niemand getrokken.";
pub const START: &str = "Start";
pub const PAUSE: &str = "Pauze";
pub const SPEED: &str = "Snelheid";
pub const DRAW_ONE: &str = "Eén paar";
pub const DRAW_HUNDRED: &str = "100 paren";
pub const RESET: &str = "Opnieuw";
pub const STILL_NOTE: &str = "Zonder beweging (zoals je browser vraagt): trek paren met de knoppen.";
pub const FORMULA_HEADING: &str = "De formule";
pub const FORMULA_GROUP: &str = "Groep";
pub const SQUARE_LABEL: &str =
    "Het vierkant van alle paren: de gekleurde vierkantjes op de diagonaal zijn de paren uit \
    dezelfde groep; de stippen zijn de getrokken paren.";
pub const SQUARE_CAPTION: &str =
    "Eerste inwoner van links naar rechts, tweede van boven naar beneden. Een stip in een \
    gekleurd vierkantje: twee inwoners uit dezelfde groep. Daarbuiten: verschillend.";
pub const SQUARE_EXPLAINED: &str = "Elk gekleurd vierkantje heeft als zijde het aandeel p van een groep, dus als oppervlak \
    p². Samen zijn ze de kans op twee inwoners uit dezelfde groep; de rest van het vierkant is de kans dat ze verschillen.";

pub fn verdict(different: bool) -> &'static str {
    if different {
        "Verschillende herkomst"
    } else {
        "Dezelfde herkomst"
    }
}

/// "20 per seconde"
pub fn per_second(pairs: u32) -> String {
    format!("{pairs} per seconde")
}

/// "Verschillend: 123 · hetzelfde: 77 → 62% verschillend. De index: 61%."
pub fn tally_sentence(different: u64, same: u64, share: Option<f64>, index: f64) -> String {
    match share {
        Some(share) => format!(
            "Verschillend: {} · hetzelfde: {} → {} verschillend. De index: {}.",
            thousands(different),
            thousands(same),
            percent(share),
            percent(index)
        ),
        None => format!("De index: {}. Trek paren en kijk of je daarbij uitkomt.", percent(index)),
    }
}

pub fn tally_bar_label(share: Option<f64>, index: f64) -> String {
    match share {
        Some(share) => format!("{} van de paren verschilt; de index is {}", percent(share), percent(index)),
        None => format!("De index is {}", percent(index)),
    }
}

/// "1 − (0,56 + 0,04 + …) = 1 − 0,62 = 0,38": every term shown, with two decimals.
pub fn formula(shares: &[f64], index: f64) -> String {
    let two = |v: f64| super::notation_decimal(v, 2);
    let terms: Vec<String> = shares.iter().filter(|p| **p > 0.0).map(|p| two(p * p)).collect();
    let sum: f64 = shares.iter().map(|p| p * p).sum();
    format!("1 − Σp² = 1 − ({}) = 1 − {} = {}", terms.join(" + "), two(sum), two(index))
}

pub const PRESENTATION: &str = "Presentatie";
pub const PRESENTATION_HINT: &str = "Grote letters en sterk contrast, voor een digibord of beamer";
pub const FULL_SCREEN: &str = "Volledig scherm";
pub const LEAVE_FULL_SCREEN: &str = "Volledig scherm uit";

pub const COMPARE_ADD: &str = "Vergelijken";
pub const COMPARE_ADDED: &str = "In de vergelijking";
pub const COMPARE_FULL: &str = "De vergelijking is vol (4 gebieden)";
pub const COMPARE_HEADING: &str = "Vergelijking";
pub const COMPARE_CLEAR: &str = "Vergelijking wissen";
pub const COMPARE_REMOVE: &str = "Weghalen";
pub const COMPARE_HINT: &str = "Kies nog een gebied (op de kaart, in de lijst of met zoeken) en klik op 'Vergelijken'.";
pub const COMPARE_INDEX: &str = "Kans op verschillende herkomst";
pub const COMPARE_GROUPS_NOTE: &str =
    "Tussen haakjes: met hoeveel groepen is gemeten. Meer groepen geven een hogere kans; \
    vergelijk dus vooral getallen met hetzelfde aantal groepen.";

/// A place and a share or index: ("Amsterdam", 0.75).
pub type Named<'a> = (&'a str, f64);

/// The sentence under the comparison: most and least diverse, and the group that differs most
/// (its label, where its share is highest and lowest).
pub fn compare_sentence(most: Named, least: Named, group: Option<(&str, Named, Named)>) -> String {
    let mut text =
        format!("{} is het meest divers ({}), {} het minst ({}).", most.0, percent(most.1), least.0, percent(least.1));
    if let Some((label, high, low)) = group {
        text.push_str(&format!(
            " Het grootste verschil in samenstelling: {label}, {} van de inwoners in {} tegen {} in {}.",
            super::percent_fine(high.1),
            high.0,
            super::percent_fine(low.1),
            low.0
        ));
    }
    text
}

pub const GAME_START: &str = "Raad de index";
pub const GAME_START_HINT: &str = "Een spel: raad hoe divers een gebied is, tien rondes, uit de gebieden op de kaart";
pub const GAME_GUESS: &str = "Jouw schatting";
pub const GAME_CHECK: &str = "Raden";
pub const GAME_NEXT: &str = "Volgende ronde";
pub const GAME_AGAIN: &str = "Nog een keer";
pub const GAME_CLOSE: &str = "Stoppen";
pub const GAME_QUESTION: &str =
    "Hoe groot is de kans dat twee willekeurige inwoners hier een verschillende herkomst hebben?";
pub const GAME_TOO_FEW: &str =
    "Op deze kaart staan te weinig gebieden met cijfers voor een spel. Kies een andere kaart.";
pub const GAME_PRIVATE: &str = "Er wordt niets bewaard of verstuurd.";

/// "Ronde 3 van 10 · 24 punten"
pub fn game_status(round: usize, rounds: usize, points: u32) -> String {
    format!("Ronde {} van {rounds} · {points} punten", round + 1)
}

/// After a guess: the answer, the rank in the set and the points.
pub fn game_reveal(guess: f64, index: f64, rank: usize, of: usize, points: u32, max: u32) -> String {
    format!(
        "Jij schatte {}; het is {}. Plaats {rank} van {of} op deze kaart (1 is het meest divers). {points} van de {max} punten.",
        percent(guess),
        percent(index)
    )
}

/// "Klaar! 72 van de 100 punten."
pub fn game_total(points: u32, max: u32) -> String {
    format!("Klaar! {points} van de {max} punten.")
}

pub const WORKSHEET_OPEN: &str = "Werkblad";
pub const WORKSHEET_HINT: &str = "Een werkblad voor de klas over deze gemeente, om af te drukken (met antwoordblad)";
pub const WORKSHEET_PRINT: &str = "Afdrukken";
pub const WORKSHEET_CLOSE: &str = "Werkblad sluiten";
pub const WORKSHEET_KEY_SHOW: &str = "Antwoordblad tonen";
pub const WORKSHEET_KEY_HIDE: &str = "Antwoordblad verbergen";
pub const WORKSHEET_TIP: &str =
    "Druk eerst het werkblad af voor de leerlingen; toon daarna het antwoordblad en druk dat \
    af voor jezelf (het komt op een eigen pagina).";
pub const WORKSHEET_NAME: &str = "Naam: ____________________   Klas: ________";
pub const WORKSHEET_KEY: &str = "Antwoordblad voor de docent";
pub const WORKSHEET_HOW: &str =
    "Gebruik de Diversiteitsatlas. De kans dat twee willekeurige inwoners een verschillende \
    herkomst hebben heet hier 'de index'.";

/// "Werkblad: 's-Gravenhage"
pub fn worksheet_title(name: &str) -> String {
    format!("Werkblad: {name}")
}

/// The five questions about a gemeente.
pub fn worksheet_questions(name: &str) -> [String; 5] {
    [
        format!("Hoe groot is de index van {name}?"),
        format!("Welke wijk van {name} is het meest divers, en hoe groot is de index daar?"),
        format!("Welke wijk van {name} is het minst divers, en hoe groot is de index daar?"),
        format!("Welke herkomstgroep is in {name} het grootst, naast mensen met een Nederlandse achtergrond? Hoeveel procent?"),
        format!("Hoeveel wijken van {name} zijn diverser dan de gemeente als geheel? Hoe kan dat?"),
    ]
}

/// The answers, in the questions' order.
pub fn worksheet_key(
    index: f64,
    most: Option<(&str, f64)>,
    least: Option<(&str, f64)>,
    minority: Option<(&str, f64)>,
    above: usize,
    wijken: usize,
) -> [String; 5] {
    let place =
        |p: Option<(&str, f64)>| p.map_or_else(|| MISSING.to_string(), |(name, i)| format!("{name}: {}", percent(i)));
    [
        percent(index),
        place(most),
        place(least),
        minority.map_or_else(|| MISSING.to_string(), |(g, share)| format!("{g}: {}", super::percent_fine(share))),
        format!(
            "{above} van de {wijken} wijken met cijfers. In een wijk kunnen groepen meer gelijk verdeeld zijn dan in de hele \
             gemeente, waar één groep groter is."
        ),
    ]
}

/// "Bekijk de vergelijking (2)"
pub fn compare_show(count: usize) -> String {
    format!("Bekijk de vergelijking ({count})")
}
