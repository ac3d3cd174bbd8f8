use axum::http::{header, HeaderMap, HeaderValue};

use super::ViaHttps;

pub const SESSION_COOKIE: &str = "campus_session";
/// Sessions last 8 hours (cookie and server record alike).
pub const SESSION_SECONDS: u64 = 8 * 3600;

fn cookie(ViaHttps(https): &ViaHttps, value: &str, max_age: u64) -> HeaderValue {
    let secure = if *https { "; Secure" } else { "" };
    let text = format!(
        "{SESSION_COOKIE}={value}; Path={}; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
        model::api_paths::PREFIX
    );
    HeaderValue::from_str(&text).expect("cookie is ASCII")
}

/// `Set-Cookie` for a new session: HttpOnly (no script reads it), SameSite=Strict (never
/// sent from another site), limited to the API, Secure over HTTPS, expiring with it.
pub fn session_cookie(via: &ViaHttps, token: &str) -> (header::HeaderName, HeaderValue) {
    (header::SET_COOKIE, cookie(via, token, SESSION_SECONDS))
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(via: &ViaHttps) -> (header::HeaderName, HeaderValue) {
    (header::SET_COOKIE, cookie(via, "", 0))
}

/// The session token sent by the browser, if any.
pub fn token_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|v| !v.is_empty())
}
