//! "PNG": the map as shown, as an image with title, legend, source and date, drawn in the
//! browser at twice the resolution.

use super::SceneHandle;
use crate::download::save_file;
use crate::download::{file_name, save_data_url};
use crate::legend_entries::legend_entries;
use crate::render::export_png::map_png;
use crate::render::export_svg::{map_svg, Frame};
use crate::search::display_name;
use crate::state::State;
use crate::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapExportProps {
    pub state: UseReducerHandle<State>,
    pub scene: SceneHandle,
}

/// The picture formats offered.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Png,
    Svg,
}

#[function_component(MapExport)]
pub fn map_export(props: &MapExportProps) -> Html {
    let export = |format: Format| {
        let (state, scene) = (props.state.clone(), props.scene.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(atlas), Some(scene), Some(camera)) = (state.atlas(), scene.as_ref(), state.camera) else {
                return;
            };
            let table = atlas.table();
            let (level, within) = state.map_scope();
            let place =
                within.map_or_else(|| "Nederland".to_string(), |w| display_name(&table.area(w).name).to_string());
            let (heading, legend) = legend_entries(state.mode, state.change_since, atlas.view.year);
            let title = text::export_title(&heading, &place, level);
            let date =
                String::from(js_sys::Date::new_0().to_locale_date_string("nl-NL", &wasm_bindgen::JsValue::UNDEFINED));
            let source = text::export_source(
                &text::source_line(&atlas.meta.attribution),
                state.own.as_ref().map(|o| o.file.as_str()),
                &date,
            );
            let frame = Frame { title: &title, legend_heading: &heading, legend: &legend, source: &source };
            let name = |extension| file_name(&[text::TITLE(), &place, text::level_plural(level)], extension);
            match format {
                Format::Png => {
                    if let Ok(url) = map_png(atlas, scene, &camera, state.viewport, &frame) {
                        save_data_url(&name("png"), &url).ok();
                    }
                }
                Format::Svg => {
                    let svg = map_svg(atlas, scene, &camera, state.viewport, &frame);
                    save_file(&name("svg"), svg.as_bytes(), "image/svg+xml").ok();
                }
            }
        })
    };
    html! {
        <div class="map-export">
            <button type="button" class="map-png" title={text::PNG_HINT()} onclick={export(Format::Png)}>{ text::PNG_DOWNLOAD() }</button>
            <button type="button" class="map-svg" title={text::SVG_HINT()} onclick={export(Format::Svg)}>{ text::SVG_DOWNLOAD() }</button>
        </div>
    }
}
