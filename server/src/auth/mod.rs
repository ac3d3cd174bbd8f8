//! Members of the start-up space and the campus team (`staff`, with a second factor): passwords (argon2id), sessions in an HttpOnly cookie with
//! a CSRF token, and sign-in rate limiting.

pub(crate) mod cookie;
mod credentials;
mod limiter;
mod member;
mod password;
pub mod second_factor;
mod staff;

pub use cookie::{clear_cookie, session_cookie, token_of as cookie_token, SESSION_SECONDS};
pub use credentials::{check_lengths, verified_account};
pub use limiter::LoginLimiter;
pub use member::{forwarded_https, peer_of, ClientIp, Member, ViaHttps, WriteGuard};
pub use password::{hash_password, new_token, sha256_hex, HashingGate, DUMMY_HASH, MAX_PASSWORD};
pub use staff::{Staff, StaffEnrolling, StaffSession, StaffSignedIn, StaffWrite};
