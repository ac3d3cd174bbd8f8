use super::*;
use crate::{catalogue::Date, Localised};

fn card(slug: &str, name: &str, sectors: &[Sector], stage: Stage, founded: u16) -> StartupSummary {
    StartupSummary {
        slug: slug.to_owned(),
        name: name.to_owned(),
        logo: None,
        pitch: Localised::new(
            format!("{name} : une start-up du campus"),
            format!("{name}: a campus start-up"),
        ),
        sectors: sectors.to_vec(),
        poles: vec!["entrepreneuriat".to_owned()],
        stage: Some(stage),
        founded: Some(founded),
        team_size: Some(TeamSize::Micro),
        spin_off: None,
        hiring: false,
        member_since: Some(Date::new(2022, 1, 10).unwrap()),
        updated: Some(Date::new(2026, 1, 1).unwrap()),
        sample: true,
    }
}

fn sample() -> DirectoryIndex {
    let mut simu = card(
        "simu",
        "Simulab Santé",
        &[Sector::TrainingSimulation],
        Stage::Seed,
        2019,
    );
    simu.pitch = Localised::new(
        "Simulation médicale en réalité virtuelle",
        "Virtual reality medical simulation",
    );
    simu.spin_off = Some(SpinOff {
        lab: "Équipe Inria".into(),
        institute: Some("prairie".into()),
    });
    simu.member_since = Some(Date::new(2023, 5, 2).unwrap());
    let mut posos = card(
        "posos",
        "Posos",
        &[Sector::PrescriptionSafety],
        Stage::SeriesA,
        2018,
    );
    posos.hiring = true;
    posos.poles.push("professionnels-sante".into());
    posos.updated = Some(Date::new(2026, 10, 1).unwrap());
    let mut train = card(
        "trainmed",
        "TrainMed",
        &[Sector::TrainingSimulation, Sector::AiDiagnosis],
        Stage::Growth,
        2014,
    );
    train.pitch = Localised::new(
        "Former les soignants par la simulation",
        "Training by simulation",
    );
    let data = card("dr", "DrData", &[Sector::HealthData], Stage::Seed, 2017);
    DirectoryIndex::new(vec![simu, posos, train, data])
}

fn query(pairs: &[(&str, &str)]) -> DirectoryQuery {
    let (q, issues) = DirectoryQuery::parse(pairs.iter().copied());
    assert!(issues.is_empty(), "{issues:?}");
    q
}

fn slugs(index: &DirectoryIndex, q: &DirectoryQuery) -> Vec<String> {
    index
        .search(q)
        .matches
        .iter()
        .map(|i| index.get(*i).slug.clone())
        .collect()
}

#[test]
fn search_is_accent_and_case_insensitive_over_name_pitch_and_sectors() {
    let index = sample();
    assert_eq!(
        slugs(&index, &query(&[("q", "SIMULATION")])),
        ["simu", "trainmed"]
    );
    assert_eq!(
        slugs(&index, &query(&[("q", "securite prescription")])),
        ["posos"]
    );
    assert_eq!(slugs(&index, &query(&[("q", "drdata")])), ["dr"]);
    assert_eq!(
        slugs(&index, &query(&[("q", "inria")])),
        ["simu"],
        "lab name"
    );
    assert!(slugs(&index, &query(&[("q", "radiologie")])).is_empty());
}

#[test]
fn filters_combine_and_facets_ignore_their_own_filter() {
    let index = sample();
    let q = query(&[("sector", "formation-simulation"), ("stage", "amorcage")]);
    let result = index.search(&q);
    assert_eq!(slugs(&index, &q), ["simu"]);
    let stage = |code: &str| {
        result
            .facets
            .stage
            .iter()
            .find(|v| v.value == code)
            .unwrap()
            .count
    };
    // Stage counts: every simulation start-up, whatever its stage.
    assert_eq!(
        (stage("amorcage"), stage("croissance"), stage("serie-a")),
        (1, 1, 0)
    );
    let sector = |code: &str| {
        result
            .facets
            .sector
            .iter()
            .find(|v| v.value == code)
            .unwrap()
            .count
    };
    // Sector counts: every seed start-up, whatever its sector.
    assert_eq!(
        (sector("formation-simulation"), sector("donnees-de-sante")),
        (1, 1)
    );
    assert_eq!(result.facets.spin_off, 1);
}

