//! Every answer says what happened: errors are problem+json whatever produced them, echo
//! no query string, 401 says how to authenticate, 304 keeps the 200's privacy, media
//! types are parsed, and `If-Match` compares strongly.

mod support;

use axum::{
    body::Body,
    http::{header, Method, StatusCode},
};
use serde_json::json;
use support::space_api::{Answer, Api, B};

fn assert_problem(answer: &Answer, status: StatusCode, what: &str) {
    assert_eq!(answer.status, status, "{what}: {}", answer.body);
    assert_eq!(
        answer.headers[header::CONTENT_TYPE],
        "application/problem+json",
        "{what}"
    );
    assert_eq!(answer.body["status"], status.as_u16(), "{what}");
    assert!(
        answer.body["type"]
            .as_str()
            .unwrap()
            .starts_with("urn:parisante-campus:problem:"),
        "{what}"
    );
}

#[tokio::test]
async fn errors_raised_before_any_handler_are_problems_too() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    let huge = vec![0u8; 2_100_000];
    let answer = api
        .call(
            Method::PUT,
            "/api/v1/me/startup/logo",
            Some(&b),
            &[],
            Body::from(huge),
        )
        .await;
    assert_problem(&answer, StatusCode::PAYLOAD_TOO_LARGE, "a body over 2 MB");
    let answer = api
        .call(
            Method::GET,
            "/api/v1/startups/%FF",
            None,
            &[],
            Body::empty(),
        )
        .await;
    assert_problem(&answer, StatusCode::BAD_REQUEST, "a path that is not UTF-8");
    let answer = api
        .call(
            Method::GET,
            "/api/v1/startups/datavoile/logo?v=a&v=b",
            None,
            &[],
            Body::empty(),
        )
        .await;
    assert_problem(
        &answer,
        StatusCode::BAD_REQUEST,
        "a repeated query parameter",
    );
    let answer = api
        .call(
            Method::POST,
            "/api/v1/session",
            None,
            &[("content-type", "application/json")],
            Body::from("{not json"),
        )
        .await;
    assert_problem(&answer, StatusCode::BAD_REQUEST, "broken JSON");
}

#[tokio::test]
async fn not_found_and_method_not_allowed_echo_nothing() {
    let api = Api::new().await;
    let answer = api
        .call(
            Method::GET,
            "/api/v1/jean.dupont@example.org?q=my+private+search",
            None,
            &[],
            Body::empty(),
        )
        .await;
    assert_problem(&answer, StatusCode::NOT_FOUND, "unknown path");
    let detail = answer.body["detail"].as_str().unwrap();
    assert!(!detail.contains("private"), "{detail}");
    assert!(!detail.contains("dupont"), "{detail}");
    let answer = api
        .call(
            Method::DELETE,
            "/api/v1/programmes?q=secret",
            None,
            &[],
            Body::empty(),
        )
        .await;
    assert_problem(&answer, StatusCode::METHOD_NOT_ALLOWED, "wrong method");
    assert!(!answer.body["detail"].as_str().unwrap().contains("secret"));
}

/// Each answer must name what was refused without a byte of what the client sent.
async fn assert_echoes_nothing(api: &Api, method: Method, uri: &str, body: Body, secret: &str) {
    let answer = api
        .call(
            method,
            uri,
            None,
            &[("content-type", "application/json")],
            body,
        )
        .await;
    assert!(answer.status.is_client_error(), "{uri}: {}", answer.status);
    assert_eq!(
        answer.headers[header::CONTENT_TYPE],
        "application/problem+json",
        "{uri}"
    );
    assert!(
        !answer.body.to_string().contains(secret),
        "{uri}: {}",
        answer.body
    );
}

