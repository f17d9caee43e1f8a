//! A word with its one-line explanation at hand: tap or click the word to read it (no hover
//! needed, so it works on phones and for keyboard users).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermProps {
    pub name: AttrValue,
    pub explain: AttrValue,
}

#[function_component(Term)]
pub fn term(props: &TermProps) -> Html {
    html! {
        <details class="term">
            <summary>{ &props.name }</summary>
            <span class="term-explain">{ &props.explain }</span>
        </details>
    }
}
