//! The agenda's API: the search and its facets, one event, registrations that never
//! overbook (holds, expiry, cancellation, promotion), bad input, calendars and mail in the
//! outbox, and retention.

mod support;

use std::{sync::Arc, time::Duration};

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
};
use http_body_util::BodyExt;
use rusqlite::Connection;
use serde_json::{json, Value};
use server::{app, AppState, Content, Db, RegistrationLimits};
use support::events::test_event;
use tower::ServiceExt;

struct Agenda {
    router: axum::Router,
    state: AppState,
    dir: tempfile::TempDir,
}

/// Runs `portal-server event ARGS…` in this process, as the campus team types it.
async fn event_command(args: &[&str]) -> String {
    let cli = server::cli::Cli::from_words(["event"].iter().chain(args).copied()).unwrap();
    let Some(server::cli::Command::Event { action }) = cli.command else {
        panic!("not an event command: {args:?}");
    };
    server::event_admin::run(action).await.unwrap()
}

impl Agenda {
    async fn with(events: &[Value]) -> Agenda {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_str().unwrap().to_owned();
        Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
        for (i, event) in events.iter().enumerate() {
            let file = dir.path().join(format!("event{i}.json"));
            std::fs::write(&file, event.to_string()).unwrap();
            event_command(&["upsert", "--from", file.to_str().unwrap(), "--data", &data]).await;
        }
        let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
        let mut state = AppState::load(db).await.unwrap();
        state.registration_limits = Arc::new(RegistrationLimits::new(
            1000,
            Duration::from_millis(1),
            1000,
            Duration::from_millis(1),
        ));
        Agenda {
            router: app(state.clone(), dir.path().join("dist")),
            state,
            dir,
        }
    }

    async fn call(&self, method: Method, uri: &str, body: Option<Value>) -> (StatusCode, Value) {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("/api/v1{uri}"));
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        let body = body.map_or(Body::empty(), |b| Body::from(b.to_string()));
        let response = self
            .router
            .clone()
            .oneshot(request.body(body).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, value)
    }

    async fn get(&self, uri: &str) -> Value {
        let (status, body) = self.call(Method::GET, uri, None).await;
        assert_eq!(status, StatusCode::OK, "{uri}: {body}");
        body
    }

    async fn register(&self, slug: &str, name: &str, email: &str) -> (StatusCode, Value) {
        let body = json!({ "name": name, "email": email, "lang": "fr" });
        self.call(
            Method::POST,
            &format!("/events/{slug}/registrations"),
            Some(body),
        )
        .await
    }

    fn db(&self) -> Connection {
        Connection::open(self.dir.path().join("campus.sqlite3")).unwrap()
    }

    /// The link secret of `email`'s registration to `slug`.
    fn token(&self, slug: &str, email: &str) -> String {
        self.db()
            .query_row(
                "SELECT token FROM registrations WHERE event_slug = ?1 AND email = ?2",
                [slug, email],
                |r| r.get(0),
            )
            .unwrap()
    }

    /// The letters waiting in the outbox for `email`, decoded enough to search.
    fn letters_to(&self, email: &str) -> Vec<String> {
        let mut stmt = self
            .db()
            .prepare("SELECT message FROM outbox WHERE recipient = ?1 ORDER BY id")
            .unwrap()
            .query_map([email], |r| r.get::<_, Vec<u8>>(0))
            .unwrap()
            .map(|m| String::from_utf8_lossy(&m.unwrap()).into_owned())
            .collect::<Vec<_>>();
        std::mem::take(&mut stmt)
    }

    fn states(&self, slug: &str) -> Vec<(String, u32)> {
        let conn = self.db();
        let mut stmt = conn
            .prepare(
                "SELECT state, count(*) FROM registrations WHERE event_slug = ?1 \
                 GROUP BY state ORDER BY state",
            )
            .unwrap();
        stmt.query_map([slug], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }
}

