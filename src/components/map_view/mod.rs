//! The map: two canvases (the choropleth and an overlay for outlines) plus a tooltip. Turns
//! pointer, wheel, touch and key events into camera moves, hovers and opens.

mod events;
mod keys;
mod shared;
mod test_hooks;

use super::SceneHandle;
use crate::camera::Camera;
use crate::render::map_renderer::{MapRenderer, Outlines};
use crate::scene::MapInput;
use crate::state::{Action, MapMode};
use crate::text;
use atlas_core::model::{AreaId, Level};
use events::Handlers;
pub use shared::MapShared;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    /// What the map draws: data, level and scope, mode, classification (`None` until the data
    /// is there).
    pub map: Option<MapInput>,
    /// The scene the app memoises.
    pub scene: SceneHandle,
    /// The area open in the place, which Escape goes up from (the typology's scope is the
    /// whole country whatever is open).
    pub within: Option<AreaId>,
    pub selected: Option<AreaId>,
    pub camera: Option<Camera>,
    /// The map's size in CSS pixels.
    pub viewport: [f64; 2],
    /// The area under the pointer (here or in the ranking), and how to change it.
    pub hovered: Option<AreaId>,
    pub on_hover: Callback<Option<AreaId>>,
    pub dispatch: Callback<Action>,
}

#[function_component(MapView)]
pub fn map_view(props: &MapViewProps) -> Html {
    let base_ref = use_node_ref();
    let overlay_ref = use_node_ref();
    let container_ref = use_node_ref();
    let tooltip_ref = use_node_ref();
    let shared = use_mut_ref(MapShared::default);
    let key_focus = use_state_eq(|| None::<AreaId>);
    let notice = use_state_eq(|| None::<String>);
    crate::render_count::count_render("map");

    use_mount_effect(&base_ref, &overlay_ref, &container_ref, &shared, &props.dispatch);
    use_render_effect(&shared, props);
    use_tooltip_at_area(&shared, &tooltip_ref, props);

    let handlers = Handlers {
        shared: shared.clone(),
        dispatch: props.dispatch.clone(),
        hovered: props.hovered,
        on_hover: props.on_hover.clone(),
        tooltip: tooltip_ref.clone(),
        key_focus: key_focus.clone(),
    };
    let keys = keys::KeyTargets {
        shared: shared.clone(),
        atlas: props.map.as_ref().map(|map| map.atlas.clone()),
        within: props.within,
        selected: props.selected,
        dispatch: props.dispatch.clone(),
        focus: key_focus.clone(),
        on_hover: props.on_hover.clone(),
        notice: notice.clone(),
    };
    let onkeydown = Callback::from(move |event: KeyboardEvent| keys.handle(&event));
    // Focus leaving the map ends the keyboard focus (the outline goes with it).
    let onblur = {
        let (key_focus, on_hover) = (key_focus.clone(), props.on_hover.clone());
        Callback::from(move |_: FocusEvent| {
            if key_focus.is_some() {
                key_focus.set(None);
                on_hover.emit(None);
            }
        })
    };
    let map = props.map.as_ref();
    let announced = match (&*notice, *key_focus) {
        (Some(notice), _) => notice.clone(),
        (None, Some(id)) => map.map(|map| area_lines(map, id).sentence()).unwrap_or_default(),
        (None, None) => String::new(),
    };
    html! {
        <div class="map" ref={container_ref} tabindex="0" role="application"
             aria-label={text::MAP_LABEL()} aria-describedby="map-keys" {onkeydown} {onblur}>
            <canvas class="map-canvas" ref={base_ref} aria-hidden="true"></canvas>
            <canvas class="map-overlay" ref={overlay_ref} aria-hidden="true"
                onpointerdown={handlers.on_down()} onpointermove={handlers.on_move()}
                onpointerup={handlers.on_up()} onpointercancel={handlers.on_cancel()}
                onpointerleave={handlers.on_leave()} onwheel={handlers.on_wheel()}></canvas>
            <div class="tooltip" ref={tooltip_ref} aria-hidden="true" hidden={props.hovered.is_none()}>
                { tooltip_content(map, props.hovered) }
            </div>
            <p id="map-keys" class="visually-hidden">{ text::MAP_KEYS() }</p>
            <p class="visually-hidden map-live" aria-live="polite" aria-atomic="true">{ announced }</p>
        </div>
    }
}

/// What the tooltip and the live region say about an area.
struct AreaLines {
    name: String,
    /// Why a coarser area shows here (a gap in the level drawn).
    gap: Option<String>,
    meta: String,
    figure: String,
}

impl AreaLines {
    /// One sentence for the live region.
    fn sentence(&self) -> String {
        let gap = self.gap.as_deref().map(|g| format!(" {g}")).unwrap_or_default();
        format!("{}, {}.{gap} {}.", self.name, self.meta, self.figure.trim_end_matches('.'))
    }
}

