//! The start-up directory in SQLite: storing profiles and logos, reading them back.

use model::{
    catalogue::Date,
    directory::{
        LogoAddress, Network, Sector, SocialLink, SpinOff, Stage, Startup, StartupSummary, TeamSize,
    },
    Localised,
};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::side_values::SideValues;

use super::columns::{coded, conversion};

const SUMMARY_COLUMNS: &str = "s.slug, s.name, s.pitch_fr, s.pitch_en, s.stage, s.founded, \
     s.team_size, s.spin_off_lab, s.spin_off_institute, s.hiring, s.member_since, s.updated, \
     s.sample, s.logo_url, l.version";
const FROM: &str = "FROM startups s LEFT JOIN startup_logos l ON l.startup_slug = s.slug";

/// A code that may be absent (NULL: not given by the start-up).
fn coded_opt<T>(text: Option<String>, parse: fn(&str) -> Option<T>) -> rusqlite::Result<Option<T>> {
    text.map(|t| coded(t, parse)).transpose()
}

fn date_opt(text: Option<String>) -> rusqlite::Result<Option<Date>> {
    text.map(|t| t.parse().map_err(conversion)).transpose()
}

/// A card from its row, lists left empty (filled by `attach_value`).
fn summary_from_row(row: &Row) -> rusqlite::Result<StartupSummary> {
    let slug: String = row.get(0)?;
    let lab: Option<String> = row.get(7)?;
    let logo_url: Option<String> = row.get(13)?;
    let version: Option<String> = row.get(14)?;
    Ok(StartupSummary {
        logo: version
            .map(|v| LogoAddress::uploaded(&slug, &v))
            .or(logo_url.map(LogoAddress::new)),
        slug,
        name: row.get(1)?,
        pitch: Localised::new(row.get::<_, String>(2)?, row.get::<_, String>(3)?),
        sectors: Vec::new(),
        poles: Vec::new(),
        stage: coded_opt(row.get(4)?, Stage::from_code)?,
        founded: row.get(5)?,
        team_size: coded_opt(row.get(6)?, TeamSize::from_code)?,
        spin_off: match lab {
            Some(lab) => Some(SpinOff {
                lab,
                institute: row.get(8)?,
            }),
            None => None,
        },
        hiring: row.get(9)?,
        member_since: date_opt(row.get(10)?)?,
        updated: date_opt(row.get(11)?)?,
        sample: row.get(12)?,
    })
}

/// The multi-valued fields, in `startup_values`.
const VALUES: SideValues<StartupSummary> = SideValues {
    table: "startup_values",
    slug_column: "startup_slug",
    attach: attach_value,
};

fn attach_value(s: &mut StartupSummary, field: &str, value: String) -> rusqlite::Result<()> {
    match field {
        "sector" => s.sectors.push(coded(value, Sector::from_code)?),
        "pole" => s.poles.push(value),
        other => return Err(conversion(format!("unknown field `{other}`"))),
    }
    Ok(())
}

/// Every card and the directory's stamp ([`super::snapshot::stamped`]).
pub fn load_directory_snapshot(conn: &Connection) -> rusqlite::Result<(Vec<StartupSummary>, u64)> {
    super::snapshot::stamped(conn, "startups", load_startup_summaries)
}

/// Every published card, for the in-memory search index.
pub fn load_startup_summaries(conn: &Connection) -> rusqlite::Result<Vec<StartupSummary>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {SUMMARY_COLUMNS} {FROM} WHERE s.published = 1 ORDER BY s.slug"
    ))?;
    let mut startups: Vec<StartupSummary> = stmt
        .query_map([], summary_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    VALUES.attach_all(conn, &mut startups, |s| &s.slug)?;
    Ok(startups)
}

/// One published profile, as the public reads it.
pub fn load_published_startup(conn: &Connection, slug: &str) -> rusqlite::Result<Option<Startup>> {
    if !is_published(conn, slug)? {
        return Ok(None);
    }
    load_startup(conn, slug)
}

/// Whether start-up `slug` exists and is published.
pub fn is_published(conn: &Connection, slug: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM startups WHERE slug = ?1 AND published = 1)",
        [slug],
        |r| r.get(0),
    )
}

