//! The legend: the index classes with their colours and how many areas of the view each has.

use super::StateProps;
use crate::palette::{class_label, CLASS_COLOURS, NO_DATA};
use crate::scene::{scene_of, Fill};
use crate::text;
use atlas_core::model::Level;
use yew::prelude::*;

#[function_component(Legend)]
pub fn legend(props: &StateProps) -> Html {
    let Some(scene) = scene_of(&props.state) else {
        return html! {};
    };
    let count = |fill: Fill| scene.fills.iter().filter(|(_, f)| *f == fill).count();
    let swatch = |colour: &str| format!("background:{colour}");
    html! {
        <div class="legend" aria-label="Legenda">
            <h3>{ text::INDEX_HEADING }</h3>
            <ul>
                { for CLASS_COLOURS.iter().enumerate().rev().map(|(class, colour)| html! {
                    <li><span class="swatch" style={swatch(colour)}></span>
                        { class_label(class) }<span class="legend-count">{ count(Fill::Class(class)) }</span></li>
                }) }
                <li><span class="swatch" style={swatch(NO_DATA)}></span>
                    { text::LEGEND_NO_DATA }<span class="legend-count">{ count(Fill::NoData) }</span></li>
            </ul>
            if props.state.level == Level::Buurt { <p class="legend-note">{ text::COARSE_BUURTEN }</p> }
        </div>
    }
}
