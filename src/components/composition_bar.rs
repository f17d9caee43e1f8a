//! A horizontal bar of an area's origin groups, with labels, for comparing areas.

use crate::atlas::Atlas;
use crate::text;
use atlas_core::model::AreaId;
use yew::prelude::*;

/// Colours of the groups in table order: a qualitative, colour-blind-safe set (Okabe-Ito) for
/// up to 8 groups, Tableau's 20 for more.
const GROUP_COLOURS: [&str; 8] =
    ["#999999", "#56b4e9", "#e69f00", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"];
const MANY_GROUP_COLOURS: [&str; 20] = [
    "#bab0ac", "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
    "#a0cbe8", "#ffbe7d", "#8cd17d", "#d37295", "#86bcb6", "#f1ce63", "#d4a6c8", "#79706e", "#fabfd2", "#d7b5a6",
];

/// The colour of group `i` of a table with `groups` groups.
pub fn group_colour(i: usize, groups: usize) -> &'static str {
    if groups <= GROUP_COLOURS.len() {
        GROUP_COLOURS[i % GROUP_COLOURS.len()]
    } else {
        MANY_GROUP_COLOURS[i % MANY_GROUP_COLOURS.len()]
    }
}

#[derive(Properties, PartialEq)]
pub struct CompositionBarProps {
    pub atlas: std::rc::Rc<Atlas>,
    pub area: AreaId,
    pub label: String,
}

#[function_component(CompositionBar)]
pub fn composition_bar(props: &CompositionBarProps) -> Html {
    let table = props.atlas.table();
    let counts: Option<Vec<u32>> = table.counts(props.area).iter().copied().collect();
    let Some(counts) = counts.filter(|_| props.atlas.measure(props.area).is_ok()) else {
        return html! { <div class="composition-bar unknown"><span class="bar-label">{ &props.label }</span><span>{ "—" }</span></div> };
    };
    let total: u32 = counts.iter().sum();
    let segments =
        table.groups().iter().zip(&counts).enumerate().filter(|(_, (_, &n))| n > 0).map(|(i, (group, &n))| {
            let share = f64::from(n) / f64::from(total);
            let style = format!("width:{:.3}%;background:{}", share * 100.0, group_colour(i, counts.len()));
            let title = format!("{}: {}", text::group_label(&group.label), text::percent(share));
            html! { <span class="segment" {style} {title}></span> }
        });
    html! {
        <div class="composition-bar">
            <span class="bar-label">{ &props.label }</span>
            <span class="bar" role="img" aria-label={describe(&props.atlas, &counts, total)}>{ for segments }</span>
        </div>
    }
}

fn describe(atlas: &Atlas, counts: &[u32], total: u32) -> String {
    let parts: Vec<String> = atlas
        .table()
        .groups()
        .iter()
        .zip(counts)
        .map(|(g, &n)| format!("{} {}", text::group_label(&g.label), text::percent(f64::from(n) / f64::from(total))))
        .collect();
    parts.join(", ")
}
