//! The decision outbox: a decision is prepared with a first draft of its letter, which
//! staff read, edit and approve; only approved decisions are sent, together, and sending is
//! what moves the application and mails the applicant. Nothing leaves before approval.

use model::{
    calls::{Actor as Mover, ApplicationForm, ApplicationState},
    team::DecisionLetter,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::{
    applications::{failure, immediate, row_by_id},
    calls::load_call_summary,
    invitations,
    reviews::conflicted,
    team::{audit, Actor},
};
use crate::{
    mail::{decision_draft, outbox, Letters},
    paris,
};

/// What a write to the outbox did.
#[derive(Debug)]
pub enum DecisionWrite {
    Done(Box<DecisionLetter>),
    NotFound,
    /// The application cannot take this decision now (its state), or it was sent.
    Refused(String),
    /// Another edit came first: the version now stored.
    Stale(u32),
}

fn company_of(form: &str) -> String {
    serde_json::from_str::<ApplicationForm>(form)
        .map(|f| f.company_name)
        .unwrap_or_default()
}

/// The letter of application `id`'s decision, if one is prepared.
pub fn letter(conn: &Connection, id: i64) -> rusqlite::Result<Option<DecisionLetter>> {
    conn.query_row(
        "SELECT d.application_id, a.form, a.email, d.decision, d.subject, d.body, d.version,
             d.prepared_by, d.approved_by, d.sent_at
         FROM decisions d JOIN applications a ON a.id = d.application_id
         WHERE d.application_id = ?1",
        [id],
        letter_of,
    )
    .optional()
}

fn letter_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<DecisionLetter> {
    let decision: String = r.get(3)?;
    Ok(DecisionLetter {
        id: r.get(0)?,
        company: company_of(&r.get::<_, String>(1)?),
        email: r.get(2)?,
        decision: ApplicationState::from_code(&decision).ok_or_else(|| failure(decision))?,
        subject: r.get(4)?,
        body: r.get(5)?,
        version: r.get(6)?,
        prepared_by: r.get(7)?,
        approved_by: r.get(8)?,
        sent: r.get::<_, Option<i64>>(9)?.map(paris::time_of),
    })
}

/// The decisions of call `slug`'s applications that `viewer` may see.
pub fn letters(
    conn: &Connection,
    slug: &str,
    viewer: i64,
) -> rusqlite::Result<Vec<DecisionLetter>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.application_id, a.form, a.email, d.decision, d.subject, d.body, d.version,
             d.prepared_by, d.approved_by, d.sent_at
         FROM decisions d JOIN applications a ON a.id = d.application_id
         WHERE a.call_slug = ?1 AND NOT EXISTS (
             SELECT 1 FROM review_assignments c WHERE c.application_id = a.id
                 AND c.reviewer_id = ?2 AND c.conflict_at IS NOT NULL)
         ORDER BY d.sent_at IS NOT NULL, d.decision, d.application_id",
    )?;
    let letters = stmt.query_map(params![slug, viewer], letter_of)?.collect();
    letters
}

