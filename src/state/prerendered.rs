//! The home page's hero, painted by `index.html`/`en.html` before the wasm arrives, is
//! adopted by the app instead of being drawn again: the reader sees no change, and the
//! browser's largest paint stays the early one.

use std::cell::RefCell;

use model::Lang;
use wasm_bindgen::JsCast;

thread_local! {
    static HERO: RefCell<Option<(web_sys::Element, Lang)>> = const { RefCell::new(None) };
}

/// Called once before mounting: keeps the prerendered hero aside, with its language.
pub fn keep_hero(document: &web_sys::Document) {
    let Some(hero) = document.get_element_by_id("prerendered-hero") else {
        return;
    };
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    hero.remove();
    HERO.with(|cell| *cell.borrow_mut() = Some((hero, lang)));
}

/// The kept hero, once, if it is in `lang`.
pub fn take_hero(lang: Lang) -> Option<web_sys::HtmlElement> {
    HERO.with(|cell| cell.borrow_mut().take())
        .filter(|(_, hero_lang)| *hero_lang == lang)
        .and_then(|(hero, _)| hero.dyn_into().ok())
}
