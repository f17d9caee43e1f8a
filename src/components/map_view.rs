//! The map: two canvases (the choropleth and an overlay for outlines) plus a tooltip. Turns
//! pointer, wheel, touch and key events into camera moves, hovers and opens.

use super::StateProps;
use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::render::map_renderer::MapRenderer;
use crate::render::test_hooks;
use crate::scene::{scene_of, Scene};
use crate::state::{Action, MapMode, State};
use crate::text;
use atlas_core::model::{AreaId, Level};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement, KeyboardEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

/// A pointer press that may become a drag or a click.
struct Press {
    start: [f64; 2],
    camera: Camera,
    moved: bool,
}

/// What event handlers share between renders.
#[derive(Default)]
pub struct MapShared {
    pub renderer: Option<MapRenderer>,
    pub atlas: Option<Rc<Atlas>>,
    pub scene: Option<Rc<Scene>>,
    pub hovered: Option<AreaId>,
    /// The camera on screen, ahead of the state's while the user drags or zooms.
    pub live: Option<Camera>,
    press: Option<Press>,
    pointers: HashMap<i32, [f64; 2]>,
    pinch: Option<(f64, Camera)>,
    settle: Option<Timeout>,
    marked: bool,
    last_scene: Option<Rc<Scene>>,
}

/// Pixels a press may move and still count as a click.
const CLICK_SLOP: f64 = 4.0;
/// Time without wheel events before the view settles and redraws in full.
const SETTLE_MS: u32 = 160;

impl MapShared {
    /// The area under a screen point: in the current level's areas, else a gemeente.
    pub fn hit(&self, point: [f64; 2]) -> Option<AreaId> {
        let (atlas, scene, camera, renderer) =
            (self.atlas.as_ref()?, self.scene.as_ref()?, self.live?, self.renderer.as_ref()?);
        let world = camera.to_world(point, renderer.size);
        let in_level =
            hit_layer(atlas, scene.level, world, camera.metres_per_pixel).filter(|&id| atlas.lies_in(id, scene.scope));
        in_level.or_else(|| hit_layer(atlas, Level::Gemeente, world, camera.metres_per_pixel))
    }

    fn redraw_live(&mut self) {
        let (Some(renderer), Some(camera), Some(atlas), Some(scene)) =
            (self.renderer.as_mut(), self.live, &self.atlas, &self.scene)
        else {
            return;
        };
        renderer.blit(&camera);
        renderer.draw_overlay(atlas, scene, self.hovered, &camera);
    }
}

pub fn hit_layer(atlas: &Atlas, level: Level, world: [f64; 2], metres_per_pixel: f64) -> Option<AreaId> {
    let layer = atlas.layer(level)?;
    let lod = layer.lod_index(metres_per_pixel);
    let shapes = &layer.shapes.lods[lod].shapes;
    layer.index(lod).hit(shapes, world).map(|i| shapes[i].area)
}

fn local_point(event: &web_sys::MouseEvent) -> [f64; 2] {
    [f64::from(event.offset_x()), f64::from(event.offset_y())]
}

