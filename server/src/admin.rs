//! Account administration from the command line (`portal-server account …`): the
//! password is read from standard input, never from the arguments (they show in `ps`).

use std::{io::BufRead, path::Path};

use crate::{
    auth::hash_password,
    clock,
    db::{self, Content, Db},
};

const USAGE: &str = "usage:
  portal-server account create --email E --startup SLUG [--data DIR]   (password on stdin)
  portal-server account reset-password --email E [--data DIR]         (password on stdin)
  portal-server account delete --email E [--data DIR]                 (when a start-up leaves)";

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

/// Runs `account create|reset-password`; `args` are what follows `account`.
pub async fn run(args: &[String]) -> Result<String, String> {
    let mut email = None;
    let mut startup = None;
    let mut data = "data".to_owned();
    let action = args.first().ok_or(USAGE)?.clone();
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().cloned().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--email" => email = Some(value()?),
            "--startup" => startup = Some(value()?),
            "--data" => data = value()?,
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let email = email.ok_or(format!("--email is required\n{USAGE}"))?;
    model::directory::validate_email(&email).map_err(|e| format!("--email {e}"))?;
    // The facts only: an account command never creates the demo accounts or samples.
    let db = Db::open(&Path::new(&data).join("campus.sqlite3"), Content::FACTS)
        .map_err(|e| e.to_string())?;
    match action.as_str() {
        "create" => {
            let startup = startup.ok_or(format!("--startup is required\n{USAGE}"))?;
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
                    db::create_account(conn, &e, &hash, &s, &now).map(|_| true)
                } else {
                    Ok(false)
                }
            })
            .await
            .map_err(|e| format!("creating the account: {e}"))?
            .then(|| format!("account {email} created for start-up {startup}"))
            .ok_or(format!("no start-up `{startup}`"))
        }
        "reset-password" => {
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
        "delete" => {
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
        other => Err(format!("unknown action `{other}`\n{USAGE}")),
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
