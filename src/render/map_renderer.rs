//! Canvas rendering of a [`Scene`]: areas are batched into one path per fill colour (built once
//! per scene and level of detail, from the core's path walker); a full
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
use web_sys::{CanvasRenderingContext2d, CanvasWindingRule, HtmlCanvasElement, Path2d};

/// A scene's areas batched by fill colour at one level of detail.
struct Batch {
    scene: Rc<Scene>,
    lod: usize,
    fills: Vec<(&'static str, Path2d)>,
    borders: Path2d,
}

/// Owns the canvases and the path caches.
pub struct MapRenderer {
    base: HtmlCanvasElement,
    overlay: HtmlCanvasElement,
    offscreen: HtmlCanvasElement,
    /// The camera the offscreen image was drawn with.
    cached: Option<Camera>,
    /// The current scene's batched paths.
    batch: Option<Batch>,
    /// All gemeenten as one path, per level of detail.
    context: HashMap<usize, Path2d>,
    /// Single areas' paths for outlines, by (level, level of detail, shape).
    single: HashMap<(Level, usize, usize), Path2d>,
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
        MapRenderer {
            base,
            overlay,
            offscreen,
            cached: None,
            batch: None,
            context: HashMap::new(),
            single: HashMap::new(),
            size: [0.0, 0.0],
            dpr: 1.0,
        }
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
    pub fn render(&mut self, atlas: &Atlas, scene: &Rc<Scene>, camera: &Camera) {
        let ctx = context(&self.offscreen);
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
        ctx.clear_rect(0.0, 0.0, f64::from(self.offscreen.width()), f64::from(self.offscreen.height()));
        self.set_world_transform(&ctx, camera);
        let line = 0.6 * camera.metres_per_pixel;
        if scene.context {
            if let Some(all) = self.context_path(atlas, camera) {
                ctx.set_fill_style_str(palette::CONTEXT);
                ctx.fill_with_path_2d_and_winding(&all, CanvasWindingRule::Evenodd);
                ctx.set_stroke_style_str(palette::BORDER);
                ctx.set_line_width(2.0 * line);
                ctx.stroke_with_path(&all);
            }
        }
        // The scope's own area in white under its parts: where coarse child boundaries leave a
        // gap, it reads as "part of this area, no finer shape" rather than as another area.
        if let Some(scope) = scene.scope.and_then(|id| self.path_of_area(atlas, id, camera)) {
            ctx.set_fill_style_str(palette::SCOPE);
            ctx.fill_with_path_2d_and_winding(&scope, CanvasWindingRule::Evenodd);
        }
        if let Some(batch) = self.batch(atlas, scene, camera) {
            for (colour, path) in &batch.fills {
                ctx.set_fill_style_str(colour);
                ctx.fill_with_path_2d_and_winding(path, CanvasWindingRule::Evenodd);
            }
            ctx.set_stroke_style_str(palette::BORDER);
            ctx.set_line_width(line);
            ctx.stroke_with_path(&batch.borders);
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

    /// One area's path at the detail this camera needs (for outlines), built on first use.
    fn path_of_area(&mut self, atlas: &Atlas, id: AreaId, camera: &Camera) -> Option<Path2d> {
        let level = atlas.table().area(id).level;
        let layer = atlas.layer(level)?;
        let shape = *layer.shape_of_area.get(&id)?;
        let lod = layer.lod_index(camera.metres_per_pixel / self.dpr);
        let path = self.single.entry((level, lod, shape)).or_insert_with(|| {
            let mut sink = SvgPathSink::default();
            walk_shape(&layer.shapes.lods[lod].shapes[shape], &mut sink);
            Path2d::new_with_path_string(&sink.0).expect("valid path data")
        });
        Some(path.clone())
    }

    /// All gemeenten as one path (the neutral context under finer levels).
    fn context_path(&mut self, atlas: &Atlas, camera: &Camera) -> Option<Path2d> {
        let layer = atlas.layer(Level::Gemeente)?;
        let lod = layer.lod_index(camera.metres_per_pixel / self.dpr);
        let path = self.context.entry(lod).or_insert_with(|| {
            let mut sink = SvgPathSink::default();
            layer.shapes.lods[lod].shapes.iter().for_each(|shape| walk_shape(shape, &mut sink));
            Path2d::new_with_path_string(&sink.0).expect("valid path data")
        });
        Some(path.clone())
    }

    /// The scene's areas as one path per fill colour plus one for all borders, built once per
    /// scene and level of detail: a few large paths draw far faster than thousands of small ones.
    fn batch(&mut self, atlas: &Atlas, scene: &Rc<Scene>, camera: &Camera) -> Option<&Batch> {
        let layer = atlas.layer(scene.level)?;
        let lod = layer.lod_index(camera.metres_per_pixel / self.dpr);
        let fresh = self.batch.as_ref().is_some_and(|b| b.lod == lod && Rc::ptr_eq(&b.scene, scene));
        if !fresh {
            let shapes = &layer.shapes.lods[lod].shapes;
            let colours = palette::CLASS_COLOURS
                .iter()
                .chain([&palette::NO_DATA])
                .chain(palette::TYPE_COLOURS.iter())
                .chain(palette::GAP_COLOURS.iter())
                .chain(palette::CHANGE_COLOURS.iter());
            let mut sinks: Vec<(&'static str, SvgPathSink)> = colours.map(|c| (*c, SvgPathSink::default())).collect();
            for &(shape, fill) in &scene.fills {
                walk_shape(&shapes[shape], &mut sinks[slot_of(fill)].1);
            }
            let borders = Path2d::new().expect("Path2D");
            let fills = sinks
                .into_iter()
                .filter(|(_, sink)| !sink.0.is_empty())
                .map(|(colour, sink)| {
                    let path = Path2d::new_with_path_string(&sink.0).expect("valid path data");
                    borders.add_path(&path);
                    (colour, path)
                })
                .collect();
            self.batch = Some(Batch { scene: Rc::clone(scene), lod, fills, borders });
        }
        self.batch.as_ref()
    }

    fn set_world_transform(&self, ctx: &CanvasRenderingContext2d, camera: &Camera) {
        let k = self.dpr / camera.metres_per_pixel;
        let e = self.dpr * self.size[0] / 2.0 - k * camera.centre[0];
        let f = self.dpr * self.size[1] / 2.0 + k * camera.centre[1];
        ctx.set_transform(k, 0.0, 0.0, -k, e, f).ok();
    }
}

/// The position of a fill's colour in the batch: index classes, no data, types, gap and change
/// classes.
fn slot_of(fill: Fill) -> usize {
    match fill {
        Fill::Class(class) => class,
        Fill::NoData => palette::CLASS_COLOURS.len(),
        Fill::Type(kind) => palette::CLASS_COLOURS.len() + 1 + kind as usize,
        Fill::Gap(class) => palette::CLASS_COLOURS.len() + 1 + palette::TYPE_COLOURS.len() + class,
        Fill::Change(class) => {
            palette::CLASS_COLOURS.len() + 1 + palette::TYPE_COLOURS.len() + palette::GAP_COLOURS.len() + class
        }
    }
}
