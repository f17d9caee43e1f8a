//! "Trek twee inwoners": the index made tangible. Two residents are drawn at random from the
//! area's composition, again and again; a running tally of "verschillend / hetzelfde" tends to
//! the index. The unit square of all pairs shows why: a pair is the same group exactly when
//! it falls in one of the squares on the diagonal (side pᵢ), whose areas add up to Σpᵢ²; the
//! rest, 1 − Σpᵢ², is the index. Users who ask for reduced motion draw pairs by hand.

use super::composition_bar::group_colour;
use crate::text::lesson as words;
use atlas_core::lesson::{Pair, PairDraw, Tally};
use atlas_core::measures::Shares;
use gloo::timers::callback::Interval;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TwoResidentsProps {
    pub area: String,
    /// Residents per group (the view's groups, in table order), and the groups' labels.
    pub counts: Rc<Vec<u32>>,
    pub labels: Rc<Vec<String>>,
    pub index: f64,
}

/// How many drawn pairs the square keeps as dots.
const DOTS: usize = 400;
/// The speeds offered: pairs a second.
const SPEEDS: [u32; 3] = [2, 20, 200];

/// The explainer's own state: the tally, the last pair and the recent dots.
#[derive(Clone, Default, PartialEq)]
struct Drawn {
    tally: Tally,
    last: Option<Pair>,
    dots: Rc<Vec<Pair>>,
}

enum DrawAction {
    Add(Vec<Pair>),
    Reset,
}

impl Reducible for Drawn {
    type Action = DrawAction;
    fn reduce(self: Rc<Self>, action: DrawAction) -> Rc<Self> {
        match action {
            DrawAction::Reset => Rc::new(Drawn::default()),
            DrawAction::Add(pairs) => {
                let tally = pairs.iter().fold(self.tally, |t, p| t.with(p.groups()));
                let mut dots: Vec<Pair> = self.dots.as_ref().clone();
                dots.extend(pairs.iter().copied());
                let excess = dots.len().saturating_sub(DOTS);
                dots.drain(..excess);
                Rc::new(Drawn { tally, last: pairs.last().copied().or(self.last), dots: Rc::new(dots) })
            }
        }
    }
}

fn reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

#[function_component(TwoResidents)]
pub fn two_residents(props: &TwoResidentsProps) -> Html {
    let drawn = use_reducer(Drawn::default);
    let drawer = use_mut_ref(|| None::<PairDraw>);
    let running = use_state_eq(|| false);
    let speed = use_state_eq(|| SPEEDS[1]);
    // Asked once the component is on the page (not while rendering: no window in tests).
    let still = use_state_eq(|| false);
    {
        let still = still.setter();
        use_effect_with((), move |_| still.set(reduced_motion()));
    }
    // A new area, lens or table starts afresh.
    {
        let (drawn, drawer, running) = (drawn.dispatcher(), drawer.clone(), running.setter());
        use_effect_with(Rc::clone(&props.counts), move |counts| {
            *drawer.borrow_mut() = PairDraw::new(counts, 0x5eed);
            drawn.dispatch(DrawAction::Reset);
            running.set(false);
        });
    }
    let draw = {
        let (drawn, drawer) = (drawn.dispatcher(), drawer.clone());
        Rc::new(move |n: u32| {
            let pairs: Vec<Pair> = match drawer.borrow_mut().as_mut() {
                Some(drawer) => (0..n).map(|_| drawer.draw()).collect(),
                None => return,
            };
            drawn.dispatch(DrawAction::Add(pairs));
        })
    };
    {
        let draw = Rc::clone(&draw);
        use_effect_with((*running, *speed), move |&(running, speed)| {
            // Ten ticks a second (the slowest speed: one pair per tick, at its own pace).
            let (every, per_tick) = if speed < 10 { (1000 / speed, 1) } else { (100, speed / 10) };
            let interval = running.then(|| Interval::new(every, move || draw(per_tick)));
            move || drop(interval)
        });
    }
    let button = |label: &'static str, n: u32, class: &'static str| {
        let draw = Rc::clone(&draw);
        html! { <button type="button" class={class} onclick={move |_: MouseEvent| draw(n)}>{ label }</button> }
    };
    let toggle = {
        let running = running.clone();
        Callback::from(move |_: MouseEvent| running.set(!*running))
    };
    let reset = {
        let (drawn, drawer, counts, running) =
            (drawn.dispatcher(), drawer.clone(), Rc::clone(&props.counts), running.setter());
        Callback::from(move |_: MouseEvent| {
            *drawer.borrow_mut() = PairDraw::new(&counts, 0x5eed);
            drawn.dispatch(DrawAction::Reset);
            running.set(false);
        })
    };
    let on_speed = {
        let speed = speed.setter();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Ok(value) = value.parse() {
                speed.set(value);
            }
        })
    };
    let groups = props.counts.len();
    let name = |g: usize| props.labels.get(g).cloned().unwrap_or_default();
    html! {
        <section class="two-residents" aria-labelledby="two-residents-title">
            <h3 id="two-residents-title">{ words::TWO_RESIDENTS_TITLE() }</h3>
            <p class="note">{ words::two_residents_intro(&props.area) }</p>
            <div class="pair">
                { figure(drawn.last.map(|p| p.first), groups, drawn.last.map(|p| name(p.first))) }
                { figure(drawn.last.map(|p| p.second), groups, drawn.last.map(|p| name(p.second))) }
                <p class="verdict">{ drawn.last.map_or(words::TWO_RESIDENTS_NONE(), |p| words::verdict(p.first != p.second)) }</p>
            </div>
            <div class="draw-buttons">
                if !*still {
                    <button type="button" class="draw-toggle primary" onclick={toggle}>
                        { if *running { words::PAUSE() } else { words::START() } }
                    </button>
                    <label>{ words::SPEED() }
                        <select class="draw-speed" onchange={on_speed}>
                            { for SPEEDS.iter().map(|&s| html! {
                                <option value={s.to_string()} selected={s == *speed}>{ words::per_second(s) }</option>
                            }) }
                        </select>
                    </label>
                }
                { button(words::DRAW_ONE(), 1, "draw-one") }
                { button(words::DRAW_HUNDRED(), 100, "draw-hundred") }
                <button type="button" class="draw-reset" onclick={reset}>{ words::RESET() }</button>
            </div>
            if *still { <p class="note">{ words::STILL_NOTE() }</p> }
            { tally_line(drawn.tally, props.index) }
            { pair_square(&props.counts, &drawn.dots) }
            <details class="formula">
                <summary>{ words::FORMULA_HEADING() }</summary>
                <p>{ words::formula(&shares(&props.counts), props.index) }</p>
                <table class="formula-terms">
                    <thead><tr><th scope="col">{ words::FORMULA_GROUP() }</th><th scope="col">{ "p" }</th><th scope="col">{ "p²" }</th></tr></thead>
                    <tbody>
                        { for shares(&props.counts).iter().enumerate().filter(|(_, p)| **p > 0.0).map(|(g, p)| html! {
                            <tr><td>{ name(g) }</td><td>{ crate::text::notation_decimal(*p, 3) }</td><td>{ crate::text::notation_decimal(p * p, 4) }</td></tr>
                        }) }
                    </tbody>
                </table>
                <p class="note">{ words::SQUARE_EXPLAINED() }</p>
            </details>
        </section>
    }
}

