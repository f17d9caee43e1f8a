//! "PNG": the map as shown, as an image with title, legend, source and date, drawn in the
//! browser at twice the resolution.

use super::SceneHandle;
use crate::camera::Camera;
use crate::download::save_file;
use crate::download::{file_name, save_data_url};
use crate::legend_entries::legend_entries;
use crate::render::export_png::map_png;
use crate::render::export_svg::{map_svg, Frame};
use crate::scene::MapInput;
use crate::search::display_name;
use crate::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapExportProps {
    /// What the map draws (data, level, scope, mode).
    pub map: MapInput,
    pub scene: SceneHandle,
    pub camera: Option<Camera>,
    pub viewport: [f64; 2],
    /// The file of an own table on the map.
    pub own_file: Option<String>,
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
        let (map, scene, camera, viewport) = (props.map.clone(), props.scene.clone(), props.camera, props.viewport);
        let own_file = props.own_file.clone();
        Callback::from(move |_: MouseEvent| {
            let (Some(scene), Some(camera)) = (scene.as_ref(), camera) else {
                return;
            };
            let atlas = &map.atlas;
            let place = map
                .within
                .map_or_else(|| text::COUNTRY().to_string(), |w| display_name(&atlas.table().area(w).name).to_string());
            let (heading, legend) = legend_entries(map.mode, map.change_since, atlas.view.year);
            let basis = atlas.basis_of(map.mode, map.change_since);
            let title = format!("{} ({basis})", text::export_title(&heading, &place, map.level));
            let date =
                String::from(js_sys::Date::new_0().to_locale_date_string("nl-NL", &wasm_bindgen::JsValue::UNDEFINED));
            let attribution = match &own_file {
                Some(_) => text::source_line(&atlas.meta.attribution),
                None => text::view_source_line(&scene.other_publishers(atlas)),
            };
            let source = text::export_source(&attribution, own_file.as_deref(), &date);
            let frame = Frame { title: &title, legend_heading: &heading, legend: &legend, source: &source };
            let mode = text::mode_label(map.mode);
            let words = [text::TITLE(), &place, text::level_plural(map.level), mode, &basis];
            let name = |extension| file_name(&words, extension);
            match format {
                Format::Png => {
                    if let Ok(url) = map_png(atlas, scene, &camera, viewport, &frame) {
                        save_data_url(&name("png"), &url).ok();
                    }
                }
                Format::Svg => {
                    let svg = map_svg(atlas, scene, &camera, viewport, &frame);
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
