//! The campus team's writes to the catalogue: create a programme, edit it over the version
//! the editor read, archive it (out of the catalogue, its record kept) or bring it back.
//! Each write raises the programme's version, so the in-memory index knows it is behind.

use model::{
    catalogue::Programme,
    team::{TeamProgramme, TeamProgrammeRow},
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::{
    columns::{coded, conversion, localised},
    programmes::{insert_programme, load_any_programme},
};

/// What a write did.
#[derive(Debug)]
pub enum ProgrammeWrite {
    Done(Box<TeamProgramme>),
    NotFound,
    /// A programme with this slug exists already (a creation).
    Exists,
    /// The programme changed since the editor read it: its version now.
    Stale(u32),
}

/// Every programme, listed and archived, by French title.
pub fn team_list(conn: &Connection) -> rusqlite::Result<Vec<TeamProgrammeRow>> {
    let mut stmt = conn.prepare(
        "SELECT p.slug, p.title_fr, p.title_en, p.level, i.name, p.updated, p.archived, p.sample
         FROM programmes p JOIN institutions i ON i.slug = p.institution_slug
         ORDER BY p.title_fr COLLATE NOCASE, p.slug",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(TeamProgrammeRow {
            slug: row.get(0)?,
            title: localised(row, 1)?,
            level: coded(row.get(3)?, model::catalogue::Level::from_code)?,
            institution: row.get(4)?,
            updated: row.get::<_, String>(5)?.parse().map_err(conversion)?,
            archived: row.get(6)?,
            sample: row.get(7)?,
        })
    })?;
    rows.collect()
}

/// One programme with its version, archived or not.
pub fn load_for_team(conn: &Connection, slug: &str) -> rusqlite::Result<Option<TeamProgramme>> {
    let Some((programme, archived)) = load_any_programme(conn, slug)? else {
        return Ok(None);
    };
    let version = version_of(conn, slug)?.unwrap_or(1);
    Ok(Some(TeamProgramme {
        programme,
        version,
        archived,
    }))
}

fn version_of(conn: &Connection, slug: &str) -> rusqlite::Result<Option<u32>> {
    conn.query_row(
        "SELECT version FROM programmes WHERE slug = ?1",
        [slug],
        |r| r.get(0),
    )
    .optional()
}

fn done(tx: &Transaction, slug: &str) -> rusqlite::Result<ProgrammeWrite> {
    Ok(match load_for_team(tx, slug)? {
        Some(written) => ProgrammeWrite::Done(Box::new(written)),
        None => ProgrammeWrite::NotFound,
    })
}

/// Adds `programme`, listed, at version 1; `Exists` if its slug is taken (archived too).
pub fn create(tx: &Transaction, programme: &Programme) -> rusqlite::Result<ProgrammeWrite> {
    if version_of(tx, &programme.summary.slug)?.is_some() {
        return Ok(ProgrammeWrite::Exists);
    }
    insert_programme(tx, programme)?;
    done(tx, &programme.summary.slug)
}

/// Replaces the programme's fields if it is still at a version `admits` accepts; it stays
/// archived or listed as it was.
pub fn edit(
    tx: &Transaction,
    programme: &Programme,
    admits: impl Fn(u32) -> bool,
) -> rusqlite::Result<ProgrammeWrite> {
    let slug = &programme.summary.slug;
    let current: Option<(u32, bool)> = tx
        .query_row(
            "SELECT version, archived FROM programmes WHERE slug = ?1",
            [slug],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((version, archived)) = current else {
        return Ok(ProgrammeWrite::NotFound);
    };
    if !admits(version) {
        return Ok(ProgrammeWrite::Stale(version));
    }
    // The row and its values (by the foreign key's cascade) go, and come back whole.
    tx.execute("DELETE FROM programmes WHERE slug = ?1", [slug])?;
    insert_programme(tx, programme)?;
    tx.execute(
        "UPDATE programmes SET version = ?2, archived = ?3 WHERE slug = ?1",
        params![slug, version + 1, archived],
    )?;
    done(tx, slug)
}

/// Archives the programme, or brings it back to the catalogue.
pub fn set_archived(
    tx: &Transaction,
    slug: &str,
    archived: bool,
) -> rusqlite::Result<ProgrammeWrite> {
    let changed = tx.execute(
        "UPDATE programmes SET archived = ?2, version = version + 1 WHERE slug = ?1",
        params![slug, archived],
    )?;
    if changed == 0 {
        return Ok(ProgrammeWrite::NotFound);
    }
    done(tx, slug)
}
