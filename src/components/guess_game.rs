//! "Raad de index", a classroom game: ten areas from the map on screen, one by one, with their
//! name and composition but not their number; pupils guess the chance that two residents
//! differ, the app reveals it, its rank on the map and the points. Nothing is stored.

use super::composition_bar::CompositionBar;
use crate::atlas::Atlas;
use crate::search::display_name;
use crate::state::Action;
use crate::text::{self, lesson as words};
use atlas_core::lesson::{game_rounds, places_ranked, points_for, MAX_POINTS};
use atlas_core::model::{AreaId, Level};
use std::rc::Rc;
use yew::prelude::*;

/// One game: its areas, the round, the guess (whole percent), whether it is revealed, points.
#[derive(Clone, Debug, Default, PartialEq)]
struct Game {
    rounds: Vec<AreaId>,
    round: usize,
    guess: u32,
    revealed: bool,
    points: u32,
}

enum GameAction {
    Start(Vec<AreaId>),
    Guess(u32),
    Reveal(u32),
    Next,
}

impl Reducible for Game {
    type Action = GameAction;
    fn reduce(self: Rc<Self>, action: GameAction) -> Rc<Self> {
        let mut game = (*self).clone();
        match action {
            GameAction::Start(rounds) => game = Game { rounds, guess: 50, ..Game::default() },
            GameAction::Guess(guess) if !game.revealed => game.guess = guess.min(100),
            GameAction::Reveal(points) if !game.revealed => {
                game.revealed = true;
                game.points += points;
            }
            GameAction::Next if game.revealed => {
                game.round += 1;
                game.revealed = false;
                game.guess = 50;
            }
            _ => {}
        }
        Rc::new(game)
    }
}

#[derive(Properties, PartialEq)]
pub struct GuessGameProps {
    pub atlas: Rc<Atlas>,
    /// The areas the map shows: the rounds are drawn from them.
    pub level: Level,
    pub within: Option<AreaId>,
    pub dispatch: Callback<Action>,
}

#[function_component(GuessGame)]
pub fn guess_game(props: &GuessGameProps) -> Html {
    let game = use_reducer(Game::default);
    // Closed (Escape or "Stoppen"), the focus goes back to "Raad de index".
    super::focus::use_dialog_focus(".game", ".game-start");
    let atlas = Rc::clone(&props.atlas);
    // The set is ranked once per map, not on every move of the slider.
    let (level, within) = (props.level, props.within);
    let ranked = use_memo((Rc::as_ptr(&atlas) as usize, level, within), {
        let atlas = Rc::clone(&atlas);
        move |_| places_ranked(atlas.table(), level, within, atlas.threshold)
    });
    let start = {
        let (game, ranked) = (game.dispatcher(), Rc::clone(&ranked));
        Callback::from(move |_: MouseEvent| {
            let set: Vec<AreaId> = ranked.iter().map(|(id, _)| *id).collect();
            game.dispatch(GameAction::Start(game_rounds(&set, js_sys::Date::now() as u64)));
        })
    };
    {
        let start = start.clone();
        use_effect_with((), move |_| start.emit(MouseEvent::new("click").expect("a click event")));
    }
    let close = props.dispatch.reform(|_: MouseEvent| Action::SetGame(false));
    // The keyboard stays in the game: Tab goes round, Escape stops it; the slider takes the
    // focus for each new round and "Volgende ronde" after a guess.
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        super::focus::dialog_keys(".game", move || dispatch.emit(Action::SetGame(false)))
    };
    {
        let at = (game.round, game.revealed, game.rounds.len());
        use_effect_with(at, move |_| {
            let focus = gloo::utils::document()
                .query_selector(".game input[type=range]:not([disabled]), .game .game-next, .game .game-again")
                .ok()
                .flatten();
            if let Some(element) = focus.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
                element.focus().ok();
            }
        });
    }
    let body = match game.rounds.get(game.round) {
        _ if ranked.len() < 2 => html! { <p>{ words::GAME_TOO_FEW() }</p> },
        None if game.rounds.is_empty() => html! {},
        None => html! {
            <>
                <p class="game-total">{ words::game_total(game.points, MAX_POINTS * game.rounds.len() as u32) }</p>
                <button type="button" class="primary game-again" onclick={start}>{ words::GAME_AGAIN() }</button>
            </>
        },
        Some(&id) => round(&game, id, &ranked, &atlas),
    };
    html! {
        <>
            <div class="game-backdrop" aria-hidden="true"></div>
            <section class="game" role="dialog" aria-modal="true" aria-labelledby="game-title" {onkeydown}>
                <h2 id="game-title">{ words::GAME_START() }</h2>
                <p class="figure-basis">{ atlas.figure_basis() }</p>
                if !game.rounds.is_empty() && game.round < game.rounds.len() {
                    <p class="game-status">{ words::game_status(game.round, game.rounds.len(), game.points) }</p>
                }
                { body }
                <p class="note">{ words::GAME_PRIVATE() }</p>
                <button type="button" class="game-close" onclick={close}>{ words::GAME_CLOSE() }</button>
            </section>
        </>
    }
}

/// One round: the area without its number, the guess, and after "Raden" the answer.
fn round(game: &UseReducerHandle<Game>, id: AreaId, ranked: &[(AreaId, f64)], atlas: &Rc<crate::atlas::Atlas>) -> Html {
    let Some(rank) = ranked.iter().position(|(r, _)| *r == id) else { return html! {} };
    let index = ranked[rank].1;
    let area = atlas.table().area(id);
    let guess = f64::from(game.guess) / 100.0;
    let on_input = {
        let game = game.dispatcher();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            game.dispatch(GameAction::Guess(value.parse().unwrap_or(50)));
        })
    };
    let reveal = {
        let game = game.dispatcher();
        let points = points_for(guess, index);
        Callback::from(move |_: MouseEvent| game.dispatch(GameAction::Reveal(points)))
    };
    let next = {
        let game = game.dispatcher();
        Callback::from(move |_: MouseEvent| game.dispatch(GameAction::Next))
    };
    // Enter on the slider guesses.
    let on_enter = {
        let game = game.dispatcher();
        let points = points_for(guess, index);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                // The same key press must not also press the "next round" button that takes
                // the focus once the answer shows.
                e.prevent_default();
                game.dispatch(GameAction::Reveal(points));
            }
        })
    };
    html! {
        <div class="game-round" data-code={area.code.to_string()}>
            <p class="kicker">{ text::level_singular(area.level) }</p>
            <h3>{ display_name(&area.name) }</h3>
            <CompositionBar atlas={atlas.clone()} area={id} label={display_name(&area.name).to_string()} />
            <p>{ words::GAME_QUESTION() }</p>
            <label class="game-guess">{ words::GAME_GUESS() }
                <input type="range" min="0" max="100" step="1" value={game.guess.to_string()} disabled={game.revealed} oninput={on_input} onkeydown={on_enter} />
                <output>{ text::percent(guess) }</output>
            </label>
            if game.revealed {
                <p class="game-reveal" role="status">{ words::game_reveal(guess, index, rank + 1, ranked.len(), points_for(guess, index), MAX_POINTS) }</p>
                <button type="button" class="primary game-next" onclick={next}>{ words::GAME_NEXT() }</button>
            } else {
                <button type="button" class="primary game-check" onclick={reveal}>{ words::GAME_CHECK() }</button>
            }
        </div>
    }
}
