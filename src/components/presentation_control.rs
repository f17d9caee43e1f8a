//! Presentation mode for a classroom projector (large type, high contrast, nothing only on
//! hover) and, while it is on, the way to full screen.

use crate::state::Action;
use crate::text::lesson as words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentationControlProps {
    /// Presentation mode is on.
    pub presentation: bool,
    pub dispatch: Callback<Action>,
}

#[function_component(PresentationControl)]
pub fn presentation_control(props: &PresentationControlProps) -> Html {
    let on = props.presentation;
    let toggle = props.dispatch.reform(move |_: MouseEvent| Action::SetPresentation(!on));
    // The button says what it will do: follow the page in and out of full screen (Escape too).
    let full = use_state_eq(|| false);
    {
        let set = full.setter();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let listener = gloo::events::EventListener::new(&document, "fullscreenchange", move |_| {
                set.set(gloo::utils::document().fullscreen_element().is_some());
            });
            move || drop(listener)
        });
    }
    let full_screen = Callback::from(|_: MouseEvent| {
        let document = gloo::utils::document();
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        } else if let Some(root) = document.document_element() {
            root.request_fullscreen().ok();
        }
    });
    html! {
        <div class="presentation-control">
            <button type="button" class="presentation-toggle" aria-pressed={on.to_string()} title={words::PRESENTATION_HINT()} onclick={toggle}>
                { words::PRESENTATION() }
            </button>
            if on {
                <button type="button" class="full-screen" onclick={full_screen}>
                    { if *full { words::LEAVE_FULL_SCREEN() } else { words::FULL_SCREEN() } }
                </button>
            }
        </div>
    }
}
