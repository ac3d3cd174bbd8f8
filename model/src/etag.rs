//! The API's entity tags, written and read here only: a body's weak content tag
//! (`W/"…"`, for conditional GETs), a versioned resource's strong tag (`"v3"`, for
//! `If-Match`), and the content hash both use (also naming a logo's version).

/// FNV-1a, 64 bits: tiny, stable across builds and platforms, and good enough to tell
/// bodies apart (not a defence against anyone choosing collisions).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A short content hash: 16 hexadecimal digits.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:016x}", fnv1a64(bytes))
}

/// The weak tag of a body: weak, because compression may change the bytes on the wire.
pub fn content_tag(body: &[u8]) -> String {
    format!("W/\"{}\"", content_hash(body))
}

/// The strong tag of a resource's `version`: `"v3"`.
pub fn version_tag(version: u32) -> String {
    format!("\"v{version}\"")
}

/// What a tag of `If-Match` names.
#[derive(Debug, PartialEq, Eq)]
pub enum TagKind {
    /// One of our versions ([`version_tag`]).
    Version(u32),
    /// A well-formed weak tag, which strong comparison never matches (RFC 9110 §13.1.1).
    Weak,
}

/// Reads one tag of an `If-Match` list; `None` when it is neither weak nor ours.
pub fn read_tag(tag: &str) -> Option<TagKind> {
    let quoted = |t: &str| t.len() >= 2 && t.starts_with('"') && t.ends_with('"');
    if let Some(weak) = tag.strip_prefix("W/") {
        return quoted(weak).then_some(TagKind::Weak);
    }
    tag.strip_prefix("\"v")
        .and_then(|rest| rest.strip_suffix('"'))
        .and_then(|n| n.parse().ok())
        .map(TagKind::Version)
}

/// Weak comparison (RFC 9110 §8.8.3.2, used by `If-None-Match`): `W/` prefixes are ignored.
pub fn weakly_equal(a: &str, b: &str) -> bool {
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    opaque(a) == opaque(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_written_and_read_back() {
        assert_eq!(version_tag(12), "\"v12\"");
        assert_eq!(read_tag(&version_tag(12)), Some(TagKind::Version(12)));
        assert_eq!(read_tag("W/\"v4\""), Some(TagKind::Weak));
        assert_eq!(read_tag(&content_tag(b"{}")), Some(TagKind::Weak));
        for malformed in ["\"x\"", "v3", "\"v\"", "W/x", "\"v-1\""] {
            assert_eq!(read_tag(malformed), None, "{malformed}");
        }
    }

    #[test]
    fn the_hash_tells_bodies_apart() {
        assert_ne!(fnv1a64(b"{\"a\":1}"), fnv1a64(b"{\"a\":2}"));
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(content_tag(b""), "W/\"cbf29ce484222325\"");
        assert!(weakly_equal("W/\"abc\"", "\"abc\""));
        assert!(!weakly_equal("\"abd\"", "W/\"abc\""));
    }
}
