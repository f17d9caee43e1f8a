//! Further tables on the 2022 areas: the 18-group table and the years 2021, 2020 and 2017,
//! with old gemeente codes carried over to the 2022 gemeenten (mergers, splits).

use crate::data_files::{
    self, DataFile, GEMEENTEN, GEMEENTEN_2017, TABLE, TABLE_2017, TABLE_2020, TABLE_2021, TABLE_84910,
};
use atlas_core::bundle::{Bundle, Dataset, Source};
use atlas_core::formats::{read_geojson, read_kwb_csv, read_table_and_layout, TableLayout};
use atlas_core::geometry::{names_agree, overlay, quantize_outline, PlanarShape, Sampling, ShapeIndex};
use atlas_core::model::{carry_over, table_differences, AreaCode, AreaTable, Level, Succession, Successor};
use std::collections::BTreeMap;
use std::path::Path;

/// The 2022 areas the other tables are shown on: the table and the gemeente shapes (planar,
/// `area` = id in the table).
pub struct Frame<'a> {
    pub table: &'a AreaTable,
    pub gemeenten: &'a [PlanarShape],
}

/// The years `atlas index --year` and the bundle know.
pub const YEARS: [u16; 4] = [2017, 2020, 2021, 2022];

/// Old 2017 gemeente code → the 2022 gemeenten its area lies in, by point sampling the 2017
/// shapes over the 2022 ones (slivers under 5% dropped). Codes with no overlap are left out.
pub fn overlay_2017(dir: &Path, frame: &Frame) -> Result<Succession, String> {
    let bytes = data_files::read(dir, &GEMEENTEN_2017)?;
    let shapes = read_geojson(&bytes, GEMEENTEN_2017.path, "gm_code", "gm_naam").map_err(|e| e.to_string())?;
    let index = ShapeIndex::new(frame.gemeenten);
    let mut succession = Succession::new();
    for (i, shape) in shapes.iter().enumerate() {
        let Ok(code) = AreaCode::parse(&shape.code) else { continue };
        let planar = quantize_outline(i as u32, &shape.outline, 1.0);
        let successors: Vec<Successor> = overlay(&planar, frame.gemeenten, &index, Sampling::default())
            .into_iter()
            .map(|o| Successor {
                code: frame.table.area(frame.gemeenten[o.target].area).code.clone(),
                fraction: o.fraction,
            })
            .collect();
        if !successors.is_empty() {
            succession.insert(code, successors);
        }
    }
    Ok(succession)
}

/// How an old table's rows go to the 2022 areas: a gemeente whose code 2022 still has goes to
/// itself, else where the 2017 overlay puts it; a wijk goes to itself when 2022 has its code
/// under a name that agrees. Also returns the wijken left out.
pub fn succession_for(old: &AreaTable, frame: &AreaTable, from_2017: &Succession) -> (Succession, Vec<AreaCode>) {
    let mut succession = Succession::new();
    let mut dropped_wijken = Vec::new();
    let itself = |code: &AreaCode| vec![Successor { code: code.clone(), fraction: 1.0 }];
    for (_, area) in old.areas() {
        let in_frame = frame.find(&area.code);
        match area.level {
            Level::Land => {}
            Level::Gemeente => {
                if in_frame.is_some() {
                    succession.insert(area.code.clone(), itself(&area.code));
                } else if let Some(successors) = from_2017.get(&area.code) {
                    succession.insert(area.code.clone(), successors.clone());
                }
            }
            Level::Wijk | Level::Buurt => match in_frame {
                Some(id) if names_agree(&frame.area(id).name, &area.name) => {
                    succession.insert(area.code.clone(), itself(&area.code));
                }
                _ => dropped_wijken.push(area.code.clone()),
            },
        }
    }
    (succession, dropped_wijken)
}

/// One further table as read and carried over, with what did not carry.
pub struct Carried {
    pub dataset: Dataset,
    /// Gemeente codes that went nowhere.
    pub unmapped: Vec<AreaCode>,
    /// Wijken (and buurten) whose code or name 2022 does not have.
    pub dropped_wijken: Vec<AreaCode>,
    /// Old gemeente code → 2022 codes with fractions, for the codes 2022 does not have.
    pub merged: BTreeMap<AreaCode, Vec<Successor>>,
}

