use serde::{Deserialize, Serialize};

use crate::{validate_slug, Localised, SlugError};

/// The five poles' identifiers, in campus order, as the seed (`campus.json`) gives them:
/// generated sample data files each programme and start-up under these.
pub const POLE_SLUGS: [&str; 5] = [
    "recherche",
    "patients-societe",
    "formation",
    "entrepreneuriat",
    "professionnels-sante",
];

/// Where a campus fact comes from, and when it was true: a figure of February 2022 must
/// never read as today's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactSource {
    /// What published it: the article and its publication ("« PariSanté Campus, le carrefour
    /// du numérique en santé », Innov'Asso").
    pub by: String,
    /// The month it describes, `YYYY-MM`.
    pub as_of: String,
}

impl FactSource {
    /// `as_of` as (year, month), if it is a valid `YYYY-MM`.
    pub fn year_month(&self) -> Option<(u16, u8)> {
        let (year, month) = self.as_of.split_once('-')?;
        let (year, month): (u16, u8) = (year.parse().ok()?, month.parse().ok()?);
        (year >= 1900 && (1..=12).contains(&month) && self.as_of.len() == 7)
            .then_some((year, month))
    }
}

/// A key figure of the campus ("400 M€ — public–private budget").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFigure {
    pub id: String,
    /// Display value, already formatted for each language ("15 000 m²" / "15,000 m²").
    pub value: Localised,
    pub label: Localised,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Localised>,
    pub source: FactSource,
}

/// A founding member or partner organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub slug: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    pub description: Localised,
}

/// A research institute hosted on the campus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institute {
    pub slug: String,
    pub name: String,
    pub description: Localised,
    /// Slugs of the poles the institute works with.
    pub poles: Vec<String>,
}

/// The campus itself: what `GET /api/v1/campus` returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campus {
    pub name: String,
    pub tagline: Localised,
    /// The campus story, one paragraph per entry.
    pub story: Vec<Localised>,
    pub key_figures: Vec<KeyFigure>,
    /// Where the story, founders, institutes and partners come from.
    pub source: FactSource,
    pub founders: Vec<Organisation>,
    pub institutes: Vec<Institute>,
    pub partners: Vec<Organisation>,
    pub poles: Vec<PoleSummary>,
}

/// A pole as listed (`GET /api/v1/poles`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoleSummary {
    pub slug: String,
    pub name: Localised,
    pub summary: Localised,
}

/// A pole with its full description and institutes (`GET /api/v1/poles/{slug}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pole {
    pub slug: String,
    pub name: Localised,
    pub summary: Localised,
    pub description: Vec<Localised>,
    pub institutes: Vec<Institute>,
}

impl Pole {
    pub fn summary(&self) -> PoleSummary {
        PoleSummary {
            slug: self.slug.clone(),
            name: self.name.clone(),
            summary: self.summary.clone(),
        }
    }

    /// The rules a pole must meet to be stored: a valid slug and every text in both languages.
    pub fn validate(&self) -> Result<(), String> {
        validate_slug(&self.slug).map_err(|e: SlugError| format!("pole `{}`: {e}", self.slug))?;
        let texts = [&self.name, &self.summary]
            .into_iter()
            .chain(self.description.iter());
        for text in texts {
            if !text.is_complete() {
                return Err(format!("pole `{}`: a text lacks a translation", self.slug));
            }
        }
        if self.description.is_empty() {
            return Err(format!("pole `{}`: description is empty", self.slug));
        }
        Ok(())
    }
}

/// `GET /api/v1/health`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pole() -> Pole {
        Pole {
            slug: "recherche".into(),
            name: Localised::new("Recherche", "Research"),
            summary: Localised::new("Résumé", "Summary"),
            description: vec![Localised::new("Texte", "Text")],
            institutes: vec![],
        }
    }

    #[test]
    fn valid_pole_passes() {
        assert_eq!(pole().validate(), Ok(()));
    }

    #[test]
    fn pole_with_bad_slug_or_missing_translation_fails() {
        let mut bad = pole();
        bad.slug = "Recherche".into();
        assert!(bad.validate().unwrap_err().contains("slug"));

        let mut half = pole();
        half.description.push(Localised::new("Texte", ""));
        assert!(half.validate().unwrap_err().contains("translation"));

        let mut empty = pole();
        empty.description.clear();
        assert!(empty.validate().unwrap_err().contains("empty"));
    }

    #[test]
    fn summary_keeps_identity_fields() {
        let p = pole();
        let s = p.summary();
        assert_eq!((s.slug, s.name, s.summary), (p.slug, p.name, p.summary));
    }
}
