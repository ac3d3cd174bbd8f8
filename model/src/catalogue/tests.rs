use super::*;
use crate::Localised;

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn programme(
    slug: &str,
    title_fr: &str,
    level: Level,
    domains: &[Domain],
    langs: &[TeachingLanguage],
) -> ProgrammeSummary {
    ProgrammeSummary {
        slug: slug.into(),
        title: Localised::new(title_fr, format!("{title_fr} (en)")),
        summary: Localised::new("Résumé", "Summary"),
        level,
        domains: domains.to_vec(),
        institution: Institution {
            slug: "psl".into(),
            name: "Université PSL".into(),
        },
        poles: vec!["formation".into()],
        modes: vec![Mode::Initial],
        format: Format::OnSite,
        languages: langs.to_vec(),
        ects: Some(120),
        duration_months: 24,
        start_dates: vec![date("2027-09-01")],
        application: Some(ApplicationWindow {
            opens: date("2027-01-15"),
            closes: date("2027-04-30"),
        }),
        updated: date("2026-10-01"),
        sample: true,
    }
}

fn catalogue() -> CatalogueIndex {
    use Domain::*;
    use TeachingLanguage::*;
    let mut inria = programme(
        "m2-ia-sante",
        "Master Intelligence artificielle et santé",
        Level::Master,
        &[ArtificialIntelligence, Health],
        &[English],
    );
    inria.institution = Institution {
        slug: "inria".into(),
        name: "Inria".into(),
    };
    inria.application = Some(ApplicationWindow {
        opens: date("2026-11-01"),
        closes: date("2026-12-15"),
    });
    let mut du = programme(
        "du-donnees",
        "DU Données de santé en pratique",
        Level::UniversityDiploma,
        &[HealthData],
        &[French],
    );
    du.start_dates = vec![date("2027-01-10"), date("2027-06-01")];
    du.application = None;
    CatalogueIndex::new(vec![
        programme(
            "m2-donnees",
            "Master Données de santé",
            Level::Master,
            &[HealthData, PublicHealth],
            &[French, English],
        ),
        inria,
        programme(
            "these-bio",
            "Doctorat Biologie quantitative",
            Level::Doctorat,
            &[LifeSciences, Health],
            &[English],
        ),
        du,
    ])
}

fn slugs(index: &CatalogueIndex, result: &SearchResult) -> Vec<String> {
    result
        .matches
        .iter()
        .map(|i| index.get(*i).slug.clone())
        .collect()
}

fn query(pairs: &[(&str, &str)]) -> CatalogueQuery {
    let (q, issues) = CatalogueQuery::parse(pairs.iter().copied());
    assert!(issues.is_empty(), "{issues:?}");
    q
}

fn count(values: &[FacetValue], value: &str) -> u32 {
    values
        .iter()
        .find(|v| v.value == value)
        .map(|v| v.count)
        .unwrap_or(0)
}

const TODAY: &str = "2026-11-29";

#[test]
fn empty_query_lists_everything_by_title() {
    let index = catalogue();
    let result = index.search(&CatalogueQuery::default(), date(TODAY));
    assert_eq!(
        slugs(&index, &result),
        ["these-bio", "du-donnees", "m2-donnees", "m2-ia-sante"]
    );
}

#[test]
fn text_search_is_accent_case_and_plural_tolerant() {
    let index = catalogue();
    for q in ["donnees", "DONNÉE", "données santé"] {
        let result = index.search(&query(&[("q", q)]), date(TODAY));
        assert_eq!(slugs(&index, &result), ["du-donnees", "m2-donnees"], "{q}");
    }
    let ia = index.search(&query(&[("q", "IA")]), date(TODAY));
    assert_eq!(slugs(&index, &ia), ["m2-ia-sante"]);
    assert!(index
        .search(&query(&[("q", "astronomie")]), date(TODAY))
        .matches
        .is_empty());
}

#[test]
fn title_matches_rank_first() {
    let index = catalogue();
    // "santé" is in three titles, and only in a domain label of the doctorate.
    let result = index.search(&query(&[("q", "sante")]), date(TODAY));
    let found = slugs(&index, &result);
    assert_eq!(found.len(), 4);
    assert_eq!(
        found[3], "these-bio",
        "a title match outranks it though its title sorts first"
    );
}

#[test]
fn filters_are_or_within_a_facet_and_and_across() {
    let index = catalogue();
    let result = index.search(
        &query(&[("level", "master,doctorat"), ("lang", "en")]),
        date(TODAY),
    );
    assert_eq!(
        slugs(&index, &result),
        ["these-bio", "m2-donnees", "m2-ia-sante"]
    );
    let result = index.search(
        &query(&[
            ("level", "master"),
            ("domain", "donnees-de-sante"),
            ("lang", "en"),
        ]),
        date(TODAY),
    );
    assert_eq!(slugs(&index, &result), ["m2-donnees"]);
}

#[test]
fn facet_counts_ignore_their_own_filter() {
    let index = catalogue();
    let result = index.search(&query(&[("level", "master")]), date(TODAY));
    let f = &result.facets;
    // Other levels still show what selecting them would add.
    assert_eq!(count(&f.level, "master"), 2);
    assert_eq!(count(&f.level, "doctorat"), 1);
    assert_eq!(count(&f.level, "du"), 1);
    assert_eq!(count(&f.level, "licence"), 0);
    // Other facets count within the masters only.
    assert_eq!(count(&f.domain, "donnees-de-sante"), 1);
    assert_eq!(count(&f.domain, "sciences-du-vivant"), 0);
    assert_eq!(count(&f.lang, "en"), 2);
    assert_eq!(count(&f.institution, "inria"), 1);
    assert_eq!(count(&f.institution, "psl"), 1);
    assert_eq!(f.level.len(), Level::ALL.len(), "every level is listed");
}

