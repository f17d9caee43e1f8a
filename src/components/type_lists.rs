//! The gemeenten of each municipality type, as lists one can open and click.

use crate::atlas::Atlas;
use crate::palette::type_colour;
use crate::state::Action;
use crate::text;
use crate::typology_view::TypologyResult;
use atlas_core::typology::MunicipalityType;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TypeListsProps {
    pub atlas: Rc<Atlas>,
    pub typology: Option<Rc<TypologyResult>>,
    pub dispatch: Callback<Action>,
}

#[function_component(TypeLists)]
pub fn type_lists(props: &TypeListsProps) -> Html {
    let (atlas, Some(typology)) = (&props.atlas, &props.typology) else { return html! {} };
    let mut kinds = MunicipalityType::ALL.to_vec();
    kinds.retain(|&k| typology.count(k) > 0);
    html! {
        <section class="type-lists">
            <h2>{ text::TYPE_LISTS_HEADING() }</h2>
            { for kinds.into_iter().map(|kind| {
                let mut members = typology.members(kind);
                members.sort_by_key(|&id| atlas.table().area(id).name.to_lowercase());
                html! {
                    <details data-type={kind.key()}>
                        <summary>
                            <span class="swatch" style={format!("background:{}", type_colour(kind))}></span>
                            { format!("{} ({})", text::typology::type_label(kind), members.len()) }
                        </summary>
                        <ul class="members">
                            { for members.into_iter().map(|id| {
                                let dispatch = props.dispatch.clone();
                                let approximate = typology.of(id).is_some_and(|c| c.is_approximate());
                                html! {
                                    <li><button type="button" onclick={Callback::from(move |_| dispatch.emit(Action::Open(id)))}>
                                        { &atlas.table().area(id).name }{ if approximate { " *" } else { "" } }
                                    </button></li>
                                }
                            }) }
                        </ul>
                    </details>
                }
            }) }
            <p class="note">{ text::APPROXIMATE_MARK() }</p>
        </section>
    }
}
