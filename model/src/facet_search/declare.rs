//! A search is a declaration: one row per facet (parameter, field, kind, legend) from which
//! [`search_query!`] writes the query type, its query-string codec, toggling, the list of
//! parameters the API documents, and what the app's facet panel and chips show.

/// Declares a search: its query type (search text `q`, the facets' fields, `sort`, `page`)
/// and, from one row per facet, everything [`FacetQuery`](super::FacetQuery) does.
///
/// `sort` is a [`coded_enum!`](super::coded_enum) whose first value is the default;
/// `per_page` is a page's default size. A row: `field: Type = "param", counts facets_field, "French legend" / "English legend"`,
/// then `, unknown "noun"` for a closed vocabulary. Rows are in display order, which is
/// also the order of the parameters in a canonical link. `check` names a function that
/// may report and drop what is inconsistent across parameters once all are read.
macro_rules! search_query {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            sort: $sort:ty,
            per_page: $per_page:literal,
            counts: $counts:ty,
            $(check: $check:path,)?
            facets: {
                $(
                    $(#[$field_meta:meta])*
                    $field:ident: $ty:ty = $param:literal, counts $count:ident,
                    $fr:literal / $en:literal $(, unknown $what:literal)?;
                )+
            }
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct $name {
            pub q: String,
            $($(#[$field_meta])* pub $field: $ty,)+
            pub sort: $sort,
            /// 1-based.
            pub page: u32,
        }

        impl $name {
            /// How many results a page has unless the client asks otherwise.
            pub const PER_PAGE: u32 = $per_page;

            /// Every facet, in display order.
            pub const FACETS: &'static [$crate::facet_search::Facet] = &[$(
                $crate::facet_search::Facet {
                    param: $param,
                    kind: <$ty as $crate::facet_search::FacetField>::KIND,
                    legend: [$fr, $en],
                    choices: <$ty as $crate::facet_search::FacetField>::choices,
                },
            )+];

            pub fn page(&self) -> u32 {
                self.page.max(1)
            }

            /// Whether any filter (not sort or page) is set.
            pub fn has_filters(&self) -> bool {
                use $crate::facet_search::FacetField;
                !self.q.trim().is_empty() $(|| self.$field.is_set())+
            }

            /// Selects `value` of filter `param` if it is not selected, or unselects it;
            /// back to page 1. Unknown parameters or values change nothing.
            pub fn toggle(&mut self, param: &str, value: &str) {
                use $crate::facet_search::FacetField;
                match param {
                    "q" => self.q.clear(),
                    $($param => self.$field.toggle(value),)+
                    _ => return,
                }
                self.page = 1;
            }

            /// The same sort, no filters.
            pub fn cleared(&self) -> $name {
                $name { sort: self.sort, ..$name::default() }
            }

            /// Replaces filter `param`'s value with `value` (empty: unset), back to page 1.
            /// Unknown parameters or values change nothing.
            pub fn set(&mut self, param: &str, value: &str) {
                use $crate::facet_search::FacetField;
                let mut ignored = Vec::new();
                match param {
                    $($param => {
                        let mut field = <$ty>::default();
                        field.parse(param, value, "", &mut ignored);
                        if ignored.is_empty() {
                            self.$field = field;
                        }
                    })+
                    _ => return,
                }
                self.page = 1;
            }

            /// The selected values of `param`'s facet, as codes.
            pub fn selected(&self, param: &str) -> Vec<String> {
                use $crate::facet_search::FacetField;
                match param {
                    $($param => self.$field.selected(),)+
                    _ => Vec::new(),
                }
            }

            /// Parses query-string pairs (already percent-decoded). Repeated parameters and
            /// comma-separated values both work. What cannot be understood is reported, not
            /// fatal.
            pub fn parse<'a>(
                pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
            ) -> ($name, Vec<$crate::facet_search::QueryIssue>) {
                use $crate::facet_search::{FacetField, QueryIssue};
                let mut query = $name::default();
                let mut issues = Vec::new();
                for (key, value) in pairs {
                    match key {
                        "q" => $crate::facet_search::parse_text(key, value, &mut query.q, &mut issues),
                        $($param => query.$field.parse(
                            key,
                            value,
                            concat!("unknown ", $($what)?),
                            &mut issues,
                        ),)+
                        "sort" => match <$sort>::from_code(value) {
                            Some(sort) => query.sort = sort,
                            None => issues.push(QueryIssue::new(key, value, "unknown sort order")),
                        },
                        "page" => $crate::facet_search::parse_page(key, value, &mut query.page, &mut issues),
                        _ => issues.push(QueryIssue::new(key, value, "unknown parameter")),
                    }
                }
                $($check(&mut query, &mut issues);)?
                (query, issues)
            }

            /// The canonical query-string pairs: defaults omitted, values in a stable order,
            /// so equal searches give equal links.
            pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
                use $crate::facet_search::FacetField;
                let mut pairs = Vec::new();
                let q = self.q.trim();
                if !q.is_empty() {
                    pairs.push(("q", q.to_owned()));
                }
                $(
                    let value = self.$field.encode();
                    if !value.is_empty() {
                        pairs.push(($param, value));
                    }
                )+
                if self.sort != <$sort>::default() {
                    pairs.push(("sort", self.sort.code().to_owned()));
                }
                if self.page() > 1 {
                    pairs.push(("page", self.page().to_string()));
                }
                pairs
            }
        }

        /// The first sort order is the default.
        impl Default for $sort {
            fn default() -> $sort {
                <$sort>::ALL[0]
            }
        }

        impl $crate::facet_search::FacetCounts for $counts {
            fn counts(&self, param: &str) -> Option<$crate::facet_search::Counts<'_>> {
                use $crate::facet_search::AsCounts;
                match param {
                    $($param => Some(self.$count.as_counts()),)+
                    _ => None,
                }
            }
        }

        impl $crate::facet_search::FacetQuery for $name {
            type Sort = $sort;
            type Counts = $counts;
            const FACETS: &'static [$crate::facet_search::Facet] = $name::FACETS;
            const PER_PAGE: u32 = $name::PER_PAGE;
            fn parse_pairs<'a>(
                pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
            ) -> (Self, Vec<$crate::facet_search::QueryIssue>) {
                $name::parse(pairs)
            }
            fn to_pairs(&self) -> Vec<(&'static str, String)> {
                $name::to_pairs(self)
            }
            fn toggle(&mut self, param: &str, value: &str) {
                $name::toggle(self, param, value)
            }
            fn cleared(&self) -> Self {
                $name::cleared(self)
            }
            fn has_filters(&self) -> bool {
                $name::has_filters(self)
            }
            fn selected(&self, param: &str) -> Vec<String> {
                $name::selected(self, param)
            }
            fn set(&mut self, param: &str, value: &str) {
                $name::set(self, param, value)
            }
            fn text(&self) -> &str {
                &self.q
            }
            fn set_text(&mut self, text: String) {
                self.q = text;
                self.page = 1;
            }
            fn page(&self) -> u32 {
                $name::page(self)
            }
            fn set_page(&mut self, page: u32) {
                self.page = page;
            }
            fn sort(&self) -> $sort {
                self.sort
            }
            fn set_sort(&mut self, code: &str) -> bool {
                match <$sort>::from_code(code) {
                    Some(sort) => {
                        self.sort = sort;
                        self.page = 1;
                        true
                    }
                    None => false,
                }
            }
        }
    };
}

pub(crate) use search_query;
