//! Other names of areas, read from the data folder for search: the stadsdeel each Amsterdam
//! wijk lies in ("Amsterdam-Noord"), from the `Stadsdeel_code` of Amsterdam's own division.

use crate::data_files::{self, WIJKEN_AMSTERDAM};
use atlas_core::bundle::PlaceName;
use atlas_core::formats::read_geojson;
use std::path::Path;

/// Amsterdam's stadsdelen by their code in the 2019 division.
const STADSDELEN: &[(&str, &str)] = &[
    ("A", "Amsterdam-Centrum"),
    ("B", "Westpoort"),
    ("E", "Amsterdam-West"),
    ("F", "Amsterdam Nieuw-West"),
    ("K", "Amsterdam-Zuid"),
    ("M", "Amsterdam-Oost"),
    ("N", "Amsterdam-Noord"),
    ("T", "Amsterdam-Zuidoost"),
];

/// The stadsdeel of every Amsterdam wijk, as other names of the wijken.
pub fn stadsdelen(dir: &Path) -> Result<Vec<PlaceName>, String> {
    let bytes = data_files::read(dir, &WIJKEN_AMSTERDAM)?;
    // The reader takes any text property as the "name": here the stadsdeel's code.
    let wijken =
        read_geojson(&bytes, WIJKEN_AMSTERDAM.path, "statcode", "Stadsdeel_code").map_err(|e| e.to_string())?;
    Ok(wijken
        .iter()
        .filter_map(|w| stadsdeel(&w.name).map(|name| PlaceName { code: w.code.clone(), name: name.into() }))
        .collect())
}

fn stadsdeel(code: &str) -> Option<&'static str> {
    STADSDELEN.iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stadsdeel_code_has_one_name() {
        assert_eq!(stadsdeel("N"), Some("Amsterdam-Noord"));
        assert_eq!(stadsdeel("X"), None);
        let mut codes: Vec<&str> = STADSDELEN.iter().map(|(c, _)| *c).collect();
        codes.dedup();
        assert_eq!(codes.len(), STADSDELEN.len());
    }
}