#[tokio::test]
async fn refusals_name_the_parameter_and_the_rule_never_the_value() {
    let api = Api::new().await;
    let answer = api
        .call(
            Method::GET,
            "/api/v1/startups?sector=jean.dupont@example.org",
            None,
            &[],
            Body::empty(),
        )
        .await;
    assert_problem(&answer, StatusCode::BAD_REQUEST, "an unknown sector");
    assert_eq!(answer.body["parameter"], "sector");
    assert!(
        !answer.body.to_string().contains("dupont"),
        "{}",
        answer.body
    );
    let secret = "dupont";
    for uri in [
        "/api/v1/programmes?level=jean.dupont@example.org",
        "/api/v1/programmes?per_page=jean.dupont@example.org",
        "/api/v1/programmes?locale=jean.dupont@example.org",
        "/api/v1/programmes?jean.dupont@example.org=1",
        "/api/v1/programmes?q=%FFjean.dupont",
        "/api/v1/programmes/jean.dupont@example.org",
        "/api/v1/poles/jean.dupont@example.org",
        "/api/v1/startups/jean.dupont@example.org",
        "/api/v1/startups/datavoile/logo?v=a&v=jean.dupont",
    ] {
        assert_echoes_nothing(&api, Method::GET, uri, Body::empty(), secret).await;
    }
    let long = format!("/api/v1/programmes?q={}", "dupont".repeat(2500));
    assert_echoes_nothing(&api, Method::GET, &long, Body::empty(), secret).await;
    for body in [
        r#"{"email": "jean.dupont@example.org", "password": 12}"#,
        r#"{"email": ["jean.dupont@example.org"], "password": "x"}"#,
        r#"{"email": "a@b.c", "password": "x", "dupont": 1} dupont"#,
    ] {
        assert_echoes_nothing(
            &api,
            Method::POST,
            "/api/v1/session",
            Body::from(body),
            secret,
        )
        .await;
    }
}

#[tokio::test]
async fn a_401_says_how_to_authenticate() {
    let api = Api::new().await;
    for uri in [
        "/api/v1/me",
        "/api/v1/me/startup",
        "/api/v1/me/startup/history",
    ] {
        let answer = api.call(Method::GET, uri, None, &[], Body::empty()).await;
        assert_problem(&answer, StatusCode::UNAUTHORIZED, uri);
        let challenge = answer.headers[header::WWW_AUTHENTICATE].to_str().unwrap();
        assert!(
            challenge.starts_with("Cookie ") && challenge.contains("campus_session"),
            "{challenge}"
        );
    }
    let wrong = api
        .json(
            Method::POST,
            "/api/v1/session",
            None,
            &[],
            &json!({"email": B.0, "password": "no"}),
        )
        .await;
    assert!(wrong.headers.contains_key(header::WWW_AUTHENTICATE));
}

#[tokio::test]
async fn a_304_on_a_private_answer_stays_no_store() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    for uri in ["/api/v1/me", "/api/v1/me/startup/history"] {
        let first = api
            .call(Method::GET, uri, Some(&b), &[], Body::empty())
            .await;
        assert_eq!(first.headers[header::CACHE_CONTROL], "no-store", "{uri}");
        let etag = first.headers[header::ETAG].to_str().unwrap().to_owned();
        let again = api
            .call(
                Method::GET,
                uri,
                Some(&b),
                &[("if-none-match", &etag)],
                Body::empty(),
            )
            .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{uri}");
        assert_eq!(again.headers[header::CACHE_CONTROL], "no-store", "{uri}");
    }
}

#[tokio::test]
async fn media_types_are_parsed_not_prefix_matched() {
    let api = Api::new().await;
    let body = json!({"email": B.0, "password": B.1}).to_string();
    let sign_in = |content_type: &'static str| {
        let api = &api;
        let body = body.clone();
        async move {
            api.call(
                Method::POST,
                "/api/v1/session",
                None,
                &[("content-type", content_type)],
                Body::from(body),
            )
            .await
        }
    };
    for refused in [
        "application/jsonx",
        "application/json-patch",
        "text/json",
        "application",
    ] {
        assert_problem(
            &sign_in(refused).await,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            refused,
        );
    }
    for accepted in [
        "Application/JSON",
        "application/json; charset=utf-8",
        "APPLICATION/JSON ;charset=UTF-8",
    ] {
        assert_eq!(sign_in(accepted).await.status, StatusCode::OK, "{accepted}");
    }
}

#[tokio::test]
async fn if_match_uses_strong_comparison() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    let (etag, _) = api.my_startup(&b).await;
    let patch = |if_match: String, name: &'static str| {
        let (api, b) = (&api, &b);
        async move {
            api.json(
                Method::PATCH,
                "/api/v1/me/startup",
                Some(b),
                &[("if-match", &if_match)],
                &json!({"name": name}),
            )
            .await
        }
    };
    let weak = patch(format!("W/{etag}"), "Datavoile Un").await;
    assert_problem(
        &weak,
        StatusCode::PRECONDITION_FAILED,
        "a weak tag never matches",
    );
    let listed = patch(format!("\"v999\", {etag}"), "Datavoile Deux").await;
    assert_eq!(
        listed.status,
        StatusCode::OK,
        "a list holding the current tag: {}",
        listed.body
    );
    let malformed = patch("v3".into(), "Datavoile Trois").await;
    assert_problem(&malformed, StatusCode::BAD_REQUEST, "not an entity tag");
}
