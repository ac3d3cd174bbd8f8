//! What every list endpoint shares: reading the search parameters (one parser with the app,
//! through [`FacetQuery`]) and `per_page`, refusing bad input with a 400 that names the
//! parameter, and cutting a page out of the matches.

use model::facet_search::{decode_query, FacetQuery};

use crate::error::ApiError;

/// Enough for a client to take a whole real list in one request.
pub const MAX_PER_PAGE: u32 = 1000;

pub fn bad(parameter: &str, detail: String) -> ApiError {
    ApiError::BadRequest {
        parameter: Some(parameter.to_owned()),
        detail,
    }
}

/// The search of type `Q` and the page size asked for by a raw query string.
pub fn list_query<Q: FacetQuery>(
    raw: Option<&str>,
    default_per_page: u32,
) -> Result<(Q, u32), ApiError> {
    let (pairs, bad_encodings) = decode_query(raw.unwrap_or(""));
    if let Some(issue) = bad_encodings.first() {
        return Err(bad(
            &issue.parameter,
            format!("`{}`: {}", issue.value, issue.reason),
        ));
    }
    let mut per_page = default_per_page;
    let mut search_pairs = Vec::new();
    for (key, value) in &pairs {
        if key == "per_page" {
            per_page = value
                .parse()
                .ok()
                .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                .ok_or_else(|| {
                    bad(
                        "per_page",
                        format!("expected 1 to {MAX_PER_PAGE}, got `{value}`"),
                    )
                })?;
        } else {
            search_pairs.push((key.as_str(), value.as_str()));
        }
    }
    let (query, issues) = Q::parse_pairs(search_pairs);
    if let Some(issue) = issues.first() {
        return Err(bad(
            &issue.parameter,
            format!("{}: `{}` ({})", issue.parameter, issue.value, issue.reason),
        ));
    }
    Ok((query, per_page))
}

/// Page `page` (1-based) of `matches`, each index turned into an item by `item`.
pub fn page_of<T>(
    matches: &[usize],
    page: u32,
    per_page: u32,
    item: impl Fn(usize) -> T,
) -> Vec<T> {
    let start = ((page - 1) as usize).saturating_mul(per_page as usize);
    matches
        .iter()
        .skip(start)
        .take(per_page as usize)
        .map(|i| item(*i))
        .collect()
}
