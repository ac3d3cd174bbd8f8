//! Following an invitation to a start-up's space: `GET /invitations/{token}` says to whom
//! and for which start-up; `POST …/acceptance` sets the password, creates the account and
//! signs in, once. The link expires in 7 days; a used, expired or unknown link gets the
//! same 404.

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::HeaderMap,
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use model::{
    api_paths as paths,
    space::{InvitationAcceptance, InvitationView, Me},
};

use super::json_body::{from_object, json_object, JSON};
use crate::{
    admin::check_new_password,
    app_state::AppState,
    auth::{hash_password, new_token, session_cookie, sha256_hex, ViaHttps, SESSION_SECONDS},
    clock,
    db::invitations::{self, Accepted, InvitationState},
    error::ApiError,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(paths::INVITATION, get(show))
        .route(paths::INVITATION_ACCEPTANCE, post(accept))
}

fn closed() -> ApiError {
    ApiError::NotFound(
        "this invitation link does not work: it was used, it expired (after 7 days), or it \
         never existed; ask the campus team for a new one"
            .into(),
    )
}

fn token_of(token: &str) -> Result<String, ApiError> {
    if model::agenda::is_link_secret(token) {
        Ok(token.to_ascii_lowercase())
    } else {
        Err(closed())
    }
}

fn private(response: Response) -> Response {
    let mut response = response;
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    response
}

async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, ApiError> {
    let token = token_of(&token)?;
    let now = clock::now_unix();
    match state
        .db
        .read(move |conn| invitations::invitation(conn, &token, now))
        .await?
    {
        InvitationState::Open(i) => Ok(private(
            Json(InvitationView {
                email: i.email,
                startup: i.startup,
                startup_name: i.startup_name,
            })
            .into_response(),
        )),
        InvitationState::Closed => Err(closed()),
    }
}

async fn accept(
    State(state): State<AppState>,
    via: ViaHttps,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let token = token_of(&token)?;
    let InvitationAcceptance { password } = from_object(json_object(&headers, &body, &[JSON])?)?;
    let now = clock::now_unix();
    let lookup = token.clone();
    let invitation = match state
        .db
        .read(move |conn| invitations::invitation(conn, &lookup, now))
        .await?
    {
        InvitationState::Open(i) => i,
        InvitationState::Closed => return Err(closed()),
    };
    let invalid = |reason: String| ApiError::invalid_field("password", reason);
    if password.chars().count() > crate::auth::MAX_PASSWORD {
        return Err(invalid("at most 1,024 characters".into()));
    }
    check_new_password(&password, &invitation.email).map_err(invalid)?;
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?
        .map_err(ApiError::Internal)?;
    let session = new_token();
    let csrf = new_token();
    let expires = now + SESSION_SECONDS;
    let (session_hash, csrf_kept) = (sha256_hex(&session), csrf.clone());
    let accepted = state
        .db
        .write(move |conn| {
            invitations::accept(
                conn,
                &token,
                &hash,
                (&session_hash, &csrf_kept, now, expires),
            )
        })
        .await?;
    match accepted {
        Accepted::SignedIn(account) => {
            tracing::info!(account, "invitation accepted");
            let me = Me {
                email: invitation.email,
                startup: invitation.startup,
                startup_name: invitation.startup_name,
                csrf_token: csrf,
                expires_at: expires,
            };
            Ok(private(
                ([session_cookie(&via, &session)], Json(me)).into_response(),
            ))
        }
        Accepted::Closed => Err(closed()),
        Accepted::Taken => Err(ApiError::Conflict(
            "this address already has an account: sign in with its password (or ask the \
             campus team)"
                .into(),
        )),
    }
}
