//! Saving a file the app made (the ranking as CSV) to the user's computer: a Blob, an object
//! URL and a link with `download`, all in the browser; nothing is sent anywhere.

use wasm_bindgen::JsCast;

/// Offers `bytes` as a download named `name`.
pub fn save_file(name: &str, bytes: &[u8], mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser has taken the file by the next turn.
    gloo::timers::callback::Timeout::new(1000, move || {
        web_sys::Url::revoke_object_url(&url).ok();
    })
    .forget();
    Ok(())
}

/// Offers a data URL (an image the page drew) as a download named `name`.
pub fn save_data_url(name: &str, url: &str) -> Result<(), wasm_bindgen::JsValue> {
    let link: web_sys::HtmlAnchorElement = gloo::utils::document().create_element("a")?.dyn_into()?;
    link.set_href(url);
    link.set_download(name);
    link.click();
    Ok(())
}

/// A file name from words: lower case, letters and digits, words joined by `-`.
pub fn file_name(words: &[&str], extension: &str) -> String {
    let joined: Vec<String> = words
        .iter()
        .map(|w| w.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect::<String>())
        .map(|w| w.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-"))
        .filter(|w| !w.is_empty())
        .collect();
    format!("{}.{extension}", joined.join("-"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            super::file_name(&["Diversiteitsatlas", "'s-Gravenhage", "wijken"], "csv"),
            "diversiteitsatlas-s-gravenhage-wijken.csv"
        );
        assert_eq!(super::file_name(&["Ranglijst", "", "Curaçao & Bonaire"], "csv"), "ranglijst-curaçao-bonaire.csv");
    }
}
