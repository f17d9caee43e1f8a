//! The map's event handlers: pointer drag and click, pinch, wheel and keys become camera moves,
//! hovers and opens. The live camera moves at once; the state gets it when the view settles.

use super::shared::{local_point, MapShared, Press, CLICK_SLOP, SETTLE_MS};
use crate::state::Action;
use atlas_core::model::AreaId;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, PointerEvent, WheelEvent};
use yew::prelude::*;

/// Builds the event callbacks.
pub(super) struct Handlers {
    pub(super) shared: Rc<RefCell<MapShared>>,
    /// Sends the settled camera and the area clicked to the state.
    pub(super) dispatch: Callback<Action>,
    pub(super) hovered: Option<AreaId>,
    pub(super) on_hover: Callback<Option<AreaId>>,
    pub(super) tooltip: NodeRef,
    /// The area the keys have focused: a pointer moving over the map takes over from it.
    pub(super) key_focus: UseStateHandle<Option<AreaId>>,
}

impl Handlers {
    pub(super) fn on_down(&self) -> Callback<PointerEvent> {
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

    pub(super) fn on_move(&self) -> Callback<PointerEvent> {
        let (shared, tooltip, hovered, on_hover) =
            (self.shared.clone(), self.tooltip.clone(), self.hovered, self.on_hover.clone());
        let key_focus = self.key_focus.clone();
        Callback::from(move |event: PointerEvent| {
            if key_focus.is_some() {
                key_focus.set(None);
            }
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
            s.pointer_hit = hit;
            drop(s);
            place_tooltip(&tooltip, point);
            if hit != hovered {
                on_hover.emit(hit);
            }
        })
    }

    pub(super) fn on_up(&self) -> Callback<PointerEvent> {
        let (shared, dispatch) = (self.shared.clone(), self.dispatch.clone());
        Callback::from(move |event: PointerEvent| {
            let mut s = shared.borrow_mut();
            s.pointers.remove(&event.pointer_id());
            if s.pinch.take().is_some() {
                s.press = None;
                let live = s.live;
                drop(s);
                if let Some(camera) = live {
                    dispatch.emit(Action::SetCamera(camera));
                }
                return;
            }
            let Some(press) = s.press.take() else { return };
            let (live, hit) = (s.live, s.hit(local_point(&event)));
            drop(s);
            match (press.moved, live, hit) {
                (true, Some(camera), _) => dispatch.emit(Action::SetCamera(camera)),
                (false, _, Some(id)) => dispatch.emit(Action::Open(id)),
                _ => {}
            }
        })
    }

    pub(super) fn on_cancel(&self) -> Callback<PointerEvent> {
        let shared = self.shared.clone();
        Callback::from(move |event: PointerEvent| {
            let mut s = shared.borrow_mut();
            s.pointers.remove(&event.pointer_id());
            s.press = None;
            s.pinch = None;
        })
    }

    pub(super) fn on_leave(&self) -> Callback<PointerEvent> {
        let (hovered, on_hover, shared) = (self.hovered, self.on_hover.clone(), self.shared.clone());
        Callback::from(move |_| {
            shared.borrow_mut().pointer_hit = None;
            if hovered.is_some() {
                on_hover.emit(None);
            }
        })
    }

    pub(super) fn on_wheel(&self) -> Callback<WheelEvent> {
        let (shared, dispatch) = (self.shared.clone(), self.dispatch.clone());
        Callback::from(move |event: WheelEvent| {
            event.prevent_default();
            let factor = (-event.delta_y() * 0.002).exp().clamp(0.5, 2.0);
            zoom_live(&shared, &dispatch, factor, Some(local_point(&event)));
        })
    }
}

/// Zooms the live view at once and commits the camera when the wheel rests.
pub(super) fn zoom_live(
    shared: &Rc<RefCell<MapShared>>,
    dispatch: &Callback<Action>,
    factor: f64,
    anchor: Option<[f64; 2]>,
) {
    let mut s = shared.borrow_mut();
    let (Some(camera), Some(size)) = (s.live, s.renderer.as_ref().map(|r| r.size)) else {
        return;
    };
    let anchor = anchor.unwrap_or([size[0] / 2.0, size[1] / 2.0]);
    s.live = Some(camera.zoomed(factor, anchor, size));
    s.zooming = true;
    s.redraw_live();
    let (shared_for_timer, dispatch) = (shared.clone(), dispatch.clone());
    s.settle = Some(Timeout::new(SETTLE_MS, move || {
        let live = {
            let mut shared = shared_for_timer.borrow_mut();
            shared.zooming = false;
            shared.live
        };
        if let Some(camera) = live {
            dispatch.emit(Action::SetCamera(camera));
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

/// Puts the tooltip beside a point of the map, kept inside the map (flipped to the left of or
/// above the point where it would run over the edge).
pub(super) fn place_tooltip(tooltip: &NodeRef, [x, y]: [f64; 2]) {
    const GAP: f64 = 14.0;
    let Some(element) = tooltip.cast::<HtmlElement>() else { return };
    let (width, height) = (f64::from(element.offset_width()), f64::from(element.offset_height()));
    let map = element.parent_element().map(|p| p.get_bounding_client_rect());
    let (map_width, map_height) = map.map_or((f64::MAX, f64::MAX), |r| (r.width(), r.height()));
    let along = |at: f64, size: f64, room: f64| {
        let after = at + GAP;
        let placed = if after + size > room { at - GAP - size } else { after };
        placed.min(room - size).max(0.0)
    };
    let style = element.style();
    style.set_property("left", &format!("{}px", along(x, width, map_width))).ok();
    style.set_property("top", &format!("{}px", along(y, height, map_height))).ok();
}
