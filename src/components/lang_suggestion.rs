use leptos::prelude::*;
use leptos_router::hooks::use_location;
use model::Lang;

use super::lang_switch::other_language_href;
use crate::{
    i18n::{texts, use_i18n},
    state::prefs,
};

/// "This page is also available in English": offered when the browser prefers the other
/// language and the reader has not chosen one. An address in one language is a choice
/// (a shared link, a search result), so the page is never switched by itself; only `/` at
/// a first visit follows the browser. Following the link or dismissing the offer records
/// the choice, and the offer does not come back. Written in the language it offers.
#[component]
pub fn LanguageSuggestion() -> impl IntoView {
    let i18n = use_i18n();
    let href = other_language_href(use_location());
    // Decided in the browser, after hydration: the build cannot know the reader's
    // languages, so the HTML never holds the offer and hydration always matches.
    let wanted = RwSignal::new(None::<Lang>);
    Effect::new(move |_| {
        let browser = prefs::stored_lang()
            .is_none()
            .then(prefs::browser_lang)
            .flatten();
        wanted.set(browser);
    });
    let offered = move || wanted.get().filter(|w| *w != i18n.lang());
    move || {
        offered().map(|other| {
            let t = texts(other);
            let href = href.clone();
            view! {
                <aside class="lang-suggestion" aria-label=t.lang_suggestion_label lang=other.code()>
                    <div class="container lang-suggestion__inner">
                        <p class="lang-suggestion__text">{t.lang_suggestion_text}</p>
                        <a class="button button--primary lang-suggestion__go" href=href hreflang=other.code()
                            on:click=move |_| prefs::remember_lang(other)>{t.lang_suggestion_go}</a>
                        <button type="button" class="button lang-suggestion__dismiss"
                            on:click=move |_| {
                                prefs::remember_lang(i18n.lang());
                                wanted.set(None);
                            }>{t.lang_suggestion_dismiss}</button>
                    </div>
                </aside>
            }
        })
    }
}
