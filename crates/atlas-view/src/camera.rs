//! The map camera: which projected point sits at the canvas centre, at how many metres a pixel.

use atlas_core::geometry::Bounds;

/// A view of the projected plane. Screen y grows downwards, projected y upwards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub centre: [f64; 2],
    pub metres_per_pixel: f64,
}

/// Closest and farthest zoom: 1 m a pixel to 5 km a pixel.
pub const MIN_METRES_PER_PIXEL: f64 = 1.0;
pub const MAX_METRES_PER_PIXEL: f64 = 5000.0;

impl Camera {
    /// Fits bounds into a viewport of `size` CSS pixels, right of a band of `left` pixels (kept
    /// free for the legend), with a margin of `padding` pixels all round.
    pub fn fit(bounds: &Bounds, size: [f64; 2], padding: f64, left: f64) -> Camera {
        let usable = [(size[0] - 2.0 * padding - left).max(1.0), (size[1] - 2.0 * padding).max(1.0)];
        let mpp = (bounds.width() / usable[0]).max(bounds.height() / usable[1]);
        let mpp = mpp.clamp(MIN_METRES_PER_PIXEL, MAX_METRES_PER_PIXEL);
        let [cx, cy] = bounds.centre();
        // The bounds' centre sits in the middle of the usable part: left of it by half the band.
        Camera { centre: [cx - left / 2.0 * mpp, cy], metres_per_pixel: mpp }
    }

    /// The projected point under a screen point (CSS pixels from the viewport's top left).
    pub fn to_world(self, [sx, sy]: [f64; 2], size: [f64; 2]) -> [f64; 2] {
        [
            self.centre[0] + (sx - size[0] / 2.0) * self.metres_per_pixel,
            self.centre[1] - (sy - size[1] / 2.0) * self.metres_per_pixel,
        ]
    }

    /// The screen point of a projected point.
    pub fn to_screen(self, [wx, wy]: [f64; 2], size: [f64; 2]) -> [f64; 2] {
        [
            size[0] / 2.0 + (wx - self.centre[0]) / self.metres_per_pixel,
            size[1] / 2.0 - (wy - self.centre[1]) / self.metres_per_pixel,
        ]
    }

    /// Moves the view by a drag of `delta` screen pixels.
    pub fn panned(self, delta: [f64; 2]) -> Camera {
        Camera {
            centre: [
                self.centre[0] - delta[0] * self.metres_per_pixel,
                self.centre[1] + delta[1] * self.metres_per_pixel,
            ],
            ..self
        }
    }

    /// Zooms by `factor` (>1 zooms in) keeping the world point under `anchor` in place.
    pub fn zoomed(self, factor: f64, anchor: [f64; 2], size: [f64; 2]) -> Camera {
        let mpp = (self.metres_per_pixel / factor).clamp(MIN_METRES_PER_PIXEL, MAX_METRES_PER_PIXEL);
        let before = self.to_world(anchor, size);
        let scaled = Camera { metres_per_pixel: mpp, ..self };
        let after = scaled.to_world(anchor, size);
        Camera {
            centre: [self.centre[0] + before[0] - after[0], self.centre[1] + before[1] - after[1]],
            metres_per_pixel: mpp,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: [f64; 2] = [800.0, 600.0];

    #[test]
    fn screen_and_world_invert_each_other() {
        let camera = Camera { centre: [1000.0, 2000.0], metres_per_pixel: 10.0 };
        let world = camera.to_world([100.0, 50.0], SIZE);
        assert_eq!(world, [1000.0 - 3000.0, 2000.0 + 2500.0]);
        assert_eq!(camera.to_screen(world, SIZE), [100.0, 50.0]);
    }

    #[test]
    fn fit_shows_the_whole_box() {
        let bounds = Bounds { min: [0.0, 0.0], max: [16000.0, 6000.0] };
        let camera = Camera::fit(&bounds, SIZE, 0.0, 0.0);
        // Beside a band kept free for the legend, the bounds start right of it.
        let beside = Camera::fit(&bounds, SIZE, 0.0, 200.0);
        let left_edge = beside.to_screen(bounds.min, SIZE)[0];
        let right_edge = beside.to_screen(bounds.max, SIZE)[0];
        assert!((left_edge - 200.0).abs() < 1e-6, "the bounds start right of the band: {left_edge}");
        assert!((right_edge - 800.0).abs() < 1e-6, "and reach the right edge: {right_edge}");
        assert_eq!(camera.metres_per_pixel, 20.0);
        assert_eq!(camera.to_screen([0.0, 0.0], SIZE), [0.0, 450.0]);
    }

    #[test]
    fn zoom_keeps_the_anchor_and_pan_follows_the_pointer() {
        let camera = Camera { centre: [0.0, 0.0], metres_per_pixel: 100.0 };
        let anchor = [600.0, 100.0];
        let before = camera.to_world(anchor, SIZE);
        let zoomed = camera.zoomed(2.0, anchor, SIZE);
        assert_eq!(zoomed.metres_per_pixel, 50.0);
        let after = zoomed.to_world(anchor, SIZE);
        assert!((before[0] - after[0]).abs() < 1e-9 && (before[1] - after[1]).abs() < 1e-9);
        let moved = camera.panned([10.0, 5.0]);
        assert_eq!(moved.to_screen(camera.to_world([400.0, 300.0], SIZE), SIZE), [410.0, 305.0]);
        assert_eq!(camera.zoomed(1e9, anchor, SIZE).metres_per_pixel, MIN_METRES_PER_PIXEL);
    }
}
