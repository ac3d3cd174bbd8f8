//! Any query on generated catalogues and directories: the engines never panic, return
//! each entry at most once, and every facet count stays within the number of entries.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use model::{
    catalogue::{generate as programmes, CatalogueIndex, CatalogueQuery, Date},
    directory::{generate as startups, DirectoryIndex, DirectoryQuery},
    facet_search::FacetQuery,
    Lang,
};

fn indexes() -> &'static (CatalogueIndex, DirectoryIndex) {
    static INDEXES: OnceLock<(CatalogueIndex, DirectoryIndex)> = OnceLock::new();
    INDEXES.get_or_init(|| {
        (
            CatalogueIndex::new(programmes::programmes(60, 7)),
            DirectoryIndex::new(startups::startups(60)),
        )
    })
}

fn distinct(matches: &[usize], len: usize) {
    let mut seen = vec![false; len];
    for &i in matches {
        assert!(i < len && !seen[i], "index {i} twice or out of range");
        seen[i] = true;
    }
}

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let (catalogue, directory) = indexes();
    let (q, _) = CatalogueQuery::from_search(&raw);
    let today = Date::new(2026, 11, 29).unwrap();
    for lang in [Lang::Fr, Lang::En] {
        let result = catalogue.search_in(&q, today, lang);
        distinct(&result.matches, catalogue.len());
        for value in result.facets.level.iter().chain(&result.facets.domain) {
            assert!(value.count as usize <= catalogue.len());
        }
    }
    let (q, _) = DirectoryQuery::from_search(&raw);
    let result = directory.search(&q);
    distinct(&result.matches, directory.len());
    for value in result.facets.sector.iter().chain(&result.facets.founded) {
        assert!(value.count as usize <= directory.len());
    }
});
