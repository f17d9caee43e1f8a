//! The side panel: the selected (or hovered) area's figures, its composition next to its
//! parent's and the country's, and the explanation of the index.

use super::composition_bar::CompositionBar;
use super::composition_table::CompositionTable;
use super::sheet_handle::SheetHandle;
use super::story_panel::{StoryPanel, StoryPanelProps};
use super::term::Term;
use super::threshold_control::ThresholdControl;
use super::two_residents::TwoResidents;
use crate::atlas::Atlas;
use crate::state::{Action, MapMode};
use crate::text;
use crate::text::lesson as words;
use atlas_core::bundle::PartKind;
use atlas_core::model::{AreaId, Lens, Level};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    pub atlas: Rc<Atlas>,
    /// The area shown: the selected one, else the open one, else the country.
    pub focus: Option<AreaId>,
    pub selected: Option<AreaId>,
    pub mode: MapMode,
    /// The year the change mode compares with.
    pub change_since: u16,
    /// The areas in the comparison.
    pub compare: Vec<AreaId>,
    pub story: StoryPanelProps,
    /// An own table is on the map.
    pub own: bool,
    pub dispatch: Callback<Action>,
}

#[function_component(SidePanel)]
pub fn side_panel(props: &SidePanelProps) -> Html {
    use_heading_focus(props.selected);
    let expanded_handle = use_state_eq(|| false);
    let expanded = *expanded_handle;
    // On a phone the story is read in the sheet: it unfolds when the story opens.
    {
        let expanded_handle = expanded_handle.clone();
        use_effect_with(props.story.step.is_some(), move |&open| {
            if open {
                expanded_handle.set(true);
            }
        });
    }
    let atlas = &props.atlas;
    let focus = props.focus;
    html! {
        <aside class={classes!("side-panel", expanded.then_some("sheet-expanded"), props.story.step.is_some().then_some("with-story"))} aria-labelledby="area-heading">
            <SheetHandle expanded={expanded_handle.clone()} />
            <StoryPanel ..props.story.clone() />
            if let (Some(id), MapMode::Change) = (focus, props.mode) {
                <p class="change-line">{ change_line(atlas, id, props.change_since) }</p>
            }
            if let Some(id) = focus { { area_figures(props, id, &expanded_handle) } }
            <details class="explainer" open=true>
                <summary>{ text::EXPLAIN_HEADING() }</summary>
                <p>{ text::EXPLAIN_1() }</p>
                <p>{ text::EXPLAIN_2() }</p>
                <p>{ text::explain_3(atlas.table().groups().len(), props.own) }</p>
                <p>{ if props.own { text::OWN_SHARES_NOTE() } else { text::ROUNDING_NOTE() } }</p>
            </details>
            <ThresholdControl value={atlas.threshold.residents()} dispatch={props.dispatch.clone()} />
        </aside>
    }
}

/// Where focus stays when an area opens: the map and the keyboard flows that open areas
/// themselves (the story, the game, dialogs).
const KEEPS_FOCUS: &str =
    ".map, .story, .game, .own-dialog, .compare, .story-start, .game-start, .embed-start, .language-switch";

/// After an area opens (not on the first view), focus moves to its heading, which scrolls it
/// into view: the row, button or hit that opened it may be gone, and a screen reader now
/// reads the area's name.
#[hook]
fn use_heading_focus(selected: Option<AreaId>) {
    let first = use_mut_ref(|| true);
    use_effect_with(selected, move |_| {
        if std::mem::take(&mut *first.borrow_mut()) {
            return;
        }
        let document = gloo::utils::document();
        let keeps = document.active_element().is_some_and(|a| a.closest(KEEPS_FOCUS).ok().flatten().is_some());
        let heading =
            document.get_element_by_id("area-heading").and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let (false, Some(heading)) = (keeps, heading) {
            heading.focus().ok();
        }
    });
}

