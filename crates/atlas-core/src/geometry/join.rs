//! Joining shapes from several sources to table areas by code, with a report of what did not join.
//!
//! Sources come in priority order (say, wijk boundaries of the count year, then an older
//! vintage for the areas the first lacks); each joins only areas no earlier source joined.
//! Boundaries of another year than the counts join only where the area is the same area: the
//! code exists in both and the names agree. Gemeenten merged since the boundary year renumbered
//! their wijken and buurten, so a code can name another area; the join is therefore decided per
//! gemeente: a gemeente's areas still open are drawn from a source only when most of them agree
//! ([`JoinRule::min_gemeente_coverage`]); otherwise none are, and the report lists why.

use crate::model::{AreaCode, AreaId, AreaTable, Level};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// How strictly shapes join.
#[derive(Clone, Copy, Debug)]
pub struct JoinRule {
    /// Also require the names to agree (see [`names_agree`]).
    pub names_must_agree: bool,
    /// Share of a gemeente's areas of the level (those still open) that must join for any of
    /// them to be drawn.
    pub min_gemeente_coverage: f64,
}

impl JoinRule {
    /// Same year as the counts: the code decides.
    pub const SAME_VINTAGE: JoinRule = JoinRule { names_must_agree: false, min_gemeente_coverage: 0.0 };
    /// Another year: code and name, and 90% of a gemeente's open areas.
    pub const OTHER_VINTAGE: JoinRule = JoinRule { names_must_agree: true, min_gemeente_coverage: 0.9 };
}

/// A code in both sources whose names disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NameMismatch {
    pub code: String,
    pub table_name: String,
    pub shape_name: String,
}

/// A gemeente whose areas of a level were left undrawn by one source, with how many of its
/// open areas would have joined.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkippedGemeente {
    pub code: String,
    /// The boundary year of the source that was left out.
    pub year: u16,
    pub joined: u32,
    /// The gemeente's areas of the level still open when this source was tried.
    pub areas: u32,
}

/// What joined for one level and what did not (over all sources of the level).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LevelJoinReport {
    /// Table areas of the level drawn (with a shape at the finest level of detail).
    pub joined: u32,
    /// Codes of the table areas of the level with no shape drawn, in table order.
    pub without_shape: Vec<String>,
    /// Codes of areas that joined but whose shape collapsed at the finest level of detail
    /// (too small for the 1-metre grid); they are also in `without_shape`.
    pub collapsed: Vec<String>,
    /// Shape codes that name no area of the table at this level.
    pub shapes_without_row: Vec<String>,
    pub name_mismatches: Vec<NameMismatch>,
    pub skipped_gemeenten: Vec<SkippedGemeente>,
}

impl LevelJoinReport {
    /// How many table areas of the level have no shape drawn.
    pub fn table_without_shape(&self) -> u32 {
        self.without_shape.len() as u32
    }

    /// Records which areas of the level are drawn: their count, and the codes of the rest.
    pub fn set_drawn(&mut self, table: &AreaTable, level: Level, drawn: &BTreeSet<AreaId>) {
        self.joined = drawn.len() as u32;
        self.without_shape = table
            .ids_at(level)
            .into_iter()
            .filter(|id| !drawn.contains(id))
            .map(|id| table.area(id).code.to_string())
            .collect();
    }
}

/// One source's shapes as the join sees them: code and name (empty when the file has none).
pub struct JoinSource<'a> {
    pub shapes: Vec<(&'a str, &'a str)>,
    pub year: u16,
    pub rule: JoinRule,
}

/// The result of a layered join: per source (in the order given) the areas it draws, as
/// (table area, index of the shape in that source), ordered by area; and the report, whose
/// `joined` and `without_shape` count joined areas (shapes may still collapse later).
pub struct LayeredJoin {
    pub joined: Vec<Vec<(AreaId, usize)>>,
    pub report: LevelJoinReport,
}

/// Joins sources in priority order to the table's areas of one level.
pub fn join_layered(table: &AreaTable, level: Level, sources: &[JoinSource]) -> LayeredJoin {
    let mut report = LevelJoinReport::default();
    let mut taken: BTreeSet<AreaId> = BTreeSet::new();
    let mut joined = Vec::with_capacity(sources.len());
    for source in sources {
        let mut candidates: BTreeMap<AreaId, usize> = BTreeMap::new();
        for (index, &(code, name)) in source.shapes.iter().enumerate() {
            let id = AreaCode::parse(code).ok().filter(|c| c.level() == level).and_then(|c| table.find(&c));
            let Some(id) = id else {
                report.shapes_without_row.push(code.to_string());
                continue;
            };
            if taken.contains(&id) {
                continue;
            }
            let table_name = &table.area(id).name;
            if source.rule.names_must_agree && !names_agree(table_name, name) {
                report.name_mismatches.push(NameMismatch {
                    code: code.to_string(),
                    table_name: table_name.clone(),
                    shape_name: name.to_string(),
                });
                continue;
            }
            candidates.insert(id, index);
        }
        let accepted = accept_by_gemeente(table, level, &taken, &candidates, source, &mut report);
        taken.extend(accepted.iter().map(|(id, _)| *id));
        joined.push(accepted);
    }
    report.set_drawn(table, level, &taken);
    LayeredJoin { joined, report }
}

