//! The disclosure threshold: areas with fewer residents are never coloured or ranked.
//!
//! A share computed from a handful of people says more about those people than about the area,
//! and CBS already rounds wijk and buurt counts to multiples of 5, so the smallest areas carry
//! mostly rounding noise. The default of 50 residents follows the example of the domain notes;
//! users may raise it (to compare only larger areas) but never lower it below [`MIN_THRESHOLD`].

/// The lowest threshold anyone may choose.
pub const MIN_THRESHOLD: u32 = 50;
/// The threshold the app starts with.
pub const DEFAULT_THRESHOLD: u32 = 50;
/// The highest threshold offered (a larger one hides nearly all buurten).
pub const MAX_THRESHOLD: u32 = 5000;

/// A threshold of residents, always within [`MIN_THRESHOLD`]..=[`MAX_THRESHOLD`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisclosureThreshold(u32);

impl DisclosureThreshold {
    /// Clamps any requested value into the safe bounds.
    pub fn new(residents: u32) -> DisclosureThreshold {
        DisclosureThreshold(residents.clamp(MIN_THRESHOLD, MAX_THRESHOLD))
    }

    pub fn residents(self) -> u32 {
        self.0
    }

    /// Whether an area with this many residents may be shown.
    pub fn allows(self, residents: u32) -> bool {
        residents >= self.0
    }
}

impl Default for DisclosureThreshold {
    fn default() -> Self {
        DisclosureThreshold(DEFAULT_THRESHOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_below_the_safe_minimum() {
        assert_eq!(DisclosureThreshold::new(0).residents(), MIN_THRESHOLD);
        assert_eq!(DisclosureThreshold::new(1_000_000).residents(), MAX_THRESHOLD);
        let t = DisclosureThreshold::new(100);
        assert!(t.allows(100) && !t.allows(99));
    }
}
