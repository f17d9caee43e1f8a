//! The language the UI speaks (Dutch or English), chosen once per page from the URL or the
//! browser and switched by the user; every text of `text` asks it.
//!
//! The language is ambient, like a locale: the reducer sets it when the user switches, before
//! the views render again; tests on other threads keep their own (Dutch by default).

use std::cell::Cell;

/// A language of the UI.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The code in the URL (`lang=en`) and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| code.eq_ignore_ascii_case(l.code()))
    }

    /// The language for a browser's preferred languages (`navigator.languages`): Dutch for a
    /// Dutch (or Flemish) reader, English for everyone else.
    pub fn for_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        let first = preferred.into_iter().next().unwrap_or("nl").to_ascii_lowercase();
        if first == "nl" || first.starts_with("nl-") {
            Lang::Nl
        } else {
            Lang::En
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

/// The language texts are written in now.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Switches the language of every text from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// A message kept in both languages: made now, shown later in the language of that moment
/// (a reason kept in the state says itself again after a switch of language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    nl: String,
    en: String,
}

impl Said {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Said {
        Said { nl: nl.into(), en: en.into() }
    }

    /// A text of this module in both languages (`text` is asked once in each).
    pub fn of(text: impl Fn() -> String) -> Said {
        let was = lang();
        set_lang(Lang::Nl);
        let nl = text();
        set_lang(Lang::En);
        let en = text();
        set_lang(was);
        Said { nl, en }
    }

    /// The message in the language of the texts now.
    pub fn shown(&self) -> &str {
        pick(&self.nl, &self.en)
    }
}

impl From<&atlas_core::formats::FormatError> for Said {
    fn from(error: &atlas_core::formats::FormatError) -> Said {
        Said { nl: error.to_string(), en: error.english() }
    }
}

/// Texts without arguments, one function per text: `NAME = "Nederlands", "English";`.
macro_rules! texts {
    ($($(#[$meta:meta])* $name:ident = $nl:expr, $en:expr;)*) => {$(
        $(#[$meta])*
        #[allow(non_snake_case)]
        pub fn $name() -> &'static str {
            match $crate::text::lang::lang() {
                $crate::text::lang::Lang::Nl => $nl,
                $crate::text::lang::Lang::En => $en,
            }
        }
    )*};
}
pub(crate) use texts;

/// One of two texts by language.
pub fn pick<T>(nl: T, en: T) -> T {
    match lang() {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_said_message_follows_the_language() {
        let said = Said::of(|| format!("{}!", pick("hallo", "hello")));
        set_lang(Lang::En);
        assert_eq!(said.shown(), "hello!");
        set_lang(Lang::Nl);
        assert_eq!(said.shown(), "hallo!");
    }

    #[test]
    fn the_browser_decides_only_between_dutch_and_english() {
        assert_eq!(Lang::for_browser(["nl-NL", "en"]), Lang::Nl);
        assert_eq!(Lang::for_browser(["nl-BE"]), Lang::Nl);
        assert_eq!(Lang::for_browser(["en-GB", "nl"]), Lang::En);
        assert_eq!(Lang::for_browser(["de-DE"]), Lang::En);
        assert_eq!(Lang::for_browser(["nld"]), Lang::En, "only nl and nl-* are Dutch");
        assert_eq!(Lang::for_browser([]), Lang::Nl);
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn texts_follow_the_language() {
        texts! { GREETING = "Hallo", "Hello"; }
        set_lang(Lang::En);
        assert_eq!(GREETING(), "Hello");
        assert_eq!(pick(1, 2), 2);
        set_lang(Lang::Nl);
        assert_eq!(GREETING(), "Hallo");
    }
}
