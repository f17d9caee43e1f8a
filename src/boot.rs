//! Starting the app: loads what the first view needs while the page's static shell shows
//! progress, then mounts Yew on a ready state, so its first render already draws the map.

use crate::atlas::Atlas;
use crate::components::app::{App, AppProps};
use crate::load_error::LoadError;
use crate::loader::{fetch_early, fetch_part, load_order, mark};
use crate::state::State;
use crate::text;
use crate::url::{needed_parts, parse_query};
use atlas_core::bundle::{part_file, Part, PartKind, FIRST_PART_FILE};
use atlas_core::measures::DisclosureThreshold;
use std::rc::Rc;

/// The id of the static shell in `index.html`, shown until the app mounts.
const SHELL_ID: &str = "shell";
/// The shell's progress line and bar.
const SHELL_STATUS_ID: &str = "shell-status";
const SHELL_PROGRESS_ID: &str = "shell-progress";

/// Starts the downloads at once, then mounts the app when the first view's data is in (or
/// with the message why it is not).
pub fn start() {
    mark("app-start");
    fetch_early(FIRST_PART_FILE);
    wasm_bindgen_futures::spawn_local(async {
        let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        // The shell's progress line already speaks the language of the link or the browser.
        text::set_lang(parse_query(&query).lang.unwrap_or_else(browser_language));
        let loaded = load_first_view(&query).await;
        if loaded.is_ok() {
            mark("atlas-ready");
        }
        let viewport = shell_map_size();
        let initial = Rc::new(State::starting(&query, browser_language(), loaded).apply_resize(viewport));
        remove_shell();
        yew::Renderer::<App>::with_props(AppProps { initial }).render();
    });
}

/// The language the browser asks for first (`navigator.languages`).
fn browser_language() -> text::Lang {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect::<Vec<String>>());
    let languages = languages.unwrap_or_default();
    text::Lang::for_browser(languages.iter().map(String::as_str))
}

/// The first part of the bundle and the further parts the URL's view needs (downloaded in
/// parallel), as an atlas.
async fn load_first_view(query: &str) -> Result<Atlas, LoadError> {
    let needed = needed_parts(&parse_query(query));
    let mut kinds: Vec<PartKind> = needed.into_iter().collect();
    kinds.sort_by_key(|&kind| load_order(kind));
    kinds.iter().for_each(|&kind| fetch_early(&part_file(kind)));
    let first = match fetch_part(FIRST_PART_FILE, Some(&show_progress)).await? {
        Part::First(first) => *first,
        _ => return Err(LoadError::NotAFirstPart),
    };
    mark("bundle-decoded");
    let listed: Vec<PartKind> = first.parts.iter().map(|p| p.kind).collect();
    let mut further = Vec::new();
    for kind in kinds.into_iter().filter(|kind| listed.contains(kind)) {
        further.push(fetch_part(&part_file(kind), None).await?);
    }
    Ok(Atlas::from_parts(first, further, DisclosureThreshold::default()))
}

/// Writes the download's progress into the static shell.
fn show_progress(loaded: u64, total: Option<u64>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(status) = document.get_element_by_id(SHELL_STATUS_ID) {
        status.set_text_content(Some(&text::progress(loaded, total)));
    }
    if let Some(bar) = document.get_element_by_id(SHELL_PROGRESS_ID) {
        bar.set_attribute("value", &loaded.to_string()).ok();
        if let Some(total) = total {
            bar.set_attribute("max", &total.to_string()).ok();
        }
    }
}

/// The size of the shell's map, which has the app's layout: the camera can be fitted
/// before the first render (the app measures again once mounted).
fn shell_map_size() -> [f64; 2] {
    let frame = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("#{SHELL_ID} .map")).ok().flatten());
    frame.map_or([0.0, 0.0], |frame| {
        let rect = frame.get_bounding_client_rect();
        [rect.width().floor(), rect.height().floor()]
    })
}

fn remove_shell() {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(SHELL_ID)) {
        shell.remove();
    }
}
