//! Conditional GETs for the API: every successful GET gets a weak `ETag` computed from
//! its body and `Cache-Control: no-cache`, and `If-None-Match` is answered with 304.
//! Weak, because the compression layer may change the bytes on the wire.
//!
//! Versioned resources (a member's profile) carry their own strong tag, [`version_tag`],
//! and writes to them name the version they were read at in `If-Match` ([`IfMatch`]).

use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::error::ApiError;

pub use model::etag::version_tag;
use model::etag::{content_tag, read_tag, weakly_equal, TagKind};

/// What `If-Match` asks for: `*` (any current version, RFC 9110 §13.1.1), or a list of
/// tags. Only strong tags can match (§13.1.1 uses strong comparison): a weak `W/"v9"` is
/// well formed but never matches, so it is a 412, not a write.
#[derive(Debug, PartialEq)]
pub enum IfMatch {
    Any,
    Versions(Vec<u32>),
}

impl IfMatch {
    /// The request's `If-Match`: 428 without one, 400 when it is not `*` or our tags.
    pub fn parse(headers: &HeaderMap) -> Result<IfMatch, ApiError> {
        let value = headers
            .get(header::IF_MATCH)
            .ok_or(ApiError::PreconditionRequired)?
            .to_str()
            .unwrap_or("")
            .trim();
        if value == "*" {
            return Ok(IfMatch::Any);
        }
        let malformed = || ApiError::BadRequest {
            parameter: Some("If-Match".into()),
            detail: "If-Match: expected `*` or ETags such as \"v3\"".into(),
        };
        let mut versions = Vec::new();
        // Only our own tags are versions; anything else is a malformed header, not a
        // stale one.
        for tag in value.split(',').map(str::trim) {
            match read_tag(tag).ok_or_else(malformed)? {
                TagKind::Version(version) => versions.push(version),
                TagKind::Weak => {}
            }
        }
        Ok(IfMatch::Versions(versions))
    }

    /// Whether a write over the stored `version` may go ahead.
    pub fn admits(&self, version: u32) -> bool {
        match self {
            IfMatch::Any => true,
            IfMatch::Versions(versions) => versions.contains(&version),
        }
    }
}

/// API bodies are small JSON documents; anything bigger is a bug, not something to buffer.
const MAX_BODY: usize = 16 * 1024 * 1024;

pub async fn conditional_get(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    // Private answers (`Cache-Control: no-store`, with their own version ETag) pass as is.
    if response.status() != StatusCode::OK || response.headers().contains_key(header::ETAG) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match to_bytes(body, MAX_BODY).await {
        Ok(bytes) => bytes,
        Err(e) => return ApiError::Internal(format!("reading response body: {e}")).into_response(),
    };
    let tag = content_tag(&bytes);
    let tag_value = HeaderValue::from_str(&tag).expect("hex etag is a valid header");
    set_cache_headers(&mut parts.headers, tag_value.clone());
    if if_none_match.is_some_and(|v| matches_etag(&v, &tag)) {
        // A 304 carries the 200's caching policy (a private `no-store` stays `no-store`)
        // and its Vary, as RFC 9110 §15.4.5 asks.
        let mut not_modified = StatusCode::NOT_MODIFIED.into_response();
        let headers = not_modified.headers_mut();
        for name in [header::CACHE_CONTROL, header::VARY] {
            if let Some(value) = parts.headers.get(&name) {
                headers.insert(name, value.clone());
            }
        }
        set_cache_headers(headers, tag_value);
        return not_modified;
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn set_cache_headers(headers: &mut HeaderMap, tag: HeaderValue) {
    headers.insert(header::ETAG, tag);
    // Always revalidate: cheap thanks to 304s, and never shows stale campus data.
    // A handler that knows better (a versioned logo address) keeps its own policy.
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert_with(|| HeaderValue::from_static("no-cache"));
}

/// `If-None-Match` uses weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored.
fn matches_etag(if_none_match: &HeaderValue, tag: &str) -> bool {
    let Ok(value) = if_none_match.to_str() else {
        return false;
    };
    value.trim() == "*" || value.split(',').any(|t| weakly_equal(t, tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_comparison_and_lists() {
        let tag = "W/\"abc\"";
        assert!(matches_etag(&HeaderValue::from_static("W/\"abc\""), tag));
        assert!(matches_etag(&HeaderValue::from_static("\"abc\""), tag));
        assert!(matches_etag(
            &HeaderValue::from_static("\"x\", W/\"abc\""),
            tag
        ));
        assert!(matches_etag(&HeaderValue::from_static("*"), tag));
        assert!(!matches_etag(&HeaderValue::from_static("\"abd\""), tag));
    }

    fn if_match(value: &str) -> Result<IfMatch, ApiError> {
        let mut headers = HeaderMap::new();
        headers.insert(header::IF_MATCH, HeaderValue::from_str(value).unwrap());
        IfMatch::parse(&headers)
    }

    #[test]
    fn if_match_takes_any_or_our_strong_tags() {
        assert!(if_match("*").unwrap().admits(7));
        let listed = if_match("\"v3\", W/\"v4\", \"v5\"").unwrap();
        assert_eq!(listed, IfMatch::Versions(vec![3, 5]));
        assert!(listed.admits(5) && !listed.admits(4));
        assert!(matches!(
            if_match("\"x\""),
            Err(ApiError::BadRequest { .. })
        ));
        assert!(matches!(
            IfMatch::parse(&HeaderMap::new()),
            Err(ApiError::PreconditionRequired)
        ));
    }
}
