//! The ranking of the current level's areas: sortable, keyboard-accessible, linked to the map
//! (a row under the pointer or focus outlines its area). Areas without a (disclosable) index
//! are listed below the ranking, without rank or index.

use crate::atlas::Atlas;
use crate::ranking::{ranking_of, row_after_key, row_window};
use crate::scene::MapInput;
use crate::state::{Action, MapMode, Sort, SortKey};
use crate::text;
use atlas_core::bundle::PartKind;
use atlas_core::export::{spreadsheet_csv, SpreadsheetStyle};
use atlas_core::model::AreaId;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Lists up to this long are rendered whole; longer ones (345 gemeenten, 14,317 buurten)
/// render only the rows in view, on rows of a fixed height (a few dozen rows instead of
/// hundreds keeps the page around the first map light).
const WHOLE_LIST: usize = 60;
/// The height of a row in a windowed list, in CSS pixels (`.ranking.windowed tr` in the CSS).
const ROW_HEIGHT: f64 = 32.0;
/// Rows rendered beyond the view on either side.
const OVERSCAN: usize = 15;

/// What one row shows besides the area: its rank and index, or why it has none.
enum Standing {
    Ranked { rank: usize, index: f64 },
    Unranked(String),
}

#[derive(Properties, PartialEq)]
pub struct RankingProps {
    /// What is ranked: the areas the map draws, by what it colours.
    pub map: MapInput,
    pub sort: Sort,
    pub selected: Option<AreaId>,
    pub dispatch: Callback<Action>,
    /// Outlines a row's area on the map (`None` when the pointer or focus leaves).
    pub on_hover: Callback<Option<AreaId>>,
}

