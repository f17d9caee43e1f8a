//! "Insluiten": the `<iframe>` snippet for the current view, with its options (height, legend,
//! panel), to paste into another site's page; and the line under an embedded map.

use crate::atlas::Atlas;
use crate::embed::{embed_snippet, SnippetOptions};
use crate::state::Action;
use crate::text::{self, Lang};
use crate::url::{to_query, UrlView};
use std::rc::Rc;
use yew::prelude::*;

const HEIGHTS: [u32; 4] = [360, 480, 640, 800];

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The view on screen, as a URL describes it.
    pub view: UrlView,
    /// The language of the texts, which the embedded map speaks too.
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let options = use_state_eq(|| SnippetOptions { height: 480, legend: true, panel: false });
    let copied = use_state_eq(|| false);
    let location = gloo::utils::window().location();
    let page = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    // The host's visitors see the language chosen here, whatever their browser's.
    let view = UrlView { lang: Some(props.lang), ..props.view.clone() };
    let snippet = embed_snippet(&page, &view, *options, text::EMBED_TITLE());
    let close = props.dispatch.reform(|_: MouseEvent| Action::SetEmbedDialog(false));
    super::focus::use_dialog_focus(".embed-dialog", ".embed-start");
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        super::focus::dialog_keys(".embed-dialog", move || dispatch.emit(Action::SetEmbedDialog(false)))
    };
    let set = |change: fn(&mut SnippetOptions, &web_sys::HtmlInputElement)| {
        let (options, copied) = (options.clone(), copied.setter());
        Callback::from(move |e: Event| {
            let mut next = *options;
            change(&mut next, &e.target_unchecked_into());
            options.set(next);
            copied.set(false);
        })
    };
    let on_height = {
        let (options, copied) = (options.clone(), copied.setter());
        Callback::from(move |e: Event| {
            let height = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().unwrap_or(480);
            options.set(SnippetOptions { height, ..*options });
            copied.set(false);
        })
    };
    let copy = {
        let (snippet, copied) = (snippet.clone(), copied.setter());
        Callback::from(move |_: MouseEvent| {
            let clipboard = gloo::utils::window().navigator().clipboard();
            let _ = clipboard.write_text(&snippet);
            copied.set(true);
        })
    };
    html! {
        <>
            <div class="own-backdrop" aria-hidden="true"></div>
            <section class="own-dialog embed-dialog" role="dialog" aria-modal="true" aria-labelledby="embed-title" {onkeydown}>
                <h2 id="embed-title">{ text::EMBED_HEADING() }</h2>
                <p>{ text::EMBED_EXPLAIN() }</p>
                <div class="embed-options">
                    <label>{ text::EMBED_HEIGHT() }
                        <select class="embed-height" onchange={on_height}>
                            { for HEIGHTS.iter().map(|&h| html! { <option value={h.to_string()} selected={h == options.height}>{ format!("{h} px") }</option> }) }
                        </select>
                    </label>
                    <label><input type="checkbox" class="embed-legend" checked={options.legend} onchange={set(|o, i| o.legend = i.checked())} />{ text::EMBED_LEGEND() }</label>
                    <label><input type="checkbox" class="embed-panel" checked={options.panel} onchange={set(|o, i| o.panel = i.checked())} />{ text::EMBED_PANEL() }</label>
                </div>
                <label class="embed-code">{ text::EMBED_CODE() }
                    <textarea readonly=true rows="4" value={snippet.clone()} />
                </label>
                <p class="note">{ text::EMBED_API() }</p>
                <div class="own-buttons">
                    <button type="button" class="primary embed-copy" onclick={copy}>{ if *copied { text::EMBED_COPIED() } else { text::EMBED_COPY() } }</button>
                    <button type="button" class="embed-close" onclick={close}>{ text::OWN_CLOSE() }</button>
                </div>
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedFooterProps {
    pub atlas: Rc<Atlas>,
    /// The view on screen, as a URL describes it (the embedded one).
    pub view: UrlView,
}

/// The line under an embedded map: the source, and the way to the whole atlas (new tab).
#[function_component(EmbedFooter)]
pub fn embed_footer(props: &EmbedFooterProps) -> Html {
    let path = gloo::utils::window().location().pathname().unwrap_or_default();
    let whole = format!("{path}{}", to_query(&UrlView { embed: None, ..props.view.clone() }));
    html! {
        <p class="embed-footer">
            <span>{ text::source_line(&props.atlas.meta.attribution) }</span>
            <a href={whole} target="_blank" rel="noopener">{ text::EMBED_OPEN() }</a>
        </p>
    }
}
