//! "Werkblad": a printable A4 worksheet about a gemeente — its wijken on the map, five
//! questions pupils answer by exploring the atlas, and on its own page an answer key for the
//! teacher with the answers computed from the data on screen. Print CSS, no PDF library.

use super::StateProps;
use crate::search::display_name;
use crate::state::Action;
use crate::text::lesson as words;
use atlas_core::lesson::worksheet_answers;
use yew::prelude::*;

/// The questions (above the map).
#[function_component(Worksheet)]
pub fn worksheet(props: &StateProps) -> Html {
    let state = &props.state;
    let (Some(atlas), Some(id)) = (state.atlas(), state.classroom.worksheet) else { return html! {} };
    let name = display_name(&atlas.table().area(id).name).to_string();
    let print = Callback::from(|_: MouseEvent| {
        gloo::utils::window().print().ok();
    });
    let close = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowWorksheet(None)))
    };
    let key = {
        let (state, shown) = (state.clone(), state.classroom.worksheet_key);
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowWorksheetKey(!shown)))
    };
    html! {
        <section class="worksheet" aria-labelledby="worksheet-title">
            <div class="worksheet-tools">
                <button type="button" class="primary worksheet-print" onclick={print}>{ words::WORKSHEET_PRINT() }</button>
                <button type="button" class="worksheet-key-toggle" aria-pressed={state.classroom.worksheet_key.to_string()} onclick={key}>
                    { if state.classroom.worksheet_key { words::WORKSHEET_KEY_HIDE() } else { words::WORKSHEET_KEY_SHOW() } }
                </button>
                <button type="button" class="worksheet-close" onclick={close}>{ words::WORKSHEET_CLOSE() }</button>
            </div>
            <p class="note worksheet-tip">{ words::WORKSHEET_TIP() }</p>
            <h2 id="worksheet-title">{ words::worksheet_title(&name) }</h2>
            <p class="figure-basis">{ atlas.figure_basis() }</p>
            <p class="note worksheet-basis">{ crate::text::WORKSHEET_BASIS() }</p>
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
pub fn worksheet_key(props: &StateProps) -> Html {
    let state = &props.state;
    let (Some(atlas), Some(id), true) = (state.atlas(), state.classroom.worksheet, state.classroom.worksheet_key)
    else {
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
