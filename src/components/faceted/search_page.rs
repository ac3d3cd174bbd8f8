//! A faceted search page, whole, from what a search declares ([`FacetedSearch`]): heading,
//! search box, then the results searched in the browser when the collection is small (every
//! keystroke in one frame) or by the API a page at a time when it is large. The API's
//! counts-only answer tells which; both run the same engine, so they show the same page for
//! the same address. All the state lives in the URL.

use std::sync::Arc;

use leptos::prelude::*;
use model::{
    facet_search::{Coded, Counts, FacetCounts, FacetKind, FacetQuery, ResultList},
    Lang, PoleSummary,
};

use super::{
    options::{chips, facet_views, groups, of_kind, BoundWords, Shown},
    results_view::{results_view, ResultsParts, ToggleParts},
    use_url_query,
    year_range::year_range_parts,
    QueryNotice, SearchBox, SortOption, UrlQuery,
};
use crate::{
    api::LOCAL_SEARCH_LIMIT,
    components::{LiveResults, Loaded, PageHeading},
    data::{live_search, use_data, Data, Query},
    i18n::use_i18n,
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
    pub no_results: &'static str,
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
    /// The whole collection, prepared for searching in the browser.
    type Index: Send + Sync + 'static;
    const PAGE: Page;
    /// The search box's and the sort menu's element ids.
    const SEARCH_BOX_ID: &'static str;
    const SORT_MENU_ID: &'static str;
    /// The class of the result list.
    const LIST_CLASS: &'static str;
    fn texts(lang: Lang) -> SearchTexts;
    /// The collection's size and counts (no items).
    fn summary(data: &Data) -> Query<ResultPage<Self>>;
    fn index(data: &Data) -> Query<Self::Index>;
    /// A page of results searched in the browser.
    fn list(index: &Self::Index, query: &Self::Query, lang: Lang) -> ResultPage<Self>;
    /// A page of results searched by the API.
    fn search(data: &Data, query: &Self::Query, lang: Lang) -> Query<ResultPage<Self>>;
    fn card(item: Self::Item) -> AnyView;
}

#[component]
pub fn FacetedSearchPage<S: FacetedSearch>(
    search: S,
    /// Below the introduction, above the search box.
    #[prop(optional)]
    intro: Option<Children>,
    /// After the results.
    #[prop(optional)]
    after: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state: UrlQuery<S::Query> = use_url_query(S::PAGE);
    let summary = S::summary(&use_data());
    let text = move |pick: fn(SearchTexts) -> &'static str| {
        Signal::derive(move || pick(S::texts(i18n.lang())))
    };
    let search_box = view! {
        <QueryNotice issues=state.issues/>
        <SearchBox
            current=state.text()
            on_input=state.on_text()
            id=S::SEARCH_BOX_ID
            label=text(|t| t.search_label)
            hint=text(|t| t.search_hint)
        />
    };
    let results = view! {
        <Loaded query=summary class="loading--page" ready=move |summary| {
            if summary.total <= LOCAL_SEARCH_LIMIT {
                view! { <LocalSearch search state/> }.into_any()
            } else {
                view! { <RemoteSearch search state/> }.into_any()
            }
        }/>
    };
    page_frame(
        [
            text(|t| t.title),
            text(|t| t.intro),
            text(|t| t.sample_notice),
        ],
        intro,
        search_box.into_any(),
        results.into_any(),
        after,
    )
}

