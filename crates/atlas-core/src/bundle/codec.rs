//! Encoding and decoding the bundle file, with errors that say what to do.

use super::Bundle;
use std::fmt;

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 8] = b"DVATLAS\0";
/// The format version this code writes and reads. Bump it on any change to the types.
pub const FORMAT_VERSION: u32 = 5;

/// Why bytes are not a bundle this app can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    NotABundle,
    UnknownVersion { found: u32 },
    Corrupt(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotABundle => write!(f, "dit bestand is geen gegevensbundel van de Diversiteitsatlas (het begint niet met DVATLAS)"),
            BundleError::UnknownVersion { found } => write!(
                f,
                "de gegevensbundel heeft formaatversie {found}, deze app leest versie {FORMAT_VERSION}; bouw de gegevens opnieuw met `atlas build-data`"
            ),
            BundleError::Corrupt(detail) => write!(f, "de gegevensbundel is afgebroken of beschadigd ({detail}); bouw of download hem opnieuw"),
        }
    }
}

impl std::error::Error for BundleError {}

/// Writes a bundle: magic, version, postcard body. The same bundle gives the same bytes.
pub fn encode_bundle(bundle: &Bundle) -> Vec<u8> {
    encode_body(bundle)
}

/// Reads a bundle, refusing other files, other versions and damaged bytes.
pub fn decode_bundle(bytes: &[u8]) -> Result<Bundle, BundleError> {
    decode_body(bytes)
}

/// Magic, version, then any serde value in postcard (the whole bundle or one of its parts).
pub(super) fn encode_body<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend(FORMAT_VERSION.to_le_bytes());
    postcard::to_extend(value, out).expect("encoding into a Vec cannot fail")
}

/// Reads what [`encode_body`] wrote, refusing other files, versions and damaged bytes.
pub(super) fn decode_body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, BundleError> {
    let body = bytes.strip_prefix(MAGIC.as_slice()).ok_or(BundleError::NotABundle)?;
    let version = body.get(..4).ok_or_else(|| BundleError::Corrupt("no version".into()))?;
    let found = u32::from_le_bytes(version.try_into().expect("four bytes"));
    if found != FORMAT_VERSION {
        return Err(BundleError::UnknownVersion { found });
    }
    let (value, rest) = postcard::take_from_bytes::<T>(&body[4..]).map_err(|e| BundleError::Corrupt(e.to_string()))?;
    if !rest.is_empty() {
        return Err(BundleError::Corrupt(format!("{} unexpected bytes after the end", rest.len())));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn bytes() -> Vec<u8> {
        encode_bundle(&crate::fixtures::fictional_bundle())
    }

    #[test]
    fn other_files_and_versions_are_refused_with_a_reason() {
        assert_eq!(decode_bundle(b"<!doctype html>"), Err(BundleError::NotABundle));
        let mut future = bytes();
        future[8..12].copy_from_slice(&99u32.to_le_bytes());
        let err = decode_bundle(&future).unwrap_err();
        assert_eq!(err, BundleError::UnknownVersion { found: 99 });
        assert!(err.to_string().contains("versie 99"));
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let all = bytes();
        for len in 0..all.len() {
            assert!(decode_bundle(&all[..len]).is_err(), "truncated at {len}");
        }
    }

    proptest! {
        #[test]
        fn damaged_bytes_never_panic(position in 12usize..400, value in any::<u8>()) {
            let mut damaged = bytes();
            let at = position % damaged.len();
            damaged[at] = value;
            let _ = decode_bundle(&damaged);
        }
    }
}
