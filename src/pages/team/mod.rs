//! `/equipe` (`/en/team`): the campus team's space. A staff member signs in with a password
//! and the code of an authenticator app; at the first sign-in, the page adds the app and
//! shows the recovery codes once. Then the space's views, each a link (`?view=`,
//! `?application=`, `?programme=`): the calls and their applications, one application
//! with its reviews and decision, a call's decision outbox, the start-ups, the
//! programmes of the catalogue and their form, the events and their registrations,
//! the audit log.

mod application;
mod applications;
mod audit;
mod dashboard;
mod enrol;
mod event_fields;
mod event_form;
mod events;
mod form_parts;
mod outbox;
mod programme_fields;
mod programme_form;
mod programmes;
mod reviews;
mod sign_in;
mod startups;
mod writes;

use leptos::prelude::*;
use model::team::{SecondFactor, TeamMe};

use crate::{
    api::team,
    components::{ErrorView, Loading, PageHeading},
    i18n::use_i18n,
};
use dashboard::Dashboard;
use enrol::Enrolment;
use sign_in::TeamSignInForm;

#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    // The staff member lives only in memory: signing out or closing the tab forgets it.
    let member: RwSignal<Option<TeamMe>> = RwSignal::new(None);
    let checked = LocalResource::new(team::me);
    Effect::new(move |_| {
        if let Some(Ok(me)) = checked.get() {
            member.set(Some(me));
        }
    });
    let on_signed_in = Callback::new(move |me: TeamMe| member.set(Some(me)));
    let on_signed_out = Callback::new(move |()| member.set(None));
    view! {
        <div class="container section team">
            <PageHeading
                text=Signal::derive(move || i18n.team().title.to_owned())
                description=Signal::derive(move || i18n.team().intro.to_owned())
            />
            <p class="lead">{move || i18n.team().intro}</p>
            <Transition fallback=|| view! { <Loading class="loading--page"/> }>
                {move || Suspend::new(async move {
                    let first = checked.await;
                    view! {
                        {move || match member.get() {
                            None => match &first {
                                Err(error) if !error.is_unauthorized() => {
                                    let error = error.clone();
                                    view! { <ErrorView error on_retry=Callback::new(move |_| checked.refetch())/> }.into_any()
                                }
                                _ => view! { <TeamSignInForm on_signed_in/> }.into_any(),
                            },
                            Some(me) if me.second_factor == SecondFactor::SetupNeeded => {
                                view! { <Enrolment me on_enrolled=on_signed_in/> }.into_any()
                            }
                            Some(me) => view! { <Dashboard me on_signed_out/> }.into_any(),
                        }}
                    }
                })}
            </Transition>
        </div>
    }
}