#[test]
fn open_applications_depend_on_today() {
    let index = catalogue();
    let result = index.search(&query(&[("open", "1")]), date(TODAY));
    assert_eq!(slugs(&index, &result), ["m2-ia-sante"]);
    assert_eq!(result.facets.open, 1);
    let later = index.search(&query(&[("open", "1")]), date("2027-02-01"));
    assert_eq!(slugs(&index, &later), ["these-bio", "m2-donnees"]);
}

#[test]
fn sorts_by_start_and_deadline() {
    let index = catalogue();
    let by_start = index.search(&query(&[("sort", "rentree")]), date(TODAY));
    assert_eq!(slugs(&index, &by_start)[0], "du-donnees");
    let by_deadline = index.search(&query(&[("sort", "candidature")]), date(TODAY));
    let order = slugs(&index, &by_deadline);
    assert_eq!(order[0], "m2-ia-sante", "open first");
    assert_eq!(order[3], "du-donnees", "no window last");
}

#[test]
fn unknown_institution_matches_nothing() {
    let index = catalogue();
    let result = index.search(&query(&[("institution", "nowhere")]), date(TODAY));
    assert!(result.matches.is_empty());
}

#[test]
fn application_status_and_next_start() {
    let index = catalogue();
    let ia = index
        .programmes()
        .iter()
        .find(|p| p.slug == "m2-ia-sante")
        .unwrap();
    assert_eq!(
        ia.application_status(date(TODAY)),
        ApplicationStatus::Open(16)
    );
    assert_eq!(
        ia.application_status(date("2026-10-30")),
        ApplicationStatus::Upcoming(2)
    );
    assert_eq!(
        ia.application_status(date("2026-12-16")),
        ApplicationStatus::Closed
    );
    let du = index
        .programmes()
        .iter()
        .find(|p| p.slug == "du-donnees")
        .unwrap();
    assert_eq!(
        du.application_status(date(TODAY)),
        ApplicationStatus::Unknown
    );
    assert_eq!(du.next_start(date("2027-02-01")), Some(date("2027-06-01")));
    assert_eq!(du.next_start(date("2027-07-01")), None);
}

#[test]
fn generated_catalogue_is_valid_and_searchable() {
    let programmes = generate::programmes(2_000, 7);
    assert!(programmes.iter().all(|p| generate::programme(p.clone())
        .check(&crate::POLE_SLUGS)
        .is_empty()));
    assert_eq!(generate::programmes(2_000, 7), programmes, "deterministic");
    let index = CatalogueIndex::new(programmes);
    let all = index.search(&CatalogueQuery::default(), date(TODAY));
    assert_eq!(all.matches.len(), 2_000);
    let total: u32 = all.facets.level.iter().map(|v| v.count).sum();
    assert_eq!(total, 2_000);
    let masters = index.search(
        &query(&[("level", "master"), ("q", "donnees")]),
        date(TODAY),
    );
    assert!(!masters.matches.is_empty());
    assert!(masters
        .matches
        .iter()
        .all(|i| index.get(*i).level == Level::Master));
}

#[test]
fn titles_sort_in_the_readers_language() {
    let mut phd = programme(
        "these",
        "Doctorat Biologie",
        Level::Doctorat,
        &[Domain::LifeSciences],
        &[TeachingLanguage::English],
    );
    phd.title.en = "PhD in Biology".into();
    let mut master = programme(
        "master",
        "Master Données",
        Level::Master,
        &[Domain::HealthData],
        &[TeachingLanguage::English],
    );
    master.title.en = "Master in Data".into();
    let index = CatalogueIndex::new(vec![master, phd]);
    let query = query(&[("sort", "titre")]);
    assert_eq!(
        slugs(
            &index,
            &index.search_in(&query, date(TODAY), crate::Lang::Fr)
        ),
        ["these", "master"]
    );
    assert_eq!(
        slugs(
            &index,
            &index.search_in(&query, date(TODAY), crate::Lang::En)
        ),
        ["master", "these"]
    );
    assert_eq!(
        slugs(&index, &index.search(&query, date(TODAY))),
        ["these", "master"],
        "the API orders as in French"
    );
}

#[test]
fn a_programme_breaking_rules_is_told_field_by_field() {
    let good = generate::programme(generate::programmes(1, 3).remove(0));
    assert_eq!(good.check(&crate::POLE_SLUGS), Vec::new());
    let mut bad = good.clone();
    bad.summary.title.en = String::new();
    bad.summary.modes.clear();
    bad.summary.languages = vec![TeachingLanguage::French, TeachingLanguage::French];
    bad.summary.poles = vec!["cuisine".into()];
    bad.summary.duration_months = 0;
    bad.summary.application = Some(ApplicationWindow {
        opens: date("2027-05-01"),
        closes: date("2027-04-01"),
    });
    bad.capacity = Some(0);
    bad.url = Some("http://exemple.org".into());
    let fields: Vec<String> = bad
        .check(&crate::POLE_SLUGS)
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        [
            "title.en",
            "modes",
            "languages[1]",
            "poles[0]",
            "duration_months",
            "application.closes",
            "capacity",
            "url"
        ]
    );
    assert!(bad
        .validate(&crate::POLE_SLUGS)
        .unwrap_err()
        .contains("title.en"));
}