#[function_component(RankingTable)]
pub fn ranking_table(props: &RankingProps) -> Html {
    let map = &props.map;
    crate::render_count::count_render("ranking");
    let scroll = use_state(|| (0.0_f64, 384.0_f64));
    // The one row Tab stops at (arrows move it); focused again after a key moved it.
    let active = use_state_eq(|| 0_usize);
    let refocus = use_mut_ref(|| false);
    let scroller = use_node_ref();
    {
        // Another list starts at its first row.
        let active = active.clone();
        use_effect_with((map.level, map.within, props.sort, map.mode), move |_| active.set(0));
    }
    {
        let (refocus, scroller) = (refocus.clone(), scroller.clone());
        use_effect_with(*active, move |&position| {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                let row = scroller
                    .cast::<web_sys::Element>()
                    .and_then(|s| s.query_selector(&format!("tr[data-pos=\"{position}\"]")).ok().flatten());
                if let Some(row) = row.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
                    row.focus().ok();
                }
            }
        });
    }
    // Sorted again only when what it ranks changes (not on a hover).
    let ranking = use_memo((map.clone(), props.sort), |(map, sort)| ranking_of(map, *sort));
    let atlas = &map.atlas;
    let ranked = ranking.rows.iter().map(|r| (r.id, Standing::Ranked { rank: r.rank, index: r.index }));
    let unranked = ranking.unranked.iter().map(|&(id, why)| (id, Standing::Unranked(text::unranked_reason(why))));
    let points = matches!(map.mode, MapMode::LensGap | MapMode::Change);
    let all: Vec<(AreaId, Standing)> = ranked.chain(unranked).collect();
    let windowed = all.len() > WHOLE_LIST;
    let active_row = (*active).min(all.len().saturating_sub(1));
    let onkeydown = {
        let (active, refocus, scroller, scroll, total) =
            (active.clone(), refocus.clone(), scroller.clone(), scroll.clone(), all.len());
        Callback::from(move |e: KeyboardEvent| {
            let page = (scroll.1 / ROW_HEIGHT).floor() as usize;
            let Some(next) = row_after_key(&e.key(), active_row, total, page.saturating_sub(1)) else { return };
            e.prevent_default();
            // A windowed list renders the row only once it is scrolled near: bring it into view.
            if let (true, Some(element)) = (windowed, scroller.cast::<web_sys::Element>()) {
                let (top, height) = (next as f64 * ROW_HEIGHT, scroll.1);
                let scroll_top = f64::from(element.scroll_top());
                if top < scroll_top || top + 2.0 * ROW_HEIGHT > scroll_top + height {
                    let to = (top - height / 2.0).max(0.0);
                    element.set_scroll_top(to as i32);
                    scroll.set((to, height));
                }
            }
            if next != active_row {
                *refocus.borrow_mut() = true;
                active.set(next);
            }
        })
    };
    let (start, end) =
        if windowed { row_window(all.len(), scroll.0, scroll.1, ROW_HEIGHT, OVERSCAN) } else { (0, all.len()) };
    let onscroll = {
        let scroll = scroll.clone();
        Callback::from(move |e: Event| {
            let element = e.target_unchecked_into::<web_sys::Element>();
            scroll.set((f64::from(element.scroll_top()), f64::from(element.client_height())));
        })
    };
    let spacer = |rows: usize| {
        (rows > 0).then(|| html! { <tr class="spacer" aria-hidden="true" style={format!("height:{}px", rows as f64 * ROW_HEIGHT)}></tr> })
    };
    html! {
        <section class="ranking-section">
            <div class="ranking-head">
                <h2 id="ranking-title">{ format!("{}: {}", text::RANKING_HEADING(), text::level_plural(map.level)) }</h2>
                <button type="button" class="ranking-csv" title={text::CSV_HINT()} onclick={download_csv(props)}>{ text::CSV_DOWNLOAD() }</button>
            </div>
            <p class="figure-basis">{ atlas.basis_of(map.mode, map.change_since) }</p>
            <div class="ranking-scroll" ref={scroller} {onscroll}>
                <table class={classes!("ranking", windowed.then_some("windowed"))} aria-labelledby="ranking-title" data-rows={all.len().to_string()}
                    data-ranked={ranking.rows.len().to_string()}>
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        { sort_header(props, SortKey::Name, text::COL_NAME()) }
                        { sort_header(props, SortKey::Residents, text::COL_RESIDENTS()) }
                        { sort_header(props, SortKey::Index, text::value_column(map.mode)) }
                    </tr></thead>
                    <tbody {onkeydown}>
                        { spacer(start) }
                        { for all[start..end].iter().enumerate().map(|(i, (id, standing))| {
                            let position = start + i;
                            // Scrolled away from the active row, Tab still stops in the list.
                            let tab_stop = position == active_row || (!(start..end).contains(&active_row) && position == start);
                            let roving = Roving { position, tab_stop, active: active.clone() };
                            row(props, atlas, (*id, standing), points, roving)
                        }) }
                        { spacer(all.len() - end) }
                    </tbody>
                </table>
            </div>
            if !ranking.unranked.is_empty() {
                <p class="note">{ text::unranked_note(ranking.unranked.len(), map.level) }</p>
            }
        </section>
    }
}

fn sort_header(props: &RankingProps, key: SortKey, label: &str) -> Html {
    let sort = match (props.sort.key == key, props.sort.descending) {
        (false, _) => "none",
        (true, true) => "descending",
        (true, false) => "ascending",
    };
    let dispatch = props.dispatch.clone();
    html! {
        <th scope="col" aria-sort={sort}>
            <button type="button" onclick={Callback::from(move |_| dispatch.emit(Action::SortBy(key)))}>{ label }</button>
        </th>
    }
}

/// A row's place in the list's single tab stop.
struct Roving {
    position: usize,
    /// Whether Tab stops at this row.
    tab_stop: bool,
    active: UseStateHandle<usize>,
}

