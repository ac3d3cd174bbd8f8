//! The catalogue's search, declared: its sort orders and facets. The app keeps the query
//! in the URL (every view a shareable link) and the API reads the same parameters: one
//! parser, written by [`search_query!`] from the rows below.

use super::{Domain, Facets, Format, Level, Mode, TeachingLanguage};
use crate::facet_search::{coded_enum, search_query};

coded_enum! {
    /// How the catalogue orders its results.
    Sort {
        Relevance => "pertinence", "Pertinence", "Relevance";
        /// Next start date, soonest first.
        Start => "rentree", "Date de rentrée", "Start date";
        /// Application deadline, soonest first (open windows only rank first).
        Deadline => "candidature", "Date limite de candidature", "Application deadline";
        Title => "titre", "Titre", "Title";
    }
}

search_query! {
    /// Everything that selects and orders programmes.
    pub struct CatalogueQuery {
        sort: Sort,
        per_page: 20,
        counts: Facets,
        facets: {
            levels: Vec<Level> = "level", counts level,
                "Niveau" / "Level", unknown "level";
            domains: Vec<Domain> = "domain", counts domain,
                "Domaine" / "Field", unknown "domain";
            languages: Vec<TeachingLanguage> = "lang", counts lang,
                "Langue d'enseignement" / "Teaching language", unknown "teaching language";
            modes: Vec<Mode> = "mode", counts mode,
                "Modalité" / "Mode of study", unknown "mode";
            formats: Vec<Format> = "format", counts format,
                "Format" / "Format", unknown "format";
            institutions: Vec<String> = "institution", counts institution,
                "Établissement" / "Institution";
            poles: Vec<String> = "pole", counts pole,
                "Pôle du campus" / "Campus pole";
            /// Only programmes whose applications are open today.
            open_only: bool = "open", counts open,
                "Candidatures ouvertes aujourd'hui" / "Applications open today";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facet_search::QueryIssue;

    fn parse(pairs: &[(&str, &str)]) -> (CatalogueQuery, Vec<QueryIssue>) {
        CatalogueQuery::parse(pairs.iter().copied())
    }

    #[test]
    fn parses_every_parameter() {
        let (q, issues) = parse(&[
            ("q", "données"),
            ("level", "master,doctorat"),
            ("level", "master"),
            ("domain", "donnees-de-sante"),
            ("institution", "psl"),
            ("pole", "formation"),
            ("mode", "alternance"),
            ("format", "hybride"),
            ("lang", "en"),
            ("open", "1"),
            ("sort", "candidature"),
            ("page", "2"),
        ]);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(q.q, "données");
        assert_eq!(q.levels, [Level::Master, Level::Doctorat]);
        assert_eq!(q.domains, [Domain::HealthData]);
        assert_eq!(q.institutions, ["psl"]);
        assert_eq!(q.poles, ["formation"]);
        assert_eq!(q.modes, [Mode::Apprenticeship]);
        assert_eq!(q.formats, [Format::Hybrid]);
        assert_eq!(q.languages, [TeachingLanguage::English]);
        assert!(q.open_only);
        assert_eq!(q.sort, Sort::Deadline);
        assert_eq!(q.page(), 2);
    }

    #[test]
    fn reports_and_skips_what_it_cannot_understand() {
        let (q, issues) = parse(&[
            ("level", "master,bogus"),
            ("colour", "blue"),
            ("page", "0"),
            ("page", "-3"),
            ("sort", "random"),
            ("pole", "../etc"),
            ("open", "maybe"),
        ]);
        assert_eq!(q.levels, [Level::Master], "the valid part is kept");
        assert_eq!(q.page(), 1);
        assert_eq!(q.sort, Sort::Relevance);
        let params: Vec<&str> = issues.iter().map(|i| i.parameter.as_str()).collect();
        assert_eq!(
            params,
            ["level", "colour", "page", "page", "sort", "pole", "open"]
        );
        let long = "x".repeat(crate::facet_search::MAX_QUERY_LEN + 1);
        assert_eq!(parse(&[("q", &long)]).1.len(), 1);
    }

    #[test]
    fn toggling_selects_unselects_and_resets_the_page() {
        let (mut q, _) = parse(&[("page", "3"), ("sort", "titre")]);
        q.toggle("level", "master");
        assert_eq!(q.levels, [Level::Master]);
        assert_eq!(q.page(), 1);
        q.toggle("level", "doctorat");
        q.toggle("level", "master");
        assert_eq!(q.levels, [Level::Doctorat]);
        q.toggle("level", "bogus");
        assert_eq!(q.levels, [Level::Doctorat]);
        q.toggle("open", "1");
        assert!(q.open_only);
        q.toggle("pole", "formation");
        assert_eq!(q.poles, ["formation"]);
        let cleared = q.cleared();
        assert!(!cleared.has_filters());
        assert_eq!(cleared.sort, Sort::Title);
    }

    #[test]
    fn serialises_canonically_and_round_trips() {
        let (q, _) = parse(&[
            ("lang", "en"),
            ("level", "doctorat,master"),
            ("q", "  ia "),
            ("page", "1"),
        ]);
        let pairs = q.to_pairs();
        assert_eq!(
            pairs,
            [
                ("q", "ia".to_owned()),
                ("level", "master,doctorat".to_owned()),
                ("lang", "en".to_owned())
            ]
        );
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (again, issues) = CatalogueQuery::parse(borrowed);
        assert!(issues.is_empty());
        assert_eq!(again.to_pairs(), pairs);
        assert!(CatalogueQuery::default().to_pairs().is_empty());
        assert!(!CatalogueQuery::default().has_filters());
        assert!(q.has_filters());
    }
}
