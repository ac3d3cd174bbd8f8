//! Each route loads only its own code: the home page downloads the main wasm alone, the
//! other pages their chunk too and never the start-up space's, compare's or the legal
//! texts'; a chunk arrives with its page; and a chunk that does not arrive is an error
//! with a retry, never a dead app.

use portal_e2e::{
    fault_proxy::{Fault, FaultProxy},
    Portal,
};

/// The wasm files the proxy has served so far (`portal_bg.wasm`, `split_space.wasm`…).
fn wasm_seen(proxy: &FaultProxy) -> Vec<String> {
    proxy
        .seen("/pkg-")
        .into_iter()
        .filter(|s| s.path.ends_with(".wasm"))
        .map(|s| s.path.rsplit('/').next().unwrap_or_default().to_owned())
        .collect()
}

/// `/pkg-<hash>`: the folder of this build's wasm, read from the page.
async fn wasm_folder(portal: &Portal) -> String {
    let js = portal
        .eval("return document.querySelector('script[data-js]').dataset.js;")
        .await;
    let js = js.as_str().unwrap();
    js[..js.rfind('/').unwrap()].to_owned()
}

async fn open(portal: &Portal, proxy: &FaultProxy, path: &str) {
    portal.goto_through(proxy, path).await;
    portal.wait_until_ready().await;
}

#[tokio::test]
async fn each_page_loads_its_own_chunk_and_none_of_the_others() {
    let portal = Portal::launch().await;
    let proxy = portal.proxy().await;
    // The home page: the main part alone.
    open(&portal, &proxy, "/").await;
    let seen = wasm_seen(&proxy);
    assert!(seen.iter().any(|f| f == "portal_bg.wasm"), "{seen:?}");
    assert!(
        seen.iter().all(|f| !f.starts_with("split_")),
        "the home page loaded a chunk: {seen:?}"
    );
    // The pages a visitor browses: their chunk, never the space's, compare's or the legal
    // texts'.
    for path in [
        "/formations",
        "/poles/recherche",
        "/startups/posos",
        "/en/startups",
    ] {
        open(&portal, &proxy, path).await;
    }
    let seen = wasm_seen(&proxy);
    assert!(seen.iter().any(|f| f == "split_browse.wasm"), "{seen:?}");
    for other in [
        "split_space.wasm",
        "split_team.wasm",
        "split_compare.wasm",
        "split_legal.wasm",
    ] {
        assert!(!seen.iter().any(|f| f == other), "{other} loaded: {seen:?}");
    }

    // To the start-up space by a link: its chunk arrives, then its page.
    open(&portal, &proxy, "/startups").await;
    proxy.forget();
    portal.click("main a[href='/espace-startup']").await;
    portal.wait_for_h1("Espace start-up").await;
    portal.find("#sign-in-email").await;
    let seen = wasm_seen(&proxy);
    assert!(seen.iter().any(|f| f == "split_space.wasm"), "{seen:?}");
    assert!(!seen.iter().any(|f| f == "split_legal.wasm"), "{seen:?}");

    // A legal page opened directly: its chunk is fetched before the page hydrates, and the
    // hydrated page is live (its language switch navigates inside the app).
    proxy.forget();
    open(&portal, &proxy, "/accessibilite").await;
    let seen = wasm_seen(&proxy);
    assert!(seen.iter().any(|f| f == "split_legal.wasm"), "{seen:?}");
    assert!(!seen.iter().any(|f| f == "split_space.wasm"), "{seen:?}");
    proxy.forget();
    portal.click("a[hreflang='en']").await;
    portal.wait_for_h1("Accessibility statement").await;
    assert!(
        proxy.seen("/en/accessibility").is_empty(),
        "the language switch reloaded the page instead of navigating in the app"
    );
    // The one expected line: the space asking the API whether someone is signed in (401).
    let problems: Vec<_> = portal
        .console_problems()
        .await
        .into_iter()
        .filter(|p| !(p.contains("/api/v1/me ") && p.contains("401")))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}

#[tokio::test]
async fn a_chunk_that_does_not_arrive_shows_an_error_and_a_retry() {
    let portal = Portal::launch().await;
    let proxy = portal.proxy().await;
    open(&portal, &proxy, "/startups").await;
    let folder = wasm_folder(&portal).await;
    // The network goes for the space's code only: the page the visitor is on stays live.
    proxy.set(Fault::Drop, None, &format!("{folder}/split_space.wasm"));
    portal.click("main a[href='/espace-startup']").await;
    portal.find(".error-view").await;
    let message = portal.text_of(".error-view__message").await.unwrap();
    assert!(message.contains("injoignable"), "{message}");
    portal
        .assert_accessible("space, its code did not arrive")
        .await;

    // Back online: "Réessayer" fetches it again and the space opens.
    proxy.clear();
    portal.click(".error-view button").await;
    portal.find("#sign-in-email").await;
    assert!(portal.find_all(".error-view").await.is_empty());
    portal.wait_for_h1("Espace start-up").await;
}
