//! `GET /me/startup/history`: the accepted changes of the member's profile, newest first.

use axum::{
    extract::State,
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
    Json,
};
use model::space::HistoryEntry;

use super::private;
use crate::{app_state::AppState, auth::Member, db, error::ApiError};

/// `?limit=` (1 to 100, 20 by default) entries, newest first, from before version
/// `?before=`; a `Link: <…>; rel="next"` header points to the next page while there is one.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct HistoryPage {
    limit: Option<u32>,
    before: Option<u32>,
}

pub const HISTORY_PAGE: u32 = 20;
pub const HISTORY_PAGE_MAX: u32 = 100;

pub async fn my_history(
    State(state): State<AppState>,
    member: Member,
    uri: axum::http::Uri,
) -> Result<Response, ApiError> {
    let axum::extract::Query(page) = axum::extract::Query::<HistoryPage>::try_from_uri(&uri)
        .map_err(|e| ApiError::BadRequest {
            parameter: None,
            detail: e.body_text(),
        })?;
    let limit = page.limit.unwrap_or(HISTORY_PAGE);
    if !(1..=HISTORY_PAGE_MAX).contains(&limit) {
        return Err(ApiError::BadRequest {
            parameter: Some("limit".into()),
            detail: format!("limit: from 1 to {HISTORY_PAGE_MAX}"),
        });
    }
    let slug = member.startup.clone();
    let before = page.before;
    let mut entries: Vec<HistoryEntry> = state
        .db
        .read(move |conn| db::history(conn, &slug, before, limit + 1))
        .await?;
    let more = entries.len() > limit as usize;
    entries.truncate(limit as usize);
    let mut response = private(Json(&entries).into_response());
    if let (true, Some(last)) = (more, entries.last()) {
        let link = format!("<?before={}&limit={limit}>; rel=\"next\"", last.version);
        if let Ok(value) = HeaderValue::from_str(&link) {
            response.headers_mut().insert(header::LINK, value);
        }
    }
    Ok(response)
}
