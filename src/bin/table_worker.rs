//! The table reader's Web Worker: reads a file a user brought (and a shape file with it)
//! and compares it with the map's areas off the page's thread, with the same core as the
//! page and the `atlas` command. It says "ready", then receives `{ name, file, frame, year }`
//! (the file's bytes, the map's areas as postcard bytes, the count year) and optionally
//! `{ shapesName, shapes, code, label }` (the shape file and the chosen code and name
//! properties), and answers with the preview or the error (in Dutch and English, for the page
//! to show in the language of the moment) as postcard bytes (`atlas_core::own_table`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use atlas_core::own_table::{decode_frame, encode_reply, preview_with_shapes, ShapeChoice};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let data = event.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        let bytes_of = |key: &str| get(key).map(|v| js_sys::Uint8Array::new(&v).to_vec()).unwrap_or_default();
        let text_of = |key: &str| get(key).and_then(|v| v.as_string());
        let name = text_of("name").unwrap_or_default();
        let year = get("year").and_then(|v| v.as_f64()).unwrap_or_default() as u16;
        let (shapes_name, shapes) = (text_of("shapesName"), bytes_of("shapes"));
        let (code, label) = (text_of("code"), text_of("label"));
        let choice = shapes_name.as_deref().map(|file| ShapeChoice {
            bytes: &shapes,
            file,
            code: code.as_deref(),
            name: label.as_deref(),
            year,
        });
        let reply = decode_frame(&bytes_of("frame"), &name)
            .and_then(|frame| preview_with_shapes(&bytes_of("file"), &name, &frame, choice));
        let bytes = js_sys::Uint8Array::from(&encode_reply(&reply)[..]);
        answer.post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer())).ok();
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point would be lost: the page waits for this one.
    scope.post_message(&READY.into()).ok();
}

/// What the worker says once it listens.
#[cfg(target_arch = "wasm32")]
const READY: &str = "ready";

/// Natively there is nothing to run (the reader is tested in `atlas-core`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
