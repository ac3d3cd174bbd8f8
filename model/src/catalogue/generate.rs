//! Deterministic synthetic programmes, to measure the catalogue at scale (benchmarks).
//! Never shown to users.

use super::{
    ApplicationWindow, Date, Domain, Format, Institution, Level, Mode, ProgrammeSummary,
    TeachingLanguage,
};
use crate::POLE_SLUGS as POLES;
use crate::{rng::Rng, Localised};

const TOPICS: &[(&str, &str)] = &[
    ("Données de santé", "Health data"),
    (
        "Intelligence artificielle en médecine",
        "Artificial intelligence in medicine",
    ),
    ("Biologie quantitative", "Quantitative biology"),
    ("Santé publique numérique", "Digital public health"),
    (
        "Dispositifs médicaux connectés",
        "Connected medical devices",
    ),
    ("Éthique du numérique en santé", "Digital health ethics"),
    ("Imagerie médicale", "Medical imaging"),
    ("Télémédecine", "Telemedicine"),
    ("Bio-informatique", "Bioinformatics"),
    (
        "Entrepreneuriat en e-santé",
        "Digital health entrepreneurship",
    ),
];

/// Fictional providers: generated programmes are samples, and a sample never speaks for a
/// real body.
const INSTITUTIONS: &[(&str, &str)] = &[
    (
        "universite-partenaire-a",
        "Université partenaire A (exemple)",
    ),
    (
        "universite-partenaire-b",
        "Université partenaire B (exemple)",
    ),
    (
        "universite-partenaire-c",
        "Université partenaire C (exemple)",
    ),
    ("ecole-partenaire-a", "École partenaire A (exemple)"),
    ("ecole-partenaire-b", "École partenaire B (exemple)"),
    (
        "institut-partenaire-a",
        "Institut de recherche partenaire A (exemple)",
    ),
    (
        "organisme-partenaire-a",
        "Organisme public partenaire A (exemple)",
    ),
    (
        "etablissement-partenaire-a",
        "Établissement partenaire A (exemple)",
    ),
];

pub fn programmes(count: usize, seed: u64) -> Vec<ProgrammeSummary> {
    let mut rng = Rng(seed.max(1));
    (0..count)
        .map(|i| {
            let (fr, en) = rng.pick(TOPICS);
            let level = rng.pick(Level::ALL);
            let (slug, name) = rng.pick(INSTITUTIONS);
            let start = Date::new(2027, rng.pick(&[1u8, 3, 9, 10]), 1).expect("valid");
            let opens =
                Date::from_days_since_epoch(start.days_since_epoch() - 200 + rng.below(60) as i64);
            let closes =
                Date::from_days_since_epoch(opens.days_since_epoch() + 30 + rng.below(90) as i64);
            let mut domains = vec![rng.pick(Domain::ALL)];
            domains.push(rng.pick(Domain::ALL));
            domains.dedup();
            ProgrammeSummary {
                slug: format!("programme-genere-{i}"),
                title: Localised::new(
                    format!("{} {fr} {i}", level.label(crate::Lang::Fr)),
                    format!("{} in {en} {i}", level.label(crate::Lang::En)),
                ),
                summary: Localised::new(
                    format!("Formation générée n° {i} sur {fr}."),
                    format!("Generated programme no. {i} on {en}."),
                ),
                level,
                domains,
                institution: Institution {
                    slug: slug.to_owned(),
                    name: name.to_owned(),
                },
                poles: vec![rng.pick(&POLES).to_owned()],
                modes: vec![rng.pick(Mode::ALL)],
                format: rng.pick(Format::ALL),
                languages: match rng.below(3) {
                    0 => vec![TeachingLanguage::French],
                    1 => vec![TeachingLanguage::English],
                    _ => vec![TeachingLanguage::French, TeachingLanguage::English],
                },
                ects: Some(rng.pick(&[30u16, 60, 120, 180])),
                duration_months: rng.pick(&[3u16, 6, 12, 24, 36]),
                start_dates: vec![start],
                application: Some(ApplicationWindow { opens, closes }),
                updated: Date::new(2026, 10, 1).expect("valid"),
                sample: true,
            }
        })
        .collect()
}

/// A full programme page around a generated summary (placeholder texts). Like every
/// sample, it makes no offer: no fees, places or address to apply at.
pub fn programme(summary: ProgrammeSummary) -> super::Programme {
    let text = |fr: &str, en: &str| Localised::new(fr, en);
    super::Programme {
        url: None,
        contact_email: format!("{}@parisante-campus.example", summary.slug),
        summary,
        fees_eur: None,
        fees_note: None,
        capacity: None,
        objectives: text("Objectifs générés.", "Generated objectives."),
        prerequisites: text("Prérequis générés.", "Generated prerequisites."),
        admission: text("Admission générée.", "Generated admission."),
        careers: text("Débouchés générés.", "Generated careers."),
    }
}
