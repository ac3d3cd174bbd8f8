//! The agenda's running parts: the in-memory index of event cards (rebuilt when a
//! registration changes the seats, and when time alone changes a card), the mail room
//! that delivers the outbox, and the periodic work (expired holds, reminders).

use std::sync::{Arc, RwLock};

use model::agenda::AgendaIndex;
use tokio::sync::Notify;

use crate::{
    clock,
    db::{self, Db, DbError},
    mail::{outbox, Letters, Transport},
};

/// How often the periodic work runs (holds expire to the minute, reminders to the hour).
const TICK: std::time::Duration = std::time::Duration::from_secs(30);
/// The longest an index is kept: changes made by the `event` command (another process)
/// show within this.
const MAX_AGE: i64 = 10;

/// The event cards, indexed in memory, with the time at which they go stale by themselves.
#[derive(Default)]
pub struct AgendaCache {
    slot: RwLock<Option<(Arc<AgendaIndex>, Option<i64>)>>,
}

impl AgendaCache {
    /// The index as it is at `now`, rebuilt if a change or the clock made it stale.
    pub async fn index(&self, db: &Db, now: i64) -> Result<Arc<AgendaIndex>, DbError> {
        if let Some((index, until)) = &*self.read() {
            if until.is_none_or(|t| now < t) {
                return Ok(Arc::clone(index));
            }
        }
        let (events, until) = db
            .read(move |conn| {
                Ok((
                    db::load_event_summaries(conn, now)?,
                    db::next_agenda_change(conn, now)?,
                ))
            })
            .await?;
        let index = Arc::new(AgendaIndex::new(events));
        let until = until.map_or(now + MAX_AGE, |t| t.min(now + MAX_AGE));
        *self.write() = Some((Arc::clone(&index), Some(until)));
        Ok(index)
    }

    /// Drops the index after a change to events or seats: the next read rebuilds it.
    pub fn invalidate(&self) {
        *self.write() = None;
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Option<(Arc<AgendaIndex>, Option<i64>)>> {
        self.slot.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Option<(Arc<AgendaIndex>, Option<i64>)>> {
        self.slot.write().unwrap_or_else(|p| p.into_inner())
    }
}

/// What sends mail: how letters are composed, where they go, and the bell that wakes the
/// mail room when a letter is written.
pub struct Mail {
    pub letters: Letters,
    pub transport: Transport,
    pub bell: Notify,
}

/// Delivers every due letter once; a failure is recorded for a later attempt.
pub async fn deliver_due(db: &Db, mail: &Mail) -> Result<usize, DbError> {
    let now = clock::now_unix() as i64;
    let due = db.read(move |conn| outbox::due(conn, now)).await?;
    let mut delivered = 0;
    let from = mail.letters.from.email.to_string();
    for letter in due {
        let (id, attempts) = (letter.id, letter.attempts);
        match mail
            .transport
            .send(&from, &letter.recipient, &letter.message)
            .await
        {
            Ok(()) => {
                db.read(move |conn| outbox::delivered(conn, id)).await?;
                delivered += 1;
            }
            Err(e) => {
                // The recipient is personal data: never in the logs.
                tracing::warn!(
                    letter = id,
                    attempts,
                    "mail delivery failed: {e}; trying again later"
                );
                let now = clock::now_unix() as i64;
                db.read(move |conn| outbox::failed(conn, id, attempts, now))
                    .await?;
            }
        }
    }
    Ok(delivered)
}

/// The periodic work once, at `now`: holds past their time are released (their seats go
/// to the waitlist) and the day-before reminders are written. Returns how many letters
/// it wrote.
pub async fn upkeep(db: &Db, letters: &Letters, now: i64) -> Result<usize, DbError> {
    let letters = letters.clone();
    db.write(move |conn| {
        let promoted = db::settle_expired_holds(conn, now, &letters)?;
        let reminded = db::send_reminders(conn, now, &letters)?;
        Ok(promoted + reminded)
    })
    .await
}

/// Runs the mail room and the periodic work until the process ends.
pub fn spawn(db: Arc<Db>, mail: Arc<Mail>, cache: Arc<AgendaCache>) {
    let (room_db, room_mail) = (db.clone(), mail.clone());
    tokio::spawn(async move {
        loop {
            if let Err(e) = deliver_due(&room_db, &room_mail).await {
                tracing::warn!("mail room: {e}");
            }
            // Woken by a new letter, or at the next tick for retries.
            let _ = tokio::time::timeout(TICK, room_mail.bell.notified()).await;
        }
    });
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(TICK);
        loop {
            tick.tick().await;
            let now = clock::now_unix() as i64;
            match upkeep(&db, &mail.letters, now).await {
                Ok(0) => {}
                Ok(_) => {
                    cache.invalidate();
                    mail.bell.notify_one();
                }
                Err(e) => tracing::warn!("agenda upkeep: {e}; trying again in {TICK:?}"),
            }
        }
    });
}
