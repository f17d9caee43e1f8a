//! Browser tests (wasm-bindgen-test in headless Chromium): the renderer really paints, the
//! loader really reports HTTP errors.

use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::loader::fetch_bytes;
use crate::palette::{class_of, CLASS_COLOURS};
use crate::render::map_renderer::MapRenderer;
use crate::scene::scene_of;
use crate::state::{Action, State};
use atlas_core::fixtures::fictional_bundle;
use atlas_core::measures::DisclosureThreshold;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

fn canvas() -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().unchecked_into();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

fn hex(colour: &str) -> [u8; 3] {
    let v = |i: usize| u8::from_str_radix(&colour[i..i + 2], 16).unwrap();
    [v(1), v(3), v(5)]
}

#[wasm_bindgen_test]
fn the_renderer_paints_each_area_in_its_class_colour() {
    let size = [400.0, 300.0];
    let state = State::default()
        .apply_for_test(Action::Resize(size))
        .apply_for_test(Action::Loaded(Atlas::new(fictional_bundle(), DisclosureThreshold::default())));
    let atlas = state.atlas().unwrap().clone();
    let scene = std::rc::Rc::new(scene_of(&state).unwrap());
    let camera: Camera = state.place.camera.unwrap();
    let base = canvas();
    let mut renderer = MapRenderer::new(base.clone(), canvas());
    renderer.resize(size, 1.0);
    renderer.render(&atlas, &scene, &camera);

    let ctx: CanvasRenderingContext2d = base.get_context("2d").unwrap().unwrap().unchecked_into();
    let pixels = ctx.get_image_data(0.0, 0.0, 400.0, 300.0).unwrap().data();
    let painted = pixels.chunks(4).filter(|p| p[3] > 0).count();
    assert!(painted > 400 * 300 / 4, "only {painted} pixels painted");

    for code in ["GM9999", "GM9998"] {
        let id = atlas.table().find_str(code).unwrap();
        let [x, y] = camera.to_screen(atlas.inside_point(id).unwrap(), size);
        let pixel = ctx.get_image_data(x.round(), y.round(), 1.0, 1.0).unwrap().data();
        let expected = hex(CLASS_COLOURS[class_of(atlas.measure(id).unwrap().diversity_index)]);
        assert_eq!([pixel[0], pixel[1], pixel[2]], expected, "{code} at {x},{y}");
    }
}

#[wasm_bindgen_test]
async fn the_loader_reports_a_missing_file() {
    let error = fetch_bytes("does-not-exist.bin", None).await.unwrap_err();
    assert!(error.contains("404"), "{error}");
}
