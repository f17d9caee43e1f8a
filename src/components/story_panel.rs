//! The story's current step: its title, its text with live numbers, and the way to the
//! previous and next step (buttons, or the arrow keys anywhere but in a form field; Escape
//! closes it).

use crate::atlas::Atlas;
use crate::state::{Action, MapMode};
use crate::story::{step_text, STEPS};
use crate::text::lesson as words;
use crate::typology_view::TypologyResult;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct StoryPanelProps {
    pub atlas: Rc<Atlas>,
    /// The step shown (0-based), if the story is open.
    pub step: Option<usize>,
    /// The classification, when the step shows the typology.
    pub typology: Option<Rc<TypologyResult>>,
    pub dispatch: Callback<Action>,
}

impl StoryPanelProps {
    /// The props for the state's story (the typology only while it is shown).
    pub fn of(
        atlas: &Rc<Atlas>,
        step: Option<usize>,
        mode: MapMode,
        typology: &Option<Rc<TypologyResult>>,
        dispatch: &Callback<Action>,
    ) -> StoryPanelProps {
        let typology = typology.clone().filter(|_| mode == MapMode::Typology);
        StoryPanelProps { atlas: Rc::clone(atlas), step, typology, dispatch: dispatch.clone() }
    }
}

#[function_component(StoryPanel)]
pub fn story_panel(props: &StoryPanelProps) -> Html {
    let step = props.step;
    {
        let dispatch = props.dispatch.clone();
        use_effect_with(step, move |&step| {
            let listener = step.map(|step| {
                EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    let in_field =
                        event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| {
                            t.closest("input, select, textarea, .own-dialog, .map").ok().flatten().is_some()
                        });
                    if in_field || event.alt_key() || event.ctrl_key() || event.meta_key() {
                        return;
                    }
                    match event.key().as_str() {
                        "ArrowRight" if step + 1 < STEPS => dispatch.emit(Action::StoryStep(step + 1)),
                        "ArrowLeft" if step > 0 => dispatch.emit(Action::StoryStep(step - 1)),
                        "Escape" => dispatch.emit(Action::CloseStory),
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Every step starts in view (a long step may have scrolled the next one away).
    use_effect_with(step, |step| {
        if step.is_some() {
            if let Some(story) = gloo::utils::document().query_selector(".story").ok().flatten() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                story.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
    let (Some(step), atlas) = (step, &props.atlas) else { return html! {} };
    let text = step_text(step, atlas, props.typology.as_deref());
    // The basis of the figures the step's map and panel show.
    let basis = match props.typology {
        Some(_) => atlas.basis_of(MapMode::Typology, atlas.view.year),
        None => atlas.figure_basis(),
    };
    let go = |to: Option<usize>| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(match to {
                Some(step) => Action::StoryStep(step),
                None => Action::CloseStory,
            })
        })
    };
    html! {
        <section class="story" aria-labelledby="story-title" data-step={(step + 1).to_string()}>
            <p class="story-position">{ words::story_position(step, STEPS) }</p>
            <h2 id="story-title" tabindex="-1">{ text.title }</h2>
            <p class="figure-basis">{ basis }</p>
            <div class="story-text" aria-live="polite">
                { for text.paragraphs.iter().map(|p| html! { <p>{ p }</p> }) }
            </div>
            <div class="story-buttons">
                <button type="button" class="story-previous" disabled={step == 0} onclick={go(step.checked_sub(1))}>{ words::STORY_PREVIOUS() }</button>
                if step + 1 < STEPS {
                    <button type="button" class="story-next primary" onclick={go(Some(step + 1))}>{ words::STORY_NEXT() }</button>
                }
                <button type="button" class="story-close" onclick={go(None)}>{ words::STORY_CLOSE() }</button>
                <span class="story-keys">{ words::STORY_KEYS() }</span>
            </div>
        </section>
    }
}

/// Opening the story takes the focus to its title; closing it gives the focus back to the
/// button that opens it. (Kept by the page, which stays while the panels around the story
/// change with its steps.)
#[hook]
pub fn use_story_focus(open: bool) {
    let was_open = use_mut_ref(|| false);
    use_effect_with(open, move |&open| {
        let was = std::mem::replace(&mut *was_open.borrow_mut(), open);
        if was && !open {
            super::focus::focus_selector(".story-start");
        } else if open && !was && !in_story() {
            super::focus::focus_selector("#story-title");
        }
    });
}

/// Whether the focus is inside the story already (its own buttons).
fn in_story() -> bool {
    let active = gloo::utils::document().active_element();
    active.is_some_and(|a| a.closest(".story").ok().flatten().is_some())
}
