//! CORS on the API (a portal served from another origin): exact origins only, with
//! credentials, the start-up space's methods and headers in the preflight, `ETag`
//! readable; a disallowed origin, or a server started without `--allow-origin`, gets no
//! CORS header at all.

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
    response::Response,
    Router,
};
use server::{app, app_allowing, http::cors::AllowedOrigin, AppState, Content, Db};
use tower::ServiceExt;

const PORTAL: &str = "http://127.0.0.1:8081";

async fn router(origins: &[&str]) -> (Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
    let state = AppState::load(db).await.unwrap();
    let dist = dir.path().join("dist");
    let router = if origins.is_empty() {
        app(state, dist)
    } else {
        let origins: Vec<_> = origins
            .iter()
            .map(|o| AllowedOrigin::parse(o).unwrap())
            .collect();
        app_allowing(state, dist, &origins)
    };
    (router, dir)
}

async fn send(router: &Router, request: Request<Body>) -> Response {
    router.clone().oneshot(request).await.unwrap()
}

fn preflight(origin: &str, method: &str, headers: &str) -> Request<Body> {
    Request::builder()
        .method(Method::OPTIONS)
        .uri("/api/v1/me/startup")
        .header(header::ORIGIN, origin)
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, method)
        .header(header::ACCESS_CONTROL_REQUEST_HEADERS, headers)
        .body(Body::empty())
        .unwrap()
}

fn get_from(origin: &str, uri: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::ORIGIN, origin)
        .body(Body::empty())
        .unwrap()
}

fn header_of(response: &Response, name: header::HeaderName) -> String {
    response
        .headers()
        .get_all(name)
        .iter()
        .map(|v| v.to_str().unwrap().to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(", ")
}

#[tokio::test]
async fn an_allowed_origin_may_read_and_write_with_credentials() {
    let (router, _dir) = router(&[PORTAL, "https://portal.example.org"]).await;

    for method in ["PUT", "PATCH", "DELETE", "POST"] {
        let answer = send(
            &router,
            preflight(PORTAL, method, "content-type,if-match,x-csrf-token"),
        )
        .await;
        assert_eq!(answer.status(), StatusCode::OK, "{method}");
        assert_eq!(
            header_of(&answer, header::ACCESS_CONTROL_ALLOW_ORIGIN),
            PORTAL
        );
        assert_eq!(
            header_of(&answer, header::ACCESS_CONTROL_ALLOW_CREDENTIALS),
            "true"
        );
        let methods = header_of(&answer, header::ACCESS_CONTROL_ALLOW_METHODS);
        assert!(methods.contains(&method.to_ascii_lowercase()), "{methods}");
        let headers = header_of(&answer, header::ACCESS_CONTROL_ALLOW_HEADERS);
        for needed in ["content-type", "if-match", "x-csrf-token"] {
            assert!(headers.contains(needed), "{headers}");
        }
    }

    let answer = send(&router, get_from(PORTAL, "/api/v1/campus")).await;
    assert_eq!(answer.status(), StatusCode::OK);
    assert_eq!(
        header_of(&answer, header::ACCESS_CONTROL_ALLOW_ORIGIN),
        PORTAL
    );
    assert!(header_of(&answer, header::ACCESS_CONTROL_EXPOSE_HEADERS).contains("etag"));
    assert!(header_of(&answer, header::VARY).contains("origin"));
    assert!(answer.headers().contains_key(header::ETAG));
    // The second origin of the list, answered with its own name (never a wildcard).
    let answer = send(
        &router,
        get_from("https://portal.example.org", "/api/v1/campus"),
    )
    .await;
    assert_eq!(
        header_of(&answer, header::ACCESS_CONTROL_ALLOW_ORIGIN),
        "https://portal.example.org"
    );
}

#[tokio::test]
async fn another_origin_gets_no_cors_header() {
    let (router, _dir) = router(&[PORTAL]).await;
    for origin in ["http://127.0.0.1:9999", "https://evil.example", "null"] {
        let answers = [
            send(&router, get_from(origin, "/api/v1/campus")).await,
            send(&router, preflight(origin, "PUT", "x-csrf-token")).await,
        ];
        for answer in answers {
            let cors: Vec<_> = answer
                .headers()
                .keys()
                .filter(|name| name.as_str().starts_with("access-control-"))
                .collect();
            assert!(cors.is_empty(), "{origin}: {cors:?}");
        }
    }
}

#[tokio::test]
async fn without_allowed_origins_the_api_sends_no_cors_header() {
    let (router, _dir) = router(&[]).await;
    let answer = send(&router, get_from(PORTAL, "/api/v1/campus")).await;
    assert_eq!(answer.status(), StatusCode::OK);
    assert!(answer
        .headers()
        .keys()
        .all(|name| !name.as_str().starts_with("access-control-")));
}

#[tokio::test]
async fn the_portal_pages_carry_no_cors_header() {
    let (router, _dir) = router(&[PORTAL]).await;
    let answer = send(&router, get_from(PORTAL, "/config.json")).await;
    assert!(!answer
        .headers()
        .contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
}
