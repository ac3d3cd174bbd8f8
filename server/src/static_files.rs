//! Serves the built portal (`dist/`): precompressed assets when present, long-lived
//! caching for content-hashed files, and `shell.html` (or `index.html`) for the pages of
//! the route table (`model::routes`), so deep links such as `/poles/recherche` reload fine.
//! A path that is neither a file nor a page, or a page whose pole, programme or start-up
//! does not exist, is answered **404** with the shell (which shows the app's 404 page):
//! the status and the body always agree.
//!
//! Paths are decided on once, percent-decoded as the file service decodes them
//! (`/%72obots.txt` is `/robots.txt`). Never served: the host files and dotfiles
//! (`deploy::is_private`), a file reached through a symbolic link out of `dist/`, an
//! address with an empty segment (`//en`). Nothing here redirects, so no `Location`
//! can name another host.

use std::path::PathBuf;

use axum::{
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::Response,
    Router,
};
use model::routes::Page;

use crate::app_state::AppState;

#[derive(Clone)]
struct Site {
    dist: PathBuf,
    /// `dist` with its symbolic links resolved: what a served file must be inside.
    real_dist: PathBuf,
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
    // Folders are never pages (a page is `name.html`): no redirect from `/a` to `/a/`.
    let files = ServeDir::new(&dist_dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(index);
    let site = Site {
        real_dist: std::fs::canonicalize(&dist_dir).unwrap_or_else(|_| dist_dir.clone()),
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
    is_public_file(site, &file).then(|| format!("/{file}"))
}

/// Whether `relative` is a file of `dist/` that may be served: not private, and inside
/// `dist/` once its symbolic links are resolved.
fn is_public_file(site: &Site, relative: &str) -> bool {
    if relative.is_empty() || deploy::is_private(relative) {
        return false;
    }
    let path = site.dist.join(relative);
    path.is_file()
        && std::fs::canonicalize(&path).is_ok_and(|real| real.starts_with(&site.real_dist))
}

/// Whether the decoded `path` names nothing to serve: not a file of `dist/` that may be
/// served, and not a page of the route table (or one whose slug is unknown).
fn is_missing_page(site: &Site, path: &str) -> bool {
    if path.contains("//") || path.split('/').any(|s| s == ".." || s == ".") {
        return true;
    }
    let relative = path.trim_start_matches('/');
    if deploy::is_private(relative) {
        return true;
    }
    !is_public_file(site, relative) && !site.state.page_exists(&Page::parse(path).0)
}

/// The request path as the file service will read it: percent-decoded. `None` when it does
/// not decode to UTF-8 (nothing of the build is named so).
fn decoded_path(request: &Request) -> Option<String> {
    percent_encoding::percent_decode_str(request.uri().path())
        .decode_utf8()
        .ok()
        .map(|p| p.into_owned())
}

fn set_path(request: &mut Request, path: &str) {
    if let Ok(uri) = path.parse() {
        *request.uri_mut() = uri;
    }
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
    let Some(path) = decoded_path(&request) else {
        let mut response = crate::api::not_found(request.method().clone()).await;
        *response.status_mut() = StatusCode::BAD_REQUEST;
        return response;
    };
    // `/api/` and other paths the API router does not route still belong to the API.
    let api = model::api_paths::ROOT;
    if path == api
        || path
            .strip_prefix(api)
            .is_some_and(|rest| rest.starts_with('/'))
    {
        return crate::api::not_found(request.method().clone()).await;
    }
    let is_home = matches!(path.as_str(), "/" | "/en" | "/en/");
    let missing = is_missing_page(&site, &path);
    if missing {
        let shell = site.shell_uri.clone();
        set_path(&mut request, &shell);
    } else if let Some(page) = home_page(&request) {
        set_path(&mut request, page);
    } else {
        // A query string (a filtered catalogue) is not what the page was built with: the
        // shell then, so the page never shows results of another search while it starts.
        // Named whole, so that a folder of the page's name (`formations/`, holding the
        // programme pages) never turns the address into `/formations/` by a redirect.
        let searched = request.uri().query().is_some_and(|q| !q.is_empty());
        let file = if searched {
            prerendered_file(&site, &path).map(|_| site.shell_uri.clone())
        } else {
            prerendered_file(&site, &path)
        };
        if let Some(file) = file {
            set_path(&mut request, &file);
        }
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
    // Every file may be sent precompressed: a shared cache must key on the encoding.
    headers.insert(
        header::VARY,
        HeaderValue::from_static(if is_home {
            "Accept-Language, Accept-Encoding"
        } else {
            "Accept-Encoding"
        }),
    );
    response
}
