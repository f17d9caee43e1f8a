//! The map by keyboard: arrows move a focus between bordering areas (Shift+arrows pan), Enter
//! or Space opens the focused area, Escape goes a level up, + and − zoom. The focused area is
//! outlined like a hovered one and announced in the map's live region.

use super::events::zoom_live;
use super::shared::MapShared;
use crate::area_steps::AreaSteps;
use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::state::Action;
use atlas_core::geometry::Direction;
use atlas_core::model::AreaId;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Pixels a pan by Shift+arrow moves the map.
const PAN_STEP: f64 = 80.0;
/// A focused area whose point comes closer to the map's edge than this is brought into view.
const EDGE_MARGIN: f64 = 40.0;

/// What the key handler reads of the view as rendered, and what it changes.
pub(super) struct KeyTargets {
    pub(super) shared: Rc<RefCell<MapShared>>,
    /// The data on the map (`None` until it is there).
    pub(super) atlas: Option<Rc<Atlas>>,
    /// The area open in the place: Escape goes up from it and focuses it.
    pub(super) within: Option<AreaId>,
    /// The selected area: the first arrow starts there.
    pub(super) selected: Option<AreaId>,
    /// Opens areas, goes up and moves the camera in the state.
    pub(super) dispatch: Callback<Action>,
    /// The area the keys have focused (also drawn as hovered).
    pub(super) focus: UseStateHandle<Option<AreaId>>,
    pub(super) on_hover: Callback<Option<AreaId>>,
    /// What the live region says besides the focused area (nothing that way, an area opened).
    pub(super) notice: UseStateHandle<Option<String>>,
}

impl KeyTargets {
    pub(super) fn handle(&self, event: &KeyboardEvent) {
        if event.alt_key() || event.ctrl_key() || event.meta_key() {
            return;
        }
        let key = event.key();
        if let Some(direction) = direction_of(&key) {
            event.prevent_default();
            if event.shift_key() {
                self.pan(direction);
            } else {
                self.step(direction);
            }
            return;
        }
        match key.as_str() {
            "+" | "=" => zoom_live(&self.shared, &self.dispatch, 1.5, None),
            "-" | "_" => zoom_live(&self.shared, &self.dispatch, 1.0 / 1.5, None),
            "Enter" | " " => {
                if let Some(id) = *self.focus {
                    event.prevent_default();
                    self.notice.set(self.opened(id));
                    self.dispatch.emit(Action::Open(id));
                    self.set_focus(None);
                }
            }
            "Escape" => {
                event.prevent_default();
                let came_from = self.within;
                self.dispatch.emit(Action::Up);
                self.set_focus(came_from);
            }
            _ => {}
        }
    }

    fn set_focus(&self, id: Option<AreaId>) {
        self.focus.set(id);
        self.on_hover.emit(id);
        if id.is_some() {
            self.notice.set(None);
        }
    }

    /// What opening an area shows, said.
    fn opened(&self, id: AreaId) -> Option<String> {
        let atlas = self.atlas.as_ref()?;
        let area = atlas.table().area(id);
        let parts = area
            .level
            .child()
            .filter(|_| atlas.children_have_rows(id))
            .map(|child| (atlas.areas_in(child, Some(id)).len(), child));
        Some(crate::text::opened_area(&area.name, parts))
    }

    /// The first arrow focuses the area nearest the middle of the view; the next ones step.
    fn step(&self, direction: Direction) {
        let Some(steps) = self.steps() else { return };
        let (camera, size) = {
            let shared = self.shared.borrow();
            (shared.live, shared.renderer.as_ref().map_or([0.0; 2], |r| r.size))
        };
        let Some(camera) = camera else { return };
        let next = match *self.focus {
            Some(id) if steps.contains(id) => match steps.step(id, direction) {
                Some(next) => Some(next),
                None => {
                    self.notice.set(Some(crate::text::nothing_that_way(direction)));
                    return;
                }
            },
            // The first arrow starts at the selected area, else at the middle of the view.
            _ => self
                .selected
                .filter(|&id| steps.contains(id))
                .or_else(|| steps.nearest(camera.to_world([size[0] / 2.0, size[1] / 2.0], size))),
        };
        let Some(next) = next else { return };
        if let Some(point) = steps.point(next) {
            self.keep_in_view(camera, point, size);
        }
        self.set_focus(Some(next));
    }

    /// Centres the view on a point that lies outside it (or too near its edge).
    fn keep_in_view(&self, camera: Camera, point: [f64; 2], size: [f64; 2]) {
        let [x, y] = camera.to_screen(point, size);
        let inside = |v: f64, extent: f64| v >= EDGE_MARGIN && v <= extent - EDGE_MARGIN;
        if inside(x, size[0]) && inside(y, size[1]) {
            return;
        }
        let centred = Camera { centre: point, ..camera };
        self.shared.borrow_mut().live = Some(centred);
        self.dispatch.emit(Action::SetCamera(centred));
    }

    fn pan(&self, direction: Direction) {
        let delta = match direction {
            Direction::Left => [PAN_STEP, 0.0],
            Direction::Right => [-PAN_STEP, 0.0],
            Direction::Up => [0.0, PAN_STEP],
            Direction::Down => [0.0, -PAN_STEP],
        };
        let live = self.shared.borrow().live;
        if let Some(camera) = live {
            let camera = camera.panned(delta);
            self.shared.borrow_mut().live = Some(camera);
            self.dispatch.emit(Action::SetCamera(camera));
        }
    }

    /// The steps of the scene drawn, computed on the first key press per scene.
    fn steps(&self) -> Option<Rc<AreaSteps>> {
        let mut shared = self.shared.borrow_mut();
        let (atlas, scene) = shared.renderer.as_ref()?.drawn()?;
        let (atlas, scene) = (atlas.clone(), scene.clone());
        match &shared.steps {
            Some((for_scene, steps)) if Rc::ptr_eq(for_scene, &scene) => Some(steps.clone()),
            _ => {
                let steps = Rc::new(AreaSteps::of(&atlas, &scene));
                shared.steps = Some((scene, steps.clone()));
                Some(steps)
            }
        }
    }
}

fn direction_of(key: &str) -> Option<Direction> {
    match key {
        "ArrowLeft" => Some(Direction::Left),
        "ArrowRight" => Some(Direction::Right),
        "ArrowUp" => Some(Direction::Up),
        "ArrowDown" => Some(Direction::Down),
        _ => None,
    }
}