fn slugs(list: &Value) -> Vec<&str> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["slug"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn the_agenda_lists_coming_events_by_facets_and_keeps_an_archive() {
    let agenda = Agenda::with(&[]).await;
    let coming = agenda.get("/events?per_page=100").await;
    assert!(
        coming["total"].as_u64().unwrap() >= 15,
        "{}",
        coming["total"]
    );
    let now = server::clock::now_unix() as i64;
    for event in coming["items"].as_array().unwrap() {
        let end: model::agenda::ParisTime = event["end"].as_str().unwrap().parse().unwrap();
        assert!(end.unix() > now, "{} is past", event["slug"]);
        let start = event["start"].as_str().unwrap();
        assert!(
            start.ends_with("+01:00") || start.ends_with("+02:00"),
            "Paris time: {start}"
        );
    }
    let archive = agenda.get("/events?past=1&per_page=100").await;
    assert!(slugs(&archive).contains(&"inauguration-parisante-campus"));
    assert_eq!(coming["facets"]["past"], archive["total"]);

    let patients = agenda
        .get("/events?audience=patients-associations&type=atelier&per_page=100")
        .await;
    assert!(slugs(&patients).contains(&"atelier-patients-donnees-de-sante"));
    for event in patients["items"].as_array().unwrap() {
        assert!(event["audiences"]
            .as_array()
            .unwrap()
            .contains(&json!("patients-associations")));
        assert_eq!(event["type"], "atelier");
    }
    let both = agenda
        .get("/events?access=lsf,facile-a-lire&per_page=100")
        .await;
    for event in both["items"].as_array().unwrap() {
        let access = event["access"].as_array().unwrap();
        assert!(access.contains(&json!("lsf")) && access.contains(&json!("facile-a-lire")));
    }
    let event = agenda
        .get("/events/atelier-patients-donnees-de-sante")
        .await;
    assert!(
        event.get("online_url").is_none(),
        "the online link is never public"
    );
    assert_eq!(event["registration"]["open"], true);

    let full = agenda.get("/events/co-conception-application-suivi").await;
    assert_eq!(full["status"], "full");
    assert_eq!(full["seats_left"], 0);
    let cancelled = agenda.get("/events/conference-recherche-cohortes").await;
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["registration"]["open"], false);
}