/// Prepares `decision` for application `id` with a first draft of its letter, replacing
/// an earlier unsent one (its approval goes with it).
pub fn prepare(
    conn: &mut Connection,
    id: i64,
    decision: ApplicationState,
    actor: &Actor,
    now: i64,
) -> rusqlite::Result<DecisionWrite> {
    let tx = immediate(conn)?;
    if conflicted(&tx, id, actor.account_id)? {
        return Ok(DecisionWrite::NotFound);
    }
    let Some(row) = row_by_id(&tx, id)?.filter(|r| r.state != ApplicationState::Draft) else {
        return Ok(DecisionWrite::NotFound);
    };
    let is_decision = matches!(
        decision,
        ApplicationState::Accepted | ApplicationState::Declined
    );
    if !is_decision || !row.state.can_become(decision, Mover::Staff) {
        return Ok(DecisionWrite::Refused(format!(
            "an application that is {} cannot be {}",
            row.state.code(),
            decision.code()
        )));
    }
    let call = load_call_summary(&tx, &row.call_slug, now)?
        .ok_or_else(|| failure("an application names no call"))?;
    let (subject, body) = decision_draft(
        decision == ApplicationState::Accepted,
        row.lang,
        call.title.get(row.lang),
        &company_of(&row.form),
    );
    tx.execute(
        "INSERT INTO decisions (application_id, decision, subject, body, prepared_by, prepared_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (application_id) DO UPDATE SET decision = excluded.decision,
             subject = excluded.subject, body = excluded.body, version = version + 1,
             prepared_by = excluded.prepared_by, prepared_at = excluded.prepared_at,
             approved_by = NULL, approved_at = NULL",
        params![id, decision.code(), subject, body, actor.email, now],
    )?;
    audit(
        &tx,
        actor,
        "decision.prepare",
        &format!("application:{id}"),
        decision.code(),
        now as u64,
    )?;
    let done = letter(&tx, id)?.ok_or_else(|| failure("the decision went"))?;
    tx.commit()?;
    Ok(DecisionWrite::Done(Box::new(done)))
}

/// Changes an unsent letter, if `admits` its stored version; approval is asked again.
pub fn edit(
    conn: &mut Connection,
    id: i64,
    admits: impl Fn(u32) -> bool,
    (subject, body): (&str, &str),
    actor: &Actor,
    now: i64,
) -> rusqlite::Result<DecisionWrite> {
    let tx = immediate(conn)?;
    let Some(current) = visible_unsent(&tx, id, actor)? else {
        return Ok(DecisionWrite::NotFound);
    };
    if !admits(current.version) {
        return Ok(DecisionWrite::Stale(current.version));
    }
    tx.execute(
        "UPDATE decisions SET subject = ?1, body = ?2, version = version + 1,
             approved_by = NULL, approved_at = NULL
         WHERE application_id = ?3",
        params![subject, body, id],
    )?;
    audit(
        &tx,
        actor,
        "decision.edit",
        &format!("application:{id}"),
        "",
        now as u64,
    )?;
    let done = letter(&tx, id)?.ok_or_else(|| failure("the decision went"))?;
    tx.commit()?;
    Ok(DecisionWrite::Done(Box::new(done)))
}

/// Approves the letter as read at `version`.
pub fn approve(
    conn: &mut Connection,
    id: i64,
    version: u32,
    actor: &Actor,
    now: i64,
) -> rusqlite::Result<DecisionWrite> {
    let tx = immediate(conn)?;
    let Some(current) = visible_unsent(&tx, id, actor)? else {
        return Ok(DecisionWrite::NotFound);
    };
    if current.version != version {
        return Ok(DecisionWrite::Stale(current.version));
    }
    tx.execute(
        "UPDATE decisions SET approved_by = ?1, approved_at = ?2 WHERE application_id = ?3",
        params![actor.email, now, id],
    )?;
    let detail = format!("{} v{version}", current.decision.code());
    audit(
        &tx,
        actor,
        "decision.approve",
        &format!("application:{id}"),
        &detail,
        now as u64,
    )?;
    let done = letter(&tx, id)?.ok_or_else(|| failure("the decision went"))?;
    tx.commit()?;
    Ok(DecisionWrite::Done(Box::new(done)))
}

fn visible_unsent(
    conn: &Connection,
    id: i64,
    actor: &Actor,
) -> rusqlite::Result<Option<DecisionLetter>> {
    if conflicted(conn, id, actor.account_id)? {
        return Ok(None);
    }
    Ok(letter(conn, id)?.filter(|l| l.sent.is_none()))
}

/// An approved decision, ready to go.
struct Ready {
    id: i64,
    decision: String,
    subject: String,
    body: String,
    email: String,
    lang: String,
    form: String,
}

