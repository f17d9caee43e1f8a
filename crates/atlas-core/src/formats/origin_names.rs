//! Origin names to family tags: Dutch and English country and region names and ISO 3166 codes,
//! as a small data table, matched without regard to case, accents, `_` or `-`.
//!
//! Western follows the CBS definition (Europe without Turkey, North America, Oceania, Indonesia,
//! Japan); everything else named is non-western. The finer tags: `Classic` (Turkey, Morocco,
//! Suriname, Antilles/Aruba), `NeighbourCountry` (Germany, Belgium), `EasternEuropean` (Poland,
//! Bulgaria, Romania), `Expat` (non-classic origins typical of knowledge and expat migration; not
//! the origins of refugees such as Syria, Iraq, Afghanistan, Eritrea), `Residual` (catch-alls).

use crate::model::Family;
use Family::*;

/// One origin: its Dutch label, the names and codes that denote it (already normalised: lower
/// case, no accents, words separated by one space), and its families.
struct Origin {
    label: &'static str,
    names: &'static [&'static str],
    families: &'static [Family],
}

const fn origin(label: &'static str, names: &'static [&'static str], families: &'static [Family]) -> Origin {
    Origin { label, names, families }
}

const ORIGINS: &[Origin] = &[
    origin(
        "Nederlands",
        &["nederlands", "nederland", "nederlandse achtergrond", "netherlands", "dutch", "nl", "nld"],
        &[Dutch],
    ),
    origin("Overig", &["overig", "overige", "overig herkomst", "other", "others", "rest"], &[Residual]),
    origin("Westers", &["westers", "western", "westerse migratieachtergrond"], &[Western]),
    origin("Niet-westers", &["niet westers", "non western", "niet westerse migratieachtergrond"], &[NonWestern]),
    origin("Overig niet-westers", &["overig niet westers", "other non western"], &[NonWestern, Residual]),
    origin("Overig westers", &["overig westers", "other western"], &[Western, Residual]),
    // The classic four.
    origin("Turkije", &["turkije", "turkey", "turkiye", "tr", "tur"], &[NonWestern, Classic]),
    origin("Marokko", &["marokko", "morocco", "ma", "mar"], &[NonWestern, Classic]),
    origin("Suriname", &["suriname", "sr", "sur"], &[NonWestern, Classic]),
    origin(
        "(voormalige) Nederlandse Antillen en Aruba",
        &[
            "antillen aruba",
            "antillen en aruba",
            "antillen",
            "nederlandse antillen",
            "nederlandse antillen en aruba",
            "voormalige nederlandse antillen en aruba",
            "netherlands antilles",
            "aruba",
            "curacao",
            "an",
            "ant",
            "aw",
            "abw",
            "cw",
            "cuw",
        ],
        &[NonWestern, Classic],
    ),
    // Neighbours across the land border.
    origin("Duitsland", &["duitsland", "germany", "de", "deu"], &[Western, NeighbourCountry]),
    origin("België", &["belgie", "belgium", "be", "bel"], &[Western, NeighbourCountry]),
    // Labour migration from Eastern Europe.
    origin("Polen", &["polen", "poland", "pl", "pol"], &[Western, EasternEuropean]),
    origin("Bulgarije", &["bulgarije", "bulgaria", "bg", "bgr"], &[Western, EasternEuropean]),
    origin("Roemenië", &["roemenie", "romania", "ro", "rou", "rom"], &[Western, EasternEuropean]),
    // Expat origins.
    origin(
        "Verenigd Koninkrijk",
        &["verenigd koninkrijk", "united kingdom", "uk", "gb", "gbr", "groot brittannie", "great britain", "engeland"],
        &[Western, Expat],
    ),
    origin(
        "Verenigde Staten",
        &["verenigde staten", "verenigde staten van amerika", "united states", "united states of america", "usa", "us"],
        &[Western, Expat],
    ),
    origin("Canada", &["canada", "ca", "can"], &[Western, Expat]),
    origin("Australië", &["australie", "australia", "au", "aus"], &[Western, Expat]),
    origin("Ierland", &["ierland", "ireland", "ie", "irl"], &[Western, Expat]),
    origin("Frankrijk", &["frankrijk", "france", "fr", "fra"], &[Western, Expat]),
    origin("Italië", &["italie", "italy", "it", "ita"], &[Western, Expat]),
    origin("Spanje", &["spanje", "spain", "es", "esp"], &[Western, Expat]),
    origin("Zweden", &["zweden", "sweden", "se", "swe"], &[Western, Expat]),
    origin("Zwitserland", &["zwitserland", "switzerland", "ch", "che"], &[Western, Expat]),
    origin("Japan", &["japan", "jp", "jpn"], &[Western, Expat]),
    origin("India", &["india", "in", "ind"], &[NonWestern, Expat]),
    origin("China", &["china", "cn", "chn"], &[NonWestern, Expat]),
    origin("Zuid-Korea", &["zuid korea", "south korea", "korea", "kr", "kor"], &[NonWestern, Expat]),
    origin("Brazilië", &["brazilie", "brazil", "br", "bra"], &[NonWestern, Expat]),
    // Other western origins.
    origin("Indonesië", &["indonesie", "indonesia", "nederlands indie", "id", "idn"], &[Western]),
    origin("Portugal", &["portugal", "pt", "prt"], &[Western]),
    origin("Griekenland", &["griekenland", "greece", "gr", "grc"], &[Western]),
    origin("Hongarije", &["hongarije", "hungary", "hu", "hun"], &[Western]),
    origin("Rusland", &["rusland", "russia", "russian federation", "ru", "rus"], &[Western]),
    origin("Oekraïne", &["oekraine", "ukraine", "ua", "ukr"], &[Western]),
    origin(
        "Voormalig Joegoslavië",
        &["joegoslavie", "voormalig joegoslavie", "yugoslavia", "former yugoslavia"],
        &[Western],
    ),
    origin("Europa", &["europa", "europe", "overig europa", "other europe"], &[Western]),
    // Other non-western origins, refugees' among them.
    origin("Syrië", &["syrie", "syria", "sy", "syr"], &[NonWestern]),
    origin("Irak", &["irak", "iraq", "iq", "irq"], &[NonWestern]),
    origin("Afghanistan", &["afghanistan", "af", "afg"], &[NonWestern]),
    origin("Eritrea", &["eritrea", "er", "eri"], &[NonWestern]),
    origin("Iran", &["iran", "ir", "irn"], &[NonWestern]),
    origin("Somalië", &["somalie", "somalia", "so", "som"], &[NonWestern]),
    origin("Ghana", &["ghana", "gh", "gha"], &[NonWestern]),
    origin("Kaapverdië", &["kaapverdie", "cape verde", "cabo verde", "cv", "cpv"], &[NonWestern]),
    origin("Egypte", &["egypte", "egypt", "eg", "egy"], &[NonWestern]),
    origin("Pakistan", &["pakistan", "pk", "pak"], &[NonWestern]),
    origin("Vietnam", &["vietnam", "vn", "vnm"], &[NonWestern]),
    origin("Afrika", &["afrika", "africa", "sub sahara afrika", "sub saharan africa"], &[NonWestern]),
];

/// What a column name says about an origin group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OriginName {
    /// A Dutch label: the origin's own when the name is known, else the name as written.
    pub label: String,
    /// The families; empty when the name is not known.
    pub families: Vec<Family>,
}

