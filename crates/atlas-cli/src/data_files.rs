//! Where the shared CBS data lives, and a message naming what is missing.

use std::path::{Path, PathBuf};

/// Environment variable that points at a data folder laid out like `../shared/data`.
pub const DATA_DIR_VAR: &str = "ATLAS_DATA_DIR";

/// The files the build reads, relative to the data folder, with where to get them.
pub const TABLE: DataFile = DataFile {
    path: "cbs/kwb-2022-herkomst.csv",
    origin: "CBS Kerncijfers wijken en buurten 2022 (origin columns), cbs.nl, StatLine 85318NED",
};
pub const GEMEENTEN: DataFile = DataFile {
    path: "raw/nlstat-pdok-gemeenten-2022/gemeente_gegeneraliseerd_2022.geojson",
    origin: "PDOK / CBS gebiedsindelingen 2022, layer gemeente_gegeneraliseerd, as GeoJSON",
};
pub const WIJKEN: DataFile = DataFile {
    path: "raw/cbs-wijkbuurtkaart-2022-wijken/wijk_2022.topojson",
    origin:
        "CBS Wijk- en buurtkaart 2022 (v1), wijken, as TopoJSON with shared arcs (object 'wijken', property statcode)",
};
pub const WIJKEN_2014: DataFile = DataFile {
    path: "raw/ties-cbs-gebiedsindelingen-2014/Wijk_2014_layer_labels.json",
    origin: "PDOK / CBS gebiedsindelingen 2014, wijken, as TopoJSON (object 'layer'); for wijken missing in 2022",
};
pub const BUURTEN_AMSTERDAM: DataFile = DataFile {
    path: "raw/amsterdam-gebiedsindeling-2019/amsterdam_buurten_2019.geojson",
    origin: "Gemeente Amsterdam open geodata, GEBIED_BUURTEN (2019), as GeoJSON with CBS codes (statcode, statnaam)",
};
pub const WIJKEN_AMSTERDAM: DataFile = DataFile {
    path: "raw/amsterdam-gebiedsindeling-2019/amsterdam_wijken_2019.geojson",
    origin:
        "Gemeente Amsterdam open geodata, GEBIED_BUURTCOMBINATIES (2019) with Stadsdeel_code, for search by stadsdeel",
};
pub const BUURTEN: DataFile = DataFile {
    path: "raw/ties-cbs-gebiedsindelingen-2014/Buurt_2014_layer_q1e3.json",
    origin: "PDOK / CBS gebiedsindelingen 2014, buurten, as TopoJSON (object 'layer')",
};
pub const BORDERS: DataFile = DataFile {
    path: "raw/world-atlas-ne10m-nl-de-be/ne10m_nl_de_be.geojson",
    origin: "Natural Earth 1:10m land borders NL-DE and NL-BE (public domain), as GeoJSON lines",
};
/// Further tables: 18 origin groups (2022) and earlier years.
pub const TABLE_84910: DataFile = DataFile {
    path: "cbs/cbs-84910-2022-gemeente-18-herkomstgroepen.csv",
    origin: "CBS StatLine 84910NED, 18 origin groups per gemeente, 1 January 2022 (see cbs/SOURCE-84910.md)",
};
pub const TABLE_2021: DataFile = DataFile {
    path: "cbs/kwb-2021-herkomst.csv",
    origin: "CBS Kerncijfers wijken en buurten 2021 (origin columns), gemeenten and wijken",
};
pub const TABLE_2020: DataFile = DataFile {
    path: "raw/cbs-kwb-2020-gemeenten/gemeente_2020_herkomst.csv",
    origin: "CBS Wijk- en buurtkaart 2020 v3, gemeente attributes: residents and origin percentages",
};
pub const TABLE_2017: DataFile = DataFile {
    path: "raw/nl-hugo-mapNL-gem-2017/gem_2017_attributes.csv",
    origin: "CBS Wijk- en buurtkaart 2017, gemeente attributes (via nl-hugo/mapNL): residents and origin percentages",
};
pub const GEMEENTEN_2017: DataFile = DataFile {
    path: "raw/nl-hugo-mapNL-gem-2017/gem_2017_shapes.geojson",
    origin: "CBS Wijk- en buurtkaart 2017, gemeente shapes (via nl-hugo/mapNL), GeoJSON with gm_code",
};

/// The year of the counts, and of each boundary file above.
pub const COUNT_YEAR: u16 = 2022;
pub const WIJK_YEAR: u16 = 2022;
pub const AMSTERDAM_BUURT_YEAR: u16 = 2019;
pub const OLD_BOUNDARY_YEAR: u16 = 2014;

/// One input file.
pub struct DataFile {
    pub path: &'static str,
    pub origin: &'static str,
}

/// The data folder: `$ATLAS_DATA_DIR`, else `../shared/data` beside the repository.
pub fn data_dir() -> PathBuf {
    match std::env::var_os(DATA_DIR_VAR) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    }
}

/// Reads one data file, or explains which files are needed and where they come from.
pub fn read(dir: &Path, file: &DataFile) -> Result<Vec<u8>, String> {
    let path = dir.join(file.path);
    std::fs::read(&path).map_err(|e| missing_message(dir, &path, &e.to_string()))
}

fn missing_message(dir: &Path, path: &Path, error: &str) -> String {
    let mut text = format!(
        "cannot read {} ({error}).\nThe data folder is {} (set {DATA_DIR_VAR} to use another). It needs:\n",
        path.display(),
        dir.display()
    );
    for file in [
        &TABLE,
        &GEMEENTEN,
        &WIJKEN,
        &WIJKEN_2014,
        &BUURTEN_AMSTERDAM,
        &BUURTEN,
        &BORDERS,
        &TABLE_84910,
        &TABLE_2021,
        &TABLE_2020,
        &TABLE_2017,
        &GEMEENTEN_2017,
    ] {
        text.push_str(&format!("  {}\n      {}\n", file.path, file.origin));
    }
    text.push_str("CBS publishes the tables at cbs.nl (Kerncijfers wijken en buurten); PDOK publishes the boundaries (CBS gebiedsindelingen); Amsterdam's buurten: maps.amsterdam.nl open_geodata.");
    text
}
