//! Sample data never speaks for a real body: no sample programme, start-up or event of
//! `server/seed/` names a real institution, lab, university, hospital or company, in its
//! texts or in its slugs; no sample programme makes an offer (fees, places, an address to
//! apply at) that could pass for a real one; no sample spin-off points at a campus
//! institute. The seed is read as plain JSON, so that the rule holds whatever the model.

use model::facet_search::fold;
use serde_json::Value;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seed");

/// Real bodies, written as people write them: the campus article's founders, institutes,
/// schools, partners and agencies, and the universities, schools and hospitals of Paris a
/// sample could be tempted to borrow. Compared folded (case, accents and punctuation
/// ignored) and word by word, so `Université Paris Cité` also catches
/// `universite-paris-cite`.
const REAL_BODIES: &[&str] = &[
    // The five founders.
    "Agence du numérique en santé",
    "Inserm",
    "Inria",
    "Université PSL",
    "PSL",
    "Paris Sciences et Lettres",
    "Paris Sciences & Lettres",
    "Health Data Hub",
    // The four institutes.
    "Q-Bio",
    "QBio",
    "PR[AI]RIE",
    "PRAIRIE",
    "Physics for Medicine",
    "ISNS",
    "Institut santé numérique en société",
    // Schools and universities the article names.
    "ENS",
    "École normale supérieure",
    "ESPCI",
    "Dauphine",
    // Partners, publisher and agencies.
    "Doctolib",
    "Dassault Systèmes",
    "Dassault",
    "Jouve",
    "Qare",
    "France Assos Santé",
    "Innov'Asso",
    "Agence de l'innovation en santé",
    "Tech Care Paris",
    // Universities, schools and hospitals of Paris.
    "Université Paris Cité",
    "Sorbonne",
    "Paris-Saclay",
    "Saclay",
    "Cnam",
    "EHESP",
    "Mines Paris",
    "CNRS",
    "Institut Pasteur",
    "Institut Curie",
    "AP-HP",
    "APHP",
    "HEGP",
    "Georges-Pompidou",
    "Hôpital européen Georges-Pompidou",
    "Necker",
    "Pitié-Salpêtrière",
];

/// Acronyms that are also common words once folded ("ans" is "years"): matched in
/// capitals in texts, and as a part of a slug.
const REAL_ACRONYMS: &[&str] = &["ANS"];

/// The words of `text`, folded, between spaces, so that a body is found only as whole words.
fn padded(text: &str) -> String {
    format!(
        " {} ",
        fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The real bodies `text` names.
fn bodies_named(text: &str) -> Vec<&'static str> {
    let folded = padded(text);
    let mut found: Vec<&'static str> = REAL_BODIES
        .iter()
        .copied()
        .filter(|body| folded.contains(&padded(body)))
        .collect();
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
    for acronym in REAL_ACRONYMS {
        let in_slug = is_slug(text) && words.iter().any(|w| w.eq_ignore_ascii_case(acronym));
        if in_slug || words.contains(acronym) {
            found.push(acronym);
        }
    }
    found
}

/// Every string of `value`, with its JSON path.
fn strings(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(text) => out.push((path, text.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                strings(item, format!("{path}.{key}"), out);
            }
        }
        _ => {}
    }
}

fn entries(file: &str, list: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(format!("{SEED}/{file}")).unwrap();
    let seed: Value = serde_json::from_str(&text).unwrap();
    seed[list].as_array().unwrap().clone()
}

/// The sample entries of the seed, each named by its file and slug.
fn samples() -> Vec<(String, Value)> {
    let mut all = Vec::new();
    for (file, list) in [
        ("programmes.json", "programmes"),
        ("startups.json", "startups"),
        ("events.json", "samples"),
        ("calls.json", "samples"),
    ] {
        for entry in entries(file, list) {
            // Every programme, and every event and call of `samples`, is a sample; a
            // start-up says so.
            if list == "startups" && entry["sample"] != Value::Bool(true) {
                continue;
            }
            let name = format!("{file} {}", entry["slug"].as_str().unwrap());
            all.push((name, entry));
        }
    }
    all
}

#[test]
fn the_list_catches_each_way_of_writing_a_body() {
    let named = |text| bodies_named(text);
    assert_eq!(
        named("proposé par l'Université Paris Cité"),
        ["Université Paris Cité"]
    );
    assert_eq!(named("universite-paris-cite"), ["Université Paris Cité"]);
    assert!(named("Équipe Inria–ENS associée à PR[AI]RIE").contains(&"PR[AI]RIE"));
    assert!(named("UNIVERSITÉ PARIS DAUPHINE – PSL").contains(&"Dauphine"));
    assert!(named("dauphine-psl").contains(&"PSL"));
    assert!(named("the q-bio institute").contains(&"Q-Bio"));
    assert_eq!(named("Agence du Numérique en Santé (ANS)").len(), 2);
    assert_eq!(named("ans"), ["ANS"]);
    // Common words and parts of other words are not bodies.
    assert!(named("une licence en 3 ans, des enseignants").is_empty());
    assert!(named("Établissement partenaire A (exemple), lens, Sensoria").is_empty());
}

#[test]
fn no_sample_names_a_real_body() {
    let samples = samples();
    assert!(samples.len() > 100, "{} samples", samples.len());
    let mut faults = Vec::new();
    for (name, entry) in &samples {
        let mut texts = Vec::new();
        strings(entry, String::new(), &mut texts);
        for (path, text) in texts {
            let bodies = bodies_named(&text);
            if !bodies.is_empty() {
                faults.push(format!("{name} {path}: {bodies:?} in {text:?}"));
            }
        }
    }
    assert!(
        faults.is_empty(),
        "{} sample texts name a real body:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

#[test]
fn sample_programmes_make_no_offer() {
    for programme in entries("programmes.json", "programmes") {
        let slug = programme["slug"].as_str().unwrap();
        assert_eq!(programme["sample"], Value::Bool(true), "{slug}");
        for field in ["fees_eur", "fees_note", "capacity", "url"] {
            assert!(
                programme.get(field).is_none_or(Value::is_null),
                "{slug}: a sample has no {field}"
            );
        }
        let provider = programme["institution"]["name"].as_str().unwrap();
        assert!(provider.ends_with("(exemple)"), "{slug}: {provider}");
    }
}

#[test]
fn sample_spin_offs_point_at_no_institute() {
    for startup in entries("startups.json", "startups") {
        let slug = startup["slug"].as_str().unwrap();
        if let Some(spin_off) = startup["spin_off"].as_object() {
            assert!(
                spin_off.get("institute").is_none_or(Value::is_null),
                "{slug}: {spin_off:?}"
            );
        }
    }
}