/// Keeps the candidates of gemeenten where enough of the level's open areas joined.
fn accept_by_gemeente(
    table: &AreaTable,
    level: Level,
    taken: &BTreeSet<AreaId>,
    candidates: &BTreeMap<AreaId, usize>,
    source: &JoinSource,
    report: &mut LevelJoinReport,
) -> Vec<(AreaId, usize)> {
    let mut per_gemeente: BTreeMap<AreaCode, (u32, u32)> = BTreeMap::new();
    for id in table.ids_at(level) {
        let Some(gemeente) = table.area(id).code.gemeente() else { continue };
        if taken.contains(&id) {
            continue;
        }
        let entry = per_gemeente.entry(gemeente).or_default();
        entry.0 += 1;
        entry.1 += u32::from(candidates.contains_key(&id));
    }
    let mut refused: BTreeSet<AreaCode> = BTreeSet::new();
    for (gemeente, &(areas, joined)) in &per_gemeente {
        if joined > 0 && f64::from(joined) / f64::from(areas) < source.rule.min_gemeente_coverage {
            report.skipped_gemeenten.push(SkippedGemeente {
                code: gemeente.to_string(),
                year: source.year,
                joined,
                areas,
            });
            refused.insert(gemeente.clone());
        }
    }
    candidates
        .iter()
        .filter(|(id, _)| table.area(**id).code.gemeente().is_some_and(|g| !refused.contains(&g)))
        .map(|(id, index)| (*id, *index))
        .collect()
}

/// Whether two names of the same code name the same area. Compared as words, after dropping
/// case, punctuation and a leading "Wijk NN" (2014 wijk names carry it), they agree when
/// - the words are the same, or
/// - every word of the shorter name stands in the longer ("Hambroek" in "Uitbreidingsplan
///   Hambroek", but not "Oost" in "Noordoost"), or
/// - they share a distinctive word: four letters or more and not a generic word such as
///   "buitengebied" or "centrum" ("Kraayenstein en de Uithof" became "Kraayenstein en
///   Vroondaal"; "Buitengebied Wilsum" and "Buitengebied Vossenstraat" do not agree).
pub fn names_agree(a: &str, b: &str) -> bool {
    let (a, b) = (name_words(a), name_words(b));
    if a.is_empty() || b.is_empty() {
        return a == b;
    }
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let contained = short.concat().len() >= 4 && short.iter().all(|w| long.contains(w));
    let distinctive = |w: &&String| w.chars().count() >= 4 && !GENERIC_WORDS.contains(&w.as_str());
    a == b || contained || short.iter().filter(distinctive).any(|w| long.contains(w))
}

/// Words that many unrelated areas share, so sharing them says nothing.
const GENERIC_WORDS: &[&str] = &[
    "buitengebied",
    "centrum",
    "verspreide",
    "huizen",
    "kern",
    "dorp",
    "wijk",
    "buurt",
    "noord",
    "zuid",
    "oost",
    "west",
    "midden",
    "landelijk",
    "gebied",
    "omgeving",
    "bedrijventerrein",
    "industrieterrein",
    "recreatiegebied",
    "overig",
    "oude",
    "nieuw",
    "nieuwe",
    "stad",
    "park",
    "polder",
];

