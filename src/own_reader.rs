//! Reading a file the user brought off the page's thread: the bytes go to the table worker
//! (`src/bin/table_worker.rs`) with the map's areas, its answer comes back as an action. One
//! read at a time; cancelling stops the worker. Where no worker can start, the page says so:
//! the readers live only in the worker, out of the wasm every visitor downloads.

use crate::atlas::Atlas;
use crate::state::{Action, State};
use crate::text::{self, Said};
use atlas_core::bundle::PartKind;
use atlas_core::model::AreaTable;
use atlas_core::own_table::{decode_reply, encode_frame};
use atlas_core::own_table::{too_large, OwnPreview, MAX_BYTES};
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

/// The files of the last read: a table, perhaps a shape file, and the shape properties the
/// user chose (kept so the preview can add, drop or re-join the shapes).
#[derive(Clone)]
struct Files {
    table: web_sys::File,
    shapes: Option<web_sys::File>,
    code: Option<String>,
    label: Option<String>,
}

thread_local! {
    static FILES: RefCell<Option<Files>> = const { RefCell::new(None) };
    /// Files brought before the rows below the gemeenten arrived: read when they are there.
    static WAITING: RefCell<Option<Files>> = const { RefCell::new(None) };
}

/// What reading the user's files needs from the page: the CBS atlas they are read against
/// (`None` while the data loads), whether a preview is open (a shape file alone joins its
/// table) and the way to change the state.
#[derive(Clone, PartialEq)]
pub struct OwnReader {
    pub cbs: Option<Rc<Atlas>>,
    pub previewing: bool,
    pub dispatch: Callback<Action>,
}

impl OwnReader {
    /// The reader for a state: its files are read against the CBS atlas, also while an own
    /// table is on the map.
    pub fn of(state: &State, dispatch: Callback<Action>) -> OwnReader {
        let cbs = state.own.in_use.as_ref().map(|own| Rc::clone(&own.cbs)).or_else(|| state.atlas().cloned());
        OwnReader { cbs, previewing: state.own.preview.is_some(), dispatch }
    }
}

/// Whether a file is a shape file (GeoJSON, TopoJSON) rather than a table, by its name.
pub fn is_shape_file(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".geojson", ".topojson", ".json"].iter().any(|ext| lower.ends_with(ext))
}

/// Reads the files the user picked or dropped: one table, and perhaps one shape file with
/// it; a shape file alone joins the table of the open preview. Dispatches the preview, or
/// why the files cannot be used (the data on screen stays).
pub fn read_own_files(files: Vec<web_sys::File>, reader: &OwnReader) {
    let (shapes, tables): (Vec<_>, Vec<_>) = files.into_iter().partition(|f| is_shape_file(&f.name()));
    let fail = |text: fn() -> &'static str| reader.dispatch.emit(Action::OwnTableRead(Err(Said::of(|| text().into()))));
    let files = match (tables.as_slice(), shapes.as_slice()) {
        ([], []) => return,
        ([table], shapes) if shapes.len() <= 1 => {
            Files { table: table.clone(), shapes: shapes.first().cloned(), code: None, label: None }
        }
        ([], [shapes]) => match FILES.with_borrow(Clone::clone).filter(|_| reader.previewing) {
            Some(files) => Files { shapes: Some(shapes.clone()), code: None, label: None, ..files },
            None => return fail(text::OWN_SHAPES_ALONE),
        },
        _ => return fail(text::OWN_TOO_MANY),
    };
    start(files, reader);
}

/// The files of a file input or a drop, in order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads the open preview's files again with the shape properties the user chose.
pub fn choose_shape_properties(code: Option<String>, label: Option<String>, reader: &OwnReader) {
    if let Some(files) = FILES.with_borrow(Clone::clone) {
        start(Files { code, label, ..files }, reader);
    }
}

/// Reads the open preview's table again without its shape file.
pub fn drop_shapes(reader: &OwnReader) {
    if let Some(files) = FILES.with_borrow(Clone::clone) {
        start(Files { shapes: None, code: None, label: None, ..files }, reader);
    }
}

