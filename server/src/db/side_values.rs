//! Multi-valued fields (domains, sectors, poles, audiences…) are rows of a side table,
//! `(slug, field, value, position)`, one per value; a card is read from its own row, then
//! given its values here, in their order.

use std::collections::HashMap;

use rusqlite::Connection;

/// A table of cards with their values in a side table.
pub struct SideValues<T> {
    /// The side table (`programme_values`) and its column naming the card
    /// (`programme_slug`).
    pub table: &'static str,
    pub slug_column: &'static str,
    /// Puts one value of `field` on a card (a conversion error for an unknown field).
    pub attach: fn(&mut T, &str, String) -> rusqlite::Result<()>,
}

impl<T> SideValues<T> {
    /// Gives every card of `cards` its values; `slug` names a card.
    pub fn attach_all(
        &self,
        conn: &Connection,
        cards: &mut [T],
        slug: fn(&T) -> &str,
    ) -> rusqlite::Result<()> {
        let position: HashMap<String, usize> = cards
            .iter()
            .enumerate()
            .map(|(i, card)| (slug(card).to_owned(), i))
            .collect();
        let mut values = conn.prepare(&format!(
            "SELECT {slug}, field, value FROM {table} ORDER BY {slug}, field, position",
            slug = self.slug_column,
            table = self.table,
        ))?;
        let mut rows = values.query([])?;
        while let Some(row) = rows.next()? {
            let card: String = row.get(0)?;
            if let Some(&i) = position.get(&card) {
                (self.attach)(&mut cards[i], &row.get::<_, String>(1)?, row.get(2)?)?;
            }
        }
        Ok(())
    }

    /// Gives the card `slug` its values.
    pub fn attach_one(&self, conn: &Connection, card: &mut T, slug: &str) -> rusqlite::Result<()> {
        let mut values = conn.prepare_cached(&format!(
            "SELECT field, value FROM {table} WHERE {slug_column} = ?1 ORDER BY field, position",
            table = self.table,
            slug_column = self.slug_column,
        ))?;
        let mut rows = values.query([slug])?;
        while let Some(row) = rows.next()? {
            (self.attach)(card, &row.get::<_, String>(0)?, row.get(1)?)?;
        }
        Ok(())
    }
}
