//! Finding areas by the names people type: official names, everyday aliases, codes; accents
//! and case do not matter; exact before prefix before word before substring matches, then
//! gemeenten before wijken before buurten, bigger first.

mod aliases;
mod normalise;

pub use aliases::ALIASES;
pub use normalise::{display_name, normalise, words};

use atlas_core::bundle::PlaceName;
use atlas_core::model::{AreaCode, AreaId, AreaTable, Level};
use std::collections::HashMap;

/// Queries shorter than this (in letters) find nothing: too many hits to be useful.
pub const MIN_QUERY: usize = 2;

/// One area as search sees it.
struct Entry {
    id: AreaId,
    level: Level,
    residents: u32,
    code: String,
    /// The official name and the name without "Wijk NN", normalised.
    names: Vec<String>,
    /// Aliases of the area itself, normalised.
    aliases: Vec<String>,
    /// Words of the names and aliases.
    own_words: Vec<String>,
    /// Words of the gemeente it lies in (name and aliases), for queries like "Den Haag Centrum".
    context_words: Vec<String>,
}

/// The searchable form of a table, built once.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// How well an entry matches, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Exact,
    Prefix,
    Words,
    Contains,
}

impl SearchIndex {
    /// The index of a table's areas, with the built-in aliases and the bundle's other names of
    /// areas (such as the stadsdeel of an Amsterdam wijk).
    pub fn new(table: &AreaTable, place_names: &[PlaceName]) -> SearchIndex {
        let mut aliases: HashMap<AreaCode, Vec<String>> = HashMap::new();
        let extra = place_names.iter().map(|p| (p.name.as_str(), p.code.as_str()));
        for (alias, code) in ALIASES.iter().map(|&(alias, code, _)| (alias, code)).chain(extra) {
            if let Ok(code) = AreaCode::parse(code) {
                aliases.entry(code).or_default().push(normalise(alias));
            }
        }
        let entries = table
            .areas()
            .map(|(id, area)| {
                let names = vec![normalise(&area.name), normalise(display_name(&area.name))];
                let own_aliases = aliases.get(&area.code).cloned().unwrap_or_default();
                let own_words = names.iter().chain(&own_aliases).flat_map(|n| words(n)).collect();
                // The words of every area it lies in (below the country), names and aliases.
                let context_words = table
                    .ancestry(id)
                    .into_iter()
                    .filter(|&a| a != id && table.area(a).level != Level::Land)
                    .flat_map(|a| {
                        let code = &table.area(a).code;
                        let mut w = words(&table.area(a).name);
                        w.extend(aliases.get(code).into_iter().flatten().flat_map(|alias| words(alias)));
                        w
                    })
                    .collect();
                Entry {
                    id,
                    level: area.level,
                    residents: table.residents(id).unwrap_or(0),
                    code: area.code.as_str().to_lowercase(),
                    names,
                    aliases: own_aliases,
                    own_words,
                    context_words,
                }
            })
            .collect();
        SearchIndex { entries }
    }

    /// Up to `limit` areas matching the query, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<AreaId> {
        let query = normalise(query);
        if query.chars().filter(|c| c.is_alphanumeric()).count() < MIN_QUERY {
            return Vec::new();
        }
        let query_words = words(&query);
        let code_query = query.replace(' ', "");
        let mut hits: Vec<(Tier, Level, std::cmp::Reverse<u32>, AreaId)> = self
            .entries
            .iter()
            .filter_map(|e| {
                let tier = tier_of(e, &query, &code_query, &query_words)?;
                Some((tier, e.level, std::cmp::Reverse(e.residents), e.id))
            })
            .collect();
        hits.sort_unstable();
        hits.into_iter().take(limit).map(|(.., id)| id).collect()
    }
}

fn tier_of(e: &Entry, query: &str, code_query: &str, query_words: &[String]) -> Option<Tier> {
    let mut texts = e.names.iter().chain(&e.aliases);
    if e.code == code_query || texts.clone().any(|t| t == query) {
        return Some(Tier::Exact);
    }
    if e.code.starts_with(code_query) || texts.clone().any(|t| t.starts_with(query)) {
        return Some(Tier::Prefix);
    }
    let prefixes = |pool: &[String], w: &String| pool.iter().any(|p| p.starts_with(w.as_str()));
    let own_hit = query_words.iter().any(|w| prefixes(&e.own_words, w));
    let all_hit = query_words.iter().all(|w| prefixes(&e.own_words, w) || prefixes(&e.context_words, w));
    if own_hit && all_hit {
        return Some(Tier::Words);
    }
    texts.any(|t| t.contains(query)).then_some(Tier::Contains)
}