#[test]
fn year_range_spin_off_hiring_and_pole() {
    let index = sample();
    let q = query(&[("founded_from", "2017"), ("founded_to", "2018")]);
    assert_eq!(slugs(&index, &q), ["dr", "posos"]);
    let years: Vec<(String, u32)> = index
        .search(&q)
        .facets
        .founded
        .into_iter()
        .map(|v| (v.value, v.count))
        .collect();
    assert_eq!(
        years[0],
        ("2014".to_owned(), 1),
        "years ignore their own range"
    );
    assert_eq!(slugs(&index, &query(&[("spinoff", "1")])), ["simu"]);
    assert_eq!(slugs(&index, &query(&[("hiring", "1")])), ["posos"]);
    assert_eq!(
        slugs(&index, &query(&[("pole", "professionnels-sante")])),
        ["posos"]
    );
    assert!(slugs(&index, &query(&[("pole", "nowhere")])).is_empty());
}

#[test]
fn sorts_by_name_arrival_and_update() {
    let index = sample();
    assert_eq!(
        slugs(&index, &query(&[])),
        ["dr", "posos", "simu", "trainmed"]
    );
    assert_eq!(slugs(&index, &query(&[("sort", "arrivee")]))[0], "simu");
    assert_eq!(
        slugs(&index, &query(&[("sort", "mise-a-jour")]))[0],
        "posos"
    );
    // Relevance: a name match outranks a pitch match.
    assert_eq!(
        slugs(&index, &query(&[("q", "simul")])),
        ["simu", "trainmed"]
    );
}

#[test]
fn query_reports_bad_parameters_and_round_trips() {
    let (q, issues) = DirectoryQuery::parse([
        ("sector", "telemedecine,bogus"),
        ("stage", "unicorn"),
        ("founded_from", "20x1"),
        ("spinoff", "maybe"),
        ("sort", "random"),
        ("page", "0"),
        ("colour", "blue"),
    ]);
    assert_eq!(q.sectors, [Sector::Telemedicine]);
    let params: Vec<&str> = issues.iter().map(|i| i.parameter.as_str()).collect();
    assert_eq!(
        params,
        [
            "sector",
            "stage",
            "founded_from",
            "spinoff",
            "sort",
            "page",
            "colour"
        ]
    );
    let (kept, issues) = DirectoryQuery::parse([("founded_from", "2020"), ("founded_to", "2019")]);
    assert_eq!(issues[0].parameter, "founded_to");
    assert_eq!(
        (kept.founded_from, kept.founded_to),
        (Some(2020), None),
        "the bad end is dropped"
    );

    let q = query(&[
        ("hiring", "1"),
        ("stage", "serie-a,idee"),
        ("q", " ia "),
        ("founded_to", "2020"),
        ("sort", "nom"),
    ]);
    let pairs = q.to_pairs();
    assert_eq!(
        pairs,
        [
            ("q", "ia".to_owned()),
            ("stage", "idee,serie-a".to_owned()),
            ("founded_to", "2020".to_owned()),
            ("hiring", "1".to_owned()),
            ("sort", "nom".to_owned()),
        ]
    );
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(DirectoryQuery::parse(borrowed).0.to_pairs(), pairs);
    let mut toggled = q.clone();
    toggled.toggle("hiring", "1");
    toggled.toggle("founded_to", "");
    toggled.toggle("stage", "idee");
    assert_eq!(toggled.stages, [Stage::SeriesA]);
    assert!(!toggled.hiring && toggled.founded_to.is_none());
    assert!(!q.cleared().has_filters());
}

#[test]
fn related_share_a_sector_and_poles_list_their_start_ups() {
    let index = sample();
    let related: Vec<&str> = index
        .related("simu", 3)
        .iter()
        .map(|s| s.slug.as_str())
        .collect();
    assert_eq!(related, ["trainmed"]);
    assert_eq!(index.in_pole("professionnels-sante").len(), 1);
    assert_eq!(index.in_pole("entrepreneuriat").len(), 4);
}

