//! The seed's errors, and its sample programmes (`seed/programmes.json`), loaded once into
//! a database that asks for samples. The campus facts are `campus_seed.rs`'s.

use model::catalogue::Programme;
use rusqlite::Connection;
use serde::Deserialize;

use super::content::{mark_loaded, was_loaded, Part};

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
struct ProgrammeSeed {
    programmes: Vec<Programme>,
}

fn parse_programmes(pole_slugs: &[String]) -> Result<Vec<Programme>, SeedError> {
    let seed: ProgrammeSeed = serde_json::from_str(PROGRAMME_SEED).map_err(SeedError::Parse)?;
    let poles: Vec<&str> = pole_slugs.iter().map(String::as_str).collect();
    let mut slugs = std::collections::HashSet::new();
    for p in &seed.programmes {
        p.validate(&poles).map_err(SeedError::Invalid)?;
        if !slugs.insert(p.summary.slug.as_str()) {
            return Err(SeedError::Invalid(format!(
                "programme `{}` twice",
                p.summary.slug
            )));
        }
    }
    Ok(seed.programmes)
}

/// Brings the campus facts to their seed ([`super::campus_seed::follow`]), and loads the
/// sample programmes, once, when `samples` asks for them.
pub fn load_once(conn: &mut Connection, samples: bool) -> Result<(), SeedError> {
    super::campus_seed::follow(conn)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_programmes_are_valid_and_cover_every_level_and_domain() {
        use model::catalogue::{Domain, Level};
        let poles: Vec<String> = crate::db::campus_seed::parse()
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
            Err(SeedError::Invalid(m)) if m.contains("not a pole of the campus")
        ));
    }
}
