//! The words around the figures: the language switch, landmark and legend labels, the map's
//! line on an area, notes without a home elsewhere, and download errors.

use super::lang::{lang, pick, texts, Lang};
use super::level_singular;
use atlas_core::model::Level;

texts! {
    DOCUMENT_TITLE = "Diversiteitsatlas — diversiteit naar herkomst in Nederland",
        "Diversity Atlas — diversity by origin in the Netherlands";
    /// On the switch: the other language, in that language.
    LANGUAGE_SWITCH = "English", "Nederlands";
    LANGUAGE_SWITCH_HINT = "Show the atlas in English", "Toon de atlas in het Nederlands";
    APPROXIMATE_SUFFIX = " (benadering)", " (approximation)";
    NO_SHAPE_NOTE = "Dit gebied heeft geen grens op de kaart (grenzen uit een ander jaar sluiten niet aan).",
        "This area has no boundary on the map (boundaries from another year do not fit).";
    LEGEND_LABEL = "Legenda", "Legend";
    TYPOLOGY_LEGEND_LABEL = "Legenda typologie", "Typology legend";
    BREADCRUMB_LABEL = "Kruimelpad", "Breadcrumb";
    SOURCE_CBS = "Bron: CBS", "Source: CBS";
    /// Said where wijken are named before their rows have come.
    ROWS_LOADING = "De wijken worden nog geladen…", "The districts are still loading…";
    /// The CSV column that names the year and groups of each figure.
    CSV_BASIS_COLUMN = "jaar en groepen", "year and groups";
    KWB_SOURCE = "de kerncijfers wijken en buurten van het CBS", "CBS's key figures for districts and neighbourhoods";
    /// The worksheet's table, after its small print (the only table with figures per wijk).
    WORKSHEET_TABLE = "kerncijfers wijken en buurten (CBS), de tabel met cijfers per wijk",
        "key figures for districts and neighbourhoods (CBS), the table with figures per district";
}

/// The language the switch turns to.
pub fn other_language() -> Lang {
    match lang() {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    }
}

/// The line under an area's name on the map: "wijk · 12.345 inwoners".
pub fn area_meta(level: Level, residents: &str) -> String {
    format!("{} · {residents} {}", level_singular(level), pick("inwoners", "residents"))
}

/// A class of the lens-gap legend below one point: "minder dan 1 punt".
pub fn less_than_points(points: &str) -> String {
    match (lang(), points) {
        (Lang::Nl, "1") => "minder dan 1 punt".into(),
        (Lang::Nl, _) => format!("minder dan {points} punten"),
        (Lang::En, "1") => "less than 1 point".into(),
        (Lang::En, _) => format!("less than {points} points"),
    }
}

/// A data file that could not be fetched.
pub fn fetch_failed(url: &str) -> String {
    pick(
        format!("{url} kon niet worden opgehaald (geen verbinding met de server?)"),
        format!("{url} could not be fetched (no connection to the server?)"),
    )
}

/// A data file the server refused.
pub fn server_refused(url: &str, status: u16, status_text: &str) -> String {
    pick(
        format!("{url}: de server antwoordt {status} {status_text}"),
        format!("{url}: the server answers {status} {status_text}"),
    )
}

/// A download that broke off.
pub fn download_broke(url: &str) -> String {
    pick(format!("{url}: het downloaden brak af"), format!("{url}: the download broke off"))
}

/// A class of a legend in points: "2 tot 5 punten".
pub fn points_between(lower: &str, upper: &str) -> String {
    pick(format!("{lower} tot {upper} punten"), format!("{lower} to {upper} points"))
}

/// The top class of a legend in points: "10 punten of meer".
pub fn points_or_more(lower: &str) -> String {
    pick(format!("{lower} punten of meer"), format!("{lower} points or more"))
}

/// The data's source line as the bundle writes it ("Bron: CBS, Kadaster (CC BY 4.0); Bron:
/// Gemeente Amsterdam"), in the reader's language.
pub fn source_line(dutch: &str) -> String {
    match lang() {
        Lang::Nl => dutch.to_string(),
        Lang::En => dutch.replace("Bron:", "Source:").replace("Gemeente Amsterdam", "City of Amsterdam"),
    }
}

