//! An application's reviews: who reviews it (staff assign them), a reviewer's conflict
//! of interest (they step aside and stop seeing it), a reviewer's scores on the weighted
//! criteria, and the others' scores, shown to a reviewer only once theirs is given.

use leptos::prelude::*;
use model::calls::{Criterion, ReviewBoard, ReviewScores, COMMENT_MAX, MAX_SCORE};

use super::{
    applications::score_text,
    writes::{busy, failure, team_read, team_write, Shown},
};
use crate::{
    api::team,
    components::{ErrorView, Loading},
    i18n::{use_i18n, I18n},
};

#[component]
pub fn ReviewPanel(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let (board, retry) = team_read(move || team::reviews(id));
    let stepped_aside = RwSignal::new(false);
    // Kept here: a saved review redraws the panel, and the confirmation must stay.
    let review_saved = RwSignal::new(false);
    view! {
        <section class="team__reviews" aria-labelledby="team-reviews-heading">
            <h3 id="team-reviews-heading">{move || i18n.team().reviews_heading}</h3>
            {move || {
                if stepped_aside.get() {
                    return view! {
                        <p class="notice notice--success" role="status">{move || i18n.team().conflict_declared}</p>
                    }
                    .into_any();
                }
                match board.get() {
                    None => view! { <Loading/> }.into_any(),
                    Some(Err(error)) => view! { <ErrorView error on_retry=retry/> }.into_any(),
                    Some(Ok(found)) => view! {
                        <Reviewers id board=found.clone() shown=board/>
                        {found.assigned.then(|| view! {
                            <ScoreForm id mine=found.mine.clone() shown=board saved=review_saved/>
                            <Conflict id stepped_aside/>
                        })}
                        <Scores board=found/>
                    }
                    .into_any(),
                }
            }}
        </section>
    }
}

/// The reviewers, and the staff to pick them from.
#[component]
fn Reviewers(id: i64, board: ReviewBoard, shown: Shown<ReviewBoard>) -> impl IntoView {
    let i18n = use_i18n();
    let staff = LocalResource::new(team::staff);
    let chosen = RwSignal::new(
        board
            .reviewers
            .iter()
            .map(|r| r.email.clone())
            .collect::<Vec<_>>(),
    );
    let assign = team_write(move |reviewers: &Vec<String>, csrf| {
        let reviewers = reviewers.clone();
        async move { team::assign_reviewers(id, reviewers, &csrf).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(updated)) = assign.value().get() {
            shown.try_set(Some(Ok(updated)));
        }
    });
    let status = board
        .reviewers
        .iter()
        .map(|r| {
            let email = r.email.clone();
            let (conflict, reviewed) = (r.conflict, r.reviewed);
            view! {
                <li>
                    {email}
                    " — "
                    {move || {
                        let t = i18n.team();
                        if conflict {
                            t.reviewer_conflict
                        } else if reviewed {
                            t.reviewer_done
                        } else {
                            t.reviewer_waiting
                        }
                    }}
                </li>
            }
        })
        .collect_view();
    let none = board.reviewers.is_empty();
    let boxes = move || {
        staff.get().map(|found| match found {
            Ok(list) => list
                .into_iter()
                .enumerate()
                .map(|(i, member)| {
                    let field = format!("team-reviewer-{i}");
                    let email = StoredValue::new(member.email.clone());
                    view! {
                        <div class="field--check">
                            <input type="checkbox" id=field.clone()
                                prop:checked=move || chosen.with(|c| c.contains(&email.get_value()))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    chosen.update(|c| {
                                        c.retain(|e| *e != email.get_value());
                                        if on {
                                            c.push(email.get_value());
                                        }
                                    });
                                }/>
                            <label for=field>{member.email}</label>
                        </div>
                    }
                })
                .collect_view()
                .into_any(),
            Err(error) => {
                view! { <ErrorView error on_retry=Callback::new(move |()| staff.refetch())/> }
                    .into_any()
            }
        })
    };
    view! {
        {if none {
            view! { <p>{move || i18n.team().no_reviewers}</p> }.into_any()
        } else {
            view! { <ul class="team__reviewers">{status}</ul> }.into_any()
        }}
        <form class="form" on:submit=move |ev| {
            ev.prevent_default();
            if !assign.pending().get_untracked() {
                assign.dispatch(chosen.get_untracked());
            }
        }>
            <fieldset>
                <legend>{move || i18n.team().choose_reviewers}</legend>
                <Suspense fallback=|| view! { <Loading/> }>{boxes}</Suspense>
            </fieldset>
            <p class="form__error" role="alert">{failure(assign)}</p>
            <button type="submit" class="button" aria-disabled=busy(assign)>
                {move || i18n.team().save_reviewers}
            </button>
        </form>
    }
}

