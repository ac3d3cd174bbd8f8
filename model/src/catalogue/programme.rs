use serde::{Deserialize, Serialize};

use super::Date;
use crate::facet_search::coded_enum;
use crate::Localised;

coded_enum!(
    /// Level of a programme.
    Level {
        Licence => "licence", "Licence", "Bachelor's degree";
        Master => "master", "Master", "Master's degree";
        Doctorat => "doctorat", "Doctorat", "Doctorate (PhD)";
        UniversityDiploma => "du", "Diplôme d'université", "University diploma";
        Certificate => "certificat", "Certificat de formation continue", "Continuing-education certificate";
        ShortCourse => "formation-courte", "Formation courte", "Short course";
    }
);

coded_enum!(
    /// Field a programme teaches.
    Domain {
        LifeSciences => "sciences-du-vivant", "Sciences du vivant", "Life sciences";
        Health => "sante", "Santé", "Health";
        HealthData => "donnees-de-sante", "Données de santé", "Health data";
        ArtificialIntelligence => "ia", "Intelligence artificielle", "Artificial intelligence";
        PublicHealth => "sante-publique", "Santé publique", "Public health";
        EthicsLaw => "ethique-droit", "Éthique et droit", "Ethics & law";
        MedicalDevices => "dispositifs-medicaux", "Dispositifs médicaux", "Medical devices";
        Entrepreneurship => "entrepreneuriat", "Innovation et entrepreneuriat", "Innovation & entrepreneurship";
    }
);

coded_enum!(
    /// How a programme can be followed.
    Mode {
        Initial => "initiale", "Formation initiale", "Initial education";
        Continuing => "continue", "Formation continue", "Continuing education";
        Apprenticeship => "alternance", "Alternance", "Work-study (apprenticeship)";
    }
);

coded_enum!(
    /// Where it is taught.
    Format {
        OnSite => "presentiel", "Sur le campus", "On campus";
        Hybrid => "hybride", "Hybride", "Hybrid";
        Online => "distanciel", "En ligne", "Online";
    }
);

coded_enum!(
    /// Language a programme is taught in.
    TeachingLanguage {
        French => "fr", "Français", "French";
        English => "en", "Anglais", "English";
    }
);

/// The body that delivers a programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
    pub slug: String,
    pub name: String,
}

/// When applications are accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationWindow {
    pub opens: Date,
    pub closes: Date,
}

/// Where a programme's application window stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApplicationStatus {
    /// Opens in this many days.
    Upcoming(i64),
    /// Open; closes in this many days (0 = today).
    Open(i64),
    Closed,
    /// No window published (e.g. rolling admission).
    Unknown,
}

/// What the catalogue lists: everything needed to filter, sort and draw a card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeSummary {
    pub slug: String,
    pub title: Localised,
    pub summary: Localised,
    pub level: Level,
    pub domains: Vec<Domain>,
    pub institution: Institution,
    /// Slugs of the campus poles the programme belongs to.
    pub poles: Vec<String>,
    pub modes: Vec<Mode>,
    pub format: Format,
    pub languages: Vec<TeachingLanguage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ects: Option<u16>,
    pub duration_months: u16,
    pub start_dates: Vec<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<ApplicationWindow>,
    pub updated: Date,
    /// Invented for the demonstration, not a real offer.
    pub sample: bool,
}

/// A programme page (`GET /api/v1/programmes/{slug}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    #[serde(flatten)]
    pub summary: ProgrammeSummary,
    /// Yearly fees in euros; `None` when free, set case by case (see `fees_note`) or not
    /// published. A sample has none: an invented fee could pass for a real offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees_eur: Option<u32>,
    /// What the fees depend on; with no amount and no note, the page says nothing of fees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees_note: Option<Localised>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u16>,
    pub objectives: Localised,
    pub prerequisites: Localised,
    pub admission: Localised,
    pub careers: Localised,
    pub contact_email: String,
    /// Official page, where applications are made; `None` (a sample, or a page not yet
    /// published): there is nowhere to apply, and the page shows no apply button.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl ProgrammeSummary {
    /// The first start date on or after `today`.
    pub fn next_start(&self, today: Date) -> Option<Date> {
        self.start_dates
            .iter()
            .copied()
            .filter(|d| *d >= today)
            .min()
    }

    pub fn application_status(&self, today: Date) -> ApplicationStatus {
        match self.application {
            None => ApplicationStatus::Unknown,
            Some(w) if today < w.opens => ApplicationStatus::Upcoming(today.days_until(w.opens)),
            Some(w) if today <= w.closes => ApplicationStatus::Open(today.days_until(w.closes)),
            Some(_) => ApplicationStatus::Closed,
        }
    }
}
