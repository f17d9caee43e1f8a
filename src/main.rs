//! The Diversiteitsatlas browser app: an imperative shell over `atlas-core`.
//! This file only wires the modules and starts Yew.

mod area_steps;
mod atlas;
mod boot;
mod camera;
mod components;
mod data_view;
mod download;
mod embed;
mod labels;
mod legend_entries;
mod loader;
mod markup;
mod own_reader;
mod palette;
mod part_loader;
mod ranking;
mod render;
mod render_count;
mod scene;
mod search;
mod state;
mod story;
mod tables;
mod text;
mod typology_view;
mod url;

fn main() {
    boot::start();
}
