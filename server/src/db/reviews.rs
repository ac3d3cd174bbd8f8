//! Reviewers, their conflicts of interest and their scores. A reviewer who declared a
//! conflict does not see the application at all ([`conflicted`]); an assigned reviewer
//! sees the others' scores only once theirs is given ([`board`]).

use model::calls::{median, ApplicationState, ReviewBoard, ReviewOf, ReviewScores, Reviewer};
use rusqlite::{params, Connection, OptionalExtension};

use super::{
    applications::{failure, immediate},
    team::{audit, Actor},
};

/// Whether `viewer` declared a conflict of interest on application `id`.
pub fn conflicted(conn: &Connection, id: i64, viewer: i64) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM review_assignments
             WHERE application_id = ?1 AND reviewer_id = ?2 AND conflict_at IS NOT NULL)",
        params![id, viewer],
        |r| r.get(0),
    )
}

/// The states in which an application is reviewed.
fn in_review(state: ApplicationState) -> bool {
    matches!(
        state,
        ApplicationState::Submitted | ApplicationState::UnderReview | ApplicationState::Shortlisted
    )
}

fn state_of(conn: &Connection, id: i64) -> rusqlite::Result<Option<ApplicationState>> {
    conn.query_row(
        "SELECT state FROM applications WHERE id = ?1 AND state <> 'draft'",
        [id],
        |r| r.get::<_, String>(0),
    )
    .optional()?
    .map(|code| ApplicationState::from_code(&code).ok_or_else(|| failure(code)))
    .transpose()
}

/// What a review write did.
#[derive(Debug)]
pub enum ReviewWrite {
    Done(Box<ReviewBoard>),
    NotFound,
    /// Not in review any more (decided, withdrawn).
    Refused(ApplicationState),
    /// Addresses that are no campus team account.
    UnknownStaff(Vec<String>),
    /// Only an assigned reviewer scores.
    NotAssigned,
    /// A reviewer who has not given its review changes no assignment (leaving and coming
    /// back would show it the others' scores).
    Blind,
}

/// Makes `emails` the reviewers of application `id`: new ones are added, the others
/// removed (with their scores). Conflicts already declared stay.
pub fn assign(
    conn: &mut Connection,
    id: i64,
    emails: &[String],
    actor: &Actor,
    now: i64,
) -> rusqlite::Result<ReviewWrite> {
    let tx = immediate(conn)?;
    if conflicted(&tx, id, actor.account_id)? {
        return Ok(ReviewWrite::NotFound);
    }
    if blind(&tx, id, actor.account_id)? {
        return Ok(ReviewWrite::Blind);
    }
    let Some(state) = state_of(&tx, id)? else {
        return Ok(ReviewWrite::NotFound);
    };
    if !in_review(state) {
        return Ok(ReviewWrite::Refused(state));
    }
    let mut ids = Vec::new();
    let mut unknown = Vec::new();
    for email in emails {
        let found: Option<i64> = tx
            .query_row(
                "SELECT id FROM accounts WHERE email = ?1 AND role = 'staff'",
                [email.trim()],
                |r| r.get(0),
            )
            .optional()?;
        match found {
            Some(reviewer) if !ids.contains(&reviewer) => ids.push(reviewer),
            Some(_) => {}
            None => unknown.push(email.clone()),
        }
    }
    if !unknown.is_empty() {
        return Ok(ReviewWrite::UnknownStaff(unknown));
    }
    let kept = serde_json::to_string(&ids).map_err(failure)?;
    tx.execute(
        "DELETE FROM review_assignments WHERE application_id = ?1 AND conflict_at IS NULL
             AND reviewer_id NOT IN (SELECT value FROM json_each(?2))",
        params![id, kept],
    )?;
    for reviewer in &ids {
        tx.execute(
            "INSERT OR IGNORE INTO review_assignments (application_id, reviewer_id, assigned_at)
             VALUES (?1, ?2, ?3)",
            params![id, reviewer, now],
        )?;
    }
    let names = emails.join(", ");
    audit(
        &tx,
        actor,
        "review.assign",
        &format!("application:{id}"),
        &names,
        now as u64,
    )?;
    let done = board(&tx, id, actor.account_id)?.ok_or_else(|| failure("the application went"))?;
    tx.commit()?;
    Ok(ReviewWrite::Done(Box::new(done)))
}

/// `actor` declares a conflict of interest on application `id` and steps aside: its
/// score, if any, is withdrawn, and the application is hidden from it from now on.
pub fn declare_conflict(
    conn: &mut Connection,
    id: i64,
    note: &str,
    actor: &Actor,
    now: i64,
) -> rusqlite::Result<bool> {
    let tx = immediate(conn)?;
    if conflicted(&tx, id, actor.account_id)? || state_of(&tx, id)?.is_none() {
        return Ok(false);
    }
    tx.execute(
        "DELETE FROM reviews WHERE application_id = ?1 AND reviewer_id = ?2",
        params![id, actor.account_id],
    )?;
    tx.execute(
        "INSERT INTO review_assignments (application_id, reviewer_id, assigned_at, conflict_at,
             conflict_note)
         VALUES (?1, ?2, ?3, ?3, ?4)
         ON CONFLICT (application_id, reviewer_id)
         DO UPDATE SET conflict_at = excluded.conflict_at, conflict_note = excluded.conflict_note",
        params![id, actor.account_id, now, note],
    )?;
    audit(
        &tx,
        actor,
        "review.conflict",
        &format!("application:{id}"),
        note,
        now as u64,
    )?;
    tx.commit()?;
    Ok(true)
}

