use serde::{Deserialize, Serialize};

use super::LogoAddress;
use crate::{catalogue::Date, facet_search::coded_enum, Localised};

coded_enum! {
    /// What a start-up works on.
    Sector {
        AiDiagnosis => "diagnostic-ia", "Diagnostic assisté par IA", "AI-assisted diagnosis";
        Telemedicine => "telemedecine", "Télémédecine", "Telemedicine";
        TrainingSimulation => "formation-simulation", "Formation et simulation médicale", "Medical training and simulation";
        HealthData => "donnees-de-sante", "Données de santé et leur protection", "Health data and its protection";
        PrescriptionSafety => "securite-prescription", "Sécurité de la prescription", "Prescription safety";
        CareCoordination => "coordination-soins", "Coordination des soins", "Care coordination";
        MedicalDevices => "dispositifs-medicaux", "Dispositifs médicaux", "Medical devices";
        Prevention => "prevention", "Prévention et santé publique", "Prevention and public health";
        PatientSupport => "parcours-patient", "Accompagnement des patients", "Patient support";
    }
}

coded_enum! {
    /// Funding stage, from the idea to growth.
    Stage {
        Idea => "idee", "Idée", "Idea";
        PreSeed => "pre-amorcage", "Pré-amorçage", "Pre-seed";
        Seed => "amorcage", "Amorçage", "Seed";
        SeriesA => "serie-a", "Série A", "Series A";
        Growth => "croissance", "Croissance", "Growth";
    }
}

coded_enum! {
    /// Team size band.
    TeamSize {
        Micro => "1-10", "1 à 10 personnes", "1–10 people";
        Small => "11-50", "11 à 50 personnes", "11–50 people";
        Medium => "51-200", "51 à 200 personnes", "51–200 people";
        Large => "200+", "Plus de 200 personnes", "More than 200 people";
    }
}

coded_enum! {
    /// Social networks a profile may link to.
    Network {
        LinkedIn => "linkedin", "LinkedIn", "LinkedIn";
        Mastodon => "mastodon", "Mastodon", "Mastodon";
        Bluesky => "bluesky", "Bluesky", "Bluesky";
        GitHub => "github", "GitHub", "GitHub";
        YouTube => "youtube", "YouTube", "YouTube";
        X => "x", "X", "X";
    }
}

/// The research team a start-up comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpinOff {
    /// Laboratory or team name, as the start-up writes it.
    pub lab: String,
    /// Slug of a campus research institute, when it comes from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institute: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SocialLink {
    pub network: Network,
    pub url: String,
}

/// A directory card (`GET /api/v1/startups`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartupSummary {
    pub slug: String,
    pub name: String,
    /// `None`: initials are shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<LogoAddress>,
    pub pitch: Localised,
    pub sectors: Vec<Sector>,
    pub poles: Vec<String>,
    /// The facts below are the start-up's to give: `None` (JSON `null`) is "not given yet",
    /// shown as such, never guessed (the real start-ups of the seed article have none).
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default)]
    pub founded: Option<u16>,
    #[serde(default)]
    pub team_size: Option<TeamSize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spin_off: Option<SpinOff>,
    /// Says it is hiring; `false` claims nothing.
    pub hiring: bool,
    /// When it arrived on the campus, if published.
    #[serde(default)]
    pub member_since: Option<Date>,
    /// When its profile was last saved in the portal; `None`: never since it was entered.
    #[serde(default)]
    pub updated: Option<Date>,
    /// Invented for the demonstration, not a real company.
    pub sample: bool,
}

/// A full profile (`GET /api/v1/startups/{slug}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Startup {
    #[serde(flatten)]
    pub summary: StartupSummary,
    pub description: Localised,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub careers_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default)]
    pub social: Vec<SocialLink>,
}

impl StartupSummary {
    /// Up to two letters standing for the name when there is no logo ("Team'Doc" → "TD").
    pub fn initials(&self) -> String {
        initials(&self.name)
    }
}

pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let capitals: String = name.chars().filter(|c| c.is_uppercase()).take(2).collect();
    let letters: String = match words.as_slice() {
        [] => String::new(),
        [_] if capitals.chars().count() == 2 => capitals,
        [one] => one.chars().take(2).collect(),
        [first, second, ..] => first
            .chars()
            .take(1)
            .chain(second.chars().take(1))
            .collect(),
    };
    letters.to_uppercase()
}
