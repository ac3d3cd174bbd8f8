use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

use model::Campus;

use crate::{
    components::{
        localised, paragraphs, FactSourceNote, InstituteList, KeyFigures, Loaded, OrganisationList,
        PageHeading, PoleGrid,
    },
    data::use_data,
    i18n::{use_i18n, I18n},
    routes::{Href, Page},
};

/// `/`: the campus story, key figures, the five poles, founders, institutes, partners.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let campus = use_data().campus();
    let poles_href = move || Page::Poles.href(i18n.lang());

    view! {
        <section class="hero">
            <div class="container hero__inner">
                <p class="hero__eyebrow">{move || i18n.t().home_eyebrow}</p>
                <PageHeading
                    text=Signal::derive(move || i18n.t().site_name.to_owned())
                    description=Signal::derive(move || i18n.t().site_description.to_owned())
                />
                <p class="hero__lead">{move || i18n.t().poles_intro}</p>
                <A href=poles_href attr:class="button button--primary">{move || i18n.t().home_cta_poles}</A>
            </div>
        </section>
        <Loaded query=campus class="loading--page" frame="container section" ready=move |data| campus_sections(i18n, data)/>
    }
}

fn campus_sections(i18n: I18n, campus: Arc<Campus>) -> impl IntoView {
    let campus = Arc::unwrap_or_clone(campus);
    view! {
        <section class="section" aria-labelledby="home-story">
            <div class="container story">
                <h2 id="home-story">{move || i18n.t().home_story_heading}</h2>
                <p class="story__tagline">{localised(i18n, campus.tagline)}</p>
                {paragraphs(i18n, campus.story)}
                <FactSourceNote source=campus.source/>
            </div>
        </section>
        <section class="section section--tinted" aria-labelledby="home-figures">
            <div class="container">
                <h2 id="home-figures">{move || i18n.t().home_figures_heading}</h2>
                <KeyFigures figures=campus.key_figures/>
            </div>
        </section>
        <section class="section" aria-labelledby="home-poles">
            <div class="container">
                <h2 id="home-poles">{move || i18n.t().home_poles_heading}</h2>
                <PoleGrid poles=campus.poles/>
            </div>
        </section>
        <section class="section section--tinted" aria-labelledby="home-founders">
            <div class="container">
                <h2 id="home-founders">{move || i18n.t().home_founders_heading}</h2>
                <OrganisationList organisations=campus.founders/>
            </div>
        </section>
        <section class="section" aria-labelledby="home-institutes">
            <div class="container">
                <h2 id="home-institutes">{move || i18n.t().home_institutes_heading}</h2>
                <InstituteList institutes=campus.institutes/>
            </div>
        </section>
        <section class="section section--tinted" aria-labelledby="home-partners">
            <div class="container">
                <h2 id="home-partners">{move || i18n.t().home_partners_heading}</h2>
                <OrganisationList organisations=campus.partners/>
            </div>
        </section>
    }
}
