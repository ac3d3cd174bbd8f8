//! The app while the API misbehaves (through a fault-injecting proxy): slow, 500, malformed
//! or truncated JSON, a missing or an extra field, gone mid-save. Each time a clear message,
//! nothing typed is lost, and it recovers when the API does. The portal runs without its
//! prerendered pages here: those carry their data, so they show it whatever the API does.

use std::time::Duration;

use portal_e2e::{
    fault_proxy::{Fault, FaultProxy},
    Portal,
};

async fn error_message(portal: &Portal) -> String {
    portal.find(".error-view").await;
    portal
        .text_of(".error-view__message")
        .await
        .unwrap_or_default()
}

async fn retry_and_recover(portal: &Portal, proxy: &FaultProxy, ready: &str) {
    proxy.clear();
    portal.click(".error-view button").await;
    portal.find(ready).await;
    assert!(portal.find_all(".error-view").await.is_empty());
}

#[tokio::test]
async fn server_errors_malformed_and_truncated_json_are_explained_and_recovered_from() {
    let portal = Portal::launch_unprerendered().await;
    let proxy = portal.proxy().await;

    // 500 on the catalogue: a clear message; what was typed in the search stays.
    proxy.set(Fault::ServerError, None, "/api/v1/programmes");
    portal
        .goto_through(&proxy, "/formations?q=donn%C3%A9es")
        .await;
    let message = error_message(&portal).await;
    assert!(message.contains("a rencontré un problème"), "{message}");
    assert!(portal
        .text_of(".error-view")
        .await
        .unwrap()
        .contains("HTTP 500"));
    let typed = portal
        .eval("return document.getElementById('catalogue-q').value;")
        .await;
    assert_eq!(typed, "données");
    portal.assert_accessible("catalogue, API error").await;
    retry_and_recover(&portal, &proxy, ".programme-card").await;
    assert_eq!(
        portal
            .eval("return document.getElementById('catalogue-q').value;")
            .await,
        "données"
    );

    // Not JSON at all.
    proxy.set(Fault::Malformed, None, "/api/v1/startups");
    portal.goto_through(&proxy, "/startups").await;
    assert!(error_message(&portal).await.contains("illisible"));
    retry_and_recover(&portal, &proxy, ".startup-card").await;

    // Cut in the middle.
    proxy.set(Fault::Truncated, None, "/api/v1/poles/");
    portal.goto_through(&proxy, "/poles/recherche").await;
    assert!(error_message(&portal).await.contains("illisible"));
    retry_and_recover(&portal, &proxy, ".institute-list, .pole").await;
    portal.close().await;
}

#[tokio::test]
async fn a_missing_field_is_an_error_and_an_extra_field_is_ignored() {
    let portal = Portal::launch_unprerendered().await;
    let proxy = portal.proxy().await;
    proxy.set(Fault::MissingField("items"), None, "/api/v1/startups");
    portal.goto_through(&proxy, "/startups").await;
    assert!(error_message(&portal).await.contains("illisible"));
    retry_and_recover(&portal, &proxy, ".startup-card").await;

    // A newer API adding a member must not break this version of the app.
    proxy.set(Fault::ExtraField, None, "/api/v1/");
    portal.goto_through(&proxy, "/startups/posos").await;
    portal.wait_for_h1("Posos").await;
    portal.goto_through(&proxy, "/").await;
    portal.wait_for_h1("PariSanté Campus").await;
    portal.find(".pole-card").await;
    assert!(portal.find_all(".error-view").await.is_empty());
    portal.close().await;
}

#[tokio::test]
async fn a_slow_api_shows_loading_then_the_data_without_an_error() {
    let portal = Portal::launch_unprerendered().await;
    let proxy = portal.proxy().await;
    proxy.set(
        Fault::Slow(Duration::from_secs(3)),
        None,
        "/api/v1/startups",
    );
    portal.goto_through(&proxy, "/startups").await;
    portal.find(".loading").await;
    assert!(
        portal.find_all(".startup-card").await.is_empty(),
        "still loading"
    );
    portal
        .client()
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(fantoccini::Locator::Css(".startup-card"))
        .await
        .unwrap();
    assert!(portal.find_all(".error-view").await.is_empty());
    portal.close().await;
}

#[tokio::test]
async fn when_the_connection_drops_mid_save_the_edit_is_kept_and_saved_later() {
    let portal = Portal::launch_unprerendered().await;
    let proxy = portal.proxy().await;
    portal.goto_through(&proxy, "/espace-startup").await;
    portal
        .submit_sign_in("equipe@cardiolume.example", "cardiolume-demo-2026")
        .await;
    let typed = "Accroche tapée pendant une coupure réseau, à garder.";
    portal.fill("#edit-pitch-fr", typed).await;
    proxy.set(Fault::Drop, Some("PUT"), "/api/v1/me/startup");
    portal.click(".editor__save button[type=submit]").await;
    portal
        .wait_until("the failure is said", || async {
            portal
                .text_of("#editor-status")
                .await
                .is_some_and(|t| t.contains("L'enregistrement a échoué"))
        })
        .await;
    let kept = portal
        .eval("return document.getElementById('edit-pitch-fr').value;")
        .await;
    assert_eq!(kept, typed);
    proxy.clear();
    portal.click(".editor__save button[type=submit]").await;
    portal
        .wait_until("saved once the API answers", || async {
            portal
                .text_of("#editor-status")
                .await
                .is_some_and(|t| t.contains("Enregistré à"))
        })
        .await;
    portal.close().await;
}
