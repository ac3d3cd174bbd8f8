use std::net::SocketAddr;

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::request::Parts,
};

use super::{cookie::token_of, sha256_hex};
use crate::{db, error::ApiError, AppState};

/// The client's address, for rate limiting (the socket's peer; proxies are not trusted).
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string()),
        ))
    }
}

/// The signed-in member, from the session cookie; 401 without a valid, unexpired session.
#[derive(Clone, Debug)]
pub struct Member {
    pub account_id: i64,
    pub email: String,
    /// The only start-up this member may read privately or write.
    pub startup: String,
    pub csrf_token: String,
    pub token_hash: String,
    pub expires_at: u64,
}

impl FromRequestParts<AppState> for Member {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = token_of(&parts.headers).ok_or(ApiError::Unauthorized)?;
        let token_hash = sha256_hex(&token);
        let now = crate::clock::now_unix();
        state
            .db
            .read(move |conn| db::load_session(conn, &token_hash, now))
            .await?
            .ok_or(ApiError::Unauthorized)
    }
}

/// A member allowed to change something: the request also carries the session's CSRF
/// token in `X-CSRF-Token`, which another site can neither read nor send.
pub struct WriteGuard(pub Member);

impl FromRequestParts<AppState> for WriteGuard {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let member = Member::from_request_parts(parts, state).await?;
        let sent = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        // Constant-time comparison: the token must not leak through timing.
        let expected = member.csrf_token.as_bytes();
        let same = sent.len() == expected.len()
            && sent
                .bytes()
                .zip(expected)
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        if same {
            Ok(WriteGuard(member))
        } else {
            Err(ApiError::Forbidden(
                "missing or wrong X-CSRF-Token header".into(),
            ))
        }
    }
}
