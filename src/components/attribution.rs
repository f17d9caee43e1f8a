//! Sources and licences, the year of the counts and of the boundaries per level, and what the
//! map cannot show: per level, how many areas are drawn from which year, and the rest by name.

use crate::atlas::{Atlas, Layer};
use crate::search::display_name;
use crate::text;
use atlas_core::model::{AreaCode, AreaTable};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AttributionProps {
    /// The atlas of the data (`None`: not loaded).
    pub atlas: Option<Rc<Atlas>>,
    /// The file of the own table on the map, if one is.
    pub own_file: Option<String>,
    /// The shape file that came with it, if any (the map then draws the user's areas).
    pub own_shapes_file: Option<String>,
}

#[function_component(Attribution)]
pub fn attribution(props: &AttributionProps) -> Html {
    let Some(atlas) = &props.atlas else {
        return html! { <footer class="attribution">{ text::SOURCE_CBS() }</footer> };
    };
    let meta = &atlas.meta;
    let years: Vec<_> = atlas
        .layers
        .iter()
        .map(|l| (l.shapes.level, l.shapes.sources.iter().filter(|s| s.drawn > 0).map(|s| s.year).collect::<Vec<_>>()))
        .collect();
    let table_years: Vec<u16> = atlas.tables.years();
    html! {
        <footer class="attribution">
            <p>
                if let Some(file) = props.own_file.as_ref().filter(|_| props.own_shapes_file.is_some()) {
                    { format!("{} {}.", text::own_table_attribution(file), text::source_line(&meta.attribution)) }
                } else {
                    if let Some(file) = &props.own_file { { format!("{} ", text::own_attribution(file)) } }
                    { text::attribution(&text::source_line(&meta.attribution), &table_years, &years) }
                }
            </p>
            <details class="join-report">
                <summary>{ text::JOIN_HEADING() }</summary>
                <ul>{ for atlas.layers.iter().map(|layer| level_report(atlas, layer)) }</ul>
                <h4>{ text::SOURCES_HEADING() }</h4>
                <ul class="sources">
                    { for meta.sources.iter().chain(atlas.tables.datasets.iter().map(|d| &d.meta.source)).map(|s| html! {
                        <li>{ format!("{}, {} ({}), {}", s.title, s.publisher, s.year, s.licence) }</li>
                    }) }
                </ul>
            </details>
        </footer>
    }
}

/// One level: drawn per boundary year, the rest counted per gemeente and named on request.
fn level_report(atlas: &Atlas, layer: &Layer) -> Html {
    let shapes = &layer.shapes;
    let table = atlas.table();
    let total = table.ids_at(shapes.level).len();
    let drawn: Vec<(u16, u32)> = shapes.sources.iter().filter(|s| s.drawn > 0).map(|s| (s.year, s.drawn)).collect();
    let missing = per_gemeente(table, &shapes.join.without_shape);
    let left_out: Vec<Html> = shapes
        .join
        .skipped_gemeenten
        .iter()
        .map(|g| {
            let name = gemeente_name(table, &g.code);
            html! { <li>{ text::left_out_sentence(&name, shapes.level, g.year, g.joined, g.areas) }</li> }
        })
        .collect();
    html! {
        <li class="level-report" data-level={shapes.level.key()}>
            { text::drawn_sentence(shapes.level, shapes.join.joined, total, &drawn) }
            if !missing.is_empty() {
                <details class="which">
                    <summary>{ text::WHICH() }</summary>
                    if !left_out.is_empty() { <ul class="left-out">{ for left_out }</ul> }
                    <ul class="missing">
                        { for missing.iter().map(|(name, names)| html! {
                            <li><strong>{ name }</strong>{ format!(" ({}): ", names.len()) }{ names.join(", ") }</li>
                        }) }
                    </ul>
                </details>
            }
        </li>
    }
}

/// The areas without shape grouped by gemeente name, with their own names.
fn per_gemeente(table: &AreaTable, codes: &[String]) -> BTreeMap<String, Vec<String>> {
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for code in codes {
        let Some(id) = table.find_str(code) else { continue };
        let gemeente = table.area(id).code.gemeente().map(|g| gemeente_name(table, g.as_str())).unwrap_or_default();
        groups.entry(gemeente).or_default().push(display_name(&table.area(id).name).to_string());
    }
    groups
}

fn gemeente_name(table: &AreaTable, code: &str) -> String {
    AreaCode::parse(code)
        .ok()
        .and_then(|c| table.find(&c))
        .map_or_else(|| code.to_string(), |id| table.area(id).name.clone())
}
