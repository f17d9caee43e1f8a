//! The typology side panel: why the selected gemeente has its type (rule, figures, runner-up,
//! what the table cannot see), and the thresholds, which re-classify at once.

use super::sheet_handle::SheetHandle;
use super::story_panel::{StoryPanel, StoryPanelProps};
use crate::atlas::Atlas;
use crate::state::Action;
use crate::text;
use crate::typology_view::TypologyResult;
use atlas_core::model::AreaId;
use atlas_core::typology::Thresholds;
use atlas_core::typology::{default_rules, Classification, MunicipalityType, ThresholdKey, Unit};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TypologyPanelProps {
    pub atlas: Rc<Atlas>,
    pub typology: Option<Rc<TypologyResult>>,
    pub selected: Option<AreaId>,
    pub thresholds: Thresholds,
    /// An own table is on the map.
    pub own: bool,
    pub story: StoryPanelProps,
    pub dispatch: Callback<Action>,
}

#[function_component(TypologyPanel)]
pub fn typology_panel(props: &TypologyPanelProps) -> Html {
    let expanded = use_state_eq(|| false);
    let (atlas, Some(typology)) = (&props.atlas, &props.typology) else { return html! {} };
    let selected = props.selected.and_then(|id| typology.of(id).map(|c| (id, c)));
    let detail = atlas.detail();
    let gemeenten = atlas.table().ids_at(atlas_core::model::Level::Gemeente).len();
    html! {
        <aside class={classes!("side-panel", "typology-panel", (*expanded).then_some("sheet-expanded"))} aria-live="polite">
            <SheetHandle expanded={expanded.clone()} />
            <StoryPanel ..props.story.clone() />
            <p class="figure-basis">{ atlas.basis_of(crate::state::MapMode::Typology, atlas.view.year) }</p>
            if let Some((id, classification)) = selected {
                { explanation(&atlas.table().area(id).name, classification) }
            } else {
                <p class="hint">{ text::TYPOLOGY_PICK() }</p>
            }
            if props.own {
                <p class="note own-typology-note">{ text::own_typology_note(typology.classifications.len(), gemeenten) }</p>
            }
            if !(detail.eastern_european && detail.neighbour_country && detail.expat) {
                <p class="note data-note">{ text::typology_coarse_data(atlas.tables.typology_table_of(atlas.view).groups().len(), detail) }</p>
            }
            { thresholds(props) }
        </aside>
    }
}

fn explanation(name: &str, c: &Classification) -> Html {
    let decisive = c.decided_by.map(|i| &c.rules[i]);
    html! {
        <section class="type-explanation">
            <p class="kicker">{ text::TYPOLOGY_HEADING() }</p>
            <h2>{ name }</h2>
            <p class="type-name" data-type={c.kind.key()}>{ text::typology::type_label(c.kind) }</p>
            <h3>{ text::TYPOLOGY_WHY() }</h3>
            if let Some(rule) = decisive {
                <ul class="criteria">
                    { for rule.criteria.iter().map(|r| html! { <li class="passed">{ "✓ " }{ text::typology::criterion(r) }</li> }) }
                </ul>
                if let Some(note) = rule.approximation {
                    <p class="approximation"><strong>{ text::APPROXIMATE() }</strong>{ text::typology::approximation_note(note) }</p>
                }
            } else {
                <p class="reason">{ c.reason() }</p>
            }
            if let Some(runner_up) = c.runner_up {
                <p>{ text::RUNNER_UP() }<strong>{ text::typology::type_label(runner_up) }</strong></p>
            }
            <details>
                <summary>{ text::TYPOLOGY_ALL_RULES() }</summary>
                <ol class="all-rules">
                    { for c.rules.iter().map(|rule| html! {
                        <li class={if rule.passed { "passed" } else { "failed" }}>
                            <strong>{ text::typology::type_label(rule.kind) }</strong>
                            <ul>{ for rule.criteria.iter().map(|r| html! {
                                <li>{ if r.passed { "✓ " } else { "✗ " } }{ text::typology::criterion(r) }</li>
                            }) }</ul>
                        </li>
                    }) }
                </ol>
            </details>
        </section>
    }
}

/// The sliders, grouped per type in the rules' order, with a reset button.
fn thresholds(props: &TypologyPanelProps) -> Html {
    let atlas = &props.atlas;
    let rules = default_rules(atlas.detail());
    let mut seen: Vec<ThresholdKey> = Vec::new();
    let groups: Vec<(MunicipalityType, Vec<ThresholdKey>)> = rules
        .iter()
        .map(|rule| {
            let keys: Vec<ThresholdKey> =
                rule.criteria.iter().filter_map(|c| c.test.threshold()).filter(|k| !seen.contains(k)).collect();
            seen.extend(&keys);
            (rule.kind, keys)
        })
        .collect();
    let reset = props.dispatch.reform(|_| Action::ResetTypologyThresholds);
    html! {
        <section class="typology-thresholds">
            <h3>{ text::THRESHOLDS_HEADING() }</h3>
            { for groups.into_iter().filter(|(_, keys)| !keys.is_empty()).map(|(kind, keys)| html! {
                <fieldset>
                    <legend>{ text::typology::type_label(kind) }</legend>
                    { for keys.into_iter().map(|key| slider(props, key)) }
                </fieldset>
            }) }
            <button type="button" class="reset" onclick={reset}>{ text::RESET_THRESHOLDS() }</button>
        </section>
    }
}

fn slider(props: &TypologyPanelProps, key: ThresholdKey) -> Html {
    let spec = key.spec();
    let scale = if spec.unit == Unit::Share { 100.0 } else { 1.0 };
    let value = props.thresholds.get(key);
    let shown = match spec.unit {
        Unit::Share => format!("{}%", trim(value * 100.0)),
        Unit::Residents => text::thousands(value as u64),
        Unit::Metres => format!("{} m", text::thousands(value as u64)),
        Unit::Number => trim(value).replace('.', ","),
    };
    let id = format!("t-{}", spec.url_key);
    let dispatch = props.dispatch.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Ok(v) = e.target_unchecked_into::<HtmlInputElement>().value().parse::<f64>() {
            dispatch.emit(Action::SetTypologyThreshold(key, v / scale));
        }
    });
    html! {
        <div class="slider">
            <label for={id.clone()}>{ text::typology::threshold_label(key) }</label>
            <input type="range" id={id} min={(spec.min * scale).to_string()} max={(spec.max * scale).to_string()}
                step={(spec.step * scale).to_string()} value={(value * scale).to_string()} {oninput} />
            <output>{ shown }</output>
        </div>
    }
}

/// A number without trailing zeros, at most two decimals.
fn trim(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
