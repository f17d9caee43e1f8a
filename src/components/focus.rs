//! Keeping the keyboard focus inside a dialog (Tab and Shift+Tab go round).

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Tab and Shift+Tab go round within the dialog instead of leaving it for the page behind.
pub fn keep_focus_inside(e: &KeyboardEvent, dialog: &str) {
    // Yew delegates events to its root, so the dialog is found from the focused element.
    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(dialog) = target.and_then(|t| t.closest(dialog).ok().flatten()) else { return };
    let Ok(list) = dialog.query_selector_all("button, select, input, a[href], [tabindex]:not([tabindex='-1'])") else {
        return;
    };
    let focusable: Vec<web_sys::HtmlElement> =
        (0..list.length()).filter_map(|i| list.get(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else { return };
    let active = gloo::utils::document().active_element();
    let at =
        |element: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == element.as_ref() as &web_sys::Element);
    let wrap_to = if e.shift_key() && at(first) {
        last
    } else if !e.shift_key() && at(last) {
        first
    } else {
        return;
    };
    e.prevent_default();
    wrap_to.focus().ok();
}
