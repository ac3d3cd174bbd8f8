//! CORS for the API, so that a portal served from another origin (any static host) can use
//! it: exact origins only, with credentials (the start-up space's session cookie), the
//! space's methods and headers, and `ETag` readable for conditional requests. tower-http's
//! layer does the protocol; this module only decides what is allowed.

use std::time::Duration;

use axum::{
    http::{header, HeaderName, HeaderValue, Method, Uri},
    response::Response,
};
use tower_http::cors::{AllowOrigin, CorsLayer};

/// An origin the API answers cross-origin requests from: `scheme://host[:port]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllowedOrigin(String);

impl AllowedOrigin {
    /// Parses an origin as a browser sends it in `Origin`. A wildcard is refused: with
    /// credentials it would hand any site the member's session.
    pub fn parse(raw: &str) -> Result<AllowedOrigin, String> {
        let raw = raw.trim();
        if raw == "*" || raw.eq_ignore_ascii_case("null") {
            return Err(format!(
                "`{raw}` is not an origin: name each one exactly (https://portal.example.org)"
            ));
        }
        let uri: Uri = raw
            .parse()
            .map_err(|e| format!("`{raw}` is not an origin: {e}"))?;
        let scheme = uri.scheme_str().unwrap_or("");
        if scheme != "http" && scheme != "https" {
            return Err(format!(
                "`{raw}`: an origin starts with http:// or https://"
            ));
        }
        let authority = uri
            .authority()
            .ok_or_else(|| format!("`{raw}`: an origin names a host"))?;
        if authority.as_str().contains('@') || authority.as_str().contains('*') {
            return Err(format!("`{raw}`: an origin is scheme, host and port only"));
        }
        if !matches!(uri.path(), "" | "/") || uri.query().is_some() {
            return Err(format!(
                "`{raw}`: an origin has no path (drop everything after the host)"
            ));
        }
        // Browsers send the origin in lower case, without a trailing slash.
        Ok(AllowedOrigin(format!(
            "{scheme}://{}",
            authority.as_str().to_ascii_lowercase()
        )))
    }

    /// Every origin of a comma-separated list (`PORTAL_ALLOW_ORIGINS`), empty items skipped.
    pub fn parse_list(list: &str) -> Result<Vec<AllowedOrigin>, String> {
        list.split(',')
            .filter(|item| !item.trim().is_empty())
            .map(AllowedOrigin::parse)
            .collect()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The CORS layer for these origins, or `None` when there are none: the API then sends no
/// CORS header at all, and only its own origin can read it.
pub fn layer(origins: &[AllowedOrigin]) -> Option<CorsLayer> {
    if origins.is_empty() {
        return None;
    }
    let origins: Vec<HeaderValue> = origins
        .iter()
        .map(|o| HeaderValue::from_str(o.as_str()).expect("a parsed origin is ASCII"))
        .collect();
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_credentials(true)
            .allow_methods([
                Method::GET,
                Method::HEAD,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ])
            .allow_headers([
                header::ACCEPT,
                header::CONTENT_TYPE,
                header::IF_MATCH,
                header::IF_NONE_MATCH,
                HeaderName::from_static("x-csrf-token"),
            ])
            .expose_headers([header::ETAG, header::LOCATION, header::RETRY_AFTER])
            // Browsers cap this anyway (Chromium: 2 h); 10 min keeps a changed policy quick.
            .max_age(Duration::from_secs(600)),
    )
}

/// Removes the CORS headers of an answer that does not allow its origin. tower-http still
/// sends `Access-Control-Allow-Credentials` and `-Expose-Headers` to any origin; without
/// `-Allow-Origin` the browser refuses the answer anyway, but a disallowed origin should
/// learn nothing of the policy. Layered outside [`layer`].
pub async fn only_for_allowed_origins(mut response: Response) -> Response {
    let headers = response.headers_mut();
    if !headers.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN) {
        let cors: Vec<HeaderName> = headers
            .keys()
            .filter(|name| name.as_str().starts_with("access-control-"))
            .cloned()
            .collect();
        for name in cors {
            headers.remove(name);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::AllowedOrigin;

    #[test]
    fn takes_exact_origins_and_refuses_anything_else() {
        let ok = |raw: &str| AllowedOrigin::parse(raw).map(|o| o.as_str().to_owned());
        assert_eq!(
            ok("https://portal.example.org").unwrap(),
            "https://portal.example.org"
        );
        assert_eq!(
            ok("http://127.0.0.1:8081/").unwrap(),
            "http://127.0.0.1:8081"
        );
        assert_eq!(
            ok(" HTTPS://Portal.Example.org ").unwrap(),
            "https://portal.example.org"
        );
        for bad in [
            "*",
            "null",
            "portal.example.org",
            "ftp://portal.example.org",
            "https://portal.example.org/portail/",
            "https://portal.example.org/?x=1",
            "https://user@portal.example.org",
            "https://*.example.org",
            "",
        ] {
            assert!(ok(bad).is_err(), "{bad:?} was accepted");
        }
        assert_eq!(
            AllowedOrigin::parse_list("https://a.example, ,http://b.example:81")
                .unwrap()
                .len(),
            2
        );
        assert!(AllowedOrigin::parse_list("https://a.example,*").is_err());
    }
}
