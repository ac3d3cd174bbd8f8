//! The reader's language preference: remembered in `localStorage` (on this device only,
//! never sent anywhere) once they choose; before that, the browser's languages.

use model::Lang;

const LANG_KEY: &str = "parisante-portal.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn stored_lang() -> Option<Lang> {
    Lang::from_code(&storage()?.get_item(LANG_KEY).ok()??)
}

/// Private browsing may refuse storage: the choice then lasts for this page only.
pub fn remember_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

pub fn browser_lang() -> Option<Lang> {
    let languages = web_sys::window()?.navigator().languages();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// The language to show on arrival when the URL alone does not settle it.
pub fn preferred_lang() -> Option<Lang> {
    stored_lang().or_else(browser_lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn remembered_choice_wins_and_persists() {
        remember_lang(Lang::En);
        assert_eq!(stored_lang(), Some(Lang::En));
        assert_eq!(preferred_lang(), Some(Lang::En));
        remember_lang(Lang::Fr);
        assert_eq!(preferred_lang(), Some(Lang::Fr));
        storage().unwrap().remove_item(LANG_KEY).unwrap();
        assert_eq!(stored_lang(), None);
    }
}
