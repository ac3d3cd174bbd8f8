//! Applications to the calls, as their applicants reach them: by a link whose secret only
//! its hash names here. Each change of state is one `BEGIN IMMEDIATE` transaction that also
//! writes the applicant's letter to the outbox, so a change is never without its mail.

use model::{
    calls::{
        Actor, Application, ApplicationForm, ApplicationStart, ApplicationState, CallStatus,
        CallSummary, DeckInfo,
    },
    directory::FieldError,
    Date, Lang,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde_json::{Map, Value};

use super::calls::load_call_summary;
use crate::{
    auth::{new_token, sha256_hex},
    mail::{outbox, ApplicationLetter, Letters},
    paris,
};

/// Links kept per application: a new one is mailed each time the applicant asks, and the
/// oldest beyond these stop working.
const LINKS_KEPT: i64 = 5;

pub(super) fn immediate(conn: &mut Connection) -> rusqlite::Result<Transaction<'_>> {
    conn.transaction_with_behavior(TransactionBehavior::Immediate)
}

pub(super) fn failure(e: impl std::fmt::Display) -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure(e.to_string().into())
}

/// An application's row.
pub(super) struct Row {
    pub(super) id: i64,
    pub(super) call_slug: String,
    pub(super) email: String,
    pub(super) lang: Lang,
    pub(super) state: ApplicationState,
    pub(super) form: String,
    pub(super) version: u32,
    pub(super) updated_at: i64,
    pub(super) submitted_at: Option<i64>,
}

fn row_by_link(tx: &Connection, token: &str) -> rusqlite::Result<Option<Row>> {
    tx.query_row(
        "SELECT a.id, a.call_slug, a.email, a.lang, a.state, a.form, a.version, a.updated_at,
             a.submitted_at
         FROM application_links l JOIN applications a ON a.id = l.application_id
         WHERE l.token_hash = ?1",
        [sha256_hex(token)],
        row_of,
    )
    .optional()
}

/// The application `id`, for the campus team.
pub(super) fn row_by_id(tx: &Connection, id: i64) -> rusqlite::Result<Option<Row>> {
    tx.query_row(
        "SELECT a.id, a.call_slug, a.email, a.lang, a.state, a.form, a.version, a.updated_at,
             a.submitted_at
         FROM applications a WHERE a.id = ?1",
        [id],
        row_of,
    )
    .optional()
}

fn row_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    let state: String = r.get(4)?;
    let lang: String = r.get(3)?;
    Ok(Row {
        id: r.get(0)?,
        call_slug: r.get(1)?,
        email: r.get(2)?,
        lang: Lang::from_code(&lang).unwrap_or_default(),
        state: ApplicationState::from_code(&state).ok_or_else(|| failure(state))?,
        form: r.get(5)?,
        version: r.get(6)?,
        updated_at: r.get(7)?,
        submitted_at: r.get(8)?,
    })
}

pub(super) fn view(conn: &Connection, row: Row, now: i64) -> rusqlite::Result<Application> {
    let call = load_call_summary(conn, &row.call_slug, now)?
        .ok_or_else(|| failure("an application names no call"))?;
    let deck = conn
        .query_row(
            "SELECT pages, uploaded_at FROM application_decks WHERE application_id = ?1",
            [row.id],
            |r| {
                Ok(DeckInfo {
                    pages: r.get(0)?,
                    uploaded: paris::time_of(r.get(1)?),
                })
            },
        )
        .optional()?;
    Ok(Application {
        call,
        state: row.state,
        email: row.email,
        form: serde_json::from_str(&row.form).map_err(failure)?,
        version: row.version,
        updated: paris::time_of(row.updated_at),
        submitted: row.submitted_at.map(paris::time_of),
        deck,
    })
}

pub(super) fn mail(
    tx: &Transaction,
    letters: &Letters,
    letter: ApplicationLetter,
    to: (&str, Lang),
    call: &CallSummary,
    token: Option<&str>,
    now: i64,
) -> rusqlite::Result<()> {
    let message = letters
        .compose_application(letter, to.0, to.1, call, token)
        .map_err(failure)?;
    outbox::enqueue(tx, to.0, &message, now)
}

/// What asking for an application's link did.
#[derive(Debug, PartialEq, Eq)]
pub enum Started {
    /// The link is in the outbox (a new draft, or the applicant's own application).
    Mailed,
    NoCall,
    /// The call does not take applications now.
    NotOpen(CallStatus),
}

