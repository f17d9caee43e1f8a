//! The nine municipality types: the report's eight and the average municipality.

use serde::{Deserialize, Serialize};

/// A municipality type of the WRR report (2018).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MunicipalityType {
    MajorityMinorityCity,
    Suburb,
    LargeProvincialCity,
    SingleLargeMinority,
    Expat,
    Horticulture,
    Border,
    Homogeneous,
    Average,
}

impl MunicipalityType {
    pub const ALL: [MunicipalityType; 9] = [
        MunicipalityType::MajorityMinorityCity,
        MunicipalityType::Suburb,
        MunicipalityType::LargeProvincialCity,
        MunicipalityType::SingleLargeMinority,
        MunicipalityType::Expat,
        MunicipalityType::Horticulture,
        MunicipalityType::Border,
        MunicipalityType::Homogeneous,
        MunicipalityType::Average,
    ];

    /// The stable key used on the command line and in URLs.
    pub fn key(self) -> &'static str {
        match self {
            MunicipalityType::MajorityMinorityCity => "majority-minority-city",
            MunicipalityType::Suburb => "suburb",
            MunicipalityType::LargeProvincialCity => "large-provincial-city",
            MunicipalityType::SingleLargeMinority => "single-large-minority",
            MunicipalityType::Expat => "expat",
            MunicipalityType::Horticulture => "horticulture",
            MunicipalityType::Border => "border",
            MunicipalityType::Homogeneous => "homogeneous",
            MunicipalityType::Average => "average",
        }
    }

    /// The Dutch name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            MunicipalityType::MajorityMinorityCity => "meerderheid-minderhedenstad",
            MunicipalityType::Suburb => "voorstad",
            MunicipalityType::LargeProvincialCity => "grote provinciestad",
            MunicipalityType::SingleLargeMinority => "middelgrote stad met één grote minderheid",
            MunicipalityType::Expat => "expatgemeente",
            MunicipalityType::Horticulture => "tuinbouwgemeente",
            MunicipalityType::Border => "grensgemeente",
            MunicipalityType::Homogeneous => "homogeen",
            MunicipalityType::Average => "gemiddelde gemeente",
        }
    }

    pub fn from_key(key: &str) -> Option<MunicipalityType> {
        MunicipalityType::ALL.into_iter().find(|t| t.key() == key)
    }
}
