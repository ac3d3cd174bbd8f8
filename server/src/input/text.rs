//! Texts are stored in Unicode normalisation form C, so that "é" typed as one character or
//! as "e" + combining accent is the same text: for search, for length limits, and for the
//! unique-name rule.

use model::space::StartupEdit;
use unicode_normalization::UnicodeNormalization;

fn nfc(text: &mut String) {
    if !unicode_normalization::is_nfc(text) {
        *text = text.nfc().collect();
    }
}

/// Every text of an edit in NFC.
pub fn normalise(edit: &mut StartupEdit) {
    for text in [
        &mut edit.name,
        &mut edit.pitch.fr,
        &mut edit.pitch.en,
        &mut edit.description.fr,
        &mut edit.description.en,
    ] {
        nfc(text);
    }
    if let Some(spin_off) = edit.spin_off.as_mut() {
        nfc(&mut spin_off.lab);
    }
    for text in [&mut edit.careers_url, &mut edit.website, &mut edit.email]
        .into_iter()
        .flatten()
    {
        nfc(text);
    }
    for link in &mut edit.social {
        nfc(&mut link.url);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn decomposed_accents_are_composed() {
        let mut text = "Sante\u{301}".to_owned();
        super::nfc(&mut text);
        assert_eq!(text, "Santé");
        assert_eq!(text.chars().count(), 5);
    }
}
