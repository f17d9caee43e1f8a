//! The legend: the classes of what the map colours (index, lens gap or change) with their
//! colours and how many areas of the view each has.

use super::SceneHandle;
use crate::atlas::Atlas;
use crate::legend_entries::legend_entries;
use crate::scene::Fill;
use crate::state::MapMode;
use crate::text;
use atlas_core::model::Level;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub atlas: Rc<Atlas>,
    pub scene: SceneHandle,
    pub mode: MapMode,
    /// The year the change mode compares with.
    pub change_since: u16,
    /// An own table is on the map.
    pub own: bool,
    /// The map is wide enough to show the legend open.
    pub wide: bool,
}

#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let (atlas, mode) = (&props.atlas, props.mode);
    let Some(scene) = props.scene.as_ref() else {
        return html! {};
    };
    let count = |fill: Fill| scene.fills.iter().filter(|(_, f)| *f == fill).count();
    let swatch = |colour: &str| format!("background:{colour}");
    let entry = |colour: &str, label: String, fill: Fill| {
        let class = classes!("swatch", (fill == Fill::NoData).then_some("no-data"));
        html! { <li><span {class} style={swatch(colour)}></span>{ label }<span class="legend-count">{ count(fill) }</span></li> }
    };
    let (heading, listed) = legend_entries(mode, props.change_since, atlas.view.year);
    let entries: Vec<Html> = listed.into_iter().map(|e| entry(e.colour, e.label, e.fill)).collect();
    let approximate = atlas.dataset().is_some_and(|d| d.meta.approximate)
        || (mode == MapMode::Change
            && atlas.tables.datasets.iter().any(|d| d.meta.year == props.change_since && d.meta.approximate));
    // Open on wide maps, folded on narrow ones (a phone); the reader can fold it either way.
    let open = props.wide;
    html! {
        <details class="legend" aria-label={text::LEGEND_LABEL()} {open}>
            <summary><h2>{ heading }</h2></summary>
            <p class="figure-basis">{ atlas.basis_of(mode, props.change_since) }</p>
            if mode == MapMode::LensGap {
                <p class="legend-note">{
                    if props.own { text::gap_explain_own(atlas.table().groups().len()) } else { text::GAP_EXPLAIN().to_string() }
                }</p>
            }
            <ul>
                { for entries }
                if scene.without_shape > 0 {
                    <li class="legend-no-shape"><span class="swatch no-shape"></span>{ text::NO_SHAPE() }
                        <span class="legend-count">{ scene.without_shape }</span></li>
                }
            </ul>
            if approximate { <p class="legend-note approximate">{ text::APPROXIMATE_FIGURES() }</p> }
            // Buurt shapes outside Amsterdam are coarse (2014): said at that level always.
            if (scene.level > Level::Gemeente && scene.without_shape > 0) || scene.level == Level::Buurt {
                <p class="legend-note">{ text::white_gaps(scene.level) }</p>
            }
        </details>
    }
}
