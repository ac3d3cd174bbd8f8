//! Inviting people to a start-up's space: a single-use link that expires in
//! [`INVITATION_DAYS`] days, where the invited person chooses a password. Accepting an
//! application creates the start-up's profile from it (unpublished) and invites the
//! applicant; the team may invite more members, and publishes the profile when it is ready.

use model::{
    calls::ApplicationForm,
    directory::{Startup, StartupSummary},
    team::{TeamMember, TeamStartup},
    Localised,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use unicode_normalization::UnicodeNormalization;

use super::{
    accounts::{create_account, create_session},
    startups::insert_startup,
    team::{audit, Actor},
};
use crate::auth::{new_token, sha256_hex};

/// How long an invitation link works.
pub const INVITATION_DAYS: u64 = 7;

/// A slug for a new profile from a company's name ("Santé Plus (exemple)" gives
/// `sante-plus-exemple`), made unique with a number if needed.
pub fn free_slug(tx: &Connection, name: &str) -> rusqlite::Result<String> {
    let folded: String = name
        .nfd()
        .filter(|c| c.is_ascii())
        .collect::<String>()
        .to_ascii_lowercase();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let base = if words.is_empty() {
        "start-up".to_owned()
    } else {
        words
            .join("-")
            .chars()
            .take(60)
            .collect::<String>()
            .trim_end_matches('-')
            .to_owned()
    };
    for n in 1.. {
        let slug = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM startups WHERE slug = ?1)",
            [&slug],
            |r| r.get(0),
        )?;
        if !taken {
            return Ok(slug);
        }
    }
    unreachable!("an unbounded range ends only by returning")
}

/// Creates the unpublished profile of an accepted application, with what the form gives
/// (name, stage, founding year, poles); the rest is the start-up's to complete, as for a
/// real start-up awaiting completion. Returns its slug.
pub fn profile_from_application(
    tx: &Transaction,
    form: &ApplicationForm,
) -> rusqlite::Result<String> {
    let slug = free_slug(tx, &form.company_name)?;
    let awaiting = |fr: &str, en: &str| Localised {
        fr: fr.to_owned(),
        en: en.to_owned(),
    };
    let profile = Startup {
        summary: StartupSummary {
            slug: slug.clone(),
            name: form.company_name.trim().to_owned(),
            logo: None,
            pitch: awaiting(
                "À compléter par la start-up.",
                "To be completed by the start-up.",
            ),
            sectors: Vec::new(),
            poles: form.poles.clone(),
            stage: form.stage,
            founded: form.founded.and_then(|d| u16::try_from(d.year).ok()),
            team_size: None,
            spin_off: None,
            hiring: false,
            member_since: None,
            updated: None,
            sample: false,
        },
        description: awaiting(
            "Start-up retenue par un appel à candidatures de PariSanté Campus. Le reste de la fiche est à compléter par la start-up.",
            "A start-up accepted by a PariSanté Campus call for applications. The rest of the profile is to be completed by the start-up.",
        ),
        careers_url: None,
        website: None,
        email: None,
        social: Vec::new(),
    };
    insert_startup(tx, &profile)?;
    tx.execute("UPDATE startups SET published = 0 WHERE slug = ?1", [&slug])?;
    Ok(slug)
}

/// A new invitation of `email` to start-up `slug`: the link's secret, to be mailed.
pub fn invite(
    tx: &Connection,
    email: &str,
    slug: &str,
    invited_by: &str,
    now: u64,
) -> rusqlite::Result<String> {
    let token = new_token();
    tx.execute(
        "INSERT INTO invitations (token_hash, email, startup_slug, invited_by, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            sha256_hex(&token),
            email.trim(),
            slug,
            invited_by,
            now,
            now + INVITATION_DAYS * 24 * 3600
        ],
    )?;
    Ok(token)
}

/// Whether `email` has an account already (a member's or the team's).
pub fn has_account(conn: &Connection, email: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM accounts WHERE email = ?1)",
        [email.trim()],
        |r| r.get(0),
    )
}

/// An invitation as its link shows it: to whom, for which start-up.
#[derive(Debug, PartialEq, Eq)]
pub struct Invitation {
    pub email: String,
    pub startup: String,
    pub startup_name: String,
}

/// Why an invitation link does not open.
#[derive(Debug, PartialEq, Eq)]
pub enum InvitationState {
    Open(Invitation),
    /// Unknown, used, or expired: the same answer, so a link reveals nothing once spent.
    Closed,
}

pub fn invitation(conn: &Connection, token: &str, now: u64) -> rusqlite::Result<InvitationState> {
    let found = conn
        .query_row(
            "SELECT i.email, i.startup_slug, s.name FROM invitations i
             JOIN startups s ON s.slug = i.startup_slug
             WHERE i.token_hash = ?1 AND i.used_at IS NULL AND i.expires_at > ?2",
            params![sha256_hex(token), now],
            |r| {
                Ok(Invitation {
                    email: r.get(0)?,
                    startup: r.get(1)?,
                    startup_name: r.get(2)?,
                })
            },
        )
        .optional()?;
    Ok(found.map_or(InvitationState::Closed, InvitationState::Open))
}

