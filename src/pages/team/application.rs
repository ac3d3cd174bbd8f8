//! One application as the team reads it (`?application=ID`): everything it says, its pitch
//! deck, the moves the team may make (under review, shortlisted), the decision to prepare
//! (accepted or declined: a letter that waits in the call's outbox), and its reviews.

use leptos::prelude::*;
use model::{calls::ApplicationState, team::StaffApplication};

use super::{
    dashboard::team_href,
    reviews::ReviewPanel,
    writes::{busy, failure, team_read, team_write},
};
use crate::{
    api::{self, team, ApiError},
    components::{ApplicationFacts, ErrorView, Loading},
    data::use_data,
    i18n::use_i18n,
};

#[component]
pub fn ApplicationView(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let (shown, reload) = team_read(move || team::application(id));
    let title = move || {
        shown.with(|s| match s {
            Some(Ok(found)) if !found.application.form.company_name.trim().is_empty() => {
                found.application.form.company_name.clone()
            }
            _ => (i18n.team().application_title)(id),
        })
    };
    view! {
        <section class="team__application" aria-labelledby="team-application-heading">
            <p class="team__back">
                <a href=move || team_href(i18n.lang(), "")>{move || i18n.team().back_to_calls}</a>
            </p>
            <h2 id="team-application-heading" tabindex="-1">{title}</h2>
            {move || match shown.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(ApiError::NotFound)) => view! {
                    <p class="notice notice--warning">{move || i18n.team().no_such_application}</p>
                }
                .into_any(),
                Some(Err(error)) => view! { <ErrorView error on_retry=reload/> }.into_any(),
                Some(Ok(found)) => view! { <ApplicationDetail found reload/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ApplicationDetail(found: StaffApplication, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let id = found.id;
    let application = found.application;
    let call_title = application.call.title.clone();
    let outbox = format!("view=decisions&call={}", application.call.slug);
    let poles = use_data().query(api::poles());
    let deck = application.deck.clone().map(|deck| {
        let url = LocalResource::new(move || team::deck_url(id));
        view! {
            <p class="team__deck">
                {move || url.get().and_then(Result::ok).map(|href| view! {
                    <a href=href target="_blank" rel="noopener">
                        {move || (i18n.team().deck_link)(deck.pages)}
                    </a>
                })}
            </p>
        }
    });
    let moves: Vec<ApplicationState> = found.next_states.clone();
    let move_to = team_write(move |to: &ApplicationState, csrf| {
        let to = *to;
        async move { team::change_state(id, to, &csrf).await }
    });
    let decide = team_write(move |decision: &ApplicationState, csrf| {
        let decision = *decision;
        async move { team::prepare_decision(id, decision, &csrf).await }
    });
    Effect::new(move |_| {
        if matches!(move_to.value().get(), Some(Ok(_))) {
            reload.run(());
        }
    });
    let move_buttons = moves
        .iter()
        .copied()
        .filter(|s| {
            matches!(
                s,
                ApplicationState::UnderReview | ApplicationState::Shortlisted
            )
        })
        .map(|to| {
            view! {
                <button type="button" class="button"
                    aria-disabled=busy(move_to)
                    on:click=move |_| {
                        if !move_to.pending().get_untracked() {
                            move_to.dispatch(to);
                        }
                    }>
                    {move || (i18n.team().move_to)(to.label(i18n.lang()))}
                </button>
            }
        })
        .collect_view();
    let decisions = moves
        .iter()
        .copied()
        .filter(|s| matches!(s, ApplicationState::Accepted | ApplicationState::Declined))
        .map(|decision| {
            view! {
                <button type="button" class="button"
                    aria-disabled=busy(decide)
                    on:click=move |_| {
                        if !decide.pending().get_untracked() {
                            decide.dispatch(decision);
                        }
                    }>
                    {move || (i18n.team().prepare_decision)(decision.label(i18n.lang()))}
                </button>
            }
        })
        .collect_view();
    let decided = move || {
        decide.value().get().and_then(Result::ok).map(|letter| {
            let outbox = outbox.clone();
            view! {
                <p class="notice notice--success">
                    {move || (i18n.team().decision_prepared)(letter.decision.label(i18n.lang()))}
                    " "
                    <a href=move || team_href(i18n.lang(), &outbox)>{move || i18n.team().outbox_link}</a>
                </p>
            }
        })
    };
    let has_moves = !moves.is_empty();
    view! {
        <p>{move || (i18n.team().for_call)(call_title.get(i18n.lang()))}</p>
        <ApplicationFacts form=application.form state=application.state poles/>
        {deck}
        {has_moves.then(|| view! {
            <section class="team__moves" aria-labelledby="team-moves-heading">
                <h3 id="team-moves-heading">{move || i18n.team().moves_heading}</h3>
                <div class="team__buttons">{move_buttons}{decisions}</div>
                <p class="form__error" role="alert">{failure(move_to)}{failure(decide)}</p>
                <div role="status">{decided}</div>
            </section>
        })}
        <ReviewPanel id/>
    }
}
