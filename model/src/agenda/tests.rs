use super::*;
use crate::{Date, Lang, Localised};

fn at(text: &str) -> ParisTime {
    text.parse().unwrap()
}

fn event(slug: &str, kind: EventType, start: &str, end: &str) -> EventSummary {
    EventSummary {
        slug: slug.to_owned(),
        title: Localised::new(format!("Titre {slug}"), format!("Title {slug}")),
        summary: Localised::new("Résumé", "Summary"),
        kind,
        audiences: vec![Audience::GeneralPublic],
        poles: vec!["patients-societe".to_owned()],
        format: EventFormat::OnSite,
        languages: vec![EventLanguage::French],
        free: true,
        access: vec![Access::StepFree],
        start: at(start),
        end: at(end),
        all_day: false,
        status: EventStatus::Scheduled,
        registration: RegistrationWindow {
            open: true,
            closes: None,
        },
        capacity: None,
        seats_left: None,
        sample: true,
    }
}

/// Now: 2026-12-04 12:00 in Paris.
fn now() -> i64 {
    at("2026-12-04T12:00:00+01:00").unix()
}

fn index() -> AgendaIndex {
    let mut workshop = event(
        "atelier-patients",
        EventType::Workshop,
        "2026-12-10T14:00:00+01:00",
        "2026-12-10T17:00:00+01:00",
    );
    workshop.audiences = vec![Audience::Patients];
    workshop.access = vec![Access::StepFree, Access::SignLanguage, Access::Captions];
    let mut forum = event(
        "forum",
        EventType::Forum,
        "2027-03-29T09:00:00+02:00",
        "2027-03-31T18:00:00+02:00",
    );
    forum.free = false;
    forum.languages = vec![EventLanguage::French, EventLanguage::English];
    forum.poles = vec!["entrepreneuriat".to_owned()];
    let inauguration = event(
        "inauguration",
        EventType::PublicMeeting,
        "2021-12-14T10:00:00+01:00",
        "2021-12-14T12:00:00+01:00",
    );
    let mut radio = event(
        "radio",
        EventType::Radio,
        "2026-12-05T18:00:00+01:00",
        "2026-12-05T19:00:00+01:00",
    );
    radio.format = EventFormat::Online;
    radio.access = vec![Access::Captions];
    AgendaIndex::new(vec![workshop, forum, inauguration, radio])
}

fn slugs(index: &AgendaIndex, query: &AgendaQuery) -> Vec<String> {
    index
        .search(query, now(), Lang::Fr)
        .matches
        .iter()
        .map(|i| index.get(*i).slug.clone())
        .collect()
}

fn parse(pairs: &[(&str, &str)]) -> AgendaQuery {
    let (query, issues) = AgendaQuery::parse(pairs.iter().copied());
    assert!(issues.is_empty(), "{issues:?}");
    query
}

#[test]
fn upcoming_by_default_soonest_first_and_the_archive_most_recent_first() {
    let index = index();
    assert_eq!(
        slugs(&index, &AgendaQuery::default()),
        ["radio", "atelier-patients", "forum"]
    );
    assert_eq!(slugs(&index, &parse(&[("past", "1")])), ["inauguration"]);
    let result = index.search(&AgendaQuery::default(), now(), Lang::Fr);
    assert_eq!(result.facets.past, 1, "the archive's size");
}

#[test]
fn facets_filter_and_count_what_selecting_would_give() {
    let index = index();
    let query = parse(&[("audience", "patients-associations")]);
    assert_eq!(slugs(&index, &query), ["atelier-patients"]);
    let facets = index.search(&query, now(), Lang::Fr).facets;
    let count = |values: &[crate::facet_search::FacetValue], code: &str| {
        values.iter().find(|v| v.value == code).map(|v| v.count)
    };
    assert_eq!(count(&facets.audience, "grand-public"), Some(2));
    assert_eq!(count(&facets.kind, "atelier"), Some(1));
    assert_eq!(count(&facets.kind, "forum-salon"), Some(0));
    assert_eq!(facets.free, 1);
    assert_eq!(
        slugs(&index, &parse(&[("type", "forum-salon,emission-radio")])),
        ["radio", "forum"]
    );
    assert_eq!(
        slugs(&index, &parse(&[("free", "1")])),
        ["radio", "atelier-patients"]
    );
    assert_eq!(slugs(&index, &parse(&[("lang", "en")])), ["forum"]);
    assert_eq!(slugs(&index, &parse(&[("format", "en-ligne")])), ["radio"]);
    assert_eq!(
        slugs(&index, &parse(&[("pole", "entrepreneuriat")])),
        ["forum"]
    );
    assert!(slugs(&index, &parse(&[("pole", "nulle-part")])).is_empty());
    assert_eq!(
        slugs(&index, &parse(&[("q", "atelier")])),
        ["atelier-patients"]
    );
}

