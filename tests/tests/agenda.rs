//! The agenda as a patient uses it: finding a patients' workshop by its facets, registering,
//! opening the link of the e-mail that arrived, cancelling; and a waitlisted person
//! promoted and e-mailed when a seat frees up. Mail is read where it arrived, on a real
//! SMTP server; calendars are read by a real iCalendar parser.

use std::path::Path;

use portal_e2e::{
    mail_and_calendars::{parse_calendar, SmtpServer},
    Portal,
};
use serde_json::json;

/// The link secret of the newest letter to `email` whose subject contains `subject`.
async fn link_in_letter(portal: &Portal, smtp: &SmtpServer, email: &str, subject: &str) -> String {
    let mut token = String::new();
    portal
        .wait_until(&format!("a letter to {email}: {subject}"), || {
            let found = smtp
                .letters_to(email)
                .into_iter()
                .rev()
                .find(|letter| letter.subject.contains(subject))
                .and_then(|letter| {
                    let start =
                        letter.text.find("/agenda/inscription#")? + "/agenda/inscription#".len();
                    Some(letter.text[start..start + 64].to_owned())
                });
            let done = found.is_some();
            if let Some(found) = found {
                token = found;
            }
            async move { done }
        })
        .await;
    token
}

/// The portal, its server delivering mail to a real SMTP server.
async fn launch(dir: &Path) -> (Portal, SmtpServer) {
    let smtp = SmtpServer::start(dir).await;
    let portal = Portal::launch_with("fr-FR,fr", &["--smtp-url", &smtp.url]).await;
    (portal, smtp)
}

/// Publishes `event` as the campus team does, with `portal-server event upsert`, into the
/// running server's database.
fn publish(portal: &Portal, event: &serde_json::Value) {
    let file = portal.data_dir().join("event.json");
    std::fs::write(&file, event.to_string()).unwrap();
    let status = std::process::Command::new(portal_e2e::env_path("PORTAL_SERVER_BIN"))
        .args(["event", "upsert", "--from"])
        .arg(&file)
        .arg("--data")
        .arg(portal.data_dir())
        .status()
        .unwrap();
    assert!(status.success(), "the event command publishes");
}

async fn register(portal: &Portal, name: &str, email: &str) {
    portal.fill("#register-name", name).await;
    portal.fill("#register-email", email).await;
    portal.click(".event__register button[type=submit]").await;
    portal
        .wait_until("the registration is sent", || async {
            portal
                .text_of(".event__register .notice--success")
                .await
                .is_some_and(|t| t.contains("30 minutes"))
        })
        .await;
}

async fn open_link(portal: &Portal, token: &str, state: &str) {
    portal.goto(&format!("/agenda/inscription#{token}")).await;
    portal
        .wait_until(&format!("the registration reads {state}"), || async {
            portal
                .text_of(".registration .notice--status")
                .await
                .is_some_and(|t| t.contains(state))
        })
        .await;
}

async fn cancel(portal: &Portal) {
    portal.click(".registration button.button--secondary").await;
    portal.click(".registration__confirm .button--danger").await;
    portal
        .wait_until("the registration is cancelled", || async {
            portal
                .text_of(".registration .notice--status")
                .await
                .is_some_and(|t| t.contains("Annulée"))
        })
        .await;
}

#[tokio::test]
async fn a_patient_finds_a_workshop_registers_confirms_by_mail_and_cancels() {
    let dir = tempfile::tempdir().unwrap();
    let (portal, smtp) = launch(dir.path()).await;
    portal.goto("/agenda").await;
    portal
        .click("label[for='facet-audience-patients-associations']")
        .await;
    portal.click("label[for='facet-type-atelier']").await;
    portal
        .wait_for_query("/agenda?type=atelier&audience=patients-associations")
        .await;
    portal.assert_accessible("the agenda, filtered").await;
    portal
        .click("a[href$='/agenda/atelier-patients-donnees-de-sante']")
        .await;
    portal
        .wait_for_h1("Atelier\u{202f}: vos données de santé, qui les voit\u{202f}?")
        .await;
    portal.assert_accessible("an event page").await;

    // A rule broken while typing is said, and nothing typed is lost.
    portal.fill("#register-name", "Camille Martin").await;
    portal.fill("#register-email", "camille").await;
    portal.click(".event__register button[type=submit]").await;
    portal.find("#register-email[aria-invalid='true']").await;
    assert_eq!(
        portal
            .eval("return document.querySelector('#register-name').value;")
            .await,
        "Camille Martin"
    );
    register(&portal, "Camille Martin", "camille@example.org").await;

    let token = link_in_letter(
        &portal,
        &smtp,
        "camille@example.org",
        "Confirmez votre inscription",
    )
    .await;
    open_link(&portal, &token, "Confirmée").await;
    portal.assert_accessible("a confirmed registration").await;
    let mut confirmation = None;
    portal
        .wait_until("the confirmation letter", || {
            confirmation = smtp
                .letters_to("camille@example.org")
                .into_iter()
                .find(|l| l.subject.contains("Inscription confirmée"));
            let done = confirmation.is_some();
            async move { done }
        })
        .await;
    let confirmation = confirmation.unwrap();
    assert!(
        confirmation.text.contains("heure de Paris"),
        "{}",
        confirmation.text
    );
    // The .ics it carries imports: a real parser reads it, in Paris time.
    let (_, ics) = confirmation
        .attachments
        .iter()
        .find(|(kind, _)| kind == "text/calendar")
        .expect("the confirmation carries the event's .ics");
    let calendar = parse_calendar(ics);
    assert_eq!(calendar["method"], "PUBLISH");
    assert_eq!(calendar["timezones"], json!(["Europe/Paris"]));
    let event = &calendar["events"][0];
    assert_eq!(
        event["uid"],
        "event-atelier-patients-donnees-de-sante@parisante-campus"
    );
    assert_eq!(event["tzid"], "Europe/Paris");
    assert_eq!(event["status"], "CONFIRMED");
    assert_eq!(event["has_organizer"], false);

    cancel(&portal).await;
    portal
        .wait_until("the cancellation letter", || {
            let done = smtp
                .letters_to("camille@example.org")
                .iter()
                .any(|l| l.subject.contains("Inscription annulée"));
            async move { done }
        })
        .await;
    portal.close().await;
}

