//! Reading columns back into the model's types, shared by every table's row readers: a
//! value the model does not know is a conversion error, never a silent default.

use model::Localised;
use rusqlite::Row;

/// A value read from the database that the model refuses.
pub fn conversion(e: impl std::fmt::Display) -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure(e.to_string().into())
}

/// A closed vocabulary's code.
pub fn coded<T>(text: String, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(&text).ok_or_else(|| conversion(format!("unknown code `{text}` in the database")))
}

/// A text in both languages, French in column `fr` and English in the next.
pub fn localised(row: &Row, fr: usize) -> rusqlite::Result<Localised> {
    Ok(Localised::new(
        row.get::<_, String>(fr)?,
        row.get::<_, String>(fr + 1)?,
    ))
}

/// An optional text in both languages: both columns NULL, or both set.
pub fn localised_opt(row: &Row, fr: usize) -> rusqlite::Result<Option<Localised>> {
    match (
        row.get::<_, Option<String>>(fr)?,
        row.get::<_, Option<String>>(fr + 1)?,
    ) {
        (Some(fr), Some(en)) => Ok(Some(Localised::new(fr, en))),
        (None, None) => Ok(None),
        _ => Err(conversion("a text in one language only")),
    }
}
