//! What a faceted search page says of itself ([`FacetedSearch`]): its declared query, its
//! words, where its data comes from and how one result looks. The rest of the block draws
//! the page from it.

use std::sync::Arc;

use leptos::prelude::*;
use model::{
    facet_search::{FacetQuery, ResultList},
    Lang,
};

use super::{options::BoundWords, UrlQuery};
use crate::{
    data::{Data, Query},
    routes::Page,
};

/// One page of a search's results.
pub type ResultPage<S> =
    ResultList<<S as FacetedSearch>::Item, <<S as FacetedSearch>::Query as FacetQuery>::Counts>;

/// The words of a search page, in one language.
pub struct SearchTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub sample_notice: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// No result for the filters.
    pub no_results: &'static str,
    /// No result without any filter: the collection is empty.
    pub empty: &'static str,
    pub results_count: fn(usize) -> String,
    /// The words of the year range, for a search with two year facets.
    pub range: Option<RangeTexts>,
}

/// The words of a year range.
#[derive(Clone, Copy)]
pub struct RangeTexts {
    pub legend: &'static str,
    /// The menus' first choice: no bound.
    pub any_year: &'static str,
    /// How a chip words the lower and the upper bound.
    pub bound_chips: [BoundWords; 2],
}

/// What a faceted search page says of itself; [`FacetedSearchPage`] does the rest.
pub trait FacetedSearch: Copy + Send + Sync + 'static {
    type Query: FacetQuery<Counts: Clone + Default + PartialEq + Send + Sync + 'static>;
    type Item: Clone + PartialEq + Send + Sync + 'static;
    const PAGE: Page;
    /// The search box's and the sort menu's element ids.
    const SEARCH_BOX_ID: &'static str;
    const SORT_MENU_ID: &'static str;
    /// The class of the result list.
    const LIST_CLASS: &'static str;
    fn texts(lang: Lang) -> SearchTexts;
    /// A page of results searched by the API.
    fn search(data: &Data, query: &Self::Query, lang: Lang) -> Query<ResultPage<Self>>;
    fn card(item: Self::Item) -> AnyView;
    /// The heading of the group an item is in (the agenda's days), when results are
    /// grouped: a heading is drawn before each group's first item.
    fn group(_item: &Self::Item, _lang: Lang) -> Option<String> {
        None
    }
    /// A view of the whole search drawn above the result list (the agenda's month), if the
    /// search has one. It reads the same answer as the list, so both agree.
    fn overview(
        _list: Signal<Arc<ResultPage<Self>>>,
        _state: UrlQuery<Self::Query>,
    ) -> Option<AnyView> {
        None
    }
    /// How this search runs in the browser when its collection is small enough, if it can
    /// ([`local_search`](super::local_search) of a [`SearchedLocally`] search); `None`:
    /// always by the API.
    fn local() -> Option<LocalSearchView<Self>> {
        None
    }
}

/// Draws a search's results searched in the browser, once its collection is known small.
pub type LocalSearchView<S> = fn(S, UrlQuery<<S as FacetedSearch>::Query>) -> AnyView;

/// A search whose collection can be downloaded whole and searched in the browser.
pub trait SearchedLocally: FacetedSearch {
    /// The whole collection, prepared for searching in the browser.
    type Index: Send + Sync + 'static;
    /// The collection's size and counts (no items).
    fn summary(data: &Data) -> Query<ResultPage<Self>>;
    fn index(data: &Data) -> Query<Self::Index>;
    /// A page of results searched in the browser.
    fn list(index: &Self::Index, query: &Self::Query, lang: Lang) -> ResultPage<Self>;
}
