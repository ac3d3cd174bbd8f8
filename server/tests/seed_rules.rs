//! The start-up seed (`server/seed/startups.json` and `logos/`) is its own source: these
//! are its rules, checked with the model's own vocabularies (sectors, stages, team sizes,
//! networks) and the campus's poles and institutes. The loader checks each profile against
//! the profile rules when it seeds; this test checks what makes the seed honest: the four
//! real start-ups of the article say nothing the article does not, and no sample borrows a
//! real name or points at a real address.

use std::collections::{HashMap, HashSet};

use model::{
    catalogue::Date,
    directory::{Network, Stage, Startup, TeamSize},
};
use serde::Deserialize;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seed");

#[derive(Deserialize)]
struct SeedFile {
    startups: Vec<Startup>,
}

fn seed() -> Vec<Startup> {
    let text = std::fs::read_to_string(format!("{SEED}/startups.json")).unwrap();
    serde_json::from_str::<SeedFile>(&text).unwrap().startups
}

/// The start-ups of the campus article: the only ones not sample data.
const REAL: [&str; 4] = ["DrData", "Team'Doc", "Posos", "SimforHealth"];

/// All the article says of each: its name, and that the campus hosted it in January 2022.
/// The rest is the start-up's to write.
const REAL_PITCH: (&str, &str) = (
    "À compléter par la start-up.",
    "To be completed by the start-up.",
);
const REAL_DESCRIPTION: (&str, &str) = (
    "Start-up accueillie sur PariSanté Campus en janvier 2022. \
     Le reste de la fiche est à compléter par la start-up.",
    "A start-up hosted at PariSanté Campus in January 2022. \
     The rest of the profile is to be completed by the start-up.",
);

/// Real, well-known names of the field that a sample must not borrow.
const KNOWN_NAMES: [&str; 26] = [
    "doctolib",
    "qare",
    "dassault",
    "jouve",
    "alan",
    "owkin",
    "withings",
    "lifen",
    "nabla",
    "cardiologs",
    "maiia",
    "kelindi",
    "medadom",
    "livi",
    "implicity",
    "therapixel",
    "gleamer",
    "inato",
    "moka.care",
    "drdata",
    "team'doc",
    "posos",
    "simforhealth",
    "health data hub",
    "inserm",
    "inria",
];

const CAMPUS_OPENING: Date = Date {
    year: 2022,
    month: 1,
    day: 3,
};

fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_lowercase))
        .unwrap_or_default()
}

/// A sample's address leads nowhere real: a reserved `.example` host, or, on LinkedIn and
/// Mastodon, a real host with "example" in the path (the sample's page does not exist).
fn leads_nowhere(url: &str, network: Option<Network>) -> bool {
    let host = host_of(url);
    host.ends_with(".example")
        || (matches!(network, Some(Network::LinkedIn | Network::Mastodon))
            && url::Url::parse(url).is_ok_and(|u| u.path().contains("example")))
}

