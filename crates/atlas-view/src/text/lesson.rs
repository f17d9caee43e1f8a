//! The Dutch and English text of the classroom: the story's steps (B1, no jargon; every number
//! passed in, computed from the data on screen), the two-residents explainer and presentation mode.

use super::lang::{lang, pick, texts, Lang};
use super::typology::type_label;
use super::{percent, thousands};
use atlas_core::lesson::DiverseShare;
use atlas_core::typology::MunicipalityType;

texts! {
    STORY_START = "Verhaal",
        "Story";
    STORY_START_HINT = "Een rondleiding in zeven stappen langs wat het rapport vond, op de kaart",
        "A tour in seven steps of what the report found, on the map";
    STORY_PREVIOUS = "Vorige",
        "Previous";
    STORY_NEXT = "Volgende",
        "Next";
    STORY_CLOSE = "Verhaal sluiten",
        "Close story";
    STORY_KEYS = "Pijltjestoetsen: vorige en volgende stap; Esc: sluiten",
        "Arrow keys: previous and next step; Esc: close";
}

/// "Stap 2 van 7"
pub fn story_position(step: usize, steps: usize) -> String {
    match lang() {
        Lang::Nl => format!("Stap {} van {steps}", step + 1),
        Lang::En => format!("Step {} of {steps}", step + 1),
    }
}

#[allow(non_snake_case)]
fn MISSING() -> &'static str {
    pick("niet in deze tabel", "not in this table")
}

/// "1 municipality", "2 municipalities": an English count with the right plural.
fn count_en(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n as u64), if n == 1 { one } else { many })
}

fn chance(value: Option<(f64, usize)>) -> String {
    value.map_or_else(|| MISSING().to_string(), |(index, _)| percent(index))
}

texts! {
    STEP_1_TITLE = "Van een paar groepen naar heel veel",
        "From a few groups to a great many";
}

pub fn step_1(old: Option<(f64, usize)>, new: Option<(f64, usize)>) -> Vec<String> {
    let groups = new.map_or(0, |n| n.1);
    let mut text = vec![pick(
        "Lang keek men vooral naar drie groepen: mensen met een Nederlandse, een westerse en een \
        niet-westerse achtergrond. Maar Nederlanders komen uit heel veel verschillende landen.",
        "For a long time, people mostly looked at three groups: people with a Dutch, a Western or a \
        non-Western background. But the people of the Netherlands come from a great many different countries.",
    )
    .to_string()];
    text.push(match lang() {
        Lang::Nl => format!(
            "Met die drie groepen is de kans dat twee willekeurige inwoners van Nederland een verschillende herkomst hebben {}. \
             Met {} groepen is die kans {}.",
            chance(old),
            groups,
            chance(new)
        ),
        Lang::En => format!(
            "With those three groups, the chance that two random residents of the Netherlands have a different origin is {}. \
             With {} groups, that chance is {}.",
            chance(old),
            groups,
            chance(new)
        ),
    });
    if let (Some((old, _)), Some((new, _))) = (old, new) {
        let gap = points(new - old);
        text.push(match lang() {
            Lang::Nl => {
                let unit = if gap == "1" { "procentpunt" } else { "procentpunten" };
                format!("De oude blik verbergt dus {gap} {unit} verscheidenheid.")
            }
            Lang::En => {
                let unit = if gap == "1" || gap == "-1" { "percentage point" } else { "percentage points" };
                format!("So the old lens hides {gap} {unit} of diversity.")
            }
        });
    }
    text.push(
        pick(
            "De kaart kleurt nu met de oude blik. Kies bij 'Blik' voor 'alle groepen van de tabel' en kijk wat er verandert.",
            "The map is now coloured with the old lens. Under 'Lens', choose 'all groups of the table' and see what changes.",
        )
        .into(),
    );
    text
}

texts! {
    STEP_2_TITLE = "Oude blik, nieuwe blik in Den Haag",
        "Old lens, new lens in Den Haag";
}

