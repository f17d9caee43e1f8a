//! A `<select>` that shows the value the state has, even after the reader changed it.

use yew::prelude::*;

/// Keeps a `<select>` showing `value`: once the reader has changed a select, the browser no
/// longer follows its options' `selected` attributes (yew#2530), so a value set from elsewhere
/// (the back button, a mode giving the view back) is written to the element itself.
#[hook]
pub fn use_select_value(select: &NodeRef, value: String) {
    let select = select.clone();
    use_effect_with(value, move |value| {
        if let Some(element) = select.cast::<web_sys::HtmlSelectElement>() {
            if element.value() != *value {
                element.set_value(value);
            }
        }
    });
}
