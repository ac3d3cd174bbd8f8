//! The three legal pages linked from every footer. Their text is part of the interface
//! (not campus data), so it lives here in both languages.

mod accessibility;
mod legal_notice;
mod privacy;

pub use accessibility::AccessibilityPage;
pub use legal_notice::LegalNoticePage;
pub use privacy::PrivacyPage;

use leptos::prelude::*;
use model::Lang;

use crate::{components::PageHeading, i18n::use_i18n};

/// A legal page: its heading, its description and its body, each written in both
/// languages.
fn legal_page(
    title: fn(Lang) -> &'static str,
    description: fn(Lang) -> &'static str,
    body_fr: fn() -> AnyView,
    body_en: fn() -> AnyView,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="container section legal">
            <PageHeading
                text=Signal::derive(move || title(i18n.lang()).to_owned())
                description=Signal::derive(move || description(i18n.lang()).to_owned())
            />
            <div class="prose">
                {move || match i18n.lang() {
                    Lang::Fr => body_fr(),
                    Lang::En => body_en(),
                }}
            </div>
        </div>
    }
}