/// Mails the link to `start`'s application to call `slug`, creating the draft if there is
/// none for this address. The same answer whether it existed or not: only the address's
/// owner learns which.
pub fn start(
    conn: &mut Connection,
    slug: &str,
    start: &ApplicationStart,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<Started> {
    let tx = immediate(conn)?;
    let Some(call) = load_call_summary(&tx, slug, now)? else {
        return Ok(Started::NoCall);
    };
    let email = start.email_key();
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM applications WHERE call_slug = ?1 AND email = ?2",
            params![slug, email],
            |r| r.get(0),
        )
        .optional()?;
    // A new application only while the call is open; its own link always.
    let id = match existing {
        Some(id) => id,
        None if call.status != CallStatus::Open => return Ok(Started::NotOpen(call.status)),
        None => {
            tx.execute(
                "INSERT INTO applications (call_slug, email, lang, state, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'draft', ?4, ?4)",
                params![slug, email, start.lang.code(), now],
            )?;
            tx.last_insert_rowid()
        }
    };
    let token = new_link(&tx, id, now)?;
    mail(
        &tx,
        letters,
        ApplicationLetter::Link,
        (&email, start.lang),
        &call,
        Some(&token),
        now,
    )?;
    tx.commit()?;
    Ok(Started::Mailed)
}

/// A new link to application `id` (its secret, to be mailed); the oldest links beyond
/// [`LINKS_KEPT`] stop working.
pub(super) fn new_link(tx: &Transaction, id: i64, now: i64) -> rusqlite::Result<String> {
    let token = new_token();
    tx.execute(
        "INSERT INTO application_links (token_hash, application_id, created_at) VALUES (?1, ?2, ?3)",
        params![sha256_hex(&token), id, now],
    )?;
    tx.execute(
        "DELETE FROM application_links WHERE application_id = ?1 AND token_hash NOT IN
             (SELECT token_hash FROM application_links WHERE application_id = ?1
              ORDER BY created_at DESC, rowid DESC LIMIT ?2)",
        params![id, LINKS_KEPT],
    )?;
    Ok(token)
}

/// The application `token` leads to, at `now`.
pub fn load_application(
    conn: &Connection,
    token: &str,
    now: i64,
) -> rusqlite::Result<Option<Application>> {
    match row_by_link(conn, token)? {
        Some(row) => view(conn, row, now).map(Some),
        None => Ok(None),
    }
}

/// What a write to an application did.
#[derive(Debug)]
pub enum Written {
    Done(Box<Application>),
    NotFound,
    /// Its state refuses the write (only a draft is edited; see the model's edges).
    Refused(ApplicationState),
    /// Another save came first: the version now stored.
    Stale(u32),
    Invalid(Vec<FieldError>),
    /// Submitting after the call closed (Paris time, checked here).
    Closed(CallSummary),
}

/// The application as the write in `tx` left it, once committed.
fn done(tx: Transaction<'_>, token: &str, now: i64) -> rusqlite::Result<Written> {
    let written = row_by_link(&tx, token)?.ok_or_else(|| failure("the application went"))?;
    let application = view(&tx, written, now)?;
    tx.commit()?;
    Ok(Written::Done(Box::new(application)))
}

/// Applies the merge patch (RFC 7396) `patch` to the draft's form, if `admits` its stored
/// version; the result must meet the draft rules (`today`: Paris).
pub fn save_form(
    conn: &mut Connection,
    token: &str,
    admits: impl Fn(u32) -> bool,
    patch: Map<String, Value>,
    now: i64,
    today: Date,
) -> rusqlite::Result<Written> {
    let tx = immediate(conn)?;
    let Some(row) = row_by_link(&tx, token)? else {
        return Ok(Written::NotFound);
    };
    if row.state != ApplicationState::Draft {
        return Ok(Written::Refused(row.state));
    }
    if !admits(row.version) {
        return Ok(Written::Stale(row.version));
    }
    let mut document: Value = serde_json::from_str(&row.form).map_err(failure)?;
    json_patch::merge(&mut document, &Value::Object(patch));
    let form: ApplicationForm = match serde_json::from_value(document) {
        Ok(form) => form,
        Err(e) => {
            return Ok(Written::Invalid(vec![FieldError {
                field: String::new(),
                reason: e.to_string(),
            }]))
        }
    };
    let errors = form.check_draft(today);
    if !errors.is_empty() {
        return Ok(Written::Invalid(errors));
    }
    tx.execute(
        "UPDATE applications SET form = ?1, version = version + 1, updated_at = ?2 WHERE id = ?3",
        params![serde_json::to_string(&form).map_err(failure)?, now, row.id],
    )?;
    done(tx, token, now)
}

