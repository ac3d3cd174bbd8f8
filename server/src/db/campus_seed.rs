//! The campus facts (`seed/campus.json`: the campus, its story and figures, founders,
//! partners, institutes and poles). The file is their only source: nothing else writes
//! these tables, and the API only reads them.

use model::{validate_slug, FactSource, KeyFigure, Localised, Organisation};
use rusqlite::{params, Connection, Transaction};
use serde::Deserialize;

use super::{
    content::{loaded_version, mark_version, Part},
    SeedError,
};

const CAMPUS_SEED: &str = include_str!("../../seed/campus.json");

#[derive(Deserialize)]
pub(super) struct CampusSeed {
    name: String,
    tagline: Localised,
    story: Vec<Localised>,
    key_figures: Vec<KeyFigure>,
    source: FactSource,
    founders: Vec<Organisation>,
    partners: Vec<Organisation>,
    institutes: Vec<InstituteSeed>,
    pub(super) poles: Vec<PoleSeed>,
}

#[derive(Deserialize)]
struct InstituteSeed {
    slug: String,
    name: String,
    description: Localised,
}

#[derive(Deserialize)]
pub(super) struct PoleSeed {
    pub(super) slug: String,
    name: Localised,
    summary: Localised,
    description: Vec<Localised>,
    institutes: Vec<String>,
}

pub(super) fn parse() -> Result<CampusSeed, SeedError> {
    let seed: CampusSeed = serde_json::from_str(CAMPUS_SEED).map_err(SeedError::Parse)?;
    validate(&seed)?;
    Ok(seed)
}

fn validate(seed: &CampusSeed) -> Result<(), SeedError> {
    let invalid = |msg: String| Err(SeedError::Invalid(msg));
    let slugs = seed
        .founders
        .iter()
        .chain(&seed.partners)
        .map(|o| o.slug.as_str())
        .chain(seed.institutes.iter().map(|i| i.slug.as_str()))
        .chain(seed.poles.iter().map(|p| p.slug.as_str()));
    for slug in slugs {
        if let Err(e) = validate_slug(slug) {
            return invalid(format!("`{slug}`: {e}"));
        }
    }
    let texts = std::iter::once(&seed.tagline)
        .chain(&seed.story)
        .chain(seed.key_figures.iter().flat_map(|k| [&k.value, &k.label]))
        .chain(
            seed.founders
                .iter()
                .chain(&seed.partners)
                .map(|o| &o.description),
        )
        .chain(seed.institutes.iter().map(|i| &i.description))
        .chain(seed.poles.iter().flat_map(|p| [&p.name, &p.summary]))
        .chain(seed.poles.iter().flat_map(|p| &p.description));
    for text in texts {
        if !text.is_complete() {
            return invalid(format!("text without both translations: {text:?}"));
        }
    }
    for pole in &seed.poles {
        for slug in &pole.institutes {
            if !seed.institutes.iter().any(|i| &i.slug == slug) {
                return invalid(format!(
                    "pole `{}` names unknown institute `{slug}`",
                    pole.slug
                ));
            }
        }
    }
    Ok(())
}

/// Brings the database's campus facts to the bundled seed: loads them into a new
/// database, and rewrites them, in one transaction, when the seed changed since they were
/// written (its content hash is kept in `seeded.version`), so that a corrected fact
/// reaches the databases made before the correction.
pub fn follow(conn: &mut Connection) -> Result<(), SeedError> {
    let version = model::etag::content_hash(CAMPUS_SEED.as_bytes());
    let loaded = loaded_version(conn, Part::Campus)?;
    if loaded.as_ref().and_then(Option::as_deref) == Some(version.as_str()) {
        return Ok(());
    }
    let seed = parse()?;
    let tx = conn.transaction()?;
    write(&tx, &seed)?;
    mark_version(&tx, Part::Campus, &version)?;
    tx.commit()?;
    if loaded.is_some() {
        tracing::info!("the campus facts follow a new seed: rewritten");
    } else {
        tracing::info!("seeded the campus data");
    }
    Ok(())
}