fn shares(counts: &[u32]) -> Vec<f64> {
    counts.shares().unwrap_or_else(|| vec![0.0; counts.len()])
}

/// One drawn resident as a figure in its group's colour (grey outline before any draw).
fn figure(group: Option<usize>, groups: usize, name: Option<String>) -> Html {
    let fill = group.map_or("#ffffff", |g| group_colour(g, groups));
    html! {
        <figure class="resident">
            <svg viewBox="0 0 40 60" width="40" height="60" aria-hidden="true">
                <circle cx="20" cy="12" r="10" fill={fill} stroke="#333" stroke-width="1.5" />
                <path d="M4 58 C4 30 36 30 36 58 Z" fill={fill} stroke="#333" stroke-width="1.5" />
            </svg>
            <figcaption>{ name.unwrap_or_else(|| "?".into()) }</figcaption>
        </figure>
    }
}

fn tally_line(tally: Tally, index: f64) -> Html {
    let share = tally.share_different();
    let width = |v: f64| format!("width:{:.1}%", v * 100.0);
    html! {
        <div class="tally" data-draws={tally.draws.to_string()} data-different={tally.different.to_string()}>
            <p>{ words::tally_sentence(tally.different, tally.same(), share, index) }</p>
            <div class="tally-bar" role="img" aria-label={words::tally_bar_label(share, index)}>
                <span class="tally-fill" style={width(share.unwrap_or(0.0))}></span>
                <span class="tally-index" style={format!("left:{:.1}%", index * 100.0)}></span>
            </div>
        </div>
    }
}

/// The unit square of all pairs: first resident across, second down; the squares on the
/// diagonal are the same-group pairs; recent draws as dots.
fn pair_square(counts: &[u32], dots: &[Pair]) -> Html {
    const SIZE: f64 = 200.0;
    let shares = shares(counts);
    let groups = counts.len();
    let mut at = 0.0;
    let squares: Vec<Html> = shares
        .iter()
        .enumerate()
        .filter(|(_, p)| **p > 0.0)
        .map(|(g, p)| {
            let square = html! {
                <rect x={format!("{:.2}", at * SIZE)} y={format!("{:.2}", at * SIZE)}
                    width={format!("{:.2}", p * SIZE)} height={format!("{:.2}", p * SIZE)}
                    fill={group_colour(g, groups)} fill-opacity="0.55" stroke="#333" stroke-width="0.5" />
            };
            at += p;
            square
        })
        .collect();
    html! {
        <figure class="pair-square">
            <svg viewBox={format!("-1 -1 {} {}", SIZE + 2.0, SIZE + 2.0)} width="220" height="220" role="img"
                aria-label={words::SQUARE_LABEL()}>
                <rect x="0" y="0" width={SIZE.to_string()} height={SIZE.to_string()} fill="#fff" stroke="#333" />
                { for squares }
                { for dots.iter().map(|p| html! {
                    <circle cx={format!("{:.1}", p.at[0] * SIZE)} cy={format!("{:.1}", p.at[1] * SIZE)} r="2"
                        class={if p.first == p.second { "dot same" } else { "dot different" }} />
                }) }
            </svg>
            <figcaption class="note">{ words::SQUARE_CAPTION() }</figcaption>
        </figure>
    }
}
