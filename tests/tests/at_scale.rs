//! The catalogue and the directory at 10,000 programmes and 5,000 start-ups: above the
//! local-search limit, so every search is answered by the API. The page must show the
//! true totals and facet counts (nothing silently cut), filter, page to the very last
//! page, and open a programme from it.

use portal_e2e::Portal;
use serde_json::Value;

async fn big_portal() -> Portal {
    Portal::launch_with(
        "fr-FR,fr",
        &["--sample-programmes", "10000", "--sample-startups", "5000"],
    )
    .await
}

/// The count the API gives for `value` of facet `facet` in a list answer.
fn facet_count(list: &Value, facet: &str, value: &str) -> u64 {
    list["facets"][facet]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["value"] == value)
        .and_then(|v| v["count"].as_u64())
        .unwrap_or_else(|| panic!("no {facet}={value} in {}", list["facets"][facet]))
}

async fn wait_for_count(portal: &Portal, expected: u64) {
    portal
        .wait_until(&format!("{expected} results"), || async {
            portal.number_in("#results-count").await == Some(expected)
        })
        .await;
}

async fn facet_shown(portal: &Portal, id: &str) -> u64 {
    let css = format!("label[for='{id}'] .facet__count");
    portal.find(&css).await;
    portal.number_in(&css).await.unwrap()
}

#[tokio::test]
async fn the_catalogue_at_10000_programmes_shows_true_counts_and_reaches_its_last_page() {
    let portal = big_portal().await;
    let proxy = portal.proxy().await;
    portal.goto_through(&proxy, "/formations").await;
    wait_for_count(&portal, 10_000).await;
    let all = portal.fetch_json("/api/v1/programmes?per_page=0").await;
    assert_eq!(all["total"], 10_000);
    assert_eq!(
        facet_shown(&portal, "facet-level-master").await,
        facet_count(&all, "level", "master")
    );
    assert_eq!(portal.find_all(".programme-card").await.len(), 20);
    // The whole catalogue is never asked for afresh: only pages of 20. (The page was built
    // from the seed, and the small catalogue it carries is revalidated, conditionally,
    // before the counts say the catalogue is now too large for the browser.)
    let seen = proxy.seen("/api/v1/programmes?");
    assert!(
        seen.iter()
            .all(|s| !s.path.contains("per_page=1000") || s.conditional),
        "{seen:?}"
    );
    assert!(
        seen.iter().any(|s| s.path.contains("per_page=20")),
        "{seen:?}"
    );

    // Filter: the count is the API's, and so are the other facets' counts.
    portal.click("#facet-level-master").await;
    let masters = portal
        .fetch_json("/api/v1/programmes?level=master&per_page=0")
        .await;
    wait_for_count(&portal, masters["total"].as_u64().unwrap()).await;
    assert!(portal.path_and_query().await.contains("level=master"));
    assert_eq!(
        facet_shown(&portal, "facet-format-hybride").await,
        facet_count(&masters, "format", "hybride")
    );

    // To the last page, by its link in the pagination.
    let pages = masters["total"].as_u64().unwrap().div_ceil(20);
    let last = format!(".pagination a[href$='page={pages}']");
    portal.click(&last).await;
    portal
        .wait_until("the last page", || async {
            portal
                .path_and_query()
                .await
                .contains(&format!("page={pages}"))
                && portal.find_all(".pagination__current").await.len() == 1
                && portal.number_in(".pagination__current").await == Some(pages)
        })
        .await;
    let on_last = masters["total"].as_u64().unwrap() - (pages - 1) * 20;
    portal
        .wait_until("the last page's cards", || async {
            portal.find_all(".programme-card").await.len() as u64 == on_last
        })
        .await;
    // The focus left the replaced links for the results' count (RGAA 12.8).
    portal
        .wait_until("the focus on the results' count", || async {
            portal.eval("return document.activeElement.id;").await
                == serde_json::json!("results-count")
        })
        .await;

    // Open a programme from it.
    let title = portal.text_of(".programme-card__title a").await.unwrap();
    portal.click(".programme-card__title a").await;
    portal.wait_for_h1(&title).await;
    portal.find(".programme__facts").await;
    portal
        .assert_accessible("programme opened from the last page")
        .await;
    portal.close().await;
}

#[tokio::test]
async fn the_directory_at_5000_start_ups_shows_true_counts_and_filters() {
    let portal = big_portal().await;
    portal.goto("/startups").await;
    wait_for_count(&portal, 5_000).await;
    let all = portal.fetch_json("/api/v1/startups?per_page=0").await;
    assert_eq!(all["total"], 5_000);
    assert_eq!(
        facet_shown(&portal, "facet-sector-telemedecine").await,
        facet_count(&all, "sector", "telemedecine")
    );
    portal.click("#facet-sector-telemedecine").await;
    let filtered = portal
        .fetch_json("/api/v1/startups?sector=telemedecine&per_page=0")
        .await;
    wait_for_count(&portal, filtered["total"].as_u64().unwrap()).await;
    assert_eq!(
        facet_shown(&portal, "facet-stage-amorcage").await,
        facet_count(&filtered, "stage", "amorcage")
    );
    portal.assert_accessible("directory at 5,000").await;
    portal.close().await;
}
