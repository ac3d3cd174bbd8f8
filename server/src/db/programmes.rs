//! The training catalogue in SQLite: loading the seed and reading programmes back.

use model::catalogue::{
    ApplicationWindow, Date, Domain, Institution, Mode, Programme, ProgrammeSummary,
    TeachingLanguage,
};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::side_values::SideValues;

use super::columns::{coded, conversion, localised, localised_opt};

const SUMMARY_COLUMNS: &str =
    "p.slug, p.title_fr, p.title_en, p.summary_fr, p.summary_en, p.level, \
     p.institution_slug, i.name, p.format, p.ects, p.duration_months, p.application_opens, \
     p.application_closes, p.updated, p.sample";

fn date(text: String) -> rusqlite::Result<Date> {
    text.parse().map_err(conversion)
}

/// A summary from its row, lists left empty (filled by `attach_values`).
fn summary_from_row(row: &Row) -> rusqlite::Result<ProgrammeSummary> {
    let opens: Option<String> = row.get(11)?;
    let closes: Option<String> = row.get(12)?;
    let application = match (opens, closes) {
        (Some(o), Some(c)) => Some(ApplicationWindow {
            opens: date(o)?,
            closes: date(c)?,
        }),
        _ => None,
    };
    Ok(ProgrammeSummary {
        slug: row.get(0)?,
        title: localised(row, 1)?,
        summary: localised(row, 3)?,
        level: coded(row.get(5)?, model::catalogue::Level::from_code)?,
        domains: Vec::new(),
        institution: Institution {
            slug: row.get(6)?,
            name: row.get(7)?,
        },
        poles: Vec::new(),
        modes: Vec::new(),
        format: coded(row.get(8)?, model::catalogue::Format::from_code)?,
        languages: Vec::new(),
        ects: row.get(9)?,
        duration_months: row.get(10)?,
        start_dates: Vec::new(),
        application,
        updated: date(row.get(13)?)?,
        sample: row.get(14)?,
    })
}

/// The multi-valued fields, in `programme_values`.
const VALUES: SideValues<ProgrammeSummary> = SideValues {
    table: "programme_values",
    slug_column: "programme_slug",
    attach: attach_value,
};

fn attach_value(p: &mut ProgrammeSummary, field: &str, value: String) -> rusqlite::Result<()> {
    match field {
        "domain" => p.domains.push(coded(value, Domain::from_code)?),
        "mode" => p.modes.push(coded(value, Mode::from_code)?),
        "language" => p.languages.push(coded(value, TeachingLanguage::from_code)?),
        "pole" => p.poles.push(value),
        "start" => p.start_dates.push(date(value)?),
        other => return Err(conversion(format!("unknown field `{other}`"))),
    }
    Ok(())
}

/// Every listed (not archived) programme summary, for the in-memory search index.
pub fn load_programme_summaries(conn: &Connection) -> rusqlite::Result<Vec<ProgrammeSummary>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM programmes p JOIN institutions i ON i.slug = p.institution_slug \
         WHERE p.archived = 0 ORDER BY p.slug"
    ))?;
    let mut programmes: Vec<ProgrammeSummary> = stmt
        .query_map([], summary_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    VALUES.attach_all(conn, &mut programmes, |p| &p.slug)?;
    Ok(programmes)
}

/// The listed summaries and the catalogue's stamp ([`super::snapshot::stamped`]).
pub fn load_catalogue_snapshot(
    conn: &Connection,
) -> rusqlite::Result<(Vec<ProgrammeSummary>, u64)> {
    super::snapshot::stamped(conn, "programmes", load_programme_summaries)
}

/// One programme page; `None` when no listed programme has this slug.
pub fn load_programme(conn: &Connection, slug: &str) -> rusqlite::Result<Option<Programme>> {
    Ok(load_any_programme(conn, slug)?
        .and_then(|(programme, archived)| (!archived).then_some(programme)))
}

