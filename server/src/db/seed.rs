//! Loads `seed/campus.json` into an empty database. The file is the editable source of
//! the campus facts; the API only ever reads the database.

use model::{catalogue::Programme, validate_slug, FactSource, KeyFigure, Localised, Organisation};
use rusqlite::{params, Connection};
use serde::Deserialize;

use super::content::{mark_loaded, was_loaded, Part};

const CAMPUS_SEED: &str = include_str!("../../seed/campus.json");
/// Sample programmes (marked `sample: true`): an illustration, not a real offer.
const PROGRAMME_SEED: &str = include_str!("../../seed/programmes.json");

#[derive(Debug)]
pub enum SeedError {
    Parse(serde_json::Error),
    Invalid(String),
    Sqlite(rusqlite::Error),
}

impl std::fmt::Display for SeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SeedError::Parse(e) => write!(f, "campus.json does not parse: {e}"),
            SeedError::Invalid(e) => write!(f, "campus.json is invalid: {e}"),
            SeedError::Sqlite(e) => write!(f, "cannot store seed data: {e}"),
        }
    }
}

impl From<rusqlite::Error> for SeedError {
    fn from(e: rusqlite::Error) -> Self {
        SeedError::Sqlite(e)
    }
}

#[derive(Deserialize)]
struct CampusSeed {
    name: String,
    tagline: Localised,
    story: Vec<Localised>,
    key_figures: Vec<KeyFigure>,
    source: FactSource,
    founders: Vec<Organisation>,
    partners: Vec<Organisation>,
    institutes: Vec<InstituteSeed>,
    poles: Vec<PoleSeed>,
}

#[derive(Deserialize)]
struct InstituteSeed {
    slug: String,
    name: String,
    description: Localised,
}

#[derive(Deserialize)]
struct PoleSeed {
    slug: String,
    name: Localised,
    summary: Localised,
    description: Vec<Localised>,
    institutes: Vec<String>,
}

fn parse() -> Result<CampusSeed, SeedError> {
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

#[derive(Deserialize)]
struct ProgrammeSeed {
    programmes: Vec<Programme>,
}

fn parse_programmes(pole_slugs: &[String]) -> Result<Vec<Programme>, SeedError> {
    let seed: ProgrammeSeed = serde_json::from_str(PROGRAMME_SEED).map_err(SeedError::Parse)?;
    let mut slugs = std::collections::HashSet::new();
    for p in &seed.programmes {
        p.validate().map_err(SeedError::Invalid)?;
        if !slugs.insert(p.summary.slug.as_str()) {
            return Err(SeedError::Invalid(format!(
                "programme `{}` twice",
                p.summary.slug
            )));
        }
        if let Some(pole) = p.summary.poles.iter().find(|s| !pole_slugs.contains(s)) {
            return Err(SeedError::Invalid(format!(
                "programme `{}` names unknown pole `{pole}`",
                p.summary.slug
            )));
        }
    }
    Ok(seed.programmes)
}

/// Seeds each group of tables that is empty; seeded data is left untouched.
/// Loads the campus, once, and the sample programmes, once, when `samples` asks for them.
pub fn load_once(conn: &mut Connection, samples: bool) -> Result<(), SeedError> {
    load_campus_once(conn)?;
    if samples {
        load_programmes_once(conn)?;
    }
    Ok(())
}

fn load_programmes_once(conn: &mut Connection) -> Result<(), SeedError> {
    if was_loaded(conn, Part::SampleProgrammes)? {
        return Ok(());
    }
    let programmes = parse_programmes(&super::load_campus_reference(conn)?.poles)?;
    let tx = conn.transaction()?;
    for programme in &programmes {
        super::programmes::insert_programme(&tx, programme)?;
    }
    mark_loaded(&tx, Part::SampleProgrammes)?;
    tx.commit()?;
    tracing::info!("seeded {} sample programmes", programmes.len());
    Ok(())
}

fn load_campus_once(conn: &mut Connection) -> Result<(), SeedError> {
    if was_loaded(conn, Part::Campus)? {
        return Ok(());
    }
    let seed = parse()?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO campus (id, name, tagline_fr, tagline_en, source_by, as_of)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)",
        params![
            seed.name,
            seed.tagline.fr,
            seed.tagline.en,
            seed.source.by,
            seed.source.as_of
        ],
    )?;
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
    for (pos, i) in seed.institutes.iter().enumerate() {
        tx.execute(
            "INSERT INTO institutes (slug, position, name, description_fr, description_en)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![i.slug, pos, i.name, i.description.fr, i.description.en],
        )?;
    }
    for (pos, p) in seed.poles.iter().enumerate() {
        tx.execute(
            "INSERT INTO poles (slug, position, name_fr, name_en, summary_fr, summary_en)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
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
    mark_loaded(&tx, Part::Campus)?;
    tx.commit()?;
    tracing::info!("seeded the campus data");
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
    fn bundled_programmes_are_valid_and_cover_every_level_and_domain() {
        use model::catalogue::{Domain, Level};
        let poles: Vec<String> = parse()
            .unwrap()
            .poles
            .iter()
            .map(|p| p.slug.clone())
            .collect();
        let programmes = parse_programmes(&poles).expect("programme seed validates");
        assert!(programmes.len() >= 40);
        assert!(
            programmes.iter().all(|p| p.summary.sample),
            "all marked as sample data"
        );
        for level in Level::ALL {
            assert!(
                programmes.iter().any(|p| p.summary.level == *level),
                "{level:?}"
            );
        }
        for domain in Domain::ALL {
            assert!(
                programmes
                    .iter()
                    .any(|p| p.summary.domains.contains(domain)),
                "{domain:?}"
            );
        }
        assert!(matches!(
            parse_programmes(&poles[1..]),
            Err(SeedError::Invalid(m)) if m.contains("unknown pole")
        ));
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
}
