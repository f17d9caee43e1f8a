//! Origin groups' names in the UI's language: the CBS tables name them in Dutch; English
//! readers get the English name of every group the atlas knows (a table of one's own keeps
//! the names it brought).

use super::lang::{lang, Lang};
use std::borrow::Cow;

/// Dutch names of the CBS tables' groups (and the lenses' folds) with their English names.
const ENGLISH: &[(&str, &str)] = &[
    ("Nederlandse achtergrond", "Dutch background"),
    ("Nederlands", "Dutch"),
    ("Nederland", "the Netherlands"),
    ("Westerse migratieachtergrond", "Western migration background"),
    ("Westers", "Western"),
    ("Niet-westers", "Non-Western"),
    ("Overig niet-westers", "Other non-Western"),
    ("Overig westers", "Other Western"),
    ("Overig (westers of niet-westers onbekend)", "Other (Western or non-Western unknown)"),
    ("Overig", "Other"),
    ("(voormalige) Ned. Antillen en Aruba", "(former) Dutch Antilles and Aruba"),
    ("Antillen en Aruba", "Antilles and Aruba"),
    ("Turkije", "Turkey"),
    ("Marokko", "Morocco"),
    ("Suriname", "Suriname"),
    ("Duitsland", "Germany"),
    ("België", "Belgium"),
    ("Polen", "Poland"),
    ("Bulgarije", "Bulgaria"),
    ("Roemenië", "Romania"),
    ("Verenigd Koninkrijk", "United Kingdom"),
    ("Indonesië", "Indonesia"),
    ("Italië", "Italy"),
    ("Spanje", "Spain"),
    ("Frankrijk", "France"),
    ("Zweden", "Sweden"),
    ("Zwitserland", "Switzerland"),
    ("Ierland", "Ireland"),
    ("Australië", "Australia"),
    ("Griekenland", "Greece"),
    ("Hongarije", "Hungary"),
    ("Rusland", "Russia"),
    ("Oekraïne", "Ukraine"),
    ("Europa", "Europe"),
    ("Syrië", "Syria"),
    ("Irak", "Iraq"),
    ("Afghanistan", "Afghanistan"),
    ("Eritrea", "Eritrea"),
    ("Somalië", "Somalia"),
    ("Kaapverdië", "Cape Verde"),
    ("Egypte", "Egypt"),
    ("Brazilië", "Brazil"),
    ("Zuid-Korea", "South Korea"),
    ("Afrika", "Africa"),
    ("Verenigde Staten", "United States"),
];

/// A group's name for the reader.
pub fn group_label(dutch: &str) -> Cow<'_, str> {
    if lang() == Lang::Nl {
        return Cow::Borrowed(dutch);
    }
    let english = ENGLISH.iter().find(|(nl, _)| nl.eq_ignore_ascii_case(dutch)).map(|&(_, en)| en);
    english.map_or(Cow::Borrowed(dutch), Cow::Borrowed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::set_lang;

    #[test]
    fn the_cbs_groups_have_english_names_and_own_names_stay() {
        set_lang(Lang::En);
        for group in atlas_core::formats::kwb_groups() {
            assert!(ENGLISH.iter().any(|(nl, _)| *nl == group.label), "{} has an English name", group.label);
        }
        assert_eq!(group_label("Westerse migratieachtergrond"), "Western migration background");
        assert_eq!(group_label("Marokko"), "Morocco");
        assert_eq!(group_label("Atlantis"), "Atlantis", "a name the atlas does not know stays");
        set_lang(Lang::Nl);
        assert_eq!(group_label("Marokko"), "Marokko");
    }
}
