//! Reader for KWB tables that give origin as whole-number percentages of the residents (the
//! gemeente attributes of the CBS wijk- en buurtkaart, 2017 and 2020), rebuilt as counts.
//!
//! Columns `gm_code`, `gm_naam`, `aant_inw` and `p_west_al`, `p_n_w_al`, `p_marokko`,
//! `p_ant_aru`, `p_surinam`, `p_turkije`, `p_over_nw`. Each count is round(residents × p / 100);
//! Dutch background uses 100 − western − non-western (clamped at 0). CBS rounded the percentages
//! to whole numbers, so every rebuilt count is approximate (±0.5% of the residents per group):
//! the caller marks such tables.

use super::csv_text::{csv_error, csv_reader, RecordAt};
use super::error::table_error;
use super::{kwb_groups, parse_count, FormatError, Message};
use crate::model::{AreaTable, Count};

/// The percentage columns, in the order of the non-Dutch KWB groups after western:
/// Marokko, Antillen, Suriname, Turkije, overig niet-westers.
pub const PERCENT_COLUMNS: [&str; 7] =
    ["p_west_al", "p_n_w_al", "p_marokko", "p_ant_aru", "p_surinam", "p_turkije", "p_over_nw"];
const CODE: &str = "gm_code";
const NAME: &str = "gm_naam";
const RESIDENTS: &str = "aant_inw";

/// Reads a percentages table's bytes into the seven KWB groups; `file` names it in errors.
pub fn read_kwb_percentages(bytes: &[u8], file: &str) -> Result<AreaTable, FormatError> {
    let mut reader = csv_reader(bytes);
    let header = reader.headers().map_err(|e| csv_error(e, file))?.clone();
    let raw_names: Vec<String> = header.iter().map(str::to_string).collect();
    let names: Vec<String> = raw_names.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let need = |wanted: &str| {
        names.iter().position(|n| n == wanted).ok_or_else(|| {
            // Written in English from the start (its Dutch is English too).
            let message = format!(
                "the header has no column {wanted}; a percentages table needs {CODE}, {NAME}, {RESIDENTS}, {}",
                PERCENT_COLUMNS.join(", ")
            );
            FormatError::in_header(file, message.clone(), message)
        })
    };
    let code_column = need(CODE)?;
    let name_column = need(NAME)?;
    let residents_column = need(RESIDENTS)?;
    let percent_columns = PERCENT_COLUMNS.iter().map(|c| need(c)).collect::<Result<Vec<_>, _>>()?;
    let mut table = AreaTable::new(kwb_groups());
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(e, file))?;
        let at = RecordAt::new(file, &record, &raw_names);
        let code = at.code(&record, code_column)?;
        let error = |column: usize, (nl, en): Message| at.error(column, Some(&code), nl, en);
        let residents = parse_count(record.get(residents_column).unwrap_or_default())
            .map_err(|message| error(residents_column, message))?
            .known();
        let percents = percent_columns
            .iter()
            .map(|&column| parse_percent(record.get(column).unwrap_or_default()).map_err(|m| error(column, m)))
            .collect::<Result<Vec<_>, _>>()?;
        let name = record.get(name_column).unwrap_or_default().to_string();
        table
            .push(code.clone(), name, residents, counts_from_percents(residents, &percents))
            .map_err(|e| error(code_column, table_error(&e)))?;
    }
    if table.is_empty() {
        return Err(FormatError::in_file(
            file,
            "het bestand heeft een kopregel maar geen regels met gebieden",
            "the file has a header but no lines with areas",
        ));
    }
    table.link_parents();
    Ok(table)
}

/// A percentage cell: a number from 0 to 100 (decimal point or comma), or unknown for CBS's
/// markers and negative sentinels; why not in Dutch and English.
fn parse_percent(cell: &str) -> Result<Option<f64>, Message> {
    let text = cell.trim();
    if matches!(text, "" | "." | "x" | "X" | "-" | "?" | "..") {
        return Ok(None);
    }
    let value: f64 = text
        .replace(',', ".")
        .parse()
        .map_err(|_| (format!("'{text}' is geen percentage"), format!("'{text}' is not a percentage")))?;
    if value < 0.0 {
        Ok(None)
    } else if value <= 100.0 {
        Ok(Some(value))
    } else {
        Err((format!("'{text}' is meer dan 100 procent"), format!("'{text}' is more than 100 percent")))
    }
}

