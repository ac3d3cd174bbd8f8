//! How pages are delivered: one stylesheet request, and the server's status codes follow
//! the route table (a real page 200, anything else 404 with the app's 404 page).

use portal_e2e::Portal;

#[tokio::test]
async fn a_page_makes_one_stylesheet_request() {
    let portal = Portal::launch().await;
    portal.goto("/formations").await;
    portal.find(".programme-card").await;
    let sheets = portal
        .eval(
            "return performance.getEntriesByType('resource')
               .filter(r => new URL(r.name).pathname.endsWith('.css')).length;",
        )
        .await;
    assert_eq!(sheets, 1);
    assert_eq!(
        portal
            .eval("return document.querySelectorAll('link[rel=stylesheet]').length;")
            .await,
        1
    );
    portal.close().await;
}

#[tokio::test]
async fn an_unknown_programme_is_the_404_page() {
    let portal = Portal::launch().await;
    portal.goto("/formations/inconnue").await;
    portal.wait_for_h1("Page introuvable").await;
    portal.assert_accessible("404 page").await;
    portal.close().await;
}