#[test]
fn validation_names_each_broken_field() {
    let mut profile = generate::profile(card(
        "ok",
        "Ok Santé",
        &[Sector::Prevention],
        Stage::Idea,
        2024,
    ));
    assert_eq!(profile.check(2026), []);
    profile.summary.name = " ".into();
    profile.summary.pitch.en = "short".into();
    profile.summary.sectors.clear();
    profile.summary.founded = Some(2030);
    profile.website = Some("javascript:alert(1)".into());
    profile.email = Some("not an email".into());
    profile.social.push(SocialLink {
        network: Network::Mastodon,
        url: "http://insecure.example".into(),
    });
    let fields: Vec<String> = profile.check(2026).into_iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            "name",
            "pitch.en",
            "sectors",
            "founded",
            "website",
            "email",
            "social[0].url"
        ]
    );
    assert!(validate_url("https://posos.example/a?b=c").is_ok());
    assert!(validate_url("https://exa mple.org").is_err());
    assert!(validate_email("contact@drdata.example").is_ok());
    assert!(validate_email("a@b").is_err());
}

#[test]
fn initials_stand_for_the_name() {
    let initials =
        |name: &str| card("x", name, &[Sector::Prevention], Stage::Idea, 2024).initials();
    assert_eq!(initials("Team'Doc"), "TD");
    assert_eq!(initials("DrData"), "DD");
    assert_eq!(initials("Posos"), "PO");
    assert_eq!(initials("Simulab Santé"), "SS");
}

#[test]
fn generated_directory_is_valid_and_searchable() {
    let cards = generate::startups(500);
    for card in &cards {
        let profile = generate::profile(card.clone());
        assert_eq!(profile.check(2026), [], "{}", card.slug);
    }
    let index = DirectoryIndex::new(cards);
    let all = index.search(&DirectoryQuery::default());
    assert_eq!(all.matches.len(), 500);
    let some = index.search(&query(&[("q", "simulation"), ("hiring", "1")]));
    assert!(!some.matches.is_empty() && some.matches.len() < 500);
}

fn valid_profile() -> Startup {
    generate::profile(generate::startups(1).remove(0))
}

fn faults(profile: &Startup) -> Vec<(String, String)> {
    profile
        .check(2026)
        .into_iter()
        .map(|e| (e.field, e.reason))
        .collect()
}

