//! What every list endpoint shares: reading the search parameters (one parser with the app,
//! through [`FacetQuery`]) and `per_page`, refusing bad input with a 400 that names the
//! parameter. Pages are cut by the engine itself (`list`), the same way as in the app.

use model::{
    facet_search::{decode_query, FacetQuery},
    Lang,
};

use crate::error::ApiError;

/// Enough for a client to take a whole real list in one request.
pub const MAX_PER_PAGE: u32 = 1000;

pub fn bad(parameter: &str, detail: String) -> ApiError {
    ApiError::BadRequest {
        parameter: Some(parameter.to_owned()),
        detail,
    }
}

/// A parameter refused by its rule. The value is never quoted (a search may hold an
/// e-mail), and neither is a name that is not a parameter's: `?jean@example.org=1` is
/// refused without saying it.
fn refused(parameter: &str, rule: &str) -> ApiError {
    let is_a_name = !parameter.is_empty()
        && parameter.len() <= 32
        && parameter
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_');
    if is_a_name {
        bad(parameter, format!("{parameter}: {rule}"))
    } else {
        ApiError::BadRequest {
            parameter: None,
            detail: format!("a parameter name: {rule}"),
        }
    }
}

/// A list request: the search, the page size, and the language titles are ordered in.
pub struct ListQuery<Q> {
    pub query: Q,
    /// `0` asks for the total and the facet counts only (no items).
    pub per_page: u32,
    pub locale: Lang,
}

/// The search of type `Q`, the page size and the locale asked for by a raw query string.
pub fn list_query<Q: FacetQuery>(raw: Option<&str>) -> Result<ListQuery<Q>, ApiError> {
    let (pairs, bad_encodings) = decode_query(raw.unwrap_or(""));
    if let Some(issue) = bad_encodings.first() {
        return Err(refused(&issue.parameter, issue.reason));
    }
    let mut per_page = Q::PER_PAGE;
    let mut locale = Lang::Fr;
    let mut search_pairs = Vec::new();
    for (key, value) in &pairs {
        if key == "per_page" {
            per_page = value
                .parse()
                .ok()
                .filter(|n| (0..=MAX_PER_PAGE).contains(n))
                .ok_or_else(|| bad("per_page", format!("expected 0 to {MAX_PER_PAGE}")))?;
        } else if key == "locale" {
            locale =
                Lang::from_code(value).ok_or_else(|| bad("locale", "expected fr or en".into()))?;
        } else {
            search_pairs.push((key.as_str(), value.as_str()));
        }
    }
    let (query, issues) = Q::parse_pairs(search_pairs);
    if let Some(issue) = issues.first() {
        return Err(refused(&issue.parameter, issue.reason));
    }
    Ok(ListQuery {
        query,
        per_page,
        locale,
    })
}
