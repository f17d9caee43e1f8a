//! The rules as data: per type, ordered criteria on named facts and thresholds. The order of
//! the rules is the order of precedence; the first rule whose criteria all hold decides.

use super::{Detail, GemeenteFacts, MunicipalityType, ThresholdKey};
use std::collections::HashSet;
use ThresholdKey as K;

/// A figure of a gemeente a criterion reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    Residents,
    DutchShare,
    DiversityIndex,
    WesternShare,
    /// Western as a part of all migration background.
    WesternOfMigration,
    /// Western divided by non-western.
    WesternToNonWestern,
    ClassicShare,
    OtherNonWesternShare,
    LargestMinorityShare,
    /// The largest single non-western group as a part of all non-western background.
    LargestMinorityOfNonWestern,
    /// The largest single non-western group divided by the second.
    LargestMinorityLead,
    EasternEuropeanShare,
    NeighbourCountryShare,
    ExpatShare,
    /// Metres to the nearest land border (infinite when farther than 10 km).
    BorderDistance,
    /// 1 when the gemeente borders a majority-minority city, else 0.
    NextToMajorityMinorityCity,
}

/// How a fact is compared with its threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Test {
    Below(ThresholdKey),
    AtMost(ThresholdKey),
    AtLeast(ThresholdKey),
    Above(ThresholdKey),
    IsTrue,
}

impl Test {
    pub fn threshold(self) -> Option<ThresholdKey> {
        match self {
            Test::Below(k) | Test::AtMost(k) | Test::AtLeast(k) | Test::Above(k) => Some(k),
            Test::IsTrue => None,
        }
    }
}

/// One condition of a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Criterion {
    pub fact: Fact,
    pub test: Test,
}

/// A type's definition.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub kind: MunicipalityType,
    pub criteria: Vec<Criterion>,
    /// Set when the table lacks the groups the type is about and the rule uses a proxy.
    pub approximation: Option<&'static str>,
}

fn c(fact: Fact, test: Test) -> Criterion {
    Criterion { fact, test }
}

/// The report's eight types and the average, in order of precedence, using exact groups where
/// the table has them and documented proxies where it does not.
pub fn default_rules(detail: Detail) -> Vec<Rule> {
    use Fact::*;
    use MunicipalityType as T;
    let rule = |kind, criteria, approximation| Rule { kind, criteria, approximation };
    let on_border = c(BorderDistance, Test::AtMost(K::BorderMaxDistance));
    let border = if detail.neighbour_country {
        rule(T::Border, vec![on_border, c(NeighbourCountryShare, Test::AtLeast(K::BorderMinNeighbourCountry))], None)
    } else {
        rule(
            T::Border,
            vec![
                on_border,
                c(WesternShare, Test::AtLeast(K::BorderMinWestern)),
                c(WesternOfMigration, Test::AtLeast(K::BorderMinWesternOfMigration)),
            ],
            Some("de tabel kent geen Duitse of Belgische groep; westerse migratieachtergrond aan de landsgrens staat ervoor in"),
        )
    };
    let expat = if detail.expat {
        rule(
            T::Expat,
            vec![c(ExpatShare, Test::AtLeast(K::ExpatMinExpat)), c(ClassicShare, Test::AtMost(K::ExpatMaxClassic))],
            None,
        )
    } else {
        rule(
            T::Expat,
            vec![
                c(WesternShare, Test::AtLeast(K::ExpatMinWestern)),
                c(OtherNonWesternShare, Test::AtLeast(K::ExpatMinOtherNonWestern)),
                c(ClassicShare, Test::AtMost(K::ExpatMaxClassic)),
            ],
            Some("de tabel kent geen expatlanden; veel westerse én overig niet-westerse herkomst met weinig klassieke groepen staat ervoor in"),
        )
    };
    let horticulture = if detail.eastern_european {
        // The report names Polish and, less, Bulgarian residents: one such group alone is a part.
        let partial = (detail.eastern_european_groups < 2).then_some(
            "de tabel kent maar één van de groepen Polen, Bulgarije en Roemenië (CBS 84910: alleen Polen; Bulgaren en Roemenen zitten in 'overig'); alleen die groep telt mee",
        );
        rule(T::Horticulture, vec![c(EasternEuropeanShare, Test::AtLeast(K::HorticultureMinEasternEuropean))], partial)
    } else {
        rule(
            T::Horticulture,
            vec![
                c(WesternShare, Test::AtLeast(K::HorticultureMinWestern)),
                c(WesternToNonWestern, Test::AtLeast(K::HorticultureMinWesternToNonWestern)),
                c(ClassicShare, Test::AtMost(K::HorticultureMaxClassic)),
                c(BorderDistance, Test::Above(K::BorderMaxDistance)),
            ],
            Some("de tabel kent geen Poolse of Bulgaarse groep (die zitten in 'westers'); meer westerse dan niet-westerse herkomst, weinig klassieke groepen en niet aan de landsgrens staan ervoor in"),
        )
    };
    vec![
        rule(
            T::MajorityMinorityCity,
            vec![
                c(DutchShare, Test::Below(K::MajorityMinorityMaxDutch)),
                c(Residents, Test::AtLeast(K::MajorityMinorityMinResidents)),
            ],
            None,
        ),
        rule(T::Homogeneous, vec![c(DutchShare, Test::Above(K::HomogeneousMinDutch))], None),
        border,
        expat,
        horticulture,
        rule(
            T::Suburb,
            vec![c(NextToMajorityMinorityCity, Test::IsTrue), c(DiversityIndex, Test::AtLeast(K::SuburbMinIndex))],
            None,
        ),
        rule(
            T::LargeProvincialCity,
            vec![
                c(Residents, Test::AtLeast(K::ProvincialMinResidents)),
                c(DiversityIndex, Test::AtLeast(K::ProvincialMinIndex)),
            ],
            None,
        ),
        rule(
            T::SingleLargeMinority,
            vec![
                c(Residents, Test::AtLeast(K::MinorityMinResidents)),
                c(Residents, Test::Below(K::MinorityMaxResidents)),
                c(LargestMinorityShare, Test::AtLeast(K::MinorityMinShare)),
                c(LargestMinorityOfNonWestern, Test::AtLeast(K::MinorityMinOfNonWestern)),
                c(LargestMinorityLead, Test::AtLeast(K::MinorityMinLead)),
            ],
            None,
        ),
    ]
}