#[function_component(MapView)]
pub fn map_view(props: &StateProps) -> Html {
    let state = props.state.clone();
    let base_ref = use_node_ref();
    let overlay_ref = use_node_ref();
    let container_ref = use_node_ref();
    let tooltip_ref = use_node_ref();
    let shared = use_mut_ref(MapShared::default);

    let scene = {
        let atlas = state.atlas().cloned();
        let typology = state.typology.clone();
        use_memo((atlas, state.level, state.within, state.selected, state.mode, typology), |_| {
            scene_of(&state).map(Rc::new)
        })
    };

    use_mount_effect(&base_ref, &overlay_ref, &container_ref, &shared, &state);
    use_render_effect(&shared, &state, &scene);

    let handlers = Handlers { shared: shared.clone(), state: state.clone(), tooltip: tooltip_ref.clone() };
    html! {
        <div class="map" ref={container_ref} tabindex="0" role="application"
             aria-label="Kaart: sleep om te schuiven, scrol of gebruik + en − om te zoomen, pijltjestoetsen om te schuiven"
             onkeydown={handlers.on_key()}>
            <canvas class="map-canvas" ref={base_ref} aria-hidden="true"></canvas>
            <canvas class="map-overlay" ref={overlay_ref} aria-hidden="true"
                onpointerdown={handlers.on_down()} onpointermove={handlers.on_move()}
                onpointerup={handlers.on_up()} onpointercancel={handlers.on_cancel()}
                onpointerleave={handlers.on_leave()} onwheel={handlers.on_wheel()}></canvas>
            <div class="tooltip" ref={tooltip_ref} role="status" hidden={state.hovered.is_none()}>
                { tooltip_content(&state) }
            </div>
        </div>
    }
}

fn tooltip_content(state: &State) -> Html {
    let (Some(atlas), Some(id)) = (state.atlas(), state.hovered) else {
        return html! {};
    };
    let table = atlas.table();
    let area = table.area(id);
    let residents = table.residents(id).map(|n| text::thousands(u64::from(n))).unwrap_or_else(|| "?".into());
    let classification = state.typology.as_ref().and_then(|t| t.of(id)).filter(|_| state.mode == MapMode::Typology);
    let line = match (classification, atlas.measure(id)) {
        (Some(c), _) => format!("{}{}", c.kind.label(), if c.is_approximate() { " (benadering)" } else { "" }),
        (None, Ok(m)) => text::chance_sentence(m.diversity_index),
        (None, Err(why)) => text::undefined_reason(why),
    };
    html! {
        <>
            <strong>{ &area.name }</strong>
            <span class="tooltip-meta">{ format!("{} · {} inwoners", text::level_singular(area.level), residents) }</span>
            <span>{ line }</span>
        </>
    }
}

/// Creates the renderer, follows the container's size, installs the test hooks.
#[hook]
fn use_mount_effect(
    base: &NodeRef,
    overlay: &NodeRef,
    container: &NodeRef,
    shared: &Rc<RefCell<MapShared>>,
    state: &UseReducerHandle<State>,
) {
    let (base, overlay, container, shared, dispatcher) =
        (base.clone(), overlay.clone(), container.clone(), shared.clone(), state.dispatcher());
    use_effect_with((), move |_| {
        let base: HtmlCanvasElement = base.cast().expect("base canvas");
        let overlay: HtmlCanvasElement = overlay.cast().expect("overlay canvas");
        shared.borrow_mut().renderer = Some(MapRenderer::new(base, overlay));
        let container: HtmlElement = container.cast().expect("map container");
        let measure = {
            let container = container.clone();
            move || {
                let rect = container.get_bounding_client_rect();
                dispatcher.dispatch(Action::Resize([rect.width().floor(), rect.height().floor()]));
            }
        };
        measure();
        let on_resize = Closure::<dyn Fn()>::new(measure);
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).expect("ResizeObserver");
        observer.observe(&container);
        test_hooks::install(shared.clone());
        move || {
            observer.disconnect();
            drop(on_resize);
        }
    });
}

