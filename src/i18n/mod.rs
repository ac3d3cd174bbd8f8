//! French and English interface texts. Both languages fill the same `Texts` struct, so a
//! text missing in one language is a compile error, not a blank on screen.

mod agenda;
mod apply;
mod directory;
mod en;
mod fr;
mod join;
mod space;
mod team;

pub use agenda::{texts as agenda_texts, AgendaTexts};
pub use apply::{texts as apply_texts, ApplyTexts};
pub use directory::{texts as directory_texts, DirectoryTexts};
pub use join::{texts as join_texts, JoinTexts};
pub use space::{texts as space_texts, SpaceTexts};
pub use team::{texts as team_texts, TeamTexts};

use leptos::prelude::*;
use model::{catalogue::Date, Lang};

/// Every interface string of the portal. Content (campus facts) comes from the API.
pub struct Texts {
    pub site_name: &'static str,
    /// Label–value separator: French puts a (narrow no-break) space before the colon.
    pub colon: &'static str,
    pub site_tagline: &'static str,
    /// What the site is, in a sentence: the home page's description.
    pub site_description: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_poles: &'static str,
    pub nav_directory: &'static str,
    pub nav_agenda: &'static str,
    /// Name of the *other* language, written in that language (link text of the switch).
    pub switch_to_other: &'static str,
    pub switch_to_other_hint: &'static str,
    /// The offer to read the page in this language, written in it.
    pub lang_suggestion_label: &'static str,
    pub lang_suggestion_text: &'static str,
    pub lang_suggestion_go: &'static str,
    pub lang_suggestion_dismiss: &'static str,
    pub footer_about: &'static str,
    /// The footer's links: the legal pages and the site map.
    pub footer_nav_label: &'static str,
    pub site_map: &'static str,
    pub footer_privacy_promise: &'static str,
    pub accessibility: &'static str,
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
    pub home_events_heading: &'static str,
    pub home_events_all: &'static str,
    /// `(heure de Paris)`, after a time.
    pub paris_time: &'static str,
    pub poles_intro: &'static str,
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
    pub nav_catalogue: &'static str,
    pub nav_shortlist: &'static str,
    /// Where campus facts come from: (publisher, year, month).
    pub fact_source: fn(&str, u16, u8) -> String,
}

/// The texts of the pages other than the home page (poles, catalogue, programmes,
/// shortlist, comparison, legal pages, and the cards the space's preview shows). Not in
/// [`Texts`], which the shell reads: only chunks' code reads them, so wasm-split leaves them
/// out of the main part (in the chunk that reads them, or in a part shared by the chunks
/// that do), and out of the home page's first load.
pub struct PageTexts {
    pub accessibility_title: &'static str,
    pub accessibility_description: &'static str,
    pub legal_notice_description: &'static str,
    pub privacy_description: &'static str,
    pub poles_title: &'static str,
    pub pole_institutes_heading: &'static str,
    /// Under that heading: the article names the institutes, not which pole each belongs to.
    pub pole_institutes_illustrative: &'static str,
    pub pole_no_institutes: &'static str,
    pub pole_other_poles: &'static str,
    pub breadcrumb_label: &'static str,
    pub catalogue_title: &'static str,
    pub catalogue_intro: &'static str,
    pub catalogue_sample_notice: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub filters_heading: &'static str,
    pub sort_label: &'static str,
    pub active_filters: &'static str,
    pub remove_filter: &'static str,
    pub clear_all: &'static str,
    pub no_results: &'static str,
    /// The catalogue holds no programme at all (nothing to filter).
    pub catalogue_empty: &'static str,
    pub query_notice: &'static str,
    pub badge_closed: &'static str,
    pub badge_unknown: &'static str,
    pub card_next_start: &'static str,
    pub card_no_start: &'static str,
    pub shortlist_add: &'static str,
    pub shortlist_remove: &'static str,
    pub compare_toggle: &'static str,
    pub compare_full: &'static str,
    pub compare_go: &'static str,
    pub compare_clear: &'static str,
    pub shortlist_title: &'static str,
    pub shortlist_description: &'static str,
    pub shortlist_empty: &'static str,
    pub shortlist_share: &'static str,
    pub shortlist_share_hint: &'static str,
    pub shortlist_shared_heading: &'static str,
    /// The heading of one's own shortlist (read by screen readers).
    pub shortlist_list_heading: &'static str,
    pub shortlist_keep_shared: &'static str,
    pub shortlist_compare: &'static str,
    pub compare_title: &'static str,
    pub compare_description: &'static str,
    pub compare_empty: &'static str,
    pub compare_caption: &'static str,
    /// The header of the criteria column (read by screen readers only).
    pub compare_criterion: &'static str,
    /// Under the heading of an invented programme, and on a comparison holding one.
    pub programme_sample_notice: &'static str,
    pub field_level: &'static str,
    pub field_institution: &'static str,
    pub field_ects: &'static str,
    pub field_duration: &'static str,
    pub field_languages: &'static str,
    pub field_modes: &'static str,
    pub field_format: &'static str,
    pub field_starts: &'static str,
    pub field_application: &'static str,
    pub field_fees: &'static str,
    pub field_capacity: &'static str,
    pub field_admission: &'static str,
    pub field_prerequisites: &'static str,
    pub field_domains: &'static str,
    pub fees_unknown: &'static str,
    pub programme_apply: &'static str,
    pub programme_updated: &'static str,
    pub programme_objectives: &'static str,
    pub programme_careers: &'static str,
    pub programme_contact: &'static str,
    pub programme_related: &'static str,
    pub programme_poles: &'static str,
    pub key_facts: &'static str,
    pub sample_badge: &'static str,
    pub pagination_label: &'static str,
    pub page_prev: &'static str,
    pub page_next: &'static str,
    pub not_available: &'static str,
    pub pole_programmes_heading: &'static str,
    pub results_count: fn(usize) -> String,
    pub pole_programmes_all: fn(usize) -> String,
    pub badge_open: fn(i64) -> String,
    pub badge_upcoming: fn(Date) -> String,
    pub duration: fn(u16) -> String,
    pub fees: fn(u32) -> String,
    pub capacity: fn(u16) -> String,
    pub compare_count: fn(usize) -> String,
    pub page_n: fn(u32) -> String,
    pub format_date: fn(Date) -> String,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Fr => &fr::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

pub fn page_texts(lang: Lang) -> &'static PageTexts {
    match lang {
        Lang::Fr => &fr::PAGES,
        Lang::En => &en::PAGES,
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

    /// The texts of the pages other than the home page (see [`PageTexts`]).
    pub fn pages(&self) -> &'static PageTexts {
        page_texts(self.lang())
    }

