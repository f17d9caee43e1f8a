//! The Diversiteitsatlas browser app: an imperative shell over `atlas-core`.
//! This file only wires the modules and starts Yew.

mod atlas;
mod camera;
mod palette;
mod state;
mod ranking;
mod scene;
mod search;
mod text;
mod url;

fn main() {}
