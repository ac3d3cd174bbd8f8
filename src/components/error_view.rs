use leptos::prelude::*;

use crate::{api::ApiError, i18n::use_i18n};

/// Shows a failed request as a message the reader understands, with "Try again" when
/// trying again can help. Announced to screen readers as an alert.
#[component]
pub fn ErrorView(
    error: ApiError,
    /// Called by the "Try again" button.
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let retryable = error.is_retryable();
    let code = error.code();
    let message_error = error.clone();
    leptos::logging::warn!("campus API: {error}");

    view! {
        <section class="error-view" role="alert" aria-labelledby="error-view-title">
            <h2 id="error-view-title" class="error-view__title">{move || i18n.t().error_heading}</h2>
            <p class="error-view__message">{move || message_error.message(i18n.t())}</p>
            {code.map(|code| view! {
                <p class="error-view__code">
                    {move || i18n.t().error_status_prefix}{move || i18n.t().colon}<code>{code}</code>
                </p>
            })}
            <Show when=move || retryable>
                <button type="button" class="button button--primary" on:click=move |_| on_retry.run(())>
                    {move || i18n.t().retry}
                </button>
            </Show>
        </section>
    }
}
