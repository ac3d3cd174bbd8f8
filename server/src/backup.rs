//! `portal-server backup` and `restore`: a consistent copy of the SQLite database taken
//! while the server runs (`VACUUM INTO` reads one snapshot; WAL lets writers go on), checked
//! before it is trusted.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

/// `PRAGMA integrity_check` and the row counts that matter, or why the file is unusable.
pub fn check(path: &Path) -> Result<String, String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if integrity != "ok" {
        return Err(format!(
            "{}: integrity check failed: {integrity}",
            path.display()
        ));
    }
    let count = |table: &str| -> Result<i64, String> {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .map_err(|e| format!("{}: {table}: {e}", path.display()))
    };
    Ok(format!(
        "integrity ok; {} start-ups, {} programmes, {} accounts, {} profile changes",
        count("startups")?,
        count("programmes")?,
        count("accounts")?,
        count("startup_history")?
    ))
}

pub fn backup(data: &Path, to: &Path) -> Result<String, String> {
    let db = data.join("campus.sqlite3");
    if to.exists() {
        return Err(format!("{} exists: choose a new file", to.display()));
    }
    let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|e| format!("{}: {e}", db.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(|e| e.to_string())?;
    // Created empty and owner-only first (VACUUM INTO fills an empty file): a backup holds
    // what the database does.
    crate::db::owner_only(to).map_err(|e| format!("{}: {e}", to.display()))?;
    conn.execute("VACUUM INTO ?1", [to.to_string_lossy()])
        .map_err(|e| format!("backing up to {}: {e}", to.display()))?;
    Ok(format!("backup {}: {}", to.display(), check(to)?))
}

pub fn restore(data: &Path, from: &Path) -> Result<String, String> {
    let summary = check(from)?;
    let db = data.join("campus.sqlite3");
    std::fs::create_dir_all(data).map_err(|e| e.to_string())?;
    if db.exists() {
        // The current database is kept aside, never deleted.
        let aside = db.with_extension(format!(
            "sqlite3.before-restore-{}",
            crate::clock::now_unix()
        ));
        std::fs::rename(&db, &aside)
            .map_err(|e| format!("moving the current database aside: {e}"))?;
        for (side, side_aside) in crate::db::side_files(&db)
            .into_iter()
            .zip(crate::db::side_files(&aside))
        {
            if side.exists() {
                let _ = std::fs::rename(&side, side_aside);
            }
        }
    }
    std::fs::copy(from, &db).map_err(|e| format!("copying {}: {e}", from.display()))?;
    crate::db::owner_only(&db).map_err(|e| format!("{}: {e}", db.display()))?;
    Ok(format!("restored {} ({summary})", db.display()))
}
