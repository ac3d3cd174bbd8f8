use leptos::prelude::*;
use model::{calls::CallSummary, team::ApplicationRow, Lang};

use super::dashboard::team_href;
use crate::{
    api::{self, team},
    components::{ErrorView, Loaded, Loading},
    data::use_data,
    i18n::{use_i18n, I18n},
};

/// The calls, each with the applications submitted to it.
#[component]
pub fn CallsView() -> impl IntoView {
    let i18n = use_i18n();
    let calls = use_data().query(api::calls());
    view! {
        <section class="team__calls" aria-labelledby="team-calls-heading">
            <h2 id="team-calls-heading" tabindex="-1">{move || i18n.team().calls_heading}</h2>
            <Loaded query=calls class="loading--page" ready=move |list| {
                list.iter()
                    .cloned()
                    .map(|call| view! { <CallApplications call/> })
                    .collect_view()
            }/>
        </section>
    }
}

/// One call and the applications submitted to it, best reviewed first.
#[component]
fn CallApplications(call: CallSummary) -> impl IntoView {
    let i18n = use_i18n();
    let slug = call.slug.clone();
    let rows = LocalResource::new(move || {
        let slug = slug.clone();
        async move { team::applications(&slug).await }
    });
    let heading_id = format!("team-call-{}", call.slug);
    let table_heading = StoredValue::new(heading_id.clone());
    let title = call.title.clone();
    let outbox = format!("view=decisions&call={}", call.slug);
    view! {
        <section class="team__call" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{move || (i18n.team().applications_heading)(title.get(i18n.lang()))}</h3>
            <p><a href=move || team_href(i18n.lang(), &outbox)>{move || i18n.team().outbox_link}</a></p>
            <Transition fallback=|| view! { <Loading/> }>
                {move || Suspend::new(async move {
                    match rows.await {
                        Ok(list) if list.is_empty() => {
                            view! { <p>{move || i18n.team().no_applications}</p> }.into_any()
                        }
                        Ok(list) => applications_table(i18n, table_heading.get_value(), list).into_any(),
                        Err(error) => view! {
                            <ErrorView error on_retry=Callback::new(move |_| rows.refetch())/>
                        }
                        .into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

fn applications_table(i18n: I18n, heading_id: String, list: Vec<ApplicationRow>) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|row| {
            let state = row.state;
            let company = if row.company.trim().is_empty() {
                format!("#{}", row.id)
            } else {
                row.company.clone()
            };
            let submitted = row.submitted.map(|t| t.date);
            let median = move || match (row.median, row.reviews) {
                (Some(m), _) => score_text(m, i18n.lang()),
                (None, 0) => i18n.team().not_given.to_owned(),
                (None, _) => i18n.team().hidden.to_owned(),
            };
            view! {
                <tr>
                    <th scope="row">
                        <a href=move || team_href(i18n.lang(), &format!("application={}", row.id))>
                            {company.clone()}
                        </a>
                    </th>
                    <td>{move || state.label(i18n.lang())}</td>
                    <td>{move || submitted.map_or_else(String::new, |d| (i18n.pages().format_date)(d))}</td>
                    <td>{row.reviews}</td>
                    <td>{median}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // Scrolls sideways on a phone: a region the keyboard can reach and scroll.
        <div class="table-scroll" role="region" aria-labelledby=heading_id tabindex="0">
            <table class="team__applications">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.team().company}</th>
                        <th scope="col">{move || i18n.team().state}</th>
                        <th scope="col">{move || i18n.team().submitted}</th>
                        <th scope="col">{move || i18n.team().reviews}</th>
                        <th scope="col">{move || i18n.team().median}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A score out of 5 with one decimal, written as the language writes decimals.
pub fn score_text(score: f64, lang: Lang) -> String {
    let text = format!("{score:.1}\u{a0}/\u{a0}5");
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}
