#[cfg(not(feature = "ssr"))]
use leptos::prelude::*;

/// Puts schema.org JSON-LD in `<head>` while the calling view lives, rebuilt when `json`
/// changes (language). Built with the DOM, so no text from the data is parsed as HTML.
/// The prerender records it instead, and writes it into the page's `<head>`; the app then
/// adopts that element (same id) rather than adding a second one.
pub fn attach_json_ld(id: &'static str, json: impl Fn() -> String + Send + Sync + 'static) {
    #[cfg(feature = "ssr")]
    crate::state::page_head::record(|head| head.json_ld.push((id, escaped(&json()))));
    #[cfg(not(feature = "ssr"))]
    {
        let script = super::head_element::page_head_element(
            &format!("script#{id}"),
            "script",
            &[("type", "application/ld+json"), ("id", id)],
        );
        Effect::new(move |_| script.set_text_content(Some(&escaped(&json()))));
    }
}

/// `<` escaped (still valid JSON): the text can never close its element, even serialised
/// into HTML by the prerender.
fn escaped(json: &str) -> String {
    json.replace('<', "\\u003c")
}
