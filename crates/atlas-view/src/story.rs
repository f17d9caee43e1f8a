//! The guided story ("Verhaal"): per step, the map view it sets (as a URL view, so every step
//! has its own link) and its text with numbers computed live from the tables on screen
//! (`atlas_core::lesson`), so the story stays true for another table or year.

use crate::atlas::Atlas;
use crate::data_view::{DataView, GroupSet};
use crate::mode::MapMode;
use crate::text::lesson as words;
use crate::typology_view::TypologyResult;
use crate::url::UrlView;
use atlas_core::lesson::{places_ranked, share_in_diverse_gemeenten, type_examples};
use atlas_core::model::{AreaId, AreaTable, Lens, Level};

/// How many steps the story has.
pub const STEPS: usize = 7;

/// The places the story visits (the report's examples).
pub const DEN_HAAG: &str = "GM0518";
pub const BIG_THREE: [&str; 3] = ["GM0363", "GM0599", "GM0518"];
pub const SCHILDERSWIJK: &str = "WK051829";
pub const TRANSVAAL: &str = "WK051830";
pub const ZORGVLIET: &str = "WK051810";

/// One step as shown: its title and paragraphs.
#[derive(Clone, Debug, PartialEq)]
pub struct StepText {
    pub title: &'static str,
    pub paragraphs: Vec<String>,
}

/// The view a step sets (0-based step), by area code, like a link.
pub fn step_view(step: usize, count_year: u16) -> UrlView {
    let data = |groups, lens| Some(DataView { year: count_year, groups, lens });
    let code = |c: &str| Some(c.to_string());
    let base = UrlView { level: Some(Level::Gemeente), story: Some(step), ..UrlView::default() };
    match step {
        // The finest groups (18 per gemeente), so "alle groepen" shows the number the text gives.
        0 => UrlView { view: data(GroupSet::Finest, Lens::WesternSplit), ..base },
        1 => UrlView { mode: MapMode::LensGap, view: data(GroupSet::Finest, Lens::All), area: code(DEN_HAAG), ..base },
        2 => UrlView { view: data(GroupSet::Finest, Lens::All), ..base },
        3 => UrlView { view: data(GroupSet::Finest, Lens::All), area: code(BIG_THREE[0]), ..base },
        4 => UrlView { level: Some(Level::Wijk), within: code(DEN_HAAG), area: code(SCHILDERSWIJK), ..base },
        5 => UrlView { mode: MapMode::Typology, ..base },
        _ => base,
    }
}

/// The text of a step, its numbers from `atlas` (and the typology when it is shown).
pub fn step_text(step: usize, atlas: &Atlas, typology: Option<&TypologyResult>) -> StepText {
    let find = |code: &str| atlas.table().find_str(code);
    let name = |id: AreaId| crate::search::display_name(&atlas.table().area(id).name).to_string();
    match step {
        0 => {
            let (old, new) = old_and_new(atlas, atlas.country);
            StepText { title: words::STEP_1_TITLE(), paragraphs: words::step_1(old, new) }
        }
        1 => {
            let (old, new) = old_and_new(atlas, find(DEN_HAAG));
            StepText { title: words::STEP_2_TITLE(), paragraphs: words::step_2(old, new) }
        }
        2 => {
            let finest = finest_table(atlas);
            let share = share_in_diverse_gemeenten(&finest, atlas.threshold, 1.0 / 3.0);
            StepText { title: words::STEP_3_TITLE(), paragraphs: words::step_3(share, finest.groups().len()) }
        }
        3 => {
            let finest = finest_table(atlas);
            let ranked = places_ranked(&finest, Level::Gemeente, None, atlas.threshold);
            let cities: Vec<(String, Option<(f64, usize)>)> = BIG_THREE
                .iter()
                .filter_map(|code| find(code))
                .map(|id| {
                    let at = ranked.iter().position(|(r, _)| *r == id);
                    (name(id), at.map(|i| (ranked[i].1, i + 1)))
                })
                .collect();
            let mut cities = cities;
            cities.sort_by_key(|(_, value)| value.map_or(usize::MAX, |(_, rank)| rank));
            StepText { title: words::STEP_4_TITLE(), paragraphs: words::step_4(&cities, ranked.len()) }
        }
        // The wijken of step 5 are named once the rows below the gemeenten have come.
        4 if atlas.is_pending(atlas_core::bundle::PartKind::Rows) => {
            StepText { title: words::STEP_5_TITLE(), paragraphs: vec![crate::text::ROWS_LOADING().to_string()] }
        }
        4 => {
            let kwb = kwb_table(atlas);
            let index = |code: &str| find(code).and_then(|id| atlas_core::lesson::index_of(&kwb, id, atlas.threshold));
            let wijken = [SCHILDERSWIJK, TRANSVAAL, ZORGVLIET].map(|code| (find(code).map(name), index(code)));
            let western = find(ZORGVLIET).and_then(|id| western_share(&kwb, id));
            StepText { title: words::STEP_5_TITLE(), paragraphs: words::step_5(&wijken, kwb.groups().len(), western) }
        }
        5 => {
            let examples = typology.map(|t| type_examples(&t.classifications, atlas.table())).unwrap_or_default();
            let named: Vec<_> = examples.into_iter().map(|(kind, n, example)| (kind, n, example.map(name))).collect();
            StepText { title: words::STEP_6_TITLE(), paragraphs: words::step_6(&named) }
        }
        _ => {
            let (_, nl) = old_and_new(atlas, atlas.country);
            StepText { title: words::STEP_7_TITLE(), paragraphs: words::step_7(nl) }
        }
    }
}