struct Spec {
    key: &'static str,
    label: &'static str,
    year: u16,
    file: &'static DataFile,
    title: &'static str,
}

const SPECS: [Spec; 4] = [
    Spec {
        key: "cbs84910-2022",
        label: "CBS 84910",
        year: 2022,
        file: &TABLE_84910,
        title: "Bevolking; migratieachtergrond, regio, 1 januari (84910NED)",
    },
    Spec {
        key: "kwb-2021",
        label: "Kerncijfers wijken en buurten 2021",
        year: 2021,
        file: &TABLE_2021,
        title: "Kerncijfers wijken en buurten 2021",
    },
    Spec {
        key: "kwb-2020",
        label: "Kerncijfers wijken en buurten 2020 (uit percentages)",
        year: 2020,
        file: &TABLE_2020,
        title: "Wijk- en buurtkaart 2020, gemeenten",
    },
    Spec {
        key: "kwb-2017",
        label: "Kerncijfers wijken en buurten 2017 (uit percentages)",
        year: 2017,
        file: &TABLE_2017,
        title: "Wijk- en buurtkaart 2017, gemeenten",
    },
];

/// Reads and carries over every further table.
pub fn carry_all(dir: &Path, frame: &Frame) -> Result<Vec<Carried>, String> {
    let from_2017 = overlay_2017(dir, frame)?;
    SPECS.iter().map(|spec| carry(dir, frame, spec, &from_2017)).collect()
}

/// Reads and carries over the table of one year (2017, 2020, 2021; 2022 is the frame itself).
pub fn carry_year(dir: &Path, frame: &Frame, year: u16) -> Result<Carried, String> {
    let spec = SPECS
        .iter()
        .find(|s| s.year == year && s.key.starts_with("kwb"))
        .ok_or_else(|| format!("no table for {year}; known years: {}", YEARS.map(|y| y.to_string()).join(", ")))?;
    let from_2017 = overlay_2017(dir, frame)?;
    carry(dir, frame, spec, &from_2017)
}

fn carry(dir: &Path, frame: &Frame, spec: &Spec, from_2017: &Succession) -> Result<Carried, String> {
    let bytes = data_files::read(dir, spec.file)?;
    let (table, layout) = read_table_and_layout(&bytes, spec.file.path).map_err(|e| e.to_string())?;
    let (succession, dropped_wijken) = succession_for(&table, frame.table, from_2017);
    let carried = carry_over(&table, &succession, frame.table);
    let merged: BTreeMap<AreaCode, Vec<Successor>> = succession
        .iter()
        .filter(|(code, to)| code.level() == Level::Gemeente && !(to.len() == 1 && to[0].code == **code))
        .map(|(code, to)| (code.clone(), to.clone()))
        .collect();
    let approximate = layout == TableLayout::KwbPercentages;
    let mut notes = Vec::new();
    if !merged.is_empty() {
        notes.push(format!(
            "{} gemeenten van {} die in 2022 niet meer bestonden, zijn naar de gemeenten van 2022 overgezet \
             (naar oppervlak, door de grenzen van 2017 over die van 2022 te leggen)",
            merged.len(),
            spec.year
        ));
    }
    if !dropped_wijken.is_empty() {
        notes.push(format!(
            "{} wijken met een code of naam die in 2022 niet bestaat, zijn weggelaten",
            dropped_wijken.len()
        ));
    }
    for difference in table_differences(frame.table, &carried.table, Level::Gemeente) {
        if !difference.absorbed.is_empty() {
            let absorbed: Vec<&str> = difference.absorbed.iter().map(AreaCode::as_str).collect();
            notes.push(format!("{} telt {} mee", difference.code, absorbed.join(", ")));
        }
    }
    if approximate {
        notes.push("aantallen herberekend uit hele percentages (±0,5 procentpunt per groep)".into());
    }
    let dataset = Dataset {
        key: spec.key.into(),
        label: spec.label.into(),
        year: spec.year,
        approximate,
        source: Source {
            title: spec.title.into(),
            publisher: "CBS".into(),
            year: spec.year,
            licence: "CC BY 4.0".into(),
        },
        note: (!notes.is_empty()).then(|| notes.join("; ")),
        table: carried.table,
    };
    let unmapped = carried.unmapped.into_iter().filter(|code| code.level() == Level::Gemeente).collect();
    Ok(Carried { dataset, unmapped, dropped_wijken, merged })
}