pub fn step_2(old: Option<(f64, usize)>, new: Option<(f64, usize)>) -> Vec<String> {
    let groups = new.map_or(0, |n| n.1);
    vec![
        match lang() {
            Lang::Nl => format!(
                "In Den Haag is de kans met drie groepen {}. Met {} groepen is die {}.",
                chance(old),
                groups,
                chance(new)
            ),
            Lang::En => format!(
                "In Den Haag (The Hague), the chance with three groups is {}. With {} groups, it is {}.",
                chance(old),
                groups,
                chance(new)
            ),
        },
        pick(
            "De kaart laat per gemeente zien hoeveel de oude blik verbergt: hoe donkerder, hoe meer verscheidenheid je \
             mist als je alleen 'westers' en 'niet-westers' telt.",
            "The map shows for each municipality how much the old lens hides: the darker, the more diversity you \
             miss if you only count 'Western' and 'non-Western'.",
        )
        .into(),
    ]
}

texts! {
    STEP_3_TITLE = "Waar de meeste mensen wonen",
        "Where most people live";
}

pub fn step_3(share: Option<DiverseShare>, groups: usize) -> Vec<String> {
    let Some(share) = share else { return vec![MISSING().to_string()] };
    vec![
        match lang() {
            Lang::Nl => format!(
                "{} van alle inwoners woont in een gemeente waar de kans dat twee inwoners een verschillende herkomst hebben \
                 minstens één op drie is. Dat zijn {} van de {} gemeenten met cijfers (gemeten met {groups} groepen).",
                percent(share.share),
                thousands(share.gemeenten as u64),
                thousands(share.of as u64)
            ),
            Lang::En => format!(
                "{} of all residents live in a municipality where the chance that two residents have a different origin \
                 is at least one in three. That is {} of the {} with figures (measured with {}).",
                percent(share.share),
                thousands(share.gemeenten as u64),
                count_en(share.of, "municipality", "municipalities"),
                count_en(groups, "group", "groups")
            ),
        },
        pick(
            "Verscheidenheid is dus niet iets van een paar plekken: de meeste mensen wonen ermee.",
            "So diversity is not something found in just a few places: most people live with it.",
        )
        .into(),
    ]
}

texts! {
    STEP_4_TITLE = "De drie grote steden",
        "The three big cities";
}

pub fn step_4(cities: &[(String, Option<(f64, usize)>)], gemeenten: usize) -> Vec<String> {
    let mut text: Vec<String> = cities
        .iter()
        .map(|(name, value)| match value {
            Some((index, rank)) => match lang() {
                Lang::Nl => format!("{name}: {} (plaats {rank} van {gemeenten})", percent(*index)),
                Lang::En => format!(
                    "{name}: {} (number {} of {})",
                    percent(*index),
                    thousands(*rank as u64),
                    thousands(gemeenten as u64)
                ),
            },
            None => format!("{name}: {}", MISSING()),
        })
        .collect();
    text.push(
        pick(
            "In de grote steden wonen mensen uit heel veel landen naast elkaar. In de volgende stap kijken we in één stad van dichtbij.",
            "In the big cities, people from a great many countries live side by side. In the next step, we take a close look at one city.",
        )
        .into(),
    );
    text
}

texts! {
    STEP_5_TITLE = "Den Haag van dichtbij",
        "A close look at Den Haag";
}

pub fn step_5(wijken: &[(Option<String>, Option<f64>)], groups: usize, zorgvliet_western: Option<f64>) -> Vec<String> {
    let mut text: Vec<String> = wijken
        .iter()
        .filter_map(|(name, index)| {
            Some(format!("{}: {}", name.as_ref()?, index.map_or_else(|| MISSING().into(), percent)))
        })
        .collect();
    let name = |i: usize| wijken.get(i).and_then(|w| w.0.clone()).unwrap_or_default();
    text.push(match lang() {
        Lang::Nl => {
            format!("In {} en {} wonen mensen uit heel veel landen, vooral van buiten Europa.", name(0), name(1))
        }
        Lang::En => format!(
            "{} and {} are home to people from a great many countries, mostly from outside Europe.",
            name(0),
            name(1)
        ),
    });
    if let Some(western) = zorgvliet_western {
        text.push(match lang() {
            Lang::Nl => format!(
                "In {} heeft {} van de inwoners een westerse achtergrond. Volgens het WRR-rapport zijn dat veel mensen uit \
                 andere Europese landen en uit Engelstalige landen. Met deze {groups} groepen tellen die allemaal als één \
                 groep 'westers': zo zie je niet hoeveel verschillende landen daar samenkomen.",
                name(2),
                percent(western)
            ),
            Lang::En => format!(
                "In {}, {} of the residents have a Western background. According to the WRR report, many of them are people \
                 from other European countries and from English-speaking countries. With these {} they all count as one \
                 group, 'Western': so you cannot see how many different countries come together there.",
                name(2),
                percent(western),
                count_en(groups, "group", "groups")
            ),
        });
    }
    text
}

