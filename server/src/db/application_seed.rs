//! Loads `seed/sample_applications.json` with the sample call: applications in each review
//! state, so the campus team's views have something to show. Each form meets the model's
//! submission rules, as a real submitted application does.

use model::{
    calls::{ApplicationForm, ApplicationState},
    Date, Lang,
};
use rusqlite::{params, Connection};
use serde::Deserialize;

use super::{
    content::{mark_loaded, was_loaded, Part},
    SeedError,
};
use crate::paris;

const SEED: &str = include_str!("../../seed/sample_applications.json");

#[derive(Deserialize)]
struct Seed {
    applications: Vec<SampleApplication>,
}

#[derive(Deserialize)]
struct SampleApplication {
    call: String,
    email: String,
    lang: Lang,
    state: ApplicationState,
    submitted_day: i64,
    form: ApplicationForm,
}

fn parse(today: Date) -> Result<Vec<SampleApplication>, SeedError> {
    let seed: Seed = serde_json::from_str(SEED)
        .map_err(|e| SeedError::Invalid(format!("sample_applications.json: {e}")))?;
    for application in &seed.applications {
        let errors = application.form.check_submission(today);
        if !errors.is_empty() || application.state == ApplicationState::Draft {
            return Err(SeedError::Invalid(format!(
                "sample application {}: {errors:?}",
                application.email
            )));
        }
    }
    Ok(seed.applications)
}

/// Loads the sample applications once, if the sample call is there.
pub fn load_once(conn: &mut Connection, today: Date) -> Result<(), SeedError> {
    if was_loaded(conn, Part::SampleApplications)? {
        return Ok(());
    }
    let applications = parse(today)?;
    let tx = conn.transaction()?;
    for a in &applications {
        let submitted = paris::unix_of(today.plus_days(a.submitted_day), 10, 0)
            .map_err(|e| SeedError::Invalid(e.to_string()))?;
        let form = serde_json::to_string(&a.form).map_err(|e| SeedError::Invalid(e.to_string()))?;
        tx.execute(
            "INSERT INTO applications (call_slug, email, lang, state, form, created_at,
                 updated_at, submitted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
            params![
                a.call,
                a.email,
                a.lang.code(),
                a.state.code(),
                form,
                submitted
            ],
        )?;
    }
    mark_loaded(&tx, Part::SampleApplications)?;
    tx.commit()?;
    tracing::info!("seeded {} sample applications", applications.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_samples_are_submitted_complete_and_fictitious() {
        let samples = parse(Date::new(2026, 12, 5).unwrap()).unwrap();
        assert!(samples.len() >= 3);
        for sample in samples {
            assert!(sample.email.ends_with(".example"), "{}", sample.email);
            assert!(sample.form.siren.is_empty(), "no made-up SIREN");
            let name = &sample.form.company_name;
            assert!(
                name.ends_with("(exemple)") || name.ends_with("(sample)"),
                "{name}"
            );
            assert!(sample.submitted_day < 0);
        }
    }
}
