//! Colours: the sequential classes of the diversity index and the colours of states.

/// Upper bounds of the index classes (the last class is open-ended). Fixed equal steps of 0.1,
/// so a colour means the same at every level and in every place.
pub const CLASS_BREAKS: [f64; 7] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

/// ColorBrewer YlGnBu, 8 classes: sequential, colour-blind safe, light = little diversity.
pub const CLASS_COLOURS: [&str; 8] =
    ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"];

/// Areas without (enough) data: grey, drawn with a hatch on the map.
pub const NO_DATA: &str = "#bdbdbd";
/// The hatch lines over areas without data.
pub const NO_DATA_HATCH: &str = "#7a7a7a";
/// Areas outside the current view's scope, drawn for context.
pub const CONTEXT: &str = "#ececec";
pub const BORDER: &str = "#ffffff";
/// The area whose parts are shown, under those parts.
pub const SCOPE: &str = "#ffffff";
pub const HOVER: &str = "#e6550d";
/// Area names on the map (with a white halo).
pub const LABEL: &str = "#1b1b1b";
pub const SELECTED: &str = "#111111";

/// Municipality types, in the order of `MunicipalityType::ALL`: Okabe-Ito's colour-blind-safe
/// qualitative colours for the eight types, light grey for the average municipality.
pub const TYPE_COLOURS: [&str; 9] =
    ["#d55e00", "#e69f00", "#cc79a7", "#0072b2", "#56b4e9", "#009e73", "#f0e442", "#fbf3d5", "#cfcfcf"];

/// Upper bounds of the classes of the lens gap (all groups minus westers / niet-westers), in
/// index points: the finer lens never sees less diversity, so the scale starts at 0.
pub const GAP_BREAKS: [f64; 5] = [0.01, 0.02, 0.03, 0.05, 0.08];
/// ColorBrewer RdPu, 6 classes: sequential, distinct from the index's blue-green.
pub const GAP_COLOURS: [&str; 6] = ["#feebe2", "#fcc5c0", "#fa9fb5", "#f768a1", "#c51b8a", "#7a0177"];

/// Upper bounds of the classes of the change of the index since an earlier year, in index
/// points, symmetric around 0.
pub const CHANGE_BREAKS: [f64; 7] = [-0.06, -0.03, -0.01, 0.01, 0.03, 0.06, 0.10];
/// ColorBrewer PuOr, 8 classes, diverging: orange = less diverse, purple = more.
pub const CHANGE_COLOURS: [&str; 8] =
    ["#b35806", "#e08214", "#fdb863", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788"];

/// The class of a value on a scale of upper bounds (the last class is open-ended).
pub fn class_on(breaks: &[f64], value: f64) -> usize {
    breaks.iter().position(|&upper| value < upper).unwrap_or(breaks.len())
}

/// The legend label of a class on a scale of index points, e.g. "+1 tot +3 punten".
pub fn points_label(breaks: &[f64], class: usize) -> String {
    let points = |v: f64| {
        let p = (v * 100.0).round() as i64;
        if p > 0 && breaks[0] < 0.0 {
            format!("+{p}")
        } else {
            p.to_string()
        }
    };
    match (class.checked_sub(1).map(|i| breaks[i]), breaks.get(class)) {
        (None, Some(&upper)) => crate::text::less_than_points(&points(upper)),
        (Some(lower), Some(&upper)) => crate::text::points_between(&points(lower), &points(upper)),
        (Some(lower), None) => crate::text::points_or_more(&points(lower)),
        (None, None) => String::new(),
    }
}

/// The colour of a municipality type.
pub fn type_colour(kind: atlas_core::typology::MunicipalityType) -> &'static str {
    TYPE_COLOURS[kind as usize]
}

/// The class (0..8) of an index value.
pub fn class_of(index: f64) -> usize {
    class_on(&CLASS_BREAKS, index)
}

/// The legend label of a class, e.g. "30–40%".
pub fn class_label(class: usize) -> String {
    let lower = if class == 0 { 0.0 } else { CLASS_BREAKS[class - 1] };
    match CLASS_BREAKS.get(class) {
        Some(upper) => format!("{:.0}–{:.0}%", lower * 100.0, upper * 100.0),
        None => format!("≥ {:.0}%", lower * 100.0),
    }
}

/// The colour an area is drawn in, whatever the mode (the map, the SVG export).
pub fn fill_colour(fill: crate::scene::Fill) -> &'static str {
    use crate::scene::Fill;
    match fill {
        Fill::Class(class) => CLASS_COLOURS[class],
        Fill::NoData => NO_DATA,
        Fill::Type(kind) => type_colour(kind),
        Fill::Gap(class) => GAP_COLOURS[class],
        Fill::Change(class) => CHANGE_COLOURS[class],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_the_range() {
        assert_eq!(class_of(0.0), 0);
        assert_eq!(class_of(0.099), 0);
        assert_eq!(class_of(0.1), 1);
        assert_eq!(class_of(0.69), 6);
        assert_eq!(class_of(0.85), 7);
        assert_eq!(class_label(0), "0–10%");
        assert_eq!(class_label(7), "≥ 70%");
        assert_eq!(CLASS_COLOURS.len(), CLASS_BREAKS.len() + 1);
    }

    #[test]
    fn gap_and_change_scales() {
        assert_eq!(GAP_COLOURS.len(), GAP_BREAKS.len() + 1);
        assert_eq!(CHANGE_COLOURS.len(), CHANGE_BREAKS.len() + 1);
        assert_eq!(class_on(&GAP_BREAKS, 0.0), 0);
        assert_eq!(class_on(&GAP_BREAKS, 0.12), 5);
        assert_eq!(class_on(&CHANGE_BREAKS, 0.0), 3, "no change sits in the neutral class");
        assert_eq!(class_on(&CHANGE_BREAKS, -0.2), 0);
        assert_eq!(points_label(&CHANGE_BREAKS, 4), "+1 tot +3 punten");
        assert_eq!(points_label(&CHANGE_BREAKS, 0), "minder dan -6 punten");
        assert_eq!(points_label(&GAP_BREAKS, 5), "8 punten of meer");
        assert_eq!(points_label(&GAP_BREAKS, 0), "minder dan 1 punt");
        assert_eq!(points_label(&GAP_BREAKS, 1), "1 tot 2 punten");
    }
}
