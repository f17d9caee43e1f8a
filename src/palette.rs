//! Colours: the sequential classes of the diversity index and the colours of states.

/// Upper bounds of the index classes (the last class is open-ended). Fixed equal steps of 0.1,
/// so a colour means the same at every level and in every place.
pub const CLASS_BREAKS: [f64; 7] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

/// ColorBrewer YlGnBu, 8 classes: sequential, colour-blind safe, light = little diversity.
pub const CLASS_COLOURS: [&str; 8] =
    ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"];

/// Areas without (enough) data: grey, drawn with a hatch on the map.
pub const NO_DATA: &str = "#bdbdbd";
/// Areas outside the current view's scope, drawn for context.
pub const CONTEXT: &str = "#ececec";
pub const BORDER: &str = "#ffffff";
/// The area whose parts are shown, under those parts.
pub const SCOPE: &str = "#ffffff";
pub const HOVER: &str = "#e6550d";
pub const SELECTED: &str = "#111111";

/// Municipality types, in the order of `MunicipalityType::ALL`: Okabe-Ito's colour-blind-safe
/// qualitative colours for the eight types, light grey for the average municipality.
pub const TYPE_COLOURS: [&str; 9] =
    ["#d55e00", "#e69f00", "#cc79a7", "#0072b2", "#56b4e9", "#009e73", "#f0e442", "#fbf3d5", "#cfcfcf"];

/// The colour of a municipality type.
pub fn type_colour(kind: atlas_core::typology::MunicipalityType) -> &'static str {
    TYPE_COLOURS[kind as usize]
}

/// The class (0..8) of an index value.
pub fn class_of(index: f64) -> usize {
    CLASS_BREAKS.iter().position(|&upper| index < upper).unwrap_or(CLASS_BREAKS.len())
}

/// The legend label of a class, e.g. "30–40%".
pub fn class_label(class: usize) -> String {
    let lower = if class == 0 { 0.0 } else { CLASS_BREAKS[class - 1] };
    match CLASS_BREAKS.get(class) {
        Some(upper) => format!("{:.0}–{:.0}%", lower * 100.0, upper * 100.0),
        None => format!("≥ {:.0}%", lower * 100.0),
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
}