/// Reads files in the worker (or lets them wait for the rows), saying so in the state.
fn start(files: Files, reader: &OwnReader) {
    let dispatch = reader.dispatch.clone();
    let Some(atlas) = reader.cbs.clone() else { return };
    if atlas.is_pending(PartKind::Rows) {
        // A table is read against every area: the rows load at once and the files wait for them
        // (`use_files_waiting_for_rows`), shown as being read.
        dispatch.emit(Action::NeedPart(PartKind::Rows));
        dispatch.emit(Action::OwnTableReading(files.table.name()));
        WAITING.with_borrow_mut(|waiting| *waiting = Some(files));
        return;
    }
    for file in std::iter::once(&files.table).chain(&files.shapes) {
        if file.size() > MAX_BYTES as f64 {
            let (nl, en) = too_large(file.size() as u64);
            let message = Said::new(format!("{}: {nl}", file.name()), format!("{}: {en}", file.name()));
            return dispatch.emit(Action::OwnTableRead(Err(message)));
        }
    }
    cancel();
    let name = files.table.name();
    let both = files.shapes.as_ref().map_or_else(|| name.clone(), |s| text::two_files(&name, &s.name()));
    dispatch.emit(Action::OwnTableReading(both));
    FILES.with_borrow_mut(|kept| *kept = Some(files.clone()));
    let frame = Rc::clone(&atlas.tables.frame);
    let year = atlas.meta.count_year;
    wasm_bindgen_futures::spawn_local(async move {
        let (Ok(table), Ok(shapes)) = (bytes_of(&files.table).await, optional_bytes(files.shapes.as_ref()).await)
        else {
            let message = Said::of(|| format!("{name}: {}", text::OWN_UNREADABLE()));
            return dispatch.emit(Action::OwnTableRead(Err(message)));
        };
        let send = {
            let dispatch = dispatch.clone();
            move |reply: Result<OwnPreview, Said>| dispatch.emit(Action::OwnTableRead(reply.map(Rc::new)))
        };
        let request = Request { name: &name, table, shapes, files: &files, frame: &frame, year };
        if let Err(request) = read_in_worker(request, send.clone()) {
            // No worker here (an old browser, a host that blocks it): the readers live only
            // in the worker, which keeps them out of the wasm every visitor downloads.
            send(Err(Said::of(|| format!("{}: {}", request.name, text::OWN_NEEDS_WORKER()))));
        }
    });
}

async fn bytes_of(file: &web_sys::File) -> Result<JsValue, JsValue> {
    wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await
}

async fn optional_bytes(file: Option<&web_sys::File>) -> Result<Option<JsValue>, JsValue> {
    match file {
        Some(file) => bytes_of(file).await.map(Some),
        None => Ok(None),
    }
}

/// What one read needs: the files' bytes (array buffers), the choices, the map's areas.
struct Request<'a> {
    name: &'a str,
    table: JsValue,
    shapes: Option<JsValue>,
    files: &'a Files,
    frame: &'a AreaTable,
    year: u16,
}

/// Reads the files that waited for the rows below the gemeenten once the rows are there.
#[hook]
pub fn use_files_waiting_for_rows(state: &UseReducerHandle<State>) {
    let rows_pending = state.atlas().is_some_and(|atlas| atlas.is_pending(PartKind::Rows));
    let dispatcher = state.dispatcher();
    let reader = OwnReader::of(state, Callback::from(move |action| dispatcher.dispatch(action)));
    use_effect_with(rows_pending, move |&pending| {
        if !pending {
            if let Some(files) = WAITING.with_borrow_mut(Option::take) {
                start(files, &reader);
            }
        }
    });
}

/// Stops a read in progress, if any.
pub fn cancel() {
    WAITING.with_borrow_mut(|waiting| *waiting = None);
    if let Some(reading) = READING.with_borrow_mut(Option::take) {
        reading.worker.terminate();
        // An answer already on its way finds no handler, instead of a dropped one.
        reading.worker.set_onmessage(None);
        reading.worker.set_onerror(None);
        // The handlers may be running now (a worker's answer ends its read): drop them after.
        wasm_bindgen_futures::spawn_local(async move { drop(reading) });
    }
}

/// Starts a worker on the files; gives the request back when no worker can start.
fn read_in_worker<'a>(
    request: Request<'a>,
    send: impl Fn(Result<OwnPreview, Said>) + Clone + 'static,
) -> Result<(), Request<'a>> {
    let Ok(worker) = Worker::new(WORKER_URL) else { return Err(request) };
    let name = request.name;
    let frame = Uint8Array::from(&encode_frame(request.frame)[..]);
    let message = Object::new();
    let set = |key: &str, value: &JsValue| {
        Reflect::set(&message, &key.into(), value).ok();
    };
    set("name", &name.into());
    set("file", &request.table);
    set("frame", &frame);
    set("year", &request.year.into());
    let transfer = Array::of2(&request.table, &frame.buffer());
    if let (Some(bytes), Some(file)) = (&request.shapes, &request.files.shapes) {
        set("shapes", bytes);
        set("shapesName", &file.name().into());
        transfer.push(bytes);
    }
    for (key, value) in [("code", &request.files.code), ("label", &request.files.label)] {
        if let Some(value) = value {
            set(key, &value.into());
        }
    }
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
                    send(Err(Said::of(|| format!("{name}: {}", text::OWN_READER_FAILED()))));
                }
                return;
            }
            let bytes = Uint8Array::new(&event.data()).to_vec();
            let reply = decode_reply(&bytes, &name).unwrap_or_else(Err).map_err(|e| Said::from(&e));
            cancel();
            send(reply);
        })
    };
    let on_error = {
        let name = name.to_string();
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |_| {
            cancel();
            send(Err(Said::of(|| format!("{name}: {}", text::OWN_READER_FAILED()))));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    READING.with_borrow_mut(|reading| {
        *reading = Some(Reading { worker, _on_message: on_message, _on_error: on_error });
    });
    Ok(())
}
