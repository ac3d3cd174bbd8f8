//! `PUT /me/startup/logo`: the member's logo, decoded and re-encoded here.

use axum::{body::Bytes, extract::State, response::Response};

use super::{profile::versioned, MAX_LOGO_BYTES};
use crate::{app_state::AppState, auth::WriteGuard, clock, db, error::ApiError, input};

pub async fn upload_logo(
    State(state): State<AppState>,
    WriteGuard(member): WriteGuard,
    body: Bytes,
) -> Result<Response, ApiError> {
    if body.len() > MAX_LOGO_BYTES {
        return Err(ApiError::PayloadTooLarge(format!(
            "a logo is at most {} KB",
            MAX_LOGO_BYTES / 1000
        )));
    }
    // The declared type is ignored: the bytes are decoded, and what is stored is encoded
    // here.
    let decoded = tokio::task::spawn_blocking(move || input::reencode_logo(&body))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let bytes = match decoded {
        Ok(logo) => logo,
        Err(input::LogoError::Unsupported) => {
            return Err(ApiError::UnsupportedMediaType(
                "a logo is a PNG, JPEG or WebP image (SVG is not accepted)".into(),
            ))
        }
        Err(input::LogoError::Unreadable) => {
            return Err(ApiError::invalid_field(
                "logo",
                "the image cannot be read: it is damaged or incomplete",
            ))
        }
        Err(input::LogoError::TooLarge { width, height }) => {
            return Err(ApiError::invalid_field(
                "logo",
                format!(
                    "at most {side} × {side} pixels (this one is {width} × {height})",
                    side = input::MAX_LOGO_SIDE
                ),
            ))
        }
    };
    let now = clock::now_utc();
    let writer = member.clone();
    let saved = state
        .db
        .write(move |conn| db::save_logo(conn, &writer, &bytes, &now))
        .await?
        .ok_or_else(|| ApiError::Internal("re-encoded image refused by the store".into()))?;
    state.refresh_directory().await;
    Ok(versioned(saved.0, saved.1))
}
