//! `atlas`: the analyst's tools (`index`) and the build's (`build-data`) over atlas-core.

use atlas_cli::{build_data, data_files, index_csv, typology_csv};
use atlas_core::formats::read_kwb_csv;
use atlas_core::measures::DisclosureThreshold;
use atlas_core::model::{AreaCode, Level};
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
        /// A CBS KWB origin table (CSV); default: the shared 2022 table.
        #[arg(long)]
        input: Option<PathBuf>,
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
        /// The data folder; default: $ATLAS_DATA_DIR or ../shared/data beside the repository.
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// Change a threshold, e.g. --set homogeneous-dutch=0.85 (repeatable).
        #[arg(long = "set", value_name = "KEY=VALUE")]
        overrides: Vec<String>,
    },
    /// Build the app's data bundle from the shared data folder.
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

fn parse_code(text: &str) -> Result<AreaCode, String> {
    AreaCode::parse(text).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Index { input, level, within, threshold } => index(input, level, within, threshold),
        Command::BuildData { data_dir, out } => build(data_dir, out),
        Command::Typology { data_dir, overrides } => typology(data_dir, &overrides),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("atlas: {message}");
            ExitCode::FAILURE
        }
    }
}

fn index(input: Option<PathBuf>, level: Option<Level>, within: Option<AreaCode>, threshold: u32) -> Result<(), String> {
    if threshold < atlas_core::measures::MIN_THRESHOLD {
        return Err(format!("the disclosure threshold cannot go below {}", atlas_core::measures::MIN_THRESHOLD));
    }
    let dir = data_files::data_dir();
    let (bytes, name) = match input {
        Some(path) => (
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?,
            path.display().to_string(),
        ),
        None => (data_files::read(&dir, &data_files::TABLE)?, data_files::TABLE.path.to_string()),
    };
    let table = read_kwb_csv(&bytes, &name).map_err(|e| e.to_string())?;
    // The boundary years need the shared boundary files; without them the column stays empty.
    let years = build_data::boundary_years(&dir, &bytes, &name)
        .inspect_err(|e| eprintln!("atlas: no boundary years in the index: {e}"))
        .ok();
    let selection = index_csv::Selection { level, within, threshold: DisclosureThreshold::new(threshold) };
    index_csv::write_index(&table, &selection, years.as_ref(), std::io::stdout().lock())
}

fn typology(data_dir: Option<PathBuf>, overrides: &[String]) -> Result<(), String> {
    let thresholds = typology_csv::parse_overrides(overrides)?;
    let bundle = build_data::bundle_from_dir(&data_dir.unwrap_or_else(data_files::data_dir))?;
    typology_csv::write_typology(&bundle, &thresholds, std::io::stdout().lock())
}

fn build(data_dir: Option<PathBuf>, out: PathBuf) -> Result<(), String> {
    let dir = data_dir.unwrap_or_else(data_files::data_dir);
    let (bytes, summary) = build_data::build_from_dir(&dir)?;
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!("{summary}wrote {}", out.display());
    Ok(())
}
