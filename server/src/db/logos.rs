//! Uploaded start-up logos in SQLite: the bytes, their checked format and their version.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

/// Which raster format the bytes are, recognised from their signature (never from a file
/// name or a declared type): PNG, JPEG or WebP, nothing else.
pub fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// A short content hash naming a logo version.
pub fn version(bytes: &[u8]) -> String {
    model::etag::content_hash(bytes)
}

/// Stores (or replaces) a start-up's logo; `None` when the bytes are not an accepted image.
pub fn store_logo(tx: &Transaction, slug: &str, bytes: &[u8]) -> rusqlite::Result<Option<String>> {
    let Some(content_type) = image_type(bytes) else {
        return Ok(None);
    };
    let version = version(bytes);
    tx.execute(
        "INSERT INTO startup_logos (startup_slug, content_type, bytes, version) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (startup_slug) DO UPDATE SET content_type = ?2, bytes = ?3, version = ?4",
        params![slug, content_type, bytes, version],
    )?;
    Ok(Some(version))
}

/// The version (content hash) of a start-up's uploaded logo, if it has one.
pub fn logo_version(conn: &Connection, slug: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT version FROM startup_logos WHERE startup_slug = ?1",
        [slug],
        |row| row.get(0),
    )
    .optional()
}

/// An uploaded logo: content type, bytes and version.
pub struct Logo {
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub version: String,
    /// Whether its profile is in the directory (else only its own members see it).
    pub published: bool,
}

/// The logo of start-up `slug`, published or not: the caller decides who may see it.
pub fn load_logo(conn: &Connection, slug: &str) -> rusqlite::Result<Option<Logo>> {
    conn.query_row(
        "SELECT l.content_type, l.bytes, l.version, s.published FROM startup_logos l
         JOIN startups s ON s.slug = l.startup_slug
         WHERE l.startup_slug = ?1",
        [slug],
        |row| {
            Ok(Logo {
                content_type: row.get(0)?,
                bytes: row.get(1)?,
                version: row.get(2)?,
                published: row.get(3)?,
            })
        },
    )
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_png_jpeg_and_webp_are_recognised_from_their_bytes() {
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(
            image_type(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]),
            Some("image/jpeg")
        );
        assert_eq!(image_type(b"RIFF\x10\0\0\0WEBPVP8 "), Some("image/webp"));
        // SVG can carry scripts; HTML and anything else is refused whatever it claims to be.
        assert_eq!(
            image_type(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script/>"),
            None
        );
        assert_eq!(
            image_type(b"<!DOCTYPE html><img src=x onerror=alert(1)>"),
            None
        );
        assert_eq!(image_type(b"RIFF\x10\0\0\0WAVEfmt "), None);
        assert_eq!(image_type(b""), None);
    }

    #[test]
    fn a_logo_version_follows_its_bytes() {
        assert_eq!(version(b"a"), version(b"a"));
        assert_ne!(version(b"a"), version(b"b"));
        assert_eq!(version(b"a").len(), 16);
    }
}
