//! Source, licence, the year of the counts and of the boundaries, and what did not join.

use super::StateProps;
use crate::text;
use yew::prelude::*;

#[function_component(Attribution)]
pub fn attribution(props: &StateProps) -> Html {
    let Some(atlas) = props.state.atlas() else {
        return html! { <footer class="attribution">{ "Bron: CBS" }</footer> };
    };
    let meta = &atlas.meta;
    let years: Vec<_> = atlas.layers.iter().map(|l| (l.shapes.level, l.shapes.boundary_year)).collect();
    html! {
        <footer class="attribution">
            <p>{ text::attribution(&meta.attribution, meta.count_year, &years) }</p>
            <details>
                <summary>{ text::JOIN_HEADING }</summary>
                <ul>
                    { for atlas.layers.iter().map(|layer| {
                        let layer = &layer.shapes;
                        let join = &layer.join;
                        html! { <li>{ format!(
                            "{} (grenzen {}): {} op de kaart, {} zonder aansluitende grens; {} gemeenten weggelaten omdat minder dan 90% aansloot; {} namen verschillen.",
                            text::level_plural(layer.level), layer.boundary_year, join.joined, join.table_without_shape,
                            join.skipped_gemeenten.len(), join.name_mismatches.len()) }</li> }
                    }) }
                </ul>
            </details>
        </footer>
    }
}