texts! {
    STEP_6_TITLE = "Acht soorten gemeenten",
        "Eight types of municipality";
}

pub fn step_6(types: &[(MunicipalityType, usize, Option<String>)]) -> Vec<String> {
    let mut text = vec![pick(
        "Het rapport deelt gemeenten in acht soorten in, plus 'gemiddeld'. De atlas doet dat hier zelf, met de \
        cijfers op het scherm; sommige soorten zijn een benadering (het paneel zegt welke). Klik op een gemeente om te \
        zien waarom ze bij haar soort hoort.",
        "The report sorts municipalities into eight types, plus 'average'. Here the atlas does this itself, with the \
        figures on the screen; some types are an approximation (the panel says which). Click on a municipality to \
        see why it belongs to its type.",
    )
    .to_string()];
    text.extend(types.iter().map(|(kind, count, example)| match (lang(), example) {
        (Lang::Nl, Some(name)) => {
            format!("{}: {} gemeenten, bijvoorbeeld {name}", type_label(*kind), thousands(*count as u64))
        }
        (Lang::Nl, None) => format!("{}: geen gemeenten", type_label(*kind)),
        (Lang::En, Some(name)) => {
            format!("{}: {}, for example {name}", type_label(*kind), count_en(*count, "municipality", "municipalities"))
        }
        (Lang::En, None) => format!("{}: no municipalities", type_label(*kind)),
    }));
    text
}

texts! {
    STEP_7_TITLE = "En jouw gemeente?",
        "And your municipality?";
}

pub fn step_7(country: Option<(f64, usize)>) -> Vec<String> {
    let groups = country.map_or_else(String::new, |(_, groups)| match lang() {
        Lang::Nl => format!(" (met {groups} groepen)"),
        Lang::En => format!(" (with {})", count_en(groups, "group", "groups")),
    });
    vec![
        match lang() {
            Lang::Nl => format!(
                "Zoek je eigen gemeente of wijk in het zoekvak bovenaan. Hoe groot is de kans daar? In heel Nederland is die {}{groups}.",
                chance(country)
            ),
            Lang::En => format!(
                "Look up your own municipality or district in the search box at the top. How big is the chance there? \
                 In the Netherlands as a whole, it is {}{groups}.",
                chance(country)
            ),
        },
        pick(
            "Is jouw wijk diverser dan je gemeente? Welke wijk in je gemeente is het meest divers, en welke het minst?",
            "Is your district more diverse than your municipality? Which district in your municipality is the most \
             diverse, and which is the least?",
        )
        .into(),
    ]
}

/// Index points, "3" or "12".
fn points(difference: f64) -> String {
    format!("{}", (difference * 100.0).round() as i64)
}

texts! {
    TWO_RESIDENTS_TITLE = "Trek twee inwoners",
        "Draw two residents";
}

pub fn two_residents_intro(area: &str) -> String {
    match lang() {
        Lang::Nl => format!(
            "Kies twee willekeurige inwoners van {area}. Hebben ze dezelfde herkomst of een verschillende? Doe dat heel vaak: \
             hoe vaak ze verschillen, komt uit bij de diversiteitsindex."
        ),
        Lang::En => format!(
            "Pick two random residents of {area}. Do they have the same origin or a different one? Do this many, many times: \
             how often they differ ends up at the diversity index."
        ),
    }
}

