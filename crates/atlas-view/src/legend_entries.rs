//! What the legend lists for the map's mode: a heading, and per class its colour, its label and
//! the fill it stands for (last: no data). Shared by the legend on screen and the PNG export.

use crate::mode::MapMode;
use crate::palette::{self, class_label, type_colour, CLASS_COLOURS, NO_DATA};
use crate::scene::Fill;
use crate::text;
use atlas_core::typology::MunicipalityType;

/// One line of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub colour: &'static str,
    pub label: String,
    pub fill: Fill,
}

/// The heading and the entries, highest class first, "no data" last.
pub fn legend_entries(mode: MapMode, change_since: u16, year: u16) -> (String, Vec<LegendEntry>) {
    let classes = |colours: &'static [&'static str], label: &dyn Fn(usize) -> String, fill: fn(usize) -> Fill| {
        colours
            .iter()
            .enumerate()
            .rev()
            .map(|(c, &colour)| LegendEntry { colour, label: label(c), fill: fill(c) })
            .collect()
    };
    let (heading, mut entries): (String, Vec<LegendEntry>) = match mode {
        MapMode::LensGap => (
            text::GAP_HEADING().into(),
            classes(&palette::GAP_COLOURS, &|c| palette::points_label(&palette::GAP_BREAKS, c), Fill::Gap),
        ),
        MapMode::Change => (
            format!("{} {change_since}–{year}", text::CHANGE_HEADING()),
            classes(&palette::CHANGE_COLOURS, &|c| palette::points_label(&palette::CHANGE_BREAKS, c), Fill::Change),
        ),
        MapMode::Typology => (
            text::TYPOLOGY_HEADING().into(),
            MunicipalityType::ALL
                .into_iter()
                .map(|kind| LegendEntry {
                    colour: type_colour(kind),
                    label: crate::text::typology::type_label(kind).to_string(),
                    fill: Fill::Type(kind),
                })
                .collect(),
        ),
        MapMode::Diversity => (text::INDEX_HEADING().into(), classes(&CLASS_COLOURS, &class_label, Fill::Class)),
    };
    entries.push(LegendEntry { colour: NO_DATA, label: text::LEGEND_NO_DATA().into(), fill: Fill::NoData });
    (heading, entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mode_lists_its_classes_and_no_data_last() {
        crate::text::set_lang(crate::text::Lang::Nl);
        // Eight index classes of 10 points, six classes of the lens gap, eight of the change,
        // nine types; and "no data".
        for (mode, classes) in
            [(MapMode::Diversity, 8), (MapMode::LensGap, 6), (MapMode::Change, 8), (MapMode::Typology, 9)]
        {
            let (_, entries) = legend_entries(mode, 2017, 2022);
            assert_eq!(entries.last().map(|e| e.fill), Some(Fill::NoData), "{mode:?}");
            assert_eq!(entries.len(), classes + 1, "{mode:?}");
        }
        let (heading, index) = legend_entries(MapMode::Diversity, 2017, 2022);
        assert_eq!(heading, "Diversiteitsindex");
        assert_eq!(index[0].fill, Fill::Class(7), "the highest class first");
        assert_eq!((index[0].label.as_str(), index[0].colour), ("≥ 70%", "#0c2c84"));
        assert_eq!((index[7].label.as_str(), index[7].colour), ("0–10%", "#ffffd9"));
        let (change, _) = legend_entries(MapMode::Change, 2021, 2022);
        assert!(change.ends_with("2021–2022"), "{change}");
    }
}
