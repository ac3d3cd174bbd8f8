//! The portal's security headers, written once: the reference server sends them, and
//! `cargo xtask build` writes them into the nginx, Caddy and `_headers` files for static
//! hosts, so the portal's protection does not depend on where it is hosted.

/// Nothing inline, nothing third-party: scripts, styles, images and API calls come from
/// this origin only. `'wasm-unsafe-eval'` lets the browser compile the portal's wasm.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; \
form-action 'self'; frame-ancestors 'none'; manifest-src 'self'; worker-src 'self'";

/// The other headers of every answer (name, value).
pub const OTHER_HEADERS: [(&str, &str); 5] = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    ),
];

/// [`CONTENT_SECURITY_POLICY`] for a portal whose API is at `api_origin`
/// (`https://api.example.org`): the API's answers (`connect-src`) and its uploaded logos
/// (`img-src`) are allowed from there too, and nothing else.
pub fn content_security_policy(api_origin: Option<&str>) -> String {
    let Some(origin) = api_origin.filter(|o| !o.is_empty()) else {
        return CONTENT_SECURITY_POLICY.to_owned();
    };
    CONTENT_SECURITY_POLICY
        .split("; ")
        .map(|directive| match directive.split_once(' ') {
            Some(("connect-src" | "img-src", _)) => format!("{directive} {origin}"),
            _ => directive.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_origin_is_allowed_for_calls_and_logos_only() {
        let csp = content_security_policy(Some("https://api.example.org"));
        assert!(csp.contains("connect-src 'self' https://api.example.org;"));
        assert!(csp.contains("img-src 'self' data: https://api.example.org;"));
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{csp}"
        );
        assert_eq!(csp.matches("api.example.org").count(), 2);
        assert_eq!(content_security_policy(None), CONTENT_SECURITY_POLICY);
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
    }
}