fn name_words(name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    let words: Vec<String> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    match words.as_slice() {
        [first, number, rest @ ..] if first == "wijk" && number.chars().all(|c| c.is_ascii_digit()) => rest.to_vec(),
        _ => words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::read_kwb_csv;

    #[test]
    fn names_agree_across_vintages() {
        assert!(names_agree("Zwammerdam", "Wijk 71 Zwammerdam"));
        assert!(names_agree("Hambroek", "Uitbreidingsplan Hambroek"));
        assert!(names_agree("'t Lien zuid", "'t Lien Zuid"));
        assert!(!names_agree("Kern Oene", "Tongeren"));
        assert!(!names_agree("Zuidwest", "Wijk 07 Stadsparkwijk"));
        assert!(!names_agree("Oost", "Wijk 01 Noordoost"), "too short to count as contained");
        assert!(names_agree("Wijk 16 Kraayenstein en Vroondaal", "Wijk 16 Kraayenstein en de Uithof"));
        assert!(!names_agree("Buitengebied - Groenendaal", "Buitengebied Vossenstraat"));
        assert!(!names_agree("Verspreide huizen Rilland", "Verspreide huizen ten oosten van Schelde-Rijnkanaal"));
    }

    const TABLE: &str = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\n\
        GM9999;Fictiestad;10;0;0;0;0;0;0\nGM9998;Nepdorp;10;0;0;0;0;0;0\n\
        WK999901;Centrum;5;0;0;0;0;0;0\nWK999902;Haven;5;0;0;0;0;0;0\n\
        WK999801;Dorp;5;0;0;0;0;0;0\nWK999802;Veld;5;0;0;0;0;0;0\n";

    fn codes(table: &AreaTable, joined: &[(AreaId, usize)]) -> Vec<String> {
        joined.iter().map(|(id, _)| table.area(*id).code.to_string()).collect()
    }

    #[test]
    fn joins_per_gemeente_and_reports_both_directions() {
        // Fictional: Fictiestad (GM9999) keeps its wijken, Nepdorp (GM9998) renumbered them.
        let table = read_kwb_csv(TABLE.as_bytes(), "f.csv").unwrap();
        let shapes = vec![
            ("WK999901", "Wijk 01 Centrum"),
            ("WK999902", "Wijk 02 Haven"),
            ("WK999801", "Wijk 01 Dorp"),
            ("WK999802", "Wijk 02 Kerkbuurt"),
            ("WK999701", "Wijk 01 Weg"),
        ];
        let source = JoinSource { shapes, year: 2014, rule: JoinRule::OTHER_VINTAGE };
        let join = join_layered(&table, Level::Wijk, &[source]);
        assert_eq!(codes(&table, &join.joined[0]), vec!["WK999901", "WK999902"]);
        assert_eq!(join.joined[0][1].1, 1, "the index of the shape in its source");
        assert_eq!(join.report.joined, 2);
        assert_eq!(join.report.without_shape, vec!["WK999801", "WK999802"]);
        assert_eq!(join.report.table_without_shape(), 2);
        assert_eq!(join.report.shapes_without_row, vec!["WK999701".to_string()]);
        assert_eq!(join.report.name_mismatches.len(), 1);
        assert_eq!(
            join.report.skipped_gemeenten,
            vec![SkippedGemeente { code: "GM9998".into(), year: 2014, joined: 1, areas: 2 }]
        );
    }

    #[test]
    fn a_layered_join_takes_the_first_source_and_falls_back_per_open_area() {
        let table = read_kwb_csv(TABLE.as_bytes(), "f.csv").unwrap();
        // 2022 (no names) covers Fictiestad's Centrum and Nepdorp's Dorp only.
        let new =
            JoinSource { shapes: vec![("WK999901", ""), ("WK999801", "")], year: 2022, rule: JoinRule::SAME_VINTAGE };
        // 2014 has all four, one under a name that no longer agrees (Nepdorp's Veld).
        let old = JoinSource {
            shapes: vec![
                ("WK999901", "Wijk 01 Oud Centrum"),
                ("WK999902", "Wijk 02 Haven"),
                ("WK999801", "Wijk 01 Dorp"),
                ("WK999802", "Wijk 02 Kerkbuurt"),
            ],
            year: 2014,
            rule: JoinRule::OTHER_VINTAGE,
        };
        let join = join_layered(&table, Level::Wijk, &[new, old]);
        assert_eq!(codes(&table, &join.joined[0]), vec!["WK999901", "WK999801"], "in table order");
        // Fictiestad's one open wijk agrees (1 of 1); Nepdorp's does not (0 of 1): nothing to skip.
        assert_eq!(codes(&table, &join.joined[1]), vec!["WK999902"]);
        assert_eq!(join.joined[1][0].1, 1);
        assert_eq!(join.report.joined, 3);
        assert_eq!(join.report.without_shape, vec!["WK999802"]);
        // An area taken by 2022 is not compared with its 2014 name.
        assert_eq!(join.report.name_mismatches.len(), 1);
        assert_eq!(join.report.name_mismatches[0].code, "WK999802");
        assert!(join.report.skipped_gemeenten.is_empty());
    }

    #[test]
    fn coverage_counts_only_the_areas_still_open() {
        let table = read_kwb_csv(TABLE.as_bytes(), "f.csv").unwrap();
        let first = JoinSource { shapes: vec![("WK999901", "")], year: 2022, rule: JoinRule::SAME_VINTAGE };
        // Of Fictiestad's two wijken only one is open; one of one agrees: 100%, drawn.
        let second = JoinSource { shapes: vec![("WK999902", "Haven")], year: 2014, rule: JoinRule::OTHER_VINTAGE };
        let join = join_layered(&table, Level::Wijk, &[first, second]);
        assert_eq!(join.joined[1].len(), 1);
        // Alone, the same 2014 source covers one of two (50% < 90%): left out and reported.
        let alone = JoinSource { shapes: vec![("WK999902", "Haven")], year: 2014, rule: JoinRule::OTHER_VINTAGE };
        let join = join_layered(&table, Level::Wijk, &[alone]);
        assert!(join.joined[0].is_empty());
        assert_eq!(join.report.skipped_gemeenten[0].code, "GM9999");
        assert_eq!(join.report.skipped_gemeenten[0].areas, 2);
    }
}