/// "Vergelijken" (into the comparison or out) and, for a gemeente, "Werkblad".
fn lesson_buttons(props: &SidePanelProps, id: AreaId, fold: &UseStateHandle<bool>) -> Html {
    let atlas = &props.atlas;
    let compared = props.compare.contains(&id);
    let full = !compared && props.compare.len() >= crate::url::MAX_COMPARED;
    let toggle = props.dispatch.reform(move |_: MouseEvent| Action::ToggleCompare(id));
    // The worksheet sits above the map: the sheet of a phone folds, and the sheet's title takes
    // the focus (and so comes into view) once it is there.
    let worksheet = {
        let (dispatch, fold) = (props.dispatch.clone(), fold.clone());
        Callback::from(move |_: MouseEvent| {
            fold.set(false);
            dispatch.emit(Action::ShowWorksheet(Some(id)));
            gloo::timers::callback::Timeout::new(50, || {
                super::focus::focus_selector("#worksheet-title");
            })
            .forget();
        })
    };
    let gemeente = atlas.table().area(id).level == Level::Gemeente;
    // The comparison sits below the map: this brings it into view, with the focus (a phone's
    // sheet folds so that it shows).
    let show_comparison = {
        let fold = fold.clone();
        Callback::from(move |_: MouseEvent| {
            fold.set(false);
            if let Some(section) = gloo::utils::document().get_element_by_id("compare-title") {
                section.scroll_into_view();
            }
            super::focus::focus_selector("#compare-title");
        })
    };
    html! {
        <div class="lesson-buttons">
            <button type="button" class="compare-toggle" aria-pressed={compared.to_string()} disabled={full}
                title={if full { words::COMPARE_FULL() } else { "" }} onclick={toggle}>
                { if compared { words::COMPARE_ADDED() } else { words::COMPARE_ADD() } }
            </button>
            if gemeente {
                <button type="button" class="worksheet-open" title={words::WORKSHEET_HINT()} onclick={worksheet}>{ words::WORKSHEET_OPEN() }</button>
            }
            if !props.compare.is_empty() {
                <button type="button" class="compare-show" onclick={show_comparison}>{ words::compare_show(props.compare.len()) }</button>
            }
        </div>
    }
}

fn area_figures(props: &SidePanelProps, id: AreaId, sheet: &UseStateHandle<bool>) -> Html {
    let atlas = &props.atlas;
    let table = atlas.table();
    let area = table.area(id);
    let residents = table.residents(id).map(|n| text::thousands(u64::from(n))).unwrap_or_else(|| "?".into());
    let figures = match atlas.measure(id) {
        Ok(m) => {
            let minority = m.largest_minority.map(|(g, share)| {
                format!("{} ({})", text::group_label(&table.groups()[g].label), text::percent(share))
            });
            html! {
                <>
                    <p class="big-number">{ text::percent(m.diversity_index) }</p>
                    <p class="figure-basis">{ atlas.figure_basis() }</p>
                    <p>{ text::chance_sentence(m.diversity_index) }</p>
                    <dl>
                        <dt>{ text::RESIDENTS() }</dt><dd>{ residents }</dd>
                        <dt><Term name={text::MIGRATION_SHARE()} explain={text::MIGRATION_EXPLAIN()} /></dt>
                        <dd>{ m.migration_share.map(text::percent).unwrap_or_default() }</dd>
                        <dt><Term name={text::EFFECTIVE_GROUPS()} explain={text::EFFECTIVE_GROUPS_EXPLAIN()} /></dt>
                        <dd>{ text::decimal(m.effective_groups) }</dd>
                        <dt>{ text::LARGEST_MINORITY() }</dt><dd>{ minority.unwrap_or_else(|| "—".into()) }</dd>
                    </dl>
                </>
            }
        }
        Err(why) => html! { <p class="undefined">{ text::undefined_reason(why) }</p> },
    };
    // The area, then every level above it up to the country: buurt → wijk → gemeente → Nederland.
    let compare: Vec<AreaId> = table.ancestry(id).into_iter().rev().collect();
    html! {
        <section class="area-figures">
            <p class="kicker">{ text::level_singular(area.level) }{ " · " }{ area.code.to_string() }</p>
            <h2 id="area-heading" tabindex="-1" translate="no">{ text::area_name(atlas, id) }</h2>
            { lesson_buttons(props, id, sheet) }
            { figures }
            if !atlas.has_shape(id) && !atlas.is_pending(PartKind::Layer(area.level)) && Some(id) != atlas.country {
                <p class="note">{ text::NO_SHAPE_NOTE() }</p>
            }
            { difference_note(atlas, id) }
            { lens_comparison(atlas, id) }
            <h3>{ text::COMPOSITION() }</h3>
            <p class="note groups-note">{ text::groups_note(table.groups().len(), atlas.dataset().map(|d| &d.meta)) }</p>
            if atlas.dataset().is_some_and(|d| d.meta.approximate) {
                <p class="note approximate">{ text::APPROXIMATE_FIGURES() }</p>
            }
            { for compare.iter().map(|&c| html! {
                <CompositionBar atlas={atlas.clone()} area={c} label={text::area_name(atlas, c)} />
            }) }
            <CompositionTable atlas={atlas.clone()} areas={compare.clone()} />
            { explainer(atlas, id) }
        </section>
    }
}