/// The asking reviewer's scores and comment.
#[component]
fn ScoreForm(
    id: i64,
    mine: Option<ReviewScores>,
    shown: Shown<ReviewBoard>,
    saved: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let given = mine.is_some();
    let scores = RwSignal::new(mine.unwrap_or(ReviewScores {
        fit: 0,
        team: 0,
        health_impact: 0,
        research_link: 0,
        maturity: 0,
        comment: String::new(),
    }));
    // A first review starts with no score chosen: a default of 0 would be sent unseen.
    let unset = RwSignal::new(if given {
        Vec::new()
    } else {
        Criterion::ALL.to_vec()
    });
    let missing = RwSignal::new(false);
    let save = team_write(move |scores: &ReviewScores, csrf| {
        let scores = scores.clone();
        async move { team::score(id, &scores, &csrf).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(updated)) = save.value().get() {
            saved.try_set(true);
            shown.try_set(Some(Ok(updated)));
        }
    });
    let criteria = Criterion::ALL
        .iter()
        .copied()
        .map(|criterion| {
            let field = format!("team-score-{}", criterion.code());
            let options = (0..=MAX_SCORE)
                .map(|n| view! { <option value=n.to_string()>{n}</option> })
                .collect_view();
            let is_unset = move || unset.with(|u| u.contains(&criterion));
            view! {
                <div class="field">
                    <label for=field.clone()>
                        {move || (i18n.team().criterion)(criterion.label(i18n.lang()), criterion.weight())}
                    </label>
                    <select id=field
                        aria-invalid=move || (missing.get() && is_unset()).to_string()
                        prop:value=move || if is_unset() { String::new() } else { scores.with(|s| s.score(criterion).to_string()) }
                        on:change=move |ev| {
                            match event_target_value(&ev).parse::<u8>() {
                                Ok(value) => {
                                    scores.update(|s| set_score(s, criterion, value));
                                    unset.update(|u| u.retain(|c| *c != criterion));
                                }
                                Err(_) => unset.update(|u| if !u.contains(&criterion) { u.push(criterion) }),
                            }
                        }>
                        <option value="">{move || i18n.team().score_choose}</option>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="form team__score" on:submit=move |ev| {
            ev.prevent_default();
            missing.set(!unset.with_untracked(Vec::is_empty));
            if !save.pending().get_untracked() && !missing.get_untracked() {
                save.dispatch(scores.get_untracked());
            }
        }>
            <fieldset>
                <legend>{move || if given { i18n.team().my_review_given } else { i18n.team().my_review }}</legend>
                <div class="team__criteria">{criteria}</div>
                <div class="field">
                    <label for="team-score-comment">{move || i18n.team().comment}</label>
                    <textarea id="team-score-comment" rows="4" maxlength=COMMENT_MAX.to_string()
                        prop:value=move || scores.with(|s| s.comment.clone())
                        on:input=move |ev| scores.update(|s| s.comment = event_target_value(&ev))></textarea>
                </div>
            </fieldset>
            <p class="form__error" role="alert">
                {move || (missing.get() && !unset.with(Vec::is_empty)).then(|| i18n.team().scores_missing)}
                {failure(save)}
            </p>
            <div role="status">
                {move || saved.get().then(|| view! {
                    <p class="notice notice--success">{move || i18n.team().review_saved}</p>
                })}
            </div>
            <button type="submit" class="button button--primary" aria-disabled=busy(save)>
                {move || i18n.team().save_review}
            </button>
        </form>
    }
}

fn set_score(scores: &mut ReviewScores, criterion: Criterion, value: u8) {
    let value = value.min(MAX_SCORE);
    match criterion {
        Criterion::Fit => scores.fit = value,
        Criterion::Team => scores.team = value,
        Criterion::HealthImpact => scores.health_impact = value,
        Criterion::ResearchLink => scores.research_link = value,
        Criterion::Maturity => scores.maturity = value,
    }
}

/// Declaring a conflict of interest, after a confirmation: the reviewer then no longer
/// sees the application.
#[component]
fn Conflict(id: i64, stepped_aside: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let declare = team_write(move |note: &String, csrf| {
        let note = note.clone();
        async move { team::declare_conflict(id, note, &csrf).await }
    });
    Effect::new(move |_| {
        if matches!(declare.value().get(), Some(Ok(()))) {
            stepped_aside.try_set(true);
        }
    });
    view! {
        <div class="team__conflict">
            {move || if asking.get() {
                view! {
                    <div class="field">
                        <label for="team-conflict-note">{move || i18n.team().conflict_note}</label>
                        <textarea id="team-conflict-note" rows="2"
                            prop:value=move || note.get()
                            on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                    </div>
                    <button type="button" class="button button--danger" aria-disabled=busy(declare)
                        on:click=move |_| {
                            if !declare.pending().get_untracked() {
                                declare.dispatch(note.get_untracked());
                            }
                        }>
                        {move || i18n.team().conflict_confirm}
                    </button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                        {move || i18n.team().cancel}
                    </button>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="button button--secondary" on:click=move |_| asking.set(true)>
                        {move || i18n.team().conflict}
                    </button>
                }
                .into_any()
            }}
            <p class="form__error" role="alert">{failure(declare)}</p>
        </div>
    }
}

/// The reviews given, with the median, as far as the one asking may see them.
#[component]
fn Scores(board: ReviewBoard) -> impl IntoView {
    let i18n = use_i18n();
    match board.reviews {
        None => view! {
            <p class="notice notice--status">{move || (i18n.team().scores_hidden)(board.given)}</p>
        }
        .into_any(),
        Some(reviews) if reviews.is_empty() => {
            view! { <p>{move || i18n.team().no_reviews_yet}</p> }.into_any()
        }
        Some(reviews) => {
            let median = board.median;
            let rows = reviews
                .into_iter()
                .map(|review| {
                    let cells = Criterion::ALL
                        .iter()
                        .map(|c| view! { <td>{review.scores.score(*c)}</td> })
                        .collect_view();
                    let weighted = review.weighted;
                    view! {
                        <tr>
                            <th scope="row">{review.reviewer}</th>
                            {cells}
                            <td>{move || score_text(weighted, i18n.lang())}</td>
                            <td class="team__comment">{review.scores.comment}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll" role="region" aria-labelledby="team-scores-caption" tabindex="0">
                    <table class="team__applications">
                        <caption id="team-scores-caption">
                            {move || median_line(i18n, median)}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || i18n.team().reviewer}</th>
                                {Criterion::ALL.iter().map(|c| {
                                    let c = *c;
                                    view! { <th scope="col">{move || c.label(i18n.lang())}</th> }
                                }).collect_view()}
                                <th scope="col">{move || i18n.team().weighted}</th>
                                <th scope="col">{move || i18n.team().comment}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    }
}

fn median_line(i18n: I18n, median: Option<f64>) -> String {
    let score = median
        .map(|m| score_text(m, i18n.lang()))
        .unwrap_or_default();
    (i18n.team().median_line)(&score)
}