/// An accepted application becomes an unpublished profile, and its applicant is invited
/// to the start-up's space.
fn welcome(
    tx: &rusqlite::Transaction,
    id: i64,
    form: &str,
    (email, lang): (&str, model::Lang),
    actor: &Actor,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<()> {
    let form: ApplicationForm = serde_json::from_str(form).map_err(failure)?;
    let slug = invitations::profile_from_application(tx, &form)?;
    tx.execute(
        "UPDATE applications SET startup_slug = ?1 WHERE id = ?2",
        params![slug, id],
    )?;
    let token = invitations::invite(tx, email, &slug, &actor.email, now as u64)?;
    let message = letters
        .compose_invitation(email, lang, form.company_name.trim(), &token)
        .map_err(failure)?;
    outbox::enqueue(tx, email, &message, now)?;
    audit(
        tx,
        actor,
        "startup.create",
        &format!("startup:{slug}"),
        &format!("application:{id}"),
        now as u64,
    )?;
    Ok(())
}

/// Sends call `slug`'s approved decisions, together, in one transaction: each application
/// takes its decision, its letter goes to the mail outbox, and the audit log records it.
/// Unapproved ones stay, and so do those the sender declared a conflict on (another
/// member sends them). Once no application of the call is left in review, the call is
/// decided. `(sent, waiting)`; `None` if there is no call.
pub fn send_approved(
    conn: &mut Connection,
    slug: &str,
    actor: &Actor,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<Option<(u32, u32)>> {
    let tx = immediate(conn)?;
    if load_call_summary(&tx, slug, now)?.is_none() {
        return Ok(None);
    }
    let ready: Vec<Ready> = tx
        .prepare(
            "SELECT d.application_id, d.decision, d.subject, d.body, a.email, a.lang, a.form
             FROM decisions d JOIN applications a ON a.id = d.application_id
             WHERE a.call_slug = ?1 AND d.approved_at IS NOT NULL AND d.sent_at IS NULL
                 AND a.state IN ('under-review', 'shortlisted') AND NOT EXISTS (
                     SELECT 1 FROM review_assignments c WHERE c.application_id = a.id
                         AND c.reviewer_id = ?2 AND c.conflict_at IS NOT NULL)",
        )?
        .query_map(params![slug, actor.account_id], |r| {
            Ok(Ready {
                id: r.get(0)?,
                decision: r.get(1)?,
                subject: r.get(2)?,
                body: r.get(3)?,
                email: r.get(4)?,
                lang: r.get(5)?,
                form: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for Ready {
        id,
        decision,
        subject,
        body,
        email,
        lang,
        form,
    } in &ready
    {
        let lang = model::Lang::from_code(lang).unwrap_or_default();
        let message = letters
            .compose_decision(email, lang, subject, body)
            .map_err(failure)?;
        outbox::enqueue(&tx, email, &message, now)?;
        tx.execute(
            "UPDATE applications SET state = ?1, decided_at = ?2, updated_at = ?2 WHERE id = ?3",
            params![decision, now, id],
        )?;
        tx.execute(
            "UPDATE decisions SET sent_at = ?1 WHERE application_id = ?2",
            params![now, id],
        )?;
        audit(
            &tx,
            actor,
            "decision.send",
            &format!("application:{id}"),
            decision,
            now as u64,
        )?;
        if decision == ApplicationState::Accepted.code() {
            welcome(&tx, *id, form, (email, lang), actor, now, letters)?;
        }
    }
    let waiting: u32 = tx.query_row(
        "SELECT count(*) FROM decisions d JOIN applications a ON a.id = d.application_id
         WHERE a.call_slug = ?1 AND d.sent_at IS NULL",
        [slug],
        |r| r.get(0),
    )?;
    let in_review: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM applications WHERE call_slug = ?1
             AND state IN ('submitted', 'under-review', 'shortlisted'))",
        [slug],
        |r| r.get(0),
    )?;
    if !ready.is_empty() && !in_review {
        tx.execute(
            "UPDATE calls SET decided_at = ?1 WHERE slug = ?2 AND decided_at IS NULL",
            params![now, slug],
        )?;
    }
    tx.commit()?;
    Ok(Some((ready.len() as u32, waiting)))
}
