//! Choosing the figures: the year, the set of origin groups and the lens (old vs new).

use crate::atlas::Atlas;
use crate::data_view::{DataView, GroupSet};
use crate::state::{Action, MapMode};
use crate::text;
use atlas_core::model::{Lens, Level};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataControlsProps {
    /// The atlas shown, with its view (year, groups, lens) and the years it has.
    pub atlas: Rc<Atlas>,
    pub mode: MapMode,
    /// The level the map draws: a year without figures for it cannot be chosen.
    pub level: Level,
    /// An own table is on the map.
    pub own: bool,
    pub dispatch: Callback<Action>,
}

#[function_component(DataControls)]
pub fn data_controls(props: &DataControlsProps) -> Html {
    let atlas = &props.atlas;
    let view = atlas.view;
    let (year_select, groups_select) = (use_node_ref(), use_node_ref());
    super::select_value::use_select_value(&year_select, view.year.to_string());
    super::select_value::use_select_value(&groups_select, view.groups.key().to_string());
    let set = {
        let dispatch = props.dispatch.clone();
        move |view: DataView| dispatch.emit(Action::SetView(view))
    };
    let on_year = {
        let set = set.clone();
        Callback::from(move |e: Event| {
            if let Ok(year) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<u16>() {
                set(DataView { year, ..view });
            }
        })
    };
    let on_groups = {
        let set = set.clone();
        Callback::from(move |e: Event| {
            if let Some(groups) = GroupSet::from_key(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                set(DataView { groups, ..view });
            }
        })
    };
    let lens_button = |lens: Lens| {
        let set = set.clone();
        let pressed = view.lens == lens;
        html! {
            <button type="button" aria-pressed={pressed.to_string()} data-lens={lens.key()}
                onclick={Callback::from(move |_| set(DataView { lens, ..view }))}>{ text::typology::lens_label(lens) }</button>
        }
    };
    html! {
        <div class="data-controls">
            // An own table is one table: no other years or sets of groups, only lenses.
            if !props.own {
            <label class="control">
                <span>{ text::YEAR_LABEL() }</span>
                <select id="year" ref={year_select} onchange={on_year}>
                    { for atlas.tables.years().into_iter().map(|year| {
                        let without = !year_has_level(atlas, year, props.level);
                        let title = without.then(|| text::no_figures_for_level(year, props.level));
                        html! {
                            <option value={year.to_string()} selected={year == view.year} disabled={without} {title}>
                                { year_option(atlas, year) }
                            </option>
                        }
                    }) }
                </select>
            </label>
            }
            // The lens-gap and change modes compare fixed tables: no choice of groups there.
            if matches!(props.mode, MapMode::Diversity | MapMode::Typology) && !props.own {
                <label class="control">
                    <span>{ text::GROUPS_LABEL() }</span>
                    <select id="groups" ref={groups_select} onchange={on_groups}>
                        { for group_options(atlas).into_iter().map(|(groups, label)| html! {
                            <option value={groups.key()} selected={groups == view.groups}>{ label }</option>
                        }) }
                    </select>
                </label>
            }
            if matches!(props.mode, MapMode::Diversity | MapMode::Change) {
                <div class="lens-switch" role="group" aria-label={text::LENS_LABEL()}>
                    <span>{ text::LENS_LABEL() }</span>
                    { for Lens::ALL.into_iter().map(lens_button) }
                </div>
            }
        </div>
    }
}

/// "2017 (benadering)": a year, marked when its figures are rebuilt from percentages. (Which
/// levels a year has shows in the level switch: the option text stays the same while data
/// arrives, so the controls do not shift the map.)
/// Whether the map's level has figures in a year (with the view's groups).
fn year_has_level(atlas: &Atlas, year: u16, level: Level) -> bool {
    level == Level::Gemeente || atlas.tables.has_rows_at(DataView { year, ..atlas.view }, level)
}

fn year_option(atlas: &Atlas, year: u16) -> String {
    let approximate = atlas.tables.datasets.iter().any(|d| d.meta.year == year && d.meta.approximate);
    text::year_option(year, approximate)
}

/// The sets of groups of the view's year, each labelled with its count and source.
fn group_options(atlas: &Atlas) -> Vec<(GroupSet, String)> {
    let year = atlas.view.year;
    let mut options = vec![(GroupSet::Kwb, text::kwb_groups_option(atlas.tables.frame.groups().len()))];
    if let Some(finest) = atlas.tables.finest_entry(year) {
        options.push((GroupSet::Finest, text::finest_groups_option(&finest.meta)));
    }
    options
}
