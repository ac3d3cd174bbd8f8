//! The campus team's agenda commands (`portal-server event …`): publish or change an
//! event from a JSON file checked by the model's rules, cancel one (its registrants are
//! mailed through the outbox, which the running server delivers), and export its
//! registrations for the organisers.

use std::path::Path;

use model::{agenda::EventDraft, POLE_SLUGS};

use crate::{
    clock,
    db::{self, Content, Db},
    mail::{Letters, SiteLinks},
    MailSettings,
};

const USAGE: &str = "usage:
  portal-server event upsert --from FILE.json [--data DIR]
  portal-server event cancel SLUG [--data DIR] [--site-url URL] [--mail-from ADDRESS]
  portal-server event registrations SLUG --csv [--data DIR]   (CSV on standard output)";

/// Runs `event upsert|cancel|registrations`; `args` are what follows `event`.
pub async fn run(args: &[String]) -> Result<String, String> {
    let action = args.first().ok_or(USAGE)?.clone();
    let mut data = "data".to_owned();
    let mut from_file = None;
    let mut slug = None;
    let mut csv = false;
    let mut mail = MailSettings::default();
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().cloned().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--data" => data = value()?,
            "--from" => from_file = Some(value()?),
            "--csv" => csv = true,
            "--site-url" => mail.site_url = value()?,
            "--mail-from" => mail.from = value()?,
            other if !other.starts_with('-') && slug.is_none() => slug = Some(other.to_owned()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let db = Db::open(&Path::new(&data).join("campus.sqlite3"), Content::FACTS)
        .map_err(|e| e.to_string())?;
    let now = clock::now_unix() as i64;
    match action.as_str() {
        "upsert" => {
            let file = from_file.ok_or(format!("--from is required\n{USAGE}"))?;
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
        "cancel" => {
            let slug = slug.ok_or(format!("the event's slug is required\n{USAGE}"))?;
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
        "registrations" if csv => {
            let slug = slug.ok_or(format!("the event's slug is required\n{USAGE}"))?;
            let lookup = slug.clone();
            db.read(move |conn| db::registrations_csv(conn, &lookup))
                .await
                .map_err(|e| e.to_string())?
                .ok_or(format!("no event `{slug}`"))
        }
        _ => Err(USAGE.into()),
    }
}