/// What the map says about one of its areas (or the coarser area filling a gap).
fn area_lines(map: &MapInput, id: AreaId) -> AreaLines {
    let (atlas, level, within) = (&map.atlas, map.level, map.within);
    let table = atlas.table();
    let area = table.area(id);
    let residents = table.residents(id).map(|n| text::thousands(u64::from(n))).unwrap_or_else(|| "?".into());
    let classification = map.typology.as_deref().and_then(|t| t.of(id)).filter(|_| map.mode == MapMode::Typology);
    let figure = match (classification, atlas.measure(id)) {
        (Some(c), _) => format!(
            "{}{}",
            text::typology::type_label(c.kind),
            if c.is_approximate() { text::APPROXIMATE_SUFFIX() } else { "" }
        ),
        (None, Ok(m)) => text::chance_sentence(m.diversity_index),
        (None, Err(why)) => text::undefined_reason(why),
    };
    // A coarser area under the pointer fills a gap of the level drawn (not the open area itself).
    let gap =
        (area.level < level && area.level > Level::Gemeente && Some(id) != within && map.mode != MapMode::Typology)
            .then(|| text::gap_hover(level));
    let meta = text::area_meta(area.level, &residents);
    AreaLines { name: area.name.clone(), gap, meta, figure }
}

fn tooltip_content(map: Option<&MapInput>, hovered: Option<AreaId>) -> Html {
    let Some(lines) = map.zip(hovered).map(|(map, id)| area_lines(map, id)) else {
        return html! {};
    };
    html! {
        <>
            <strong translate="no">{ lines.name }</strong>
            if let Some(gap) = lines.gap { <span class="tooltip-gap">{ gap }</span> }
            <span class="tooltip-meta">{ lines.meta }</span>
            <span>{ lines.figure }</span>
        </>
    }
}

/// Points the tooltip at an area hovered other than by the pointer on the map (a ranking row,
/// the keys), wherever the camera has gone.
#[hook]
fn use_tooltip_at_area(shared: &Rc<RefCell<MapShared>>, tooltip: &NodeRef, props: &MapViewProps) {
    let (shared, tooltip) = (shared.clone(), tooltip.clone());
    let deps = (
        props.hovered,
        props.camera.map(|c| (c.centre, c.metres_per_pixel)),
        props.viewport,
        props.map.as_ref().map(|map| map.atlas.clone()),
    );
    use_effect_with(deps, move |(hovered, _, viewport, atlas)| {
        let (Some(id), Some(atlas)) = (hovered, atlas) else { return };
        let (camera, pointer_hit) = {
            let shared = shared.borrow();
            (shared.live, shared.pointer_hit)
        };
        if pointer_hit == Some(*id) {
            return;
        }
        if let (Some(point), Some(camera)) = (atlas.inside_point(*id), camera) {
            events::place_tooltip(&tooltip, camera.to_screen(point, *viewport));
        }
    });
}

/// Creates the renderer, follows the container's size, installs the test hooks.
#[hook]
fn use_mount_effect(
    base: &NodeRef,
    overlay: &NodeRef,
    container: &NodeRef,
    shared: &Rc<RefCell<MapShared>>,
    dispatch: &Callback<Action>,
) {
    let (base, overlay, container, shared, dispatch) =
        (base.clone(), overlay.clone(), container.clone(), shared.clone(), dispatch.clone());
    use_effect_with((), move |_| {
        let base: HtmlCanvasElement = base.cast().expect("base canvas");
        let overlay: HtmlCanvasElement = overlay.cast().expect("overlay canvas");
        shared.borrow_mut().renderer = Some(MapRenderer::new(base, overlay));
        let container: HtmlElement = container.cast().expect("map container");
        let measure = {
            let container = container.clone();
            move || {
                let rect = container.get_bounding_client_rect();
                dispatch.emit(Action::Resize([rect.width().floor(), rect.height().floor()]));
            }
        };
        // The observer reports the size once at the next frame and then on every change; the
        // first render already knows it (measured on the static shell), so nothing forces a
        // layout before the first map is drawn.
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

/// Shows the scene whenever it, the camera, the size or the data change (the renderer renders
/// in full only for a new scene or camera); outlines the selection and hovered area on the
/// overlay, which is all a hover or a selection redraws.
#[hook]
fn use_render_effect(shared: &Rc<RefCell<MapShared>>, props: &MapViewProps) {
    let (shared, dispatch) = (shared.clone(), props.dispatch.clone());
    let deps = (
        props.scene.clone(),
        props.camera.map(|c| (c.centre, c.metres_per_pixel)),
        props.viewport,
        props.map.as_ref().map(|map| map.atlas.clone()),
        (props.selected, props.hovered),
    );
    use_effect_with(deps, move |(scene, camera, viewport, atlas, (selected, hovered))| {
        let mut shared = shared.borrow_mut();
        let camera = camera.map(|(centre, metres_per_pixel)| Camera { centre, metres_per_pixel });
        // A drag, pinch or wheel zoom in progress owns the live camera until it settles (data
        // arriving meanwhile must not snap the view back).
        if shared.pointers.is_empty() && !shared.zooming {
            shared.live = camera;
        }
        let camera = shared.live.or(camera);
        let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        let shared = &mut *shared;
        let (Some(renderer), Some(atlas), Some(scene), Some(camera)) =
            (shared.renderer.as_mut(), atlas, scene.as_ref(), camera)
        else {
            return;
        };
        renderer.resize(*viewport, dpr);
        if viewport[0] <= 0.0 {
            return;
        }
        renderer.show(atlas, scene, &camera);
        renderer.outline(Outlines { scope: scene.scope, selected: *selected, hovered: *hovered }, &camera);
        if !shared.marked {
            shared.marked = true;
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                performance.mark("map-drawn").ok();
            }
            dispatch.emit(Action::MapDrawn);
        }
    });
}
