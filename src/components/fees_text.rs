//! What a programme page and the comparison say of fees: only what the programme gives. A
//! programme with no amount, no note and no official page (a sample) says nothing of fees.

use model::{catalogue::Programme, Lang};

use crate::i18n::PageTexts;

/// The yearly amount, or "not published, see the official page" when there is one to see.
pub fn fees_amount(t: &PageTexts, p: &Programme) -> Option<String> {
    match (p.fees_eur, &p.url) {
        (Some(euros), _) => Some((t.fees)(euros)),
        (None, Some(_)) => Some(t.fees_unknown.to_owned()),
        (None, None) => None,
    }
}

/// The amount followed by the note on what it depends on; `None`: no fee line at all.
pub fn fees_text(t: &PageTexts, lang: Lang, p: &Programme) -> Option<String> {
    let note = p.fees_note.as_ref().map(|note| note.get(lang).to_owned());
    match (fees_amount(t, p), note) {
        (Some(amount), Some(note)) => Some(format!("{amount}. {note}")),
        (amount, note) => amount.or(note),
    }
}
