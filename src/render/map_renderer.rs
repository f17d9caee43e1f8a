//! Canvas rendering of a [`Scene`]: paths are built once per level and level of detail; a full
//! render goes to an offscreen canvas, and panning or zooming only redraws that image with a
//! transform until the view settles. Hover and selection go on an overlay canvas.

use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::palette;
use crate::scene::{Fill, Scene};
use atlas_core::geometry::{walk_shape, SvgPathSink};
use atlas_core::model::{AreaId, Level};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

/// Owns the canvases and the path cache.
pub struct MapRenderer {
    base: HtmlCanvasElement,
    overlay: HtmlCanvasElement,
    offscreen: HtmlCanvasElement,
    /// The camera the offscreen image was drawn with.
    cached: Option<Camera>,
    paths: HashMap<(Level, usize), Rc<Vec<Path2d>>>,
    pub size: [f64; 2],
    dpr: f64,
}

fn context(canvas: &HtmlCanvasElement) -> CanvasRenderingContext2d {
    canvas.get_context("2d").ok().flatten().expect("2d canvas").unchecked_into()
}

impl MapRenderer {
    pub fn new(base: HtmlCanvasElement, overlay: HtmlCanvasElement) -> MapRenderer {
        let document = base.owner_document().expect("canvas in a document");
        let offscreen: HtmlCanvasElement = document.create_element("canvas").expect("canvas").unchecked_into();
        MapRenderer { base, overlay, offscreen, cached: None, paths: HashMap::new(), size: [0.0, 0.0], dpr: 1.0 }
    }

    /// Sets the size in CSS pixels and the device pixel ratio; returns whether it changed.
    pub fn resize(&mut self, size: [f64; 2], dpr: f64) -> bool {
        if size == self.size && dpr == self.dpr {
            return false;
        }
        self.size = size;
        self.dpr = dpr;
        let (w, h) = ((size[0] * dpr).round() as u32, (size[1] * dpr).round() as u32);
        for canvas in [&self.base, &self.overlay, &self.offscreen] {
            canvas.set_width(w);
            canvas.set_height(h);
        }
        self.cached = None;
        true
    }

    /// Draws the whole scene with this camera.
    pub fn render(&mut self, atlas: &Atlas, scene: &Scene, camera: &Camera) {
        let ctx = context(&self.offscreen);
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
        ctx.clear_rect(0.0, 0.0, f64::from(self.offscreen.width()), f64::from(self.offscreen.height()));
        self.set_world_transform(&ctx, camera);
        let line = 0.6 * camera.metres_per_pixel;
        if scene.context {
            if let Some(paths) = self.paths_for(atlas, Level::Gemeente, camera) {
                ctx.set_fill_style_str(palette::CONTEXT);
                ctx.set_stroke_style_str(palette::BORDER);
                ctx.set_line_width(2.0 * line);
                for path in paths.iter() {
                    ctx.fill_with_path_2d(path);
                    ctx.stroke_with_path(path);
                }
            }
        }
        // The scope's own area in white under its parts: where coarse child boundaries leave a
        // gap, it reads as "part of this area, no finer shape" rather than as another area.
        if let Some(scope) = scene.scope.and_then(|id| self.path_of_area(atlas, id, camera)) {
            ctx.set_fill_style_str(palette::SCOPE);
            ctx.fill_with_path_2d(&scope);
        }
        if let Some(paths) = self.paths_for(atlas, scene.level, camera) {
            draw_fills(&ctx, &paths, scene, line);
        }
        self.cached = Some(*camera);
        self.blit(camera);
    }

    /// Redraws the last full render moved and scaled to another camera (cheap: one image).
    pub fn blit(&self, camera: &Camera) {
        let ctx = context(&self.base);
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
        ctx.clear_rect(0.0, 0.0, f64::from(self.base.width()), f64::from(self.base.height()));
        let Some(cached) = self.cached else { return };
        let scale = cached.metres_per_pixel / camera.metres_per_pixel;
        let [x, y] = camera.to_screen(cached.to_world([0.0, 0.0], self.size), self.size);
        let (w, h) = (self.size[0] * scale, self.size[1] * scale);
        ctx.draw_image_with_html_canvas_element_and_dw_and_dh(
            &self.offscreen,
            x * self.dpr,
            y * self.dpr,
            w * self.dpr,
            h * self.dpr,
        )
        .ok();
    }

