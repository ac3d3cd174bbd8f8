use serde::{Deserialize, Serialize};

/// The two languages of the portal. French is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// BCP 47 code, as used in `lang` attributes and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the first supported language from a browser preference list
    /// (`navigator.languages`, e.g. `["en-GB", "fr"]`), matching on the primary subtag.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred
            .into_iter()
            .find_map(|tag| Lang::from_code(tag.split(['-', '_']).next().unwrap_or("")))
    }

    /// The preferred supported language of an `Accept-Language` header, by q-value.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut tags: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && !tag.is_empty()).then_some((q, i, tag))
            })
            .collect();
        crate::order::sort_by(&mut tags, &|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Lang::negotiate(tags.into_iter().map(|(_, _, tag)| tag))
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }
}

/// A text given in both languages. The API always sends both, so the app can switch
/// language without a new request.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localised {
    pub fr: String,
    pub en: String,
}

impl Localised {
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Self {
        Localised {
            fr: fr.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// Both translations must be present: a half-translated text is a data error.
    pub fn is_complete(&self) -> bool {
        !self.fr.trim().is_empty() && !self.en.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_on_primary_subtag_in_preference_order() {
        assert_eq!(Lang::negotiate(["en-GB", "fr-FR"]), Some(Lang::En));
        assert_eq!(Lang::negotiate(["de-DE", "fr-CA", "en"]), Some(Lang::Fr));
        assert_eq!(Lang::negotiate(["de", "es"]), None);
        assert_eq!(Lang::negotiate([]), None);
    }

    #[test]
    fn reads_accept_language_by_quality() {
        assert_eq!(Lang::from_accept_language("en-US,en;q=0.9"), Some(Lang::En));
        assert_eq!(
            Lang::from_accept_language("de;q=0.9,fr;q=0.5,en;q=0.7"),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_accept_language("fr-FR,fr;q=0.9,en;q=0.8"),
            Some(Lang::Fr)
        );
        assert_eq!(Lang::from_accept_language("en;q=0,fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_accept_language("de, es"), None);
        assert_eq!(Lang::from_accept_language("en;q=abc"), None);
        assert_eq!(Lang::from_accept_language(""), None);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_code("english"), None);
    }

    #[test]
    fn localised_picks_language_and_checks_completeness() {
        let text = Localised::new("Recherche", "Research");
        assert_eq!(text.get(Lang::Fr), "Recherche");
        assert_eq!(text.get(Lang::En), "Research");
        assert!(text.is_complete());
        assert!(!Localised::new("Recherche", "  ").is_complete());
    }

    #[test]
    fn localised_wire_format_is_an_object_per_language() {
        let json = serde_json::to_value(Localised::new("a", "b")).unwrap();
        assert_eq!(json, serde_json::json!({"fr": "a", "en": "b"}));
    }
}