/// Records `actor`'s scores for application `id` (replacing its earlier ones).
pub fn save_review(
    conn: &mut Connection,
    id: i64,
    scores: &ReviewScores,
    actor: &Actor,
    now: i64,
) -> rusqlite::Result<ReviewWrite> {
    let tx = immediate(conn)?;
    if conflicted(&tx, id, actor.account_id)? {
        return Ok(ReviewWrite::NotFound);
    }
    let Some(state) = state_of(&tx, id)? else {
        return Ok(ReviewWrite::NotFound);
    };
    if !matches!(
        state,
        ApplicationState::UnderReview | ApplicationState::Shortlisted
    ) {
        return Ok(ReviewWrite::Refused(state));
    }
    let assigned: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM review_assignments
             WHERE application_id = ?1 AND reviewer_id = ?2)",
        params![id, actor.account_id],
        |r| r.get(0),
    )?;
    if !assigned {
        return Ok(ReviewWrite::NotAssigned);
    }
    tx.execute(
        "INSERT INTO reviews (application_id, reviewer_id, scores, weighted, at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (application_id, reviewer_id)
         DO UPDATE SET scores = excluded.scores, weighted = excluded.weighted, at = excluded.at",
        params![
            id,
            actor.account_id,
            serde_json::to_string(scores).map_err(failure)?,
            scores.weighted(),
            now
        ],
    )?;
    // The score itself stays on the board, which keeps it from blind reviewers.
    let detail = "";
    audit(
        &tx,
        actor,
        "review.score",
        &format!("application:{id}"),
        detail,
        now as u64,
    )?;
    let done = board(&tx, id, actor.account_id)?.ok_or_else(|| failure("the application went"))?;
    tx.commit()?;
    Ok(ReviewWrite::Done(Box::new(done)))
}

/// Whether `viewer` reviews application `id` and has not given its review yet.
fn blind(conn: &Connection, id: i64, viewer: i64) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM review_assignments a WHERE a.application_id = ?1
             AND a.reviewer_id = ?2 AND a.conflict_at IS NULL AND NOT EXISTS (
                 SELECT 1 FROM reviews r WHERE r.application_id = ?1 AND r.reviewer_id = ?2))",
        params![id, viewer],
        |r| r.get(0),
    )
}

/// The reviews of application `id` as `viewer` may see them; `None` if it may not see the
/// application at all (unknown, a draft, or its own conflict).
pub fn board(conn: &Connection, id: i64, viewer: i64) -> rusqlite::Result<Option<ReviewBoard>> {
    if state_of(conn, id)?.is_none() || conflicted(conn, id, viewer)? {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT a.reviewer_id, ac.email, a.conflict_at IS NOT NULL, r.scores, r.weighted
         FROM review_assignments a JOIN accounts ac ON ac.id = a.reviewer_id
         LEFT JOIN reviews r
             ON r.application_id = a.application_id AND r.reviewer_id = a.reviewer_id
         WHERE a.application_id = ?1 ORDER BY ac.email",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<f64>>(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let parse = |json: &str| serde_json::from_str::<ReviewScores>(json).map_err(failure);
    let assigned = rows.iter().any(|row| row.0 == viewer);
    let mine = rows
        .iter()
        .find(|row| row.0 == viewer)
        .and_then(|row| row.3.as_deref())
        .map(parse)
        .transpose()?;
    let mut reviews = Vec::new();
    for (_, email, _, scores, weighted) in &rows {
        if let (Some(scores), Some(weighted)) = (scores, weighted) {
            reviews.push(ReviewOf {
                reviewer: email.clone(),
                scores: parse(scores)?,
                weighted: *weighted,
            });
        }
    }
    let given = reviews.len() as u32;
    // Blind until one's own is given, for those who review it.
    let visible = !assigned || mine.is_some();
    let weights: Vec<f64> = reviews.iter().map(|r| r.weighted).collect();
    Ok(Some(ReviewBoard {
        reviewers: rows
            .iter()
            .map(|(_, email, conflict, scores, _)| Reviewer {
                email: email.clone(),
                conflict: *conflict,
                reviewed: scores.is_some(),
            })
            .collect(),
        assigned,
        mine,
        median: if visible { median(&weights) } else { None },
        reviews: visible.then_some(reviews),
        given,
    }))
}

/// How many reviews application `id` has, and their median as `viewer` may see it.
pub fn standing(conn: &Connection, id: i64, viewer: i64) -> rusqlite::Result<(u32, Option<f64>)> {
    Ok(board(conn, id, viewer)?.map_or((0, None), |b| (b.given, b.median)))
}
