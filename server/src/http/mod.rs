//! HTTP concerns shared by the API and the static portal.

pub mod cors;
pub mod etag;
pub mod problems;
mod security;

pub use security::{security_headers, CONTENT_SECURITY_POLICY};
