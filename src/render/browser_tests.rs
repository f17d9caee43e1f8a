//! Browser tests (wasm-bindgen-test in headless Chromium): the renderer really paints, the
//! loader really reports HTTP errors.

use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::loader::fetch_bytes;
use crate::render::map_renderer::MapRenderer;
use crate::scene::{scene_of, MapInput};
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
    let atlas = std::rc::Rc::new(Atlas::new(fictional_bundle(), DisclosureThreshold::default()));
    let input = MapInput::diversity(atlas.clone(), atlas_core::model::Level::Gemeente, None);
    let scene = std::rc::Rc::new(scene_of(&input).unwrap());
    let bounds = atlas.bounds(atlas.country.unwrap()).unwrap();
    let camera = Camera::fit(&bounds, size, 24.0, 0.0);
    let base = canvas();
    let mut renderer = MapRenderer::new(base.clone(), canvas());
    renderer.resize(size, 1.0);
    renderer.render(&atlas, &scene, &camera);

    let ctx: CanvasRenderingContext2d = base.get_context("2d").unwrap().unwrap().unchecked_into();
    let pixels = ctx.get_image_data(0.0, 0.0, 400.0, 300.0).unwrap().data();
    let painted = pixels.chunks(4).filter(|p| p[3] > 0).count();
    assert!(painted > 400 * 300 / 4, "only {painted} pixels painted");

    // From the fixture's counts: Fictiestad 1 − (0.7² + 0.1² + …) = 49% (class 40–50%, YlGnBu
    // #41b6c4), Nepdorp 34% (class 30–40%, #7fcdbb).
    for (code, colour) in [("GM9999", "#41b6c4"), ("GM9998", "#7fcdbb")] {
        let id = atlas.table().find_str(code).unwrap();
        let [x, y] = camera.to_screen(atlas.inside_point(id).unwrap(), size);
        let pixel = ctx.get_image_data(x.round(), y.round(), 1.0, 1.0).unwrap().data();
        let expected = hex(colour);
        assert_eq!([pixel[0], pixel[1], pixel[2]], expected, "{code} at {x},{y}");
    }
}

#[wasm_bindgen_test]
async fn the_loader_reports_a_missing_file() {
    let error = fetch_bytes("does-not-exist.bin", None).await.unwrap_err();
    let refused = matches!(&error, crate::load_error::LoadError::Refused { status: 404, file, .. } if file == "does-not-exist.bin");
    assert!(refused, "{error}");
}
