//! The reference API against a real (temporary) SQLite database, through the whole
//! axum application, including the portal's static files and every HTTP layer.

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
    response::Response,
    Router,
};
use http_body_util::BodyExt;
use serde_json::Value;
use server::{app, AppState, Content, Db};
use tempfile::TempDir;
use tower::ServiceExt;

struct TestApp {
    router: Router,
    dir: TempDir,
}

const INDEX_HTML: &str =
    "<!doctype html><html lang=\"fr\"><body><div id=\"app\"></div></body></html>";

async fn test_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), INDEX_HTML).unwrap();
    std::fs::write(dist.join("portal-0123456789abcdef_bg.wasm"), b"\0asm").unwrap();
    std::fs::write(dist.join("config.json"), "{}").unwrap();
    let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
    let router = app(AppState::load(db).await.unwrap(), dist);
    TestApp { router, dir }
}

impl TestApp {
    async fn request(&self, request: Request<Body>) -> Response {
        self.router.clone().oneshot(request).await.unwrap()
    }

    async fn get(&self, uri: &str) -> Response {
        self.request(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    async fn get_with(&self, uri: &str, name: header::HeaderName, value: &str) -> Response {
        self.request(
            Request::get(uri)
                .header(name, value)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    fn db_path(&self) -> std::path::PathBuf {
        self.dir.path().join("campus.sqlite3")
    }
}

async fn body_bytes(response: Response) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec()
}

async fn json(response: Response) -> Value {
    serde_json::from_slice(&body_bytes(response).await).expect("a JSON body")
}

fn header_str(response: &Response, name: header::HeaderName) -> &str {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn campus_holds_the_seed_facts() {
    let app = test_app().await;
    let response = app.get("/api/v1/campus").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header_str(&response, header::CONTENT_TYPE),
        "application/json"
    );
    let campus = json(response).await;
    assert_eq!(campus["name"], "PariSanté Campus");
    assert_eq!(
        names(&campus["founders"]),
        [
            "Agence du numérique en santé",
            "Inserm",
            "Inria",
            "Université Paris Sciences & Lettres",
            "Health Data Hub"
        ]
    );
    let institutes = names(&campus["institutes"]);
    assert_eq!(institutes.len(), 4);
    assert!(institutes.contains(&"PR[AI]RIE"));
    assert_eq!(campus["poles"].as_array().unwrap().len(), 5);
    let budget = campus["key_figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == "budget")
        .unwrap();
    assert_eq!(budget["value"]["fr"], "400\u{a0}M€");
    assert_eq!(
        budget["detail"]["en"],
        "including €45M from the French recovery plan"
    );
}

#[tokio::test]
async fn every_campus_fact_says_where_it_comes_from_and_when() {
    let app = test_app().await;
    let campus = json(app.get("/api/v1/campus").await).await;
    let article = serde_json::json!({
        "by": "«\u{202f}PariSanté Campus, le carrefour du numérique en santé\u{202f}», Innov'Asso",
        "as_of": "2022-02"
    });
    assert_eq!(campus["source"], article);
    for figure in campus["key_figures"].as_array().unwrap() {
        assert_eq!(figure["source"], article, "{}", figure["id"]);
    }
}

/// A database seeded before facts had sources, from an older seed, gets the current
/// seed's facts, with their source: the campus facts follow their seed.
#[tokio::test]
async fn a_database_from_an_older_seed_gets_the_current_facts_and_their_source() {
    let app = test_app().await;
    let conn = rusqlite::Connection::open(app.db_path()).unwrap();
    conn.execute_batch(
        "ALTER TABLE key_figures DROP COLUMN source_by; ALTER TABLE key_figures DROP COLUMN as_of;
         ALTER TABLE campus DROP COLUMN source_by; ALTER TABLE campus DROP COLUMN as_of;
         DROP TABLE seeded; DROP TABLE outbox; DROP TABLE registrations;
         DROP TABLE event_values; DROP TABLE events;
         DROP TABLE invitations; ALTER TABLE startups DROP COLUMN published;
         DROP TABLE decisions; DROP TABLE reviews; DROP TABLE review_assignments;
         DROP TABLE application_decks; DROP TABLE application_links; DROP TABLE applications;
         DROP TABLE call_timeline; DROP TABLE call_eligibility; DROP TABLE calls;
         DELETE FROM accounts WHERE role = 'staff'; DROP TABLE recovery_codes;
         DROP TABLE audit_log; ALTER TABLE sessions DROP COLUMN second_factor_done;
         PRAGMA user_version = 5;",
    )
    .unwrap();
    drop(conn);
    let db = Db::open(&app.db_path(), Content::DEMO).unwrap();
    let router = server::app(
        AppState::load(db).await.unwrap(),
        app.db_path().with_file_name("dist"),
    );
    let response = router
        .oneshot(
            axum::http::Request::get("/api/v1/campus")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let campus = json(response).await;
    let fresh = json(test_app().await.get("/api/v1/campus").await).await;
    assert_eq!(campus, fresh);
    assert_eq!(campus["key_figures"][3]["source"]["as_of"], "2022-02");
}

#[tokio::test]
async fn poles_list_and_detail_with_institutes() {
    let app = test_app().await;
    let poles = json(app.get("/api/v1/poles").await).await;
    let slugs: Vec<&str> = poles
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap())
        .collect();
    assert_eq!(
        slugs,
        [
            "recherche",
            "patients-societe",
            "formation",
            "entrepreneuriat",
            "professionnels-sante"
        ]
    );
    let research = json(app.get("/api/v1/poles/recherche").await).await;
    assert_eq!(research["name"]["en"], "Research");
    assert_eq!(research["institutes"].as_array().unwrap().len(), 4);
    let patients = json(app.get("/api/v1/poles/patients-societe").await).await;
    let institutes: Vec<&str> = patients["institutes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap())
        .collect();
    assert_eq!(institutes, ["isns"]);
}

#[tokio::test]
async fn unknown_or_malformed_pole_is_a_404_problem() {
    let app = test_app().await;
    for uri in [
        "/api/v1/poles/inconnu",
        "/api/v1/poles/Bad%20Slug",
        "/api/v1/poles/a--b",
    ] {
        let response = app.get(uri).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(
            header_str(&response, header::CONTENT_TYPE),
            "application/problem+json"
        );
        let problem = json(response).await;
        assert_eq!(problem["type"], "urn:parisante-campus:problem:not-found");
        assert_eq!(problem["status"], 404);
    }
}

#[tokio::test]
async fn unknown_api_paths_never_fall_back_to_the_portal() {
    let app = test_app().await;
    for uri in ["/api/v1/nothing", "/api/v2/campus", "/api", "/api/"] {
        let response = app.get(uri).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(
            header_str(&response, header::CONTENT_TYPE),
            "application/problem+json",
            "{uri}"
        );
    }
}

#[tokio::test]
async fn unsupported_method_is_a_405_problem() {
    let app = test_app().await;
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/campus")
        .body(Body::empty())
        .unwrap();
    let response = app.request(request).await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        header_str(&response, header::CONTENT_TYPE),
        "application/problem+json"
    );
    assert_eq!(
        json(response).await["type"],
        "urn:parisante-campus:problem:method-not-allowed"
    );
}

#[tokio::test]
async fn conditional_get_answers_304_with_the_same_etag() {
    let app = test_app().await;
    let first = app.get("/api/v1/campus").await;
    let etag = header_str(&first, header::ETAG).to_owned();
    assert!(etag.starts_with("W/\""), "weak etag, got {etag:?}");
    assert_eq!(header_str(&first, header::CACHE_CONTROL), "no-cache");

    let revalidated = app
        .get_with("/api/v1/campus", header::IF_NONE_MATCH, &etag)
        .await;
    assert_eq!(revalidated.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(header_str(&revalidated, header::ETAG), etag);
    assert!(body_bytes(revalidated).await.is_empty());

    let stale = app
        .get_with(
            "/api/v1/campus",
            header::IF_NONE_MATCH,
            "W/\"0000000000000000\"",
        )
        .await;
    assert_eq!(stale.status(), StatusCode::OK);

    let other = app.get("/api/v1/poles").await;
    assert_ne!(header_str(&other, header::ETAG), etag);
}

#[tokio::test]
async fn responses_are_compressed_on_request() {
    let app = test_app().await;
    for encoding in ["br", "gzip"] {
        let response = app
            .get_with("/api/v1/campus", header::ACCEPT_ENCODING, encoding)
            .await;
        assert_eq!(header_str(&response, header::CONTENT_ENCODING), encoding);
    }
}

#[tokio::test]
async fn deep_links_get_the_portal_and_hashed_assets_are_immutable() {
    let app = test_app().await;
    for uri in [
        "/",
        "/poles/recherche",
        "/en/poles/formation",
        "/formations/master-donnees-de-sante",
        "/en/startups/posos",
        "/formations/ma-selection",
    ] {
        let response = app.get(uri).await;
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
        assert!(header_str(&response, header::CONTENT_TYPE).starts_with("text/html"));
        assert_eq!(header_str(&response, header::CACHE_CONTROL), "no-cache");
        assert_eq!(body_bytes(response).await, INDEX_HTML.as_bytes(), "{uri}");
    }
    let wasm = app.get("/portal-0123456789abcdef_bg.wasm").await;
    assert_eq!(wasm.status(), StatusCode::OK);
    assert_eq!(header_str(&wasm, header::CONTENT_TYPE), "application/wasm");
    assert_eq!(
        header_str(&wasm, header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    let config = app.get("/config.json").await;
    assert_eq!(header_str(&config, header::CACHE_CONTROL), "no-cache");
}

#[tokio::test]
async fn paths_outside_the_route_table_and_unknown_slugs_are_404() {
    let app = test_app().await;
    for uri in [
        "/nulle-part",
        "/en/nowhere",
        "/poles/inconnu",
        "/en/poles/unknown",
        "/formations/inconnue",
        "/en/programmes/unknown",
        "/startups/inconnue",
        "/startups/posos/en-trop",
        "/missing.png",
        // An old asset name: not a file any more, so neither a page nor immutable.
        "/portal-fedcba9876543210_bg.wasm",
    ] {
        let response = app.get(uri).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{uri}");
        assert!(header_str(&response, header::CONTENT_TYPE).starts_with("text/html"));
        assert_eq!(
            header_str(&response, header::CACHE_CONTROL),
            "no-cache",
            "{uri}"
        );
        // The shell still comes, so the app shows its 404 page in the reader's language.
        assert_eq!(body_bytes(response).await, INDEX_HTML.as_bytes(), "{uri}");
    }
}

#[tokio::test]
async fn security_headers_on_api_and_portal() {
    let app = test_app().await;
    for uri in ["/", "/poles/recherche", "/api/v1/campus", "/api/v1/nothing"] {
        let response = app.get(uri).await;
        let csp = header_str(&response, header::CONTENT_SECURITY_POLICY);
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{uri}: {csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{uri}");
        assert!(csp.contains("default-src 'self'"), "{uri}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
        assert_eq!(
            header_str(&response, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff"
        );
        assert_eq!(
            header_str(&response, header::REFERRER_POLICY),
            "no-referrer"
        );
    }
}

#[tokio::test]
async fn health_reports_ok() {
    let app = test_app().await;
    let health = json(app.get("/api/v1/health").await).await;
    assert_eq!(health["status"], "ok");
}

#[tokio::test]
async fn database_failure_is_a_500_problem_without_internals() {
    let app = test_app().await;
    let conn = rusqlite::Connection::open(app.db_path()).unwrap();
    conn.execute_batch("DROP TABLE pole_paragraphs;").unwrap();
    let response = app.get("/api/v1/poles/recherche").await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        header_str(&response, header::CONTENT_TYPE),
        "application/problem+json"
    );
    let problem = json(response).await;
    assert_eq!(problem["type"], "urn:parisante-campus:problem:internal");
    assert!(!problem["detail"]
        .as_str()
        .unwrap()
        .contains("pole_paragraphs"));
}

#[test]
fn reopening_a_seeded_database_keeps_it_as_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.sqlite3");
    drop(Db::open(&path, Content::DEMO).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE campus SET name = 'Renamed' WHERE id = 1", [])
        .unwrap();
    drop(conn);
    drop(Db::open(&path, Content::DEMO).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (name, founders): (String, i64) = conn
        .query_row(
            "SELECT name, (SELECT count(*) FROM organisations WHERE role = 'founder') FROM campus",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((name.as_str(), founders), ("Renamed", 5), "no re-seed");
}

#[tokio::test]
async fn deep_links_get_the_shell_when_the_build_wrote_one() {
    let built = test_app().await;
    let dist = built.dir.path().join("dist");
    std::fs::write(
        dist.join("shell.html"),
        "<!doctype html><title>shell</title>",
    )
    .unwrap();
    std::fs::write(
        dist.join("formations.html"),
        "<!doctype html><title>catalogue</title>",
    )
    .unwrap();
    std::fs::create_dir_all(dist.join("en/programmes")).unwrap();
    std::fs::write(
        dist.join("en/programmes/master-donnees-de-sante.html"),
        "<!doctype html><title>du</title>",
    )
    .unwrap();
    // The service picks the shell when it is built; rebuild the app to see the new file.
    let db = Db::open(&built.db_path(), Content::DEMO).unwrap();
    let router = app(AppState::load(db).await.unwrap(), dist.clone());
    let get = |uri: &'static str| {
        let router = router.clone();
        async move {
            let response = router
                .oneshot(Request::get(uri).body(Body::empty()).unwrap())
                .await
                .unwrap();
            body_bytes(response).await
        }
    };
    assert_eq!(
        get("/").await,
        INDEX_HTML.as_bytes(),
        "the home keeps its prerendered page"
    );
    assert_eq!(
        get("/poles/recherche").await,
        b"<!doctype html><title>shell</title>"
    );
    // A prerendered page is served for its own address...
    assert_eq!(
        get("/formations").await,
        b"<!doctype html><title>catalogue</title>"
    );
    assert_eq!(
        get("/en/programmes/master-donnees-de-sante").await,
        b"<!doctype html><title>du</title>"
    );
    // ...and not for a search it was not built with: the shell then, even with a folder of
    // the page's name next to it, which must not redirect to `/formations/`.
    std::fs::create_dir_all(dist.join("formations")).unwrap();
    let response = router
        .clone()
        .oneshot(
            Request::get("/formations?level=master")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        body_bytes(response).await,
        b"<!doctype html><title>shell</title>"
    );
}

#[test]
fn logs_go_to_stderr_as_json_lines_without_personal_data() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["--addr", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .arg("--dist")
        .arg(dir.path().join("dist"))
        .env("PORTAL_LOG_FORMAT", "json")
        .env("RUST_LOG", "debug")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(
        line.starts_with("PariSanté Campus portal listening on http://"),
        "{line}"
    );
    let addr = line.trim().rsplit("http://").next().unwrap().to_owned();
    // A failed sign-in and a search with text: neither the e-mail nor the text is logged.
    let body = r#"{"email":"secret.person@example.org","password":"hunter2-hunter2"}"#;
    for request in [
        format!("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()),
        "GET /api/v1/startups?q=maladie%20rare HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_owned(),
    ] {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(&addr).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut sink = Vec::new();
        stream.read_to_end(&mut sink).unwrap();
    }
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    let logs = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = logs.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() >= 3, "{logs}");
    for l in &lines {
        let value: serde_json::Value =
            serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"));
        assert!(
            value.get("level").is_some() && value.get("timestamp").is_some(),
            "{l}"
        );
    }
    assert!(
        logs.contains("/api/v1/startups"),
        "requests are logged: {logs}"
    );
    for secret in ["secret.person", "hunter2", "maladie", "campus_session"] {
        assert!(!logs.contains(secret), "{secret} leaked into the logs");
    }
}

#[test]
fn a_database_written_by_a_newer_release_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.sqlite3");
    drop(Db::open(&path, Content::DEMO).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal-server"))
        .args(["--addr", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .arg("--dist")
        .arg(dir.path().join("dist"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("schema version 999") && stderr.contains("newer release"),
        "{stderr}"
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 999, "left untouched");
}