/// What accepting an invitation did.
#[derive(Debug, PartialEq, Eq)]
pub enum Accepted {
    /// The account is created and a session open: its id.
    SignedIn(i64),
    Closed,
    /// The address already has an account: it signs in with its own password (the link
    /// stays unused; the account is not changed).
    Taken,
}

/// Spends invitation `token`: the account is created with `password_hash` and a session
/// opened, in one transaction, so a link works once even when clicked twice at once.
pub fn accept(
    conn: &mut Connection,
    token: &str,
    password_hash: &str,
    session: (&str, &str, u64, u64),
) -> rusqlite::Result<Accepted> {
    let (token_hash, csrf, now, expires) = session;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let InvitationState::Open(invitation) = invitation(&tx, token, now)? else {
        return Ok(Accepted::Closed);
    };
    let existing: Option<(i64, Option<String>)> = tx
        .query_row(
            "SELECT id, startup_slug FROM accounts WHERE email = ?1",
            [&invitation.email],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let id = match existing {
        Some(_) => return Ok(Accepted::Taken),
        None => {
            let created = crate::clock::utc_of_unix(now);
            create_account(
                &tx,
                &invitation.email,
                password_hash,
                Some(&invitation.startup),
                &created,
            )?;
            tx.last_insert_rowid()
        }
    };
    tx.execute(
        "UPDATE invitations SET used_at = ?1 WHERE token_hash = ?2",
        params![now, sha256_hex(token)],
    )?;
    create_session(&tx, token_hash, id, csrf, now, expires)?;
    tx.commit()?;
    Ok(Accepted::SignedIn(id))
}

/// Every start-up with its members and open invitations, by name.
pub fn team_startups(conn: &Connection, now: u64) -> rusqlite::Result<Vec<TeamStartup>> {
    let mut startups: Vec<TeamStartup> = conn
        .prepare(
            "SELECT s.slug, s.name, s.published, s.sample,
                 (SELECT count(*) FROM invitations i WHERE i.startup_slug = s.slug
                      AND i.used_at IS NULL AND i.expires_at > ?1)
             FROM startups s ORDER BY s.name COLLATE NOCASE, s.slug",
        )?
        .query_map([now], |r| {
            Ok(TeamStartup {
                slug: r.get(0)?,
                name: r.get(1)?,
                published: r.get(2)?,
                sample: r.get(3)?,
                members: Vec::new(),
                open_invitations: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(
        "SELECT startup_slug, id, email, last_sign_in FROM accounts
         WHERE role = 'member' ORDER BY email",
    )?;
    let members = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            TeamMember {
                id: r.get(1)?,
                email: r.get(2)?,
                last_sign_in: r.get::<_, Option<i64>>(3)?.map(crate::paris::time_of),
            },
        ))
    })?;
    for member in members {
        let (slug, member) = member?;
        if let Some(startup) = startups.iter_mut().find(|s| s.slug == slug) {
            startup.members.push(member);
        }
    }
    Ok(startups)
}

/// Removes a start-up member's account (its sessions end with it); `None` if there is no
/// member account `id`, else the start-up it belonged to.
pub fn remove_member(
    conn: &mut Connection,
    id: i64,
    actor: &Actor,
    now: u64,
) -> rusqlite::Result<Option<String>> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let found: Option<(String, String)> = tx
        .query_row(
            "SELECT email, startup_slug FROM accounts WHERE id = ?1 AND role = 'member'",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((email, slug)) = found else {
        return Ok(None);
    };
    tx.execute("DELETE FROM accounts WHERE id = ?1", [id])?;
    audit(
        &tx,
        actor,
        "account.remove",
        &format!("startup:{slug}"),
        &email,
        now,
    )?;
    tx.commit()?;
    Ok(Some(slug))
}

/// Publishes or unpublishes start-up `slug`; `false` if there is none.
pub fn set_published(
    conn: &mut Connection,
    slug: &str,
    published: bool,
    actor: &Actor,
    now: u64,
) -> rusqlite::Result<bool> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // The version moves, so the directory's stamp (and its ETag) does too.
    let changed = tx.execute(
        "UPDATE startups SET published = ?1, version = version + 1 WHERE slug = ?2",
        params![published, slug],
    )?;
    if changed == 0 {
        return Ok(false);
    }
    let action = if published {
        "startup.publish"
    } else {
        "startup.unpublish"
    };
    audit(&tx, actor, action, &format!("startup:{slug}"), "", now)?;
    tx.commit()?;
    Ok(true)
}