fn row(props: &RankingProps, atlas: &Atlas, (id, standing): (AreaId, &Standing), points: bool, roving: Roving) -> Html {
    let table = atlas.table();
    let area = table.area(id);
    let on_hover = &props.on_hover;
    let (enter, leave, focus, open) = (on_hover.clone(), on_hover.clone(), on_hover.clone(), props.dispatch.clone());
    let class = classes!(
        (props.selected == Some(id)).then_some("selected"),
        matches!(standing, Standing::Unranked(_)).then_some("unranked"),
    );
    let (rank, index, data_index, reason) = match standing {
        Standing::Ranked { rank, index } => {
            let shown = if points { text::points(*index) } else { text::percent(*index) };
            (rank.to_string(), shown, Some(format!("{index:.6}")), None)
        }
        Standing::Unranked(why) => ("–".to_string(), "—".to_string(), None, Some(why.clone())),
    };
    let residents = table.residents(id).map(|n| text::thousands(u64::from(n))).unwrap_or_default();
    html! {
        <tr key={id} data-code={area.code.to_string()} data-index={data_index} data-pos={roving.position.to_string()}
            tabindex={if roving.tab_stop { "0" } else { "-1" }} {class}
            onmouseenter={Callback::from(move |_| enter.emit(Some(id)))}
            onfocus={Callback::from(move |_| { focus.emit(Some(id)); roving.active.set(roving.position); })}
            onmouseleave={Callback::from(move |_| leave.emit(None))}
            onclick={let open = open.clone(); Callback::from(move |_| open_on_map(&open, id))}
            onkeydown={Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" { open_on_map(&open, id) })}>
            <td class="rank">{ rank }</td>
            <td>
                { &area.name }
                if !atlas.has_shape(id) && !atlas.is_pending(PartKind::Layer(area.level)) { <span class="no-shape">{ format!(" ({})", text::NO_SHAPE()) }</span> }
                if let Some(reason) = reason { <span class="reason">{ reason }</span> }
            </td>
            <td class="num">{ residents }</td>
            <td class="num">{ index }</td>
        </tr>
    }
}

/// Opens an area from the list and brings the map back into view (the list may be far below).
fn open_on_map(dispatch: &Callback<Action>, id: AreaId) {
    dispatch.emit(Action::Open(id));
    let column =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(".map-column").ok().flatten());
    if let Some(column) = column {
        column.scroll_into_view();
    }
}

/// "CSV": the ranking as shown (ranked rows in their order, then the areas without rank), for
/// a spreadsheet; made in the browser.
fn download_csv(props: &RankingProps) -> Callback<MouseEvent> {
    let (map, sort) = (props.map.clone(), props.sort);
    Callback::from(move |_: MouseEvent| {
        let (atlas, ranking) = (&map.atlas, ranking_of(&map, sort));
        let table = atlas.table();
        let residents = |id| table.residents(id).map(|n| n.to_string()).unwrap_or_default();
        let value = |v: f64| text::notation_decimal(v * 100.0, 1);
        let mut rows: Vec<Vec<String>> = ranking
            .rows
            .iter()
            .map(|row| {
                let area = table.area(row.id);
                vec![
                    row.rank.to_string(),
                    area.code.to_string(),
                    area.name.clone(),
                    residents(row.id),
                    value(row.index),
                    String::new(),
                ]
            })
            .collect();
        rows.extend(ranking.unranked.iter().map(|&(id, why)| {
            let area = table.area(id);
            vec![
                String::new(),
                area.code.to_string(),
                area.name.clone(),
                residents(id),
                String::new(),
                text::unranked_reason(why),
            ]
        }));
        // Every row says the year and groups its figure was computed with.
        let basis = atlas.basis_of(map.mode, map.change_since);
        for row in &mut rows {
            row.push(basis.clone());
        }
        let header = text::csv_header(map.mode);
        let mut header: Vec<&str> = header.each_ref().map(String::as_str).to_vec();
        header.push(text::CSV_BASIS_COLUMN());
        let style = text::pick(SpreadsheetStyle::Dutch, SpreadsheetStyle::English);
        let bytes = spreadsheet_csv(&header, &rows, style);
        let scope = map.within.map(|w| table.area(w).name.clone()).unwrap_or_else(|| text::COUNTRY().into());
        let words = [text::TITLE(), &scope, text::level_plural(map.level), text::mode_label(map.mode), &basis];
        let name = crate::download::file_name(&words, "csv");
        crate::download::save_file(&name, &bytes, "text/csv;charset=utf-8").ok();
    })
}
