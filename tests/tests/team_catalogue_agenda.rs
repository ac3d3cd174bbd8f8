//! The catalogue and the agenda run from the team's space, in a real browser against the
//! real server: a staff member adds a programme (the form first lists what is missing, then
//! saves), finds it at once in the public catalogue and on its own page, edits it in
//! English, and archives it, after which its page is gone; then adds an event, edits it,
//! and cancels one. axe-core and the Nu checker on every state.

use portal_e2e::{
    html_errors,
    staff::{enrol, focused_matches, press, press_text, DEMO_EMAIL, DEMO_PASSWORD},
    Portal,
};

const SLUG: &str = "master-essai-navigateur";

#[tokio::test]
async fn staff_add_edit_and_archive_a_programme_that_the_catalogue_shows_at_once() {
    let portal = Portal::launch().await;
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    let mut keep = |name: &str, html: String| {
        let file = dir.path().join(format!("{name}.html"));
        std::fs::write(&file, html).unwrap();
        pages.push(file);
    };
    portal.goto("/equipe").await;
    enrol(&portal, DEMO_EMAIL, DEMO_PASSWORD).await;

    // The list, from the space's menu.
    press_text(&portal, ".team__nav a", "Programmes").await;
    portal
        .wait_until("the catalogue's programmes", || async {
            !portal
                .find_all(".team__programmes tbody tr")
                .await
                .is_empty()
        })
        .await;
    assert!(focused_matches(&portal, "#team-programmes-heading").await);
    portal.assert_accessible("the team's programmes").await;
    keep("programmes-fr", portal.rendered_html().await);
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-programmes-fr-{width}"), width)
            .await;
    }

    // Saving an empty form sends nothing and lists what is missing, focused.
    press_text(&portal, ".team__programmes a.button", "Ajouter").await;
    portal.find("#programme-slug").await;
    press(&portal, ".team__programme-form button[type=submit]").await;
    portal
        .wait_until("the fields to correct", || async {
            portal.find_all(".form__summary li").await.len() >= 5
        })
        .await;
    assert!(focused_matches(&portal, ".form__summary").await);
    let summary = portal.text_of(".form__summary").await.unwrap_or_default();
    assert!(summary.contains("Intitulé (français)"), "{summary}");
    assert!(summary.contains("Domaines"), "{summary}");
    portal
        .assert_accessible("the programme form's errors")
        .await;
    keep("form-errors-fr", portal.rendered_html().await);
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-programme-errors-fr-{width}"), width)
            .await;
    }

    // Filled in, as a keyboard user would; the list empties as the fields are corrected.
    for (css, text) in [
        ("#programme-slug", SLUG),
        ("#programme-title-fr", "Master d'essai en santé numérique"),
        ("#programme-title-en", "Test master's in digital health"),
        (
            "#programme-summary-fr",
            "Un programme d'essai, créé depuis l'espace de l'équipe.",
        ),
        (
            "#programme-summary-en",
            "A test programme, made from the team's space.",
        ),
        (
            "#programme-institution-name",
            "École fictive du numérique (exemple)",
        ),
        ("#programme-duration_months", "24"),
        ("#programme-ects", "120"),
        ("#programme-start_dates-0", "2027-09-06"),
        (
            "#programme-objectives-fr",
            "Apprendre à concevoir des services numériques en santé.",
        ),
        (
            "#programme-objectives-en",
            "Learn to design digital health services.",
        ),
        ("#programme-prerequisites-fr", "Une licence."),
        ("#programme-prerequisites-en", "A bachelor's degree."),
        ("#programme-admission-fr", "Sur dossier."),
        ("#programme-admission-en", "On application."),
        (
            "#programme-careers-fr",
            "Chef de projet en santé numérique.",
        ),
        ("#programme-careers-en", "Digital health project lead."),
        ("#programme-contact_email", "contact@ecole-fictive.example"),
    ] {
        portal.fill(css, text).await;
    }
    press(&portal, "#programme-domains-donnees-de-sante").await;
    press(&portal, "#programme-modes-initiale").await;
    press(&portal, "#programme-sample").await;
    portal
        .wait_until("no field left to correct", || async {
            portal.find_all(".form__summary li").await.is_empty()
        })
        .await;
    press(&portal, ".team__programme-form button[type=submit]").await;
    portal
        .wait_until("the saved programme", || async {
            portal
                .text_of(".team__programme-form [role=status]")
                .await
                .is_some_and(|t| t.contains("Enregistré"))
        })
        .await;
    assert_eq!(
        portal.path_and_query().await,
        format!("/equipe?programme={SLUG}"),
        "the address names what was created"
    );

    // The public catalogue has it at once, and its page, drawn by the app.
    portal.goto("/formations?q=essai+sante+numerique").await;
    portal
        .wait_until("the new programme's card", || async {
            portal
                .text_of("main")
                .await
                .is_some_and(|t| t.contains("Master d'essai en santé numérique"))
        })
        .await;
    portal.goto(&format!("/formations/{SLUG}")).await;
    portal
        .wait_for_h1("Master d'essai en santé numérique")
        .await;

    // Edited in English: the form reads what is stored.
    portal.goto(&format!("/en/team?programme={SLUG}")).await;
    portal.find("#programme-title-en").await;
    portal
        .wait_until("the stored title", || async {
            portal
                .eval("return document.querySelector('#programme-title-en').value;")
                .await
                == "Test master's in digital health"
        })
        .await;
    portal
        .fill(
            "#programme-title-en",
            "Test master's in digital health services",
        )
        .await;
    portal
        .assert_accessible("the programme form, in English")
        .await;
    keep("form-en", portal.rendered_html().await);
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-programme-form-en-{width}"), width)
            .await;
    }
    press(&portal, ".team__programme-form button[type=submit]").await;
    portal
        .wait_until("saved, in English", || async {
            portal
                .text_of(".team__programme-form [role=status]")
                .await
                .is_some_and(|t| t.contains("Saved"))
        })
        .await;
    let page = portal
        .fetch_json(&format!("/api/v1/programmes/{SLUG}"))
        .await;
    assert_eq!(
        page["title"]["en"],
        "Test master's in digital health services"
    );

    // Archived from the list: its page is gone from the catalogue.
    portal.goto("/en/team?view=programmes").await;
    // The row's button is named with its programme: "Archive “…”".
    portal
        .wait_until("the new programme's archive button", || async {
            portal
                .eval(
                    "const b = [...document.querySelectorAll('.team__programmes button')]
                        .find(b => (b.getAttribute('aria-label') || '')
                            .includes('Archive “Test master\\'s in digital health services”'));
                     if (b) { b.click(); return true; } return false;",
                )
                .await
                == true
        })
        .await;
    portal
        .wait_until("archived", || async {
            portal
                .text_of(".team__programmes tbody")
                .await
                .is_some_and(|t| t.contains("Archived"))
        })
        .await;
    portal
        .assert_accessible("the team's programmes, in English")
        .await;
    keep("programmes-en", portal.rendered_html().await);
    portal.goto(&format!("/formations/{SLUG}")).await;
    portal.wait_for_h1("Page introuvable").await;

    portal.assert_no_panics().await;
    let errors = html_errors(&pages);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[tokio::test]
async fn staff_add_and_edit_an_event_then_cancel_one() {
    let portal = Portal::launch_with_lang("en-GB,en").await;
    let dir = tempfile::tempdir().unwrap();
    portal.goto("/en/team").await;
    enrol(&portal, DEMO_EMAIL, DEMO_PASSWORD).await;
    press_text(&portal, ".team__nav a", "Events").await;
    portal
        .wait_until("the agenda's events", || async {
            !portal.find_all(".team__events tbody tr").await.is_empty()
        })
        .await;
    assert!(focused_matches(&portal, "#team-events-heading").await);
    // Each row links its registrations' export, through the API.
    let export = portal
        .eval("return document.querySelector('.team__event-actions a[download]').href;")
        .await;
    assert!(
        export
            .as_str()
            .is_some_and(|h| h.contains("/api/v1/team/events/") && h.ends_with("/registrations")),
        "{export}"
    );
    portal
        .assert_accessible("the team's events, in English")
        .await;
    let html = dir.path().join("events-en.html");
    std::fs::write(&html, portal.rendered_html().await).unwrap();
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-events-en-{width}"), width)
            .await;
    }

    // A new event: the form lists what is missing, then publishes it.
    press_text(&portal, ".team__events a.button", "Add an event").await;
    portal.find("#event-slug").await;
    press(&portal, ".team__programme-form button[type=submit]").await;
    portal
        .wait_until("the event's fields to correct", || async {
            portal.find_all(".form__summary li").await.len() >= 5
        })
        .await;
    assert!(focused_matches(&portal, ".form__summary").await);
    portal
        .assert_accessible("the event form's errors, in English")
        .await;
    let form_html = dir.path().join("event-form-en.html");
    std::fs::write(&form_html, portal.rendered_html().await).unwrap();
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-event-errors-en-{width}"), width)
            .await;
    }
    for (css, text) in [
        ("#event-slug", "atelier-essai-navigateur"),
        ("#event-title-fr", "Atelier d'essai du navigateur"),
        ("#event-title-en", "Browser test workshop"),
        ("#event-summary-fr", "Un atelier pour les tests."),
        ("#event-summary-en", "A workshop for the tests."),
        (
            "#event-description-fr",
            "Un atelier d'essai, publié depuis l'espace de l'équipe.",
        ),
        (
            "#event-description-en",
            "A test workshop, published from the team's space.",
        ),
        ("#event-organiser", "Collectif d'essai (exemple)"),
        ("#event-start", "2027-03-11T14:00"),
        ("#event-end", "2027-03-11T16:30"),
    ] {
        portal.fill(css, text).await;
    }
    press(&portal, "#event-audiences-patients-associations").await;
    press(&portal, "#event-sample").await;
    portal
        .wait_until("no event field left to correct", || async {
            portal.find_all(".form__summary li").await.is_empty()
        })
        .await;
    press(&portal, ".team__programme-form button[type=submit]").await;
    portal
        .wait_until("the saved event", || async {
            portal
                .text_of(".team__programme-form [role=status]")
                .await
                .is_some_and(|t| t.contains("Saved"))
        })
        .await;
    assert_eq!(
        portal.path_and_query().await,
        "/en/team?event=atelier-essai-navigateur"
    );
    let public = portal
        .fetch_json("/api/v1/events/atelier-essai-navigateur")
        .await;
    assert_eq!(public["title"]["en"], "Browser test workshop");
    // Paris wall-clock time, at its winter offset on that day.
    assert!(
        public["start"]
            .as_str()
            .is_some_and(|t| t.starts_with("2027-03-11T14:00") && t.ends_with("+01:00")),
        "{public}"
    );
    // Edited again from its address: the form reads what is stored.
    portal.goto("/en/team?event=atelier-essai-navigateur").await;
    portal
        .wait_until("the stored event", || async {
            portal
                .eval("return document.querySelector('#event-title-en')?.value;")
                .await
                == "Browser test workshop"
        })
        .await;
    portal
        .fill("#event-title-en", "Browser test workshop, new time")
        .await;
    portal.fill("#event-end", "2027-03-11T17:00").await;
    press(&portal, ".team__programme-form button[type=submit]").await;
    portal
        .wait_until("saved again", || async {
            portal
                .text_of(".team__programme-form [role=status]")
                .await
                .is_some_and(|t| t.contains("Saved"))
        })
        .await;
    let public = portal
        .fetch_json("/api/v1/events/atelier-essai-navigateur")
        .await;
    assert_eq!(public["title"]["en"], "Browser test workshop, new time");
    portal.goto("/en/team?view=events").await;
    portal.find(".team__events tbody tr").await;

    // Cancelling asks first, then says how many registrants are told.
    let row = portal
        .eval(
            "const rows = [...document.querySelectorAll('.team__events tbody tr')];
             const i = rows.findIndex(r => r.querySelector('.team__event-actions button'));
             rows[i].querySelector('.team__event-actions button').click();
             return i + 1;",
        )
        .await
        .as_u64()
        .expect("an event that can be cancelled");
    let row_css = format!(".team__events tbody tr:nth-child({row})");
    press(
        &portal,
        &format!("{row_css} .team__event-actions button.button--danger"),
    )
    .await;
    portal
        .wait_until("the cancellation's answer", || async {
            portal
                .text_of(&row_css)
                .await
                .is_some_and(|t| t.contains("Cancelled;"))
        })
        .await;
    let slug = portal
        .eval(&format!(
            "return new URL(document.querySelector('{row_css} th a').href).pathname.split('/').pop();"
        ))
        .await;
    let public = portal
        .fetch_json(&format!("/api/v1/events/{}", slug.as_str().unwrap()))
        .await;
    assert_eq!(public["status"], "cancelled", "{public}");
    portal.assert_no_panics().await;
    let errors = html_errors(&[html, form_html]);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