/// One profile, published or not (its members edit it before it is); `None` when no
/// start-up has this slug.
pub fn load_startup(conn: &Connection, slug: &str) -> rusqlite::Result<Option<Startup>> {
    let found = conn
        .query_row(
            &format!(
                "SELECT {SUMMARY_COLUMNS}, s.description_fr, s.description_en, s.careers_url, \
                 s.website, s.email {FROM} WHERE s.slug = ?1"
            ),
            [slug],
            |row| {
                Ok(Startup {
                    summary: summary_from_row(row)?,
                    description: Localised::new(
                        row.get::<_, String>(15)?,
                        row.get::<_, String>(16)?,
                    ),
                    careers_url: row.get(17)?,
                    website: row.get(18)?,
                    email: row.get(19)?,
                    social: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut startup) = found else {
        return Ok(None);
    };
    VALUES.attach_one(conn, &mut startup.summary, slug)?;
    let mut stmt = conn.prepare_cached(
        "SELECT network, url FROM startup_social WHERE startup_slug = ?1 ORDER BY position",
    )?;
    startup.social = stmt
        .query_map([slug], |row| {
            Ok(SocialLink {
                network: coded(row.get(0)?, Network::from_code)?,
                url: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(startup))
}

/// Writes a profile's row: inserted when new; when it exists, everything but the slug,
/// the arrival date and the sample flag is overwritten (one statement for both cases).
fn upsert_row(tx: &Transaction, p: &Startup) -> rusqlite::Result<()> {
    let s = &p.summary;
    // Uploaded logos live in `startup_logos`; only an external address is kept here.
    let logo_url = s.logo.as_ref().and_then(LogoAddress::external);
    tx.execute(
        "INSERT INTO startups (slug, name, pitch_fr, pitch_en, description_fr, description_en, stage,
            founded, team_size, spin_off_lab, spin_off_institute, hiring, careers_url, website, email,
            logo_url, member_since, updated, sample)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
         ON CONFLICT (slug) DO UPDATE SET name = excluded.name, pitch_fr = excluded.pitch_fr,
            pitch_en = excluded.pitch_en, description_fr = excluded.description_fr,
            description_en = excluded.description_en, stage = excluded.stage,
            founded = excluded.founded, team_size = excluded.team_size,
            spin_off_lab = excluded.spin_off_lab, spin_off_institute = excluded.spin_off_institute,
            hiring = excluded.hiring, careers_url = excluded.careers_url,
            website = excluded.website, email = excluded.email, logo_url = excluded.logo_url,
            updated = excluded.updated",
        params![
            s.slug,
            s.name,
            s.pitch.fr,
            s.pitch.en,
            p.description.fr,
            p.description.en,
            s.stage.map(|x| x.code()),
            s.founded,
            s.team_size.map(|x| x.code()),
            s.spin_off.as_ref().map(|o| o.lab.as_str()),
            s.spin_off.as_ref().and_then(|o| o.institute.as_deref()),
            s.hiring,
            p.careers_url,
            p.website,
            p.email,
            logo_url,
            s.member_since.map(|d| d.to_string()),
            s.updated.map(|d| d.to_string()),
            s.sample,
        ],
    )?;
    Ok(())
}

/// Stores one new profile with its multi-valued fields (seed, generated data).
pub fn insert_startup(tx: &Transaction, p: &Startup) -> rusqlite::Result<()> {
    upsert_row(tx, p)?;
    insert_lists(tx, p)
}

/// Sectors, poles and social links of a profile (replacing nothing: callers clear first).
fn insert_lists(tx: &Transaction, p: &Startup) -> rusqlite::Result<()> {
    let s = &p.summary;
    let values = s
        .sectors
        .iter()
        .map(|x| ("sector", x.code().to_owned()))
        .enumerate()
        .chain(s.poles.iter().map(|x| ("pole", x.clone())).enumerate());
    let mut stmt = tx.prepare_cached(
        "INSERT INTO startup_values (startup_slug, field, position, value) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, (field, value)) in values {
        stmt.execute(params![s.slug, field, position, value])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO startup_social (startup_slug, position, network, url) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, link) in p.social.iter().enumerate() {
        stmt.execute(params![s.slug, position, link.network.code(), link.url])?;
    }
    Ok(())
}

/// Overwrites a profile's texts, vocabularies and links (a member's save). The slug, the
/// arrival date, the sample flag and any uploaded logo stay.
pub fn replace_startup(tx: &Transaction, p: &Startup) -> rusqlite::Result<()> {
    upsert_row(tx, p)?;
    tx.execute(
        "DELETE FROM startup_values WHERE startup_slug = ?1",
        [&p.summary.slug],
    )?;
    tx.execute(
        "DELETE FROM startup_social WHERE startup_slug = ?1",
        [&p.summary.slug],
    )?;
    insert_lists(tx, p)
}
