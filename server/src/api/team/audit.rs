//! `GET /team/audit?before=ID`: the audit log, newest first, a page at a time.

use axum::{
    extract::{Query, State},
    response::{IntoResponse, Response},
    Json,
};
use model::team::AuditPage;
use serde::Deserialize;

use super::private;
use crate::{app_state::AppState, auth::Staff, db::team, error::ApiError};

#[derive(Deserialize)]
pub struct Before {
    before: Option<i64>,
}

pub async fn page(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Query(Before { before }): Query<Before>,
) -> Result<Response, ApiError> {
    let (entries, next) = state
        .db
        .read(move |conn| team::audit_page(conn, before, viewer.account_id))
        .await?;
    Ok(private(Json(AuditPage { entries, next }).into_response()))
}
