use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};
use model::{
    catalogue::{encode_query, ProgrammeSummary},
    directory::StartupSummary,
    Pole, PoleSummary,
};

use super::NotFoundView;
use crate::{
    api::{self, ApiError},
    components::{
        localised, paragraphs, Breadcrumbs, Crumb, ErrorView, InstituteList, Loading, PageHeading,
        PoleGrid, ProgrammeCard, StartupCard,
    },
    i18n::{use_i18n, I18n},
    routes::Page,
    state::today::today,
};

/// `/poles/:slug`: one pole, its institutes, and the other poles.
#[component]
pub fn PolePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let pole = LocalResource::new(move || {
        let slug = slug();
        async move { api::pole(&slug).await }
    });
    // The other poles and the pole's programmes are a plus: if they fail, the page still
    // shows the pole.
    let all_poles = LocalResource::new(api::poles);
    let catalogue = LocalResource::new(api::catalogue);
    let directory = LocalResource::new(api::directory);

    view! {
        <div class="container section">
            <Transition fallback=|| view! { <Loading class="loading--page"/> }>
                {move || Suspend::new(async move {
                    match pole.await {
                        Ok(pole) => {
                            let others = all_poles.await.unwrap_or_default();
                            let programmes = catalogue
                                .await
                                .map(|index| {
                                    index
                                        .programmes()
                                        .iter()
                                        .filter(|p| p.poles.contains(&pole.slug))
                                        .cloned()
                                        .collect()
                                })
                                .unwrap_or_default();
                            let startups = directory
                                .await
                                .map(|index| index.in_pole(&pole.slug).into_iter().cloned().collect())
                                .unwrap_or_default();
                            pole_view(i18n, pole, others, programmes, startups).into_any()
                        }
                        Err(ApiError::NotFound) => view! { <NotFoundView/> }.into_any(),
                        Err(error) => view! {
                            <PageHeading text=Signal::derive(move || i18n.t().error_heading.to_owned())/>
                            <ErrorView error on_retry=Callback::new(move |_| pole.refetch())/>
                        }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// Up to three of the pole's programmes, and the way to all of them in the catalogue.
fn pole_programmes(i18n: I18n, slug: &str, programmes: Vec<ProgrammeSummary>) -> impl IntoView {
    let count = programmes.len();
    let today = today();
    let query = encode_query(&[("pole", slug)]);
    let href = move || format!("{}{query}", Page::Catalogue.path(i18n.lang()));
    (count > 0).then(|| {
        view! {
            <section class="section" aria-labelledby="pole-programmes">
                <h2 id="pole-programmes">{move || i18n.t().pole_programmes_heading}</h2>
                <ul class="programme-list programme-list--grid" role="list">
                    {programmes
                        .into_iter()
                        .take(3)
                        .map(|programme| view! { <li><ProgrammeCard programme today/></li> })
                        .collect_view()}
                </ul>
                <A href=href attr:class="button button--primary">
                    {move || (i18n.t().pole_programmes_all)(count)}
                </A>
            </section>
        }
    })
}

/// Up to three of the pole's start-ups, and the way to all of them in the directory.
fn pole_startups(i18n: I18n, slug: &str, startups: Vec<StartupSummary>) -> impl IntoView {
    let count = startups.len();
    let query = encode_query(&[("pole", slug)]);
    let href = move || format!("{}{query}", Page::Directory.path(i18n.lang()));
    (count > 0).then(|| {
        view! {
            <section class="section" aria-labelledby="pole-startups">
                <h2 id="pole-startups">{move || i18n.t().directory.pole_heading}</h2>
                <ul class="startup-grid startup-grid--related" role="list">
                    {startups
                        .into_iter()
                        .take(3)
                        .map(|startup| view! { <li><StartupCard startup/></li> })
                        .collect_view()}
                </ul>
                <A href=href attr:class="button button--primary">
                    {move || (i18n.t().directory.pole_all)(count)}
                </A>
            </section>
        }
    })
}

fn pole_view(
    i18n: I18n,
    pole: Pole,
    all: Vec<PoleSummary>,
    programmes: Vec<ProgrammeSummary>,
    startups: Vec<StartupSummary>,
) -> impl IntoView {
    let programmes_view = pole_programmes(i18n, &pole.slug, programmes);
    let startups_view = pole_startups(i18n, &pole.slug, startups);
    let name = localised(i18n, pole.name.clone());
    let crumbs = vec![
        Crumb {
            label: Signal::derive(move || i18n.t().nav_home.to_owned()),
            href: Some(Signal::derive(move || Page::Home.path(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(move || i18n.t().nav_poles.to_owned()),
            href: Some(Signal::derive(move || Page::Poles.path(i18n.lang()))),
        },
        Crumb {
            label: Signal::derive(name.clone()),
            href: None,
        },
    ];
    let others: Vec<PoleSummary> = all.into_iter().filter(|p| p.slug != pole.slug).collect();
    let institutes = if pole.institutes.is_empty() {
        view! { <p>{move || i18n.t().pole_no_institutes}</p> }.into_any()
    } else {
        view! { <InstituteList institutes=pole.institutes/> }.into_any()
    };
    let other_poles = (!others.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby="pole-others">
                <h2 id="pole-others">{move || i18n.t().pole_other_poles}</h2>
                <PoleGrid poles=others/>
            </section>
        }
    });
    view! {
        <Breadcrumbs crumbs/>
        <article class=format!("pole pole--{}", pole.slug)>
            <PageHeading text=Signal::derive(name)/>
            <p class="lead">{localised(i18n, pole.summary)}</p>
            <div class="prose">{paragraphs(i18n, pole.description)}</div>
            <section class="section" aria-labelledby="pole-institutes">
                <h2 id="pole-institutes">{move || i18n.t().pole_institutes_heading}</h2>
                {institutes}
            </section>
            {programmes_view}
            {startups_view}
        </article>
        {other_poles}
    }
}
