//! The composition as a readable table: every group, largest first in the area, with its share
//! in the area and in the areas it is compared with.

use super::composition_bar::group_colour;
use crate::atlas::Atlas;
use crate::search::display_name;
use crate::text;
use atlas_core::model::AreaId;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompositionTableProps {
    pub atlas: Rc<Atlas>,
    /// The area first, then the areas it is compared with.
    pub areas: Vec<AreaId>,
}

#[function_component(CompositionTable)]
pub fn composition_table(props: &CompositionTableProps) -> Html {
    let atlas = &props.atlas;
    let table = atlas.table();
    let shares: Vec<Option<Vec<f64>>> = props.areas.iter().map(|&id| shares_of(atlas, id)).collect();
    let Some(Some(own)) = shares.first() else {
        return html! {};
    };
    let mut order: Vec<usize> = (0..table.groups().len()).collect();
    order.sort_by(|&a, &b| own[b].total_cmp(&own[a]).then(a.cmp(&b)));
    let groups = table.groups().len();
    html! {
        <div class="table-scroll">
        <table class="composition-table">
            <thead><tr>
                <th scope="col">{ text::COMPOSITION_TABLE_GROUP() }</th>
                { for props.areas.iter().map(|&id| html! { <th scope="col">{ display_name(&crate::text::area_name(&props.atlas, id)).to_string() }</th> }) }
            </tr></thead>
            <tbody>
                <tr class="index-row">
                    <th scope="row">{ text::COL_INDEX() }</th>
                    { for props.areas.iter().map(|&id| html! {
                        <td>{ atlas.measure(id).ok().map(|m| text::percent(m.diversity_index)).unwrap_or_else(|| "—".into()) }</td>
                    }) }
                </tr>
                { for order.into_iter().map(|g| html! {
                    <tr>
                        <th scope="row"><span class="swatch" style={format!("background:{}", group_colour(g, groups))}></span>
                            { text::group_label(&table.groups()[g].label) }</th>
                        { for shares.iter().map(|s| html! {
                            <td>{ s.as_ref().map(|s| text::percent_fine(s[g])).unwrap_or_else(|| "—".into()) }</td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// The share of each group in an area, when its counts are known and it may be shown.
fn shares_of(atlas: &Atlas, id: AreaId) -> Option<Vec<f64>> {
    atlas.measure(id).ok()?;
    let counts: Vec<u32> = atlas.table().counts(id).iter().copied().collect::<Option<_>>()?;
    atlas_core::measures::Shares::shares(counts.as_slice())
}
