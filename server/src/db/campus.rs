//! Read queries for the campus, its poles, institutes and organisations.

use model::{Campus, FactSource, Institute, KeyFigure, Localised, Organisation, Pole, PoleSummary};
use rusqlite::{params, Connection, OptionalExtension};

use super::columns::localised;

pub fn load_poles(conn: &Connection) -> rusqlite::Result<Vec<PoleSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, name_fr, name_en, summary_fr, summary_en FROM poles ORDER BY position",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(PoleSummary {
            slug: r.get(0)?,
            name: localised(r, 1)?,
            summary: localised(r, 3)?,
        })
    })?;
    rows.collect()
}

fn institutes(conn: &Connection, pole: Option<&str>) -> rusqlite::Result<Vec<Institute>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.slug, i.name, i.description_fr, i.description_en,
                (SELECT group_concat(pole_slug, ' ') FROM
                    (SELECT pi.pole_slug FROM pole_institutes pi JOIN poles p ON p.slug = pi.pole_slug
                     WHERE pi.institute_slug = i.slug ORDER BY p.position))
         FROM institutes i
         WHERE ?1 IS NULL OR EXISTS
             (SELECT 1 FROM pole_institutes WHERE pole_slug = ?1 AND institute_slug = i.slug)
         ORDER BY i.position",
    )?;
    let rows = stmt.query_map(params![pole], |r| {
        let poles: Option<String> = r.get(4)?;
        Ok(Institute {
            slug: r.get(0)?,
            name: r.get(1)?,
            description: localised(r, 2)?,
            poles: poles
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
        })
    })?;
    rows.collect()
}

fn organisations(conn: &Connection, role: &str) -> rusqlite::Result<Vec<Organisation>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, name, acronym, description_fr, description_en
         FROM organisations WHERE role = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([role], |r| {
        Ok(Organisation {
            slug: r.get(0)?,
            name: r.get(1)?,
            acronym: r.get(2)?,
            description: localised(r, 3)?,
        })
    })?;
    rows.collect()
}

fn key_figures(conn: &Connection) -> rusqlite::Result<Vec<KeyFigure>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, value_fr, value_en, label_fr, label_en, detail_fr, detail_en, source_by, as_of
         FROM key_figures ORDER BY position",
    )?;
    let rows = stmt.query_map([], |r| {
        let detail_fr: Option<String> = r.get(5)?;
        let detail_en: Option<String> = r.get(6)?;
        Ok(KeyFigure {
            id: r.get(0)?,
            value: localised(r, 1)?,
            label: localised(r, 3)?,
            detail: detail_fr
                .zip(detail_en)
                .map(|(fr, en)| Localised { fr, en }),
            source: FactSource {
                by: r.get(7)?,
                as_of: r.get(8)?,
            },
        })
    })?;
    rows.collect()
}

fn story(conn: &Connection) -> rusqlite::Result<Vec<Localised>> {
    let mut stmt =
        conn.prepare_cached("SELECT text_fr, text_en FROM campus_story ORDER BY position")?;
    let rows = stmt.query_map([], |r| localised(r, 0))?;
    rows.collect()
}

pub fn load_campus(conn: &Connection) -> rusqlite::Result<Campus> {
    let (name, tagline, source) = conn.query_row(
        "SELECT name, tagline_fr, tagline_en, source_by, as_of FROM campus WHERE id = 1",
        [],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                localised(r, 1)?,
                FactSource {
                    by: r.get(3)?,
                    as_of: r.get(4)?,
                },
            ))
        },
    )?;
    Ok(Campus {
        name,
        tagline,
        story: story(conn)?,
        key_figures: key_figures(conn)?,
        source,
        founders: organisations(conn, "founder")?,
        institutes: institutes(conn, None)?,
        partners: organisations(conn, "partner")?,
        poles: load_poles(conn)?,
    })
}

/// `None` when no pole has this slug.
pub fn load_pole(conn: &Connection, slug: &str) -> rusqlite::Result<Option<Pole>> {
    let summary = conn
        .query_row(
            "SELECT slug, name_fr, name_en, summary_fr, summary_en FROM poles WHERE slug = ?1",
            [slug],
            |r| Ok((r.get::<_, String>(0)?, localised(r, 1)?, localised(r, 3)?)),
        )
        .optional()?;
    let Some((slug, name, summary)) = summary else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT text_fr, text_en FROM pole_paragraphs WHERE pole_slug = ?1 ORDER BY position",
    )?;
    let description = stmt
        .query_map([&slug], |r| localised(r, 0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let institutes = institutes(conn, Some(&slug))?;
    Ok(Some(Pole {
        slug,
        name,
        summary,
        description,
        institutes,
    }))
}
