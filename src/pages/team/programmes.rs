//! The catalogue as the team manages it (`?view=programmes`): every programme, listed or
//! archived, a link to edit each, archiving one (its card and page leave the catalogue,
//! its record stays) or bringing it back, and adding one.

use leptos::prelude::*;
use model::team::TeamProgrammeRow;

use super::{
    dashboard::team_href,
    writes::{busy, failure, team_read, team_write},
};
use crate::{
    api::team,
    components::{ErrorView, Loading},
    i18n::{agenda_texts, use_i18n},
};

#[component]
pub fn ProgrammesView() -> impl IntoView {
    let i18n = use_i18n();
    let (rows, reload) = team_read(team::programmes);
    let table = move |rows: Vec<TeamProgrammeRow>| {
        let body = rows
            .into_iter()
            .map(|row| view! { <Row row/> })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-labelledby="team-programmes-heading" tabindex="0">
                <table class="team__applications">
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.team().programme_title}</th>
                            <th scope="col">{move || i18n.team().programme_level}</th>
                            <th scope="col">{move || i18n.team().programme_institution}</th>
                            <th scope="col">{move || i18n.team().programme_updated}</th>
                            <th scope="col">{move || i18n.team().programme_state}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="team__programmes" aria-labelledby="team-programmes-heading">
            <h2 id="team-programmes-heading" tabindex="-1">{move || i18n.team().programmes_heading}</h2>
            <p>{move || i18n.team().programmes_intro}</p>
            <p>
                <a class="button button--primary" href=move || team_href(i18n.lang(), "view=new-programme")>
                    {move || i18n.team().programme_add}
                </a>
            </p>
            {move || match rows.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! { <ErrorView error on_retry=reload/> }.into_any(),
                Some(Ok(list)) if list.is_empty() => {
                    view! { <p>{move || i18n.team().no_programmes}</p> }.into_any()
                }
                Some(Ok(list)) => table(list).into_any(),
            }}
        </section>
    }
}

/// One programme: its title links to its form; archiving it or bringing it back.
#[component]
fn Row(row: TeamProgrammeRow) -> impl IntoView {
    let i18n = use_i18n();
    let slug = StoredValue::new(row.slug.clone());
    let archived = RwSignal::new(row.archived);
    let archive = team_write(move |on: &bool, csrf| {
        let (on, slug) = (*on, slug.get_value());
        async move { team::archive_programme(&slug, on, &csrf).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(done)) = archive.value().get() {
            archived.try_set(done.archived);
        }
    });
    let title = row.title.clone();
    let label_title = row.title.clone();
    let level = row.level;
    let sample = row.sample;
    let updated = row.updated;
    view! {
        <tr>
            <th scope="row">
                <a href=move || team_href(i18n.lang(), &format!("programme={}", slug.get_value()))>
                    {move || title.get(i18n.lang()).to_owned()}
                </a>
                {sample.then(|| view! { " " <span class="badge">{move || i18n.team().sample}</span> })}
            </th>
            <td>{move || level.label(i18n.lang())}</td>
            <td>{row.institution}</td>
            <td>{move || agenda_texts(i18n.lang()).day(updated)}</td>
            <td>
                <p role="status">
                    {move || if archived.get() { i18n.team().programme_archived } else { i18n.team().programme_listed }}
                </p>
                <button type="button" class="button button--secondary" aria-disabled=busy(archive)
                    aria-label=move || {
                        let title = label_title.get(i18n.lang());
                        if archived.get() {
                            (i18n.team().programme_restore_label)(title)
                        } else {
                            (i18n.team().programme_archive_label)(title)
                        }
                    }
                    on:click=move |_| {
                        if !archive.pending().get_untracked() {
                            archive.dispatch(!archived.get_untracked());
                        }
                    }>
                    {move || if archived.get() { i18n.team().programme_restore } else { i18n.team().programme_archive }}
                </button>
                <p class="form__error" role="alert">{failure(archive)}</p>
            </td>
        </tr>
    }
}
