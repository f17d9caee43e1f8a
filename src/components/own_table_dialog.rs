//! The preview of a table the user brought ("Laden" / "Annuleren"), the message when a file
//! cannot be used, and the note when a link to an own table was opened afresh.

use crate::own_reader::{choose_shape_properties, drop_shapes, files_of, read_own_files, OwnReader};
use crate::state::Action;
use crate::text;
use atlas_core::model::Family;
use atlas_core::own_table::{OwnPreview, FAMILY_CHOICES};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The own-table flow's state as the dialogs show it (the `OwnSlice` without the table in use).
#[derive(Properties, PartialEq)]
pub struct OwnTableDialogProps {
    /// The name of a file being read.
    pub reading: Option<String>,
    /// A file read and waiting for "Laden" or "Annuleren".
    pub preview: Option<Rc<OwnPreview>>,
    /// Why the last file could not be read.
    pub error: Option<crate::text::Said>,
    /// The page was opened from a link to an own table, which is never stored.
    pub lost: bool,
    /// Reads a shape file added in the preview, or the preview's files again.
    pub reader: OwnReader,
    pub dispatch: Callback<Action>,
}

#[function_component(OwnTableDialog)]
pub fn own_table_dialog(props: &OwnTableDialogProps) -> Html {
    let send = |action: fn() -> Action| props.dispatch.reform(move |_: MouseEvent| action());
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        let note = props.error.is_some() || props.preview.is_none();
        super::focus::dialog_keys(".own-dialog", move || {
            dispatch.emit(if note { Action::DismissOwnNote } else { Action::CancelOwnTable })
        })
    };
    // The error shows over the preview it leaves unchanged; the preview waits behind a read.
    let reading = props.reading.is_some();
    let error = props.error.is_some();
    let previewing = props.preview.is_some() && !reading && !error;
    let primary = use_primary_focus((reading, previewing, error));
    let cancel_reading = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            crate::own_reader::cancel();
            dispatch.emit(Action::CancelOwnReading);
        })
    };
    html! {
        <>
            if reading || previewing || error { <div class="own-backdrop" aria-hidden="true"></div> }
            if let Some(name) = &props.reading {
                <div class="own-dialog own-reading" role="status" onkeydown={onkeydown.clone()}>
                    <p>{ format!("{}: {name}…", text::OWN_READING()) }</p>
                    <progress></progress>
                    <div class="own-buttons">
                        <button type="button" ref={primary.clone()} onclick={cancel_reading}>{ text::OWN_CANCEL() }</button>
                    </div>
                </div>
            }
            if let Some(preview) = props.preview.as_ref().filter(|_| previewing) {
                <div class="own-dialog" role="dialog" aria-modal="true" aria-labelledby="own-preview-title" onkeydown={onkeydown.clone()}>
                    { preview_body(preview, props) }
                    <div class="own-buttons">
                        <button type="button" class="primary" ref={primary.clone()} onclick={send(|| Action::ApplyOwnTable)}>{ text::OWN_APPLY() }</button>
                        <button type="button" onclick={send(|| Action::CancelOwnTable)}>{ text::OWN_CANCEL() }</button>
                    </div>
                </div>
            }
            if let Some(message) = &props.error {
                <div class="own-dialog own-error" role="alertdialog" aria-modal="true" aria-labelledby="own-error-title" onkeydown={onkeydown.clone()}>
                    <h2 id="own-error-title">{ text::OWN_ERROR_HEADING() }</h2>
                    <p class="own-message">{ message.shown() }</p>
                    <p>{ text::OWN_ERROR_KEPT() }</p>
                    <div class="own-buttons">
                        <button type="button" ref={primary.clone()} onclick={send(|| Action::DismissOwnNote)}>{ text::OWN_CLOSE() }</button>
                    </div>
                </div>
            }
            if props.lost {
                <div class="own-note" role="status">
                    <p>{ text::OWN_LOST() }</p>
                    <button type="button" onclick={send(|| Action::DismissOwnNote)}>{ text::OWN_CLOSE() }</button>
                </div>
            }
        </>
    }
}

