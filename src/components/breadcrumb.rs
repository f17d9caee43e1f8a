//! The path from the Netherlands down to the current scope, each step a way back.

use crate::atlas::Atlas;
use crate::state::Action;
use crate::text;
use atlas_core::model::AreaId;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BreadcrumbProps {
    pub atlas: Rc<Atlas>,
    /// The area whose parts are shown (`None`: the whole country).
    pub within: Option<AreaId>,
    pub dispatch: Callback<Action>,
}

#[function_component(Breadcrumb)]
pub fn breadcrumb(props: &BreadcrumbProps) -> Html {
    let (atlas, within) = (&props.atlas, props.within);
    let chain: Vec<_> = within.map(|w| atlas.table().ancestry(w)).unwrap_or_default();
    let steps = chain.into_iter().filter(|&id| Some(id) != atlas.country);
    let home = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::OpenCountry))
    };
    html! {
        <nav class="breadcrumb" aria-label={text::BREADCRUMB_LABEL()}>
            <ol>
                <li><button type="button" onclick={home}>{ text::COUNTRY() }</button></li>
                { for steps.map(|id| {
                    let dispatch = props.dispatch.clone();
                    let name = atlas.table().area(id).name.clone();
                    let current = Some(id) == within;
                    html! {
                        <li>
                            <button type="button" aria-current={current.then_some("location")}
                                onclick={Callback::from(move |_| dispatch.emit(Action::Open(id)))}>{ name }</button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
