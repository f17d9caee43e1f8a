//! The text encoding of a table: UTF-8 (with or without byte-order mark) as it is, and
//! Windows-1252 (what Excel on Windows saves as "CSV") recognised and converted.

use std::borrow::Cow;

/// The encodings a table is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TextEncoding {
    Utf8,
    /// Converted to UTF-8 before reading.
    Windows1252,
}

/// The bytes as UTF-8 (the byte-order mark removed) and the encoding they were in, or a
/// message (Dutch, English) when they are neither UTF-8 nor Windows-1252 text.
pub fn utf8_text(bytes: &[u8]) -> Result<(Cow<'_, [u8]>, TextEncoding), super::Message> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_ok() {
        return Ok((Cow::Borrowed(bytes), TextEncoding::Utf8));
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for (offset, &byte) in bytes.iter().enumerate() {
        match windows_1252(byte) {
            Some(c) => text.push(c),
            None => {
                return Err((
                    format!(
                        "het bestand is geen UTF-8- en geen Windows-1252-tekst (byte {byte:#04x} op positie {offset}); \
                         sla het op als UTF-8-CSV"
                    ),
                    format!(
                        "the file is neither UTF-8 nor Windows-1252 text (byte {byte:#04x} at position {offset}); \
                         save it as UTF-8 CSV"
                    ),
                ))
            }
        }
    }
    Ok((Cow::Owned(text.into_bytes()), TextEncoding::Windows1252))
}

/// A Windows-1252 byte as a character (`None` for the five bytes it leaves undefined).
fn windows_1252(byte: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D,
        0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,
        0x017E, 0x0178,
    ];
    match byte {
        0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(byte - 0x80)])).filter(|&c| c != '\0'),
        0x00 => None,
        _ => Some(char::from(byte)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_and_windows_1252_is_converted() {
        let (text, encoding) = utf8_text("\u{FEFF}naam;Curaçao".as_bytes()).unwrap();
        assert_eq!((&*text, encoding), ("naam;Curaçao".as_bytes(), TextEncoding::Utf8));
        // "Curaçao – €" as Excel on Windows saves it.
        let (text, encoding) = utf8_text(b"Cura\xE7ao \x96 \x80").unwrap();
        assert_eq!((std::str::from_utf8(&text).unwrap(), encoding), ("Curaçao – €", TextEncoding::Windows1252));
        let (error, english) = utf8_text(b"code\x81x").unwrap_err();
        assert!(error.contains("0x81") && error.contains("positie 4"), "{error}");
        assert!(english.contains("0x81") && english.contains("position 4"), "{english}");
    }
}