/// One programme, archived or not (the team edits both), and whether it is archived.
pub fn load_any_programme(
    conn: &Connection,
    slug: &str,
) -> rusqlite::Result<Option<(Programme, bool)>> {
    let found = conn
        .query_row(
            &format!(
                "SELECT {SUMMARY_COLUMNS}, p.fees_eur, p.fees_note_fr, p.fees_note_en, p.capacity, \
                 p.objectives_fr, p.objectives_en, p.prerequisites_fr, p.prerequisites_en, \
                 p.admission_fr, p.admission_en, p.careers_fr, p.careers_en, p.contact_email, p.url, \
                 p.archived FROM programmes p JOIN institutions i ON i.slug = p.institution_slug WHERE p.slug = ?1"
            ),
            [slug],
            |row| {
                let programme = Programme {
                    summary: summary_from_row(row)?,
                    fees_eur: row.get(15)?,
                    fees_note: localised_opt(row, 16)?,
                    capacity: row.get(18)?,
                    objectives: localised(row, 19)?,
                    prerequisites: localised(row, 21)?,
                    admission: localised(row, 23)?,
                    careers: localised(row, 25)?,
                    contact_email: row.get(27)?,
                    url: row.get(28)?,
                };
                Ok((programme, row.get::<_, bool>(29)?))
            },
        )
        .optional()?;
    let Some((mut programme, archived)) = found else {
        return Ok(None);
    };
    VALUES.attach_one(conn, &mut programme.summary, slug)?;
    Ok(Some((programme, archived)))
}

/// Stores one programme (seed loading), with its institution and multi-valued fields.
pub fn insert_programme(tx: &Transaction, p: &Programme) -> rusqlite::Result<()> {
    let s = &p.summary;
    tx.execute(
        "INSERT INTO institutions (slug, name) VALUES (?1, ?2) ON CONFLICT (slug) DO NOTHING",
        params![s.institution.slug, s.institution.name],
    )?;
    tx.execute(
        "INSERT INTO programmes (slug, title_fr, title_en, summary_fr, summary_en, level, institution_slug,
            format, ects, duration_months, application_opens, application_closes, updated, sample,
            fees_eur, fees_note_fr, fees_note_en, capacity, objectives_fr, objectives_en,
            prerequisites_fr, prerequisites_en, admission_fr, admission_en, careers_fr, careers_en,
            contact_email, url)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)",
        params![
            s.slug,
            s.title.fr,
            s.title.en,
            s.summary.fr,
            s.summary.en,
            s.level.code(),
            s.institution.slug,
            s.format.code(),
            s.ects,
            s.duration_months,
            s.application.map(|w| w.opens.to_string()),
            s.application.map(|w| w.closes.to_string()),
            s.updated.to_string(),
            s.sample,
            p.fees_eur,
            p.fees_note.as_ref().map(|note| &note.fr),
            p.fees_note.as_ref().map(|note| &note.en),
            p.capacity,
            p.objectives.fr,
            p.objectives.en,
            p.prerequisites.fr,
            p.prerequisites.en,
            p.admission.fr,
            p.admission.en,
            p.careers.fr,
            p.careers.en,
            p.contact_email,
            p.url,
        ],
    )?;
    let values = s
        .domains
        .iter()
        .map(|d| ("domain", d.code().to_owned()))
        .enumerate()
        .chain(
            s.modes
                .iter()
                .map(|m| ("mode", m.code().to_owned()))
                .enumerate(),
        )
        .chain(
            s.languages
                .iter()
                .map(|l| ("language", l.code().to_owned()))
                .enumerate(),
        )
        .chain(s.poles.iter().map(|p| ("pole", p.clone())).enumerate())
        .chain(
            s.start_dates
                .iter()
                .map(|d| ("start", d.to_string()))
                .enumerate(),
        );
    let mut stmt = tx.prepare_cached(
        "INSERT INTO programme_values (programme_slug, field, position, value) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, (field, value)) in values {
        stmt.execute(params![s.slug, field, position, value])?;
    }
    Ok(())
}
