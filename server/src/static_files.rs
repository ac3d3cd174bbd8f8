//! Serves the built portal (`dist/`): precompressed assets when present, long-lived
//! caching for content-hashed files, and `shell.html` (or `index.html`) for the pages of
//! the route table (`model::routes`), so deep links such as `/poles/recherche` reload fine.
//! A path that is neither a file nor a page, or a page whose pole, programme or start-up
//! does not exist, is answered **404** (with the same shell, which shows the app's 404).

use std::path::PathBuf;

use axum::{
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::Response,
    Router,
};
use model::routes::Page;

use crate::AppState;

#[derive(Clone)]
struct Site {
    dist: PathBuf,
    /// The shell's address in `dist/` (`/shell.html`, or `/index.html` for an older build).
    shell_uri: String,
    state: AppState,
}
use tower_http::services::{ServeDir, ServeFile};

pub fn service(dist_dir: PathBuf, state: AppState) -> Router {
    // Deep links get the shell (no prerendered home) when the build wrote one.
    let shell = ["shell.html", "index.html"]
        .into_iter()
        .map(|name| dist_dir.join(name))
        .find(|path| path.is_file())
        .unwrap_or_else(|| dist_dir.join("index.html"));
    let shell_uri = format!(
        "/{}",
        shell
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("index.html")
    );
    let index = ServeFile::new(shell)
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(&dist_dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true)
        .fallback(index);
    let site = Site {
        dist: dist_dir,
        shell_uri,
        state,
    };
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(site, cache_control))
}

/// The prerendered file of a page path, when the build wrote one (`/` → `index.html`,
/// `/formations` → `formations.html`, as the prerender names them).
fn prerendered_file(site: &Site, path: &str) -> Option<String> {
    let trimmed = path.trim_matches('/');
    if trimmed.split('/').any(|s| s == ".." || s.is_empty()) && !trimmed.is_empty() {
        return None;
    }
    let file = if trimmed.is_empty() {
        "index.html".to_owned()
    } else {
        format!("{trimmed}.html")
    };
    site.dist.join(&file).is_file().then(|| format!("/{file}"))
}

/// Whether `path` names a page that does not exist: not a file of `dist/`, and not a
/// page of the route table (or one whose slug is unknown).
fn is_missing_page(site: &Site, path: &str) -> bool {
    let relative = path.trim_start_matches('/');
    let is_file = !relative.is_empty()
        && !relative.split('/').any(|s| s == "..")
        && site.dist.join(relative).is_file();
    !is_file && !site.state.page_exists(&Page::parse(path).0)
}

/// The home page in the reader's language: `/en` gets `en.html`, and `/` too when the
/// browser prefers English (the app then moves to `/en` with the same first screen).
fn home_page(request: &Request) -> Option<&'static str> {
    match request.uri().path() {
        "/en" | "/en/" => Some("/en.html"),
        "/" => {
            let accept = request
                .headers()
                .get(header::ACCEPT_LANGUAGE)?
                .to_str()
                .ok()?;
            (model::Lang::from_accept_language(accept) == Some(model::Lang::En))
                .then_some("/en.html")
        }
        _ => None,
    }
}

async fn cache_control(State(site): State<Site>, mut request: Request, next: Next) -> Response {
    let is_home = matches!(request.uri().path(), "/" | "/en" | "/en/");
    let missing = is_missing_page(&site, request.uri().path());
    if let Some(page) = home_page(&request) {
        *request.uri_mut() = axum::http::Uri::from_static(page);
    } else if !missing {
        // A query string (a filtered catalogue) is not what the page was built with: the
        // shell then, so the page never shows results of another search while it starts.
        // Named whole, so that a folder of the page's name (`formations/`, holding the
        // programme pages) never turns the address into `/formations/` by a redirect.
        let searched = request.uri().query().is_some_and(|q| !q.is_empty());
        let file = if searched {
            prerendered_file(&site, request.uri().path()).map(|_| site.shell_uri.clone())
        } else {
            prerendered_file(&site, request.uri().path())
        };
        if let Some(file) = file {
            let query = request
                .uri()
                .query()
                .map(|q| format!("?{q}"))
                .unwrap_or_default();
            if let Ok(uri) = format!("{file}{query}").parse() {
                *request.uri_mut() = uri;
            }
        }
    }
    // `/api/` and other paths the API router does not route still belong to the API.
    let path = request.uri().path();
    if path == "/api" || path.starts_with("/api/") {
        return crate::api::not_found(request.method().clone()).await;
    }
    let hashed = deploy::is_content_hashed(request.uri().path());
    let mut response = next.run(request).await;
    if missing && response.status().is_success() {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    let value = if hashed && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        // index.html, config.json, robots.txt: always revalidate so a deploy shows at once.
        "no-cache"
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    if is_home {
        headers.insert(
            header::VARY,
            HeaderValue::from_static("Accept-Language, Accept-Encoding"),
        );
    }
    response
}