    /// Whether the last full render used exactly this camera.
    pub fn is_current(&self, camera: &Camera) -> bool {
        self.cached.as_ref() == Some(camera)
    }

    /// Outlines the scope, the selection and the hovered area.
    pub fn draw_overlay(&mut self, atlas: &Atlas, scene: &Scene, hovered: Option<AreaId>, camera: &Camera) {
        let ctx = context(&self.overlay);
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
        ctx.clear_rect(0.0, 0.0, f64::from(self.overlay.width()), f64::from(self.overlay.height()));
        self.set_world_transform(&ctx, camera);
        let outlines = [
            (scene.scope, palette::SELECTED, 2.0),
            (scene.selected, palette::SELECTED, 2.5),
            (hovered, palette::HOVER, 3.0),
        ];
        for (id, colour, width) in outlines {
            let Some(id) = id else { continue };
            if let Some(path) = self.path_of_area(atlas, id, camera) {
                ctx.set_stroke_style_str(colour);
                ctx.set_line_width(width * camera.metres_per_pixel);
                ctx.stroke_with_path(&path);
            }
        }
    }

    fn path_of_area(&mut self, atlas: &Atlas, id: AreaId, camera: &Camera) -> Option<Path2d> {
        let level = atlas.table().area(id).level;
        let shape = *atlas.layer(level)?.shape_of_area.get(&id)?;
        Some(self.paths_for(atlas, level, camera)?[shape].clone())
    }

    fn set_world_transform(&self, ctx: &CanvasRenderingContext2d, camera: &Camera) {
        let k = self.dpr / camera.metres_per_pixel;
        let e = self.dpr * self.size[0] / 2.0 - k * camera.centre[0];
        let f = self.dpr * self.size[1] / 2.0 + k * camera.centre[1];
        ctx.set_transform(k, 0.0, 0.0, -k, e, f).ok();
    }

    /// The paths of a level at the detail this camera needs, built on first use.
    fn paths_for(&mut self, atlas: &Atlas, level: Level, camera: &Camera) -> Option<Rc<Vec<Path2d>>> {
        let layer = atlas.layer(level)?;
        let lod = layer.lod_index(camera.metres_per_pixel / self.dpr);
        let paths = self.paths.entry((level, lod)).or_insert_with(|| {
            let shapes = &layer.shapes.lods[lod].shapes;
            Rc::new(
                shapes
                    .iter()
                    .map(|shape| {
                        let mut sink = SvgPathSink::default();
                        walk_shape(shape, &mut sink);
                        Path2d::new_with_path_string(&sink.0).expect("valid path data")
                    })
                    .collect(),
            )
        });
        Some(Rc::clone(paths))
    }
}

/// Fills the scene's areas class by class (one colour change per class) and strokes borders.
fn draw_fills(ctx: &CanvasRenderingContext2d, paths: &[Path2d], scene: &Scene, line: f64) {
    let colours = palette::CLASS_COLOURS.iter().chain([&palette::NO_DATA]).chain(palette::TYPE_COLOURS.iter());
    let mut by_fill: Vec<(&str, Vec<usize>)> = colours.map(|c| (*c, Vec::new())).collect();
    for &(shape, fill) in &scene.fills {
        let slot = match fill {
            Fill::Class(class) => class,
            Fill::NoData => palette::CLASS_COLOURS.len(),
            Fill::Type(kind) => palette::CLASS_COLOURS.len() + 1 + kind as usize,
        };
        by_fill[slot].1.push(shape);
    }
    for (colour, shapes) in &by_fill {
        ctx.set_fill_style_str(colour);
        for &shape in shapes {
            ctx.fill_with_path_2d(&paths[shape]);
        }
    }
    ctx.set_stroke_style_str(palette::BORDER);
    ctx.set_line_width(line);
    for &(shape, _) in &scene.fills {
        ctx.stroke_with_path(&paths[shape]);
    }
}