/// Renders in full whenever scene, camera, size or data change; the overlay on hover.
#[hook]
fn use_render_effect(shared: &Rc<RefCell<MapShared>>, state: &UseReducerHandle<State>, scene: &Rc<Option<Rc<Scene>>>) {
    let shared = shared.clone();
    let dispatcher = state.dispatcher();
    let deps = (
        scene.clone(),
        state.camera.map(|c| (c.centre, c.metres_per_pixel)),
        state.viewport,
        state.hovered,
        state.atlas().cloned(),
    );
    use_effect_with(deps, move |(scene, camera, viewport, hovered, atlas)| {
        let mut shared = shared.borrow_mut();
        let camera = camera.map(|(centre, metres_per_pixel)| Camera { centre, metres_per_pixel });
        shared.atlas = atlas.clone();
        shared.scene = scene.as_ref().clone();
        shared.hovered = *hovered;
        shared.live = camera;
        let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        let shared = &mut *shared;
        let (Some(renderer), Some(atlas), Some(scene), Some(camera)) =
            (shared.renderer.as_mut(), &shared.atlas, &shared.scene, camera)
        else {
            return;
        };
        renderer.resize(*viewport, dpr);
        if viewport[0] <= 0.0 {
            return;
        }
        let same_scene = shared.last_scene.as_ref().is_some_and(|last| Rc::ptr_eq(last, scene));
        if !renderer.is_current(&camera) || !same_scene {
            renderer.render(atlas, scene, &camera);
            shared.last_scene = Some(scene.clone());
        }
        renderer.draw_overlay(atlas, scene, *hovered, &camera);
        if !shared.marked {
            shared.marked = true;
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                performance.mark("map-drawn").ok();
            }
            dispatcher.dispatch(Action::MapDrawn);
        }
    });
}

/// Builds the event callbacks.
struct Handlers {
    shared: Rc<RefCell<MapShared>>,
    state: UseReducerHandle<State>,
    tooltip: NodeRef,
}

impl Handlers {
    fn on_down(&self) -> Callback<PointerEvent> {
        let shared = self.shared.clone();
        Callback::from(move |event: PointerEvent| {
            let mut s = shared.borrow_mut();
            let point = local_point(&event);
            s.pointers.insert(event.pointer_id(), point);
            if let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                target.set_pointer_capture(event.pointer_id()).ok();
            }
            let Some(camera) = s.live else { return };
            if s.pointers.len() == 2 {
                s.pinch = Some((pinch_distance(&s.pointers), camera));
                s.press = None;
            } else {
                s.press = Some(Press { start: point, camera, moved: false });
            }
        })
    }

    fn on_move(&self) -> Callback<PointerEvent> {
        let (shared, state, tooltip) = (self.shared.clone(), self.state.clone(), self.tooltip.clone());
        Callback::from(move |event: PointerEvent| {
            let point = local_point(&event);
            let mut s = shared.borrow_mut();
            if s.pointers.contains_key(&event.pointer_id()) {
                s.pointers.insert(event.pointer_id(), point);
            }
            if let Some((start_distance, camera)) = s.pinch {
                let size = s.renderer.as_ref().map_or([0.0; 2], |r| r.size);
                let factor = pinch_distance(&s.pointers) / start_distance.max(1.0);
                s.live = Some(camera.zoomed(factor, pinch_centre(&s.pointers), size));
                s.redraw_live();
                return;
            }
            if let Some(press) = s.press.as_mut() {
                let delta = [point[0] - press.start[0], point[1] - press.start[1]];
                if press.moved || delta[0].hypot(delta[1]) > CLICK_SLOP {
                    press.moved = true;
                    let camera = press.camera.panned(delta);
                    s.live = Some(camera);
                    s.redraw_live();
                    return;
                }
            }
            let hit = s.hit(point);
            drop(s);
            place_tooltip(&tooltip, point);
            if hit != state.hovered {
                state.dispatch(Action::Hover(hit));
            }
        })
    }

    fn on_up(&self) -> Callback<PointerEvent> {
        let (shared, state) = (self.shared.clone(), self.state.clone());
        Callback::from(move |event: PointerEvent| {
            let mut s = shared.borrow_mut();
            s.pointers.remove(&event.pointer_id());
            if s.pinch.take().is_some() {
                s.press = None;
                let live = s.live;
                drop(s);
                if let Some(camera) = live {
                    state.dispatch(Action::SetCamera(camera));
                }
                return;
            }
            let Some(press) = s.press.take() else { return };
            let (live, hit) = (s.live, s.hit(local_point(&event)));
            drop(s);
            match (press.moved, live, hit) {
                (true, Some(camera), _) => state.dispatch(Action::SetCamera(camera)),
                (false, _, Some(id)) => state.dispatch(Action::Open(id)),
                _ => {}
            }
        })
    }

    fn on_cancel(&self) -> Callback<PointerEvent> {
        let shared = self.shared.clone();
        Callback::from(move |event: PointerEvent| {
            let mut s = shared.borrow_mut();
            s.pointers.remove(&event.pointer_id());
            s.press = None;
            s.pinch = None;
        })
    }

    fn on_leave(&self) -> Callback<PointerEvent> {
        let state = self.state.clone();
        Callback::from(move |_| {
            if state.hovered.is_some() {
                state.dispatch(Action::Hover(None));
            }
        })
    }

    fn on_wheel(&self) -> Callback<WheelEvent> {
        let (shared, state) = (self.shared.clone(), self.state.clone());
        Callback::from(move |event: WheelEvent| {
            event.prevent_default();
            let factor = (-event.delta_y() * 0.002).exp().clamp(0.5, 2.0);
            zoom_live(&shared, &state, factor, Some(local_point(&event)));
        })
    }

    fn on_key(&self) -> Callback<KeyboardEvent> {
        let (shared, state) = (self.shared.clone(), self.state.clone());
        Callback::from(move |event: KeyboardEvent| {
            let step = 80.0;
            let pan = match event.key().as_str() {
                "ArrowLeft" => Some([step, 0.0]),
                "ArrowRight" => Some([-step, 0.0]),
                "ArrowUp" => Some([0.0, step]),
                "ArrowDown" => Some([0.0, -step]),
                "+" | "=" => return zoom_live(&shared, &state, 1.5, None),
                "-" | "_" => return zoom_live(&shared, &state, 1.0 / 1.5, None),
                _ => None,
            };
            let Some(delta) = pan else { return };
            event.prevent_default();
            let live = shared.borrow().live;
            if let Some(camera) = live {
                state.dispatch(Action::SetCamera(camera.panned(delta)));
            }
        })
    }
}

