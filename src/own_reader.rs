//! Reading a file the user brought off the page's thread: the bytes go to the table worker
//! (`src/bin/table_worker.rs`) with the map's areas, its answer comes back as an action. One
//! read at a time; cancelling stops the worker. Where no worker can start, the page reads the
//! file itself.

use crate::state::{Action, State};
use crate::text;
use atlas_core::bundle::PartKind;
use atlas_core::formats::FormatError;
use atlas_core::model::AreaTable;
use atlas_core::own_table::{decode_reply, encode_frame};
use atlas_core::own_table::{preview, too_large, OwnPreview, MAX_BYTES};
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

/// The worker's loader, beside the page (Trunk writes it: `data-type="worker"` in index.html).
const WORKER_URL: &str = "table_worker_loader.js";

/// The worker reading now, with its handlers (dropped with it).
struct Reading {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static READING: RefCell<Option<Reading>> = const { RefCell::new(None) };
}

/// Reads a file the user picked or dropped and dispatches its preview, or why it cannot be
/// used (the data on screen stays). The map's areas must be known first.
pub fn read_own_file(file: web_sys::File, state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let Some(atlas) = state.own.as_ref().map(|own| Rc::clone(&own.cbs)).or_else(|| state.atlas().cloned()) else {
        return;
    };
    let name = file.name();
    if atlas.is_pending(PartKind::Rows) {
        return dispatcher.dispatch(Action::OwnTableRead(Err(text::OWN_WAIT.into())));
    }
    if file.size() > MAX_BYTES as f64 {
        let message = format!("{name}: {}", too_large(file.size() as u64));
        return dispatcher.dispatch(Action::OwnTableRead(Err(message)));
    }
    cancel();
    dispatcher.dispatch(Action::OwnTableReading(name.clone()));
    let frame = Rc::clone(&atlas.tables.frame);
    wasm_bindgen_futures::spawn_local(async move {
        let buffer = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => buffer,
            Err(_) => {
                return dispatcher.dispatch(Action::OwnTableRead(Err(format!("{name}: {}", text::OWN_UNREADABLE))))
            }
        };
        let send = {
            let dispatcher = dispatcher.clone();
            move |reply: Result<OwnPreview, String>| dispatcher.dispatch(Action::OwnTableRead(reply.map(Rc::new)))
        };
        if let Err(buffer) = read_in_worker(&name, buffer, &frame, send.clone()) {
            // No worker here (an old browser, a host that blocks it): read on the page.
            let bytes = Uint8Array::new(&buffer).to_vec();
            send(preview(&bytes, &name, &frame).map_err(|e| e.to_string()));
        }
    });
}

/// Stops a read in progress, if any.
pub fn cancel() {
    if let Some(reading) = READING.with_borrow_mut(Option::take) {
        reading.worker.terminate();
        // An answer already on its way finds no handler, instead of a dropped one.
        reading.worker.set_onmessage(None);
        reading.worker.set_onerror(None);
        // The handlers may be running now (a worker's answer ends its read): drop them after.
        wasm_bindgen_futures::spawn_local(async move { drop(reading) });
    }
}

/// Starts a worker on the file; gives the buffer back when no worker can start.
fn read_in_worker(
    name: &str,
    buffer: JsValue,
    frame: &AreaTable,
    send: impl Fn(Result<OwnPreview, String>) + Clone + 'static,
) -> Result<(), JsValue> {
    let Ok(worker) = Worker::new(WORKER_URL) else { return Err(buffer) };
    let frame = Uint8Array::from(&encode_frame(frame)[..]);
    let message = Object::new();
    Reflect::set(&message, &"name".into(), &name.into()).ok();
    Reflect::set(&message, &"file".into(), &buffer).ok();
    Reflect::set(&message, &"frame".into(), &frame).ok();
    let transfer = Array::of2(&buffer, &frame.buffer());
    // The request goes out once the worker says it listens.
    let mut request = Some((message, transfer));
    let on_message = {
        let (send, worker) = (send.clone(), worker.clone());
        let name = name.to_string();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if event.data().as_string().is_some() {
                let sent =
                    request.take().map(|(message, transfer)| worker.post_message_with_transfer(&message, &transfer));
                if matches!(sent, Some(Err(_))) {
                    cancel();
                    send(Err(format!("{name}: {}", text::OWN_READER_FAILED)));
                }
                return;
            }
            let bytes = Uint8Array::new(&event.data()).to_vec();
            let reply = match decode_reply(&bytes) {
                Ok(reply) => reply.map_err(|e: FormatError| e.to_string()),
                Err(message) => Err(message),
            };
            cancel();
            send(reply);
        })
    };
    let on_error = {
        let name = name.to_string();
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |_| {
            cancel();
            send(Err(format!("{name}: {}", text::OWN_READER_FAILED)));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    READING.with_borrow_mut(|reading| {
        *reading = Some(Reading { worker, _on_message: on_message, _on_error: on_error });
    });
    Ok(())
}
