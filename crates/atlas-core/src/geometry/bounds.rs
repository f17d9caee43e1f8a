//! Axis-aligned bounds of projected geometry.

use serde::{Deserialize, Serialize};

/// A box in projected metres; empty until a point is added.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    pub min: [f64; 2],
    pub max: [f64; 2],
}

impl Bounds {
    pub const EMPTY: Bounds = Bounds { min: [f64::INFINITY; 2], max: [f64::NEG_INFINITY; 2] };

    pub fn is_empty(&self) -> bool {
        self.min[0] > self.max[0]
    }

    pub fn add(&mut self, [x, y]: [f64; 2]) {
        self.min = [self.min[0].min(x), self.min[1].min(y)];
        self.max = [self.max[0].max(x), self.max[1].max(y)];
    }

    pub fn union(&self, other: &Bounds) -> Bounds {
        let mut out = *self;
        if !other.is_empty() {
            out.add(other.min);
            out.add(other.max);
        }
        out
    }

    pub fn contains(&self, [x, y]: [f64; 2]) -> bool {
        x >= self.min[0] && x <= self.max[0] && y >= self.min[1] && y <= self.max[1]
    }

    pub fn width(&self) -> f64 {
        self.max[0] - self.min[0]
    }

    pub fn height(&self) -> f64 {
        self.max[1] - self.min[1]
    }

    pub fn centre(&self) -> [f64; 2] {
        [(self.min[0] + self.max[0]) / 2.0, (self.min[1] + self.max[1]) / 2.0]
    }
}
