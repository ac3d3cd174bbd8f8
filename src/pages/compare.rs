//! `/formations/comparer?p=a,b,c`: up to three programmes side by side.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};
use model::{catalogue::Programme, Lang};

use super::shortlist::slugs_param;
use crate::{
    api::{self, ApiError},
    components::{application_text, ErrorView, Loading, PageHeading},
    i18n::{use_i18n, Texts},
    routes::Page,
    state::{shortlist::MAX_COMPARED, today::today},
};

async fn load(slugs: Vec<String>) -> Result<Vec<Programme>, ApiError> {
    let mut programmes = Vec::new();
    for slug in slugs.iter().take(MAX_COMPARED) {
        match api::programme(slug).await {
            Ok(p) => programmes.push(p),
            // A programme that no longer exists is left out, not an error.
            Err(ApiError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(programmes)
}

/// The rows of the comparison: a label and a value per programme.
fn rows(
    t: &'static Texts,
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
            each(&|p| {
                p.summary
                    .languages
                    .iter()
                    .map(|l| l.label(lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        ),
        (
            t.field_modes,
            each(&|p| {
                p.summary
                    .modes
                    .iter()
                    .map(|m| m.label(lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        ),
        (
            t.field_format,
            each(&|p| p.summary.format.label(lang).to_owned()),
        ),
        (
            t.field_fees,
            each(&|p| {
                p.fees_eur
                    .map_or(t.fees_unknown.to_owned(), |f| (t.fees)(f))
            }),
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
    let programmes = LocalResource::new(move || load(slugs.get()));

    view! {
        <div class="container section">
            <PageHeading text=Signal::derive(move || i18n.t().compare_title.to_owned())/>
            <Transition fallback=|| view! { <Loading class="loading--grid"/> }>
                {move || Suspend::new(async move {
                    match programmes.await {
                        Ok(list) if list.len() >= 2 => table(list).into_any(),
                        Ok(_) => view! {
                            <p class="empty-state">{move || i18n.t().compare_empty}</p>
                            <A href=move || Page::Catalogue.path(i18n.lang()) attr:class="button button--primary">
                                {move || i18n.t().nav_catalogue}
                            </A>
                        }.into_any(),
                        Err(error) => view! {
                            <ErrorView error on_retry=Callback::new(move |_| programmes.refetch())/>
                        }.into_any(),
                    }
                })}
            </Transition>
        </div>
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
                        <A href=move || page.path(i18n.lang())>{move || title.get(i18n.lang()).to_owned()}</A>
                    </th>
                }
            })
            .collect_view()
    };
    let body = move || {
        rows(i18n.t(), i18n.lang(), &programmes)
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
        <p id="compare-caption" class="lead">{move || i18n.t().compare_caption}</p>
        <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
            <table class="compare-table" aria-labelledby="compare-caption">
                <thead>
                    <tr>
                        <td></td>
                        {header_cells}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
