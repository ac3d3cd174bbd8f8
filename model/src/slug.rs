use std::fmt;

pub const SLUG_MAX_LEN: usize = 64;

/// Why a string is not a valid slug.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlugError {
    Empty,
    TooLong,
    /// Only lowercase ASCII letters, digits and single inner hyphens are allowed.
    InvalidCharacters,
}

impl fmt::Display for SlugError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SlugError::Empty => write!(f, "slug is empty"),
            SlugError::TooLong => write!(f, "slug is longer than {SLUG_MAX_LEN} characters"),
            SlugError::InvalidCharacters => write!(
                f,
                "slug may only hold lowercase letters, digits and single inner hyphens"
            ),
        }
    }
}

/// Slugs identify resources in URLs (`/poles/recherche`): the same rule guards the
/// seed loader, the API path extractors and the app's router.
pub fn validate_slug(slug: &str) -> Result<(), SlugError> {
    if slug.is_empty() {
        return Err(SlugError::Empty);
    }
    if slug.len() > SLUG_MAX_LEN {
        return Err(SlugError::TooLong);
    }
    let allowed = slug
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !allowed || slug.starts_with('-') || slug.ends_with('-') || slug.contains("--") {
        return Err(SlugError::InvalidCharacters);
    }
    Ok(())
}

/// A slug made from a name: accents folded, words joined by hyphens, cut to
/// [`SLUG_MAX_LEN`] at a word's end ("École fictive (exemple)" gives
/// `ecole-fictive-exemple`); empty when the name has no letter or digit.
pub fn slug_from(name: &str) -> String {
    let mut slug = String::new();
    for word in crate::facet_search::fold(name).split_whitespace() {
        let word: String = word.chars().filter(char::is_ascii_alphanumeric).collect();
        if word.is_empty() {
            continue;
        }
        let extra = usize::from(!slug.is_empty()) + word.len();
        if slug.len() + extra > SLUG_MAX_LEN {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_give_valid_slugs() {
        assert_eq!(
            slug_from("École fictive (exemple)"),
            "ecole-fictive-exemple"
        );
        assert_eq!(slug_from("  Œuvre & santé — 2027 "), "oeuvre-sante-2027");
        assert_eq!(slug_from("…"), "");
        let long = slug_from(&"mot ".repeat(40));
        assert!(long.len() <= SLUG_MAX_LEN && validate_slug(&long).is_ok());
    }

    #[test]
    fn accepts_campus_slugs() {
        for slug in [
            "recherche",
            "patients-societe",
            "q-bio",
            "prairie",
            "isns",
            "a1",
        ] {
            assert_eq!(validate_slug(slug), Ok(()), "{slug}");
        }
    }

    #[test]
    fn rejects_malformed_slugs() {
        assert_eq!(validate_slug(""), Err(SlugError::Empty));
        assert_eq!(validate_slug(&"a".repeat(65)), Err(SlugError::TooLong));
        assert!(validate_slug(&"a".repeat(64)).is_ok());
        for bad in [
            "Recherche",
            "pôle",
            "a b",
            "-a",
            "a-",
            "a--b",
            "../etc",
            "a_b",
            "a%20",
        ] {
            assert_eq!(
                validate_slug(bad),
                Err(SlugError::InvalidCharacters),
                "{bad}"
            );
        }
    }
}
