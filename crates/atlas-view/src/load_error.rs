//! Why a file of the bundle could not be loaded: a value the state keeps, said in the reader's
//! language when it is shown (a language switch says it again in the other).

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// There is no browser window to fetch with.
    NoWindow,
    /// The request got no answer (no connection to the server?).
    Unreachable { file: String },
    /// The server answered with an error status.
    Refused { file: String, status: u16, status_text: String },
    /// The download broke off or came back without a body.
    Broken { file: String },
    /// The bytes are not a part of this atlas's bundle (another version, or damaged).
    Undecodable { file: String, detail: String },
    /// `atlas.bin` holds another part than the first.
    NotAFirstPart,
}

impl LoadError {
    /// What went wrong, in the language of the texts.
    pub fn message(&self) -> String {
        use crate::text;
        match self {
            LoadError::NoWindow => text::pick("geen browservenster", "no browser window").to_string(),
            LoadError::Unreachable { file } => text::fetch_failed(file),
            LoadError::Refused { file, status, status_text } => text::server_refused(file, *status, status_text),
            LoadError::Broken { file } => text::download_broke(file),
            LoadError::Undecodable { file, detail } => format!("{file}: {detail}"),
            LoadError::NotAFirstPart => text::NOT_A_FIRST_PART().to_string(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{set_lang, Lang};

    #[test]
    fn an_error_is_said_in_the_language_of_the_moment() {
        let refused = LoadError::Refused { file: "atlas.bin".into(), status: 404, status_text: "Not Found".into() };
        set_lang(Lang::Nl);
        assert_eq!(refused.message(), "atlas.bin: de server antwoordt 404 Not Found");
        set_lang(Lang::En);
        assert_eq!(refused.message(), "atlas.bin: the server answers 404 Not Found");
        assert!(LoadError::NotAFirstPart.to_string().starts_with("atlas.bin is not the first part"));
        set_lang(Lang::Nl);
    }
}
