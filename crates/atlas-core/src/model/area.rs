//! Areas: CBS codes, levels (land, gemeente, wijk, buurt) and the parent a code implies.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Index of an area in its [`crate::model::AreaTable`].
pub type AreaId = u32;

/// The four levels of the CBS hierarchy, from the whole country down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    Land,
    Gemeente,
    Wijk,
    Buurt,
}

impl Level {
    /// All levels, from the country down.
    pub const ALL: [Level; 4] = [Level::Land, Level::Gemeente, Level::Wijk, Level::Buurt];

    /// The lower-case key used in URLs and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Level::Land => "land",
            Level::Gemeente => "gemeente",
            Level::Wijk => "wijk",
            Level::Buurt => "buurt",
        }
    }

    /// Parses a key as written by [`Level::key`].
    pub fn from_key(key: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|level| level.key() == key)
    }

    /// The level directly below this one, if any.
    pub fn child(self) -> Option<Level> {
        match self {
            Level::Land => Some(Level::Gemeente),
            Level::Gemeente => Some(Level::Wijk),
            Level::Wijk => Some(Level::Buurt),
            Level::Buurt => None,
        }
    }

    /// The level directly above this one, if any.
    pub fn parent(self) -> Option<Level> {
        match self {
            Level::Land => None,
            Level::Gemeente => Some(Level::Land),
            Level::Wijk => Some(Level::Gemeente),
            Level::Buurt => Some(Level::Wijk),
        }
    }

    fn prefix_and_digits(self) -> (&'static str, usize) {
        match self {
            Level::Land => ("NL", 2),
            Level::Gemeente => ("GM", 4),
            Level::Wijk => ("WK", 6),
            Level::Buurt => ("BU", 8),
        }
    }
}

/// A validated CBS area code: `NL00`, `GM` + 4 digits, `WK` + 6, `BU` + 8.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String")]
pub struct AreaCode(String);

/// A code read from a stored bundle goes through the parser too.
impl TryFrom<String> for AreaCode {
    type Error = AreaCodeError;
    fn try_from(text: String) -> Result<AreaCode, AreaCodeError> {
        AreaCode::parse(&text)
    }
}

/// Why a text is not an area code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaCodeError {
    pub text: String,
}

impl fmt::Display for AreaCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is geen CBS-gebiedscode (verwacht NL00, GM + 4 cijfers, WK + 6 cijfers of BU + 8 cijfers)",
            crate::formats::shown(&self.text)
        )
    }
}

impl std::error::Error for AreaCodeError {}

impl AreaCode {
    /// Parses a code, trimming blanks and upper-casing the prefix.
    pub fn parse(text: &str) -> Result<AreaCode, AreaCodeError> {
        let trimmed = text.trim();
        let upper = trimmed.to_ascii_uppercase();
        let valid = Level::ALL.into_iter().any(|level| {
            let (prefix, digits) = level.prefix_and_digits();
            upper.len() == prefix.len() + digits
                && upper.starts_with(prefix)
                && upper[prefix.len()..].bytes().all(|b| b.is_ascii_digit())
        });
        if valid {
            Ok(AreaCode(upper))
        } else {
            Err(AreaCodeError { text: trimmed.to_string() })
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The level the code's prefix names.
    pub fn level(&self) -> Level {
        match &self.0[..2] {
            "GM" => Level::Gemeente,
            "WK" => Level::Wijk,
            "BU" => Level::Buurt,
            _ => Level::Land,
        }
    }

    /// The code of the area this one lies in: a buurt's first 6 digits give its wijk, a wijk's
    /// first 4 its gemeente; gemeenten lie in `NL00`.
    pub fn parent(&self) -> Option<AreaCode> {
        let digits = &self.0[2..];
        match self.level() {
            Level::Land => None,
            Level::Gemeente => Some(AreaCode("NL00".into())),
            Level::Wijk => Some(AreaCode(format!("GM{}", &digits[..4]))),
            Level::Buurt => Some(AreaCode(format!("WK{}", &digits[..6]))),
        }
    }

    /// The code of the gemeente this area lies in (itself for a gemeente, none for the country).
    pub fn gemeente(&self) -> Option<AreaCode> {
        match self.level() {
            Level::Land => None,
            _ => Some(AreaCode(format!("GM{}", &self.0[2..6]))),
        }
    }
}

impl fmt::Display for AreaCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One area of a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub code: AreaCode,
    pub name: String,
    pub level: Level,
    /// The area it lies in, when the table has that area.
    pub parent: Option<AreaId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_with_their_level_and_parent() {
        let buurt = AreaCode::parse(" bu05182762 ").unwrap();
        assert_eq!(buurt.as_str(), "BU05182762");
        assert_eq!(buurt.level(), Level::Buurt);
        assert_eq!(buurt.parent().unwrap().as_str(), "WK051827");
        assert_eq!(buurt.gemeente().unwrap().as_str(), "GM0518");
        let wijk = AreaCode::parse("WK051829").unwrap();
        assert_eq!(wijk.parent().unwrap().as_str(), "GM0518");
        assert_eq!(AreaCode::parse("GM0518").unwrap().parent().unwrap().as_str(), "NL00");
        assert_eq!(AreaCode::parse("NL00").unwrap().parent(), None);
    }

    #[test]
    fn malformed_codes_are_refused() {
        for text in ["", "GM518", "GM05181", "WK0518x9", "XX0518", "BU0518276"] {
            assert!(AreaCode::parse(text).is_err(), "{text} should be refused");
        }
    }

    #[test]
    fn level_keys_round_trip() {
        for level in Level::ALL {
            assert_eq!(Level::from_key(level.key()), Some(level));
        }
        assert_eq!(Level::Gemeente.child(), Some(Level::Wijk));
        assert_eq!(Level::Buurt.child(), None);
    }
}
