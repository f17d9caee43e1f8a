//! The ranking of the current level's areas: sortable, keyboard-accessible, linked to the map
//! (a row under the pointer or focus highlights its area, and the other way round).

use crate::ranking::ranking_of;
use crate::state::{Action, SortKey, State};
use crate::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RankingTableProps {
    pub state: UseReducerHandle<State>,
}

/// Rows shown before "show all" (buurt level has thousands).
const FIRST_ROWS: usize = 400;

#[function_component(RankingTable)]
pub fn ranking_table(props: &RankingTableProps) -> Html {
    let state = &props.state;
    let show_all = use_state(|| false);
    let (Some(atlas), Some(ranking)) = (state.atlas(), ranking_of(state)) else {
        return html! {};
    };
    let table = atlas.table();
    let header = |key: SortKey, label: &str| {
        let sort = (state.sort.key == key).then(|| {
            if state.sort.descending {
                "descending"
            } else {
                "ascending"
            }
        });
        let state = state.clone();
        html! {
            <th scope="col" aria-sort={sort.unwrap_or("none")}>
                <button type="button" onclick={Callback::from(move |_| state.dispatch(Action::SortBy(key)))}>{ label }</button>
            </th>
        }
    };
    let total = ranking.rows.len();
    let limit = if *show_all {
        total
    } else {
        FIRST_ROWS.min(total)
    };
    let rows = ranking.rows.iter().take(limit).map(|row| {
        let id = row.id;
        let area = table.area(id);
        let (enter, leave, open, key) = (state.clone(), state.clone(), state.clone(), state.clone());
        let class = classes!((state.hovered == Some(id)).then_some("hovered"), (state.selected == Some(id)).then_some("selected"));
        html! {
            <tr key={id} data-code={area.code.to_string()} data-index={format!("{:.6}", row.index)} tabindex="0" {class}
                onmouseenter={Callback::from(move |_| enter.dispatch(Action::Hover(Some(id))))}
                onfocus={Callback::from(move |_| key.dispatch(Action::Hover(Some(id))))}
                onmouseleave={Callback::from(move |_| leave.dispatch(Action::Hover(None)))}
                onclick={let open = open.clone(); Callback::from(move |_| open.dispatch(Action::Open(id)))}
                onkeydown={Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" { open.dispatch(Action::Open(id)) })}>
                <td class="rank">{ row.rank }</td>
                <td>{ &area.name }if !atlas.has_shape(id) { <span class="no-shape">{ format!(" ({})", text::NO_SHAPE) }</span> }</td>
                <td class="num">{ table.residents(id).map(|n| text::thousands(u64::from(n))).unwrap_or_default() }</td>
                <td class="num">{ text::percent(row.index) }</td>
            </tr>
        }
    });
    let more = {
        let show_all = show_all.clone();
        Callback::from(move |_| show_all.set(true))
    };
    html! {
        <section class="ranking-section">
            <h2>{ format!("{}: {}", text::RANKING_HEADING, text::level_plural(state.level)) }</h2>
            <div class="ranking-scroll">
                <table class="ranking">
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        { header(SortKey::Name, text::COL_NAME) }
                        { header(SortKey::Residents, text::COL_RESIDENTS) }
                        { header(SortKey::Index, text::COL_INDEX) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if limit < total { <button type="button" class="more" onclick={more}>{ format!("Toon alle {total}") }</button> }
            if ranking.unranked > 0 {
                <p class="note">{ format!("{} {} zonder (voldoende) gegevens staan niet in de ranglijst.", ranking.unranked, text::level_plural(state.level)) }</p>
            }
        </section>
    }
}
