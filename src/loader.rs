//! Fetching the data bundle's files from the app's own origin (relative URLs, so a sub-path
//! works), with progress.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, Response};

/// Progress is reported at most this often (each report re-renders the page; a fast load
/// should not pay for progress it has no time to show).
const PROGRESS_INTERVAL_MS: f64 = 150.0;

/// Fetches a file's bytes, reporting (loaded, total) as chunks arrive.
pub async fn fetch_bytes(url: &str, on_progress: impl Fn(u64, Option<u64>)) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url} kon niet worden opgehaald (geen verbinding met de server?)"))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: de server antwoordt {} {}", response.status(), response.status_text()));
    }
    let total = response.headers().get("content-length").ok().flatten().and_then(|v| v.parse().ok());
    let body = response.body().ok_or_else(|| format!("{url}: leeg antwoord"))?;
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(total.unwrap_or(0) as usize);
    let now = || window.performance().map_or(0.0, |p| p.now());
    let mut last_report = now();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| format!("{url}: het downloaden brak af"))?;
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into()).map_err(|_| "onleesbaar blok")?.unchecked_into();
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
