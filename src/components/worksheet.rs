//! "Werkblad": a printable A4 worksheet about a gemeente — its wijken on the map, five
//! questions pupils answer by exploring the atlas, and on its own page an answer key for the
//! teacher with the answers computed from the data on screen. Print CSS, no PDF library.

use crate::atlas::Atlas;
use crate::search::display_name;
use crate::state::Action;
use crate::text::lesson as words;
use atlas_core::lesson::worksheet_answers;
use atlas_core::model::AreaId;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorksheetProps {
    pub atlas: Rc<Atlas>,
    /// The gemeente the sheet is about.
    pub gemeente: AreaId,
    /// The answer key is shown (and printed).
    pub key_shown: bool,
    pub dispatch: Callback<Action>,
}

/// The questions (above the map).
#[function_component(Worksheet)]
pub fn worksheet(props: &WorksheetProps) -> Html {
    let (atlas, id) = (&props.atlas, props.gemeente);
    let name = display_name(&atlas.table().area(id).name).to_string();
    let print = Callback::from(|_: MouseEvent| {
        gloo::utils::window().print().ok();
    });
    let close = props.dispatch.reform(|_: MouseEvent| Action::ShowWorksheet(None));
    let shown = props.key_shown;
    // The key is printed after the map: shown, it is brought into view.
    let key = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::ShowWorksheetKey(!shown));
            if !shown {
                gloo::timers::callback::Timeout::new(0, || {
                    if let Some(title) = gloo::utils::document().get_element_by_id("worksheet-key-title") {
                        title.scroll_into_view();
                    }
                })
                .forget();
            }
        })
    };
    html! {
        <section class="worksheet" aria-labelledby="worksheet-title">
            <div class="worksheet-tools">
                <button type="button" class="primary worksheet-print" onclick={print}>{ words::WORKSHEET_PRINT() }</button>
                <button type="button" class="worksheet-key-toggle" aria-pressed={shown.to_string()} onclick={key}>
                    { if shown { words::WORKSHEET_KEY_HIDE() } else { words::WORKSHEET_KEY_SHOW() } }
                </button>
                <button type="button" class="worksheet-close" onclick={close}>{ words::WORKSHEET_CLOSE() }</button>
            </div>
            <p class="note worksheet-tip">{ words::WORKSHEET_TIP() }</p>
            <h2 id="worksheet-title" tabindex="-1">{ words::worksheet_title(&name) }</h2>
            <p class="figure-basis">{ format!("{} · {}", atlas.figure_basis(), crate::text::WORKSHEET_TABLE()) }</p>
            <p class="worksheet-name">{ words::WORKSHEET_NAME() }</p>
            <p>{ words::WORKSHEET_HOW() }</p>
            <ol class="worksheet-questions">
                { for words::worksheet_questions(&name).into_iter().map(|q| html! {
                    <li><p>{ q }</p><div class="answer-lines" aria-hidden="true"></div><div class="answer-lines" aria-hidden="true"></div></li>
                }) }
            </ol>
        </section>
    }
}

/// The answer key (after the map; on its own page when printed).
#[function_component(WorksheetKey)]
pub fn worksheet_key(props: &WorksheetProps) -> Html {
    let (atlas, id) = (&props.atlas, props.gemeente);
    if !props.key_shown {
        return html! {};
    };
    let table = atlas.table();
    let Some(answers) = worksheet_answers(table, id, atlas.threshold) else { return html! {} };
    let named = |p: Option<(u32, f64)>| p.map(|(id, i)| (display_name(&table.area(id).name).to_string(), i));
    let (most, least) = (named(answers.most_diverse()), named(answers.least_diverse()));
    let minority = answers
        .largest_minority
        .map(|(g, share)| (crate::text::group_label(&table.groups()[g].label).into_owned(), share));
    let key = words::worksheet_key(
        answers.index,
        most.as_ref().map(|(n, i)| (n.as_str(), *i)),
        least.as_ref().map(|(n, i)| (n.as_str(), *i)),
        minority.as_ref().map(|(g, s)| (g.as_str(), *s)),
        answers.above,
        answers.wijken.len(),
    );
    html! {
        <section class="worksheet-key" aria-labelledby="worksheet-key-title">
            <h2 id="worksheet-key-title">{ words::WORKSHEET_KEY() }{ ": " }{ display_name(&table.area(id).name) }</h2>
            <p class="figure-basis">{ atlas.figure_basis() }</p>
            <ol>{ for key.into_iter().map(|a| html! { <li>{ a }</li> }) }</ol>
        </section>
    }
}
