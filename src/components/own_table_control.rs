//! Loading a table of the user's own (a button, or a file dropped on the page) and, while one
//! is on the map, saying so with the way back to the CBS data. The file is read here, in the
//! browser, and never sent anywhere.

use super::StateProps;
use crate::own_reader::{files_of, read_own_files};
use crate::state::Action;
use crate::text;
use atlas_core::bundle::PartKind;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(OwnTableControl)]
pub fn own_table_control(props: &StateProps) -> Html {
    let state = &props.state;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            read_own_files(files_of(input.files()), &state);
            input.set_value(""); // the same file again is a new choice
        })
    };
    // A table is read against every area: the rows of the wijken and buurten start loading as
    // soon as the reader reaches for the button, not after choosing a file.
    let want_rows = {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(Action::NeedPart(PartKind::Rows)))
    };
    let back = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::BackToCbs))
    };
    html! {
        <div class="own-table">
            if let Some(own) = &state.own.in_use {
                <p class="own-badge">
                    <strong>{ text::OWN_BADGE() }</strong>{ ": " }
                    { own.shapes.as_ref().map_or_else(|| own.file.clone(), |shapes| text::two_files(&own.file, &shapes.file)) }
                    <span class="own-private">{ text::OWN_NOT_SHARED() }</span>
                </p>
                <button type="button" class="own-back" onclick={back}>{ text::OWN_BACK() }</button>
            }
            <label class="own-load" title={text::OWN_LOAD_HINT()}
                onpointerenter={want_rows.reform(|_| ())} onfocusin={want_rows.reform(|_| ())}>
                { text::OWN_LOAD() }
                <input type="file" multiple=true accept={text::OWN_ACCEPT()} {onchange} />
            </label>
        </div>
    }
}