/// How a hit is described under its name: "wijk in 's-Gravenhage", "buurt in Oost,
/// 's-Gravenhage".
pub fn hit_context(table: &AreaTable, id: AreaId, level_name: &str) -> String {
    let area = table.area(id);
    let gemeente = area.code.gemeente().filter(|g| *g != area.code).and_then(|g| table.find(&g));
    let wijk = (area.level == Level::Buurt).then_some(area.parent).flatten();
    let mut places: Vec<&str> = Vec::new();
    places.extend(wijk.map(|w| display_name(&table.area(w).name)));
    places.extend(gemeente.map(|g| table.area(g).name.as_str()));
    if places.is_empty() {
        level_name.to_string()
    } else {
        format!("{level_name} in {}", places.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::fixtures::fictional_bundle;
    use atlas_core::formats::read_kwb_csv;

    fn names(index: &SearchIndex, table: &AreaTable, q: &str) -> Vec<String> {
        index.search(q, 10).iter().map(|&id| table.area(id).name.clone()).collect()
    }

    #[test]
    fn finds_by_name_and_code() {
        let table = fictional_bundle().table;
        let index = SearchIndex::new(&table, &[]);
        assert_eq!(names(&index, &table, "fictie"), vec!["Fictiestad"]);
        assert_eq!(names(&index, &table, "WK999902"), vec!["Haven"]);
        assert_eq!(names(&index, &table, "gm99").len(), 2);
        assert!(names(&index, &table, "x").is_empty(), "one letter is too short");
        assert!(names(&index, &table, "nergens").is_empty());
    }

    /// A fictional table to test the ranking: names that repeat across levels and places.
    const RANKED: &str = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur;a_ov_nw\n\
        GM9999;Fictiestad;5000;0;0;0;0;0;0;0\n\
        GM9998;Süd-Nepdorp;3000;0;0;0;0;0;0;0\n\
        WK999901;Wijk 01 Oude Haven;1000;0;0;0;0;0;0;0\n\
        WK999802;Havenkwartier;2000;0;0;0;0;0;0;0\n\
        WK999803;Wijk 03 Kleine Havenkwartier;500;0;0;0;0;0;0;0\n\
        BU99990101;Havenkwartier;100;0;0;0;0;0;0;0\n\
        BU99980201;Centrum;300;0;0;0;0;0;0;0\n";

    #[test]
    fn ranks_exact_then_prefix_then_words_then_level_and_size() {
        let table = read_kwb_csv(RANKED.as_bytes(), "r.csv").unwrap();
        let index = SearchIndex::new(&table, &[]);
        let codes = |q: &str| index.search(q, 10).iter().map(|&id| table.area(id).code.to_string()).collect::<Vec<_>>();
        // Exact names first (the wijk before the buurt), then the prefix, then a word inside.
        assert_eq!(codes("havenkwartier"), vec!["WK999802", "BU99990101", "WK999803"]);
        // A word of the name: "haven" starts "Oude Haven" and "Havenkwartier" (prefix first).
        assert_eq!(codes("haven")[..2], ["WK999802".to_string(), "BU99990101".to_string()]);
        assert!(codes("haven").contains(&"WK999901".to_string()));
        // Without the "Wijk NN" and without accents.
        assert_eq!(codes("oude haven"), vec!["WK999901", "BU99990101"], "the wijk, then a buurt in it");
        assert_eq!(codes("sud nepdorp"), vec!["GM9998"]);
        // The gemeente's name narrows a common name.
        assert_eq!(codes("nepdorp centrum"), vec!["BU99980201"]);
        assert_eq!(codes("fictiestad centrum"), Vec::<String>::new());
        // A code, also with a space typed inside.
        assert_eq!(codes("bu9999 0101"), vec!["BU99990101"]);
    }

    #[test]
    fn other_names_of_areas_find_them_and_their_parts() {
        let table = read_kwb_csv(RANKED.as_bytes(), "r.csv").unwrap();
        let names = [PlaceName { code: "WK999901".into(), name: "Stadsdeel Noordkant".into() }];
        let index = SearchIndex::new(&table, &names);
        let codes = |q: &str| index.search(q, 10).iter().map(|&id| table.area(id).code.to_string()).collect::<Vec<_>>();
        assert_eq!(codes("stadsdeel noordkant"), vec!["WK999901"], "the other name, exactly");
        assert_eq!(codes("noordkant havenkw"), vec!["BU99990101"], "its buurt by the name around it");
    }

    #[test]
    fn hits_say_their_level_and_place() {
        let table = read_kwb_csv(RANKED.as_bytes(), "r.csv").unwrap();
        let id = table.find_str("BU99990101").unwrap();
        assert_eq!(hit_context(&table, id, "buurt"), "buurt in Oude Haven, Fictiestad");
        let id = table.find_str("WK999802").unwrap();
        assert_eq!(hit_context(&table, id, "wijk"), "wijk in Süd-Nepdorp");
        assert_eq!(hit_context(&table, table.find_str("GM9999").unwrap(), "gemeente"), "gemeente");
    }

    /// Every alias finds its area first, in the real table (skipped when the data is absent).
    #[test]
    fn every_alias_finds_its_area_in_the_real_table() {
        let dir = std::env::var("ATLAS_DATA_DIR")
            .unwrap_or_else(|_| format!("{}/../shared/data", env!("CARGO_MANIFEST_DIR")));
        let Ok(bytes) = std::fs::read(format!("{dir}/cbs/kwb-2022-herkomst.csv")) else {
            eprintln!("real data not found in {dir}: alias test skipped");
            return;
        };
        let table = read_kwb_csv(&bytes, "kwb-2022-herkomst.csv").unwrap();
        let index = SearchIndex::new(&table, &[]);
        for &(alias, code, official) in ALIASES {
            let id = table.find_str(code).unwrap_or_else(|| panic!("{alias}: no area {code}"));
            assert_eq!(table.area(id).name, official, "{alias}: {code} is not {official}");
            for typed in [alias.to_string(), alias.to_lowercase(), alias.to_uppercase()] {
                assert_eq!(index.search(&typed, 5).first(), Some(&id), "'{typed}' should find {official} first");
            }
        }
        // What residents type, from the issue: each finds the right area first.
        for (typed, code) in [
            ("Den Haag", "GM0518"),
            ("den bosch", "GM0796"),
            ("Schilderswijk", "WK051829"),
            ("sudwest", "GM1900"),
            ("Overvecht", "WK034403"),
            ("gravenhage", "GM0518"),
            ("Den Haag Centrum", "WK051828"),
        ] {
            let first = index.search(typed, 5).first().map(|&id| table.area(id).code.to_string());
            assert_eq!(first.as_deref(), Some(code), "'{typed}'");
        }
    }
}
