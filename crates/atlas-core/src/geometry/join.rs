//! Joining shapes to table areas by code, with a report of what did not join either way.
//!
//! Boundaries of another year than the counts join only where the area is the same area: the
//! code exists in both and the names agree. Gemeenten merged since the boundary year renumbered
//! their wijken and buurten, so a code can name another area; the join is therefore decided per
//! gemeente: a gemeente's areas of a level are drawn only when most of them agree
//! ([`JoinRule::min_gemeente_coverage`]); otherwise none are, and the report lists why.

use crate::formats::{AreaShape, ShapeSet};
use crate::model::{AreaCode, AreaId, AreaTable, Level};
use geo::MultiPolygon;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// How strictly shapes join.
#[derive(Clone, Copy, Debug)]
pub struct JoinRule {
    /// Also require the names to agree (see [`names_agree`]).
    pub names_must_agree: bool,
    /// Share of a gemeente's areas of the level that must join for any of them to be drawn.
    pub min_gemeente_coverage: f64,
}

impl JoinRule {
    /// Same year as the counts: the code decides.
    pub const SAME_VINTAGE: JoinRule = JoinRule { names_must_agree: false, min_gemeente_coverage: 0.0 };
    /// Another year: code and name, and 90% of a gemeente's areas.
    pub const OTHER_VINTAGE: JoinRule = JoinRule { names_must_agree: true, min_gemeente_coverage: 0.9 };
}

/// A code in both sources whose names disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NameMismatch {
    pub code: String,
    pub table_name: String,
    pub shape_name: String,
}

/// A gemeente whose areas of a level were left undrawn, with how many would have joined.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkippedGemeente {
    pub code: String,
    pub joined: u32,
    pub areas: u32,
}

/// What joined for one level and what did not.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LevelJoinReport {
    pub joined: u32,
    /// Table areas of the level with no shape drawn.
    pub table_without_shape: u32,
    /// Shape codes that name no area of the table.
    pub shapes_without_row: Vec<String>,
    pub name_mismatches: Vec<NameMismatch>,
    pub skipped_gemeenten: Vec<SkippedGemeente>,
}

/// The shapes that joined, by table area, and the report.
pub struct LevelJoin {
    pub joined: Vec<(AreaId, MultiPolygon<f64>)>,
    pub report: LevelJoinReport,
}

/// Joins a set of shapes to the table's areas of one level.
pub fn join_shapes(table: &AreaTable, shapes: &ShapeSet, level: Level, rule: JoinRule) -> LevelJoin {
    let mut report = LevelJoinReport::default();
    let mut candidates: BTreeMap<AreaId, &AreaShape> = BTreeMap::new();
    for shape in shapes {
        let id = AreaCode::parse(&shape.code).ok().filter(|c| c.level() == level).and_then(|c| table.find(&c));
        let Some(id) = id else {
            report.shapes_without_row.push(shape.code.clone());
            continue;
        };
        let table_name = &table.area(id).name;
        if rule.names_must_agree && !names_agree(table_name, &shape.name) {
            report.name_mismatches.push(NameMismatch {
                code: shape.code.clone(),
                table_name: table_name.clone(),
                shape_name: shape.name.clone(),
            });
            continue;
        }
        candidates.insert(id, shape);
    }
    let accepted = accept_by_gemeente(table, level, &candidates, rule, &mut report);
    let joined: Vec<(AreaId, MultiPolygon<f64>)> = candidates
        .into_iter()
        .filter(|(id, _)| accepted.contains_key(id))
        .map(|(id, s)| (id, s.outline.clone()))
        .collect();
    report.joined = joined.len() as u32;
    report.table_without_shape = table.ids_at(level).len() as u32 - report.joined;
    LevelJoin { joined, report }
}

/// Keeps the candidates of gemeenten where enough of the level's areas joined.
fn accept_by_gemeente(
    table: &AreaTable,
    level: Level,
    candidates: &BTreeMap<AreaId, &AreaShape>,
    rule: JoinRule,
    report: &mut LevelJoinReport,
) -> HashMap<AreaId, ()> {
    let mut per_gemeente: BTreeMap<AreaCode, (u32, Vec<AreaId>)> = BTreeMap::new();
    for id in table.ids_at(level) {
        let Some(gemeente) = table.area(id).code.gemeente() else {
            continue;
        };
        let entry = per_gemeente.entry(gemeente).or_default();
        entry.0 += 1;
        if candidates.contains_key(&id) {
            entry.1.push(id);
        }
    }
    let mut accepted = HashMap::new();
    for (gemeente, (areas, joined)) in per_gemeente {
        let coverage = joined.len() as f64 / areas as f64;
        if coverage >= rule.min_gemeente_coverage && !joined.is_empty() {
            accepted.extend(joined.into_iter().map(|id| (id, ())));
        } else if !joined.is_empty() {
            report.skipped_gemeenten.push(SkippedGemeente {
                code: gemeente.to_string(),
                joined: joined.len() as u32,
                areas,
            });
        }
    }
    accepted
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
    use geo::polygon;

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

    fn shape(code: &str, name: &str) -> AreaShape {
        AreaShape {
            code: code.into(),
            name: name.into(),
            outline: MultiPolygon(vec![polygon![(x: 0., y: 0.), (x: 1., y: 0.), (x: 0., y: 1.)]]),
        }
    }

    #[test]
    fn joins_per_gemeente_and_reports_both_directions() {
        // Fictional: Fictiestad (GM9999) keeps its wijken, Nepdorp (GM9998) renumbered them.
        let csv = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur\n\
            GM9999;Fictiestad;10;0;0;0;0;0;0\nGM9998;Nepdorp;10;0;0;0;0;0;0\n\
            WK999901;Centrum;5;0;0;0;0;0;0\nWK999902;Haven;5;0;0;0;0;0;0\n\
            WK999801;Dorp;5;0;0;0;0;0;0\nWK999802;Veld;5;0;0;0;0;0;0\n";
        let table = read_kwb_csv(csv.as_bytes(), "f.csv").unwrap();
        let shapes = vec![
            shape("WK999901", "Wijk 01 Centrum"),
            shape("WK999902", "Wijk 02 Haven"),
            shape("WK999801", "Wijk 01 Dorp"),
            shape("WK999802", "Wijk 02 Kerkbuurt"),
            shape("WK999701", "Wijk 01 Weg"),
        ];
        let join = join_shapes(&table, &shapes, Level::Wijk, JoinRule::OTHER_VINTAGE);
        let codes: Vec<&str> = join.joined.iter().map(|(id, _)| table.area(*id).code.as_str()).collect();
        assert_eq!(codes, vec!["WK999901", "WK999902"]);
        assert_eq!(join.report.joined, 2);
        assert_eq!(join.report.table_without_shape, 2);
        assert_eq!(join.report.shapes_without_row, vec!["WK999701".to_string()]);
        assert_eq!(join.report.name_mismatches.len(), 1);
        assert_eq!(join.report.skipped_gemeenten, vec![SkippedGemeente { code: "GM9998".into(), joined: 1, areas: 2 }]);
    }
}
