use std::time::{SystemTime, UNIX_EPOCH};

use axum::{
    extract::{Path, RawQuery, State},
    routing::get,
    Json, Router,
};
use model::{
    catalogue::{CatalogueQuery, Date, Programme, ProgrammeList},
    validate_slug,
};

use crate::{db, error::ApiError, AppState};

pub const DEFAULT_PER_PAGE: u32 = 20;
/// Enough for a client to take the whole real catalogue in one request.
pub const MAX_PER_PAGE: u32 = 1000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/programmes", get(list))
        .route("/programmes/{slug}", get(show))
}

/// Today in UTC, for "applications open" and start dates.
pub fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days_since_epoch((secs / 86_400) as i64)
}

fn bad(parameter: &str, detail: String) -> ApiError {
    ApiError::BadRequest {
        parameter: Some(parameter.to_owned()),
        detail,
    }
}

/// Splits the raw query string into decoded pairs, rejecting malformed encodings.
fn decode_pairs(raw: &str) -> Result<Vec<(String, String)>, ApiError> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                let s = s.replace('+', " ");
                percent_decode(&s)
                    .ok_or_else(|| bad(k, format!("`{pair}` is not valid percent-encoded UTF-8")))
            };
            Ok((decode(k)?, decode(v)?))
        })
        .collect()
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<ProgrammeList>, ApiError> {
    let pairs = decode_pairs(raw.as_deref().unwrap_or(""))?;
    let mut per_page = DEFAULT_PER_PAGE;
    let mut catalogue_pairs = Vec::new();
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
            catalogue_pairs.push((key.as_str(), value.as_str()));
        }
    }
    let (query, issues) = CatalogueQuery::parse(catalogue_pairs);
    if let Some(issue) = issues.first() {
        return Err(bad(
            &issue.parameter,
            format!("{}: `{}` ({})", issue.parameter, issue.value, issue.reason),
        ));
    }
    let result = state.catalogue.search(&query, today());
    let page = query.page();
    let start = ((page - 1) as usize).saturating_mul(per_page as usize);
    let items = result
        .matches
        .iter()
        .skip(start)
        .take(per_page as usize)
        .map(|i| state.catalogue.get(*i).clone())
        .collect();
    Ok(Json(ProgrammeList {
        total: result.matches.len() as u32,
        page,
        per_page,
        items,
        facets: result.facets,
    }))
}

async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Programme>, ApiError> {
    if let Err(e) = validate_slug(&slug) {
        return Err(ApiError::NotFound(format!("no programme `{slug}` ({e})")));
    }
    let lookup = slug.clone();
    match state
        .db
        .read(move |conn| db::load_programme(conn, &lookup))
        .await?
    {
        Some(programme) => Ok(Json(programme)),
        None => Err(ApiError::NotFound(format!("no programme `{slug}`"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_query_strings() {
        let pairs =
            decode_pairs("q=donn%C3%A9es+de+sant%C3%A9&level=master%2Cdoctorat&open").unwrap();
        assert_eq!(
            pairs,
            [
                ("q".into(), "données de santé".into()),
                ("level".into(), "master,doctorat".into()),
                ("open".into(), String::new())
            ]
        );
        assert!(decode_pairs("q=%E9").is_err(), "latin-1 is not UTF-8");
        assert!(decode_pairs("q=%zz").is_err());
        assert!(decode_pairs("q=%4").is_err());
    }
}
