//! Where area names go on the map: candidates in order of importance, each placed centred on
//! its anchor only if it fits its area and overlaps no label placed before it.

/// A name that could be drawn, in screen pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub text: String,
    /// A point inside the area.
    pub anchor: [f64; 2],
    /// The area's width and height on screen; the name must fit inside.
    pub room: [f64; 2],
    /// Bigger goes first (e.g. residents).
    pub priority: u32,
}

/// A name placed: its text and its box (left, top, width, height).
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub text: String,
    pub centre: [f64; 2],
    pub rect: [f64; 4],
}

/// Places names without collisions inside a viewport of `size`, measuring text with
/// `text_width`; `line` is the text height. Labels keep `gap` pixels apart.
pub fn place_labels(
    mut candidates: Vec<Candidate>,
    text_width: impl Fn(&str) -> f64,
    line: f64,
    size: [f64; 2],
    gap: f64,
) -> Vec<Placed> {
    candidates.sort_by(|a, b| b.priority.cmp(&a.priority).then_with(|| a.text.cmp(&b.text)));
    let mut placed: Vec<Placed> = Vec::new();
    for c in candidates {
        let width = text_width(&c.text);
        if width > c.room[0] * 0.9 || line > c.room[1] * 0.6 {
            continue;
        }
        let rect = [c.anchor[0] - width / 2.0, c.anchor[1] - line / 2.0, width, line];
        let inside = rect[0] >= 0.0 && rect[1] >= 0.0 && rect[0] + width <= size[0] && rect[1] + line <= size[1];
        if inside && !placed.iter().any(|p| overlaps(&p.rect, &rect, gap)) {
            placed.push(Placed { text: c.text, centre: c.anchor, rect });
        }
    }
    placed
}

fn overlaps(a: &[f64; 4], b: &[f64; 4], gap: f64) -> bool {
    a[0] < b[0] + b[2] + gap && b[0] < a[0] + a[2] + gap && a[1] < b[1] + b[3] + gap && b[1] < a[1] + a[3] + gap
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(text: &str, anchor: [f64; 2], room: [f64; 2], priority: u32) -> Candidate {
        Candidate { text: text.into(), anchor, room, priority }
    }

    /// Every letter 6 px wide.
    fn width(text: &str) -> f64 {
        6.0 * text.chars().count() as f64
    }

    #[test]
    fn bigger_areas_win_collisions_and_no_two_labels_overlap() {
        let candidates = vec![
            candidate("Klein", [105.0, 50.0], [80.0, 40.0], 10),
            candidate("Groot", [100.0, 52.0], [200.0, 100.0], 1000),
            candidate("Ver", [300.0, 50.0], [60.0, 40.0], 5),
        ];
        let placed = place_labels(candidates, width, 12.0, [400.0, 200.0], 2.0);
        let names: Vec<&str> = placed.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(names, vec!["Groot", "Ver"]);
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(!overlaps(&a.rect, &b.rect, 0.0), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn names_that_do_not_fit_their_area_or_the_view_are_left_out() {
        let candidates = vec![
            candidate("Schildersbuurt", [100.0, 50.0], [40.0, 40.0], 9),
            candidate("Rand", [2.0, 50.0], [100.0, 40.0], 8),
            candidate("Past", [200.0, 50.0], [100.0, 40.0], 7),
        ];
        let placed = place_labels(candidates, width, 12.0, [400.0, 200.0], 2.0);
        assert_eq!(placed.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), vec!["Past"]);
        assert_eq!(placed[0].rect, [188.0, 44.0, 24.0, 12.0]);
    }
}
