//! Search normalisation shared by the API and the app: accent- and case-insensitive,
//! French plurals tolerated, and "IA"/"AI" standing for artificial intelligence.

/// Lowercases and strips diacritics; anything not a letter or digit becomes a space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                out.push('a')
            }
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => out.push('i'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => out.push('u'),
            'ç' | 'Ç' => out.push('c'),
            'ñ' | 'Ñ' => out.push('n'),
            'ÿ' | 'Ÿ' => out.push('y'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => out.push(' '),
        }
    }
    out
}

/// Words that carry no meaning on their own in a query.
const STOP_WORDS: &[&str] = &[
    "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "un", "une",
    "and", "for", "in", "of", "on", "the", "to",
];

/// Light stemming: drops a plural `s`/`x` so "données" and "donnée" meet.
fn stem(word: &str) -> &str {
    if word.len() > 3 && (word.ends_with('s') || word.ends_with('x')) {
        &word[..word.len() - 1]
    } else {
        word
    }
}

/// The stemmed words of `text`, stop words removed, in order.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split_whitespace()
        .filter(|w| !STOP_WORDS.contains(w))
        .map(|w| stem(w).to_owned())
        .collect()
}

/// Multi-word phrases indexed under an abbreviation as well.
const PHRASES: &[(&[&str], &[&str])] = &[
    (&["intelligence", "artificielle"], &["ia", "ai"]),
    (&["artificial", "intelligence"], &["ai", "ia"]),
    (&["machine", "learning"], &["ml"]),
];

/// The searchable terms of a document: its words plus abbreviations of known phrases,
/// sorted and deduplicated for prefix lookups.
pub fn index_terms(text: &str) -> Vec<String> {
    let mut terms = words(text);
    let mut extra = Vec::new();
    for (phrase, abbreviations) in PHRASES {
        if terms
            .windows(phrase.len())
            .any(|w| w.iter().zip(*phrase).all(|(a, b)| a == b))
        {
            extra.extend(abbreviations.iter().map(|a| (*a).to_owned()));
        }
    }
    terms.extend(extra);
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// Whether some term starts with `prefix` (`terms` sorted).
pub fn has_prefix(terms: &[String], prefix: &str) -> bool {
    let start = terms.partition_point(|t| t.as_str() < prefix);
    terms.get(start).is_some_and(|t| t.starts_with(prefix))
}

/// Whether `word` is one of the terms exactly (`terms` sorted).
pub fn has_term(terms: &[String], word: &str) -> bool {
    terms.binary_search_by(|t| t.as_str().cmp(word)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Données de SANTÉ"), "donnees de sante");
        assert_eq!(
            fold("Cœur, l'État & PR[AI]RIE"),
            "coeur  l etat   pr ai rie"
        );
    }

    #[test]
    fn plural_and_accents_meet() {
        let terms = index_terms("Master Données de santé");
        for query in ["donnees", "donnée", "DONNEE", "données", "sant", "master"] {
            let q = &words(query)[0];
            assert!(has_prefix(&terms, q), "{query}");
        }
    }

    #[test]
    fn ia_finds_artificial_intelligence_in_both_languages() {
        let fr = index_terms("Intelligence artificielle pour la santé");
        let en = index_terms("Artificial intelligence for health");
        for terms in [&fr, &en] {
            assert!(has_term(terms, "ia") && has_term(terms, "ai"));
        }
        assert!(!has_term(&index_terms("Intelligence collective"), "ia"));
    }

    #[test]
    fn stop_words_are_dropped() {
        assert_eq!(
            words("Master of the données de santé"),
            ["master", "donnee", "sante"]
        );
    }
}
