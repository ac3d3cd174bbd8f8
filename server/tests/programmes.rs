//! The catalogue API: every filter, sort, pagination, and bad input, against the seed.

mod support;

use axum::http::StatusCode;
use serde_json::Value;
use support::{facet, slugs, Api};

/// The seed, read independently of the server, to compute expected answers.
fn seed() -> Vec<Value> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seed/programmes.json"))
            .unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    doc["programmes"].as_array().unwrap().clone()
}

fn has(p: &Value, field: &str, value: &str) -> bool {
    match &p[field] {
        Value::Array(items) => items.iter().any(|v| v == value),
        other => other == value,
    }
}

#[tokio::test]
async fn lists_the_whole_seed_with_default_paging_and_facets() {
    let api = Api::new().await;
    let seed = seed();
    let list = api.list("").await;
    assert_eq!(list["total"], seed.len());
    assert_eq!(list["page"], 1);
    assert_eq!(list["per_page"], 20);
    assert_eq!(list["items"].as_array().unwrap().len(), 20);
    let expected_masters = seed.iter().filter(|p| has(p, "level", "master")).count() as u64;
    assert_eq!(facet(&list, "level", "master"), expected_masters);
    let all = api.list("?per_page=1000").await;
    assert_eq!(all["items"].as_array().unwrap().len(), seed.len());
}

#[tokio::test]
async fn every_filter_narrows_to_exactly_the_matching_programmes() {
    let api = Api::new().await;
    let seed = seed();
    let cases = [
        ("level", "level", "doctorat"),
        ("domain", "domains", "donnees-de-sante"),
        ("mode", "modes", "alternance"),
        ("format", "format", "distanciel"),
        ("lang", "languages", "en"),
        ("pole", "poles", "entrepreneuriat"),
    ];
    for (param, field, value) in cases {
        let list = api.list(&format!("?{param}={value}&per_page=1000")).await;
        let mut expected: Vec<String> = seed
            .iter()
            .filter(|p| has(p, field, value))
            .map(|p| p["slug"].as_str().unwrap().to_owned())
            .collect();
        let mut got = slugs(&list);
        expected.sort();
        got.sort();
        assert!(
            !expected.is_empty(),
            "{param}={value} matches something in the seed"
        );
        assert_eq!(got, expected, "{param}={value}");
    }
    let list = api
        .list("?institution=organisme-partenaire-b&per_page=1000")
        .await;
    let expected = seed
        .iter()
        .filter(|p| p["institution"]["slug"] == "organisme-partenaire-b")
        .count();
    assert_eq!(list["total"], expected);
}

#[tokio::test]
async fn filters_combine_and_facets_count_the_alternatives() {
    let api = Api::new().await;
    let seed = seed();
    let list = api
        .list("?level=master&domain=donnees-de-sante&lang=en&per_page=1000")
        .await;
    let expected: Vec<&Value> = seed
        .iter()
        .filter(|p| {
            has(p, "level", "master")
                && has(p, "domains", "donnees-de-sante")
                && has(p, "languages", "en")
        })
        .collect();
    assert_eq!(list["total"], expected.len());
    assert!(!expected.is_empty());
    // The level facet ignores the level filter: doctorates with the same domain and language.
    let doctorates = seed
        .iter()
        .filter(|p| {
            has(p, "level", "doctorat")
                && has(p, "domains", "donnees-de-sante")
                && has(p, "languages", "en")
        })
        .count() as u64;
    assert_eq!(facet(&list, "level", "doctorat"), doctorates);
}

#[tokio::test]
async fn search_text_is_forgiving() {
    let api = Api::new().await;
    let accented = api.list("?q=donn%C3%A9es&per_page=1000").await;
    let plain = api.list("?q=DONNEE&per_page=1000").await;
    assert_eq!(slugs(&accented), slugs(&plain));
    assert!(accented["total"].as_u64().unwrap() >= 5);
    let ia = api.list("?q=IA&per_page=1000").await;
    let titles: Vec<String> = ia["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"]["fr"].as_str().unwrap().to_lowercase())
        .collect();
    assert!(titles
        .iter()
        .any(|t| t.contains("intelligence artificielle")));
    let none = api.list("?q=astrophysique").await;
    assert_eq!(none["total"], 0);
}

#[tokio::test]
async fn pages_do_not_overlap_and_sorts_apply() {
    let api = Api::new().await;
    let first = slugs(&api.list("?per_page=5&sort=titre").await);
    let second = slugs(&api.list("?per_page=5&page=2&sort=titre").await);
    assert_eq!(first.len(), 5);
    assert!(first.iter().all(|s| !second.contains(s)));
    let by_title = api.list("?per_page=1000&sort=titre").await;
    let titles: Vec<String> = by_title["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| model::catalogue::fold(p["title"]["fr"].as_str().unwrap()))
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted);
    let beyond = api.list("?page=500").await;
    assert_eq!(beyond["items"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn bad_parameters_are_400_problems_naming_the_parameter() {
    let api = Api::new().await;
    let long = "x".repeat(201);
    let cases = [
        ("?level=bogus", "level"),
        ("?level=master,phd", "level"),
        ("?per_page=-1", "per_page"),
        ("?per_page=5000", "per_page"),
        ("?locale=de", "locale"),
        ("?per_page=abc", "per_page"),
        ("?page=0", "page"),
        ("?page=-1", "page"),
        ("?sort=random", "sort"),
        ("?open=maybe", "open"),
        ("?colour=blue", "colour"),
        ("?pole=../etc", "pole"),
        ("?q=%E9t%E9", "q"),
    ];
    for (query, parameter) in cases
        .iter()
        .map(|(q, p)| (q.to_string(), *p))
        .chain([(format!("?q={long}"), "q")])
    {
        let (status, content_type, problem) = api.get(&format!("/api/v1/programmes{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(content_type, "application/problem+json");
        assert_eq!(problem["type"], "urn:parisante-campus:problem:bad-request");
        assert_eq!(problem["parameter"], parameter, "{query}");
    }
}

#[tokio::test]
async fn programme_page_has_everything_to_apply() {
    let api = Api::new().await;
    let (status, _, programme) = api.get("/api/v1/programmes/master-donnees-de-sante").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(programme["title"]["fr"], "Master Données de santé");
    assert_eq!(programme["level"], "master");
    assert_eq!(
        programme["domains"],
        serde_json::json!(["donnees-de-sante", "sante-publique"])
    );
    assert_eq!(programme["ects"], 120);
    // A sample makes no offer: nowhere to apply, no fees, no places.
    for field in ["url", "fees_eur", "fees_note", "capacity"] {
        assert!(programme.get(field).is_none(), "{field}");
    }
    for field in ["objectives", "prerequisites", "admission", "careers"] {
        assert!(
            !programme[field]["en"].as_str().unwrap().is_empty(),
            "{field}"
        );
    }
    let (status, content_type, _) = api.get("/api/v1/programmes/inconnu").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(content_type, "application/problem+json");
}
