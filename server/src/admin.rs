//! Account administration from the command line (`portal-server account …`): the
//! password is read from standard input, never from the arguments (they show in `ps`).

use std::io::BufRead;

use crate::{
    auth::hash_password,
    cli::AccountAction,
    cli::AccountRole,
    clock,
    db::{self, Content, Db},
};

/// Words a guesser tries first for an account of this campus, beside the e-mail.
const CAMPUS_WORDS: [&str; 4] = ["parisante", "campus", "startup", "sante"];

/// Refuses a password a guesser finds in 10^10 tries or fewer (zxcvbn's score 3): blank,
/// repeated (`aaaaaaaaaaaa`, `abcabcabcabc`), from the common-password lists, a keyboard
/// walk, or made of the e-mail or the campus's name.
pub fn check_new_password(password: &str, email: &str) -> Result<(), String> {
    if password.trim().chars().count() < 12 {
        return Err("the password needs at least 12 characters besides spaces".into());
    }
    let local = email.split('@').next().unwrap_or(email);
    let mut known: Vec<&str> = vec![email, local];
    known.extend(CAMPUS_WORDS);
    let estimate = zxcvbn::zxcvbn(password, &known);
    if estimate.score() >= zxcvbn::Score::Three {
        return Ok(());
    }
    let why = estimate
        .feedback()
        .and_then(|f| f.warning())
        .map(|w| format!(" ({w})"))
        .unwrap_or_default();
    Err(format!(
        "this password is too easy to guess{why}: use four or more unrelated words, or a \
         password manager's"
    ))
}

fn read_password(email: &str) -> Result<String, String> {
    eprintln!("password (one line, at least 12 characters, not easy to guess):");
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("reading the password: {e}"))?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    check_new_password(&password, email)?;
    Ok(password)
}

/// Runs `account create|reset-password|delete`.
pub async fn run(action: AccountAction) -> Result<String, String> {
    let (email, data) = match &action {
        AccountAction::Create { email, data, .. }
        | AccountAction::ResetPassword { email, data }
        | AccountAction::Delete { email, data } => (email.clone(), data.dir.clone()),
    };
    model::directory::validate_email(&email).map_err(|e| format!("--email {e}"))?;
    // The facts only: an account command never creates the demo accounts or samples.
    let db = Db::open(&data.join("campus.sqlite3"), Content::FACTS).map_err(|e| e.to_string())?;
    match action {
        AccountAction::Create {
            role: AccountRole::Staff,
            startup: Some(_),
            ..
        } => Err("a campus team account belongs to no start-up: leave out --startup".into()),
        AccountAction::Create {
            role: AccountRole::Member,
            startup: None,
            ..
        } => Err("a start-up member's account needs --startup SLUG (or --role staff)".into()),
        AccountAction::Create {
            startup: Some(startup),
            ..
        } => {
            let hash = hash_password(&read_password(&email)?)?;
            let now = clock::now_utc();
            let (e, s) = (email.clone(), startup.clone());
            db.write(move |conn| {
                let known: bool = conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM startups WHERE slug = ?1)",
                    [&s],
                    |r| r.get(0),
                )?;
                if known {
                    db::create_account(conn, &e, &hash, Some(&s), &now).map(|_| true)
                } else {
                    Ok(false)
                }
            })
            .await
            .map_err(|e| format!("creating the account: {e}"))?
            .then(|| format!("account {email} created for start-up {startup}"))
            .ok_or(format!("no start-up `{startup}`"))
        }
        AccountAction::Create { startup: None, .. } => {
            let hash = hash_password(&read_password(&email)?)?;
            let now = clock::now_utc();
            let e = email.clone();
            db.write(move |conn| db::create_account(conn, &e, &hash, None, &now))
                .await
                .map_err(|e| format!("creating the account: {e}"))?;
            Ok(format!(
                "campus team account {email} created: at its first sign-in on the team space, \
                 it adds an authenticator app and keeps its recovery codes"
            ))
        }
        AccountAction::ResetPassword { .. } => {
            let hash = hash_password(&read_password(&email)?)?;
            let e = email.clone();
            let found = db
                .write(move |conn| db::set_password(conn, &e, &hash))
                .await
                .map_err(|e| e.to_string())?;
            found
                .then(|| format!("password of {email} changed; its sessions are closed"))
                .ok_or(format!("no account {email}"))
        }
        AccountAction::Delete { .. } => {
            let e = email.clone();
            let found = db
                .write(move |conn| db::delete_account(conn, &e))
                .await
                .map_err(|e| e.to_string())?;
            found
                .then(|| {
                    format!(
                        "account {email} deleted: its sessions are closed and its e-mail is \
                         removed from the profile history"
                    )
                })
                .ok_or(format!("no account {email}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check_new_password;

    #[test]
    fn easy_passwords_are_refused() {
        let email = "fondatrice@posos.example";
        for weak in [
            "            ",
            "aaaaaaaaaaaaaaaa",
            "abcabcabcabcabc",
            "password1234",
            "azertyuiop123",
            "123456789012",
            "fondatrice2026",
            "parisantecampus",
        ] {
            assert!(check_new_password(weak, email).is_err(), "{weak:?}");
        }
        assert!(check_new_password("short", email).is_err());
        assert!(check_new_password("violet tambour lune cerise", email).is_ok());
    }
}
