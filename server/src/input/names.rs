//! Two start-ups may not share a name, even written with other capitals or with letters
//! that look the same ("Datavoile", "DATAVOILE", "Dаtavoile" with a Cyrillic а,
//! "Datavoi1e"): names are compared by their UTS #39 confusable skeleton.

use unicode_security::confusable_detection::skeleton;

/// What two names that a reader would confuse have in common.
pub fn name_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let lower = words.join(" ").to_lowercase();
    // The skeleton maps look-alikes to one prototype, sometimes a capital ("0" → "O"):
    // lower-case again so that the prototypes of both cases meet.
    let once: String = skeleton(&lower).collect::<String>().to_lowercase();
    skeleton(&once).collect::<String>().to_lowercase()
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
        ] {
            assert_eq!(name_key(same), key, "{same}");
        }
        assert_ne!(name_key("Datavoiles"), key);
        assert_ne!(name_key("Cardiolume"), key);
        assert_eq!(name_key("Team'Doc"), name_key("team’doc"));
        assert_eq!(name_key("Simulab  Santé"), name_key("simulab santé"));
    }
}
