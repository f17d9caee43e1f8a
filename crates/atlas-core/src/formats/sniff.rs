//! What a file that is not a table most likely is, from its first bytes, so a message can say
//! "this is a PDF" instead of "no column gwb_code".

/// A short description of what the bytes most likely are when they are clearly not a CSV
/// table, with what to do instead, in Dutch and English; `None` when they may well be one.
pub fn not_a_table(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace()).map_or(&text[..0], |i| &text[i..]);
    let starts = |prefix: &[u8]| start.starts_with(prefix);
    let lower: Vec<u8> = start.iter().take(64).map(u8::to_ascii_lowercase).collect();
    if start.is_empty() {
        Some(("het bestand is leeg", "the file is empty"))
    } else if bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"\xFF\xD8\xFF") || bytes.starts_with(b"GIF8") {
        Some((
            "dit is een afbeelding, geen tabel; exporteer de tabel als CSV",
            "this is an image, not a table; export the table as CSV",
        ))
    } else if bytes.starts_with(b"%PDF") {
        Some((
            "dit is een PDF-document, geen tabel; exporteer de tabel als CSV",
            "this is a PDF document, not a table; export the table as CSV",
        ))
    } else if bytes.starts_with(b"PK\x03\x04") {
        Some((
            "dit is een zip-archief of een Excel-werkmap (.xlsx); sla het blad op als CSV (gescheiden door ; of ,)",
            "this is a zip archive or an Excel workbook (.xlsx); save the sheet as CSV (separated by ; or ,)",
        ))
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        Some((
            "dit is een oude Excel-werkmap (.xls); sla het blad op als CSV (gescheiden door ; of ,)",
            "this is an old Excel workbook (.xls); save the sheet as CSV (separated by ; or ,)",
        ))
    } else if starts(b"{") || starts(b"[") {
        Some((
            "dit is JSON, geen tabel; een GeoJSON- of TopoJSON-bestand bevat vormen, geen aantallen per groep",
            "this is JSON, not a table; a GeoJSON or TopoJSON file holds shapes, not counts per group",
        ))
    } else if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
        Some((
            "dit is een webpagina (HTML), geen tabel; download de tabel zelf als CSV",
            "this is a web page (HTML), not a table; download the table itself as CSV",
        ))
    } else if starts(b"<") {
        Some((
            "dit is XML of HTML, geen tabel; exporteer de tabel als CSV",
            "this is XML or HTML, not a table; export the table as CSV",
        ))
    } else if bytes.iter().take(4096).filter(|&&b| b == 0).count() > 0 {
        Some((
            "dit is een binair bestand, geen teksttabel; exporteer de tabel als CSV",
            "this is a binary file, not a text table; export the table as CSV",
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_file_most_likely_is() {
        let cases: [(&[u8], &str); 9] = [
            (b"", "leeg"),
            (b"  \n\n", "leeg"),
            (b"\x89PNG\r\n\x1a\n....", "afbeelding"),
            (b"%PDF-1.7", "PDF"),
            (b"PK\x03\x04....", "Excel"),
            (b"\n  {\"type\": \"FeatureCollection\"}", "JSON"),
            (b"<!DOCTYPE html><html>", "HTML"),
            (b"<?xml version=\"1.0\"?>", "XML"),
            (b"code;x\x00y", "binair"),
        ];
        for (bytes, says) in cases {
            let (message, english) = not_a_table(bytes).unwrap_or_else(|| panic!("{bytes:?} passed as a table"));
            assert!(message.contains(says), "{bytes:?}: {message}");
            assert!(!english.is_empty() && english != message, "{bytes:?}: {english}");
        }
        assert_eq!(not_a_table(b"gwb_code;regio;a_inw\nGM0001;X;5\n"), None);
        assert_eq!(not_a_table(b"\xEF\xBB\xBFcode,name\n"), None);
    }
}
