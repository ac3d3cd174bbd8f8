//! Two members of one start-up saving at once: each write is read, merged and stored in one
//! transaction, so no save writes back a field it was not sent, and `If-Match: *` is never
//! refused as stale.

mod support;

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use support::space_api::{Api, Session, A, A2};

const ROUNDS: usize = 30;

async fn patch_any(api: &Api, session: &Session, patch: Value) -> StatusCode {
    api.json(
        Method::PATCH,
        "/api/v1/me/startup",
        Some(session),
        &[("if-match", "*")],
        &patch,
    )
    .await
    .status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_merge_patches_change_only_what_each_was_sent() {
    let api = Api::new().await;
    let (a, a2) = (api.sign_in(A).await, api.sign_in(A2).await);
    let hiring = async {
        let mut statuses = Vec::new();
        for i in 0..ROUNDS {
            statuses.push(patch_any(&api, &a, json!({"hiring": i.is_multiple_of(2)})).await);
        }
        statuses
    };
    let describing = async {
        let mut statuses = Vec::new();
        for i in 0..ROUNDS {
            let text = format!("Version B {i}. Une description modifiée pendant la course.");
            statuses.push(patch_any(&api, &a2, json!({"description": {"fr": text}})).await);
        }
        statuses
    };
    let (hiring, describing) = tokio::join!(hiring, describing);
    for status in hiring.iter().chain(&describing) {
        assert_eq!(*status, StatusCode::OK, "If-Match: * is never stale");
    }
    let answer = api
        .call(
            Method::GET,
            "/api/v1/me/startup/history?limit=100",
            Some(&a),
            &[],
            axum::body::Body::empty(),
        )
        .await;
    let lines = answer.body.as_array().expect("history lines").clone();
    assert!(lines.len() >= ROUNDS, "every description change is a line");
    for line in &lines {
        let changed: Vec<&str> = line["changed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert!(
            changed == ["hiring"] || changed == ["description.fr"],
            "version {} changed {changed:?}: a save wrote back a field it was not sent",
            line["version"]
        );
    }
    let (_, profile) = api.my_startup(&a).await;
    assert!(profile["description"]["fr"]
        .as_str()
        .unwrap()
        .starts_with(&format!("Version B {}.", ROUNDS - 1)));
    assert_eq!(profile["hiring"], json!((ROUNDS - 1).is_multiple_of(2)));
}