texts! {
    TWO_RESIDENTS_NONE = "Nog niemand getrokken.",
        "No one drawn yet.";
    START = "Start",
        "Start";
    PAUSE = "Pauze",
        "Pause";
    SPEED = "Snelheid",
        "Speed";
    DRAW_ONE = "Eén paar",
        "One pair";
    DRAW_HUNDRED = "100 paren",
        "100 pairs";
    RESET = "Opnieuw",
        "Start over";
    STILL_NOTE = "Zonder beweging (zoals je browser vraagt): trek paren met de knoppen.",
        "No animation (as your browser asks): draw pairs with the buttons.";
    FORMULA_HEADING = "De formule",
        "The formula";
    FORMULA_GROUP = "Groep",
        "Group";
    SQUARE_LABEL = "Het vierkant van alle paren: de gekleurde vierkantjes op de diagonaal zijn de paren uit \
    dezelfde groep; de stippen zijn de getrokken paren.",
        "The square of all pairs: the coloured squares on the diagonal are the pairs from \
    the same group; the dots are the pairs drawn.";
    SQUARE_CAPTION = "Eerste inwoner van links naar rechts, tweede van boven naar beneden. Een stip in een \
    gekleurd vierkantje: twee inwoners uit dezelfde groep. Daarbuiten: verschillend.",
        "First resident from left to right, second from top to bottom. A dot in a \
    coloured square: two residents from the same group. Outside them: different.";
    SQUARE_EXPLAINED = "Elk gekleurd vierkantje heeft als zijde het aandeel p van een groep, dus als oppervlak \
    p². Samen zijn ze de kans op twee inwoners uit dezelfde groep; de rest van het vierkant is de kans dat ze verschillen.",
        "Each coloured square has a group's share p as its side, so its area is \
    p². Together they are the chance of two residents from the same group; the rest of the square is the chance that they differ.";
}

pub fn verdict(different: bool) -> &'static str {
    if different {
        pick("Verschillende herkomst", "Different origin")
    } else {
        pick("Dezelfde herkomst", "Same origin")
    }
}

/// "20 per seconde"
pub fn per_second(pairs: u32) -> String {
    match lang() {
        Lang::Nl => format!("{pairs} per seconde"),
        Lang::En => format!("{pairs} per second"),
    }
}

/// "Verschillend: 123 · hetzelfde: 77 → 62% verschillend. De index: 61%."
pub fn tally_sentence(different: u64, same: u64, share: Option<f64>, index: f64) -> String {
    match (lang(), share) {
        (Lang::Nl, Some(share)) => format!(
            "Verschillend: {} · hetzelfde: {} → {} verschillend. De index: {}.",
            thousands(different),
            thousands(same),
            percent(share),
            percent(index)
        ),
        (Lang::En, Some(share)) => format!(
            "Different: {} · same: {} → {} different. The index: {}.",
            thousands(different),
            thousands(same),
            percent(share),
            percent(index)
        ),
        (Lang::Nl, None) => format!("De index: {}. Trek paren en kijk of je daarbij uitkomt.", percent(index)),
        (Lang::En, None) => format!("The index: {}. Draw pairs and see if you end up there.", percent(index)),
    }
}

pub fn tally_bar_label(share: Option<f64>, index: f64) -> String {
    match (lang(), share) {
        (Lang::Nl, Some(share)) => {
            format!("{} van de paren verschilt; de index is {}", percent(share), percent(index))
        }
        (Lang::En, Some(share)) => format!("{} of the pairs differ; the index is {}", percent(share), percent(index)),
        (Lang::Nl, None) => format!("De index is {}", percent(index)),
        (Lang::En, None) => format!("The index is {}", percent(index)),
    }
}

/// "1 − (0,56 + 0,04 + …) = 1 − 0,62 = 0,38": every term shown, with two decimals.
pub fn formula(shares: &[f64], index: f64) -> String {
    let two = |v: f64| super::notation_decimal(v, 2);
    let terms: Vec<String> = shares.iter().filter(|p| **p > 0.0).map(|p| two(p * p)).collect();
    let sum: f64 = shares.iter().map(|p| p * p).sum();
    format!("1 − Σp² = 1 − ({}) = 1 − {} = {}", terms.join(" + "), two(sum), two(index))
}

texts! {
    PRESENTATION = "Presentatie",
        "Presentation";
    PRESENTATION_HINT = "Grote letters en sterk contrast, voor een digibord of beamer",
        "Large text and strong contrast, for an interactive whiteboard or projector";
    FULL_SCREEN = "Volledig scherm",
        "Full screen";
    LEAVE_FULL_SCREEN = "Volledig scherm uit",
        "Exit full screen";
}

