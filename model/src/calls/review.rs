//! How the campus team reviews an application: each reviewer scores it on weighted
//! criteria, with a comment; an application's standing is the median of its reviews'
//! weighted scores, so one generous or harsh reviewer does not decide alone.

use serde::{Deserialize, Serialize};

use crate::facet_search::coded_enum;

coded_enum! {
    /// What a reviewer scores, each from 0 to [`MAX_SCORE`].
    Criterion {
        Fit => "fit", "Adéquation avec le campus", "Fit with the campus";
        Team => "team", "Équipe", "Team";
        HealthImpact => "health-impact", "Impact pour la santé", "Health impact";
        ResearchLink => "research-link", "Lien avec la recherche", "Research link";
        Maturity => "maturity", "Maturité", "Maturity";
    }
}

/// The highest score of a criterion.
pub const MAX_SCORE: u8 = 5;
/// A review's comment, in characters.
pub const COMMENT_MAX: usize = 3000;

impl Criterion {
    /// How much the criterion counts: the campus's mission first (its fit and what it
    /// brings to patients), then the team, then the rest.
    pub fn weight(self) -> u32 {
        match self {
            Criterion::Fit | Criterion::HealthImpact => 3,
            Criterion::Team => 2,
            Criterion::ResearchLink | Criterion::Maturity => 1,
        }
    }
}

/// One reviewer's scores and comment (`PUT /team/applications/{id}/review`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewScores {
    pub fit: u8,
    pub team: u8,
    pub health_impact: u8,
    pub research_link: u8,
    pub maturity: u8,
    #[serde(default)]
    pub comment: String,
}

impl ReviewScores {
    pub fn score(&self, criterion: Criterion) -> u8 {
        match criterion {
            Criterion::Fit => self.fit,
            Criterion::Team => self.team,
            Criterion::HealthImpact => self.health_impact,
            Criterion::ResearchLink => self.research_link,
            Criterion::Maturity => self.maturity,
        }
    }

    /// The field errors of a review: each score within 0..=5, the comment bounded.
    pub fn check(&self) -> Vec<crate::directory::FieldError> {
        let mut errors: Vec<_> = Criterion::ALL
            .iter()
            .filter(|c| self.score(**c) > MAX_SCORE)
            .map(|c| crate::directory::FieldError {
                field: c.code().replace('-', "_"),
                reason: format!("a score is from 0 to {MAX_SCORE}"),
            })
            .collect();
        if self.comment.chars().count() > COMMENT_MAX {
            errors.push(crate::directory::FieldError {
                field: "comment".into(),
                reason: format!("at most {COMMENT_MAX} characters"),
            });
        }
        errors
    }

    /// The weighted mean of the scores, from 0 to [`MAX_SCORE`].
    pub fn weighted(&self) -> f64 {
        let total: u32 = Criterion::ALL.iter().map(|c| c.weight()).sum();
        let sum: u32 = Criterion::ALL
            .iter()
            .map(|c| c.weight() * u32::from(self.score(*c)))
            .sum();
        f64::from(sum) / f64::from(total)
    }
}

/// The median of some weighted scores; `None` without any.
pub fn median(scores: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = scores.iter().copied().filter(|s| s.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    })
}

/// Who reviews an application, as the team's board shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reviewer {
    pub email: String,
    /// Declared a conflict of interest: this reviewer no longer sees the application.
    pub conflict: bool,
    pub reviewed: bool,
}

/// A review as others read it, once they may.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewOf {
    pub reviewer: String,
    pub scores: ReviewScores,
    pub weighted: f64,
}

/// An application's reviews as one staff member may see them
/// (`GET /team/applications/{id}/reviews`). An assigned reviewer sees the others' scores
/// (and the median) only once theirs is given; staff who do not review it see them all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewBoard {
    pub reviewers: Vec<Reviewer>,
    /// Whether the one asking is among the reviewers.
    pub assigned: bool,
    pub mine: Option<ReviewScores>,
    /// `None` while hidden from the one asking.
    pub reviews: Option<Vec<ReviewOf>>,
    pub median: Option<f64>,
    /// How many reviews are given, hidden or not.
    pub given: u32,
}

/// `PUT /team/applications/{id}/reviewers`: the staff members who review it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewerAssignment {
    pub reviewers: Vec<String>,
}

/// `POST /team/applications/{id}/conflict`: the asking reviewer declares a conflict of
/// interest (a tie to the company or its founders), and steps aside.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictDeclaration {
    #[serde(default)]
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(fit: u8, team: u8, impact: u8, research: u8, maturity: u8) -> ReviewScores {
        ReviewScores {
            fit,
            team,
            health_impact: impact,
            research_link: research,
            maturity,
            comment: String::new(),
        }
    }

    #[test]
    fn the_campus_mission_weighs_most() {
        assert_eq!(scores(5, 5, 5, 5, 5).weighted(), 5.0);
        assert_eq!(scores(0, 0, 0, 0, 0).weighted(), 0.0);
        // Weights 3, 2, 3, 1, 1: fit and impact at 5, the rest at 0 gives 30 / 10.
        assert_eq!(scores(5, 0, 5, 0, 0).weighted(), 3.0);
        assert_eq!(scores(0, 0, 0, 5, 5).weighted(), 1.0);
    }

    #[test]
    fn the_median_resists_one_outlier() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 4.2]), Some(4.0));
        assert_eq!(median(&[1.0, 3.0, 4.0, 5.0]), Some(3.5));
    }

    #[test]
    fn scores_out_of_range_and_long_comments_are_named() {
        let mut review = scores(6, 3, 3, 3, 3);
        review.comment = "x".repeat(COMMENT_MAX + 1);
        let fields: Vec<String> = review.check().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["fit", "comment"]);
        assert!(scores(5, 0, 1, 2, 3).check().is_empty());
    }
}