/// The dialog's main button (the returned ref) takes the focus when a dialog opens (Escape and
/// Tab then work in it, and Tab stays in it); the backdrop keeps the page behind from being
/// used meanwhile. When the last dialog closes, the focus goes back where it was. `open`: which
/// dialogs are open (reading, preview, error).
#[hook]
fn use_primary_focus(open: (bool, bool, bool)) -> NodeRef {
    let primary = use_node_ref();
    let opener = use_mut_ref(|| None::<web_sys::HtmlElement>);
    {
        let primary = primary.clone();
        use_effect_with(open, move |&(reading, previewing, error)| {
            let any = reading || previewing || error;
            let active =
                || gloo::utils::document().active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if any && opener.borrow().is_none() {
                *opener.borrow_mut() = active();
            }
            match primary.cast::<web_sys::HtmlElement>() {
                Some(button) if any => {
                    // Without scrolling to it: a long preview on a phone opens at its title.
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    button.focus_with_options(&options).ok();
                }
                _ => {
                    if let Some(element) = opener.borrow_mut().take().filter(|e| e.is_connected()) {
                        element.focus().ok();
                    }
                }
            }
        });
    }
    primary
}

/// The preview of a file read: what was detected, how it joins the map, its shapes and groups.
fn preview_body(preview: &OwnPreview, props: &OwnTableDialogProps) -> Html {
    html! {
        <>
            <h2 id="own-preview-title">{ format!("{}: {}", text::OWN_PREVIEW_HEADING(), preview.file) }</h2>
            <dl class="own-detected">
                <dt>{ text::OWN_LAYOUT_TERM() }</dt><dd>{ text::layout_name(preview.layout) }</dd>
                <dt>{ text::OWN_SEPARATOR_TERM() }</dt><dd>{ text::separator_name(preview.separator) }</dd>
                <dt>{ text::OWN_ENCODING_TERM() }</dt><dd>{ text::encoding_name(preview.encoding) }</dd>
            </dl>
            <ul class="own-joins">
                { for preview.levels.iter().map(|join| html! {
                    <li>{ text::join_line(text::level_plural(join.level), join.in_file, join.on_map, join.map_areas) }</li>
                }) }
                if preview.unknown > 0 { <li>{ text::unknown_line(preview.unknown, &preview.unknown_examples) }</li> }
                if preview.summed > 0 { <li>{ text::summed_line(preview.summed) }</li> }
                if !preview.partial.is_empty() { <li class="own-partial">{ text::partial_line(&partial_parents(preview)) }</li> }
            </ul>
            { shapes_section(preview, &props.reader) }
            <h3>{ text::OWN_GROUPS_HEADING() }</h3>
            <table class="own-groups">
                <tbody>
                    { for preview.groups.iter().enumerate().map(|(i, (label, families))| html! {
                        <tr><td><label for={format!("own-family-{i}")}>{ label }</label></td><td>{ family_select(i, families, &props.dispatch) }</td></tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}

/// The user's own areas: the shape file and the properties it joins on, or the way to add one.
fn shapes_section(preview: &OwnPreview, reader: &OwnReader) -> Html {
    let Some(shapes) = &preview.shapes else {
        let onchange = {
            let reader = reader.clone();
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                read_own_files(files_of(input.files()), &reader);
                input.set_value("");
            })
        };
        return html! {
            <section class="own-shapes">
                <h3>{ text::OWN_SHAPES_HEADING() }</h3>
                <p class="own-hint">{ text::OWN_SHAPES_ADD_HINT() }</p>
                <label class="own-load">
                    { text::OWN_SHAPES_ADD() }
                    <input type="file" accept=".geojson,.topojson,.json,application/geo+json,application/json" {onchange} />
                </label>
            </section>
        };
    };
    let chosen_name = shapes.name.clone().filter(|n| !n.is_empty());
    let on_code = {
        let (reader, name) = (reader.clone(), shapes.name.clone());
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            choose_shape_properties(Some(code), Some(name.clone().unwrap_or_default()), &reader);
        })
    };
    let on_name = {
        let (reader, code) = (reader.clone(), shapes.code.clone());
        Callback::from(move |e: Event| {
            let name = e.target_unchecked_into::<HtmlSelectElement>().value();
            choose_shape_properties(Some(code.clone()), Some(name), &reader);
        })
    };
    let on_drop = {
        let reader = reader.clone();
        Callback::from(move |_: MouseEvent| drop_shapes(&reader))
    };
    html! {
        <section class="own-shapes">
            <h3>{ text::OWN_SHAPES_HEADING() }</h3>
            <p>{ text::shapes_line(shapes) }</p>
            <div class="own-shape-keys">
                <label>{ text::OWN_SHAPES_CODE() }
                    <select id="own-shape-code" onchange={on_code}>
                        { for shapes.properties.iter().map(|p| html! {
                            <option value={p.key.clone()} selected={p.key == shapes.code}>{ text::property_choice(&p.key, &p.examples) }</option>
                        }) }
                    </select>
                </label>
                <label>{ text::OWN_SHAPES_NAME() }
                    <select id="own-shape-name" onchange={on_name}>
                        <option value="" selected={chosen_name.is_none()}>{ text::OWN_SHAPES_NO_NAME() }</option>
                        { for shapes.properties.iter().filter(|p| p.key != shapes.code).map(|p| html! {
                            <option value={p.key.clone()} selected={Some(&p.key) == chosen_name.as_ref()}>{ text::property_choice(&p.key, &p.examples) }</option>
                        }) }
                    </select>
                </label>
            </div>
            if shapes.not_codes > 0 { <p>{ text::not_codes_line(shapes.not_codes, &shapes.not_code_examples) }</p> }
            if shapes.without_row > 0 { <p>{ text::shapes_without_row_line(shapes.without_row, &shapes.without_row_examples) }</p> }
            if !shapes.no_geometry.is_empty() { <p>{ text::no_geometry_line(&shapes.no_geometry) }</p> }
            if !shapes.collapsed.is_empty() { <p>{ text::collapsed_line(&shapes.collapsed) }</p> }
            <button type="button" class="own-shapes-drop" onclick={on_drop}>{ text::OWN_SHAPES_DROP() }</button>
        </section>
    }
}

/// The parents not summed, named, with the level of their parts.
fn partial_parents(preview: &OwnPreview) -> Vec<(String, &'static str, usize, usize)> {
    preview
        .partial
        .iter()
        .map(|(code, have, of)| {
            let area = preview.table.find_str(code).map(|id| preview.table.area(id));
            let name = area.map_or_else(|| code.clone(), |a| crate::search::display_name(&a.name).to_string());
            let parts = area.and_then(|a| a.level.child()).map_or(text::OWN_PARTS(), text::level_plural);
            (name, parts, *have, *of)
        })
        .collect()
}

/// The family of one group, as guessed, with the choices a user can correct it to.
fn family_select(group: usize, current: &[Family], dispatch: &Callback<Action>) -> Html {
    let mut choices: Vec<Vec<Family>> = FAMILY_CHOICES.iter().map(|c| c.to_vec()).collect();
    if !choices.iter().any(|c| c == current) {
        choices.insert(0, current.to_vec());
    }
    let onchange = {
        let (dispatch, choices) = (dispatch.clone(), choices.clone());
        Callback::from(move |e: Event| {
            let index: usize = e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(usize::MAX);
            if let Some(families) = choices.get(index) {
                dispatch.emit(Action::SetOwnFamily(group, families.clone()));
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
