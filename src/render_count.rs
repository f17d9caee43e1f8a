//! Counting renders, so a test can check what an event re-renders (read through the test
//! hooks; a counter costs one map update per render).

use std::cell::RefCell;
use std::collections::BTreeMap;

thread_local! {
    static RENDERS: RefCell<BTreeMap<&'static str, u32>> = const { RefCell::new(BTreeMap::new()) };
}

/// Counts one render of something named (a component, or the map's full canvas render).
pub fn count_render(what: &'static str) {
    RENDERS.with_borrow_mut(|renders| *renders.entry(what).or_default() += 1);
}

/// The render counts so far, by name.
pub fn render_counts() -> Vec<(&'static str, u32)> {
    RENDERS.with_borrow(|renders| renders.iter().map(|(&name, &n)| (name, n)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_per_name() {
        let before = |name| render_counts().into_iter().find(|(n, _)| *n == name).map_or(0, |(_, c)| c);
        let (a, b) = (before("count-test-a"), before("count-test-b"));
        count_render("count-test-a");
        count_render("count-test-a");
        count_render("count-test-b");
        assert_eq!((before("count-test-a"), before("count-test-b")), (a + 2, b + 1));
    }
}