/// Writes `seed` over the campus facts the database holds, if any.
fn write(tx: &Transaction<'_>, seed: &CampusSeed) -> Result<(), SeedError> {
    tx.execute(
        "INSERT INTO campus (id, name, tagline_fr, tagline_en, source_by, as_of)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, tagline_fr = excluded.tagline_fr,
             tagline_en = excluded.tagline_en, source_by = excluded.source_by,
             as_of = excluded.as_of",
        params![
            seed.name,
            seed.tagline.fr,
            seed.tagline.en,
            seed.source.by,
            seed.source.as_of
        ],
    )?;
    // The lists nothing refers to are rewritten whole.
    for table in [
        "campus_story",
        "key_figures",
        "organisations",
        "pole_paragraphs",
        "pole_institutes",
    ] {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    for (pos, p) in seed.story.iter().enumerate() {
        tx.execute(
            "INSERT INTO campus_story (position, text_fr, text_en) VALUES (?1, ?2, ?3)",
            params![pos, p.fr, p.en],
        )?;
    }
    for (pos, k) in seed.key_figures.iter().enumerate() {
        tx.execute(
            "INSERT INTO key_figures (id, position, value_fr, value_en, label_fr, label_en, detail_fr, detail_en, source_by, as_of)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                k.id,
                pos,
                k.value.fr,
                k.value.en,
                k.label.fr,
                k.label.en,
                k.detail.as_ref().map(|d| &d.fr),
                k.detail.as_ref().map(|d| &d.en),
                k.source.by,
                k.source.as_of
            ],
        )?;
    }
    for (role, orgs) in [("founder", &seed.founders), ("partner", &seed.partners)] {
        for (pos, o) in orgs.iter().enumerate() {
            tx.execute(
                "INSERT INTO organisations (slug, role, position, name, acronym, description_fr, description_en)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![o.slug, role, pos, o.name, o.acronym, o.description.fr, o.description.en],
            )?;
        }
    }
    // Institutes and poles are referred to (a spin-off's institute, the poles a programme,
    // a start-up or an event names): changed in place, by slug. Positions are unique, so
    // the current ones step aside first. One the seed no longer has is deleted, which
    // fails (and the server does not start) while something still refers to it.
    tx.execute("UPDATE institutes SET position = -1 - position", [])?;
    tx.execute("UPDATE poles SET position = -1 - position", [])?;
    for (pos, i) in seed.institutes.iter().enumerate() {
        tx.execute(
            "INSERT INTO institutes (slug, position, name, description_fr, description_en)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (slug) DO UPDATE SET position = excluded.position, name = excluded.name,
                 description_fr = excluded.description_fr, description_en = excluded.description_en",
            params![i.slug, pos, i.name, i.description.fr, i.description.en],
        )?;
    }
    for (pos, p) in seed.poles.iter().enumerate() {
        tx.execute(
            "INSERT INTO poles (slug, position, name_fr, name_en, summary_fr, summary_en)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (slug) DO UPDATE SET position = excluded.position,
                 name_fr = excluded.name_fr, name_en = excluded.name_en,
                 summary_fr = excluded.summary_fr, summary_en = excluded.summary_en",
            params![
                p.slug,
                pos,
                p.name.fr,
                p.name.en,
                p.summary.fr,
                p.summary.en
            ],
        )?;
        for (ppos, para) in p.description.iter().enumerate() {
            tx.execute(
                "INSERT INTO pole_paragraphs (pole_slug, position, text_fr, text_en) VALUES (?1, ?2, ?3, ?4)",
                params![p.slug, ppos, para.fr, para.en],
            )?;
        }
        for inst in &p.institutes {
            tx.execute(
                "INSERT INTO pole_institutes (pole_slug, institute_slug) VALUES (?1, ?2)",
                params![p.slug, inst],
            )?;
        }
    }
    tx.execute("DELETE FROM institutes WHERE position < 0", [])?;
    tx.execute("DELETE FROM poles WHERE position < 0", [])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_seed_is_valid_and_holds_the_article_facts() {
        let seed = parse().expect("seed parses and validates");
        assert_eq!(seed.founders.len(), 5);
        assert_eq!(seed.institutes.len(), 4);
        assert_eq!(seed.poles.len(), 5);
        let partners: Vec<_> = seed.partners.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            partners,
            ["Doctolib", "Dassault Systèmes", "Groupe Jouve", "Qare"]
        );
    }

    #[test]
    fn rejects_pole_naming_an_unknown_institute() {
        let mut seed = parse().unwrap();
        seed.poles[0].institutes.push("nowhere".into());
        assert!(matches!(validate(&seed), Err(SeedError::Invalid(m)) if m.contains("nowhere")));
    }

    #[test]
    fn rejects_half_translated_text() {
        let mut seed = parse().unwrap();
        seed.story[0].en.clear();
        assert!(matches!(validate(&seed), Err(SeedError::Invalid(_))));
    }

    /// Every row of the campus tables, in a stable order.
    fn campus_rows(conn: &Connection) -> Vec<String> {
        let mut rows = Vec::new();
        for table in [
            "campus",
            "campus_story",
            "key_figures",
            "organisations",
            "institutes",
            "poles",
            "pole_paragraphs",
            "pole_institutes",
        ] {
            let mut statement = conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
                .unwrap();
            let columns = statement.column_count();
            let table_rows = statement
                .query_map([], |row| {
                    let values: Vec<String> = (0..columns)
                        .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                        .collect();
                    Ok(format!("{table}: {}", values.join(" | ")))
                })
                .unwrap();
            rows.extend(table_rows.map(Result::unwrap));
        }
        rows
    }

    fn new_database() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrations::apply(&mut conn).unwrap();
        follow(&mut conn).unwrap();
        conn
    }

    #[test]
    fn a_database_from_an_older_seed_gets_the_current_facts() {
        let fresh = campus_rows(&new_database());
        assert!(fresh.len() > 40, "{fresh:?}");
        let mut conn = new_database();
        // What an older seed left: other texts, a story line and a figure more, a
        // partner less, poles in another order, and no version.
        conn.execute_batch(
            "UPDATE campus SET tagline_fr = 'ancien';
             UPDATE key_figures SET label_fr = 'ancien' WHERE position = 0;
             INSERT INTO campus_story (position, text_fr, text_en) VALUES (99, 'ancien', 'old');
             DELETE FROM organisations WHERE role = 'partner' AND position = 0;
             UPDATE poles SET position = position + 10;
             UPDATE pole_paragraphs SET text_en = 'old';
             UPDATE seeded SET version = NULL WHERE part = 'campus';",
        )
        .unwrap();
        // Without a new seed version, nothing is rewritten.
        let edited = campus_rows(&conn);
        assert_ne!(edited, fresh);
        conn.execute(
            "UPDATE seeded SET version = ?1 WHERE part = 'campus'",
            [model::etag::content_hash(CAMPUS_SEED.as_bytes())],
        )
        .unwrap();
        follow(&mut conn).unwrap();
        assert_eq!(campus_rows(&conn), edited);
        conn.execute("UPDATE seeded SET version = NULL WHERE part = 'campus'", [])
            .unwrap();
        follow(&mut conn).unwrap();
        assert_eq!(campus_rows(&conn), fresh);
    }
}