/// An index with the number of groups it was measured with.
type IndexOf = Option<(f64, usize)>;

/// An area's index under the old lens and with all groups of the finest table that has it.
fn old_and_new(atlas: &Atlas, id: Option<AreaId>) -> (IndexOf, IndexOf) {
    let Some(id) = id else { return (None, None) };
    let lenses = atlas.lens_indices(id);
    let of = |lens| lenses.iter().find(|l| l.lens == lens).and_then(|l| Some((l.index?, l.groups)));
    (of(Lens::WesternSplit), of(Lens::All))
}

/// The share of an area's residents in the old lens's western group.
fn western_share(table: &AreaTable, id: AreaId) -> Option<f64> {
    let old = atlas_core::model::apply_lens(table, Lens::WesternSplit);
    let counts: Vec<u32> = old.counts(id).iter().copied().collect::<Option<_>>()?;
    let total: u32 = counts.iter().sum();
    let western = old.groups().iter().position(|g| g.key == "westers")?;
    (total > 0).then(|| f64::from(counts[western]) / f64::from(total))
}

fn finest_table(atlas: &Atlas) -> std::rc::Rc<AreaTable> {
    atlas.tables.table_of(DataView { groups: GroupSet::Finest, lens: Lens::All, ..atlas.view })
}

fn kwb_table(atlas: &Atlas) -> std::rc::Rc<AreaTable> {
    atlas.tables.table_of(DataView { groups: GroupSet::Kwb, lens: Lens::All, ..atlas.view })
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::fixtures::fictional_bundle;
    use atlas_core::measures::DisclosureThreshold;

    #[test]
    fn every_step_has_its_own_link_and_text() {
        let atlas = Atlas::new(fictional_bundle(), DisclosureThreshold::default());
        let queries: Vec<String> = (0..STEPS).map(|s| crate::url::to_query(&step_view(s, 2022))).collect();
        let distinct: std::collections::BTreeSet<&String> = queries.iter().collect();
        assert_eq!(distinct.len(), STEPS, "{queries:?}");
        for (step, query) in queries.iter().enumerate() {
            assert!(query.contains(&format!("verhaal={}", step + 1)), "{query}");
            assert_eq!(crate::url::parse_query(query).story, Some(step));
            let text = step_text(step, &atlas, None);
            assert!(!text.paragraphs.is_empty());
        }
    }

    #[test]
    fn the_first_step_shows_the_country_s_two_lenses() {
        let atlas = Atlas::new(fictional_bundle(), DisclosureThreshold::default());
        let (old, new) = old_and_new(&atlas, atlas.country);
        // The fictional country: 2000 residents, 200 western, 300 non-western (50/10/40/60/140).
        let dutch = 1500.0 / 2000.0;
        let old_expected = 1.0 - (dutch * dutch + 0.1f64.powi(2) + 0.15f64.powi(2));
        assert!((old.unwrap().0 - old_expected).abs() < 1e-12);
        assert_eq!((old.unwrap().1, new.unwrap().1), (3, 7));
        let text = step_text(0, &atlas, None).paragraphs.join(" ");
        assert!(text.contains(&crate::text::percent(old_expected)), "{text}");
    }
}
