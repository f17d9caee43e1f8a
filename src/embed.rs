//! Embedding the map in another site's page: the `<iframe>` snippet for the current view
//! (pure), and the message API — a host page named in the URL (`host=`) can show an area, a
//! level or a mode, and hears which area is selected. Messages from any other origin are
//! ignored, and nothing is sent to any other origin.

use crate::markup::escaped;
use crate::state::{Action, MapMode, State};
use crate::url::{to_query, Embed, UrlView};
use atlas_core::model::Level;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the host page asks (`{ type: "diversiteitsatlas:show", area, level, mode }`).
pub const SHOW: &str = "diversiteitsatlas:show";
/// What the map tells the host (`{ type: "diversiteitsatlas:selected", code, name, index }`).
pub const SELECTED: &str = "diversiteitsatlas:selected";

/// The options of the snippet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SnippetOptions {
    pub height: u32,
    pub legend: bool,
    pub panel: bool,
}

/// The `<iframe>` a host page pastes to show `view` (the story and presentation left out).
pub fn embed_snippet(page: &str, view: &UrlView, options: SnippetOptions, title: &str) -> String {
    let embed = Embed { legend: options.legend, panel: options.panel, host: None };
    let view = UrlView { embed: Some(embed), story: None, presentation: false, ..view.clone() };
    let src = format!("{page}{}", to_query(&view));
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        escaped(&src),
        escaped(title),
        options.height
    )
}

/// Listens for the host page's messages and tells it the selected area (only with `host=`).
#[hook]
pub fn use_embed_messages(state: &UseReducerHandle<State>) {
    let host = state.page.embed.as_ref().and_then(|e| e.host.clone());
    {
        let (state, host) = (state.clone(), host.clone());
        use_effect_with(host, move |host| {
            let listener = host.clone().map(|host| {
                gloo::events::EventListener::new(&gloo::utils::window(), "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
                    if event.origin() == host {
                        take_message(&state, &event.data());
                    }
                })
            });
            move || drop(listener)
        });
    }
    let selected = state.atlas().and_then(|atlas| {
        let id = state.place.selected?;
        let area = atlas.table().area(id);
        Some((area.code.to_string(), area.name.clone(), atlas.measure(id).ok().map(|m| m.diversity_index)))
    });
    use_effect_with((selected, host), |(selected, host)| {
        if let (Some((code, name, index)), Some(host), Some(parent)) =
            (selected, host, gloo::utils::window().parent().ok().flatten())
        {
            let message = js_sys::Object::new();
            let set = |key: &str, value: wasm_bindgen::JsValue| {
                js_sys::Reflect::set(&message, &key.into(), &value).ok();
            };
            set("type", SELECTED.into());
            set("code", code.as_str().into());
            set("name", name.as_str().into());
            set("index", index.map_or(wasm_bindgen::JsValue::NULL, Into::into));
            parent.post_message(&message, host).ok();
        }
    });
}

/// Applies a "show" message: an area by code, a level, a mode.
fn take_message(state: &UseReducerHandle<State>, data: &wasm_bindgen::JsValue) {
    let text = |key: &str| js_sys::Reflect::get(data, &key.into()).ok().and_then(|v| v.as_string());
    if text("type").as_deref() != Some(SHOW) {
        return;
    }
    if let Some(mode) = text("mode").as_deref().and_then(MapMode::from_key) {
        state.dispatch(Action::SetMode(mode));
    }
    if let Some(level) = text("level").as_deref().and_then(Level::from_key) {
        state.dispatch(Action::SetLevel(level));
    }
    let found = text("area")
        .and_then(|code| state.atlas().and_then(|atlas| atlas.table().find_str(&code.to_ascii_uppercase())));
    if let Some(id) = found {
        state.dispatch(Action::Open(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::parse_query;

    #[test]
    fn the_snippet_embeds_the_view_with_its_options_and_escapes() {
        let view = parse_query("?level=wijk&in=GM0518&area=WK051829&lens=westers&verhaal=2&presentatie=1");
        let options = SnippetOptions { height: 480, legend: false, panel: true };
        let snippet = embed_snippet("https://example.org/atlas/", &view, options, "Diversiteit \"Den Haag\"");
        assert_eq!(
            snippet,
            "<iframe src=\"https://example.org/atlas/?level=wijk&amp;in=GM0518&amp;area=WK051829&amp;year=2022&amp;lens=westers&amp;embed=1&amp;legenda=0&amp;paneel=1\" \
             title=\"Diversiteit &quot;Den Haag&quot;\" width=\"100%\" height=\"480\" style=\"border:0\" loading=\"lazy\"></iframe>"
        );
    }
}
