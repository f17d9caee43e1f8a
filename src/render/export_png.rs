//! The map as a PNG to take away: the current view drawn afresh at twice the resolution, with
//! a title above, the legend on it, and the source line and date below, all on one canvas in
//! the browser.

use super::export_svg::{Frame, FOOTER, HEADER};
use super::map_renderer::MapRenderer;
use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::scene::Scene;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// How much sharper than a CSS pixel the image is.
const SCALE: f64 = 2.0;

/// The PNG as a data URL.
pub fn map_png(
    atlas: &Rc<Atlas>,
    scene: &Rc<Scene>,
    camera: &Camera,
    size: [f64; 2],
    frame: &Frame,
) -> Result<String, JsValue> {
    let document = gloo::utils::document();
    let canvas =
        || -> Result<HtmlCanvasElement, JsValue> { document.create_element("canvas")?.dyn_into().map_err(Into::into) };
    let (base, overlay) = (canvas()?, canvas()?);
    let mut renderer = MapRenderer::new(base.clone(), overlay);
    renderer.resize(size, SCALE);
    renderer.render(atlas, scene, camera);
    renderer.blit(camera);
    let out = canvas()?;
    out.set_width((size[0] * SCALE).round() as u32);
    out.set_height(((size[1] + HEADER + FOOTER) * SCALE).round() as u32);
    let ctx: CanvasRenderingContext2d = out.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
    ctx.scale(SCALE, SCALE)?;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, size[0], size[1] + HEADER + FOOTER);
    ctx.set_fill_style_str("#1b1b1b");
    ctx.set_font("bold 20px system-ui, sans-serif");
    ctx.fill_text(frame.title, 12.0, 30.0)?;
    ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&base, 0.0, HEADER, size[0], size[1])?;
    draw_legend(&ctx, frame, [12.0, HEADER + 12.0])?;
    ctx.set_fill_style_str("#444444");
    ctx.set_font("12px system-ui, sans-serif");
    ctx.fill_text(frame.source, 12.0, HEADER + size[1] + 24.0)?;
    out.to_data_url_with_type("image/png")
}

/// The legend as a box: heading, then a swatch and a label per entry.
fn draw_legend(ctx: &CanvasRenderingContext2d, frame: &Frame, [x, y]: [f64; 2]) -> Result<(), JsValue> {
    const LINE: f64 = 16.0;
    ctx.set_font("12px system-ui, sans-serif");
    let widest =
        frame.legend.iter().filter_map(|e| ctx.measure_text(&e.label).ok()).map(|m| m.width()).fold(0.0, f64::max);
    let (width, height) = (widest + 40.0, LINE * (frame.legend.len() as f64 + 1.0) + 12.0);
    ctx.set_fill_style_str("rgba(255,255,255,0.92)");
    ctx.fill_rect(x, y, width.max(150.0), height);
    ctx.set_stroke_style_str("#cccccc");
    ctx.stroke_rect(x, y, width.max(150.0), height);
    ctx.set_fill_style_str("#1b1b1b");
    ctx.set_font("bold 12px system-ui, sans-serif");
    ctx.fill_text(frame.legend_heading, x + 8.0, y + 16.0)?;
    ctx.set_font("12px system-ui, sans-serif");
    for (i, entry) in frame.legend.iter().enumerate() {
        let top = y + 8.0 + LINE * (i as f64 + 1.0);
        ctx.set_fill_style_str(entry.colour);
        ctx.fill_rect(x + 8.0, top + 2.0, 14.0, 11.0);
        ctx.set_stroke_style_str("#777777");
        ctx.stroke_rect(x + 8.0, top + 2.0, 14.0, 11.0);
        ctx.set_fill_style_str("#1b1b1b");
        ctx.fill_text(&entry.label, x + 28.0, top + 12.0)?;
    }
    Ok(())
}