#[tokio::test]
async fn fifty_parallel_registrations_for_ten_seats_give_ten_seats_and_forty_waitlist_places() {
    let agenda = Arc::new(Agenda::with(&[test_event("essai", 10)]).await);
    let mut tasks = Vec::new();
    for i in 0..50 {
        let agenda = agenda.clone();
        tasks.push(tokio::spawn(async move {
            agenda
                .register(
                    "essai",
                    &format!("Personne {i}"),
                    &format!("p{i}@example.org"),
                )
                .await
        }));
    }
    for task in tasks {
        let (status, body) = task.await.unwrap();
        assert_eq!(status, StatusCode::ACCEPTED, "{body}");
        assert_eq!(body, json!({ "state": "pending", "hold_minutes": 30 }));
    }
    let event = agenda.get("/events/essai").await;
    assert_eq!(event["seats_left"], 0, "ten holds take the ten seats");
    assert_eq!(event["status"], "full");

    // Everyone opens their link, in parallel.
    let mut tasks = Vec::new();
    for i in 0..50 {
        let agenda = agenda.clone();
        let token = agenda.token("essai", &format!("p{i}@example.org"));
        tasks.push(tokio::spawn(async move {
            agenda
                .call(
                    Method::POST,
                    &format!("/registrations/{token}/confirmation"),
                    None,
                )
                .await
        }));
    }
    for task in tasks {
        let (status, body) = task.await.unwrap();
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    assert_eq!(
        agenda.states("essai"),
        [("confirmed".to_owned(), 10), ("waitlisted".to_owned(), 40)]
    );

    // A confirmed person cancels: the first on the waitlist gets the seat and a mail.
    let confirmed: String = agenda
        .db()
        .query_row(
            "SELECT token FROM registrations WHERE event_slug = 'essai' AND state = 'confirmed' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (first_waiting, first_email): (String, String) = agenda
        .db()
        .query_row(
            "SELECT token, email FROM registrations WHERE state = 'waitlisted' ORDER BY queued_at, id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let view = agenda.get(&format!("/registrations/{first_waiting}")).await;
    assert_eq!(view["waitlist_position"], 1);
    let (status, cancelled) = agenda
        .call(Method::DELETE, &format!("/registrations/{confirmed}"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(cancelled["state"], "cancelled");
    let promoted = agenda.get(&format!("/registrations/{first_waiting}")).await;
    assert_eq!(promoted["state"], "confirmed");
    assert_eq!(promoted["online_url"], "https://visio.example/essai");
    let letters = agenda.letters_to(&first_email);
    assert_eq!(letters.len(), 3, "link, waitlist, promotion");
    assert!(
        letters[2].contains("text/calendar"),
        "the promotion carries the .ics"
    );
    assert_eq!(
        agenda.states("essai"),
        [
            ("cancelled".to_owned(), 1),
            ("confirmed".to_owned(), 10),
            ("waitlisted".to_owned(), 39)
        ]
    );

    // A late registrant's hold expires unconfirmed: a seat freed by then is not theirs.
    let (status, _) = agenda
        .register("essai", "Tardive", "late@example.org")
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let late = agenda.token("essai", "late@example.org");
    agenda
        .db()
        .execute(
            "UPDATE registrations SET hold_until = 1 WHERE email = 'late@example.org'",
            [],
        )
        .unwrap();
    let (_, expired) = agenda
        .call(
            Method::POST,
            &format!("/registrations/{late}/confirmation"),
            None,
        )
        .await;
    assert_eq!(expired["state"], "expired");

    // A pending seat hold that expires goes to the waitlist.
    let next_waiting: String = agenda
        .db()
        .query_row(
            "SELECT token FROM registrations WHERE state = 'waitlisted' ORDER BY queued_at, id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let seat: String = agenda
        .db()
        .query_row(
            "SELECT token FROM registrations WHERE event_slug = 'essai' AND state = 'confirmed' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // As if it had never been confirmed, and its half hour were over.
    agenda
        .db()
        .execute(
            "UPDATE registrations SET state = 'pending', hold_until = 1 WHERE token = ?1",
            [&seat],
        )
        .unwrap();
    assert_eq!(
        agenda.get(&format!("/registrations/{seat}")).await["state"],
        "expired"
    );
    let (status, _) = agenda.register("essai", "Autre", "other@example.org").await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_eq!(
        agenda.get(&format!("/registrations/{next_waiting}")).await["state"],
        "confirmed",
        "the expired hold's seat went to the waitlist"
    );
    let confirmed_seats: u32 = agenda
        .db()
        .query_row(
            "SELECT count(*) FROM registrations WHERE event_slug = 'essai' AND state = 'confirmed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(confirmed_seats <= 10, "never overbooked: {confirmed_seats}");
}

#[tokio::test]
async fn the_same_email_twice_gets_its_mail_again_not_a_second_seat() {
    let agenda = Agenda::with(&[test_event("essai", 3)]).await;
    for _ in 0..2 {
        let (status, _) = agenda
            .register("essai", "Camille", "camille@example.org")
            .await;
        assert_eq!(status, StatusCode::ACCEPTED);
    }
    let (status, _) = agenda
        .register("essai", "Camille", "CAMILLE@example.org")
        .await;
    assert_eq!(
        status,
        StatusCode::ACCEPTED,
        "the same answer, whatever is known"
    );
    assert_eq!(agenda.states("essai"), [("pending".to_owned(), 1)]);
    assert_eq!(
        agenda.letters_to("camille@example.org").len(),
        3,
        "each request mails the stored address again"
    );
    assert_eq!(agenda.get("/events/essai").await["seats_left"], 2);
}

#[tokio::test]
async fn bad_registrations_name_each_field_and_closed_events_refuse() {
    let agenda = Agenda::with(&[test_event("essai", 3)]).await;
    let (status, problem) = agenda
        .call(
            Method::POST,
            "/events/essai/registrations",
            Some(
                json!({ "name": "", "email": "pas-un-email", "lang": "fr", "access_needs": "LSF" }),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "email", "access_needs_consent"]);
    let (status, _) = agenda
        .call(
            Method::POST,
            "/events/essai/registrations",
            Some(json!({ "name": "A", "email": "a@example.org", "lang": "fr", "extra": 1 })),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an unknown field is refused"
    );
    let (status, _) = agenda.register("inconnu", "A", "a@example.org").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, problem) = agenda
        .register("conference-recherche-cohortes", "A", "a@example.org")
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "a cancelled event: {problem}");
    let (status, _) = agenda
        .register("inauguration-parisante-campus", "A", "a@example.org")
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a past event without registration"
    );
}

#[tokio::test]
async fn registrations_are_rate_limited_per_email() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
    let router = app(AppState::load(db).await.unwrap(), dir.path().join("dist"));
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let request =
            Request::post("/api/v1/events/atelier-patients-donnees-de-sante/registrations")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    json!({ "name": "A", "email": "a@example.org", "lang": "fr" }).to_string(),
                ))
                .unwrap();
        let response = router.clone().oneshot(request).await.unwrap();
        statuses.push(response.status());
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            assert!(response.headers().contains_key(header::RETRY_AFTER));
        }
    }
    assert_eq!(statuses[..5], [StatusCode::ACCEPTED; 5]);
    assert_eq!(statuses[5..], [StatusCode::TOO_MANY_REQUESTS; 2]);
}

