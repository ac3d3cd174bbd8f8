//! Members of the start-up space: passwords (argon2id), sessions in an HttpOnly cookie with
//! a CSRF token, and sign-in rate limiting.

pub(crate) mod cookie;
mod limiter;
mod member;
mod password;

pub use cookie::{clear_cookie, session_cookie, token_of as cookie_token, SESSION_SECONDS};
pub use limiter::LoginLimiter;
pub use member::{forwarded_https, peer_of, ClientIp, Member, ViaHttps, WriteGuard};
pub use password::{hash_password, new_token, sha256_hex, HashingGate};
