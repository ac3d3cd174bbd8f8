//! Security headers on every response, API and portal alike.

use axum::{
    extract::Request,
    http::{header, HeaderName, HeaderValue},
    middleware::Next,
    response::Response,
};

pub use model::security_headers::CONTENT_SECURITY_POLICY;

/// `model::security_headers::OTHER_HEADERS`, parsed once.
static OTHER: std::sync::LazyLock<Vec<(HeaderName, HeaderValue)>> =
    std::sync::LazyLock::new(|| {
        model::security_headers::OTHER_HEADERS
            .iter()
            .map(|(name, value)| {
                (
                    HeaderName::from_bytes(name.as_bytes()).expect("a valid header name"),
                    HeaderValue::from_static(value),
                )
            })
            .collect()
    });

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // A handler may set a stricter policy of its own (logos: `sandbox`); it is kept.
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert_with(|| HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    for (name, value) in OTHER.iter() {
        headers.entry(name).or_insert_with(|| value.clone());
    }
    response
}
