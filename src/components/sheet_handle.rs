//! The handle of the side panel when a phone shows it as a sheet over the bottom of the map:
//! shows the whole panel, or only its first lines again (hidden on wider screens by the CSS).

use crate::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SheetHandleProps {
    /// Whether the sheet shows the whole panel.
    pub expanded: UseStateHandle<bool>,
}

#[function_component(SheetHandle)]
pub fn sheet_handle(props: &SheetHandleProps) -> Html {
    let expanded = props.expanded.clone();
    let open = *expanded;
    let onclick = Callback::from(move |_: MouseEvent| expanded.set(!open));
    html! {
        <button type="button" class="sheet-handle" aria-expanded={open.to_string()} {onclick}>
            <span class="sheet-grip" aria-hidden="true"></span>
            { if open { text::SHEET_LESS() } else { text::SHEET_MORE() } }
        </button>
    }
}
