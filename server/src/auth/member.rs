use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{request::Parts, HeaderMap},
};

use super::{cookie::token_of, sha256_hex};
use crate::{app_state::AppState, db, error::ApiError};

/// The client's address, for rate limiting: the socket's peer, or, when that peer is one
/// of the configured trusted proxies (`--trusted-proxy`), the address that proxy saw.
/// `None` when the server runs without peer addresses (tests through `oneshot`).
pub struct ClientIp(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = peer_of(&parts.extensions);
        Ok(ClientIp(peer.map(|peer| {
            client_behind(peer, &parts.headers, &state.trusted_proxies)
        })))
    }
}

/// Whether the request reached us over HTTPS. This server speaks plain HTTP, so only a
/// trusted proxy (`--trusted-proxy`) in front of it can say so, by `X-Forwarded-Proto`;
/// the header from anyone else is a client's claim and is ignored.
pub struct ViaHttps(pub bool);

impl FromRequestParts<AppState> for ViaHttps {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ViaHttps(forwarded_https(
            peer_of(&parts.extensions),
            &parts.headers,
            &state.trusted_proxies,
        )))
    }
}

/// The socket's peer, canonical (`::ffff:10.0.0.1` is `10.0.0.1`).
pub fn peer_of(extensions: &axum::http::Extensions) -> Option<IpAddr> {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_canonical())
}

/// See [`ViaHttps`]. The proxy nearest to us speaks last in a list.
pub fn forwarded_https(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpAddr]) -> bool {
    let Some(peer) = peer else {
        return false;
    };
    trusted.contains(&peer)
        && headers
            .get_all("x-forwarded-proto")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .last()
            .is_some_and(|proto| proto.trim().eq_ignore_ascii_case("https"))
}

/// The client of a request that reached us from `peer`. Only a trusted proxy's word is
/// taken: `X-Forwarded-For` is read from the right (the entry our proxy appended) and
/// stops at the first address that is not itself a trusted proxy. A client that writes
/// its own header cannot get past that entry.
pub fn client_behind(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|hop| hop.trim().parse::<IpAddr>().map(|ip| ip.to_canonical()))
        .collect::<Result<_, _>>()
        // A malformed header is not evidence of anything: count the proxy itself.
        .unwrap_or_default();
    hops.into_iter()
        .rev()
        .find(|hop| !trusted.contains(hop))
        .unwrap_or(peer)
}

/// The live session the request's cookie names; 401 without one.
pub(super) async fn session_of(
    parts: &Parts,
    state: &AppState,
) -> Result<db::SessionRow, ApiError> {
    let token = token_of(&parts.headers).ok_or(ApiError::Unauthorized)?;
    let token_hash = sha256_hex(&token);
    let now = crate::clock::now_unix();
    state
        .db
        .read(move |conn| db::load_session(conn, &token_hash, now))
        .await?
        .ok_or(ApiError::Unauthorized)
}

/// Whether the request carries the session's CSRF token in `X-CSRF-Token`, which another
/// site can neither read nor send. Compared in constant time: it must not leak by timing.
pub(super) fn csrf_checked(parts: &Parts, expected: &str) -> Result<(), ApiError> {
    let sent = parts
        .headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let expected = expected.as_bytes();
    let same = sent.len() == expected.len()
        && sent
            .bytes()
            .zip(expected)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if same {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "missing or wrong X-CSRF-Token header".into(),
        ))
    }
}

/// The signed-in member, from the session cookie; 401 without a valid, unexpired session,
/// 403 for a campus team session (the team has its own space).
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
        let session = session_of(parts, state).await?;
        match (session.role, session.startup) {
            (db::Role::Member, Some(startup)) => Ok(Member {
                account_id: session.account_id,
                email: session.email,
                startup,
                csrf_token: session.csrf_token,
                token_hash: session.token_hash,
                expires_at: session.expires_at,
            }),
            _ => Err(ApiError::Forbidden(
                "this is a campus team session: the start-up space is for start-up members".into(),
            )),
        }
    }
}

/// A member allowed to change something: the request also carries the session's CSRF token.
pub struct WriteGuard(pub Member);

impl FromRequestParts<AppState> for WriteGuard {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let member = Member::from_request_parts(parts, state).await?;
        csrf_checked(parts, &member.csrf_token)?;
        Ok(WriteGuard(member))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in xff {
            headers.append("x-forwarded-for", value.parse().unwrap());
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_only_believed_from_a_trusted_proxy() {
        let proxy = ip("10.0.0.1");
        let sent = headers(&["6.6.6.6, 203.0.113.7"]);
        assert_eq!(
            client_behind(ip("198.51.100.2"), &sent, &[proxy]),
            ip("198.51.100.2")
        );
        assert_eq!(client_behind(proxy, &sent, &[]), proxy, "off by default");
        // Through the proxy: the entry it appended, not the one the client forged.
        assert_eq!(client_behind(proxy, &sent, &[proxy]), ip("203.0.113.7"));
        // Two trusted hops, and the header split over two lines.
        let inner = ip("10.0.0.2");
        let sent = headers(&["6.6.6.6", "203.0.113.7, 10.0.0.2"]);
        assert_eq!(
            client_behind(proxy, &sent, &[proxy, inner]),
            ip("203.0.113.7")
        );
        // Missing or malformed: the proxy itself.
        assert_eq!(client_behind(proxy, &HeaderMap::new(), &[proxy]), proxy);
        assert_eq!(
            client_behind(proxy, &headers(&["nonsense"]), &[proxy]),
            proxy
        );
    }
}
