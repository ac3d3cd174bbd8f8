//! What every view of the team's space shares: the session's CSRF token for its writes,
//! and what a write's failure says. A session that ended (401) takes the person back to
//! the sign-in form, wherever it is noticed.

use std::future::Future;

use leptos::prelude::*;
use model::team::TeamMe;

use crate::{api::ApiError, i18n::use_i18n};

#[derive(Clone, Copy)]
pub struct TeamSession {
    csrf: StoredValue<String>,
    signed_out: Callback<()>,
}

impl TeamSession {
    pub fn provide(me: &TeamMe, signed_out: Callback<()>) -> TeamSession {
        let session = TeamSession {
            csrf: StoredValue::new(me.csrf_token.clone()),
            signed_out,
        };
        provide_context(session);
        session
    }

    pub fn csrf(&self) -> String {
        self.csrf.get_value()
    }

    pub fn signed_out(&self) {
        self.signed_out.run(());
    }

    /// Back to the sign-in form if `error` says the session is over.
    pub fn notice(&self, error: &ApiError) {
        if error.is_unauthorized() {
            self.signed_out();
        }
    }
}

pub fn use_team() -> TeamSession {
    expect_context::<TeamSession>()
}

/// What a read of the team's space last answered (`None` while the first is under way).
pub type Shown<T> = RwSignal<Option<Result<T, ApiError>>>;

/// A read of the team's space, run now and again by the callback (a retry, or after a
/// write changed it). The answer lands in a signal that outlives nothing it should not:
/// a view gone meanwhile is not touched. An ended session signs out.
pub fn team_read<T, Fut>(fetch: impl Fn() -> Fut + 'static) -> (Shown<T>, Callback<()>)
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let session = use_team();
    let shown: Shown<T> = RwSignal::new(None);
    let load = Action::new_local(move |(): &()| fetch());
    Effect::new(move |_| {
        if let Some(result) = load.value().get() {
            if let Err(error) = &result {
                session.notice(error);
            }
            shown.try_set(Some(result));
        }
    });
    load.dispatch(());
    let reload = Callback::new(move |()| {
        load.dispatch(());
    });
    (shown, reload)
}

/// A write of the team's space, given the CSRF token. Its outcome stays in the action
/// (the view may be gone: nothing else is touched), and an ended session signs out.
pub fn team_write<I, T, Fut>(
    run: impl Fn(&I, String) -> Fut + 'static,
) -> Action<I, Result<T, ApiError>>
where
    I: 'static,
    T: 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let session = use_team();
    let action = Action::new_local(move |input: &I| run(input, session.csrf()));
    Effect::new(move |_| {
        if action
            .value()
            .with(|v| matches!(v, Some(Err(e)) if e.is_unauthorized()))
        {
            session.signed_out();
        }
    });
    action
}

/// What a failed write says, in the page's language; `None` while it has not failed.
pub fn failure<I: 'static, T: 'static>(
    action: Action<I, Result<T, ApiError>>,
) -> impl Fn() -> Option<String> + Copy + 'static {
    let i18n = use_i18n();
    move || {
        action.value().with(|value| match value {
            Some(Err(error)) => Some(error_text(i18n, error)),
            _ => None,
        })
    }
}

/// An API error as the team's space words it.
pub fn error_text(i18n: crate::i18n::I18n, error: &ApiError) -> String {
    let t = i18n.team();
    match error {
        ApiError::Status { status: 409, .. } => t.refused.to_owned(),
        ApiError::Status { status: 412, .. } => t.stale.to_owned(),
        ApiError::Status { status: 422, .. } => t.invalid.to_owned(),
        ApiError::NotFound => t.gone.to_owned(),
        other => other.message(i18n.t()).to_owned(),
    }
}

/// Whether a button's write is under way: the button stays focusable and says so.
pub fn busy<I: 'static, T: 'static>(
    action: Action<I, Result<T, ApiError>>,
) -> impl Fn() -> Option<&'static str> + Copy + 'static {
    move || action.pending().get().then_some("true")
}
