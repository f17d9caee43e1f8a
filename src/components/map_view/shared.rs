//! What the map's event handlers share between renders, only the imperative parts: the
//! renderer (which knows what it shows), the live camera, pointers and timers; and
//! hit-testing a screen point against what is drawn.

use crate::area_steps::AreaSteps;
use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::render::map_renderer::MapRenderer;
use crate::scene::Scene;
use atlas_core::model::{AreaId, Level};
use gloo::timers::callback::Timeout;
use std::collections::HashMap;
use std::rc::Rc;

/// A pointer press that may become a drag or a click.
pub(super) struct Press {
    pub(super) start: [f64; 2],
    pub(super) camera: Camera,
    pub(super) moved: bool,
}

/// What event handlers share between renders.
#[derive(Default)]
pub struct MapShared {
    pub renderer: Option<MapRenderer>,
    /// The camera on screen, ahead of the state's while the user drags or zooms.
    pub live: Option<Camera>,
    pub(super) press: Option<Press>,
    pub(super) pointers: HashMap<i32, [f64; 2]>,
    pub(super) pinch: Option<(f64, Camera)>,
    pub(super) settle: Option<Timeout>,
    /// A wheel zoom has moved the live camera and not yet settled.
    pub(super) zooming: bool,
    /// The first full map has been marked (`map-drawn`).
    pub(super) marked: bool,
    /// The area last found under the pointer (the tooltip follows the pointer there; for an
    /// area hovered elsewhere, in the ranking or by keys, it points at the area).
    pub(super) pointer_hit: Option<AreaId>,
    /// The areas the arrow keys move between, for the scene they were computed for.
    pub(super) steps: Option<(Rc<Scene>, Rc<AreaSteps>)>,
}

/// Pixels a press may move and still count as a click.
pub(super) const CLICK_SLOP: f64 = 4.0;
/// Time without wheel events before the view settles and redraws in full.
pub(super) const SETTLE_MS: u32 = 160;

impl MapShared {
    /// The area under a screen point: in the current level's areas, else (a gap without a
    /// shape at that level) the area of the level above that holds the point, up to a gemeente.
    pub fn hit(&self, point: [f64; 2]) -> Option<AreaId> {
        let (renderer, camera) = (self.renderer.as_ref()?, self.live?);
        let (atlas, scene) = renderer.drawn()?;
        let world = camera.to_world(point, renderer.size);
        let in_scope = |id: &AreaId| atlas.lies_in(*id, scene.scope) || Some(*id) == scene.scope;
        let mut level = Some(scene.level);
        while let Some(l) = level.filter(|&l| l >= Level::Gemeente) {
            let hit = hit_layer(atlas, l, world, camera.metres_per_pixel, renderer.dpr);
            if let Some(id) = hit.filter(|id| l == Level::Gemeente || in_scope(id)) {
                return Some(id);
            }
            level = l.parent();
        }
        None
    }

    pub(super) fn redraw_live(&mut self) {
        let (Some(renderer), Some(camera)) = (self.renderer.as_mut(), self.live) else {
            return;
        };
        renderer.blit(&camera);
        renderer.draw_overlay(&camera);
    }
}

/// The area of one level under a world point, tested at the level of detail that is drawn.
fn hit_layer(atlas: &Atlas, level: Level, world: [f64; 2], metres_per_pixel: f64, dpr: f64) -> Option<AreaId> {
    let layer = atlas.layer(level)?;
    let lod = layer.lod_index(metres_per_pixel, dpr);
    let shapes = &layer.shapes.lods[lod].shapes;
    layer.spatial_index(lod).hit(shapes, world).map(|i| shapes[i].area)
}

pub(super) fn local_point(event: &web_sys::MouseEvent) -> [f64; 2] {
    [f64::from(event.offset_x()), f64::from(event.offset_y())]
}