#[test]
fn accessibility_features_are_all_required() {
    let index = index();
    let query = parse(&[("access", "sous-titrage")]);
    assert_eq!(slugs(&index, &query), ["radio", "atelier-patients"]);
    let both = parse(&[("access", "sous-titrage,lsf")]);
    assert_eq!(slugs(&index, &both), ["atelier-patients"]);
    let facets = index.search(&query, now(), Lang::Fr).facets;
    let lsf = facets.access.iter().find(|v| v.value == "lsf").unwrap();
    assert_eq!(lsf.count, 1, "adding LSF leaves the workshop only");
    let captions = facets
        .access
        .iter()
        .find(|v| v.value == "sous-titrage")
        .unwrap();
    assert_eq!(captions.count, 2);
}

#[test]
fn dates_select_overlapping_events_and_days_are_counted() {
    let index = index();
    let week = parse(&[("from", "2026-12-07"), ("to", "2026-12-13")]);
    assert_eq!(slugs(&index, &week), ["atelier-patients"]);
    // The forum spans three days; a range touching its last day finds it.
    assert_eq!(slugs(&index, &parse(&[("from", "2027-03-31")])), ["forum"]);
    assert!(slugs(&index, &parse(&[("to", "2026-12-04")])).is_empty());
    let days = index.search(&week, now(), Lang::Fr).facets.day;
    let marked: Vec<&str> = days.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(
        marked,
        [
            "2026-12-05",
            "2026-12-10",
            "2027-03-29",
            "2027-03-30",
            "2027-03-31"
        ],
        "days are counted over every filter but the dates"
    );
    let (query, issues) = AgendaQuery::parse([("from", "2026-12-10"), ("to", "2026-12-01")]);
    assert_eq!(issues.len(), 1);
    assert_eq!(query.to, None);
    assert_eq!(query.from, Date::new(2026, 12, 10));
    assert_eq!(AgendaQuery::parse([("from", "10/12/2026")]).1.len(), 1);
}

#[test]
fn sorts_by_title_in_the_readers_language_and_round_trips_links() {
    let index = index();
    let query = parse(&[("sort", "titre")]);
    assert_eq!(
        slugs(&index, &query),
        ["atelier-patients", "forum", "radio"]
    );
    let query = parse(&[
        ("past", "1"),
        ("type", "atelier"),
        ("access", "lsf,plain-pied"),
        ("from", "2026-12-01"),
    ]);
    let pairs = query.to_pairs();
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(AgendaQuery::parse(borrowed).0.to_pairs(), pairs);
    assert!(
        pairs.contains(&("access", "plain-pied,lsf".to_owned())),
        "{pairs:?}"
    );
    let list = index.list(&AgendaQuery::default(), now(), Lang::En, 2);
    assert_eq!((list.total, list.items.len()), (3, 2));
}

#[test]
fn a_registration_names_each_broken_rule() {
    let good = RegistrationRequest {
        name: "Camille Martin".into(),
        email: "camille@example.org".into(),
        lang: Lang::Fr,
        ..RegistrationRequest::default()
    };
    assert!(good.check().is_empty());
    let bad = RegistrationRequest {
        name: " ".into(),
        email: "camille".into(),
        organisation: "x".repeat(limits::ORGANISATION + 1),
        access_needs: "Boucle magnétique".into(),
        ..good.clone()
    };
    let fields: Vec<String> = bad.check().into_iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        ["name", "email", "organisation", "access_needs_consent"]
    );
    let consented = RegistrationRequest {
        access_needs: "  Boucle magnétique ".into(),
        access_needs_consent: true,
        email: " Camille@Example.ORG ".into(),
        ..good.clone()
    };
    assert!(consented.check().is_empty());
    let stored = consented.normalised();
    assert_eq!(stored.email, "Camille@example.org");
    assert_eq!(stored.access_needs, "Boucle magnétique");
    let unconsented = RegistrationRequest {
        access_needs_consent: false,
        ..consented
    };
    assert_eq!(unconsented.normalised().access_needs, "");
}
