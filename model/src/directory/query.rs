//! The directory's search, declared: its sort orders and facets, shared by the URL of
//! `/startups` and `GET /api/v1/startups`.

use super::{DirectoryFacets, Sector, Stage};
use crate::facet_search::{coded_enum, search_query, QueryIssue};

/// Founding years a query may name.
pub use crate::facet_search::{YEAR_MAX as FOUNDED_MAX, YEAR_MIN as FOUNDED_MIN};

coded_enum! {
    /// How the directory orders its results.
    DirectorySort {
        /// Best text match first; by name without search text.
        Relevance => "pertinence", "Pertinence", "Relevance";
        Name => "nom", "Nom (A → Z)", "Name (A → Z)";
        /// Most recent arrival on the campus first.
        Newest => "arrivee", "Arrivée sur le campus la plus récente", "Newest on campus";
        /// Most recently updated profile first.
        Updated => "mise-a-jour", "Fiche mise à jour récemment", "Recently updated";
    }
}

search_query! {
    /// Everything that selects and orders start-ups.
    pub struct DirectoryQuery {
        sort: DirectorySort,
        per_page: 24,
        counts: DirectoryFacets,
        check: check_founding_range,
        facets: {
            sectors: Vec<Sector> = "sector", counts sector,
                "Secteur" / "Sector", unknown "sector";
            stages: Vec<Stage> = "stage", counts stage,
                "Stade de développement" / "Stage", unknown "stage";
            poles: Vec<String> = "pole", counts pole,
                "Pôle du campus" / "Campus pole";
            /// Founded in or after this year.
            founded_from: Option<u16> = "founded_from", counts founded,
                "De" / "From";
            /// Founded in or before this year.
            founded_to: Option<u16> = "founded_to", counts founded,
                "À" / "To";
            /// Only research spin-offs.
            spin_off: bool = "spinoff", counts spin_off,
                "Issue de la recherche" / "Research spin-off";
            /// Only start-ups that are hiring.
            hiring: bool = "hiring", counts hiring,
                "Recrute" / "Hiring";
        }
    }
}

/// A range that ends before it starts is reported, and its end dropped, like every other
/// part not understood: what is kept is always a valid search (found by the fuzzer).
fn check_founding_range(query: &mut DirectoryQuery, issues: &mut Vec<QueryIssue>) {
    if let (Some(from), Some(to)) = (query.founded_from, query.founded_to) {
        if from > to {
            issues.push(QueryIssue::new(
                "founded_to",
                &to.to_string(),
                "must not be before founded_from",
            ));
            query.founded_to = None;
        }
    }
}

impl DirectoryQuery {
    /// Whether a founding year is within the founding-year range. A start-up that has
    /// not given its year is outside any range, and inside "any year".
    pub fn founded_matches(&self, year: Option<u16>) -> bool {
        match year {
            Some(year) => {
                self.founded_from.is_none_or(|from| year >= from)
                    && self.founded_to.is_none_or(|to| year <= to)
            }
            None => self.founded_from.is_none() && self.founded_to.is_none(),
        }
    }
}
