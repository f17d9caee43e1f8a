//! `window.__atlas`: read-only hooks for end-to-end tests and benchmarks, installed only in a
//! browser driven by automation (`navigator.webdriver`), never for people.
//!
//! `screenPoint(code)` gives a CSS-pixel point (relative to the viewport) inside an area as
//! drawn, so a test can move a real pointer there; `benchHitTest(n)` times n hit-tests at
//! random points of the view; `benchClassify(n)` times n re-classifications of all gemeenten
//! (after the one-off geography); `renderCounts()` says how often the map view, the ranking
//! and the full canvas render have run. None changes any state.

use super::MapShared;
use crate::typology_view::TypologyResult;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

pub fn install(shared: Rc<RefCell<MapShared>>) {
    let Some(window) = web_sys::window().filter(driven_by_automation) else {
        return;
    };
    let hooks = js_sys::Object::new();
    let for_point = shared.clone();
    let screen_point =
        Closure::<dyn Fn(String) -> JsValue>::new(move |code: String| screen_point(&for_point.borrow(), &code));
    let for_classify = shared.clone();
    let bench = Closure::<dyn Fn(u32) -> f64>::new(move |n: u32| bench_hit_test(&shared.borrow(), n));
    let classify = Closure::<dyn Fn(u32) -> f64>::new(move |n: u32| bench_classify(&for_classify.borrow(), n));
    js_sys::Reflect::set(&hooks, &"screenPoint".into(), screen_point.as_ref()).ok();
    js_sys::Reflect::set(&hooks, &"benchHitTest".into(), bench.as_ref()).ok();
    js_sys::Reflect::set(&hooks, &"benchClassify".into(), classify.as_ref()).ok();
    let counts = Closure::<dyn Fn() -> JsValue>::new(render_counts);
    js_sys::Reflect::set(&hooks, &"renderCounts".into(), counts.as_ref()).ok();
    js_sys::Reflect::set(&window, &"__atlas".into(), &hooks).ok();
    counts.forget();
    screen_point.forget();
    bench.forget();
    classify.forget();
}

/// How often each counted thing has rendered, as `{ map: n, ranking: n, canvas: n }`.
fn render_counts() -> JsValue {
    let counts = js_sys::Object::new();
    for (name, n) in crate::render_count::render_counts() {
        js_sys::Reflect::set(&counts, &name.into(), &n.into()).ok();
    }
    counts.into()
}

/// Whether the browser says it is driven by automation (WebDriver, DevTools protocol).
fn driven_by_automation(window: &web_sys::Window) -> bool {
    js_sys::Reflect::get(&window.navigator(), &"webdriver".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

fn screen_point(shared: &MapShared, code: &str) -> JsValue {
    let found = (|| {
        let renderer = shared.renderer.as_ref()?;
        let (atlas, _) = renderer.drawn()?;
        let id = atlas.table().find_str(code)?;
        let world = atlas.inside_point(id)?;
        let [x, y] = shared.live?.to_screen(world, renderer.size);
        let canvas = web_sys::window()?.document()?.query_selector(".map-overlay").ok()??;
        let rect = canvas.get_bounding_client_rect();
        Some([rect.left() + x, rect.top() + y])
    })();
    match found {
        Some([x, y]) => js_sys::Array::of2(&x.into(), &y.into()).into(),
        None => JsValue::NULL,
    }
}

fn bench_hit_test(shared: &MapShared, n: u32) -> f64 {
    let Some(renderer) = shared.renderer.as_ref() else {
        return f64::NAN;
    };
    let [w, h] = renderer.size;
    let performance = web_sys::window().and_then(|w| w.performance()).expect("performance");
    let mut seed = 0x2545_f491_u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        f64::from(seed) / f64::from(u32::MAX)
    };
    let start = performance.now();
    let mut hits = 0u32;
    for _ in 0..n {
        hits += u32::from(shared.hit([next() * w, next() * h]).is_some());
    }
    let elapsed = performance.now() - start;
    std::hint::black_box(hits);
    elapsed / f64::from(n.max(1))
}

fn bench_classify(shared: &MapShared, n: u32) -> f64 {
    let Some((atlas, _)) = shared.renderer.as_ref().and_then(|r| r.drawn()) else { return f64::NAN };
    let performance = web_sys::window().and_then(|w| w.performance()).expect("performance");
    let thresholds = atlas_core::typology::Thresholds::default();
    std::hint::black_box(TypologyResult::compute(atlas, &thresholds));
    let start = performance.now();
    for _ in 0..n {
        std::hint::black_box(TypologyResult::compute(atlas, &thresholds));
    }
    (performance.now() - start) / f64::from(n.max(1))
}
