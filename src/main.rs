//! The Diversiteitsatlas browser app: an imperative shell over `atlas-core`.
//! This file only wires the modules and starts Yew.

mod atlas;
mod camera;
mod components;
mod data_view;
mod labels;
mod loader;
mod palette;
mod ranking;
mod render;
mod scene;
mod search;
mod state;
mod tables;
mod text;
mod typology_view;
mod url;

fn main() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.mark("app-start").ok();
    }
    yew::Renderer::<components::app::App>::new().render();
}