/// Builds the bundle's further tables from the data folder (the bundle's gemeente layer is
/// the frame).
pub fn bundle_datasets(dir: &Path, bundle: &Bundle) -> Result<Vec<Dataset>, String> {
    let layer = bundle.layers.iter().find(|l| l.level == Level::Gemeente).ok_or("the bundle has no gemeente layer")?;
    let shapes = &layer.lods.last().ok_or("the gemeente layer has no shapes")?.shapes;
    let frame = Frame { table: &bundle.table, gemeenten: shapes };
    Ok(carry_all(dir, &frame)?.into_iter().map(|c| c.dataset).collect())
}

/// The 2022 table and gemeente shapes read straight from the data folder (without building the
/// whole bundle).
pub fn read_frame(dir: &Path) -> Result<(AreaTable, Vec<PlanarShape>), String> {
    let table = read_kwb_csv(&data_files::read(dir, &TABLE)?, TABLE.path).map_err(|e| e.to_string())?;
    let bytes = data_files::read(dir, &GEMEENTEN)?;
    let shapes = read_geojson(&bytes, GEMEENTEN.path, "statcode", "statnaam").map_err(|e| e.to_string())?;
    let planar = shapes
        .iter()
        .filter_map(|shape| {
            let id = table.find_str(&shape.code)?;
            Some(quantize_outline(id, &shape.outline, 10.0))
        })
        .collect();
    Ok((table, planar))
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::formats::read_kwb_csv;

    const HEADER: &str = "gwb_code;regio;a_inw;a_w_all;a_nw_all;a_marok;a_antaru;a_surina;a_tur;a_ov_nw\n";

    fn table(rows: &str) -> AreaTable {
        read_kwb_csv(format!("{HEADER}{rows}").as_bytes(), "f.csv").unwrap()
    }

    #[test]
    fn old_codes_go_to_themselves_the_overlay_or_nowhere() {
        let frame = table(
            "NL00;Nederland;30;0;0;0;0;0;0;0\nGM9999;Fictiestad;20;0;0;0;0;0;0;0\n\
             WK999901;Centrum;10;0;0;0;0;0;0;0\nGM9998;Nepdorp;10;0;0;0;0;0;0;0\n",
        );
        let old = table(
            "NL00;Nederland;30;0;0;0;0;0;0;0\nGM9999;Fictiestad;15;0;0;0;0;0;0;0\n\
             GM9990;Oudstad;5;0;0;0;0;0;0;0\nGM9991;Vergeten;1;0;0;0;0;0;0;0\n\
             WK999901;Centrum oud;10;0;0;0;0;0;0;0\nWK999902;Haven;3;0;0;0;0;0;0;0\n\
             WK999001;Oudstad-Centrum;5;0;0;0;0;0;0;0\n",
        );
        let to = |c: &str, f: f64| Successor { code: AreaCode::parse(c).unwrap(), fraction: f };
        let from_2017: Succession =
            [(AreaCode::parse("GM9990").unwrap(), vec![to("GM9999", 0.5), to("GM9998", 0.5)])].into_iter().collect();
        let (succession, dropped) = succession_for(&old, &frame, &from_2017);
        let code = |c: &str| AreaCode::parse(c).unwrap();
        assert_eq!(succession[&code("GM9999")], vec![to("GM9999", 1.0)]);
        assert_eq!(succession[&code("GM9990")], from_2017[&code("GM9990")]);
        assert!(!succession.contains_key(&code("GM9991")));
        // "Centrum" and "Centrum oud" agree; Haven has no 2022 code; Oudstad's wijk neither.
        assert_eq!(succession[&code("WK999901")], vec![to("WK999901", 1.0)]);
        assert_eq!(dropped, vec![code("WK999902"), code("WK999001")]);
        assert!(!succession.contains_key(&code("NL00")));
    }
}
