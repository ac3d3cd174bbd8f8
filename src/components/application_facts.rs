use leptos::prelude::*;
use model::{
    calls::{ApplicationForm, ApplicationState},
    PoleSummary,
};

use super::fact;

/// A fact, unless the applicant left it empty.
fn given(label: &'static str, value: String) -> Option<impl IntoView> {
    (!value.trim().is_empty()).then(|| fact(label, value))
}
use crate::{data::Query, i18n::use_i18n};

/// Everything an application says, read-only: what its applicant sees once it is sent,
/// and what the campus team reviews. The poles are named once `poles` has loaded (their
/// codes until then).
#[component]
pub fn ApplicationFacts(
    form: ApplicationForm,
    state: ApplicationState,
    poles: Query<Vec<PoleSummary>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let (t, lang) = (i18n.apply(), i18n.lang());
        let label = |value: Option<&'static str>| value.unwrap_or_default().to_owned();
        let founders = form
            .founders
            .iter()
            .map(|f| (t.founder_summary)(&f.name, &f.role, f.full_time, &f.research_link))
            .collect::<Vec<_>>()
            .join(" ; ");
        let known = poles.ready();
        let pole_names = form
            .poles
            .iter()
            .map(|slug| {
                known
                    .as_ref()
                    .and_then(|list| list.iter().find(|p| &p.slug == slug))
                    .map_or_else(|| slug.clone(), |p| p.name.get(lang).to_owned())
            })
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <dl class="facts">
                {given(t.state, state.label(lang).to_owned())}
                {given(t.company_name, form.company_name.clone())}
                {given(t.legal_form, form.legal_form.clone())}
                {given(t.siren, form.siren.clone())}
                {given(t.founded, form.founded.map(|d| (i18n.pages().format_date)(d)).unwrap_or_default())}
                {given(t.founders, founders)}
                {given(t.product, form.product.clone())}
                {given(t.stage, label(form.stage.map(|s| s.label(lang))))}
                {given(t.health_problem, form.health_problem.clone())}
                {given(t.patients, form.patients.clone())}
                {given(t.ce_marking, label(form.ce_marking.map(|c| c.label(lang))))}
                {given(t.hosting, label(form.hosting.map(|h| h.label(lang))))}
                {given(t.data_protection, form.data_protection.clone())}
                {given(t.poles, pole_names)}
                {given(t.poles_why, form.poles_why.clone())}
                {given(t.needs, form.needs.clone())}
            </dl>
        }
    }
}