/// "Trek twee inwoners" for the area, under the view's groups and lens (when it has an index).
fn explainer(atlas: &Atlas, id: AreaId) -> Html {
    let table = atlas.table();
    let (Ok(measures), Some(counts)) =
        (atlas.measure(id), table.counts(id).iter().copied().collect::<Option<Vec<u32>>>())
    else {
        return html! {};
    };
    let labels: Vec<String> = table.groups().iter().map(|g| text::group_label(&g.label).into_owned()).collect();
    html! {
        <TwoResidents area={table.area(id).name.clone()} counts={Rc::new(counts)} labels={Rc::new(labels)}
            index={measures.diversity_index} />
    }
}

/// Where the view's table counts this gemeente differently from the KWB table (same day).
fn difference_note(atlas: &Atlas, id: AreaId) -> Html {
    let Some(difference) = atlas.difference(id) else {
        return html! {};
    };
    let table = atlas.table();
    let absorbed: Vec<String> = difference
        .absorbed
        .iter()
        .map(|code| table.find(code).map_or_else(|| code.to_string(), |a| table.area(a).name.clone()))
        .collect();
    let text =
        text::difference_note(&table.area(id).name, difference.frame_residents, difference.other_residents, &absorbed);
    html! { <p class="note table-difference">{ text }</p> }
}

/// The index under each lens side by side, and what the old lens hides.
fn lens_comparison(atlas: &Atlas, id: AreaId) -> Html {
    let lenses = atlas.lens_indices(id);
    let old = lenses.iter().find(|l| l.lens == Lens::WesternSplit).and_then(|l| l.index);
    let new = lenses.iter().find(|l| l.lens == Lens::All).and_then(|l| l.index.map(|i| (i, l.groups)));
    // The column of the view's own lens is the figure above: marked as such.
    let current = |lens: Lens| (lens == atlas.view.lens).then_some("current");
    let other = atlas
        .other_table_index(id)
        .map(|(groups, source, index)| text::other_table_note(groups, &source, &text::percent(index)));
    html! {
        <section class="lens-comparison">
            <h3>{ text::LENS_HEADING() }</h3>
            <Term name={text::WESTERN_TERM()} explain={text::WESTERN_EXPLAIN()} />
            <table class="lens-table">
                <tr>{ for lenses.iter().map(|l| html! {
                    <th scope="col" data-lens={l.lens.key()} class={classes!(current(l.lens))}>{ text::typology::lens_label(l.lens) }{ format!(" ({})", l.groups) }</th>
                }) }</tr>
                <tr>{ for lenses.iter().map(|l| html! {
                    <td data-lens={l.lens.key()} class={classes!(current(l.lens))}>{ l.index.map(text::percent).unwrap_or_else(|| "—".into()) }</td>
                }) }</tr>
            </table>
            if let (Some(old), Some((new, groups))) = (old, new) {
                <p class="lens-sentence">{ text::lens_sentence(old, new, groups) }</p>
            }
            if let Some(other) = other { <p class="note other-table">{ other }</p> }
        </section>
    }
}

/// The change of the area's index since the year the change mode compares with.
fn change_line(atlas: &Atlas, id: AreaId, since: u16) -> String {
    let change = atlas.changes_since(since).get(id as usize).copied().flatten();
    let groups = if atlas.view.lens == Lens::WesternSplit { 3 } else { atlas.tables.frame.groups().len() };
    text::change_sentence(since, atlas.view.year, groups, change)
}