/// The label and families of an origin group named `name` (a header, a country or region
/// name, or an ISO 3166 alpha-2 or alpha-3 code).
pub fn origin_of(name: &str) -> OriginName {
    let wanted = normalise(name);
    match ORIGINS.iter().find(|o| o.names.contains(&wanted.as_str())) {
        // A name as a person writes it ("Curaçao", "Verenigd Koninkrijk") stays the label; a
        // key or code (`antillen_aruba`, `TR`) gets the readable one.
        Some(o) if written_as_a_name(name) => {
            OriginName { label: name.trim().to_string(), families: o.families.to_vec() }
        }
        Some(o) => OriginName { label: o.label.to_string(), families: o.families.to_vec() },
        None => OriginName { label: name.trim().to_string(), families: Vec::new() },
    }
}

/// Whether a group's name is written for people: more than three characters, with a capital
/// or an accent (not a lower-case key such as `verenigd_koninkrijk`, nor a code such as `TR`).
fn written_as_a_name(name: &str) -> bool {
    let name = name.trim();
    name.chars().count() > 3 && !name.contains('_') && name.chars().any(|c| c.is_uppercase() || !c.is_ascii())
}

/// Lower case, accents removed, `_`, `-`, `/`, `.` and runs of blanks as one space.
fn normalise(name: &str) -> String {
    let plain: String = name
        .trim()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'u',
            'ç' | 'Ç' => 'c',
            '_' | '-' | '/' | '.' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn families(name: &str) -> Vec<Family> {
        origin_of(name).families
    }

    /// The 18 columns of CBS 84910 (gemeenten, 2022), each with the families CBS's definitions
    /// and the report give it, written out here by hand.
    #[test]
    fn the_18_columns_of_84910() {
        let expected: [(&str, &[Family]); 18] = [
            ("nederlands", &[Dutch]),
            ("overig", &[Residual]),
            ("duitsland", &[Western, NeighbourCountry]),
            ("indonesie", &[Western]),
            ("antillen_aruba", &[NonWestern, Classic]),
            ("suriname", &[NonWestern, Classic]),
            ("china", &[NonWestern, Expat]),
            ("verenigd_koninkrijk", &[Western, Expat]),
            ("syrie", &[NonWestern]),
            ("turkije", &[NonWestern, Classic]),
            ("italie", &[Western, Expat]),
            ("marokko", &[NonWestern, Classic]),
            ("irak", &[NonWestern]),
            ("polen", &[Western, EasternEuropean]),
            ("spanje", &[Western, Expat]),
            ("india", &[NonWestern, Expat]),
            ("belgie", &[Western, NeighbourCountry]),
            ("afghanistan", &[NonWestern]),
        ];
        for (column, want) in expected {
            assert_eq!(families(column), want, "column {column}");
        }
    }

    #[test]
    fn accents_case_and_separators_do_not_matter() {
        assert_eq!(families("Indonesië"), families("indonesie"));
        // A key gets the readable label; a name as written stays, with its families.
        assert_eq!(origin_of("indonesie").label, "Indonesië");
        assert_eq!(origin_of("antillen_aruba").label, origin_of("antillen aruba").label);
        assert_eq!(origin_of("TR").label, "Turkije");
        let curacao = origin_of("Curaçao");
        assert_eq!((curacao.label.as_str(), curacao.families), ("Curaçao", vec![NonWestern, Classic]));
        assert_eq!(origin_of("Verenigd Koninkrijk").label, "Verenigd Koninkrijk");
        assert_eq!(families("Verenigd-Koninkrijk"), vec![Western, Expat]);
        assert_eq!(families("  Antillen / Aruba "), vec![NonWestern, Classic]);
    }

    #[test]
    fn english_names_and_iso_codes() {
        assert_eq!(families("Germany"), vec![Western, NeighbourCountry]);
        assert_eq!(families("United States"), vec![Western, Expat]);
        assert_eq!(families("Syria"), vec![NonWestern]);
        assert_eq!(families("DE"), vec![Western, NeighbourCountry]);
        assert_eq!(families("BGR"), vec![Western, EasternEuropean]);
        assert_eq!(families("ro"), vec![Western, EasternEuropean]);
        assert_eq!(families("MA"), vec![NonWestern, Classic]);
        assert_eq!(families("IND"), vec![NonWestern, Expat]);
        assert_eq!(families("other"), vec![Residual]);
        assert_eq!(families("JP"), vec![Western, Expat]);
    }

    #[test]
    fn unknown_names_have_no_family_and_keep_their_text() {
        let unknown = origin_of("Atlantis");
        assert_eq!(unknown, OriginName { label: "Atlantis".into(), families: vec![] });
    }

    #[test]
    fn every_name_is_written_normalised_and_only_once() {
        let mut seen = std::collections::HashSet::new();
        for origin in ORIGINS {
            for name in origin.names {
                assert_eq!(&normalise(name), name);
                assert!(seen.insert(*name), "{name} twice");
            }
        }
    }
}
