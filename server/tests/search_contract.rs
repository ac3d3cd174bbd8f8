//! The API's search parameters in `openapi.yaml` are the searches' declarations in `model`:
//! the same parameters, each accepting exactly its declared values, the same sort orders and
//! page size. Adding a facet to a declaration without documenting it fails here.

use model::{
    agenda::AgendaQuery,
    catalogue::CatalogueQuery,
    directory::DirectoryQuery,
    facet_search::{Coded, FacetKind, FacetQuery},
    Lang,
};
use serde_json::{json, Value};

/// Parameters every list endpoint reads besides its search's own.
const LISTING: [&str; 3] = ["page", "per_page", "locale"];

fn spec() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
    serde_norway::from_str(&text).expect("openapi.yaml parses")
}

fn accepts(schema: &Value, value: &Value) -> bool {
    jsonschema::validator_for(schema)
        .expect("parameter schema compiles")
        .is_valid(value)
}

fn check<Q: FacetQuery>(path: &str) {
    let spec = spec();
    let documented: Vec<&Value> = spec["paths"][path]["get"]["parameters"]
        .as_array()
        .unwrap_or_else(|| panic!("{path} documents its parameters"))
        .iter()
        .filter(|p| p.get("$ref").is_none())
        .collect();
    let schema_of = |name: &str| -> &Value {
        &documented
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{path}: `{name}` is declared but not documented"))["schema"]
    };

    let mut declared = vec!["q", "sort"];
    declared.extend(Q::FACETS.iter().map(|f| f.param));
    declared.extend(LISTING);
    let mut names: Vec<&str> = documented
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    declared.sort_unstable();
    assert_eq!(names, declared, "{path}: documented parameters");

    for facet in Q::FACETS {
        let schema = schema_of(facet.param);
        let context = format!("{path} `{}`", facet.param);
        match facet.kind {
            FacetKind::ManyOf => {
                let codes: Vec<&str> = (facet.choices)(Lang::Fr).iter().map(|c| c.0).collect();
                assert!(!codes.is_empty(), "{context} has a vocabulary");
                for code in &codes {
                    assert!(accepts(schema, &json!(code)), "{context} accepts {code}");
                }
                assert!(
                    accepts(schema, &json!(codes.join(","))),
                    "{context}: all at once"
                );
                assert!(
                    !accepts(schema, &json!("bogus")),
                    "{context} refuses an unknown code"
                );
            }
            FacetKind::AnyOf => {
                assert!(accepts(schema, &json!("health-data-hub,psl")), "{context}");
                assert!(!accepts(schema, &json!("../etc")), "{context}");
            }
            FacetKind::Toggle => {
                for value in ["1", "0", ""] {
                    assert!(
                        accepts(schema, &json!(value)),
                        "{context} accepts {value:?}"
                    );
                }
                assert!(!accepts(schema, &json!("maybe")), "{context}");
            }
            FacetKind::Year => {
                let (min, max) = (model::facet_search::YEAR_MIN, model::facet_search::YEAR_MAX);
                assert!(
                    accepts(schema, &json!(min)) && accepts(schema, &json!(max)),
                    "{context}"
                );
                assert!(!accepts(schema, &json!(min - 1)), "{context}");
                assert!(!accepts(schema, &json!(max + 1)), "{context}");
            }
            FacetKind::Date => {
                for value in ["2026-12-10", ""] {
                    assert!(
                        accepts(schema, &json!(value)),
                        "{context} accepts {value:?}"
                    );
                }
                for value in ["10/12/2026", "2026-13-01", "x"] {
                    assert!(!accepts(schema, &json!(value)), "{context} refuses {value}");
                }
            }
        }
    }

    let sorts: Vec<&str> = Q::Sort::ALL.iter().map(|s| s.code()).collect();
    let sort = schema_of("sort");
    let documented_sorts: Vec<&str> = sort["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(documented_sorts, sorts, "{path}: sort orders");
    assert_eq!(
        sort["default"],
        Q::Sort::ALL[0].code(),
        "{path}: default sort"
    );
    assert_eq!(
        Q::default().sort_code(),
        Q::Sort::ALL[0].code(),
        "the first sort order is the default"
    );
    assert_eq!(
        schema_of("per_page")["default"],
        Q::PER_PAGE,
        "{path}: page size"
    );
}

#[test]
fn the_catalogue_search_is_documented_as_declared() {
    check::<CatalogueQuery>("/programmes");
}

#[test]
fn the_directory_search_is_documented_as_declared() {
    check::<DirectoryQuery>("/startups");
}

#[test]
fn the_agenda_search_and_its_feed_are_documented_as_declared() {
    check::<AgendaQuery>("/events");
    check::<AgendaQuery>("/events.ics");
}

#[test]
fn each_declared_parameter_round_trips_through_a_link() {
    fn round_trip<Q: FacetQuery>() {
        for facet in Q::FACETS {
            let value = match facet.kind {
                FacetKind::ManyOf => (facet.choices)(Lang::En)[0].0.to_owned(),
                FacetKind::AnyOf => "psl".to_owned(),
                FacetKind::Toggle => "1".to_owned(),
                FacetKind::Year => "2020".to_owned(),
                FacetKind::Date => "2026-12-10".to_owned(),
            };
            let (query, issues) = Q::parse_pairs([(facet.param, value.as_str())]);
            assert!(issues.is_empty(), "{}: {issues:?}", facet.param);
            assert_eq!(
                query.selected(facet.param),
                [value.as_str()],
                "{}",
                facet.param
            );
            assert_eq!(query.to_pairs(), [(facet.param, value)], "{}", facet.param);
            let mut cleared = query.clone();
            cleared.toggle(facet.param, &query.selected(facet.param)[0]);
            assert!(
                cleared.to_pairs().is_empty(),
                "{}: toggled off",
                facet.param
            );
        }
    }
    round_trip::<CatalogueQuery>();
    round_trip::<DirectoryQuery>();
    round_trip::<AgendaQuery>();
}
