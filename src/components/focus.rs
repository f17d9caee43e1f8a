//! Keeping the keyboard focus where the user is: inside a dialog (Tab and Shift+Tab go round),
//! into a dialog when it opens and back to its opener when it closes, onto an element by
//! selector.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the keyboard can reach (disabled controls cannot take focus).
const FOCUSABLE: &str =
    "button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea, a[href], [tabindex]:not([tabindex='-1'])";

/// Focuses the first element matching `selector`, if there is one; whether it did.
pub fn focus_selector(selector: &str) -> bool {
    let element = gloo::utils::document().query_selector(selector).ok().flatten();
    match element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// A dialog takes the focus when it opens (its first control) and gives it back to `opener`
/// when it closes.
#[hook]
pub fn use_dialog_focus(dialog: &'static str, opener: &'static str) {
    use_effect_with((), move |_| {
        focus_selector(&format!("{dialog} :is({FOCUSABLE})"));
        move || {
            focus_selector(opener);
        }
    });
}

/// The keys of a modal dialog: Escape closes it (`close`), Tab and Shift+Tab go round in it.
pub fn dialog_keys(dialog: &'static str, close: impl Fn() + 'static) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "Escape" => close(),
        "Tab" => keep_focus_inside(&e, dialog),
        _ => {}
    })
}

/// Tab and Shift+Tab go round within the dialog instead of leaving it for the page behind.
pub fn keep_focus_inside(e: &KeyboardEvent, dialog: &str) {
    // Yew delegates events to its root, so the dialog is found from the focused element.
    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(dialog) = target.and_then(|t| t.closest(dialog).ok().flatten()) else { return };
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
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
