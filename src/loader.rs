//! Fetching and decoding the data bundle's files from the app's own origin (relative URLs, so
//! a sub-path works), with progress.

use crate::load_error::LoadError;
use atlas_core::bundle::{decode_part, Part, PartKind, FIRST_PART_FILE};
use atlas_core::model::Level;
use js_sys::{Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, Response};

/// Progress is reported at most this often (a fast load should not pay for progress it has
/// no time to show).
const PROGRESS_INTERVAL_MS: f64 = 150.0;

thread_local! {
    /// Requests started ahead of their use, by URL.
    static EARLY: RefCell<HashMap<String, Promise>> = RefCell::new(HashMap::new());
}

/// Starts fetching a file at once; the next [`fetch_bytes`] of the same URL takes this
/// response instead of asking again (so several files download in parallel).
pub fn fetch_early(url: &str) {
    if let Some(window) = web_sys::window() {
        let request = window.fetch_with_str(url);
        EARLY.with_borrow_mut(|early| early.insert(url.to_owned(), request));
    }
}

/// Fetches a file's bytes; with a progress callback the body is read as a stream and
/// (loaded, total) reported as chunks arrive, without one it is read in one piece.
pub async fn fetch_bytes(url: &str, on_progress: Option<&dyn Fn(u64, Option<u64>)>) -> Result<Vec<u8>, LoadError> {
    let window = web_sys::window().ok_or(LoadError::NoWindow)?;
    let request = EARLY.with_borrow_mut(|early| early.remove(url)).unwrap_or_else(|| window.fetch_with_str(url));
    let response: Response =
        JsFuture::from(request).await.map_err(|_| LoadError::Unreachable { file: url.into() })?.unchecked_into();
    if !response.ok() {
        let (status, status_text) = (response.status(), response.status_text());
        return Err(LoadError::Refused { file: url.into(), status, status_text });
    }
    let broken = || LoadError::Broken { file: url.into() };
    let Some(on_progress) = on_progress else {
        let buffer = JsFuture::from(response.array_buffer().map_err(|_| broken())?).await.map_err(|_| broken())?;
        return Ok(Uint8Array::new(&buffer).to_vec());
    };
    // The length on the wire is only the length read when the response is not compressed.
    let headers = response.headers();
    let encoded = headers.get("content-encoding").ok().flatten().is_some_and(|e| e != "identity");
    let total = headers.get("content-length").ok().flatten().and_then(|v| v.parse().ok()).filter(|_| !encoded);
    let body = response.body().ok_or_else(broken)?;
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(total.unwrap_or(0) as usize);
    let now = || window.performance().map_or(0.0, |p| p.now());
    let mut last_report = now();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| broken())?;
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into()).map_err(|_| broken())?.unchecked_into();
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
        if now() - last_report >= PROGRESS_INTERVAL_MS {
            last_report = now();
            on_progress(bytes.len() as u64, total);
        }
    }
    Ok(bytes)
}

/// Fetches and decodes one file of the bundle; a bad file becomes a message naming it.
pub async fn fetch_part(file: &str, on_progress: Option<&dyn Fn(u64, Option<u64>)>) -> Result<Part, LoadError> {
    let bytes = fetch_bytes(file, on_progress).await?;
    if file == FIRST_PART_FILE {
        mark("bundle-fetched");
    }
    decode_part(&bytes).map_err(|e| LoadError::Undecodable { file: file.into(), detail: e.to_string() })
}

/// A performance mark, so any harness can time the stages of loading the same way.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.mark(name).ok();
    }
}

/// The order further parts load in: the tables (the year and group choices under the map list
/// them), the rows (search and lists below the gemeenten), then the shapes of the wijken and the
/// buurten (what a drill-down asks for at once anyway).
pub fn load_order(kind: PartKind) -> u8 {
    match kind {
        PartKind::Datasets => 0,
        PartKind::Rows => 1,
        PartKind::Layer(Level::Wijk) => 2,
        _ => 3,
    }
}
