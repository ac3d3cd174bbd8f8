//! The database and its backups hold password hashes, e-mails and CSRF tokens: they are
//! created readable by their owner only, and an existing world-readable file is narrowed.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;

use server::{Content, Db};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn database_wal_and_backups_are_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("campus.sqlite3");
    drop(Db::open(&db_path, Content::DEMO).unwrap());
    assert_eq!(mode(&db_path), 0o600, "database");
    let wal = dir.path().join("campus.sqlite3-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600, "write-ahead log");
    }
    let backup = dir.path().join("copy.sqlite3");
    server::backup::backup(dir.path(), &backup).unwrap();
    assert_eq!(mode(&backup), 0o600, "backup");

    // A database left world-readable by an older version is narrowed when opened.
    std::fs::set_permissions(&db_path, std::fs::Permissions::from_mode(0o644)).unwrap();
    drop(Db::open(&db_path, Content::DEMO).unwrap());
    assert_eq!(mode(&db_path), 0o600, "narrowed on open");

    let restored = tempfile::tempdir().unwrap();
    server::backup::restore(restored.path(), &backup).unwrap();
    assert_eq!(
        mode(&restored.path().join("campus.sqlite3")),
        0o600,
        "restored"
    );
}
