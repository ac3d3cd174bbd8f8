//! A programme as the campus team writes it, for the catalogue's write tests.

use serde_json::{json, Value};

/// A complete, valid programme (sample data: its provider is fictional).
pub fn test_programme(slug: &str) -> Value {
    let text = |fr: &str, en: &str| json!({"fr": fr, "en": en});
    json!({
        "slug": slug,
        "title": text("Master d'essai en données de santé", "Test master's in health data"),
        "summary": text("Un programme d'essai.", "A test programme."),
        "level": "master",
        "domains": ["donnees-de-sante", "ia"],
        "institution": {"slug": "ecole-fictive", "name": "École fictive (exemple)"},
        "poles": ["formation"],
        "modes": ["initiale", "alternance"],
        "format": "hybride",
        "languages": ["fr"],
        "ects": 120,
        "duration_months": 24,
        "start_dates": ["2027-09-06"],
        "application": {"opens": "2027-01-15", "closes": "2027-04-30"},
        "updated": "2000-01-01",
        "sample": true,
        "objectives": text("Apprendre.", "Learn."),
        "prerequisites": text("Une licence.", "A bachelor's degree."),
        "admission": text("Sur dossier.", "On application."),
        "careers": text("Data scientist en santé.", "Health data scientist."),
        "contact_email": "contact@ecole-fictive.example",
    })
}
