//! The named thresholds of the rules: defaults that follow the report, units, safe ranges.
//! `docs/typology.md` justifies each default.

/// What a threshold measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A share of residents, stored as 0..1 and shown as a percentage.
    Share,
    Residents,
    Metres,
    /// A plain number (a ratio or an index).
    Number,
}

macro_rules! thresholds {
    ($( $key:ident, $url:literal, $unit:ident, $default:expr, $min:expr, $max:expr, $step:expr, $label:literal; )*) => {
        /// Every threshold of the rules.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ThresholdKey { $( $key ),* }

        impl ThresholdKey {
            pub const ALL: &'static [ThresholdKey] = &[ $( ThresholdKey::$key ),* ];

            /// Its unit, default, bounds, step and label.
            pub fn spec(self) -> ThresholdSpec {
                match self {
                    $( ThresholdKey::$key => ThresholdSpec {
                        key: self, url_key: $url, unit: Unit::$unit, default: $default,
                        min: $min, max: $max, step: $step, label: $label,
                    } ),*
                }
            }
        }
    };
}

thresholds! {
    MajorityMinorityMaxDutch, "mmc-dutch", Share, 0.50, 0.30, 0.70, 0.01, "Meerderheid-minderheid: aandeel Nederlandse achtergrond onder";
    MajorityMinorityMinResidents, "mmc-residents", Residents, 100_000.0, 20_000.0, 500_000.0, 5_000.0, "Meerderheid-minderheid: grote stad vanaf (inwoners)";
    HomogeneousMinDutch, "homogeneous-dutch", Share, 0.90, 0.70, 0.99, 0.01, "Homogeen: aandeel Nederlandse achtergrond boven";
    BorderMaxDistance, "border-distance", Metres, 1_000.0, 0.0, 10_000.0, 100.0, "Ligt aan de landsgrens: afstand tot de grens hoogstens (m)";
    BorderMinWestern, "border-western", Share, 0.15, 0.05, 0.50, 0.01, "Grens (benadering): aandeel westerse migratieachtergrond vanaf";
    BorderMinWesternOfMigration, "border-western-of-migration", Share, 0.60, 0.30, 0.95, 0.01, "Grens (benadering): westers deel van alle migratieachtergrond vanaf";
    BorderMinNeighbourCountry, "border-neighbour", Share, 0.05, 0.01, 0.40, 0.01, "Grens: aandeel Duitse of Belgische herkomst vanaf";
    ExpatMinWestern, "expat-western", Share, 0.15, 0.05, 0.50, 0.01, "Expat (benadering): aandeel westerse migratieachtergrond vanaf";
    ExpatMinOtherNonWestern, "expat-other", Share, 0.10, 0.02, 0.40, 0.01, "Expat (benadering): aandeel overig niet-westers vanaf";
    ExpatMinExpat, "expat-share", Share, 0.05, 0.01, 0.40, 0.01, "Expat: aandeel Angelsaksische en andere expatherkomst vanaf";
    ExpatMaxClassic, "expat-classic", Share, 0.10, 0.02, 0.30, 0.01, "Expat: aandeel Turks, Marokkaans, Surinaams, Antilliaans hoogstens";
    HorticultureMinWestern, "horticulture-western", Share, 0.08, 0.03, 0.30, 0.01, "Tuinbouw (benadering): aandeel westerse migratieachtergrond vanaf";
    HorticultureMinWesternToNonWestern, "horticulture-ratio", Number, 1.2, 0.5, 5.0, 0.1, "Tuinbouw (benadering): westers gedeeld door niet-westers vanaf";
    HorticultureMaxClassic, "horticulture-classic", Share, 0.05, 0.01, 0.20, 0.01, "Tuinbouw: aandeel Turks, Marokkaans, Surinaams, Antilliaans hoogstens";
    HorticultureMinEasternEuropean, "horticulture-eastern", Share, 0.03, 0.005, 0.20, 0.005, "Tuinbouw: aandeel Poolse, Bulgaarse of Roemeense herkomst vanaf";
    SuburbMinIndex, "suburb-index", Share, 0.50, 0.30, 0.80, 0.01, "Voorstad: diversiteitsindex vanaf";
    ProvincialMinResidents, "provincial-residents", Residents, 100_000.0, 50_000.0, 300_000.0, 5_000.0, "Grote provinciestad: inwoners vanaf";
    ProvincialMinIndex, "provincial-index", Share, 0.45, 0.30, 0.80, 0.01, "Grote provinciestad: diversiteitsindex vanaf";
    MinorityMinResidents, "minority-min-residents", Residents, 20_000.0, 5_000.0, 100_000.0, 1_000.0, "Eén grote minderheid: middelgrote stad vanaf (inwoners)";
    MinorityMaxResidents, "minority-max-residents", Residents, 150_000.0, 50_000.0, 500_000.0, 5_000.0, "Eén grote minderheid: middelgrote stad tot (inwoners)";
    MinorityMinShare, "minority-share", Share, 0.05, 0.02, 0.20, 0.005, "Eén grote minderheid: aandeel van de grootste groep vanaf";
    MinorityMinOfNonWestern, "minority-of-non-western", Share, 0.40, 0.20, 0.90, 0.01, "Eén grote minderheid: deel van alle niet-westerse herkomst vanaf";
    MinorityMinLead, "minority-lead", Number, 2.0, 1.0, 5.0, 0.1, "Eén grote minderheid: keer zo groot als de tweede groep vanaf";
}

/// A threshold's description.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ThresholdSpec {
    pub key: ThresholdKey,
    pub url_key: &'static str,
    pub unit: Unit,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub label: &'static str,
}

/// A value for every threshold, always within its bounds.
#[derive(Clone, Debug, PartialEq)]
pub struct Thresholds(Vec<f64>);

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds(ThresholdKey::ALL.iter().map(|k| k.spec().default).collect())
    }
}

impl Thresholds {
    pub fn get(&self, key: ThresholdKey) -> f64 {
        self.0[key as usize]
    }

    /// Sets a threshold, clamped into its bounds.
    pub fn set(&mut self, key: ThresholdKey, value: f64) {
        let spec = key.spec();
        if value.is_finite() {
            self.0[key as usize] = value.clamp(spec.min, spec.max);
        }
    }

    /// The thresholds that differ from their defaults.
    pub fn changed(&self) -> Vec<(ThresholdKey, f64)> {
        ThresholdKey::ALL.iter().map(|&k| (k, self.get(k))).filter(|(k, v)| *v != k.spec().default).collect()
    }

    pub fn from_url_key(url_key: &str) -> Option<ThresholdKey> {
        ThresholdKey::ALL.iter().copied().find(|k| k.spec().url_key == url_key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_lie_within_bounds_and_setting_clamps() {
        for &key in ThresholdKey::ALL {
            let spec = key.spec();
            assert!(spec.min <= spec.default && spec.default <= spec.max, "{key:?}");
            assert_eq!(Thresholds::from_url_key(spec.url_key), Some(key));
        }
        let mut t = Thresholds::default();
        t.set(ThresholdKey::HomogeneousMinDutch, 2.0);
        assert_eq!(t.get(ThresholdKey::HomogeneousMinDutch), 0.99);
        assert_eq!(t.changed(), vec![(ThresholdKey::HomogeneousMinDutch, 0.99)]);
    }
}
