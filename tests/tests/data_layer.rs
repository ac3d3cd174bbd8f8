//! The app-wide data layer, seen from the network (through a recording proxy): each
//! resource fetched once per visit and then only revalidated, independent requests sent
//! together, and a pole page that asks the API for its own lists only. The portal runs
//! without its prerendered pages here, so every page loads its data (a prerendered page
//! starts from the answers it carries: see `prerender.rs`).

use std::time::Duration;

use portal_e2e::{fault_proxy::Fault, Portal};

/// The `href`s of the first `n` programme cards on the page.
async fn programme_links(portal: &Portal, n: usize) -> Vec<String> {
    portal.find(".programme-card a").await;
    let value = portal
        .eval(&format!(
            "return [...document.querySelectorAll('.programme-card h3 a, .programme-card h2 a')]\
             .slice(0, {n}).map(a => a.getAttribute('href'));"
        ))
        .await;
    let links: Vec<String> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(links.len(), n, "{value}");
    links
}

#[tokio::test]
async fn going_back_to_the_catalogue_only_revalidates_it() {
    let portal = Portal::launch_unprerendered().await;
    let proxy = portal.proxy().await;
    portal.goto_through(&proxy, "/formations").await;
    let first = programme_links(&portal, 1).await.remove(0);
    // The counts-only summary (local or remote search?), then the whole small catalogue.
    let list = "/api/v1/programmes?per_page=";
    assert_eq!(proxy.seen(list).len(), 2, "{:?}", proxy.seen(list));
    proxy.forget();

    // To a programme (client-side), then back.
    portal.click(&format!("a[href='{first}']")).await;
    portal.wait_for_path(&first).await;
    portal.find(".programme__facts").await;
    portal.eval("history.back(); return null;").await;
    portal.wait_for_path("/formations").await;
    portal.find(".programme-card").await;
    portal
        .wait_until("the catalogue revalidated", || async {
            proxy.seen(list).len() >= 2
        })
        .await;

    // Back on the catalogue: the summary and the list were only revalidated, never
    // downloaded afresh.
    let seen = proxy.seen(list);
    assert!(seen.iter().all(|s| s.conditional), "{seen:?}");
    assert_eq!(proxy.seen("/api/v1/programmes/").len(), 1);
    portal.close().await;
}

#[tokio::test]
async fn a_pole_page_asks_the_api_for_its_own_programmes_and_start_ups() {
    let portal = Portal::launch_unprerendered().await;
    let proxy = portal.proxy().await;
    portal.goto_through(&proxy, "/poles/entrepreneuriat").await;
    portal.find("#pole-startups").await;
    let seen: Vec<String> = proxy.seen("/api/").into_iter().map(|s| s.path).collect();
    assert!(
        seen.iter()
            .any(|p| p.starts_with("/api/v1/startups?pole=entrepreneuriat")),
        "{seen:?}"
    );
    assert!(
        seen.iter().all(|p| !p.contains("per_page=1000")),
        "the whole catalogue or directory was downloaded for one pole: {seen:?}"
    );
    // The link names the pole's whole count, not the three shown.
    let all = portal
        .text_of("#pole-startups ~ a, #pole-startups + ul + a")
        .await;
    assert!(all.is_some_and(|t| t.chars().any(|c| c.is_ascii_digit())));
    portal.close().await;
}

#[tokio::test]
async fn compared_programmes_are_requested_together() {
    let portal = Portal::launch_unprerendered().await;
    let proxy = portal.proxy().await;
    portal.goto_through(&proxy, "/formations").await;
    let slugs: Vec<String> = programme_links(&portal, 3)
        .await
        .into_iter()
        .map(|href| href.rsplit('/').next().unwrap().to_owned())
        .collect();

    // Each programme answers slowly: one after another, never two at once; together, all
    // three at the same moment.
    proxy.set(
        Fault::Slow(Duration::from_millis(700)),
        Some("GET"),
        "/api/v1/programmes/",
    );
    proxy.forget();
    portal
        .goto_through(
            &proxy,
            &format!("/formations/comparer?p={}", slugs.join(",")),
        )
        .await;
    portal.find(".compare-table").await;
    assert_eq!(proxy.seen("/api/v1/programmes/").len(), 3);
    assert_eq!(proxy.max_in_flight(), 3);
    portal.close().await;
}
