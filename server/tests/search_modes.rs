//! The two ways the app searches give the same answer: locally, with the whole index
//! downloaded once (small lists), or remotely, one API request per query (large lists).
//! Both run the same engine; this proves the API's parameters (`page`, `per_page`,
//! `locale`) and its JSON carry a query and its result over without changing them.

mod support;

use model::{
    catalogue::{CatalogueIndex, CatalogueQuery, Date, ProgrammeList},
    directory::{DirectoryIndex, DirectoryQuery, StartupList},
    facet_search::decode_query,
    Lang,
};
use support::Api;

const PER_PAGE: u32 = 20;

fn catalogue_query(raw: &str) -> (CatalogueQuery, Vec<model::facet_search::QueryIssue>) {
    let (pairs, _) = decode_query(raw);
    CatalogueQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Every item of a list endpoint, page by page (as a client in local mode would have it).
async fn everything<T: serde::de::DeserializeOwned>(api: &Api, resource: &str) -> Vec<T> {
    let mut items = Vec::new();
    for page in 1.. {
        let list = api
            .list_of(resource, &format!("?per_page=1000&page={page}"))
            .await;
        let batch: Vec<T> = serde_json::from_value(list["items"].clone()).unwrap();
        if batch.is_empty() {
            break;
        }
        items.extend(batch);
    }
    items
}

/// Queries covering each facet, the text search, every sort and pages past the first.
fn catalogue_queries() -> Vec<String> {
    let mut queries = vec![String::new()];
    for text in ["", "q=donn%C3%A9es", "q=ia", "q=sant%C3%A9+num%C3%A9rique"] {
        for filter in [
            "",
            "level=master",
            "level=master,licence&lang=en",
            "domain=ia,donnees-de-sante&format=hybride",
            "mode=alternance",
            "open=1",
            "pole=recherche",
        ] {
            for sort in ["", "sort=titre", "sort=rentree", "sort=candidature"] {
                for page in ["", "page=2", "page=7"] {
                    let parts: Vec<&str> = [text, filter, sort, page]
                        .into_iter()
                        .filter(|p| !p.is_empty())
                        .collect();
                    queries.push(parts.join("&"));
                }
            }
        }
    }
    queries
}

#[tokio::test]
async fn local_and_remote_catalogue_searches_agree() {
    let api = Api::with_samples(1500, 0).await;
    let index = CatalogueIndex::new(everything(&api, "programmes").await);
    assert_eq!(index.len(), 1500);
    // The server's "today", so applications-open filters and sorts agree.
    let today: Date = server::clock::today();
    for raw in catalogue_queries() {
        let (query, issues) = catalogue_query(&raw);
        assert!(issues.is_empty(), "{raw}: {issues:?}");
        for lang in Lang::ALL {
            let local = index.list(&query, today, lang, PER_PAGE);
            let remote: ProgrammeList = serde_json::from_value(
                api.list_of(
                    "programmes",
                    &format!("?{raw}&per_page={PER_PAGE}&locale={}", lang.code()),
                )
                .await,
            )
            .unwrap();
            assert_eq!(local, remote, "{raw} ({lang:?})");
        }
    }
}

#[tokio::test]
async fn local_and_remote_directory_searches_agree() {
    let api = Api::with_samples(0, 1200).await;
    let index = DirectoryIndex::new(everything(&api, "startups").await);
    assert_eq!(index.len(), 1200);
    for text in ["", "q=sant%C3%A9", "q=donn%C3%A9es+patients"] {
        for filter in [
            "",
            "sector=diagnostic-ia",
            "stage=amorcage,croissance&hiring=1",
            "spinoff=1&pole=recherche",
            "founded_from=2015&founded_to=2020",
        ] {
            for sort in ["", "sort=nom", "sort=arrivee", "sort=mise-a-jour"] {
                for page in ["", "page=3"] {
                    let raw: Vec<&str> = [text, filter, sort, page]
                        .into_iter()
                        .filter(|p| !p.is_empty())
                        .collect();
                    let raw = raw.join("&");
                    let (pairs, _) = decode_query(&raw);
                    let (query, issues) =
                        DirectoryQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                    assert!(issues.is_empty(), "{raw}: {issues:?}");
                    let local = index.list(&query, PER_PAGE);
                    let remote: StartupList = serde_json::from_value(
                        api.list_of("startups", &format!("?{raw}&per_page={PER_PAGE}"))
                            .await,
                    )
                    .unwrap();
                    assert_eq!(local, remote, "{raw}");
                }
            }
        }
    }
}

#[tokio::test]
async fn a_counts_only_request_gives_the_total_and_facets_without_items() {
    let api = Api::with_samples(1500, 1200).await;
    for (resource, total) in [("programmes", 1500), ("startups", 1200)] {
        let summary = api.list_of(resource, "?per_page=0").await;
        assert_eq!(summary["total"], total, "{resource}");
        assert_eq!(summary["per_page"], 0);
        assert!(summary["items"].as_array().unwrap().is_empty());
        assert!(summary["facets"].is_object());
    }
}
