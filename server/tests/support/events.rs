//! An event as the campus team writes it, for the tests of the agenda and the team space.
#![allow(dead_code)]

use serde_json::{json, Value};

/// An event of `capacity` seats, registration open, tomorrow week.
pub fn test_event(slug: &str, capacity: u32) -> Value {
    let day = server::paris::today();
    let date = model::Date::from_days_since_epoch(day.days_since_epoch() + 8);
    json!({
        "slug": slug,
        "title": { "fr": "Atelier d'essai", "en": "Test workshop" },
        "summary": { "fr": "Un atelier pour les tests.", "en": "A workshop for the tests." },
        "description": { "fr": "Description.", "en": "Description." },
        "type": "atelier",
        "audiences": ["patients-associations"],
        "poles": ["patients-societe"],
        "format": "hybride",
        "languages": ["fr"],
        "free": true,
        "access": ["plain-pied", "lsf"],
        "start": format!("{date}T14:00"),
        "end": format!("{date}T16:00"),
        "registration_closes": format!("{date}T12:00"),
        "capacity": capacity,
        "organiser": "Collectif d'essai",
        "place": {
            "name": { "fr": "Salle d'essai", "en": "Test room" },
            "address": "Paris 15e",
            "access_info": { "fr": "De plain-pied.", "en": "Step-free." }
        },
        "online_url": "https://visio.example/essai",
        "sample": true
    })
}