#[test]
fn addresses_need_a_real_host_and_no_user_name() {
    for good in [
        "https://posos.example/a?b=c",
        "https://www.sub.campus.example:8443/x#y",
        "https://santé.example/",
        "https://example.org.",
    ] {
        assert_eq!(validate_url(good), Ok(()), "{good}");
    }
    for bad in [
        "https://datavoile.example@evil.example/",
        "https://user:pass@evil.example/",
        "https://@./",
        "https://./",
        "https://a..example/",
        "https://-a.example/",
        "https://example",
        "https://1.2.3.4/",
        "https://[::1]/",
        "https://example.org:99999/",
        "https://example.org:/",
        "https://evil.example\\@campus.example/",
        "https://exa\u{202E}mple.org/",
        "http://example.org/",
    ] {
        assert!(validate_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn lists_are_bounded_by_their_vocabulary_and_never_repeat() {
    let mut profile = valid_profile();
    profile.summary.poles = vec!["formation".into(); 160_000];
    assert_eq!(
        faults(&profile),
        [("poles".to_owned(), "at most 5 poles".to_owned())],
        "one error for a huge list"
    );
    profile.summary.poles = vec!["formation".into(), "recherche".into(), "formation".into()];
    profile.summary.sectors = vec![Sector::Prevention, Sector::Prevention];
    profile.social = vec![
        SocialLink {
            network: Network::GitHub,
            url: "https://github.com/a".into(),
        },
        SocialLink {
            network: Network::GitHub,
            url: "https://github.com/b".into(),
        },
    ];
    let fields: Vec<String> = faults(&profile).into_iter().map(|f| f.0).collect();
    assert_eq!(fields, ["sectors[1]", "poles[2]", "social[1].network"]);
    // However many fields are wrong, the answer stays small.
    profile.summary.poles = (0..5).map(|i| format!("BAD {i}")).collect();
    profile.social = (0..6)
        .map(|i| SocialLink {
            network: Network::ALL[i],
            url: format!("ftp://{i}"),
        })
        .collect();
    assert!(profile.check(2026).len() <= MAX_ERRORS);
}

#[test]
fn texts_refuse_controls_and_format_characters_and_need_visible_content() {
    let mut profile = valid_profile();
    profile.summary.name = "Data\u{202E}voile".into();
    profile.summary.pitch.fr =
        "\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}"
            .into();
    profile.description.en = "Line one\nline two\u{7}".into();
    profile.summary.spin_off = Some(SpinOff {
        lab: "\u{FEFF}".into(),
        institute: None,
    });
    let fields: Vec<String> = faults(&profile).into_iter().map(|f| f.0).collect();
    assert_eq!(
        fields,
        ["name", "pitch.fr", "spin_off.lab", "description.en"]
    );
    profile = valid_profile();
    profile.description.fr = "Première ligne.\n\nDeuxième ligne 👩\u{200D}⚕️.".into();
    assert_eq!(faults(&profile), []);
}

/// A real start-up as the seed article knows it: no stage, year, team size or dates.
fn undated(slug: &str, name: &str) -> StartupSummary {
    let mut s = card(slug, name, &[Sector::HealthData], Stage::Seed, 2017);
    s.stage = None;
    s.founded = None;
    s.team_size = None;
    s.member_since = None;
    s.updated = None;
    s
}

#[test]
fn facts_not_given_match_no_filter_on_them_and_sort_last() {
    let index = DirectoryIndex::new(vec![
        undated("real", "Aaa réel"),
        card("seed", "Seed", &[Sector::HealthData], Stage::Seed, 2019),
    ]);
    // Without a filter on them, a start-up that gave nothing is listed like any other.
    assert_eq!(
        slugs(&index, &query(&[("sector", "donnees-de-sante")])),
        ["real", "seed"]
    );
    // A stage or a year range asks for a fact it has not given: it is not in.
    assert_eq!(slugs(&index, &query(&[("stage", "amorcage")])), ["seed"]);
    assert_eq!(slugs(&index, &query(&[("founded_to", "2030")])), ["seed"]);
    // It counts in no stage and no year.
    let facets = index.search(&query(&[])).facets;
    let seed_stage = facets.stage.iter().find(|v| v.value == "amorcage").unwrap();
    assert_eq!(seed_stage.count, 1);
    assert_eq!(index.years(), [2019]);
    // Undated comes after dated, whichever order by date.
    for sort in ["arrivee", "mise-a-jour"] {
        assert_eq!(
            slugs(&index, &query(&[("sort", sort)])),
            ["seed", "real"],
            "{sort}"
        );
    }
    // And an empty profile fact passes validation: it is "to be completed", not wrong.
    let mut profile = valid_profile();
    profile.summary = undated("real", "Réel");
    assert_eq!(faults(&profile), Vec::<(String, String)>::new());
}

#[test]
fn a_real_profile_awaiting_completion_may_leave_its_lists_empty() {
    let mut profile = valid_profile();
    profile.summary.sectors.clear();
    profile.summary.poles.clear();
    profile.summary.sample = false;
    profile.summary.updated = None;
    profile.summary.member_since = None;
    assert!(profile.summary.awaits_completion());
    assert_eq!(profile.check_entered(2026), []);
    // The start-up's own save chooses them.
    let fields: Vec<String> = profile.check(2026).into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["sectors", "poles"]);
    // Other rules still hold on an entered profile.
    profile.summary.name = " ".into();
    let fields: Vec<String> = profile
        .check_entered(2026)
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, ["name"]);
    profile.summary.name = "DrData".into();
    // A sample, or a profile its start-up saved, is complete or wrong.
    for (sample, updated) in [(true, None), (false, Date::new(2026, 1, 5))] {
        profile.summary.sample = sample;
        profile.summary.updated = updated;
        assert!(!profile.summary.awaits_completion());
        let fields: Vec<String> = profile
            .check_entered(2026)
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["sectors", "poles"]);
    }
}
