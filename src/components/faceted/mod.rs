//! The faceted-search building block of the portal, shared by every faceted search (the
//! training catalogue, the start-up directory, the agenda): the whole page from a search's
//! declaration, its state held in the URL, search box, facet panel, filter chips, result
//! bar with sort, pagination. Each page only says which search it is and how a result
//! looks.

mod facet_group;
mod facet_panel;
mod filter_chips;
mod options;
mod pagination;
mod query_notice;
mod results_bar;
mod results_view;
mod search;
mod search_box;
mod search_page;
mod search_results;
mod url_state;
mod year_range;

pub use facet_group::{FacetGroup, FacetOption};
pub use facet_panel::{FacetPanel, FacetToggle, FacetView};
pub use filter_chips::{focus_results_count, Chip, FilterChips};
pub use pagination::Pagination;
pub use query_notice::QueryNotice;
pub use results_bar::{ResultsBar, SortOption};
pub use search::{
    FacetedSearch, LocalSearchView, RangeTexts, ResultPage, SearchTexts, SearchedLocally,
};
pub use search_box::SearchBox;
pub use search_page::{local_search, FacetedSearchPage};
pub use url_state::{use_url_query, UrlQuery};