#[tokio::test]
async fn a_freed_seat_goes_to_the_waitlist_which_is_told_by_mail() {
    let dir = tempfile::tempdir().unwrap();
    let (portal, smtp) = launch(dir.path()).await;
    // An event of one seat, published by the campus team's command.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let day = model::Date::from_days_since_epoch(now / 86_400 + 10);
    let event = json!({
        "slug": "atelier-une-place",
        "title": { "fr": "Atelier à une place", "en": "One-seat workshop" },
        "summary": { "fr": "Une seule place.", "en": "One seat only." },
        "description": { "fr": "Pour les essais.", "en": "For the tests." },
        "type": "atelier", "audiences": ["patients-associations"], "format": "sur-place",
        "languages": ["fr"], "free": true, "access": ["plain-pied"],
        "start": format!("{day}T14:00"), "end": format!("{day}T15:00"),
        "registration_closes": format!("{day}T12:00"), "capacity": 1,
        "organiser": "Collectif d'essai",
        "place": { "name": { "fr": "Salle d'essai", "en": "Test room" }, "address": "Paris 15ᵉ",
                   "access_info": { "fr": "De plain-pied.", "en": "Step-free." } },
        "sample": true
    });
    publish(&portal, &event);

    // The running server sees the new event within its index's lifetime.
    portal.goto("/agenda").await;
    portal
        .wait_until("the new event is served", || async {
            portal.fetch_json("/api/v1/events/atelier-une-place").await["slug"]
                == "atelier-une-place"
        })
        .await;
    portal.goto("/agenda/atelier-une-place").await;
    register(&portal, "Alex Premier", "alex@example.org").await;
    let alex = link_in_letter(&portal, &smtp, "alex@example.org", "Confirmez").await;
    open_link(&portal, &alex, "Confirmée").await;

    portal.goto("/agenda/atelier-une-place").await;
    portal
        .wait_until("the event reads full", || async {
            portal
                .text_of(".event__register .notice--warning")
                .await
                .is_some()
        })
        .await;
    register(&portal, "Sam Second", "sam@example.org").await;
    let sam = link_in_letter(&portal, &smtp, "sam@example.org", "Confirmez").await;
    open_link(&portal, &sam, "Sur liste d'attente").await;
    assert!(portal
        .text_of(".registration")
        .await
        .unwrap()
        .contains("position 1"));

    open_link(&portal, &alex, "Confirmée").await;
    cancel(&portal).await;
    link_in_letter(&portal, &smtp, "sam@example.org", "Une place s'est libérée").await;
    open_link(&portal, &sam, "Confirmée").await;
    portal.close().await;
}

#[tokio::test]
async fn every_agenda_page_is_accessible_in_both_languages() {
    let portal = Portal::launch().await;
    for path in [
        "/agenda",
        "/en/events",
        "/agenda?past=1",
        "/en/events?audience=patients-associations&access=lsf",
        "/agenda/inauguration-parisante-campus",
        "/en/events/forum-cooperation-internationale",
        "/agenda/conference-recherche-cohortes",
        "/en/events/co-conception-application-suivi",
        "/agenda/inscription",
        "/en/events/registration",
    ] {
        portal.goto(path).await;
        portal.find("main h1").await;
        portal
            .wait_until(&format!("{path} without a placeholder"), || async {
                portal.find_all("main .loading").await.is_empty()
            })
            .await;
        portal.assert_accessible(path).await;
    }
    portal.close().await;
}

/// The last Sunday of March of the first year whose March is still ahead.
fn next_spring_change(today: model::Date) -> model::Date {
    let year = if today.month >= 3 {
        today.year + 1
    } else {
        today.year
    };
    let last = model::Date::new(year, 3, 31).unwrap();
    last.plus_days(-i64::from((last.weekday() + 1) % 7))
}

