//! Calls for applications (`/calls`): the real call of early 2022 in every database, with
//! only what the article says, and the sample call, open, only when samples are asked for.

mod support;

use axum::http::StatusCode;
use serde_json::Value;
use server::{app, AppState, Content, Db};
use support::Api;

fn slugs(calls: &Value) -> Vec<&str> {
    calls
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["slug"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn the_real_call_is_closed_and_says_only_what_its_source_says() {
    let api = Api::new().await;
    let (status, _, call) = api.get("/api/v1/calls/second-appel-2022").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(call["status"], "closed");
    assert_eq!(call["sample"], false);
    for absent in ["opens", "closes", "places"] {
        assert!(call[absent].is_null(), "{absent}: {call}");
    }
    assert_eq!(call["eligibility"], serde_json::json!([]));
    assert_eq!(call["timeline"], serde_json::json!([]));
    assert_eq!(call["source"]["as_of"], "2022-02");
    assert!(call["description"]["fr"]
        .as_str()
        .unwrap()
        .contains("nombre très important de demandes"));
}

#[tokio::test]
async fn the_sample_call_is_open_in_paris_time_with_its_conditions_and_steps() {
    let api = Api::new().await;
    let (status, _, calls) = api.get("/api/v1/calls").await;
    assert_eq!(status, StatusCode::OK);
    // Dated calls first, the most recent closing first.
    assert_eq!(slugs(&calls), ["appel-exemple", "second-appel-2022"]);
    let (_, _, call) = api.get("/api/v1/calls/appel-exemple").await;
    assert_eq!(call["status"], "open");
    assert_eq!(call["sample"], true);
    assert_eq!(call["places"], 12);
    let (opens, closes) = (
        call["opens"].as_str().unwrap(),
        call["closes"].as_str().unwrap(),
    );
    // Paris wall-clock time with its offset from the time-zone database.
    assert!(opens.contains("T09:00:00+0"), "{opens}");
    assert!(closes.contains("T12:00:00+0"), "{closes}");
    assert!(opens < closes);
    assert_eq!(call["eligibility"].as_array().unwrap().len(), 3);
    let steps: Vec<&str> = call["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["step"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["committee", "interviews", "decision", "arrival"]);
}

#[tokio::test]
async fn a_deployment_without_samples_has_the_real_call_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("campus.sqlite3"), Content::FACTS).unwrap();
    let api = support::Api::from_router(app(
        AppState::load(db).await.unwrap(),
        dir.path().join("dist"),
    ));
    let (_, _, calls) = api.get("/api/v1/calls").await;
    assert_eq!(slugs(&calls), ["second-appel-2022"]);
    let (status, _, _) = api.get("/api/v1/calls/appel-exemple").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_unknown_or_malformed_call_is_a_404_problem() {
    let api = Api::new().await;
    for slug in ["appel-inconnu", "Not%20a%20slug", "x..y"] {
        let (status, kind, body) = api.get(&format!("/api/v1/calls/{slug}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{slug}");
        assert_eq!(kind, "application/problem+json", "{slug}");
        assert_eq!(body["status"], 404, "{slug}");
    }
}
