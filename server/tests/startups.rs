//! The start-up directory API: every filter, sort, pagination and bad input, checked against
//! the seed file read independently; profiles and logos.

mod support;

use axum::http::StatusCode;
use serde_json::Value;
use support::{facet, slugs, Api};

/// The seed, read independently of the server, to compute expected answers.
fn seed() -> Vec<Value> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seed/startups.json"))
        .unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    doc["startups"].as_array().unwrap().clone()
}

fn has(s: &Value, field: &str, value: &str) -> bool {
    match &s[field] {
        Value::Array(items) => items.iter().any(|v| v == value),
        other => other == value,
    }
}

/// Which seed start-ups a filter should keep.
type Keep = Box<dyn Fn(&Value) -> bool>;

async fn list(api: &Api, query: &str) -> Value {
    api.list_of("startups", query).await
}

fn sorted(mut slugs: Vec<String>) -> Vec<String> {
    slugs.sort();
    slugs
}

fn expected(seed: &[Value], keep: impl Fn(&Value) -> bool) -> Vec<String> {
    sorted(
        seed.iter()
            .filter(|s| keep(s))
            .map(|s| s["slug"].as_str().unwrap().to_owned())
            .collect(),
    )
}

#[tokio::test]
async fn lists_about_fifty_start_ups_including_the_four_from_the_article() {
    let api = Api::new().await;
    let seed = seed();
    let all = list(&api, "?per_page=1000").await;
    assert_eq!(all["total"], seed.len());
    assert!((45..=60).contains(&seed.len()));
    let names: Vec<&str> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    for name in ["DrData", "Team'Doc", "Posos", "SimforHealth"] {
        assert!(names.contains(&name), "{name} missing");
    }
    let real = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["sample"] == false)
        .count();
    assert_eq!(
        real, 4,
        "only the four start-ups of the article are not sample data"
    );
    // More than half come from research, as the article says.
    assert!(all["facets"]["spin_off"].as_u64().unwrap() * 2 > seed.len() as u64);
    let first_page = list(&api, "").await;
    assert_eq!(first_page["items"].as_array().unwrap().len(), 24);
    assert_eq!(first_page["per_page"], 24);
}

#[tokio::test]
async fn every_filter_narrows_to_exactly_the_matching_start_ups() {
    let api = Api::new().await;
    let seed = seed();
    let cases: Vec<(&str, Keep)> = vec![
        (
            "sector=formation-simulation",
            Box::new(|s| has(s, "sectors", "formation-simulation")),
        ),
        (
            "sector=telemedecine,prevention",
            Box::new(|s| has(s, "sectors", "telemedecine") || has(s, "sectors", "prevention")),
        ),
        ("pole=recherche", Box::new(|s| has(s, "poles", "recherche"))),
        (
            "stage=amorcage,serie-a",
            Box::new(|s| has(s, "stage", "amorcage") || has(s, "stage", "serie-a")),
        ),
        (
            "founded_from=2020",
            // A start-up that gave no year is in no range.
            Box::new(|s| s["founded"].as_u64().is_some_and(|y| y >= 2020)),
        ),
        (
            "founded_to=2016",
            Box::new(|s| s["founded"].as_u64().is_some_and(|y| y <= 2016)),
        ),
        (
            "founded_from=2017&founded_to=2019",
            Box::new(|s| {
                s["founded"]
                    .as_u64()
                    .is_some_and(|y| (2017..=2019).contains(&y))
            }),
        ),
        ("spinoff=1", Box::new(|s| !s["spin_off"].is_null())),
        ("hiring=1", Box::new(|s| s["hiring"] == true)),
    ];
    for (query, keep) in cases {
        let got = list(&api, &format!("?{query}&per_page=1000")).await;
        let want = expected(&seed, keep);
        assert!(!want.is_empty(), "{query}: the seed should have some");
        assert_eq!(sorted(slugs(&got)), want, "{query}");
        assert_eq!(got["total"], want.len(), "{query}");
    }
}

#[tokio::test]
async fn filters_combine_and_facets_count_the_alternatives() {
    let api = Api::new().await;
    let seed = seed();
    let got = list(
        &api,
        "?sector=formation-simulation&stage=amorcage&per_page=1000",
    )
    .await;
    let want = expected(&seed, |s| {
        has(s, "sectors", "formation-simulation") && has(s, "stage", "amorcage")
    });
    assert!(!want.is_empty());
    assert_eq!(sorted(slugs(&got)), want);
    // The stage facet counts simulation start-ups at every stage; the sector facet counts
    // seed-stage start-ups in every sector.
    for stage in ["idee", "pre-amorcage", "amorcage", "serie-a", "croissance"] {
        let n = seed
            .iter()
            .filter(|s| has(s, "sectors", "formation-simulation") && has(s, "stage", stage))
            .count() as u64;
        assert_eq!(facet(&got, "stage", stage), n, "stage {stage}");
    }
    let n = seed
        .iter()
        .filter(|s| has(s, "stage", "amorcage") && has(s, "sectors", "telemedecine"))
        .count() as u64;
    assert_eq!(facet(&got, "sector", "telemedecine"), n);
    let years = got["facets"]["founded"].as_array().unwrap();
    let total: u64 = years.iter().map(|y| y["count"].as_u64().unwrap()).sum();
    assert_eq!(
        total,
        want.len() as u64,
        "years count the matches (no year filter)"
    );
}

