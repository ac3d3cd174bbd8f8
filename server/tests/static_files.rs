//! The built portal as the reference server serves it, probed as a hostile client would:
//! no redirect to another host, no host file, dotfile or file behind a symbolic link out of
//! `dist/`, `Vary: Accept-Encoding` wherever a file may come compressed, and a 404 whose
//! body is the shell, never the file it refused.

use axum::{
    body::Body,
    http::{header, Request, Response, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use server::{app, AppState, Content, Db};
use tower::ServiceExt;

const SHELL: &str = "<!doctype html><title>shell</title>";

struct Site {
    router: Router,
    _dir: tempfile::TempDir,
}

async fn site() -> Site {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    for folder in ["deploy", "formations", "en"] {
        std::fs::create_dir_all(dist.join(folder)).unwrap();
    }
    let files: [(&str, &[u8]); 10] = [
        ("index.html", b"<!doctype html><title>home</title>"),
        ("en.html", b"<!doctype html><title>home en</title>"),
        ("shell.html", SHELL.as_bytes()),
        (
            "formations.html",
            b"<!doctype html><title>catalogue</title>",
        ),
        ("robots.txt", b"User-agent: *\nAllow: /\n"),
        ("style-0123456789abcdef.css", b"body{}"),
        ("style-0123456789abcdef.css.br", b"\x0b\x02\x80body{}\x03"),
        ("deploy/nginx.conf", b"location / {}"),
        ("_headers", b"/*\n  X-Test: 1\n"),
        (".env", b"SECRET=1"),
    ];
    for (name, bytes) in files {
        std::fs::write(dist.join(name), bytes).unwrap();
    }
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("secret.txt"), b"outside the build").unwrap();
    std::os::unix::fs::symlink(&outside, dist.join("linked")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), dist.join("secret.txt")).unwrap();
    let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
    Site {
        router: app(AppState::load(db).await.unwrap(), dist),
        _dir: dir,
    }
}

impl Site {
    async fn get(&self, uri: &str, headers: &[(header::HeaderName, &str)]) -> Response<Body> {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(name, *value);
        }
        self.router
            .clone()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap()
    }
}

async fn body(response: Response<Body>) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[tokio::test]
async fn no_address_redirects_and_empty_segments_are_404() {
    let site = site().await;
    for uri in [
        "//en",
        "//deploy",
        "//formations",
        "/formations//x",
        "/deploy",
        "/en/",
    ] {
        let response = site.get(uri, &[]).await;
        assert!(
            !response.status().is_redirection(),
            "{uri}: {}",
            response.status()
        );
        assert!(response.headers().get(header::LOCATION).is_none(), "{uri}");
    }
    for uri in ["//en", "//formations", "/formations//x"] {
        let response = site.get(uri, &[]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(body(response).await, SHELL, "{uri}");
    }
}

#[tokio::test]
async fn host_files_dotfiles_and_links_out_of_the_build_are_never_served() {
    let site = site().await;
    for uri in [
        "/deploy/nginx.conf",
        "/deploy/",
        "/_headers",
        "/.env",
        "/%2Eenv",
        "/linked/secret.txt",
        "/secret.txt",
        "/%64eploy/nginx.conf",
    ] {
        let response = site.get(uri, &[]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{uri}");
        let text = body(response).await;
        assert_eq!(text, SHELL, "{uri}");
    }
}

#[tokio::test]
async fn the_status_and_the_body_of_an_answer_agree() {
    let site = site().await;
    // Percent-encoded as the file service reads it: the file, with 200.
    let response = site.get("/%72obots.txt", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(body(response).await.starts_with("User-agent"));
    let response = site.get("/nulle-part", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(body(response).await, SHELL);
    let response = site.get("/formations", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(body(response).await.contains("catalogue"));
}

#[tokio::test]
async fn every_file_that_may_come_compressed_varies_on_the_encoding() {
    let site = site().await;
    let response = site
        .get(
            "/style-0123456789abcdef.css",
            &[(header::ACCEPT_ENCODING, "br")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
    assert!(response.headers()[header::VARY]
        .to_str()
        .unwrap()
        .contains("Accept-Encoding"));
    for uri in ["/", "/en", "/formations", "/robots.txt", "/nulle-part"] {
        let response = site.get(uri, &[]).await;
        let vary = response
            .headers()
            .get(header::VARY)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        assert!(vary.contains("Accept-Encoding"), "{uri}: {vary:?}");
    }
}