/// Stores the pitch deck (a PDF already parsed: `pages`) of a draft.
pub fn save_deck(
    conn: &mut Connection,
    token: &str,
    pdf: &[u8],
    pages: u32,
    now: i64,
) -> rusqlite::Result<Written> {
    let tx = immediate(conn)?;
    let Some(row) = row_by_link(&tx, token)? else {
        return Ok(Written::NotFound);
    };
    if row.state != ApplicationState::Draft {
        return Ok(Written::Refused(row.state));
    }
    tx.execute(
        "INSERT INTO application_decks (application_id, pdf, pages, uploaded_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (application_id) DO UPDATE SET pdf = excluded.pdf,
             pages = excluded.pages, uploaded_at = excluded.uploaded_at",
        params![row.id, pdf, pages, now],
    )?;
    tx.execute(
        "UPDATE applications SET version = version + 1, updated_at = ?1 WHERE id = ?2",
        params![now, row.id],
    )?;
    done(tx, token, now)
}

/// Submits a whole draft while its call is open at `now`, with its mail.
pub fn submit(
    conn: &mut Connection,
    token: &str,
    now: i64,
    today: Date,
    letters: &Letters,
) -> rusqlite::Result<Written> {
    let tx = immediate(conn)?;
    let Some(row) = row_by_link(&tx, token)? else {
        return Ok(Written::NotFound);
    };
    if !row
        .state
        .can_become(ApplicationState::Submitted, Actor::Applicant)
    {
        return Ok(Written::Refused(row.state));
    }
    let (id, lang) = (row.id, row.lang);
    let current = view(&tx, row, now)?;
    if current.call.status != CallStatus::Open {
        return Ok(Written::Closed(current.call));
    }
    let mut errors = current.form.check_submission(today);
    if current.deck.is_none() {
        errors.push(FieldError {
            field: "deck".into(),
            reason: "required to submit: the pitch deck (PDF)".into(),
        });
    }
    if !errors.is_empty() {
        return Ok(Written::Invalid(errors));
    }
    tx.execute(
        "UPDATE applications SET state = 'submitted', submitted_at = ?1, updated_at = ?1,
             version = version + 1 WHERE id = ?2",
        params![now, id],
    )?;
    mail(
        &tx,
        letters,
        ApplicationLetter::Submitted,
        (&current.email, lang),
        &current.call,
        Some(token),
        now,
    )?;
    done(tx, token, now)
}

/// What withdrawing did.
#[derive(Debug, PartialEq, Eq)]
pub enum Withdrawn {
    /// Withdrawn and deleted, with its mail.
    Deleted,
    NotFound,
    Refused(ApplicationState),
}

