//! The faceted-search building block of the portal, shared by the training catalogue and
//! the start-up directory: state held in the URL, search box, facet panel, filter chips,
//! result bar with sort, pagination. Each page only says which facets it has.

mod facet_group;
mod facet_panel;
mod filter_chips;
mod options;
mod pagination;
mod query_notice;
mod results_bar;
mod search_box;
mod url_state;

pub use facet_group::{FacetGroup, FacetOption};
pub use facet_panel::{FacetPanel, FacetToggle, FacetView};
pub use filter_chips::{focus_results_count, Chip, FilterChips};
pub use options::{coded_options, in_campus_order, named_options, pole_name};
pub use pagination::Pagination;
pub use query_notice::QueryNotice;
pub use results_bar::{ResultsBar, SortOption};
pub use search_box::SearchBox;
pub use url_state::{use_url_query, UrlQuery};