/// The seven group counts from residents and the seven percentages (in [`PERCENT_COLUMNS`]
/// order); a count is unknown when residents or its percentages are.
fn counts_from_percents(residents: Count, percents: &[Option<f64>]) -> Vec<Count> {
    let of = |p: Option<f64>| Some((f64::from(residents?) * p? / 100.0).round() as u32);
    let dutch = match (percents[0], percents[1]) {
        (Some(w), Some(nw)) => of(Some((100.0 - w - nw).max(0.0))),
        _ => None,
    };
    let mut counts = vec![dutch, of(percents[0])];
    counts.extend(percents[2..].iter().map(|&p| of(p)));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    const FICTION: &str =
        "gm_code,gm_naam,aant_inw,p_west_al,p_n_w_al,p_marokko,p_ant_aru,p_surinam,p_turkije,p_over_nw\n\
        GM9999,Fictiestad,2000,10,21,5,1,4,6,5\n\
        GM9998,Nepdorp,1234,3,1,.,0,0,0,1\n\
        GM9997,Scheef,100,60,45,0,0,0,0,45\n";

    #[test]
    fn counts_are_rebuilt_from_whole_percentages() {
        let table = read_kwb_percentages(FICTION.as_bytes(), "p.csv").unwrap();
        assert_eq!(table.groups(), &kwb_groups()[..]);
        assert_eq!(table.residents(0), Some(2000));
        // 2000 × 69%, 10%, 5%, 1%, 4%, 6%, 5%.
        assert_eq!(table.counts(0), &[Some(1380), Some(200), Some(100), Some(20), Some(80), Some(120), Some(100)]);
        // 1234 × 96% = 1184.64; × 3% = 37.02; × 1% = 12.34; Marokko unknown.
        assert_eq!(table.counts(1), &[Some(1185), Some(37), None, Some(0), Some(0), Some(0), Some(12)]);
        // Rounded percentages may add up to more than 100: Dutch background is clamped at 0.
        assert_eq!(table.counts(2)[0], Some(0));
    }

    #[test]
    fn the_2017_layout_with_other_columns_reads_too() {
        let csv = "gm_code,gm_naam,water,aant_inw,aant_man,p_west_al,p_n_w_al,p_marokko,p_ant_aru,p_surinam,p_turkije,p_over_nw,opp_tot\n\
                   GM9999,Fictiestad,NEE,500,250,20,10,2,2,2,2,2,99\n";
        let table = read_kwb_percentages(csv.as_bytes(), "2017.csv").unwrap();
        assert_eq!(table.counts(0), &[Some(350), Some(100), Some(10), Some(10), Some(10), Some(10), Some(10)]);
    }

    #[test]
    fn errors_name_the_column_and_area() {
        let csv = "gm_code,gm_naam,aant_inw,p_west_al,p_n_w_al,p_marokko,p_ant_aru,p_surinam,p_turkije,p_over_nw\n\
                   GM9999,Fictiestad,2000,10,veel,5,1,4,6,5\n";
        let err = read_kwb_percentages(csv.as_bytes(), "p.csv").unwrap_err();
        assert_eq!(err.to_string(), "p.csv, regel 2, kolom 5 (p_n_w_al), gebied GM9999: 'veel' is geen percentage");
        let err = read_kwb_percentages(b"gm_code,gm_naam,aant_inw\nGM9999,X,1\n", "k.csv").unwrap_err();
        assert!(err.to_string().contains("no column p_west_al"), "{err}");
        let over = "gm_code,gm_naam,aant_inw,p_west_al,p_n_w_al,p_marokko,p_ant_aru,p_surinam,p_turkije,p_over_nw\n\
                    GM9999,X,1,101,0,0,0,0,0,0\n";
        assert!(read_kwb_percentages(over.as_bytes(), "o.csv").is_err());
    }
}
