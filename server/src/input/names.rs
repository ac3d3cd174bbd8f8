//! Two start-ups may not share a name, even written with other capitals, with letters
//! that look the same ("Datavoile", "DATAVOILE", "Dаtavoile" with a Cyrillic а,
//! "Datavoi1e"), or with other spaces, punctuation or symbols ("Data voile",
//! "Datavoile.", "Datavoile™"): names are compared by their letters and digits only, each
//! taken to its UTS #39 confusable skeleton.

use unicode_normalization::char::is_combining_mark;
use unicode_security::confusable_detection::skeleton;

/// Letters, digits and the accents on them; not spaces, punctuation or symbols.
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// What two names that a reader would confuse have in common.
pub fn name_key(name: &str) -> String {
    let letters: String = name.chars().filter(|c| is_name_char(*c)).collect();
    let lower = letters.to_lowercase();
    // The skeleton maps look-alikes to one prototype, sometimes a capital ("0" → "O"),
    // sometimes a sign ("rn" stays, "ℹ" → "i"): lower-case again so that the prototypes of
    // both cases meet, and keep letters and digits of what it gives.
    let once: String = skeleton(&lower).collect::<String>().to_lowercase();
    skeleton(&once)
        .collect::<String>()
        .to_lowercase()
        .chars()
        .filter(|c| is_name_char(*c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn look_alikes_and_capitals_share_a_key() {
        let key = name_key("Datavoile");
        for same in [
            "DATAVOILE",
            "datavoile",
            " Datavoile ",
            "D\u{430}tavoile",
            "Datavoi1e",
            "Datav0ile",
            "Ｄatavoile",
            "Datavoile.",
            "Datavoile™",
            "Datavoile-",
            "Data voile",
            "Data-Voile",
            "«Datavoile»",
        ] {
            assert_eq!(name_key(same), key, "{same}");
        }
        assert_ne!(name_key("Datavoiles"), key);
        assert_ne!(name_key("Cardiolume"), key);
        assert_ne!(name_key("Datavoile 2"), key);
        assert_ne!(name_key("Télévoile"), name_key("Televoile2"));
        assert_eq!(name_key("Team'Doc"), name_key("team’doc"));
        assert_eq!(name_key("Simulab  Santé"), name_key("simulab santé"));
    }
}