texts! {
    COMPARE_ADD = "Vergelijken",
        "Compare";
    COMPARE_ADDED = "In de vergelijking",
        "In the comparison";
    COMPARE_FULL = "De vergelijking is vol (4 gebieden)",
        "The comparison is full (4 areas)";
    COMPARE_HEADING = "Vergelijking",
        "Comparison";
    COMPARE_CLEAR = "Vergelijking wissen",
        "Clear comparison";
    COMPARE_REMOVE = "Weghalen",
        "Remove";
    COMPARE_HINT = "Kies nog een gebied (op de kaart, in de lijst of met zoeken) en klik op 'Vergelijken'.",
        "Choose another area (on the map, in the list or by searching) and click 'Compare'.";
    COMPARE_INDEX = "Kans op verschillende herkomst",
        "Chance of a different origin";
    COMPARE_GROUPS_NOTE = "Tussen haakjes: met hoeveel groepen is gemeten. Meer groepen geven een hogere kans; \
    vergelijk dus vooral getallen met hetzelfde aantal groepen.",
        "In brackets: how many groups were used to measure. More groups give a higher chance, \
    so it is best to compare numbers with the same number of groups.";
}

/// A place and a share or index: ("Amsterdam", 0.75).
pub type Named<'a> = (&'a str, f64);

/// The sentence under the comparison: most and least diverse, and the group that differs most
/// (its label, where its share is highest and lowest).
pub fn compare_sentence(most: Named, least: Named, group: Option<(&str, Named, Named)>) -> String {
    let mut text = match lang() {
        Lang::Nl => format!(
            "{} is het meest divers ({}), {} het minst ({}).",
            most.0,
            percent(most.1),
            least.0,
            percent(least.1)
        ),
        Lang::En => format!(
            "{} is the most diverse ({}), {} the least ({}).",
            most.0,
            percent(most.1),
            least.0,
            percent(least.1)
        ),
    };
    if let Some((label, high, low)) = group {
        text.push_str(&match lang() {
            Lang::Nl => format!(
                " Het grootste verschil in samenstelling: {label}, {} van de inwoners in {} tegen {} in {}.",
                super::percent_fine(high.1),
                high.0,
                super::percent_fine(low.1),
                low.0
            ),
            Lang::En => format!(
                " The biggest difference in who lives there: {label}, {} of the residents in {} compared with {} in {}.",
                super::percent_fine(high.1),
                high.0,
                super::percent_fine(low.1),
                low.0
            ),
        });
    }
    text
}

texts! {
    GAME_START = "Raad de index",
        "Guess the index";
    GAME_START_HINT = "Een spel: raad hoe divers een gebied is, tien rondes, uit de gebieden op de kaart",
        "A game: guess how diverse an area is, ten rounds, using the areas on the map";
    GAME_GUESS = "Jouw schatting",
        "Your guess";
    GAME_CHECK = "Raden",
        "Check";
    GAME_NEXT = "Volgende ronde",
        "Next round";
    GAME_AGAIN = "Nog een keer",
        "Play again";
    GAME_CLOSE = "Stoppen",
        "Stop";
    GAME_QUESTION = "Hoe groot is de kans dat twee willekeurige inwoners hier een verschillende herkomst hebben?",
        "How big is the chance that two random residents here have a different origin?";
    GAME_TOO_FEW = "Op deze kaart staan te weinig gebieden met cijfers voor een spel. Kies een andere kaart.",
        "This map has too few areas with figures for a game. Choose another map.";
    GAME_PRIVATE = "Er wordt niets bewaard of verstuurd.",
        "Nothing is saved or sent anywhere.";
}

/// "Ronde 3 van 10 · 24 punten"
pub fn game_status(round: usize, rounds: usize, points: u32) -> String {
    match lang() {
        Lang::Nl => format!("Ronde {} van {rounds} · {points} punten", round + 1),
        Lang::En => format!("Round {} of {rounds} · {}", round + 1, count_en(points as usize, "point", "points")),
    }
}

/// After a guess: the answer, the rank in the set and the points.
pub fn game_reveal(guess: f64, index: f64, rank: usize, of: usize, points: u32, max: u32) -> String {
    match lang() {
        Lang::Nl => format!(
            "Jij schatte {}; het is {}. Plaats {rank} van {of} op deze kaart (1 is het meest divers). {points} van de {max} punten.",
            percent(guess),
            percent(index)
        ),
        Lang::En => format!(
            "You guessed {}; it is {}. Number {} of {} on this map (1 is the most diverse). {points} out of {}.",
            percent(guess),
            percent(index),
            thousands(rank as u64),
            thousands(of as u64),
            count_en(max as usize, "point", "points")
        ),
    }
}

