//! The agenda's search, declared: its sort orders and facets, shared by the URL of
//! `/agenda` and `GET /api/v1/events` (and the calendar feed, which takes the same filters).

use super::{Access, AgendaFacets, Audience, EventFormat, EventLanguage, EventType};
use crate::{
    facet_search::{coded_enum, search_query, QueryIssue},
    Date,
};

coded_enum! {
    /// How the agenda orders its results.
    AgendaSort {
        /// Soonest first; in the archive, most recent first.
        Date => "date", "Date", "Date";
        /// Best text match first; by date without search text.
        Relevance => "pertinence", "Pertinence", "Relevance";
        Title => "titre", "Titre", "Title";
    }
}

search_query! {
    /// Everything that selects and orders events.
    pub struct AgendaQuery {
        sort: AgendaSort,
        per_page: 20,
        counts: AgendaFacets,
        check: check_date_range,
        facets: {
            types: Vec<EventType> = "type", counts kind,
                "Type d'événement" / "Type of event", unknown "event type";
            audiences: Vec<Audience> = "audience", counts audience,
                "Public" / "Audience", unknown "audience";
            poles: Vec<String> = "pole", counts pole,
                "Pôle du campus" / "Campus pole";
            formats: Vec<EventFormat> = "format", counts format,
                "Format" / "Format", unknown "format";
            languages: Vec<EventLanguage> = "lang", counts lang,
                "Langue" / "Language", unknown "language";
            /// Events offering every selected feature (not any of them): a person who needs
            /// both step-free access and captions needs both.
            access: Vec<Access> = "access", counts access,
                "Accessibilité" / "Accessibility", unknown "accessibility feature";
            /// Only free events.
            free: bool = "free", counts free,
                "Gratuit" / "Free";
            /// Events on or after this Paris date.
            from: Option<Date> = "from", counts day,
                "Du" / "From";
            /// Events on or before this Paris date.
            to: Option<Date> = "to", counts day,
                "Au" / "To";
            /// The archive: events that have ended, instead of the coming ones.
            past: bool = "past", counts past,
                "Événements passés" / "Past events";
        }
    }
}

/// A range that ends before it starts is reported and its end dropped, as the directory's
/// founding years are: what is kept is always a valid search.
fn check_date_range(query: &mut AgendaQuery, issues: &mut Vec<QueryIssue>) {
    if let (Some(from), Some(to)) = (query.from, query.to) {
        if from > to {
            issues.push(QueryIssue::new(
                "to",
                &to.to_string(),
                "must not be before from",
            ));
            query.to = None;
        }
    }
}

impl AgendaQuery {
    /// Whether an event held from `first` to `last` (Paris dates) meets the date range.
    pub fn dates_match(&self, first: Date, last: Date) -> bool {
        self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to)
    }
}
