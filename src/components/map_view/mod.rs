//! The map: two canvases (the choropleth and an overlay for outlines) plus a tooltip. Turns
//! pointer, wheel, touch and key events into camera moves, hovers and opens.

mod events;
mod shared;
mod test_hooks;

use super::{use_scene, StateProps};
use crate::camera::Camera;
use crate::render::map_renderer::MapRenderer;
use crate::scene::Scene;
use crate::state::{Action, MapMode, State};
use crate::text;
use atlas_core::model::Level;
use events::Handlers;
pub use shared::MapShared;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement};
use yew::prelude::*;

#[function_component(MapView)]
pub fn map_view(props: &StateProps) -> Html {
    let state = props.state.clone();
    let base_ref = use_node_ref();
    let overlay_ref = use_node_ref();
    let container_ref = use_node_ref();
    let tooltip_ref = use_node_ref();
    let shared = use_mut_ref(MapShared::default);

    let scene = use_scene(&state);

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
    let (level, _) = state.map_scope();
    let gap = (area.level < level && area.level > Level::Gemeente && state.mode != MapMode::Typology)
        .then(|| text::gap_hover(level));
    html! {
        <>
            <strong>{ &area.name }</strong>
            if let Some(gap) = gap { <span class="tooltip-gap">{ gap }</span> }
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
        // A drag, pinch or wheel zoom in progress owns the live camera until it settles (data
        // arriving meanwhile must not snap the view back).
        if shared.pointers.is_empty() && !shared.zooming {
            shared.live = camera;
        }
        let camera = shared.live.or(camera);
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
