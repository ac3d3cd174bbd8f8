//! `/formations/comparer?p=a,b,c`: up to three programmes side by side.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};
use model::{catalogue::Programme, Lang};

use super::shortlist::slugs_param;
use crate::{
    api,
    components::{application_text, fees_amount, Loaded, PageHeading},
    data::use_data,
    i18n::{label_list, use_i18n, PageTexts},
    routes::{Href, Page},
    state::{shortlist::MAX_COMPARED, today::today},
};

/// The rows of the comparison: a label and a value per programme.
fn rows(
    t: &'static PageTexts,
    lang: Lang,
    programmes: &[Programme],
) -> Vec<(&'static str, Vec<String>)> {
    let today = today();
    let each = |f: &dyn Fn(&Programme) -> String| programmes.iter().map(f).collect::<Vec<_>>();
    vec![
        (
            t.field_level,
            each(&|p| p.summary.level.label(lang).to_owned()),
        ),
        (
            t.field_institution,
            each(&|p| p.summary.institution.name.clone()),
        ),
        (
            t.field_ects,
            each(&|p| {
                p.summary
                    .ects
                    .map_or(t.not_available.to_owned(), |e| e.to_string())
            }),
        ),
        (
            t.field_duration,
            each(&|p| (t.duration)(p.summary.duration_months)),
        ),
        (
            t.field_languages,
            each(&|p| label_list(lang, p.summary.languages.iter().map(|l| l.label(lang)))),
        ),
        (
            t.field_modes,
            each(&|p| label_list(lang, p.summary.modes.iter().map(|m| m.label(lang)))),
        ),
        (
            t.field_format,
            each(&|p| p.summary.format.label(lang).to_owned()),
        ),
        (
            t.field_fees,
            each(&|p| fees_amount(t, p).unwrap_or_else(|| t.not_available.to_owned())),
        ),
        (
            t.field_starts,
            each(&|p| {
                p.summary
                    .start_dates
                    .iter()
                    .map(|d| (t.format_date)(*d))
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        ),
        (
            t.field_application,
            each(&|p| application_text(t, &p.summary, today).0),
        ),
        (
            t.field_admission,
            each(&|p| p.admission.get(lang).to_owned()),
        ),
    ]
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let slugs = Memo::new(move |_| slugs_param(&location.search.get()));

    view! {
        <div class="container section">
            <PageHeading
                text=Signal::derive(move || i18n.pages().compare_title.to_owned())
                description=Signal::derive(move || i18n.pages().compare_description.to_owned())
            />
            {move || view! { <Compared slugs=slugs.get()/> }}
        </div>
    }
}

/// The compared programmes, requested in parallel.
#[component]
fn Compared(slugs: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let slugs: Vec<String> = slugs.into_iter().take(MAX_COMPARED).collect();
    let programmes = use_data().query_all(slugs.iter().map(|slug| api::programme(slug)));
    view! {
        <Loaded query=programmes class="loading--grid" ready=move |list| {
            if list.len() >= 2 {
                // An invented programme in the table says so above it, as its own page does.
                let any_sample = list.iter().any(|p| p.summary.sample);
                view! {
                    {any_sample.then(|| view! {
                        <p class="notice notice--sample">{move || i18n.pages().catalogue_sample_notice}</p>
                    })}
                    {table(list.iter().map(|p| Programme::clone(p)).collect())}
                }
                .into_any()
            } else {
                view! {
                    <p class="empty-state">{move || i18n.pages().compare_empty}</p>
                    <A href=move || Page::Catalogue.href(i18n.lang()) attr:class="button button--primary">
                        {move || i18n.t().nav_catalogue}
                    </A>
                }
                .into_any()
            }
        }/>
    }
}

fn table(programmes: Vec<Programme>) -> impl IntoView {
    let i18n = use_i18n();
    let headers = programmes.clone();
    let header_cells = move || {
        headers
            .iter()
            .map(|p| {
                let page = Page::programme(&p.summary.slug);
                let title = p.summary.title.clone();
                view! {
                    <th scope="col">
                        <A href=move || page.href(i18n.lang())>{move || title.get(i18n.lang()).to_owned()}</A>
                    </th>
                }
            })
            .collect_view()
    };
    let body = move || {
        rows(i18n.pages(), i18n.lang(), &programmes)
            .into_iter()
            .map(|(label, values)| {
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        {values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <p id="compare-caption" class="lead">{move || i18n.pages().compare_caption}</p>
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare-table" aria-labelledby="compare-caption">
                <thead>
                    <tr>
                        // A named corner cell: every data cell then has a column header
                        // and a row header (an empty <td> there broke that association).
                        <th scope="col"><span class="visually-hidden">{move || i18n.pages().compare_criterion}</span></th>
                        {header_cells}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
