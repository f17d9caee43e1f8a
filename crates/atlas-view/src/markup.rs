//! Text made safe inside HTML or XML that the app writes as text (the embed snippet, the SVG
//! export): in content and in double-quoted attributes.

/// `&`, `<`, `>` and `"` as entities.
pub fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_become_entities() {
        assert_eq!(super::escaped(r#"<a href="x?a=1&b=2">"#), "&lt;a href=&quot;x?a=1&amp;b=2&quot;&gt;");
    }
}
