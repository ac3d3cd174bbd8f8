//! An element of `<head>` that belongs to the page drawing it (JSON-LD, a robots meta): the
//! one the build already wrote when there is one, else a new one, and removed when the
//! page goes. Browser only: the prerender writes `<head>` itself.

use leptos::prelude::*;

/// The element `selector` finds in the document (written by the prerender), or a new `tag` with
/// `attributes` appended there; either way removed when the calling view is disposed.
pub fn page_head_element(
    selector: &str,
    tag: &str,
    attributes: &[(&str, &str)],
) -> send_wrapper::SendWrapper<web_sys::Element> {
    let existing = document().query_selector(selector).ok().flatten();
    let element = existing.unwrap_or_else(|| {
        let element = document().create_element(tag).expect("a head element");
        for (name, value) in attributes {
            let _ = element.set_attribute(name, value);
        }
        if let Some(head) = document().head() {
            let _ = head.append_child(&element);
        }
        element
    });
    let element = send_wrapper::SendWrapper::new(element);
    let owned = element.clone();
    on_cleanup(move || owned.remove());
    element
}
