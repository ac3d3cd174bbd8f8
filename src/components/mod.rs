//! Reusable views. Components never call the network: they get data as props, or a
//! [`crate::data::Query`] from their page.

mod application_badge;
mod application_facts;
mod breadcrumbs;
mod compare_bar;
mod error_view;
mod event_card;
mod faceted;
mod fees_text;
mod form_fields;
#[cfg(not(feature = "ssr"))]
mod head_element;
mod institute_list;
mod json_ld;
mod key_figures;
mod lang_suggestion;
mod lang_switch;
mod live_results;
mod loaded;
mod loading;
mod not_found_view;
mod not_indexed;
mod organisation_list;
mod page_heading;
mod pole_card;
mod programme_card;
mod selection_buttons;
mod share_image;
mod site_footer;
mod site_header;
mod skip_link;
mod startup_card;
mod startup_logo;

pub use application_badge::{application_text, ApplicationBadge};
pub use application_facts::ApplicationFacts;
pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use compare_bar::CompareBar;
pub use error_view::ErrorView;
pub use event_card::{event_badges, event_times, EventCard};
pub use faceted::{
    focus_results_count, local_search, use_url_query, Chip, FacetGroup, FacetOption, FacetPanel,
    FacetToggle, FacetView, FacetedSearch, FacetedSearchPage, FilterChips, LocalSearchView,
    Pagination, QueryNotice, RangeTexts, ResultPage, ResultsBar, SearchBox, SearchTexts,
    SearchedLocally, SortOption, UrlQuery,
};
pub use fees_text::{fees_amount, fees_text};
pub use form_fields::{coded_choices, CheckGroup, ChoiceSelect, Credentials, TextField};
pub use institute_list::InstituteList;
pub use json_ld::attach_json_ld;
pub use key_figures::{FactSourceNote, KeyFigures};
pub use lang_suggestion::LanguageSuggestion;
pub use lang_switch::LangSwitch;
pub use live_results::LiveResults;
pub use loaded::Loaded;
pub use loading::Loading;
pub use not_found_view::NotFoundView;
pub use not_indexed::mark_not_indexed;
pub use organisation_list::OrganisationList;
pub use page_heading::PageHeading;
pub use pole_card::{pole_links, PoleGrid};
pub use programme_card::ProgrammeCard;
pub use selection_buttons::SelectionButtons;
pub use share_image::share_image;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use startup_card::StartupCard;
pub use startup_logo::StartupLogo;

#[cfg(test)]
mod tests;

use leptos::prelude::*;
use model::Localised;

use crate::i18n::I18n;

/// A localised text that follows the current language.
pub fn localised(i18n: I18n, text: Localised) -> impl Fn() -> String + Send + Sync + Clone {
    move || text.get(i18n.lang()).to_owned()
}

/// One row of a page's key facts (`<dl class="facts">`): a label and its value.
pub fn fact(label: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}

/// `<p>` per paragraph, each following the current language.
pub fn paragraphs(i18n: I18n, texts: Vec<Localised>) -> impl IntoView {
    texts
        .into_iter()
        .map(|p| {
            let runs = move || {
                quoted_runs(p.get(i18n.lang()))
                    .into_iter()
                    .map(|run| match run {
                        Run::Text(text) => text.into_any(),
                        Run::Quote(words) => view! { <q>{words}</q> }.into_any(),
                    })
                    .collect_view()
            };
            view! { <p>{runs}</p> }
        })
        .collect_view()
}

/// A part of a paragraph: plain text, or the words of a quotation.
#[derive(Debug, PartialEq)]
pub enum Run {
    Text(String),
    Quote(String),
}

/// Cuts `text` at its quotations (RGAA 9.4: marked up as `<q>`, whose marks the stylesheet
/// draws in the page's language): a span in « » or “ ” of at least three words. A shorter
/// one is a name in quotation marks (« Fresk »), left as written.
pub fn quoted_runs(text: &str) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['«', '“']) {
        let close_mark = if rest[open..].starts_with('«') {
            '»'
        } else {
            '”'
        };
        let inner_start = open + rest[open..].chars().next().map_or(1, char::len_utf8);
        let Some(close) = rest[inner_start..]
            .find(close_mark)
            .map(|c| inner_start + c)
        else {
            break;
        };
        let inner = rest[inner_start..close].trim_matches(['\u{202f}', '\u{a0}', ' ']);
        let after = close + close_mark.len_utf8();
        if inner.split_whitespace().count() >= 3 {
            if open > 0 {
                runs.push(Run::Text(rest[..open].to_owned()));
            }
            runs.push(Run::Quote(inner.to_owned()));
        } else {
            runs.push(Run::Text(rest[..after].to_owned()));
        }
        rest = &rest[after..];
    }
    if !rest.is_empty() {
        runs.push(Run::Text(rest.to_owned()));
    }
    // Neighbouring plain runs, joined.
    let mut joined: Vec<Run> = Vec::new();
    for run in runs {
        match (joined.last_mut(), run) {
            (Some(Run::Text(previous)), Run::Text(text)) => previous.push_str(&text),
            (_, run) => joined.push(run),
        }
    }
    joined
}
