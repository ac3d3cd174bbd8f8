//! A start-up member keeps its profile up to date, in a real browser against the real
//! server: sign in, edit, save, see it public; two sessions in conflict; a save that fails
//! because the API is gone, and the draft found intact after a reload.

use fantoccini::{Client, Locator};
use portal_e2e::{fault_proxy::Fault, Browser, Portal};
use serde_json::json;

const EMAIL: &str = "equipe@cardiolume.example";
const PASSWORD: &str = "cardiolume-demo-2026";

/// Sets a control's value and sends `event`, as a member typing (`input`) or picking
/// (`change`) would.
async fn set_value(client: &Client, css: &str, value: &str, event: &str) {
    client
        .wait()
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"));
    client
        .execute(
            "const el = document.querySelector(arguments[0]);
             el.value = arguments[1];
             el.dispatchEvent(new Event(arguments[2], {bubbles: true}));",
            vec![json!(css), json!(value), json!(event)],
        )
        .await
        .unwrap();
}

/// Sets a field's value as typing would (an `input` event).
async fn fill(client: &Client, css: &str, text: &str) {
    set_value(client, css, text, "input").await;
}

async fn value_of(client: &Client, css: &str) -> String {
    client
        .execute(
            "return document.querySelector(arguments[0]).value;",
            vec![json!(css)],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn text_of(client: &Client, css: &str) -> String {
    match client.find(Locator::Css(css)).await {
        Ok(el) => el.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

async fn wait_text(client: &Client, css: &str, expected: &str) {
    let started = std::time::Instant::now();
    loop {
        let text = text_of(client, css).await;
        if text.contains(expected) {
            return;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(15),
            "{css} should contain {expected:?}, has {text:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn click(client: &Client, css: &str) {
    client
        .wait()
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .click()
        .await
        .unwrap();
}

async fn sign_in(client: &Client, email: &str, password: &str) {
    fill(client, "#sign-in-email", email).await;
    fill(client, "#sign-in-password", password).await;
    click(client, ".space__sign-in button[type=submit]").await;
    wait_text(client, ".editor h2", "Fiche de Cardiolume").await;
}

#[tokio::test]
async fn a_member_signs_in_edits_the_pitch_saves_and_sees_it_in_the_directory() {
    let portal = Portal::launch().await;
    let client = portal.client();
    portal.goto("/espace-startup").await;
    portal.wait_for_h1("Espace start-up").await;
    portal.find("#sign-in-email").await;
    portal.assert_accessible("sign-in").await;

    // A wrong password: a clear message, nothing typed is lost.
    fill(client, "#sign-in-email", EMAIL).await;
    fill(client, "#sign-in-password", "wrong password").await;
    click(client, ".space__sign-in button[type=submit]").await;
    wait_text(client, ".form__error", "n'est pas le bon").await;
    assert_eq!(value_of(client, "#sign-in-email").await, EMAIL);

    // The focus stayed on the button while the answer came (RGAA 7.3).
    assert_eq!(
        portal
            .eval("return document.activeElement.matches('.space__sign-in button[type=submit]');")
            .await,
        serde_json::json!(true)
    );

    sign_in(client, EMAIL, PASSWORD).await;
    // The editor replaced the form: the focus is on its heading, so the next Tab goes
    // into the editor, not to the page's end (RGAA 12.8).
    portal
        .wait_until("the editor's heading has the focus", || async {
            portal
                .eval("return document.activeElement.matches('.editor h2');")
                .await
                == serde_json::json!(true)
        })
        .await;
    let pitch = "Analyse de l'ECG par IA, relue par des cardiologues du campus.";
    fill(client, "#edit-pitch-fr", pitch).await;
    wait_text(
        client,
        "#edit-pitch-fr-count",
        &format!("{} / 160", pitch.chars().count()),
    )
    .await;
    wait_text(
        client,
        ".editor__preview .startup-card__pitch",
        "relue par des cardiologues",
    )
    .await;
    wait_text(client, "#editor-status", "non enregistrées").await;
    // A rule broken while typing shows at once, on the field.
    fill(client, "#edit-website", "http://cardiolume.example").await;
    wait_text(client, "#edit-website-error", "https://").await;
    fill(client, "#edit-website", "https://cardiolume.example").await;
    portal.assert_accessible("profile editor").await;
    for (suffix, width) in [("desktop", 1280), ("mobile", 390)] {
        portal
            .full_page_screenshot(&format!("space-editor-{suffix}"), width)
            .await;
    }
    portal.client().set_window_size(1280, 900).await.unwrap();

    click(client, ".editor__save button[type=submit]").await;
    wait_text(client, "#editor-status", "Enregistré à").await;

    portal.goto("/startups?q=cardiolume").await;
    portal.find(".startup-card").await;
    wait_text(client, ".startup-card__pitch", "relue par des cardiologues").await;
    portal.close().await;
}

#[tokio::test]
async fn two_sessions_edit_the_same_profile_and_the_second_resolves_the_conflict() {
    let portal = Portal::launch().await;
    let first = portal.client();
    portal.goto("/espace-startup").await;
    sign_in(first, EMAIL, PASSWORD).await;

    let other = Browser::start("fr-FR,fr").await;
    let second = &other.client;
    second
        .goto(&portal.server.url("/espace-startup"))
        .await
        .unwrap();
    sign_in(second, "cto@cardiolume.example", "cardiolume-cto-2026").await;

    // The first saves a new name.
    fill(first, "#edit-name", "Cardiolume Santé").await;
    click(first, ".editor__save button[type=submit]").await;
    wait_text(first, "#editor-status", "Enregistré à").await;

    // The second, still on the old version, changes the name and the English pitch.
    fill(second, "#edit-name", "Cardiolume Lab").await;
    fill(
        second,
        "#edit-pitch-en",
        "AI-assisted ECG analysis, reviewed by campus cardiologists.",
    )
    .await;
    click(second, ".editor__save button[type=submit]").await;
    wait_text(second, "#conflict-heading", "entre-temps").await;
    let panel = text_of(second, ".conflict").await;
    assert!(
        panel.contains("Cardiolume Lab") && panel.contains("Cardiolume Santé"),
        "{panel}"
    );
    assert!(
        !panel.contains("reviewed by"),
        "only fields changed on both sides are asked"
    );
    let violations = portal_e2e::axe_violations(second).await;
    assert!(violations.is_empty(), "conflict panel: {violations:?}");

    // Keep the saved name, keep my pitch.
    click(second, "label[for='conflict-name-theirs']").await;
    click(second, ".conflict button").await;
    wait_text(second, "#editor-status", "Enregistré à").await;
    assert_eq!(value_of(second, "#edit-name").await, "Cardiolume Santé");

    second.refresh().await.unwrap();
    wait_text(second, ".editor h2", "Fiche de Cardiolume Santé").await;
    assert_eq!(
        value_of(second, "#edit-pitch-en").await,
        "AI-assisted ECG analysis, reviewed by campus cardiologists."
    );
    // Both saves are in the history.
    let history = second
        .execute_async(
            "fetch('/api/v1/me/startup/history', {credentials: 'include'})
               .then(r => r.json()).then(arguments[0]);",
            vec![],
        )
        .await
        .unwrap();
    let by: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["by"].as_str().unwrap())
        .collect();
    assert_eq!(by, ["cto@cardiolume.example", EMAIL]);
    second.clone().close().await.unwrap();
    portal.close().await;
}

#[tokio::test]
async fn a_save_while_the_api_is_gone_keeps_the_draft_which_is_offered_after_reload() {
    let mut portal = Portal::launch().await;
    portal.goto("/espace-startup").await;
    sign_in(portal.client(), EMAIL, PASSWORD).await;
    let typed = "Nouvelle présentation rédigée pendant une coupure du réseau.";
    fill(portal.client(), "#edit-description-fr", typed).await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    portal.server.stop().await;
    click(portal.client(), ".editor__save button[type=submit]").await;
    wait_text(
        portal.client(),
        "#editor-status",
        "L'enregistrement a échoué",
    )
    .await;
    assert_eq!(
        value_of(portal.client(), "#edit-description-fr").await,
        typed
    );

    portal.server.restart().await;
    portal.client().refresh().await.unwrap();
    wait_text(portal.client(), ".draft-offer", "brouillon").await;
    click(portal.client(), ".draft-offer .button--primary").await;
    assert_eq!(
        value_of(portal.client(), "#edit-description-fr").await,
        typed
    );
    click(portal.client(), ".editor__save button[type=submit]").await;
    wait_text(portal.client(), "#editor-status", "Enregistré à").await;
    portal.close().await;
}

#[tokio::test]
async fn leaving_the_editor_during_a_slow_save_keeps_the_app_alive_and_the_save() {
    let portal = Portal::launch().await;
    let proxy = portal.proxy().await;
    let client = portal.client();
    portal.goto_through(&proxy, "/espace-startup").await;
    portal.wait_for_h1("Espace start-up").await;
    sign_in(client, EMAIL, PASSWORD).await;
    let pitch = "Accroche enregistrée pendant que la membre quittait l'éditeur.";
    fill(client, "#edit-pitch-fr", pitch).await;
    wait_text(client, "#editor-status", "non enregistrées").await;

    // The save takes 2.5 s; the member leaves for the directory meanwhile.
    proxy.set(
        Fault::Slow(std::time::Duration::from_millis(2500)),
        Some("PUT"),
        "/api/v1/me/startup",
    );
    portal.eval("window.__same_page = true; return null;").await;
    click(client, ".editor__save button[type=submit]").await;
    click(client, ".main-nav a[href='/startups']").await;
    portal.wait_for_h1("Annuaire des start-ups").await;
    // The save lands while its editor is gone (the server has the new text)...
    portal
        .wait_until("the save to be stored", || async {
            portal.fetch_json("/api/v1/startups/cardiolume").await["pitch"]["fr"] == pitch
        })
        .await;
    // ...and the app still routes in the page (a dead app would load pages afresh).
    portal.click(".main-nav a[href='/formations']").await;
    portal.wait_for_h1("Trouver une formation").await;
    assert_eq!(
        portal.eval("return window.__same_page === true;").await,
        true
    );
    let problems = portal.console_problems().await;
    assert!(
        problems
            .iter()
            .all(|p| !p.contains("disposed") && !p.contains("unreachable")),
        "{problems:?}"
    );

    // Back in the space: the saved text, and no draft left to offer.
    proxy.clear();
    portal.click(".main-nav a[href='/startups']").await;
    portal.wait_for_h1("Annuaire des start-ups").await;
    portal.click("main a[href='/espace-startup']").await;
    wait_text(client, ".editor h2", "Fiche de Cardiolume").await;
    assert_eq!(value_of(client, "#edit-pitch-fr").await, pitch);
    assert!(client.find(Locator::Css(".draft-offer")).await.is_err());
    portal.close().await;
}

/// Picks `value` in a `<select>`, as a member would (a `change` event).
async fn choose(client: &Client, css: &str, value: &str) {
    set_value(client, css, value, "change").await;
}

#[tokio::test]
async fn the_editors_choices_follow_a_restored_draft_and_an_empty_year_stays_empty() {
    let portal = Portal::launch().await;
    portal.goto("/espace-startup").await;
    let client = portal.client().clone();
    sign_in(&client, EMAIL, PASSWORD).await;
    assert_eq!(value_of(&client, "#edit-stage").await, "serie-a");
    assert_eq!(value_of(&client, "#edit-institute").await, "");
    assert_eq!(
        value_of(&client, "#edit-social-0-network").await,
        "linkedin"
    );

    // A year out of range gets the rule's message; cleared, the year is empty (not 0)
    // and no longer wrong: it is "not given", which the public profile says.
    fill(&client, "#edit-founded", "1980").await;
    wait_text(&client, "#edit-founded-error", "1990").await;
    fill(&client, "#edit-founded", "").await;
    assert_eq!(value_of(&client, "#edit-founded").await, "");
    let started = std::time::Instant::now();
    while !text_of(&client, "#edit-founded-error").await.is_empty() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "an empty year is not an error"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    fill(&client, "#edit-founded", "2017").await;

    // Choices made, then kept as this device's draft: the stage left "not given".
    choose(&client, "#edit-stage", "").await;
    choose(&client, "#edit-institute", "prairie").await;
    choose(&client, "#edit-social-0-network", "mastodon").await;
    let started = std::time::Instant::now();
    while !client
        .execute(
            "return (localStorage.getItem('parisante-portal.draft.cardiolume') || '').includes('mastodon');",
            vec![],
        )
        .await
        .unwrap()
        .as_bool()
        .unwrap()
    {
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "no draft");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    // Back later: the form shows the saved profile and offers the draft. The member picks
    // other choices first, then restores the draft: every control shows the draft's.
    client.refresh().await.unwrap();
    wait_text(&client, ".draft-offer", "brouillon").await;
    choose(&client, "#edit-stage", "idee").await;
    choose(&client, "#edit-social-0-network", "github").await;
    choose(&client, "#edit-institute", "").await;
    click(&client, ".draft-offer .button--primary").await;
    let started = std::time::Instant::now();
    while value_of(&client, "#edit-founded").await != "2017" {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "draft not restored"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(value_of(&client, "#edit-stage").await, "");
    assert_eq!(value_of(&client, "#edit-institute").await, "prairie");
    assert_eq!(
        value_of(&client, "#edit-social-0-network").await,
        "mastodon"
    );
    portal.close().await;
}