/// Withdraws an application: a withdrawn application is deleted at once (its form, deck
/// and links), and the applicant is told.
pub fn withdraw(
    conn: &mut Connection,
    token: &str,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<Withdrawn> {
    let tx = immediate(conn)?;
    let Some(row) = row_by_link(&tx, token)? else {
        return Ok(Withdrawn::NotFound);
    };
    if !row
        .state
        .can_become(ApplicationState::Withdrawn, Actor::Applicant)
    {
        return Ok(Withdrawn::Refused(row.state));
    }
    let call = load_call_summary(&tx, &row.call_slug, now)?
        .ok_or_else(|| failure("an application names no call"))?;
    tx.execute("DELETE FROM applications WHERE id = ?1", [row.id])?;
    mail(
        &tx,
        letters,
        ApplicationLetter::Withdrawn,
        (&row.email, row.lang),
        &call,
        None,
        now,
    )?;
    tx.commit()?;
    Ok(Withdrawn::Deleted)
}

#[cfg(test)]
mod tests {
    use model::Localised;

    use super::*;
    use crate::{
        db::calls::{insert_call, CallRecord},
        mail::SiteLinks,
    };

    fn letters() -> Letters {
        Letters {
            links: SiteLinks::new("https://portail.example.org"),
            from: "PariSanté Campus <campus@example.org>".parse().unwrap(),
        }
    }

    /// A database with one call open from `opens` to `closes` (Unix seconds).
    fn with_call(opens: i64, closes: i64) -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations::apply(&mut conn).unwrap();
        let text = |s: &str| Localised::new(s.to_owned(), s.to_owned());
        let tx = conn.transaction().unwrap();
        insert_call(
            &tx,
            &CallRecord {
                slug: "appel".into(),
                title: text("Appel"),
                summary: text("Un appel."),
                description: text("Un appel."),
                window: Some((opens, closes)),
                places: None,
                sample: true,
                source: None,
                eligibility: Vec::new(),
                timeline: Vec::new(),
            },
        )
        .unwrap();
        tx.commit().unwrap();
        conn
    }

    /// A whole application with its deck, started at `now`; its link's secret.
    fn ready(conn: &mut Connection, email: &str, now: i64) -> String {
        let request = ApplicationStart {
            email: email.into(),
            lang: Lang::Fr,
        };
        assert_eq!(
            start(conn, "appel", &request, now, &letters()).unwrap(),
            Started::Mailed
        );
        let token: String = {
            let hash: String = conn
                .query_row(
                    "SELECT token_hash FROM application_links ORDER BY rowid DESC",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            // The secret itself is only in the letter: put a known one in its place.
            let token = "ab".repeat(32);
            conn.execute(
                "UPDATE application_links SET token_hash = ?1 WHERE token_hash = ?2",
                params![sha256_hex(&token), hash],
            )
            .unwrap();
            token
        };
        let form = serde_json::json!({
            "company_name": "Essai", "founders": [{ "name": "Camille", "role": "Présidente" }],
            "product": "Un carnet.", "stage": "amorcage", "health_problem": "Le suivi.",
            "patients": "Des patients.", "ce_marking": "non-dispositif", "hosting": "hds",
            "data_protection": "Chiffrées.", "poles": ["recherche"], "poles_why": "Les données.",
            "needs": "Un bureau."
        });
        let Value::Object(patch) = form else {
            unreachable!()
        };
        let today = paris::time_of(now).date;
        assert!(matches!(
            save_form(conn, &token, |_| true, patch, now, today).unwrap(),
            Written::Done(_)
        ));
        assert!(matches!(
            save_deck(conn, &token, &crate::input::test_pdf(1), 1, now).unwrap(),
            Written::Done(_)
        ));
        token
    }

    fn submitted_at(conn: &mut Connection, token: &str, now: i64) -> bool {
        let today = paris::time_of(now).date;
        match submit(conn, token, now, today, &letters()).unwrap() {
            Written::Done(application) => application.state == ApplicationState::Submitted,
            Written::Closed(_) => false,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_call_closing_at_paris_midnight_refuses_what_comes_after_it_even_on_the_same_utc_day() {
        let closes = paris::unix_of(Date::new(2026, 12, 31).unwrap(), 23, 59).unwrap();
        let mut conn = with_call(closes - 30 * 86_400, closes);
        let early = ready(&mut conn, "a@essai.example", closes - 86_400);
        assert!(
            submitted_at(&mut conn, &early, closes - 60),
            "23:58 in Paris"
        );
        // Another applicant, half an hour late: 00:29 on 1 January in Paris, 23:29 on
        // 31 December in UTC.
        conn.execute("DELETE FROM application_links", []).unwrap();
        let late = ready(&mut conn, "b@essai.example", closes - 86_400);
        assert_eq!(
            paris::time_of(closes + 1800).date,
            Date::new(2027, 1, 1).unwrap()
        );
        assert!(!submitted_at(&mut conn, &late, closes + 1800));
        assert!(!submitted_at(&mut conn, &late, closes));
    }

    #[test]
    fn a_call_closing_after_the_spring_clock_change_closes_at_summer_time() {
        // 28 March 2027: Paris moves from UTC+1 to UTC+2 at 02:00. Noon is 10:00 UTC.
        let closes = paris::unix_of(Date::new(2027, 3, 28).unwrap(), 12, 0).unwrap();
        assert_eq!(paris::time_of(closes).offset_minutes, 120);
        let mut conn = with_call(closes - 30 * 86_400, closes);
        let token = ready(&mut conn, "c@essai.example", closes - 86_400);
        // 11:30 Paris: still open (with a fixed +01:00 it would be 12:30 and refused).
        assert!(submitted_at(&mut conn, &token, closes - 1800));

        let mut conn = with_call(closes - 30 * 86_400, closes);
        let token = ready(&mut conn, "d@essai.example", closes - 86_400);
        // 10:30 UTC is 12:30 in Paris: closed (with a fixed +01:00 it would be 11:30).
        assert!(!submitted_at(&mut conn, &token, closes + 1800));
    }
}
