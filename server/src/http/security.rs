//! Security headers on every response, API and portal alike.

use std::{net::IpAddr, sync::Arc};

use axum::{
    extract::{Request, State},
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

/// One year; not `includeSubDomains`: this server does not know the site's other hosts.
const HSTS: &str = "max-age=31536000";

/// The security headers of `model::security_headers`, and HSTS when the request came over
/// HTTPS (which only a trusted proxy can say: see `auth::ViaHttps`).
pub async fn security_headers(
    State(trusted): State<Arc<Vec<IpAddr>>>,
    request: Request,
    next: Next,
) -> Response {
    let https = crate::auth::forwarded_https(
        crate::auth::peer_of(request.extensions()),
        request.headers(),
        &trusted,
    );
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    // A handler may set a stricter policy of its own (logos: `sandbox`); it is kept.
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert_with(|| HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    for (name, value) in OTHER.iter() {
        headers.entry(name).or_insert_with(|| value.clone());
    }
    response
}
