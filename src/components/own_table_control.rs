//! Loading a table of the user's own (a button, or a file dropped on the page) and, while one
//! is on the map, saying so with the way back to the CBS data. The file is read here, in the
//! browser, and never sent anywhere.

use super::StateProps;
use crate::own_table::{preview, too_large, MAX_BYTES};
use crate::state::{Action, State};
use crate::text;
use atlas_core::bundle::PartKind;
use js_sys::Uint8Array;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(OwnTableControl)]
pub fn own_table_control(props: &StateProps) -> Html {
    let state = &props.state;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_own_file(file, &state);
            }
            input.set_value(""); // the same file again is a new choice
        })
    };
    let back = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::BackToCbs))
    };
    html! {
        <div class="own-table">
            if let Some(own) = &state.own {
                <p class="own-badge">
                    <strong>{ text::OWN_BADGE }</strong>{ ": " }{ &own.file }
                    <span class="own-private">{ text::OWN_NOT_SHARED }</span>
                </p>
                <button type="button" class="own-back" onclick={back}>{ text::OWN_BACK }</button>
            }
            <label class="own-load" title={text::OWN_LOAD_HINT}>
                { text::OWN_LOAD }
                <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" {onchange} />
            </label>
        </div>
    }
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
    wasm_bindgen_futures::spawn_local(async move {
        let result = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = Uint8Array::new(&buffer).to_vec();
                preview(&bytes, &name, &atlas.tables.frame).map(Rc::new).map_err(|e| text::format_error(&e))
            }
            Err(_) => Err(format!("{name}: het bestand kon niet worden gelezen")),
        };
        dispatcher.dispatch(Action::OwnTableRead(result));
    });
}