    /// The directory's texts. Not in [`Texts`], which the shell reads: only chunks' code
    /// reads them (the directory's pages, and the space's preview of a card), so they stay
    /// out of the main part and of the home page's first load (see [`PageTexts`]).
    pub fn directory(&self) -> &'static DirectoryTexts {
        directory_texts(self.lang())
    }

    /// The agenda's texts, out of the main part for the same reason.
    pub fn agenda(&self) -> &'static AgendaTexts {
        agenda_texts(self.lang())
    }

    /// Applying's texts, out of the main part for the same reason.
    pub fn apply(&self) -> &'static ApplyTexts {
        apply_texts(self.lang())
    }

    /// The join page's texts, out of the main part for the same reason.
    pub fn join(&self) -> &'static JoinTexts {
        join_texts(self.lang())
    }

    /// The start-up space's texts, out of the main part for the same reason.
    pub fn space(&self) -> &'static SpaceTexts {
        space_texts(self.lang())
    }

    /// The campus team's texts, in the team's chunk only.
    pub fn team(&self) -> &'static TeamTexts {
        team_texts(self.lang())
    }
}

/// The language context; outside the shell (e.g. in a component test) French.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n {
        lang: Signal::stored(Lang::Fr),
    })
}

/// `1234567` → `1 234 567` with the language's thousands separator.
fn group_thousands(n: u32, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn formats_numbers_dates_and_counts_per_language() {
        assert_eq!(group_thousands(6500, ","), "6,500");
        assert_eq!(group_thousands(254, ","), "254");
        assert_eq!(group_thousands(1_234_567, " "), "1 234 567");
        let date = Date::new(2027, 9, 1).unwrap();
        assert_eq!(
            (page_texts(Lang::Fr).format_date)(date),
            "1ᵉʳ septembre 2027"
        );
        assert_eq!((page_texts(Lang::En).format_date)(date), "1 September 2027");
        assert_eq!(
            (texts(Lang::Fr).fact_source)("Innov'Asso", 2022, 2),
            "Situation en février 2022, d'après Innov'Asso"
        );
        assert_eq!(
            (texts(Lang::En).fact_source)("Innov'Asso", 2022, 2),
            "As of February 2022, according to Innov'Asso"
        );
        let article =
            "«\u{202f}PariSanté Campus, le carrefour du numérique en santé\u{202f}», Innov'Asso";
        assert_eq!(
            (texts(Lang::Fr).fact_source)(article, 2022, 2),
            "Situation en février 2022, d'après «\u{202f}PariSanté Campus, le carrefour du numérique en santé\u{202f}», Innov'Asso"
        );
        assert_eq!(
            (texts(Lang::En).fact_source)(article, 2022, 2),
            "As of February 2022, according to \u{201c}PariSanté Campus, le carrefour du numérique en santé\u{201d}, Innov'Asso"
        );
        assert_eq!((page_texts(Lang::Fr).results_count)(1), "1 formation");
        assert_eq!((page_texts(Lang::En).results_count)(3), "3 programmes");
        assert_eq!(
            (page_texts(Lang::Fr).badge_open)(0),
            "Candidatures ouvertes · clôture aujourd'hui"
        );
        assert_eq!((page_texts(Lang::En).fees)(6500), "€6,500 a year");
    }
}

/// Labels joined into a running list: "Français, anglais", "Formation initiale,
/// alternance". French writes a common noun in lower case inside a list, so every label
/// after the first loses its capital, unless it starts an acronym ("IA", "EHESP"). English
/// keeps its capitals (language names are proper nouns there).
pub fn label_list<'a>(lang: Lang, labels: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (i, label) in labels.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let mut chars = label.chars();
        let acronym = label.chars().nth(1).is_some_and(char::is_uppercase);
        match chars.next() {
            Some(first) if i > 0 && lang == Lang::Fr && !acronym => {
                out.extend(first.to_lowercase());
                out.push_str(chars.as_str());
            }
            _ => out.push_str(label),
        }
    }
    out
}

#[cfg(test)]
mod label_list_tests {
    use super::label_list;
    use model::Lang;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn lower_cases_french_list_items_but_not_acronyms_or_english() {
        assert_eq!(
            label_list(Lang::Fr, ["Français", "Anglais"]),
            "Français, anglais"
        );
        assert_eq!(
            label_list(
                Lang::Fr,
                ["Formation initiale", "IA et santé", "Alternance"]
            ),
            "Formation initiale, IA et santé, alternance"
        );
        assert_eq!(
            label_list(Lang::En, ["French", "English"]),
            "French, English"
        );
        assert_eq!(label_list(Lang::Fr, []), "");
    }
}
