//! The Diversiteitsatlas browser app: an imperative shell over `atlas-view` and `atlas-core`.
//! This file only wires the modules and starts Yew.

mod boot;
mod components;
mod download;
mod embed;
mod loader;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod module_graph;
mod own_reader;
mod part_loader;
mod render;
mod render_count;
mod state;

// The view layer, by the names the shell's modules use.
use atlas_view::{
    area_steps, atlas, camera, data_view, labels, legend_entries, load_error, markup, mode, palette, ranking, scene,
    search, story, text, typology_view, url,
};

fn main() {
    boot::start();
}
