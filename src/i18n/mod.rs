//! French and English interface texts. Both languages fill the same `Texts` struct, so a
//! text missing in one language is a compile error, not a blank on screen.

mod en;
mod fr;

use leptos::prelude::*;
use model::Lang;

/// Every interface string of the portal. Content (campus facts) comes from the API.
pub struct Texts {
    pub site_name: &'static str,
    pub site_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_poles: &'static str,
    /// Name of the *other* language, written in that language (link text of the switch).
    pub switch_to_other: &'static str,
    pub switch_to_other_hint: &'static str,
    pub footer_about: &'static str,
    pub footer_legal_label: &'static str,
    pub footer_privacy_promise: &'static str,
    pub accessibility: &'static str,
    pub accessibility_title: &'static str,
    pub legal_notice: &'static str,
    pub privacy: &'static str,
    pub home_eyebrow: &'static str,
    pub home_cta_poles: &'static str,
    pub home_story_heading: &'static str,
    pub home_figures_heading: &'static str,
    pub home_poles_heading: &'static str,
    pub home_founders_heading: &'static str,
    pub home_institutes_heading: &'static str,
    pub home_partners_heading: &'static str,
    pub poles_title: &'static str,
    pub poles_intro: &'static str,
    pub pole_institutes_heading: &'static str,
    pub pole_no_institutes: &'static str,
    pub pole_other_poles: &'static str,
    pub breadcrumb_label: &'static str,
    pub loading: &'static str,
    pub error_heading: &'static str,
    pub error_network: &'static str,
    pub error_server: &'static str,
    pub error_decode: &'static str,
    pub error_config: &'static str,
    pub error_status_prefix: &'static str,
    pub retry: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,
    pub sample_data_note: &'static str,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Fr => &fr::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The current language and its texts, provided by the app shell from the URL.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: Signal<Lang>,
}

impl I18n {
    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get())
    }

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }
}

/// The language context; outside the shell (e.g. in a component test) French.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n {
        lang: Signal::stored(Lang::Fr),
    })
}
