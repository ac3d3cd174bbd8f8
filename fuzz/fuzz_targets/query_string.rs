//! Any query string: decoding and both parsers never panic, and what they keep survives a
//! round trip through the canonical form unchanged and without new issues.
#![no_main]

use libfuzzer_sys::fuzz_target;
use model::{
    catalogue::CatalogueQuery,
    directory::DirectoryQuery,
    facet_search::{decode_query, encode_query, FacetQuery},
};

fn round_trip<Q: FacetQuery + std::fmt::Debug>(raw: &str) {
    let (query, _) = Q::from_search(raw);
    let canonical = encode_query(&query.to_pairs());
    let (again, issues) = Q::from_search(&canonical);
    assert!(issues.is_empty(), "{canonical}: {issues:?}");
    assert_eq!(again.to_pairs(), query.to_pairs(), "{canonical}");
}

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let _ = decode_query(&raw);
    round_trip::<CatalogueQuery>(&raw);
    round_trip::<DirectoryQuery>(&raw);
});
