//! The words for the core's typology and lenses in the UI's language: types, facts, rule
//! criteria with their figures, thresholds, approximation notes (the core keeps Dutch ones
//! for the command line).

use super::lang::{lang, pick, Lang};
use super::{notation_decimal, thousands};
use atlas_core::model::Lens;
use atlas_core::typology::{CriterionResult, Fact, MunicipalityType, ThresholdKey, Unit};

/// A lens's name.
pub fn lens_label(lens: Lens) -> &'static str {
    pick(
        lens.label(),
        match lens {
            Lens::WesternSplit => "Western / non-Western",
            Lens::Classic => "classic groups",
            Lens::All => "all groups of the table",
        },
    )
}

/// A municipality type's name.
pub fn type_label(kind: MunicipalityType) -> &'static str {
    use MunicipalityType::*;
    pick(
        kind.label(),
        match kind {
            MajorityMinorityCity => "majority-minority city",
            Suburb => "suburb",
            LargeProvincialCity => "large provincial city",
            SingleLargeMinority => "mid-sized city with one large minority",
            Expat => "expat municipality",
            Horticulture => "horticultural municipality",
            Border => "border municipality",
            Homogeneous => "homogeneous",
            Average => "average municipality",
        },
    )
}

/// A fact a rule tests, in words.
pub fn fact_label(fact: Fact) -> &'static str {
    use Fact::*;
    pick(
        fact.label(),
        match fact {
            Residents => "residents",
            DutchShare => "share with a Dutch background",
            DiversityIndex => "diversity index",
            WesternShare => "share with a Western migration background",
            WesternOfMigration => "Western part of all migration background",
            WesternToNonWestern => "Western divided by non-Western",
            ClassicShare => "share of Turkish, Moroccan, Surinamese and Antillean origin",
            OtherNonWesternShare => "share of other non-Western origin",
            LargestMinorityShare => "share of the largest non-Western group",
            LargestMinorityOfNonWestern => "largest group as part of all non-Western origin",
            LargestMinorityLead => "largest group divided by the second",
            EasternEuropeanShare => "share of Polish, Bulgarian and Romanian origin",
            NeighbourCountryShare => "share of German and Belgian origin",
            ExpatShare => "share of expat origin",
            BorderDistance => "distance to the national border",
            NextToMajorityMinorityCity => "borders a majority-minority city",
        },
    )
}

/// A yes/no fact that does not hold.
fn fact_negated(fact: Fact) -> &'static str {
    match (lang(), fact) {
        (Lang::Nl, _) => fact.negated_label(),
        (Lang::En, Fact::NextToMajorityMinorityCity) => "does not border a majority-minority city",
        (Lang::En, _) => "not met",
    }
}

/// A criterion with the gemeente's figure against its threshold, e.g. "share with a Dutch
/// background 42.8% < 50.0%".
pub fn criterion(result: &CriterionResult) -> String {
    let fact = result.criterion.fact;
    let Some((sign, decimals)) = result.comparison() else {
        return if result.passed { fact_label(fact).to_string() } else { fact_negated(fact).to_string() };
    };
    let unit = result.criterion.test.threshold().map_or(Unit::Number, |k| k.spec().unit);
    let written = |v: f64| figure(v, unit, fact, decimals);
    format!("{} {} {sign} {}", fact_label(fact), written(result.value), written(result.threshold.unwrap_or_default()))
}

/// A figure in its unit with `decimals` decimals, in the language's notation.
fn figure(value: f64, unit: Unit, fact: Fact, decimals: usize) -> String {
    if !value.is_finite() {
        return if fact == Fact::BorderDistance {
            pick("meer dan 10 km", "more than 10 km").into()
        } else {
            "∞".into()
        };
    }
    match unit {
        Unit::Share => format!("{}%", notation_decimal(value * 100.0, decimals)),
        Unit::Residents if decimals == 0 => thousands(value.round() as u64),
        Unit::Metres if decimals == 0 => format!("{} m", thousands(value.round() as u64)),
        Unit::Metres => format!("{} m", notation_decimal(value, decimals)),
        Unit::Residents | Unit::Number => notation_decimal(value, decimals),
    }
}

