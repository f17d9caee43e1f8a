//! The preview of a table the user brought ("Laden" / "Annuleren"), the message when a file
//! cannot be used, and the note when a link to an own table was opened afresh.

use super::StateProps;
use crate::state::{Action, State};
use crate::text;
use atlas_core::model::Family;
use atlas_core::own_table::{OwnPreview, FAMILY_CHOICES};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[function_component(OwnTableDialog)]
pub fn own_table_dialog(props: &StateProps) -> Html {
    let state = &props.state;
    let send = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action()))
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                state.dispatch(if state.own_preview.is_some() {
                    Action::CancelOwnTable
                } else {
                    Action::DismissOwnNote
                });
            }
        })
    };
    // The dialog's main button takes the focus when a dialog opens (Escape and Tab then work
    // in it); the backdrop keeps the page behind from being used meanwhile.
    let primary = use_node_ref();
    let open = (state.own_reading.is_some(), state.own_preview.is_some(), state.own_error.is_some());
    {
        let primary = primary.clone();
        use_effect_with(open, move |_| {
            if let Some(button) = primary.cast::<web_sys::HtmlElement>() {
                button.focus().ok();
            }
        });
    }
    let cancel_reading = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            crate::own_reader::cancel();
            state.dispatch(Action::CancelOwnReading);
        })
    };
    html! {
        <>
            if open.0 || open.1 || open.2 { <div class="own-backdrop" aria-hidden="true"></div> }
            if let Some(name) = &state.own_reading {
                <div class="own-dialog own-reading" role="status">
                    <p>{ format!("{}: {name}…", text::OWN_READING) }</p>
                    <progress></progress>
                    <div class="own-buttons">
                        <button type="button" ref={primary.clone()} onclick={cancel_reading}>{ text::OWN_CANCEL }</button>
                    </div>
                </div>
            }
            if let Some(preview) = &state.own_preview {
                <div class="own-dialog" role="dialog" aria-modal="true" aria-labelledby="own-preview-title" onkeydown={onkeydown.clone()}>
                    { preview_body(preview, state) }
                    <div class="own-buttons">
                        <button type="button" class="primary" ref={primary.clone()} onclick={send(|| Action::ApplyOwnTable)}>{ text::OWN_APPLY }</button>
                        <button type="button" onclick={send(|| Action::CancelOwnTable)}>{ text::OWN_CANCEL }</button>
                    </div>
                </div>
            }
            if let Some(message) = &state.own_error {
                <div class="own-dialog own-error" role="alert" onkeydown={onkeydown.clone()}>
                    <h2>{ text::OWN_ERROR_HEADING }</h2>
                    <p class="own-message">{ message }</p>
                    <p>{ text::OWN_ERROR_KEPT }</p>
                    <div class="own-buttons">
                        <button type="button" ref={primary.clone()} onclick={send(|| Action::DismissOwnNote)}>{ text::OWN_CLOSE }</button>
                    </div>
                </div>
            }
            if state.own_lost {
                <div class="own-note" role="status">
                    <p>{ text::OWN_LOST }</p>
                    <button type="button" onclick={send(|| Action::DismissOwnNote)}>{ text::OWN_CLOSE }</button>
                </div>
            }
        </>
    }
}

fn preview_body(preview: &OwnPreview, state: &UseReducerHandle<State>) -> Html {
    html! {
        <>
            <h2 id="own-preview-title">{ format!("{}: {}", text::OWN_PREVIEW_HEADING, preview.file) }</h2>
            <dl class="own-detected">
                <dt>{ "Indeling" }</dt><dd>{ text::layout_name(preview.layout) }</dd>
                <dt>{ "Scheidingsteken" }</dt><dd>{ text::separator_name(preview.separator) }</dd>
                <dt>{ "Tekenset" }</dt><dd>{ text::encoding_name(preview.encoding) }</dd>
            </dl>
            <ul class="own-joins">
                { for preview.levels.iter().map(|join| html! {
                    <li>{ text::join_line(text::level_plural(join.level), join.in_file, join.on_map, join.map_areas) }</li>
                }) }
                if preview.unknown > 0 { <li>{ text::unknown_line(preview.unknown, &preview.unknown_examples) }</li> }
                if preview.summed > 0 { <li>{ text::summed_line(preview.summed) }</li> }
            </ul>
            <h3>{ text::OWN_GROUPS_HEADING }</h3>
            <table class="own-groups">
                <tbody>
                    { for preview.groups.iter().enumerate().map(|(i, (label, families))| html! {
                        <tr><td><label for={format!("own-family-{i}")}>{ label }</label></td><td>{ family_select(i, families, state) }</td></tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}

/// The family of one group, as guessed, with the choices a user can correct it to.
fn family_select(group: usize, current: &[Family], state: &UseReducerHandle<State>) -> Html {
    let mut choices: Vec<Vec<Family>> = FAMILY_CHOICES.iter().map(|c| c.to_vec()).collect();
    if !choices.iter().any(|c| c == current) {
        choices.insert(0, current.to_vec());
    }
    let onchange = {
        let (state, choices) = (state.clone(), choices.clone());
        Callback::from(move |e: Event| {
            let index: usize = e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(usize::MAX);
            if let Some(families) = choices.get(index) {
                state.dispatch(Action::SetOwnFamily(group, families.clone()));
            }
        })
    };
    html! {
        <select id={format!("own-family-{group}")} {onchange}>
            { for choices.iter().enumerate().map(|(i, families)| html! {
                <option value={i.to_string()} selected={families.as_slice() == current}>{ text::families_of(families) }</option>
            }) }
        </select>
    }
}