/// "Klaar! 72 van de 100 punten."
pub fn game_total(points: u32, max: u32) -> String {
    match lang() {
        Lang::Nl => format!("Klaar! {points} van de {max} punten."),
        Lang::En => format!("Done! {points} out of {}.", count_en(max as usize, "point", "points")),
    }
}

texts! {
    WORKSHEET_OPEN = "Werkblad",
        "Worksheet";
    WORKSHEET_HINT = "Een werkblad voor de klas over deze gemeente, om af te drukken (met antwoordblad)",
        "A worksheet for the class about this municipality, to print (with answer key)";
    WORKSHEET_PRINT = "Afdrukken",
        "Print";
    WORKSHEET_CLOSE = "Werkblad sluiten",
        "Close worksheet";
    WORKSHEET_KEY_SHOW = "Antwoordblad tonen",
        "Show answer key";
    WORKSHEET_KEY_HIDE = "Antwoordblad verbergen",
        "Hide answer key";
    WORKSHEET_TIP = "Druk eerst het werkblad af voor de leerlingen; toon daarna het antwoordblad en druk dat \
    af voor jezelf (het komt op een eigen pagina).",
        "First print the worksheet for the students; then show the answer key and print it \
    for yourself (it goes on a page of its own).";
    WORKSHEET_NAME = "Naam: ____________________   Klas: ________",
        "Name: ____________________   Class: ________";
    WORKSHEET_KEY = "Antwoordblad voor de docent",
        "Answer key for the teacher";
    WORKSHEET_HOW = "Gebruik de Diversiteitsatlas. De kans dat twee willekeurige inwoners een verschillende \
    herkomst hebben heet hier 'de index'.",
        "Use the Diversity Atlas. The chance that two random residents have a different \
    origin is called 'the index' here.";
}

/// "Werkblad: 's-Gravenhage"
pub fn worksheet_title(name: &str) -> String {
    match lang() {
        Lang::Nl => format!("Werkblad: {name}"),
        Lang::En => format!("Worksheet: {name}"),
    }
}

/// The five questions about a gemeente.
pub fn worksheet_questions(name: &str) -> [String; 5] {
    match lang() {
        Lang::Nl => [
            format!("Hoe groot is de index van {name}?"),
            format!("Welke wijk van {name} is het meest divers, en hoe groot is de index daar?"),
            format!("Welke wijk van {name} is het minst divers, en hoe groot is de index daar?"),
            format!("Welke herkomstgroep is in {name} het grootst, naast mensen met een Nederlandse achtergrond? Hoeveel procent?"),
            format!("Hoeveel wijken van {name} zijn diverser dan de gemeente als geheel? Hoe kan dat?"),
        ],
        Lang::En => [
            format!("How big is the index of {name}?"),
            format!("Which district of {name} is the most diverse, and how big is the index there?"),
            format!("Which district of {name} is the least diverse, and how big is the index there?"),
            format!("Apart from people with a Dutch background, which origin group is the largest in {name}? What percentage?"),
            format!("How many districts of {name} are more diverse than the municipality as a whole? How is that possible?"),
        ],
    }
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
        |p: Option<(&str, f64)>| p.map_or_else(|| MISSING().to_string(), |(name, i)| format!("{name}: {}", percent(i)));
    [
        percent(index),
        place(most),
        place(least),
        minority.map_or_else(|| MISSING().to_string(), |(g, share)| format!("{g}: {}", super::percent_fine(share))),
        match lang() {
            Lang::Nl => format!(
                "{above} van de {wijken} wijken met cijfers. In een wijk kunnen groepen meer gelijk verdeeld zijn dan in de hele \
                 gemeente, waar één groep groter is."
            ),
            Lang::En => format!(
                "{} of the {} with figures. In a district, groups can be spread more evenly than in the whole \
                 municipality, where one group is bigger.",
                thousands(above as u64),
                count_en(wijken, "district", "districts")
            ),
        },
    ]
}

/// "Bekijk de vergelijking (2)"
pub fn compare_show(count: usize) -> String {
    match lang() {
        Lang::Nl => format!("Bekijk de vergelijking ({count})"),
        Lang::En => format!("View the comparison ({count})"),
    }
}
