//! "Vergelijk": two to four areas of any level side by side with the Netherlands — their
//! compositions, their index under each lens, and a sentence that says what differs.

use super::composition_bar::CompositionBar;
use super::composition_table::CompositionTable;
use crate::atlas::Atlas;
use crate::search::display_name;
use crate::state::Action;
use crate::text::{self, lesson as words};
use atlas_core::lesson::compare_areas;
use atlas_core::model::{AreaId, Lens};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub atlas: Rc<Atlas>,
    /// The areas side by side (the Netherlands is added).
    pub compare: Vec<AreaId>,
    pub dispatch: Callback<Action>,
}

#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let atlas = Rc::clone(&props.atlas);
    let compared = &props.compare;
    if compared.is_empty() {
        return html! {};
    }
    let table = atlas.table();
    let name = |id: AreaId| display_name(&table.area(id).name).to_string();
    let mut columns = compared.clone();
    if let Some(country) = atlas.country.filter(|c| !columns.contains(c)) {
        columns.push(country);
    }
    // Every column's index under every lens, once.
    let lenses: Vec<Vec<_>> = columns.iter().map(|&id| atlas.lens_indices(id)).collect();
    let sentence = compare_areas(table, compared, atlas.threshold).map(|c| {
        let group = c.group.map(|g| {
            (text::group_label(&table.groups()[g.group].label), (name(g.high.0), g.high.1), (name(g.low.0), g.low.1))
        });
        let group = group
            .as_ref()
            .map(|(label, high, low)| (label.as_ref(), (high.0.as_str(), high.1), (low.0.as_str(), low.1)));
        words::compare_sentence((&name(c.most.0), c.most.1), (&name(c.least.0), c.least.1), group)
    });
    let remove = |id: AreaId| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::ToggleCompare(id));
            focus_after_change();
        })
    };
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::ClearCompare);
            focus_after_change();
        })
    };
    html! {
        <section class="compare" aria-labelledby="compare-title">
            <h2 id="compare-title" tabindex="-1">{ words::COMPARE_HEADING() }</h2>
            <p class="figure-basis">{ atlas.figure_basis() }</p>
            if let Some(sentence) = sentence { <p class="compare-sentence">{ sentence }</p> } else { <p class="note">{ words::COMPARE_HINT() }</p> }
            <div class="table-scroll">
                <table class="compare-lenses">
                    <thead><tr>
                        <th scope="col">{ words::COMPARE_INDEX() }</th>
                        { for columns.iter().map(|&id| html! {
                            <th scope="col" data-code={table.area(id).code.to_string()}>
                                { name(id) }
                                if compared.contains(&id) {
                                    <button type="button" class="compare-remove" aria-label={format!("{} {}", words::COMPARE_REMOVE(), name(id))} onclick={remove(id)}>{ "×" }</button>
                                }
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for Lens::ALL.into_iter().map(|lens| html! {
                            <tr data-lens={lens.key()}>
                                <th scope="row">{ text::typology::lens_label(lens) }</th>
                                { for lenses.iter().map(|indices| {
                                    let found = indices.iter().find(|l| l.lens == lens);
                                    match found.and_then(|l| Some((l.index?, l.groups))) {
                                        Some((index, groups)) => html! {
                                            <td>{ text::percent(index) }<span class="groups-count">{ format!("({groups})") }</span></td>
                                        },
                                        None => html! { <td>{ "—" }</td> },
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="note">{ words::COMPARE_GROUPS_NOTE() }</p>
            { for columns.iter().map(|&id| html! { <CompositionBar atlas={atlas.clone()} area={id} label={name(id)} /> }) }
            <CompositionTable atlas={atlas.clone()} areas={columns.clone()} />
            <button type="button" class="compare-clear" onclick={clear}>{ words::COMPARE_CLEAR() }</button>
        </section>
    }
}

/// After a column goes (its button with it): the focus goes to the comparison's heading, or,
/// when nothing is compared any more, to "Vergelijken" in the panel.
fn focus_after_change() {
    gloo::timers::callback::Timeout::new(0, || {
        if !super::focus::focus_selector("#compare-title") {
            super::focus::focus_selector(".compare-toggle");
        }
    })
    .forget();
}
