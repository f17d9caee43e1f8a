//! Canvas rendering of a [`Scene`]: areas are batched into one path per fill colour (built once
//! per scene and level of detail, from the core's path walker); a full
//! render goes to an offscreen canvas, and panning or zooming only redraws that image with a
//! transform until the view settles. Hover and selection go on an overlay canvas.

use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::labels::{place_labels, Candidate};
use crate::palette;
use crate::scene::Scene;
use crate::search::display_name;
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

/// The areas outlined on the overlay.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outlines {
    /// The area whose parts are drawn.
    pub scope: Option<AreaId>,
    pub selected: Option<AreaId>,
    pub hovered: Option<AreaId>,
}

/// Owns the canvases and the path caches, and knows what they show.
pub struct MapRenderer {
    base: HtmlCanvasElement,
    overlay: HtmlCanvasElement,
    offscreen: HtmlCanvasElement,
    /// The camera the offscreen image was drawn with.
    cached: Option<Camera>,
    /// The current scene's batched paths.
    batch: Option<Batch>,
    /// The atlas and scene of the last full render (what hit-testing tests against).
    drawn: Option<(Rc<Atlas>, Rc<Scene>)>,
    /// What the overlay outlines.
    outlines: Outlines,
    /// All gemeenten as one path, per level of detail.
    context: HashMap<usize, Path2d>,
    /// Single areas' paths for outlines, by (level, level of detail, shape).
    single: HashMap<(Level, usize, usize), Path2d>,
    /// A point inside each labelled shape, by (level, shape), found on first use.
    anchors: HashMap<(Level, usize), Option<[f64; 2]>>,
    pub size: [f64; 2],
    pub dpr: f64,
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
            drawn: None,
            outlines: Outlines::default(),
            context: HashMap::new(),
            single: HashMap::new(),
            anchors: HashMap::new(),
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

    /// Shows a scene with this camera: renders in full only when the picture or the camera
    /// differs from the last full render. A part of the bundle arriving makes a new atlas and
    /// scene, but when the scene is the same and drawn from the same shapes, the picture is
    /// kept (a render rasterises the whole map: the costliest step of the page).
    pub fn show(&mut self, atlas: &Rc<Atlas>, scene: &Rc<Scene>, camera: &Camera) {
        let same_picture = self.drawn.as_ref().is_some_and(|(drawn_atlas, drawn)| {
            Rc::ptr_eq(drawn, scene) || (**drawn == **scene && same_shapes(drawn_atlas, atlas, scene))
        });
        if !same_picture || !self.is_current(camera) {
            self.render(atlas, scene, camera);
        } else if let Some(batch) = self.batch.as_mut() {
            batch.scene = Rc::clone(scene);
        }
        self.drawn = Some((Rc::clone(atlas), Rc::clone(scene)));
    }

    /// The atlas and scene on screen.
    pub fn drawn(&self) -> Option<(&Rc<Atlas>, &Rc<Scene>)> {
        self.drawn.as_ref().map(|(atlas, scene)| (atlas, scene))
    }

    /// Draws the whole scene with this camera.
    pub fn render(&mut self, atlas: &Atlas, scene: &Rc<Scene>, camera: &Camera) {
        crate::render_count::count_render("canvas");
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
        let (canvas, dpr) = (self.offscreen.clone(), self.dpr);
        if let Some(batch) = self.batch(atlas, scene, camera) {
            for (colour, path) in &batch.fills {
                ctx.set_fill_style_str(colour);
                ctx.fill_with_path_2d_and_winding(path, CanvasWindingRule::Evenodd);
                if *colour == palette::NO_DATA {
                    hatch(&ctx, path, &canvas, dpr);
                }
            }
            ctx.set_stroke_style_str(palette::BORDER);
            ctx.set_line_width(line);
            ctx.stroke_with_path(&batch.borders);
        }
        self.draw_labels(&ctx, atlas, scene, camera);
        self.cached = Some(*camera);
        self.blit(camera);
    }

