//! The campus team's space in a real browser against the real server: the first sign-in
//! adds an authenticator app (QR code, key, first code) and shows the recovery codes once;
//! then the calls and their applications, in French and in English; signing in again
//! needs a code, and a recovery code works. axe-core and the Nu checker on every state.

use portal_e2e::{
    html_errors,
    staff::{
        code_at, create_staff, focused_matches, now, press, DEMO_EMAIL as EMAIL,
        DEMO_PASSWORD as PASSWORD,
    },
    Browser, Portal,
};

async fn sign_in(portal: &Portal, code: &str) {
    portal_e2e::staff::sign_in(portal, EMAIL, PASSWORD, code).await;
}

#[tokio::test]
async fn staff_add_an_authenticator_then_review_the_applications_in_both_languages() {
    let mut portal = Portal::launch().await;
    let dir = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    let mut keep = |name: &str, html: String| {
        let file = dir.path().join(format!("{name}.html"));
        std::fs::write(&file, html).unwrap();
        pages.push(file);
    };

    portal.goto("/equipe").await;
    portal.wait_for_h1("Espace de l'équipe du campus").await;
    portal.find("#team-email").await;
    portal.assert_accessible("team sign-in").await;

    // The first sign-in, without a code: the page adds the authenticator.
    sign_in(&portal, "").await;
    portal.find(".team__enrol h2").await;
    press(&portal, ".team__enrol button").await;
    portal.find(".team__secret").await;
    let secret = portal.text_of(".team__secret").await.expect("the key");
    portal.find("img.team__qr").await;
    portal.assert_accessible("adding the authenticator").await;
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-enrol-fr-{width}"), width)
            .await;
    }
    keep("enrol", portal.rendered_html().await);
    // A wrong code is refused in words; the right one shows the recovery codes.
    let right = code_at(&secret, now());
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    portal.fill("#team-first-code", wrong).await;
    press(&portal, ".team__enrol button[type=submit]").await;
    portal
        .wait_until("the wrong code's message", || async {
            portal
                .text_of(".team__enrol .form__error")
                .await
                .is_some_and(|t| t.contains("pas le code"))
        })
        .await;
    portal
        .fill("#team-first-code", &code_at(&secret, now()))
        .await;
    press(&portal, ".team__enrol button[type=submit]").await;
    portal
        .wait_until("ten recovery codes", || async {
            portal.find_all(".team__codes li").await.len() == 10
        })
        .await;
    assert!(
        focused_matches(&portal, ".team__enrol h2").await,
        "focus on the codes' heading"
    );
    let recovery = portal.text_of(".team__codes li").await.expect("a code");
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-codes-fr-{width}"), width)
            .await;
    }
    portal.assert_accessible("recovery codes").await;
    keep("codes", portal.rendered_html().await);
    press(&portal, ".team__enrol button").await;

    // The calls and their applications: the sample call's four, by median score.
    portal
        .wait_until("the sample applications", || async {
            portal.find_all(".team__applications tbody tr").await.len() >= 4
        })
        .await;
    assert!(
        focused_matches(&portal, "#team-calls-heading").await,
        "focus on the calls"
    );
    let table = portal
        .text_of(".team__applications")
        .await
        .unwrap_or_default();
    assert!(table.contains("Veille Rénale (exemple)"), "{table}");
    assert!(table.contains("Retenue pour une audition"), "{table}");
    portal.assert_accessible("team dashboard").await;
    keep("dashboard-fr", portal.rendered_html().await);
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-dashboard-fr-{width}"), width)
            .await;
    }

    // In English, on the same session.
    portal.goto("/en/team").await;
    portal.wait_for_h1("Campus team space").await;
    portal
        .wait_until("the applications in English", || async {
            portal
                .text_of(".team__applications")
                .await
                .is_some_and(|t| t.contains("Shortlisted for an interview"))
        })
        .await;
    portal.assert_accessible("team dashboard in English").await;
    keep("dashboard-en", portal.rendered_html().await);
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-dashboard-en-{width}"), width)
            .await;
    }

    // Signed out, the password alone is no longer enough; a recovery code is.
    press(&portal, ".team__who button").await;
    portal.find("#team-email").await;
    sign_in(&portal, "").await;
    portal
        .wait_until("the code's request", || async {
            portal
                .text_of(".team__sign-in .form__error")
                .await
                .is_some_and(|t| t.contains("authenticator"))
        })
        .await;
    sign_in(&portal, &recovery).await;
    portal.find(".team__applications").await;

    // Another staff member's first sign-in, in English: the same states, in English.
    let (english, english_password) = ("staff@campus-demo.example", "lantern violet orbit meadow");
    create_staff(portal.data_dir(), english, english_password);
    let first_browser = std::mem::replace(&mut portal.browser, Browser::start("en-GB,en").await);
    portal.goto("/en/team").await;
    portal_e2e::staff::sign_in(&portal, english, english_password, "").await;
    portal.find(".team__enrol h2").await;
    press(&portal, ".team__enrol button").await;
    portal.find(".team__secret").await;
    portal
        .assert_accessible("adding the authenticator, in English")
        .await;
    keep("enrol-en", portal.rendered_html().await);
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-enrol-en-{width}"), width)
            .await;
    }
    let secret = portal.text_of(".team__secret").await.expect("the key");
    portal
        .fill("#team-first-code", &code_at(&secret, now()))
        .await;
    press(&portal, ".team__enrol button[type=submit]").await;
    portal
        .wait_until("ten recovery codes, in English", || async {
            portal.find_all(".team__codes li").await.len() == 10
        })
        .await;
    portal.assert_accessible("recovery codes, in English").await;
    keep("codes-en", portal.rendered_html().await);
    for width in [1280, 390] {
        portal
            .full_page_screenshot(&format!("team-codes-en-{width}"), width)
            .await;
    }
    drop(std::mem::replace(&mut portal.browser, first_browser));

    portal.assert_no_panics().await;
    let errors = html_errors(&pages);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