#[tokio::test]
async fn calendars_import_across_a_daylight_saving_change() {
    let portal = Portal::launch().await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let sunday = next_spring_change(model::Date::from_days_since_epoch(now / 86_400));
    assert_eq!(sunday.weekday(), 6);
    let saturday = sunday.plus_days(-1);
    // Saturday 18:00 (UTC+1) to Sunday 10:00 (UTC+2): 15 hours, not 16.
    let event = json!({
        "slug": "veillee-changement-d-heure",
        "title": { "fr": "Veillée au changement d'heure", "en": "Evening across the clock change" },
        "summary": { "fr": "Sur deux jours.", "en": "Over two days." },
        "description": { "fr": "Pour les essais.", "en": "For the tests." },
        "type": "rencontre", "audiences": ["grand-public"], "format": "en-ligne",
        "languages": ["fr"], "free": true,
        "start": format!("{saturday}T18:00"), "end": format!("{sunday}T10:00"),
        "organiser": "Collectif d'essai", "sample": true
    });
    publish(&portal, &event);
    portal.goto("/agenda").await;
    let ics = portal
        .fetch_text("/api/v1/events/veillee-changement-d-heure/calendar.ics")
        .await;
    let calendar = parse_calendar(ics.as_bytes());
    let event = &calendar["events"][0];
    assert_eq!(event["start"], format!("{saturday}T17:00:00+00:00"));
    assert_eq!(event["end"], format!("{sunday}T08:00:00+00:00"));
    assert_eq!(event["sequence"], 0);

    // The whole feed parses too, and holds the coming events.
    let feed = portal
        .fetch_text("/api/v1/events.ics?audience=grand-public")
        .await;
    let calendar = parse_calendar(feed.as_bytes());
    assert!(
        calendar["events"].as_array().unwrap().len() >= 5,
        "{calendar}"
    );
    portal.close().await;
}

#[tokio::test]
async fn the_month_leads_to_a_days_events_by_keyboard() {
    let portal = Portal::launch().await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let today = model::Date::from_days_since_epoch(now / 86_400);
    // In the next month, whatever the day.
    let day = today.next_month().plus_days(11);
    let event = json!({
        "slug": "atelier-du-calendrier",
        "title": { "fr": "Atelier du calendrier", "en": "Calendar workshop" },
        "summary": { "fr": "Un jour du mois suivant.", "en": "A day of next month." },
        "description": { "fr": "Pour les essais.", "en": "For the tests." },
        "type": "atelier", "audiences": ["grand-public"], "format": "en-ligne",
        "languages": ["fr"], "free": true,
        "start": format!("{day}T10:00"), "end": format!("{day}T11:30"),
        "organiser": "Collectif d'essai", "sample": true
    });
    publish(&portal, &event);
    portal.goto("/agenda").await;
    portal.find("table.month__grid").await;
    portal.assert_accessible("the agenda's month").await;
    // This month's table links only days with events, each to its own search.
    for link in portal.find_all("a.month__day--events").await {
        let href = link.attr("href").await.unwrap().unwrap();
        assert!(href.contains("from=") && href.contains("&to="), "{href}");
    }
    // This month, chosen, then the next one by its link.
    portal
        .goto(&format!(
            "/agenda?from={}&to={}",
            today.month_start(),
            today.month_end()
        ))
        .await;
    portal
        .find(&format!(
            "a.month__nav--next[href$='?from={}&to={}']",
            today.next_month(),
            today.next_month().month_end()
        ))
        .await;
    portal.click("a.month__nav--next").await;
    let next = today.next_month();
    portal
        .wait_for_query(&format!("/agenda?from={next}&to={}", next.month_end()))
        .await;
    let day_link = format!("a.month__day--events[href$='?from={day}&to={day}']");
    let link = portal.find(&day_link).await;
    let said = link.text().await.unwrap();
    assert!(said.starts_with(&day.day.to_string()), "{said}");
    // Keyboard only: the day's link takes focus and Enter follows it.
    portal
        .eval(&format!(
            "document.querySelector(\"{}\").focus();",
            day_link.replace('"', "\\\"")
        ))
        .await;
    portal.press(fantoccini::key::Key::Enter).await;
    portal
        .wait_for_query(&format!("/agenda?from={day}&to={day}"))
        .await;
    portal
        .find(&format!("{day_link}[aria-current='date']"))
        .await;
    // The list is the table's equivalent: as many events as the day's link says. The
    // month's list (which has the event too) shows until the day's search answers, so
    // the wait is on the day's count, not on the event alone.
    let hidden = portal
        .eval(&format!(
            "return document.querySelector(\"{}\").textContent;",
            day_link.replace('"', "\\\"")
        ))
        .await;
    let hidden = hidden.as_str().unwrap().to_owned();
    let said: u64 = hidden
        .rsplit(", ")
        .next()
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count of events in {hidden:?}"));
    portal
        .wait_until("the day's list", || async {
            let listed = portal.find_all(".event-list .event-card").await.len() as u64;
            listed == said
                && portal.number_in("#results-count").await == Some(said)
                && portal
                    .text_of(".event-list")
                    .await
                    .is_some_and(|t| t.contains("Atelier du calendrier"))
        })
        .await;
    portal.assert_accessible("one day of the month").await;
    portal.close().await;
}
