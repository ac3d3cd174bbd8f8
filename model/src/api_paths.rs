//! The API's addresses: the server routes these templates, the app asks for them, and
//! `server/openapi.yaml` documents exactly these (`server/tests/openapi.rs` checks both
//! ways). A template names its one parameter in braces (`{slug}`, `{token}`), as axum and
//! OpenAPI both write it.

/// Where the API is, on its host: [`ROOT`] then [`VERSION`].
pub const PREFIX: &str = "/api/v1";
pub const ROOT: &str = "/api";
pub const VERSION: &str = "/v1";

pub const HEALTH: &str = "/health";
pub const CAMPUS: &str = "/campus";
pub const POLES: &str = "/poles";
pub const POLE: &str = "/poles/{slug}";
pub const PROGRAMMES: &str = "/programmes";
pub const PROGRAMME: &str = "/programmes/{slug}";
pub const STARTUPS: &str = "/startups";
pub const STARTUP: &str = "/startups/{slug}";
pub const STARTUP_LOGO: &str = "/startups/{slug}/logo";
pub const EVENTS: &str = "/events";
/// The agenda as a calendar feed (same filters as [`EVENTS`]).
pub const EVENTS_FEED: &str = "/events.ics";
pub const EVENT: &str = "/events/{slug}";
pub const EVENT_CALENDAR: &str = "/events/{slug}/calendar.ics";
pub const EVENT_REGISTRATIONS: &str = "/events/{slug}/registrations";
pub const REGISTRATION: &str = "/registrations/{token}";
pub const REGISTRATION_CONFIRMATION: &str = "/registrations/{token}/confirmation";
pub const CALLS: &str = "/calls";
pub const CALL: &str = "/calls/{slug}";
pub const CALL_APPLICATIONS: &str = "/calls/{slug}/applications";
pub const APPLICATION: &str = "/applications/{token}";
pub const APPLICATION_DECK: &str = "/applications/{token}/deck";
pub const APPLICATION_SUBMISSION: &str = "/applications/{token}/submission";
pub const APPLICATION_WITHDRAWAL: &str = "/applications/{token}/withdrawal";
pub const SESSION: &str = "/session";
pub const ME: &str = "/me";
pub const MY_STARTUP: &str = "/me/startup";
pub const MY_LOGO: &str = "/me/startup/logo";
pub const MY_HISTORY: &str = "/me/startup/history";
pub const TEAM_SESSION: &str = "/team/session";
pub const TEAM_ME: &str = "/team/me";
pub const TEAM_SECOND_FACTOR: &str = "/team/second-factor";
pub const TEAM_AUDIT: &str = "/team/audit";
pub const TEAM_CALL_APPLICATIONS: &str = "/team/calls/{slug}/applications";
pub const TEAM_APPLICATION: &str = "/team/applications/{id}";
pub const TEAM_APPLICATION_DECK: &str = "/team/applications/{id}/deck";
pub const TEAM_APPLICATION_STATE: &str = "/team/applications/{id}/state";
pub const TEAM_STAFF: &str = "/team/staff";
pub const TEAM_STARTUPS: &str = "/team/startups";
pub const TEAM_ACCOUNT: &str = "/team/accounts/{id}";
pub const TEAM_STARTUP_INVITATIONS: &str = "/team/startups/{slug}/invitations";
pub const TEAM_STARTUP_PUBLICATION: &str = "/team/startups/{slug}/publication";
pub const TEAM_PROGRAMMES: &str = "/team/programmes";
pub const TEAM_PROGRAMME: &str = "/team/programmes/{slug}";
pub const TEAM_PROGRAMME_ARCHIVAL: &str = "/team/programmes/{slug}/archival";
pub const TEAM_EVENTS: &str = "/team/events";
pub const TEAM_EVENT: &str = "/team/events/{slug}";
pub const TEAM_EVENT_CANCELLATION: &str = "/team/events/{slug}/cancellation";
pub const TEAM_EVENT_REGISTRATIONS: &str = "/team/events/{slug}/registrations";
pub const INVITATION: &str = "/invitations/{token}";
pub const INVITATION_ACCEPTANCE: &str = "/invitations/{token}/acceptance";
pub const TEAM_APPLICATION_REVIEWERS: &str = "/team/applications/{id}/reviewers";
pub const TEAM_APPLICATION_CONFLICT: &str = "/team/applications/{id}/conflict";
pub const TEAM_APPLICATION_REVIEW: &str = "/team/applications/{id}/review";
pub const TEAM_APPLICATION_REVIEWS: &str = "/team/applications/{id}/reviews";
pub const TEAM_APPLICATION_DECISION: &str = "/team/applications/{id}/decision";
pub const TEAM_CALL_DECISIONS: &str = "/team/calls/{slug}/decisions";
pub const TEAM_CALL_DECISIONS_SENDING: &str = "/team/calls/{slug}/decisions/sending";
pub const TEAM_DECISION: &str = "/team/decisions/{id}";
pub const TEAM_DECISION_APPROVAL: &str = "/team/decisions/{id}/approval";

