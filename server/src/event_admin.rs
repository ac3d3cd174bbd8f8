//! The campus team's agenda commands (`portal-server event …`): publish or change an
//! event from a JSON file checked by the model's rules, cancel one (its registrants are
//! mailed through the outbox, which the running server delivers), and export its
//! registrations for the organisers.

use model::{agenda::EventDraft, POLE_SLUGS};

use crate::{
    cli::EventAction,
    clock,
    db::{self, Content, Db},
    mail::{Letters, SiteLinks},
};

/// Runs `event upsert|cancel|registrations`.
pub async fn run(action: EventAction) -> Result<String, String> {
    let data = match &action {
        EventAction::Upsert { data, .. }
        | EventAction::Cancel { data, .. }
        | EventAction::Registrations { data, .. } => data.dir.clone(),
    };
    let db = Db::open(&data.join("campus.sqlite3"), Content::FACTS).map_err(|e| e.to_string())?;
    let now = clock::now_unix() as i64;
    match action {
        EventAction::Upsert { file, .. } => {
            let file = file.display().to_string();
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
            let draft: EventDraft =
                serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
            let errors = draft.check(&POLE_SLUGS);
            if !errors.is_empty() {
                let lines: Vec<String> = errors
                    .iter()
                    .map(|e| format!("  {}: {}", e.field, e.reason))
                    .collect();
                return Err(format!("{file} breaks the rules:\n{}", lines.join("\n")));
            }
            let slug = draft.slug.clone();
            let new = db
                .write(move |conn| {
                    let tx = conn.transaction()?;
                    let new = db::upsert_event(&tx, &draft, now)?;
                    tx.commit()?;
                    Ok(new)
                })
                .await
                .map_err(|e| e.to_string())?;
            Ok(format!(
                "event `{slug}` {}",
                if new { "published" } else { "updated" }
            ))
        }
        EventAction::Cancel { slug, mail, .. } => {
            let mail = mail.settings(None);
            let letters = Letters {
                links: SiteLinks::new(&mail.site_url),
                from: mail.from.parse().map_err(|e| format!("--mail-from: {e}"))?,
            };
            let lookup = slug.clone();
            match db
                .write(move |conn| db::cancel_event(conn, &lookup, now, &letters))
                .await
                .map_err(|e| e.to_string())?
            {
                Some(told) => Ok(format!(
                    "event `{slug}` cancelled; {told} registrant(s) will be told by e-mail"
                )),
                None => Err(format!("no event `{slug}`")),
            }
        }
        EventAction::Registrations { slug, .. } => {
            let lookup = slug.clone();
            db.read(move |conn| db::registrations_csv(conn, &lookup))
                .await
                .map_err(|e| e.to_string())?
                .ok_or(format!("no event `{slug}`"))
        }
    }
}