impl Fact {
    /// The fact's value for a gemeente; `majority_minority` lists the majority-minority cities.
    pub fn value(self, f: &GemeenteFacts, majority_minority: &HashSet<u32>) -> f64 {
        let ratio = |a: f64, b: f64| {
            if b > 0.0 {
                a / b
            } else if a > 0.0 {
                f64::INFINITY
            } else {
                0.0
            }
        };
        let largest = f.largest_minority.map_or(0.0, |(_, s)| s);
        match self {
            Fact::Residents => f.residents,
            Fact::DutchShare => f.dutch,
            Fact::DiversityIndex => f.diversity_index,
            Fact::WesternShare => f.western,
            Fact::WesternOfMigration => ratio(f.western, 1.0 - f.dutch),
            Fact::WesternToNonWestern => ratio(f.western, f.non_western),
            Fact::ClassicShare => f.classic,
            Fact::OtherNonWesternShare => f.other_non_western,
            Fact::LargestMinorityShare => largest,
            Fact::LargestMinorityOfNonWestern => ratio(largest, f.non_western),
            Fact::LargestMinorityLead => ratio(largest, f.second_minority),
            Fact::EasternEuropeanShare => f.eastern_european.unwrap_or(0.0),
            Fact::NeighbourCountryShare => f.neighbour_country.unwrap_or(0.0),
            Fact::ExpatShare => f.expat.unwrap_or(0.0),
            Fact::BorderDistance => f.border.as_ref().map_or(f64::INFINITY, |(_, d)| *d),
            Fact::NextToMajorityMinorityCity => {
                f64::from(u8::from(f.neighbours.iter().any(|n| majority_minority.contains(n))))
            }
        }
    }

    /// A yes/no fact said negatively, e.g. "grenst niet aan een meerderheid-minderhedenstad".
    pub fn negated_label(self) -> &'static str {
        match self {
            Fact::NextToMajorityMinorityCity => "grenst niet aan een meerderheid-minderhedenstad",
            _ => "voldoet niet",
        }
    }

    /// The fact in Dutch words.
    pub fn label(self) -> &'static str {
        match self {
            Fact::Residents => "inwoners",
            Fact::DutchShare => "aandeel Nederlandse achtergrond",
            Fact::DiversityIndex => "diversiteitsindex",
            Fact::WesternShare => "aandeel westerse migratieachtergrond",
            Fact::WesternOfMigration => "westers deel van alle migratieachtergrond",
            Fact::WesternToNonWestern => "westers gedeeld door niet-westers",
            Fact::ClassicShare => "aandeel Turks, Marokkaans, Surinaams en Antilliaans",
            Fact::OtherNonWesternShare => "aandeel overig niet-westers",
            Fact::LargestMinorityShare => "aandeel van de grootste niet-westerse groep",
            Fact::LargestMinorityOfNonWestern => "grootste groep als deel van alle niet-westerse herkomst",
            Fact::LargestMinorityLead => "grootste groep gedeeld door de tweede",
            Fact::EasternEuropeanShare => "aandeel Poolse, Bulgaarse en Roemeense herkomst",
            Fact::NeighbourCountryShare => "aandeel Duitse en Belgische herkomst",
            Fact::ExpatShare => "aandeel expatherkomst",
            Fact::BorderDistance => "afstand tot de landsgrens",
            Fact::NextToMajorityMinorityCity => "grenst aan een meerderheid-minderhedenstad",
        }
    }
}