#[tokio::test]
async fn calendars_carry_paris_time_with_its_zone_and_cancellations_keep_their_uid() {
    let agenda = Agenda::with(&[test_event("essai", 3)]).await;
    let response = agenda
        .router
        .clone()
        .oneshot(
            Request::get("/api/v1/events/essai/calendar.ics")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "text/calendar; charset=utf-8"
    );
    let ics = String::from_utf8(
        response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec(),
    )
    .unwrap();
    for line in [
        "METHOD:PUBLISH",
        "UID:event-essai@parisante-campus",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Paris",
    ] {
        assert!(ics.contains(&format!("{line}\r\n")), "{line} in\n{ics}");
    }
    assert!(ics.contains("DTSTART;TZID=Europe/Paris:"), "{ics}");
    assert!(!ics.contains("ORGANIZER"));

    let data = agenda.dir.path().to_str().unwrap().to_owned();
    event_command(&["cancel", "essai", "--data", &data]).await;
    let event = agenda.get("/events/essai").await;
    assert_eq!(event["status"], "cancelled");
    assert_eq!(event["sequence"], 1);
}

/// An event starting `hours` from now, registration open until an hour before.
fn event_in(slug: &str, hours: i64, status: &str) -> Value {
    let now = server::clock::now_unix() as i64;
    let wall = |unix: i64| {
        let t = server::paris::time_of(unix);
        format!("{}T{}", t.date, t.clock())
    };
    let mut event = test_event(slug, 10);
    event["start"] = json!(wall(now + hours * 3600));
    event["end"] = json!(wall(now + (hours + 2) * 3600));
    event["registration_closes"] = json!(wall(now + (hours - 1) * 3600));
    event["status"] = json!(status);
    event
}

#[tokio::test]
async fn confirmed_registrants_get_one_reminder_the_day_before_and_never_for_a_postponed_event() {
    let agenda = Agenda::with(&[
        event_in("demain", 20, "scheduled"),
        event_in("dans-trois-jours", 72, "scheduled"),
    ])
    .await;
    for (slug, email) in [
        ("demain", "a@example.org"),
        ("dans-trois-jours", "b@example.org"),
    ] {
        let (status, _) = agenda.register(slug, "A", email).await;
        assert_eq!(status, StatusCode::ACCEPTED);
        let token = agenda.token(slug, email);
        let (status, _) = agenda
            .call(
                Method::POST,
                &format!("/registrations/{token}/confirmation"),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK);
    }
    // Each has its link and its confirmation so far; a reminder is a third letter.
    let letters = |email: &str| agenda.letters_to(email).len();
    assert_eq!((letters("a@example.org"), letters("b@example.org")), (2, 2));
    let now = server::clock::now_unix() as i64;
    assert_eq!(
        agenda.state.agenda_upkeep(now).await.unwrap(),
        0,
        "registered within the last day: the confirmation has just said it all"
    );
    // As if they had registered two days ago.
    agenda
        .db()
        .execute(
            "UPDATE registrations SET created_at = created_at - 2 * 86400",
            [],
        )
        .unwrap();
    assert_eq!(agenda.state.agenda_upkeep(now).await.unwrap(), 1);
    assert_eq!(agenda.state.agenda_upkeep(now).await.unwrap(), 0, "once");
    assert_eq!(letters("a@example.org"), 3);
    assert_eq!(letters("b@example.org"), 2, "three days ahead: not yet");
    let reminder = agenda.letters_to("a@example.org").pop().unwrap();
    assert!(
        reminder.contains("text/calendar"),
        "the reminder carries the .ics"
    );

    // A postponed event is never reminded of.
    let data = agenda.dir.path().to_str().unwrap().to_owned();
    let file = agenda.dir.path().join("postponed.json");
    std::fs::write(
        &file,
        event_in("dans-trois-jours", 72, "postponed").to_string(),
    )
    .unwrap();
    event_command(&["upsert", "--from", file.to_str().unwrap(), "--data", &data]).await;
    let later = now + 60 * 3600;
    assert_eq!(agenda.state.agenda_upkeep(later).await.unwrap(), 0);
    assert_eq!(letters("b@example.org"), 2);
}
