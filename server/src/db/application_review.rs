//! Applications as the campus team reads and moves them. A draft is the applicant's own
//! until they submit it: the team sees neither its content nor its deck.

use model::{
    calls::{Actor, ApplicationState},
    team::{ApplicationRow, StaffApplication, StaffMember},
};
use rusqlite::{params, Connection, OptionalExtension};

use super::{
    applications::{failure, immediate, mail, new_link, row_by_id, view, Row},
    calls::load_call_summary,
    reviews,
    team::{audit, Actor as StaffActor},
};
use crate::{
    mail::{ApplicationLetter, Letters},
    paris,
};

/// The submitted applications to call `slug` that `viewer` may see, by their reviews'
/// median (best first, unreviewed last), then newest first; `None` if there is no call.
pub fn list_for_call(
    conn: &Connection,
    slug: &str,
    viewer: i64,
) -> rusqlite::Result<Option<Vec<ApplicationRow>>> {
    let known: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM calls WHERE slug = ?1)",
        [slug],
        |r| r.get(0),
    )?;
    if !known {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, json_extract(a.form, '$.company_name'), a.state, a.submitted_at,
             a.updated_at, d.application_id IS NOT NULL
         FROM applications a LEFT JOIN application_decks d ON d.application_id = a.id
         WHERE a.call_slug = ?1 AND a.state <> 'draft' AND NOT EXISTS (
             SELECT 1 FROM review_assignments c WHERE c.application_id = a.id
                 AND c.reviewer_id = ?2 AND c.conflict_at IS NOT NULL)
         ORDER BY a.submitted_at DESC, a.id DESC",
    )?;
    let mut rows = stmt
        .query_map(params![slug, viewer], |r| {
            let state: String = r.get(2)?;
            Ok(ApplicationRow {
                id: r.get(0)?,
                company: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                state: ApplicationState::from_code(&state).ok_or_else(|| failure(state))?,
                submitted: r.get::<_, Option<i64>>(3)?.map(paris::time_of),
                updated: paris::time_of(r.get(4)?),
                has_deck: r.get(5)?,
                reviews: 0,
                median: None,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for row in &mut rows {
        (row.reviews, row.median) = reviews::standing(conn, row.id, viewer)?;
    }
    // Stable: equal medians keep the newest first.
    rows.sort_by(|a, b| match (a.median, b.median) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    Ok(Some(rows))
}

/// A submitted application, for the team: not for a member who declared a conflict.
fn submitted_row(conn: &Connection, id: i64, viewer: i64) -> rusqlite::Result<Option<Row>> {
    if reviews::conflicted(conn, id, viewer)? {
        return Ok(None);
    }
    Ok(row_by_id(conn, id)?.filter(|row| row.state != ApplicationState::Draft))
}

fn staff_view(conn: &Connection, row: Row, now: i64) -> rusqlite::Result<StaffApplication> {
    let id = row.id;
    let application = view(conn, row, now)?;
    Ok(StaffApplication {
        id,
        next_states: application.state.next(Actor::Staff).to_vec(),
        application,
    })
}

pub fn load_for_staff(
    conn: &Connection,
    id: i64,
    viewer: i64,
    now: i64,
) -> rusqlite::Result<Option<StaffApplication>> {
    submitted_row(conn, id, viewer)?
        .map(|row| staff_view(conn, row, now))
        .transpose()
}

/// The pitch deck of a submitted application.
pub fn deck_pdf(conn: &Connection, id: i64, viewer: i64) -> rusqlite::Result<Option<Vec<u8>>> {
    if submitted_row(conn, id, viewer)?.is_none() {
        return Ok(None);
    }
    conn.query_row(
        "SELECT pdf FROM application_decks WHERE application_id = ?1",
        [id],
        |r| r.get(0),
    )
    .optional()
}

/// What a state change by the team did.
#[derive(Debug)]
pub enum StateChanged {
    Done(Box<StaffApplication>),
    NotFound,
    /// Not an edge the team may take from this state.
    Refused(ApplicationState),
}

/// Moves application `id` to `to`, if the team may: its letter (with a fresh link) goes to
/// the outbox and the audit log records who did it, in the same transaction. Decisions
/// (accepted, declined) are not taken here: they wait in the decision outbox.
pub fn change_state(
    conn: &mut Connection,
    id: i64,
    to: ApplicationState,
    actor: &StaffActor,
    now: i64,
    letters: &Letters,
) -> rusqlite::Result<StateChanged> {
    let letter = match to {
        ApplicationState::UnderReview => ApplicationLetter::UnderReview,
        ApplicationState::Shortlisted => ApplicationLetter::Shortlisted,
        _ => {
            return state_of(conn, id, actor.account_id)
                .map(|s| s.map_or(StateChanged::NotFound, StateChanged::Refused))
        }
    };
    let tx = immediate(conn)?;
    let Some(row) = submitted_row(&tx, id, actor.account_id)? else {
        return Ok(StateChanged::NotFound);
    };
    if !row.state.can_become(to, Actor::Staff) {
        return Ok(StateChanged::Refused(row.state));
    }
    tx.execute(
        "UPDATE applications SET state = ?1, updated_at = ?2 WHERE id = ?3",
        params![to.code(), now, id],
    )?;
    let call = load_call_summary(&tx, &row.call_slug, now)?
        .ok_or_else(|| failure("an application names no call"))?;
    let token = new_link(&tx, id, now)?;
    mail(
        &tx,
        letters,
        letter,
        (&row.email, row.lang),
        &call,
        Some(&token),
        now,
    )?;
    audit(
        &tx,
        actor,
        "application.state",
        &format!("application:{id}"),
        &format!("{} -> {}", row.state.code(), to.code()),
        now as u64,
    )?;
    let changed =
        submitted_row(&tx, id, actor.account_id)?.ok_or_else(|| failure("the application went"))?;
    let done = staff_view(&tx, changed, now)?;
    tx.commit()?;
    Ok(StateChanged::Done(Box::new(done)))
}

fn state_of(conn: &Connection, id: i64, viewer: i64) -> rusqlite::Result<Option<ApplicationState>> {
    Ok(submitted_row(conn, id, viewer)?.map(|row| row.state))
}

/// The campus team's accounts, to pick reviewers from.
pub fn staff_members(conn: &Connection) -> rusqlite::Result<Vec<StaffMember>> {
    let mut stmt = conn.prepare_cached(
        "SELECT email, last_sign_in FROM accounts WHERE role = 'staff' ORDER BY email",
    )?;
    let members = stmt
        .query_map([], |r| {
            Ok(StaffMember {
                email: r.get(0)?,
                last_sign_in: r.get::<_, Option<i64>>(1)?.map(paris::time_of),
            })
        })?
        .collect();
    members
}