/// Zooms the live view at once and commits the camera when the wheel rests.
fn zoom_live(shared: &Rc<RefCell<MapShared>>, state: &UseReducerHandle<State>, factor: f64, anchor: Option<[f64; 2]>) {
    let mut s = shared.borrow_mut();
    let (Some(camera), Some(size)) = (s.live, s.renderer.as_ref().map(|r| r.size)) else {
        return;
    };
    let anchor = anchor.unwrap_or([size[0] / 2.0, size[1] / 2.0]);
    s.live = Some(camera.zoomed(factor, anchor, size));
    s.redraw_live();
    let (shared_for_timer, state) = (shared.clone(), state.clone());
    s.settle = Some(Timeout::new(SETTLE_MS, move || {
        let live = shared_for_timer.borrow().live;
        if let Some(camera) = live {
            state.dispatch(Action::SetCamera(camera));
        }
    }));
}

fn pinch_distance(pointers: &HashMap<i32, [f64; 2]>) -> f64 {
    let points: Vec<&[f64; 2]> = pointers.values().take(2).collect();
    match points[..] {
        [a, b] => (a[0] - b[0]).hypot(a[1] - b[1]),
        _ => 1.0,
    }
}

fn pinch_centre(pointers: &HashMap<i32, [f64; 2]>) -> [f64; 2] {
    let n = pointers.len().max(1) as f64;
    let sum = pointers.values().fold([0.0, 0.0], |acc, p| [acc[0] + p[0], acc[1] + p[1]]);
    [sum[0] / n, sum[1] / n]
}

fn place_tooltip(tooltip: &NodeRef, [x, y]: [f64; 2]) {
    if let Some(element) = tooltip.cast::<HtmlElement>() {
        let style = element.style();
        style.set_property("left", &format!("{}px", x + 14.0)).ok();
        style.set_property("top", &format!("{}px", y + 14.0)).ok();
    }
}
