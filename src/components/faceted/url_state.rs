use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate},
    NavigateOptions,
};
use model::facet_search::{encode_query, FacetQuery, QueryIssue};

use super::focus_results_count;
use crate::{
    i18n::use_i18n,
    routes::{Href, Page},
};

/// A faceted search whose whole state is the page's query string: every view is a
/// shareable link and the back button undoes a choice.
pub struct UrlQuery<Q: FacetQuery> {
    pub query: Memo<Q>,
    /// Parts of the address that could not be understood (shown, then ignored).
    pub issues: Memo<Vec<QueryIssue>>,
    /// Moves to another state: `replace` for typing (no history entry per key), push for
    /// deliberate choices.
    pub go: Callback<(Q, bool)>,
    /// The link to a state, in the current language.
    pub href: Callback<Q, String>,
}

impl<Q: FacetQuery> Clone for UrlQuery<Q> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Q: FacetQuery> Copy for UrlQuery<Q> {}

impl<Q: FacetQuery> UrlQuery<Q> {
    /// Applies `change` to the current state and pushes the result.
    pub fn update(&self, change: impl FnOnce(&mut Q)) {
        let mut q = self.query.get_untracked();
        change(&mut q);
        self.go.run((q, false));
    }

    /// Applies `change` to the current state in place (no new history entry): for
    /// corrections the reader did not ask for.
    pub fn update_replacing(&self, change: impl FnOnce(&mut Q)) {
        let mut q = self.query.get_untracked();
        change(&mut q);
        self.go.run((q, true));
    }

    /// The page shown and the number of pages of a result list of `total` entries whose
    /// answer is for page `asked`. An address past the last page (the results shrank, or a
    /// hand-edited link) is corrected to the last page, in place.
    pub fn result_pages(
        self,
        total: Signal<usize>,
        asked: Signal<u32>,
        per_page: u32,
    ) -> (Signal<u32>, Signal<u32>) {
        let pages = Signal::derive(move || total.get().div_ceil(per_page as usize).max(1) as u32);
        let page = Signal::derive(move || asked.get().clamp(1, pages.get()));
        Effect::new(move |_| {
            let (asked, last) = (asked.get(), pages.get());
            if asked > last && total.get() > 0 {
                self.update_replacing(|q| q.set_page(last));
            }
        });
        (page, pages)
    }

    /// The search text.
    pub fn text(self) -> Signal<String> {
        Signal::derive(move || self.query.with(|q| q.text().to_owned()))
    }

    /// New search text, typed: the address is replaced, not pushed (no history entry per
    /// key).
    pub fn on_text(self) -> Callback<String> {
        Callback::new(move |text: String| self.update_replacing(|q| q.set_text(text)))
    }

    /// Selects or unselects a facet value.
    pub fn on_toggle(self) -> Callback<(&'static str, String)> {
        Callback::new(move |(param, value): (&'static str, String)| {
            self.update(|q| q.toggle(param, &value))
        })
    }

    /// Removes a filter chip; its button is gone, so focus goes to the result count.
    pub fn on_remove_chip(self) -> Callback<(&'static str, String)> {
        Callback::new(move |(param, value): (&'static str, String)| {
            self.update(|q| q.toggle(param, &value));
            focus_results_count();
        })
    }

    /// Clears every filter, keeping the sort.
    pub fn on_clear(self) -> Callback<()> {
        Callback::new(move |_| {
            self.update(|q| *q = q.cleared());
            focus_results_count();
        })
    }

    /// The link to page `n` of the current search.
    pub fn page_href(self) -> Callback<u32, String> {
        Callback::new(move |n: u32| {
            let mut q = self.query.get_untracked();
            q.set_page(n);
            self.href.run(q)
        })
    }

    /// Changes the sort from its code (unknown codes change nothing).
    pub fn on_sort(self) -> Callback<String> {
        Callback::new(move |code: String| {
            let mut q = self.query.get_untracked();
            if q.set_sort(&code) {
                self.go.run((q, false));
            }
        })
    }
}

/// Reads the search state of `page` from the URL.
pub fn use_url_query<Q: FacetQuery>(page: Page) -> UrlQuery<Q> {
    let i18n = use_i18n();
    let location = use_location();
    let parsed = Memo::new(move |_| Q::from_search(&location.search.get()));
    let query = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let issues = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let page = StoredValue::new(page);
    let href = Callback::new(move |q: Q| {
        format!(
            "{}{}",
            page.with_value(|p| p.href(i18n.lang())),
            encode_query(&q.to_pairs())
        )
    });
    let navigate = use_navigate();
    let go = Callback::new(move |(q, replace): (Q, bool)| {
        navigate(
            &href.run(q),
            NavigateOptions {
                replace,
                scroll: false,
                // The address is whole (public base included): the router must not
                // prefix its base again.
                resolve: false,
                ..Default::default()
            },
        );
    });
    UrlQuery {
        query,
        issues,
        go,
        href,
    }
}
