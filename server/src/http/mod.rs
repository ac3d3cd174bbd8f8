//! HTTP concerns shared by the API and the static portal.

pub mod connections;
pub mod cors;
pub mod etag;
mod head_limits;
pub mod problems;
mod security;

/// A request body that sends nothing for this long is dropped (hyper then closes the
/// connection): a body announced and never sent no longer holds a connection.
pub const BODY_FRAME_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

pub use head_limits::{bounded_heads, MAX_HEADER_BYTES, MAX_TARGET_BYTES};
pub use security::{security_headers, CONTENT_SECURITY_POLICY};