#[tokio::test]
async fn search_text_is_accent_and_case_insensitive() {
    let api = Api::new().await;
    let simulation = list(&api, "?q=SIMULATION&per_page=1000").await;
    assert!(slugs(&simulation).contains(&"blocsim".to_owned()));
    let accents = list(&api, "?q=s%C3%A9curit%C3%A9%20prescription&per_page=1000").await;
    let plain = list(&api, "?q=securite%20prescription&per_page=1000").await;
    assert_eq!(slugs(&accents), slugs(&plain));
    assert!(slugs(&plain).contains(&"pedidose".to_owned()));
    let none = list(&api, "?q=zzzz-nothing").await;
    assert_eq!(none["total"], 0);
    assert!(none["items"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn pages_do_not_overlap_and_sorts_apply() {
    let api = Api::new().await;
    let seed = seed();
    let one = list(&api, "?per_page=10&sort=nom").await;
    let two = list(&api, "?per_page=10&page=2&sort=nom").await;
    let (a, b) = (slugs(&one), slugs(&two));
    assert!(a.iter().all(|s| !b.contains(s)));
    let names: Vec<String> = one["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| model::catalogue::fold(s["name"].as_str().unwrap()))
        .collect();
    let mut by_name = names.clone();
    by_name.sort();
    assert_eq!(names, by_name);
    let newest = list(&api, "?sort=arrivee&per_page=1000").await;
    let dates: Vec<&str> = newest["items"]
        .as_array()
        .unwrap()
        .iter()
        // No published date (null) reads as "": after every date.
        .map(|s| s["member_since"].as_str().unwrap_or(""))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
    assert_eq!(
        dates.last(),
        Some(&""),
        "the real start-ups, undated, come last"
    );
    let latest = seed
        .iter()
        .filter_map(|s| s["updated"].as_str())
        .max()
        .unwrap();
    let updated = list(&api, "?sort=mise-a-jour").await;
    assert_eq!(updated["items"][0]["updated"], latest);
}

#[tokio::test]
async fn bad_parameters_are_400_problems_naming_the_parameter() {
    let api = Api::new().await;
    for (query, parameter) in [
        ("sector=bogus", "sector"),
        ("stage=unicorn", "stage"),
        ("founded_from=20x1", "founded_from"),
        ("founded_to=1800", "founded_to"),
        ("founded_from=2021&founded_to=2019", "founded_to"),
        ("spinoff=maybe", "spinoff"),
        ("hiring=2", "hiring"),
        ("sort=random", "sort"),
        ("page=0", "page"),
        ("per_page=-1", "per_page"),
        ("per_page=1001", "per_page"),
        ("locale=xx", "locale"),
        ("pole=..%2Fetc", "pole"),
        ("colour=blue", "colour"),
        ("q=%FF", "q"),
    ] {
        let (status, content_type, body) = api.get(&format!("/api/v1/startups?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(content_type, "application/problem+json", "{query}");
        assert_eq!(body["parameter"], parameter, "{query}: {body}");
        assert_eq!(body["type"], "urn:parisante-campus:problem:bad-request");
    }
    let long = "x".repeat(201);
    let (status, _, body) = api.get(&format!("/api/v1/startups?q={long}")).await;
    assert_eq!(
        (status, body["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("q"))
    );
}

#[tokio::test]
async fn a_profile_has_its_links_and_unknown_ones_are_404() {
    let api = Api::new().await;
    let seed = seed();
    let (status, _, drdata) = api.get("/api/v1/startups/drdata").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(drdata["name"], "DrData");
    assert_eq!(drdata["sample"], false);
    // The article gives its name and its presence on the campus; the rest is its to write.
    assert!(drdata["description"]["fr"]
        .as_str()
        .unwrap()
        .ends_with("à compléter par la start-up."));
    assert_eq!(drdata["sectors"], serde_json::json!([]));
    assert_eq!(drdata["poles"], serde_json::json!([]));
    // A sample profile with every kind of link comes back as seeded.
    let full = seed
        .iter()
        .find(|s| !s["website"].is_null() && !s["social"].as_array().unwrap().is_empty())
        .expect("a seed profile with links");
    let (_, _, profile) = api
        .get(&format!(
            "/api/v1/startups/{}",
            full["slug"].as_str().unwrap()
        ))
        .await;
    for field in [
        "website",
        "email",
        "social",
        "sectors",
        "poles",
        "spin_off",
        "careers_url",
    ] {
        assert_eq!(profile[field], full[field], "{field}");
    }
    for slug in ["inconnue", "Posos", "a..b"] {
        let (status, _, body) = api.get(&format!("/api/v1/startups/{slug}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{slug}");
        assert_eq!(body["type"], "urn:parisante-campus:problem:not-found");
    }
}

#[tokio::test]
async fn logos_are_served_from_their_bytes_with_a_safe_type() {
    let api = Api::new().await;
    let all = list(&api, "?per_page=1000").await;
    let with_logo: Vec<&Value> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["logo"].is_string())
        .collect();
    assert!(with_logo.len() >= 10, "seed logos are served");
    let logo = with_logo[0]["logo"].as_str().unwrap();
    assert!(
        logo.starts_with("startups/") && logo.contains("/logo?v="),
        "{logo}"
    );
    let (status, content_type, bytes) = api.get_bytes(&format!("/api/v1/{logo}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "image/png");
    assert!(bytes.starts_with(b"\x89PNG"));
    let (_, headers) = api.headers(&format!("/api/v1/{logo}")).await;
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; sandbox"
    );
    assert!(headers["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    let stale = logo.replace("?v=", "?v=0");
    let (_, headers) = api.headers(&format!("/api/v1/{stale}")).await;
    assert_eq!(
        headers["cache-control"], "no-cache",
        "an old address is not cached for good"
    );
    let (status, _, _) = api.get_bytes("/api/v1/startups/drdata/logo").await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "no logo: the app shows initials"
    );
}
