//! The agenda as a patient uses it: finding a patients' workshop by its facets, registering,
//! opening the link of the e-mail that arrived, cancelling; and a waitlisted person
//! promoted and e-mailed when a seat frees up. Mail is read where the server delivered it
//! (its outbox folder of `.eml` files).

use std::path::Path;

use mail_parser::{MessageParser, MimeHeaders};
use portal_e2e::Portal;
use serde_json::json;

/// A delivered letter: its subject, its plain text, the types of its attachments.
type Letter = (String, String, Vec<String>);

/// The letters delivered to `email` so far, oldest first.
fn letters_to(data: &Path, email: &str) -> Vec<Letter> {
    let Ok(dir) = std::fs::read_dir(data.join("outbox")) else {
        return Vec::new();
    };
    let mut letters: Vec<(std::time::SystemTime, Letter)> = dir
        .filter_map(|entry| {
            let entry = entry.ok()?;
            if entry.path().extension()? != "eml" {
                return None;
            }
            let bytes = std::fs::read(entry.path()).ok()?;
            let message = MessageParser::default().parse(&bytes)?;
            let to = message.to()?.first()?.address()?.to_owned();
            (to == email).then(|| {
                let attachments = message
                    .attachments()
                    .filter_map(|a| {
                        a.content_type()
                            .map(|t| format!("{}/{}", t.ctype(), t.subtype().unwrap_or("")))
                    })
                    .collect();
                (
                    entry
                        .metadata()
                        .and_then(|m| m.modified())
                        .unwrap_or(std::time::UNIX_EPOCH),
                    (
                        message.subject().unwrap_or_default().to_owned(),
                        message.body_text(0).unwrap_or_default().into_owned(),
                        attachments,
                    ),
                )
            })
        })
        .collect();
    letters.sort_by_key(|(at, _)| *at);
    letters.into_iter().map(|(_, letter)| letter).collect()
}

/// The link secret of the newest letter to `email` whose subject contains `subject`.
async fn link_in_letter(portal: &Portal, email: &str, subject: &str) -> String {
    let mut token = String::new();
    portal
        .wait_until(&format!("a letter to {email}: {subject}"), || {
            let found = letters_to(portal.data_dir(), email)
                .into_iter()
                .rev()
                .find(|(s, _, _)| s.contains(subject))
                .and_then(|(_, text, _)| {
                    let start = text.find("/agenda/inscription#")? + "/agenda/inscription#".len();
                    Some(text[start..start + 64].to_owned())
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
    let portal = Portal::launch().await;
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
        "camille@example.org",
        "Confirmez votre inscription",
    )
    .await;
    open_link(&portal, &token, "Confirmée").await;
    portal.assert_accessible("a confirmed registration").await;
    let confirmed = letters_to(portal.data_dir(), "camille@example.org");
    let (_, text, attachments) = confirmed.last().unwrap();
    assert!(text.contains("heure de Paris"), "{text}");
    assert!(
        attachments.iter().any(|t| t == "text/calendar"),
        "{attachments:?}"
    );

    cancel(&portal).await;
    portal
        .wait_until("the cancellation letter", || async {
            letters_to(portal.data_dir(), "camille@example.org")
                .iter()
                .any(|(subject, _, _)| subject.contains("Inscription annulée"))
        })
        .await;
    portal.close().await;
}

#[tokio::test]
async fn a_freed_seat_goes_to_the_waitlist_which_is_told_by_mail() {
    let portal = Portal::launch().await;
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
        "place": { "name": { "fr": "Salle d'essai", "en": "Test room" }, "address": "Paris 15e",
                   "access_info": { "fr": "De plain-pied.", "en": "Step-free." } },
        "sample": true
    });
    let file = portal.data_dir().join("event.json");
    std::fs::write(&file, event.to_string()).unwrap();
    let status = std::process::Command::new(portal_e2e::env_path("PORTAL_SERVER_BIN"))
        .args(["event", "upsert", "--from"])
        .arg(&file)
        .arg("--data")
        .arg(portal.data_dir())
        .status()
        .unwrap();
    assert!(status.success());

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
    let alex = link_in_letter(&portal, "alex@example.org", "Confirmez").await;
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
    let sam = link_in_letter(&portal, "sam@example.org", "Confirmez").await;
    open_link(&portal, &sam, "Sur liste d'attente").await;
    assert!(portal
        .text_of(".registration")
        .await
        .unwrap()
        .contains("position 1"));

    open_link(&portal, &alex, "Confirmée").await;
    cancel(&portal).await;
    link_in_letter(&portal, "sam@example.org", "Une place s'est libérée").await;
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