    /// Names of the drawn wijken and buurten where they fit, without collisions (so a
    /// projected map can be read without hovering).
    fn draw_labels(&mut self, ctx: &CanvasRenderingContext2d, atlas: &Atlas, scene: &Scene, camera: &Camera) {
        let Some(layer) = atlas.layer(scene.level).filter(|_| scene.level > Level::Gemeente) else { return };
        let lod = layer.lod_index(camera.metres_per_pixel, self.dpr);
        let table = atlas.table();
        let candidates: Vec<Candidate> = scene
            .fills
            .iter()
            .filter_map(|&(shape, _)| {
                let bounds = layer.spatial_index(lod).bounds(shape);
                let room = [bounds.width() / camera.metres_per_pixel, bounds.height() / camera.metres_per_pixel];
                if room[0] < 30.0 || room[1] < 12.0 {
                    return None;
                }
                let area = layer.shapes.lods[lod].shapes[shape].area;
                let anchor = *self.anchors.entry((scene.level, shape)).or_insert_with(|| atlas.inside_point(area));
                Some(Candidate {
                    text: display_name(&table.area(area).name).to_string(),
                    anchor: camera.to_screen(anchor?, self.size),
                    room,
                    priority: table.residents(area).unwrap_or(0),
                })
            })
            .collect();
        if candidates.is_empty() {
            return;
        }
        ctx.set_transform(self.dpr, 0.0, 0.0, self.dpr, 0.0, 0.0).ok();
        ctx.set_font(LABEL_FONT);
        let width = |text: &str| ctx.measure_text(text).map_or(f64::INFINITY, |m| m.width());
        let placed = place_labels(candidates, width, LABEL_LINE, self.size, 4.0);
        ctx.set_text_align("center");
        ctx.set_text_baseline("middle");
        ctx.set_line_join("round");
        ctx.set_line_width(3.0);
        ctx.set_stroke_style_str("rgba(255,255,255,0.9)");
        ctx.set_fill_style_str(palette::LABEL);
        for label in &placed {
            ctx.stroke_text(&label.text, label.centre[0], label.centre[1]).ok();
            ctx.fill_text(&label.text, label.centre[0], label.centre[1]).ok();
        }
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

    /// Outlines these areas (the scope, the selection, the hovered area) on the overlay.
    pub fn outline(&mut self, outlines: Outlines, camera: &Camera) {
        self.outlines = outlines;
        self.draw_overlay(camera);
    }

    /// Draws the overlay's outlines again (for another camera).
    pub fn draw_overlay(&mut self, camera: &Camera) {
        let ctx = context(&self.overlay);
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
        ctx.clear_rect(0.0, 0.0, f64::from(self.overlay.width()), f64::from(self.overlay.height()));
        self.set_world_transform(&ctx, camera);
        let Some(atlas) = self.drawn.as_ref().map(|(atlas, _)| Rc::clone(atlas)) else { return };
        let Outlines { scope, selected, hovered } = self.outlines;
        let outlines =
            [(scope, palette::SELECTED, 2.0), (selected, palette::SELECTED, 2.5), (hovered, palette::HOVER, 3.0)];
        for (id, colour, width) in outlines {
            let Some(id) = id else { continue };
            if let Some(path) = self.path_of_area(&atlas, id, camera) {
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
        let lod = layer.lod_index(camera.metres_per_pixel, self.dpr);
        let path = self.single.entry((level, lod, shape)).or_insert_with(|| {
            let mut sink = SvgPathSink::default();
            walk_shape(&layer.shapes.lods[lod].shapes[shape], &mut sink);
            Path2d::new_with_path_string(sink.data()).expect("valid path data")
        });
        Some(path.clone())
    }

    /// All gemeenten as one path (the neutral context under finer levels).
    fn context_path(&mut self, atlas: &Atlas, camera: &Camera) -> Option<Path2d> {
        let layer = atlas.layer(Level::Gemeente)?;
        let lod = layer.lod_index(camera.metres_per_pixel, self.dpr);
        let path = self.context.entry(lod).or_insert_with(|| {
            let mut sink = SvgPathSink::default();
            layer.shapes.lods[lod].shapes.iter().for_each(|shape| walk_shape(shape, &mut sink));
            Path2d::new_with_path_string(sink.data()).expect("valid path data")
        });
        Some(path.clone())
    }

    /// The scene's areas as one path per fill colour plus one for all borders, built once per
    /// scene and level of detail: a few large paths draw far faster than thousands of small ones.
    fn batch(&mut self, atlas: &Atlas, scene: &Rc<Scene>, camera: &Camera) -> Option<&Batch> {
        let layer = atlas.layer(scene.level)?;
        let lod = layer.lod_index(camera.metres_per_pixel, self.dpr);
        let fresh = self.batch.as_ref().is_some_and(|b| b.lod == lod && Rc::ptr_eq(&b.scene, scene));
        if !fresh {
            let shapes = &layer.shapes.lods[lod].shapes;
            let mut sinks: std::collections::BTreeMap<&'static str, SvgPathSink> = Default::default();
            for &(shape, fill) in &scene.fills {
                walk_shape(&shapes[shape], sinks.entry(palette::fill_colour(fill)).or_default());
            }
            let borders = Path2d::new().expect("Path2D");
            let fills = sinks
                .into_iter()
                .filter(|(_, sink)| !sink.is_empty())
                .map(|(colour, sink)| {
                    let path = Path2d::new_with_path_string(sink.data()).expect("valid path data");
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

/// Whether two atlases draw a scene from the same shapes: its level's and the gemeenten's
/// (the context underneath) layers are the same.
fn same_shapes(a: &Atlas, b: &Atlas, scene: &Scene) -> bool {
    let same = |level| match (a.layer(level), b.layer(level)) {
        (Some(x), Some(y)) => std::ptr::eq(x, y),
        (None, None) => true,
        _ => false,
    };
    same(scene.level) && same(Level::Gemeente)
}

/// The labels' font and line height in CSS pixels.
const LABEL_FONT: &str = "600 12px system-ui, sans-serif";
const LABEL_LINE: f64 = 14.0;

/// Hatches the inside of a path with diagonal lines in screen space, so "no data" differs from
/// the index colours by more than colour alone.
fn hatch(ctx: &CanvasRenderingContext2d, path: &Path2d, canvas: &HtmlCanvasElement, dpr: f64) {
    let Some(document) = canvas.owner_document() else { return };
    let Ok(tile) = document.create_element("canvas") else { return };
    let tile: HtmlCanvasElement = tile.unchecked_into();
    let size = (8.0 * dpr).round().max(4.0);
    tile.set_width(size as u32);
    tile.set_height(size as u32);
    let t = context(&tile);
    t.set_stroke_style_str(palette::NO_DATA_HATCH);
    t.set_line_width(dpr);
    t.begin_path();
    t.move_to(0.0, size);
    t.line_to(size, 0.0);
    t.stroke();
    let Ok(Some(pattern)) = ctx.create_pattern_with_html_canvas_element(&tile, "repeat") else { return };
    ctx.save();
    ctx.clip_with_path_2d_and_winding(path, CanvasWindingRule::Evenodd);
    ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
    ctx.set_fill_style_canvas_pattern(&pattern);
    ctx.fill_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    ctx.restore();
}
