//! The typology legend: the nine types with their colours and how many gemeenten each has.

use crate::atlas::Atlas;
use crate::palette::{self, type_colour};
use crate::state::MapMode;
use crate::text;
use crate::typology_view::TypologyResult;
use atlas_core::model::Level;
use atlas_core::typology::MunicipalityType;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TypologyLegendProps {
    pub atlas: Rc<Atlas>,
    pub typology: Option<Rc<TypologyResult>>,
    /// The map is wide enough to show the legend open.
    pub wide: bool,
}

#[function_component(TypologyLegend)]
pub fn typology_legend(props: &TypologyLegendProps) -> Html {
    let (Some(typology), atlas) = (&props.typology, &props.atlas) else { return html! {} };
    // Gemeenten without (enough) figures have no type: counted, so the legend adds up.
    let gemeenten = atlas.table().ids_at(Level::Gemeente).len();
    let unclassified = gemeenten.saturating_sub(typology.classifications.len());
    // Open on wide maps, folded on narrow ones (a phone); the reader can fold it either way.
    let open = props.wide;
    html! {
        <details class="legend typology-legend" aria-label={text::TYPOLOGY_LEGEND_LABEL()} {open}>
            <summary><h2>{ text::TYPOLOGY_HEADING() }</h2></summary>
            <p class="figure-basis">{ atlas.basis_of(MapMode::Typology, atlas.view.year) }</p>
            <ul>
                { for MunicipalityType::ALL.into_iter().map(|kind| html! {
                    <li data-type={kind.key()}>
                        <span class="swatch" style={format!("background:{}", type_colour(kind))}></span>
                        { text::typology::type_label(kind) }
                        <span class="legend-count">{ typology.count(kind) }</span>
                    </li>
                }) }
                if unclassified > 0 {
                    <li data-type="geen">
                        <span class="swatch no-data" style={format!("background:{}", palette::NO_DATA)}></span>
                        { text::LEGEND_NO_DATA() }
                        <span class="legend-count">{ unclassified }</span>
                    </li>
                }
            </ul>
        </details>
    }
}
