//! A registration row as the changes read it.

use model::agenda::RegistrationState;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::mail::Recipient;

/// One registration row, as the changes read it.
pub struct Row {
    pub id: i64,
    pub event_slug: String,
    pub state: RegistrationState,
    pub holds_seat: bool,
    pub hold_until: Option<i64>,
    pub recipient: Recipient,
    pub token: String,
}

fn state_of(text: String) -> rusqlite::Result<RegistrationState> {
    RegistrationState::from_code(&text).ok_or_else(|| {
        rusqlite::Error::ToSqlConversionFailure(format!("unknown state `{text}`").into())
    })
}

pub const ROW_COLUMNS: &str =
    "id, event_slug, state, holds_seat, hold_until, name, email, lang, token";

pub fn row_of(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok(Row {
        id: r.get(0)?,
        event_slug: r.get(1)?,
        state: state_of(r.get(2)?)?,
        holds_seat: r.get(3)?,
        hold_until: r.get(4)?,
        recipient: Recipient {
            name: r.get(5)?,
            email: r.get(6)?,
            lang: model::Lang::from_code(&r.get::<_, String>(7)?).unwrap_or_default(),
        },
        token: r.get(8)?,
    })
}

pub fn by_token(conn: &Connection, token: &str) -> rusqlite::Result<Option<Row>> {
    conn.query_row(
        &format!("SELECT {ROW_COLUMNS} FROM registrations WHERE token = ?1"),
        [token],
        row_of,
    )
    .optional()
}

pub fn set_state(
    tx: &Transaction,
    id: i64,
    state: RegistrationState,
    seat: bool,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE registrations SET state = ?2, holds_seat = ?3, hold_until = NULL WHERE id = ?1",
        params![id, state.code(), seat],
    )?;
    Ok(())
}
