use leptos::prelude::*;

/// Puts schema.org JSON-LD in `<head>` while the calling view lives, rebuilt when `json`
/// changes (language). Built with the DOM, so no text from the data is parsed as HTML.
pub fn attach_json_ld(id: &'static str, json: impl Fn() -> String + Send + Sync + 'static) {
    // The prerender has no document to add it to (it is added once the app runs).
    if cfg!(feature = "ssr") {
        return;
    }
    let script = document().create_element("script").expect("script element");
    let _ = script.set_attribute("type", "application/ld+json");
    let _ = script.set_attribute("id", id);
    if let Some(head) = document().head() {
        let _ = head.append_child(&script);
    }
    let script = send_wrapper::SendWrapper::new(script);
    let node = script.clone();
    // `<` escaped (valid JSON): the text could never close its element even if serialised.
    Effect::new(move |_| node.set_text_content(Some(&json().replace('<', "\\u003c"))));
    on_cleanup(move || script.remove());
}