/// The page around the search: heading, introduction and sample notice (`texts`), then
/// `intro`, the search box, the results and `after`. Not generic: compiled once.
fn page_frame(
    texts: [Signal<&'static str>; 3],
    intro: Option<Children>,
    search_box: AnyView,
    results: AnyView,
    after: Option<Children>,
) -> impl IntoView {
    let [title, lead, notice] = texts;
    view! {
        <div class="container section catalogue">
            <PageHeading
                text=Signal::derive(move || title.get().to_owned())
                description=Signal::derive(move || lead.get().to_owned())
            />
            <p class="lead">{move || lead.get()}</p>
            <p class="notice notice--sample">{move || notice.get()}</p>
            {intro.map(|c| c())}
            {search_box}
            {results}
            {after.map(|c| c())}
        </div>
    }
}

/// The whole collection in the browser, searched at each keystroke.
#[component]
fn LocalSearch<S: FacetedSearch>(search: S, state: UrlQuery<S::Query>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let index = S::index(&data);
    let poles = data.poles();
    view! {
        <Loaded query=index class="loading--page" ready=move |index| {
            let list = Memo::new(move |_| {
                state.query.with(|q| Arc::new(S::list(&index, q, i18n.lang())))
            });
            view! { <SearchResults search list=list.into() state poles=poles.clone()/> }
        }/>
    }
}

/// A collection too large for the browser: each search is a request to the API.
#[component]
fn RemoteSearch<S: FacetedSearch>(search: S, state: UrlQuery<S::Query>) -> impl IntoView {
    let i18n = use_i18n();
    let poles = use_data().poles();
    let live = live_search(
        Signal::derive(move || (state.query.get(), i18n.lang())),
        |data, (query, lang)| S::search(data, query, *lang),
    );
    view! {
        <LiveResults search=live ready=move |list, busy| view! {
            <SearchResults search list busy state poles=poles.clone()/>
        }/>
    }
}

/// One page of results (searched in the browser or by the API: the same view), as the
/// search's declaration says to show it.
#[component]
fn SearchResults<S: FacetedSearch>(
    #[allow(unused_variables)] search: S,
    list: Signal<Arc<ResultPage<S>>>,
    /// The results shown are not yet those of the current query (remote search).
    #[prop(optional, into)]
    busy: Signal<bool>,
    state: UrlQuery<S::Query>,
    poles: Query<Vec<PoleSummary>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = state.query;
    let texts = move || S::texts(i18n.lang());
    let pole_list =
        Signal::derive(move || poles.ready().map(|p| Vec::clone(&p)).unwrap_or_default());
    let total = Signal::derive(move || list.with(|l| l.total as usize));
    let asked = Signal::derive(move || list.with(|l| l.page));
    let (page, pages) = state.result_pages(total, asked, S::Query::PER_PAGE);
    let facets = <S::Query as FacetQuery>::FACETS;
    let views = Memo::new(move |_| {
        list.with(|l| {
            query.with(|q| {
                let selected = |param: &str| q.selected(param);
                facet_views(facets, i18n.lang(), &l.facets, &selected, &pole_list.get())
            })
        })
    });
    let chips = Signal::derive(move || {
        let bound = texts().range.map(|r| r.bound_chips);
        list.with(|l| {
            query.with(|q| {
                let selected = |param: &str| q.selected(param);
                let shown = Shown {
                    text: q.text(),
                    selected: &selected,
                    counts: &l.facets,
                };
                chips(facets, i18n.lang(), shown, &pole_list.get(), bound)
            })
        })
    });
    let count = move |param: &'static str| {
        Signal::derive(move || list.with(|l| l.facets.counts(param).map_or(0, Counts::total)))
    };
    let toggles = of_kind(facets, FacetKind::Toggle)
        .map(|facet| ToggleParts {
            facet,
            checked: Signal::derive(move || query.with(|q| !q.selected(facet.param).is_empty())),
            count: count(facet.param),
            on_toggle: Callback::new(move |_| state.update(|q| q.toggle(facet.param, "1"))),
        })
        .collect();
    let items = ViewFn::from(move || {
        list.with(|l| {
            l.items
                .iter()
                .map(|item| view! { <li>{S::card(item.clone())}</li> })
                .collect_view()
        })
    });
    results_view(ResultsParts {
        views,
        group_count: groups(facets).count(),
        toggles,
        year_range: year_range_parts::<S>(list, state),
        on_toggle: state.on_toggle(),
        count_text: Signal::derive(move || (texts().results_count)(total.get())),
        sort_id: S::SORT_MENU_ID,
        sorts: Signal::derive(move || sort_options::<<S::Query as FacetQuery>::Sort>(i18n.lang())),
        current_sort: Signal::derive(move || query.with(|q| q.sort_code())),
        on_sort: state.on_sort(),
        chips,
        on_remove_chip: state.on_remove_chip(),
        on_clear: state.on_clear(),
        total,
        no_results: Signal::derive(move || texts().no_results),
        list_class: S::LIST_CLASS,
        items,
        page,
        pages,
        page_href: state.page_href(),
        busy,
    })
}

fn sort_options<T: Coded>(lang: Lang) -> Vec<SortOption> {
    T::ALL
        .iter()
        .map(|sort| SortOption {
            code: sort.code(),
            label: sort.label(lang),
        })
        .collect()
}
