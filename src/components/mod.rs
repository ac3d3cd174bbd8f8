//! Reusable views. Components never call the network: they get data as props, or a
//! [`crate::data::Query`] from their page.

mod application_badge;
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
pub use form_fields::{ChoiceSelect, TextField};
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
        .map(|p| view! { <p>{localised(i18n, p)}</p> })
        .collect_view()
}