/// A threshold's slider label.
pub fn threshold_label(key: ThresholdKey) -> &'static str {
    use ThresholdKey::*;
    pick(
        key.spec().label,
        match key {
            MajorityMinorityMaxDutch => "Majority-minority: share with a Dutch background below",
            MajorityMinorityMinResidents => "Majority-minority: large city from (residents)",
            HomogeneousMinDutch => "Homogeneous: share with a Dutch background above",
            BorderMaxDistance => "On the national border: distance to the border at most (m)",
            BorderMinWestern => "Border (approximation): share with a Western migration background from",
            BorderMinWesternOfMigration => "Border (approximation): Western part of all migration background from",
            BorderMinNeighbourCountry => "Border: share of German or Belgian origin from",
            ExpatMinWestern => "Expat (approximation): share with a Western migration background from",
            ExpatMinOtherNonWestern => "Expat (approximation): share of other non-Western origin from",
            ExpatMinExpat => "Expat: share of Anglo-Saxon and other expat origin from",
            ExpatMaxClassic => "Expat: share of Turkish, Moroccan, Surinamese, Antillean origin at most",
            HorticultureMinWestern => "Horticulture (approximation): share with a Western migration background from",
            HorticultureMinWesternToNonWestern => "Horticulture (approximation): Western divided by non-Western from",
            HorticultureMaxClassic => "Horticulture: share of Turkish, Moroccan, Surinamese, Antillean origin at most",
            HorticultureMinEasternEuropean => "Horticulture: share of Polish, Bulgarian or Romanian origin from",
            SuburbMinIndex => "Suburb: diversity index from",
            ProvincialMinResidents => "Large provincial city: residents from",
            ProvincialMinIndex => "Large provincial city: diversity index from",
            MinorityMinResidents => "One large minority: mid-sized city from (residents)",
            MinorityMaxResidents => "One large minority: mid-sized city up to (residents)",
            MinorityMinShare => "One large minority: share of the largest group from",
            MinorityMinOfNonWestern => "One large minority: part of all non-Western origin from",
            MinorityMinLead => "One large minority: times as large as the second group from",
        },
    )
}

/// Why a rule had to approximate (the core's note, in the UI's language).
pub fn approximation_note(dutch: &'static str) -> &'static str {
    if lang() == Lang::Nl {
        return dutch;
    }
    if dutch.contains("Duitse of Belgische") {
        "the table has no German or Belgian group; a Western migration background on the national border stands in for it"
    } else if dutch.contains("geen expatlanden") {
        "the table has no expat countries; much Western and other non-Western origin with few classic groups stands in for it"
    } else if dutch.contains("maar één van de groepen") {
        "the table has only one of the groups Poland, Bulgaria and Romania (CBS 84910: only Poland; Bulgarians and \
         Romanians are in 'other'); only that group counts"
    } else if dutch.contains("Poolse of Bulgaarse") {
        "the table has no Polish or Bulgarian group (they are in 'Western'); more Western than non-Western origin, few \
         classic groups and not on the national border stand in for it"
    } else {
        "the table does not have the groups this rule describes; an approximation stands in for them"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::set_lang;
    use atlas_core::typology::{Criterion, Test};

    fn result(fact: Fact, test: Test, value: f64, threshold: Option<f64>, passed: bool) -> CriterionResult {
        CriterionResult { criterion: Criterion { fact, test }, value, threshold, passed }
    }

    #[test]
    fn criteria_read_in_both_languages_with_their_figures() {
        let dutch =
            result(Fact::DutchShare, Test::Below(ThresholdKey::MajorityMinorityMaxDutch), 0.428, Some(0.5), true);
        set_lang(Lang::En);
        assert_eq!(criterion(&dutch), "share with a Dutch background 42.8% < 50.0%");
        let residents = result(
            Fact::Residents,
            Test::AtLeast(ThresholdKey::ProvincialMinResidents),
            123_456.0,
            Some(100_000.0),
            true,
        );
        assert_eq!(criterion(&residents), "residents 123,456 ≥ 100,000");
        set_lang(Lang::Nl);
        assert_eq!(criterion(&dutch), dutch.describe(), "the Dutch is the core's own");
        assert_eq!(criterion(&residents), residents.describe());
    }

    #[test]
    fn every_threshold_and_type_has_english() {
        set_lang(Lang::En);
        for &key in ThresholdKey::ALL {
            assert_ne!(threshold_label(key), key.spec().label, "{key:?}");
        }
        for kind in MunicipalityType::ALL {
            assert_ne!(type_label(kind), kind.label(), "{kind:?}");
        }
        set_lang(Lang::Nl);
    }
}