fn campus_slugs(list: &str) -> HashSet<String> {
    let text = std::fs::read_to_string(format!("{SEED}/campus.json")).unwrap();
    let campus: serde_json::Value = serde_json::from_str(&text).unwrap();
    campus[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["slug"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_poles_are_the_five_the_model_knows_in_campus_order() {
    let text = std::fs::read_to_string(format!("{SEED}/campus.json")).unwrap();
    let campus: serde_json::Value = serde_json::from_str(&text).unwrap();
    let slugs: Vec<&str> = campus["poles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pole| pole["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, model::POLE_SLUGS);
}

#[test]
fn the_real_start_ups_carry_only_their_name_until_they_complete_it() {
    let text = std::fs::read_to_string(format!("{SEED}/startups.json")).unwrap();
    let seed: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut names = HashSet::new();
    for startup in seed["startups"].as_array().unwrap() {
        if startup["sample"] == serde_json::Value::Bool(true) {
            continue;
        }
        let slug = startup["slug"].as_str().unwrap();
        names.insert(startup["name"].as_str().unwrap());
        let pair = |(fr, en): (&str, &str)| serde_json::json!({ "fr": fr, "en": en });
        assert_eq!(startup["pitch"], pair(REAL_PITCH), "{slug}");
        assert_eq!(startup["description"], pair(REAL_DESCRIPTION), "{slug}");
        for (field, value) in startup.as_object().unwrap() {
            let given =
                ["slug", "name", "pitch", "description", "sample"].contains(&field.as_str());
            let empty = match value {
                serde_json::Value::Null => true,
                serde_json::Value::Bool(flag) => !flag,
                serde_json::Value::Array(items) => items.is_empty(),
                _ => false,
            };
            assert!(
                given || empty,
                "{slug}: the article gives no {field}: {value}"
            );
        }
    }
    assert_eq!(names, REAL.into_iter().collect());
}

#[test]
fn samples_borrow_no_real_name_and_point_at_no_real_address() {
    for startup in seed().iter().filter(|s| s.summary.sample) {
        let s = &startup.summary;
        let name = s.name.to_lowercase();
        for known in KNOWN_NAMES {
            assert!(!name.contains(known), "{} borrows {known}", s.name);
        }
        let addresses = [&startup.website, &startup.careers_url];
        for url in addresses.into_iter().flatten() {
            assert!(leads_nowhere(url, None), "{}: {url}", s.slug);
        }
        for link in &startup.social {
            assert!(
                leads_nowhere(&link.url, Some(link.network)),
                "{}: {}",
                s.slug,
                link.url
            );
        }
        if let Some(email) = &startup.email {
            assert!(email.ends_with(".example"), "{}: {email}", s.slug);
        }
    }
}

#[test]
fn each_profile_is_consistent_with_itself() {
    let poles = campus_slugs("poles");
    let institutes = campus_slugs("institutes");
    for startup in seed() {
        let s = &startup.summary;
        assert!(s.poles.iter().all(|p| poles.contains(p)), "{}", s.slug);
        // A real profile awaiting completion has no pole yet; every other one is a
        // start-up's, so in the entrepreneurship pole.
        assert!(
            s.poles.iter().any(|p| p == "entrepreneuriat")
                || (s.awaits_completion() && s.poles.is_empty()),
            "{}: every start-up is in the entrepreneurship pole",
            s.slug
        );
        if let Some(institute) = s.spin_off.as_ref().and_then(|o| o.institute.as_ref()) {
            assert!(institutes.contains(institute), "{}: {institute}", s.slug);
        }
        if !s.hiring {
            assert!(
                startup.careers_url.is_none(),
                "{}: a careers page but not hiring",
                s.slug
            );
        }
        if let (Some(careers), Some(website)) = (&startup.careers_url, &startup.website) {
            assert_eq!(host_of(careers), host_of(website), "{}", s.slug);
        }
        if let (Some(email), Some(website)) = (&startup.email, &startup.website) {
            let domain = email.rsplit('@').next().unwrap();
            assert_eq!(
                host_of(website).trim_start_matches("www."),
                domain,
                "{}",
                s.slug
            );
        }
        let networks: Vec<Network> = startup.social.iter().map(|l| l.network).collect();
        let distinct: HashSet<&str> = networks.iter().map(|n| n.code()).collect();
        assert_eq!(
            distinct.len(),
            networks.len(),
            "{}: a network twice",
            s.slug
        );
        if let Some(since) = s.member_since {
            assert!(
                since >= CAMPUS_OPENING,
                "{}: before the campus opened",
                s.slug
            );
            if let Some(founded) = s.founded {
                assert!(i32::from(founded) <= since.year, "{}", s.slug);
            }
            if let Some(updated) = s.updated {
                assert!(updated >= since, "{}: updated before arriving", s.slug);
            }
        }
        // A stage says how old and how large a company can be.
        if let (Some(stage), Some(founded), Some(team)) = (s.stage, s.founded, s.team_size) {
            let (from, to, teams): (u16, u16, &[TeamSize]) = match stage {
                Stage::Idea => (2023, 2026, &[TeamSize::Micro]),
                Stage::PreSeed => (2020, 2026, &[TeamSize::Micro, TeamSize::Small]),
                Stage::Seed => (2015, 2025, &[TeamSize::Micro, TeamSize::Small]),
                Stage::SeriesA => (2012, 2023, &[TeamSize::Small, TeamSize::Medium]),
                Stage::Growth => (2012, 2019, &[TeamSize::Medium, TeamSize::Large]),
            };
            assert!(
                (from..=to).contains(&founded),
                "{}: {stage:?} in {founded}",
                s.slug
            );
            assert!(teams.contains(&team), "{}: {stage:?} with {team:?}", s.slug);
        }
    }
}

#[test]
fn slugs_names_and_sites_are_unique() {
    let seed = seed();
    let mut seen: HashMap<String, &str> = HashMap::new();
    for startup in &seed {
        let s = &startup.summary;
        let mut keys = vec![
            format!("slug {}", s.slug),
            format!("name {}", s.name.to_lowercase()),
        ];
        keys.extend(
            startup
                .website
                .as_deref()
                .map(|w| format!("site {}", host_of(w))),
        );
        for key in keys {
            if let Some(other) = seen.insert(key.clone(), &s.slug) {
                panic!("{key}: {other} and {}", s.slug);
            }
        }
    }
    assert_eq!(seed.len(), 50, "about fifty start-ups, as the article says");
}

#[test]
fn every_logo_file_is_named_small_and_square() {
    let named: HashSet<String> = seed()
        .iter()
        .filter_map(|s| s.summary.logo.as_ref().map(|l| l.as_str().to_owned()))
        .collect();
    let files: HashSet<String> = std::fs::read_dir(format!("{SEED}/logos"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // The server bundles every file of the folder: none may be left over.
    assert_eq!(named, files);
    for file in files {
        let bytes = std::fs::read(format!("{SEED}/logos/{file}")).unwrap();
        assert!(bytes.len() < 6 * 1024, "{file}: {} bytes", bytes.len());
        let logo = image::load_from_memory(&bytes).unwrap();
        assert_eq!((logo.width(), logo.height()), (96, 96), "{file}");
    }
}
