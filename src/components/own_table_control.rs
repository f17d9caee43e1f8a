//! Loading a table of the user's own (a button, or a file dropped on the page) and, while one
//! is on the map, saying so with the way back to the CBS data. The file is read here, in the
//! browser, and never sent anywhere.

use crate::own_reader::{files_of, read_own_files, OwnReader};
use crate::state::Action;
use crate::text;
use atlas_core::bundle::PartKind;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OwnTableControlProps {
    /// The file of the own table on the map, if one is.
    pub own_file: Option<String>,
    /// The shape file that came with it, if any.
    pub own_shapes_file: Option<String>,
    pub reader: OwnReader,
    pub dispatch: Callback<Action>,
}

#[function_component(OwnTableControl)]
pub fn own_table_control(props: &OwnTableControlProps) -> Html {
    let onchange = {
        let reader = props.reader.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            read_own_files(files_of(input.files()), &reader);
            input.set_value(""); // the same file again is a new choice
        })
    };
    // A table is read against every area: the rows of the wijken and buurten start loading as
    // soon as the reader reaches for the button, not after choosing a file.
    let want_rows = props.dispatch.reform(|_: ()| Action::NeedPart(PartKind::Rows));
    let back = props.dispatch.reform(|_: MouseEvent| Action::BackToCbs);
    html! {
        <div class="own-table">
            if let Some(file) = &props.own_file {
                <p class="own-badge">
                    <strong>{ text::OWN_BADGE() }</strong>{ ": " }
                    { props.own_shapes_file.as_ref().map_or_else(|| file.clone(), |shapes| text::two_files(file, shapes)) }
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
