//! `atlas`: the analyst's tools (`index`) and the build's (`build-data`) over atlas-core.

use atlas_cli::{build_data, data_files, datasets, index_csv, typology_csv};
use atlas_core::formats::{read_any_table, read_table_and_layout, TableLayout};
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::{apply_lens, AreaCode, AreaTable, Lens, Level};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "atlas", about = "Diversiteitsatlas: diversity by origin in the Netherlands, from CBS counts")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the diversity index (and related measures) of every area as CSV.
    Index {
        /// An origin table (CSV): KWB counts, KWB percentages, or code;name;residents;<groups>;
        /// default: the shared 2022 table.
        #[arg(long)]
        input: Option<PathBuf>,
        /// How finely origin is seen: westers, klassiek or alle (the table's own groups).
        #[arg(long, value_parser = parse_lens, default_value = "alle")]
        lens: Lens,
        /// The year of the shared tables: 2017, 2020, 2021 or 2022, shown on the 2022 areas.
        #[arg(long, default_value_t = 2022)]
        year: u16,
        /// Only areas of this level: gemeente, wijk or buurt.
        #[arg(long, value_parser = parse_level)]
        level: Option<Level>,
        /// Only areas inside this area (a GM or WK code).
        #[arg(long, value_parser = parse_code)]
        within: Option<AreaCode>,
        /// Disclosure threshold in residents (at least 50).
        #[arg(long, default_value_t = atlas_core::measures::DEFAULT_THRESHOLD)]
        threshold: u32,
    },
    /// Print the municipality type of every gemeente as CSV (code,name,type,reason).
    Typology {
        /// An origin table (CSV) of gemeenten to classify with its own groups; default: the
        /// shared 2022 table.
        #[arg(long)]
        input: Option<PathBuf>,
        /// The data folder; default: $ATLAS_DATA_DIR or ../shared/data beside the repository.
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// Change a threshold, e.g. --set homogeneous-dutch=0.85 (repeatable).
        #[arg(long = "set", value_name = "KEY=VALUE")]
        overrides: Vec<String>,
    },
    /// Build the app's data bundle from the shared data folder: the first part at --out, the
    /// further parts (wijk and buurt shapes, further tables) beside it.
    BuildData {
        /// The data folder; default: $ATLAS_DATA_DIR or ../shared/data beside the repository.
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// Where to write the bundle.
        #[arg(long)]
        out: PathBuf,
    },
}

fn parse_level(text: &str) -> Result<Level, String> {
    Level::from_key(text)
        .filter(|l| *l != Level::Land)
        .ok_or_else(|| format!("'{text}' is not gemeente, wijk or buurt"))
}

fn parse_lens(text: &str) -> Result<Lens, String> {
    Lens::from_key(text).ok_or_else(|| format!("'{text}' is not westers, klassiek or alle"))
}

fn parse_code(text: &str) -> Result<AreaCode, String> {
    AreaCode::parse(text).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Index { input, lens, year, level, within, threshold } => {
            index(IndexArgs { input, lens, year, level, within, threshold })
        }
        Command::BuildData { data_dir, out } => build(data_dir, out),
        Command::Typology { input, data_dir, overrides } => typology(input, data_dir, &overrides),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("atlas: {message}");
            ExitCode::FAILURE
        }
    }
}

struct IndexArgs {
    input: Option<PathBuf>,
    lens: Lens,
    year: u16,
    level: Option<Level>,
    within: Option<AreaCode>,
    threshold: u32,
}

fn index(args: IndexArgs) -> Result<(), String> {
    if args.threshold < atlas_core::measures::MIN_THRESHOLD {
        return Err(format!("the disclosure threshold cannot go below {}", atlas_core::measures::MIN_THRESHOLD));
    }
    let dir = data_files::data_dir();
    let table = match (args.input, args.year) {
        (Some(path), 2022) => read_input(&path)?,
        (Some(_), _) => return Err("--year picks one of the shared tables; leave out --input to use it".into()),
        (None, 2022) => {
            let bytes = data_files::read(&dir, &data_files::TABLE)?;
            read_any_table(&bytes, data_files::TABLE.path).map_err(|e| e.to_string())?
        }
        (None, year) => earlier_year(year)?,
    };
    let table = apply_lens(&table, args.lens);
    // The years of the shapes drawn for the 2022 areas, by code: they need the shared boundary
    // files; without them the column stays empty.
    let years = data_files::read(&dir, &data_files::TABLE)
        .and_then(|bytes| build_data::boundary_years(&dir, &bytes, data_files::TABLE.path))
        .inspect_err(|e| eprintln!("atlas: no boundary years in the index: {e}"))
        .ok();
    let selection = index_csv::Selection {
        level: args.level,
        within: args.within,
        threshold: DisclosureThreshold::new(args.threshold),
    };
    index_csv::write_index(&table, &selection, years.as_ref(), std::io::stdout().lock())
}

fn read_input(path: &std::path::Path) -> Result<AreaTable, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (table, layout) = read_table_and_layout(&bytes, &path.display().to_string()).map_err(|e| e.to_string())?;
    if layout == TableLayout::KwbPercentages {
        eprintln!(
            "atlas: {} gives whole percentages; counts are rebuilt from them (approximate, ±0.5 point per group)",
            path.display()
        );
    }
    Ok(table)
}

/// An earlier year's shared table on the 2022 areas, with what that took said on stderr.
fn earlier_year(year: u16) -> Result<AreaTable, String> {
    let dir = data_files::data_dir();
    let (frame_table, shapes) = datasets::read_frame(&dir)?;
    let frame = datasets::Frame { table: &frame_table, gemeenten: &shapes };
    let carried = datasets::carry_year(&dir, &frame, year)?;
    if carried.dataset.approximate {
        eprintln!("atlas: {year} is rebuilt from whole percentages (approximate, ±0.5 point per group)");
    }
    if let Some(note) = &carried.dataset.note {
        eprintln!("atlas: {year} on the 2022 areas: {note}");
    }
    if !carried.unmapped.is_empty() {
        let codes: Vec<&str> = carried.unmapped.iter().map(AreaCode::as_str).collect();
        eprintln!("atlas: {year}: no 2022 gemeente found for {}", codes.join(", "));
    }
    Ok(carried.dataset.table)
}

fn typology(input: Option<PathBuf>, data_dir: Option<PathBuf>, overrides: &[String]) -> Result<(), String> {
    let thresholds = typology_csv::parse_overrides(overrides)?;
    let bundle = build_data::base_bundle_from_dir(&data_dir.unwrap_or_else(data_files::data_dir))?;
    let table = match input {
        Some(path) => read_input(&path)?.aligned_to(&bundle.table),
        None => bundle.table.clone(),
    };
    typology_csv::write_typology(&bundle, &table, &thresholds, std::io::stdout().lock())
}

fn build(data_dir: Option<PathBuf>, out: PathBuf) -> Result<(), String> {
    let dir = data_dir.unwrap_or_else(data_files::data_dir);
    let (files, summary) = build_data::build_from_dir(&dir)?;
    let folder = out.parent().map(PathBuf::from).unwrap_or_default();
    std::fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    for (i, (name, bytes)) in files.iter().enumerate() {
        // The first part goes where --out says; the others beside it under their own names.
        let path = if i == 0 { out.clone() } else { folder.join(name) };
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    eprintln!("{summary}wrote {} and {} more files beside it", out.display(), files.len() - 1);
    Ok(())
}
