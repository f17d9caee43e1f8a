//! The `atlas` command's library: where the data lives and what each subcommand prints.
//! `main.rs` only parses arguments and calls these.

pub mod build_data;
pub mod data_files;
pub mod datasets;
pub mod index_csv;
pub mod place_names;
pub mod typology_csv;
