//! Deterministic synthetic start-ups, to measure the directory at scale (benchmarks).
//! Never shown to users.

use super::{Sector, SpinOff, Stage, Startup, StartupSummary, TeamSize};
use crate::POLE_SLUGS as POLES;
use crate::{catalogue::Date, rng::Rng, Localised};

const STEMS: &[&str] = &[
    "Cardio", "Onco", "Neuro", "Derma", "Pneumo", "Gyneco", "Pedia", "Geria", "Nephro", "Immuno",
    "Pharma", "Radio", "Bio", "Med", "Care", "Vita", "Sano", "Clini", "Thera", "Geno",
];
const TAILS: &[&str] = &[
    "lens", "trace", "link", "sim", "path", "scope", "data", "pulse", "note", "guard", "wave",
    "mind", "flow", "sense", "map",
];
const PITCHES: &[(&str, &str)] = &[
    (
        "Simulation immersive pour former les soignants",
        "Immersive simulation to train caregivers",
    ),
    (
        "Aide au diagnostic par intelligence artificielle",
        "AI-assisted diagnosis",
    ),
    (
        "Téléconsultation accessible depuis chez soi",
        "Remote consultations from home",
    ),
    (
        "Entrepôt de données de santé sécurisé",
        "A secure health data warehouse",
    ),
    (
        "Sécuriser la prescription à l'hôpital",
        "Safer prescribing in hospitals",
    ),
    (
        "Coordonner le parcours des patients chroniques",
        "Coordinating chronic patients' care",
    ),
    (
        "Capteurs connectés pour le suivi à domicile",
        "Connected sensors for home monitoring",
    ),
    (
        "Prévention personnalisée pour tous",
        "Personalised prevention for everyone",
    ),
];

/// `count` start-up cards with varied names, sectors, poles, stages and years.
pub fn startups(count: usize) -> Vec<StartupSummary> {
    let mut rng = Rng(0x5eed_57a2_7001_u64);
    (0..count)
        .map(|n| {
            let name = format!(
                "{}{} {n}",
                STEMS[rng.below(STEMS.len())],
                TAILS[rng.below(TAILS.len())]
            );
            let (fr, en) = PITCHES[rng.below(PITCHES.len())];
            let first = Sector::ALL[rng.below(Sector::ALL.len())];
            let second = Sector::ALL[rng.below(Sector::ALL.len())];
            let mut sectors = vec![first];
            if second != first && rng.below(2) == 0 {
                sectors.push(second);
            }
            let mut poles = vec!["entrepreneuriat".to_owned()];
            let other = POLES[rng.below(POLES.len())];
            if other != "entrepreneuriat" {
                poles.push(other.to_owned());
            }
            let member_since = Date::from_days_since_epoch(18_995 + rng.below(1_750) as i64);
            StartupSummary {
                slug: format!("generated-startup-{n}"),
                name,
                logo: None,
                pitch: Localised::new(format!("{fr} ({n})"), format!("{en} ({n})")),
                sectors,
                poles,
                stage: Some(Stage::ALL[rng.below(Stage::ALL.len())]),
                founded: Some(2005 + rng.below(21) as u16),
                team_size: Some(TeamSize::ALL[rng.below(TeamSize::ALL.len())]),
                spin_off: (rng.below(2) == 0).then(|| SpinOff {
                    lab: format!("Équipe de recherche {}", n % 40),
                    institute: None,
                }),
                hiring: rng.below(5) < 2,
                member_since: Some(member_since),
                updated: Some(Date::from_days_since_epoch(
                    member_since.days_since_epoch() + rng.below(300) as i64,
                )),
                sample: true,
            }
        })
        .collect()
}

/// A full profile around a generated card.
pub fn profile(summary: StartupSummary) -> Startup {
    Startup {
        description: Localised::new(
            format!("{} — profil généré pour les mesures.", summary.pitch.fr),
            format!("{} — profile generated for benchmarks.", summary.pitch.en),
        ),
        careers_url: None,
        website: None,
        email: Some(format!("contact@{}.example", summary.slug)),
        social: Vec::new(),
        summary,
    }
}
