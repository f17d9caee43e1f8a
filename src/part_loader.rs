//! Loading the bundle's further parts after the first page: what the screen needs at once
//! (opening a gemeente asks for the wijk rows and shapes, a search for the rows), the further
//! tables soon after the first page (the year and group choices list them), and the rows and
//! the heavy shapes of wijken and buurten once the page has been quiet for a while: a phone
//! whose reader only looks at the first map does not spend its first seconds decoding 17,657
//! areas nobody asked for, and anything the reader asks for jumps the queue.

use crate::load_error::LoadError;
use crate::loader::load_order;
use crate::loader::{fetch_bytes, mark};
use crate::state::{Action, State};
use atlas_core::bundle::{decode_part, part_file, PartKind};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

/// The performance mark set once the page around the first map (panel, ranking) is drawn.
const PAGE_DRAWN: &str = "page-drawn";
/// How long after the first page the parts nobody asked for yet are fetched.
const QUIET_MS: i32 = 6_000;

/// The parts asked for so far (on demand or in the background): each is fetched once.
type Requested = Rc<RefCell<HashSet<PartKind>>>;

/// Whether a part waits for a quiet page when nothing on screen needs it.
fn waits_for_quiet(kind: PartKind) -> bool {
    matches!(kind, PartKind::Rows | PartKind::Layer(_))
}

/// Fetches the parts the screen needs as soon as it needs them, and the rest in the background
/// in [`load_order`]; a failure only leaves that part out.
#[hook]
pub fn use_part_loader(state: &UseReducerHandle<State>) {
    use_effect_with(state.loading.map_drawn, |&drawn| {
        if drawn {
            mark(PAGE_DRAWN);
        }
    });
    let requested: Requested = use_mut_ref(HashSet::new);
    {
        let (requested, dispatcher) = (requested.clone(), state.dispatcher());
        use_effect_with(state.needed_parts(), move |needed| {
            for &kind in needed {
                if requested.borrow_mut().insert(kind) {
                    let dispatcher = dispatcher.clone();
                    wasm_bindgen_futures::spawn_local(async move { load_part(kind, &dispatcher).await });
                }
            }
        });
    }
    let dispatcher = state.dispatcher();
    let mut later: Vec<PartKind> = state.atlas().map(|a| a.pending.as_ref().clone()).unwrap_or_default();
    use_effect_with((), move |_| {
        later.sort_by_key(|&kind| load_order(kind));
        wasm_bindgen_futures::spawn_local(async move {
            wait_for_mark(PAGE_DRAWN).await;
            sleep_ms(50).await;
            let mut waited = false;
            for kind in later {
                if waits_for_quiet(kind) && !std::mem::replace(&mut waited, true) {
                    sleep_ms(QUIET_MS).await;
                }
                if requested.borrow_mut().insert(kind) {
                    load_part(kind, &dispatcher).await;
                }
            }
            register_service_worker();
        });
    });
}

/// Offline after the first visit: the service worker (assets/sw.js), which caches every file of
/// the build, is registered once the page has loaded its own parts, so that on a slow line its
/// downloads never compete with what the reader waits for.
fn register_service_worker() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().service_worker().register("sw.js");
    }
}

/// Reads, decodes and applies one part, in separate tasks so that none of them holds the main
/// thread for long (a click in between is answered).
async fn load_part(kind: PartKind, dispatcher: &UseReducerDispatcher<State>) {
    let file = part_file(kind);
    let part = match fetch_bytes(&file, None).await {
        Ok(bytes) => {
            sleep_ms(0).await;
            decode_part(&bytes).map_err(|e| LoadError::Undecodable { file: file.clone(), detail: e.to_string() })
        }
        Err(error) => Err(error),
    };
    sleep_ms(0).await;
    match part {
        Ok(part) => dispatcher.dispatch(Action::PartLoaded(part)),
        Err(error) => gloo::console::warn!(error.message()),
    }
}

/// Waits (at most two seconds) until a performance mark has been set.
async fn wait_for_mark(name: &str) {
    let performance = web_sys::window().and_then(|w| w.performance());
    for _ in 0..100 {
        if performance.as_ref().is_none_or(|p| p.get_entries_by_name(name).length() > 0) {
            return;
        }
        sleep_ms(20).await;
    }
}

/// Resolves after `ms` milliseconds (a browser timer).
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).ok();
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok();
}
