//! Loads `seed/startups.json` (and its logos) into an empty directory. The four start-ups
//! named in the campus article are real (neutral public-level text); every other one is
//! sample data, marked `sample: true`.

use std::collections::HashSet;

use model::directory::Startup;
use rusqlite::Connection;
use serde::Deserialize;

use super::{
    content::{mark_loaded, was_loaded, Part},
    load_campus_reference, logos, startups, CampusReference, SeedError,
};

const STARTUP_SEED: &str = include_str!("../../seed/startups.json");
include!(concat!(env!("OUT_DIR"), "/seed_logos.rs"));

#[derive(Deserialize)]
struct StartupSeed {
    startups: Vec<Startup>,
}

/// A seed profile and the bytes of its logo file, if it has one.
pub struct SeedStartup {
    pub profile: Startup,
    pub logo: Option<&'static [u8]>,
}

fn invalid(msg: String) -> SeedError {
    SeedError::Invalid(msg)
}

/// Parses and checks the seed against the profile rules, the poles and institutes.
pub fn parse_startups(
    campus: &CampusReference,
    this_year: u16,
) -> Result<Vec<SeedStartup>, SeedError> {
    let seed: StartupSeed = serde_json::from_str(STARTUP_SEED).map_err(SeedError::Parse)?;
    let mut slugs = HashSet::new();
    seed.startups
        .into_iter()
        .map(|mut profile| {
            let slug = profile.summary.slug.clone();
            if !slugs.insert(slug.clone()) {
                return Err(invalid(format!("start-up `{slug}` twice")));
            }
            // In the seed, `logo` names a file under seed/logos.
            let logo = match profile.summary.logo.take() {
                None => None,
                Some(file) => {
                    let file = file.as_str();
                    let bytes = SEED_LOGOS
                        .iter()
                        .find(|(name, _)| *name == file)
                        .map(|(_, bytes)| *bytes)
                        .ok_or_else(|| {
                            invalid(format!("start-up `{slug}`: no logo file `{file}`"))
                        })?;
                    if logos::image_type(bytes).is_none() {
                        return Err(invalid(format!(
                            "start-up `{slug}`: `{file}` is not PNG, JPEG or WebP"
                        )));
                    }
                    Some(bytes)
                }
            };
            // The profile rules first, then the campus references: the first broken one.
            let broken = profile.check_entered(this_year).into_iter().next();
            if let Some(e) = broken.or_else(|| campus.check(&profile, true).into_iter().next()) {
                return Err(invalid(format!(
                    "start-up `{slug}`: {}: {}",
                    e.field, e.reason
                )));
            }
            Ok(SeedStartup { profile, logo })
        })
        .collect()
}

/// Loads the real start-ups of the seed, once, and its sample ones, once, when `samples`
/// asks for them.
pub fn load_startups_once(
    conn: &mut Connection,
    this_year: u16,
    samples: bool,
) -> Result<(), SeedError> {
    let mut parts = vec![(Part::RealStartups, false)];
    if samples {
        parts.push((Part::SampleStartups, true));
    }
    let parts: Vec<(Part, bool)> = parts
        .into_iter()
        .filter_map(|(part, sample)| match was_loaded(conn, part) {
            Ok(true) => None,
            Ok(false) => Some(Ok((part, sample))),
            Err(e) => Some(Err(e)),
        })
        .collect::<Result<_, _>>()?;
    if parts.is_empty() {
        return Ok(());
    }
    let seed = parse_startups(&load_campus_reference(conn)?, this_year)?;
    let tx = conn.transaction()?;
    for (part, sample) in parts {
        let chosen: Vec<&SeedStartup> = seed
            .iter()
            .filter(|s| s.profile.summary.sample == sample)
            .collect();
        for s in &chosen {
            startups::insert_startup(&tx, &s.profile)?;
            if let Some(bytes) = s.logo {
                logos::store_logo(&tx, &s.profile.summary.slug, bytes)?;
            }
        }
        mark_loaded(&tx, part)?;
        tracing::info!(
            "seeded {} {} start-ups",
            chosen.len(),
            if sample { "sample" } else { "real" }
        );
    }
    tx.commit()?;
    Ok(())
}