/// Said when an arrow finds no area that way.
pub fn nothing_that_way(direction: atlas_core::geometry::Direction) -> String {
    use atlas_core::geometry::Direction::*;
    let (nl, en) = match direction {
        Left => ("links", "left"),
        Right => ("rechts", "right"),
        Up => ("boven", "up"),
        Down => ("onder", "down"),
    };
    pick(format!("Geen gebied verder naar {nl}."), format!("No area further {en}."))
}

/// Said when Enter opens an area: its name and, when its parts are shown, how many.
pub fn opened_area(name: &str, parts: Option<(usize, Level)>) -> String {
    match parts {
        Some((count, level)) => pick(
            format!(
                "{name} geopend: {count} {} op de kaart. Pijltjestoetsen kiezen er een.",
                super::level_plural(level)
            ),
            format!("{name} opened: {count} {} on the map. Arrow keys pick one.", super::level_plural(level)),
        ),
        None => pick(format!("{name} gekozen."), format!("{name} selected.")),
    }
}

/// An area's name for the reader: the country in the reader's language, others as the CBS
/// names them.
pub fn area_name(atlas: &crate::atlas::Atlas, id: atlas_core::model::AreaId) -> String {
    if Some(id) == atlas.country {
        super::COUNTRY().to_string()
    } else {
        atlas.table().area(id).name.clone()
    }
}

/// The small print of every large figure: the year and the groups it was computed with
/// ("2022 · 7 groepen", "2022 · westers / niet-westers (3 groepen)").
pub fn figure_basis(year: u16, groups: usize, lens: atlas_core::model::Lens) -> String {
    let counted = pick(format!("{groups} groepen"), format!("{groups} groups"));
    match lens {
        atlas_core::model::Lens::WesternSplit => {
            format!("{year} · {} ({counted})", super::typology::lens_label(lens).to_lowercase())
        }
        _ => format!("{year} · {counted}"),
    }
}

/// The small print of the change mode: "2021–2022 · 7 groepen".
pub fn change_basis(since: u16, year: u16, groups: usize, lens: atlas_core::model::Lens) -> String {
    figure_basis(year, groups, lens).replacen(&year.to_string(), &format!("{since}–{year}"), 1)
}

/// The small print of the lens-gap mode: all groups of the finest table against the old lens.
pub fn gap_basis(year: u16) -> String {
    pick(
        format!("{year} · alle groepen tegen westers / niet-westers"),
        format!("{year} · all groups against western / non-western"),
    )
}

/// The same figure under another table of the same day, and why it differs: said once, under
/// the lens table ("Met de 18 groepen van CBS-tabel 84910: 76%. Meer en fijnere groepen geven
/// een hogere kans op verschil.").
pub fn other_table_note(groups: usize, source: &str, index: &str) -> String {
    pick(
        format!(
            "Met de {groups} groepen van {source}: {index}. Hoe meer en fijnere groepen een tabel onderscheidt, \
             hoe groter de kans dat twee inwoners in een andere groep vallen; daarom verschilt het cijfer."
        ),
        format!(
            "With the {groups} groups of {source}: {index}. The more and finer groups a table distinguishes, \
             the likelier two residents fall into different groups; that is why the figure differs."
        ),
    )
}

/// The source line of one view: CBS and Kadaster, and only those other publishers whose
/// boundaries the view draws.
pub fn view_source_line(other_publishers: &[String]) -> String {
    let mut line = String::from("Bron: CBS, Kadaster (CC BY 4.0)");
    for publisher in other_publishers {
        line.push_str(&format!("; Bron: {publisher}"));
    }
    source_line(&line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::model::Lens;

    #[test]
    fn the_small_print_names_year_and_groups_in_either_language() {
        crate::text::set_lang(Lang::Nl);
        assert_eq!(figure_basis(2022, 7, Lens::All), "2022 · 7 groepen");
        assert_eq!(figure_basis(2022, 18, Lens::All), "2022 · 18 groepen");
        assert_eq!(figure_basis(2017, 3, Lens::WesternSplit), "2017 · westers / niet-westers (3 groepen)");
        crate::text::set_lang(Lang::En);
        assert_eq!(figure_basis(2022, 7, Lens::Classic), "2022 · 7 groups");
        assert_eq!(figure_basis(2022, 3, Lens::WesternSplit), "2022 · western / non-western (3 groups)");
        crate::text::set_lang(Lang::Nl);
    }
}