/// Every template.
pub const ALL: [&str; 59] = [
    HEALTH,
    CAMPUS,
    POLES,
    POLE,
    PROGRAMMES,
    PROGRAMME,
    STARTUPS,
    STARTUP,
    STARTUP_LOGO,
    EVENTS,
    EVENTS_FEED,
    EVENT,
    EVENT_CALENDAR,
    EVENT_REGISTRATIONS,
    REGISTRATION,
    REGISTRATION_CONFIRMATION,
    CALLS,
    CALL,
    CALL_APPLICATIONS,
    APPLICATION,
    APPLICATION_DECK,
    APPLICATION_SUBMISSION,
    APPLICATION_WITHDRAWAL,
    SESSION,
    ME,
    MY_STARTUP,
    MY_LOGO,
    MY_HISTORY,
    TEAM_SESSION,
    TEAM_ME,
    TEAM_SECOND_FACTOR,
    TEAM_AUDIT,
    TEAM_CALL_APPLICATIONS,
    TEAM_APPLICATION,
    TEAM_APPLICATION_DECK,
    TEAM_APPLICATION_STATE,
    TEAM_STAFF,
    TEAM_APPLICATION_REVIEWERS,
    TEAM_APPLICATION_CONFLICT,
    TEAM_APPLICATION_REVIEW,
    TEAM_APPLICATION_REVIEWS,
    TEAM_APPLICATION_DECISION,
    TEAM_CALL_DECISIONS,
    TEAM_CALL_DECISIONS_SENDING,
    TEAM_DECISION,
    TEAM_DECISION_APPROVAL,
    TEAM_STARTUP_INVITATIONS,
    TEAM_STARTUP_PUBLICATION,
    INVITATION,
    INVITATION_ACCEPTANCE,
    TEAM_PROGRAMMES,
    TEAM_PROGRAMME,
    TEAM_PROGRAMME_ARCHIVAL,
    TEAM_EVENTS,
    TEAM_EVENT,
    TEAM_EVENT_CANCELLATION,
    TEAM_EVENT_REGISTRATIONS,
    TEAM_STARTUPS,
    TEAM_ACCOUNT,
];

/// A template without parameter, under the prefix: `/api/v1/campus`.
pub fn path(template: &str) -> String {
    format!("{PREFIX}{template}")
}

/// `template` with its parameter set to `value` (already a valid slug or token), under
/// the prefix: `/api/v1/poles/recherche`.
pub fn path_of(template: &str, value: &str) -> String {
    format!("{PREFIX}{}", fill(template, value))
}

/// `template` with its parameter set to `value`, relative to the prefix.
pub fn fill(template: &str, value: &str) -> String {
    match (template.find('{'), template.find('}')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{value}{}", &template[..open], &template[close + 1..])
        }
        _ => template.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_under_the_prefix() {
        assert_eq!(PREFIX, format!("{ROOT}{VERSION}"));
        assert_eq!(path(CAMPUS), "/api/v1/campus");
        assert_eq!(path_of(POLE, "recherche"), "/api/v1/poles/recherche");
        assert_eq!(
            path_of(REGISTRATION_CONFIRMATION, "abc"),
            "/api/v1/registrations/abc/confirmation"
        );
        assert_eq!(fill(STARTUP_LOGO, "posos"), "/startups/posos/logo");
    }

    #[test]
    fn every_template_is_listed_once_and_has_at_most_one_parameter() {
        let mut seen = std::collections::HashSet::new();
        for template in ALL {
            assert!(seen.insert(template), "{template} twice");
            assert!(template.starts_with('/'), "{template}");
            assert!(template.matches('{').count() <= 1, "{template}");
        }
    }
}
