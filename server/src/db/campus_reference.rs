//! Which poles and institutes the campus has: the one check of a start-up's references to
//! them, shared by the seed loader and the profile API.

use model::directory::{FieldError, Startup};
use rusqlite::Connection;

/// The campus's pole and institute slugs.
#[derive(Clone, Debug, Default)]
pub struct CampusReference {
    pub poles: Vec<String>,
    pub institutes: Vec<String>,
}

fn slugs(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    conn.prepare(&format!("SELECT slug FROM {table}"))?
        .query_map([], |r| r.get(0))?
        .collect()
}

pub fn load_campus_reference(conn: &Connection) -> rusqlite::Result<CampusReference> {
    Ok(CampusReference {
        poles: slugs(conn, "poles")?,
        institutes: slugs(conn, "institutes")?,
    })
}

impl CampusReference {
    /// The fields of `profile` naming a pole or institute the campus does not have.
    /// `check_poles` is false when the pole list already broke a rule of its own (too many,
    /// repeats), which is then the only thing said of it.
    pub fn check(&self, profile: &Startup, check_poles: bool) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if check_poles {
            for (i, pole) in profile.summary.poles.iter().enumerate() {
                if !self.poles.contains(pole) {
                    errors.push(FieldError {
                        field: format!("poles[{i}]"),
                        reason: "not a campus pole".into(),
                    });
                }
            }
        }
        let institute = profile
            .summary
            .spin_off
            .as_ref()
            .and_then(|o| o.institute.as_ref());
        if let Some(institute) = institute.filter(|i| !self.institutes.contains(i)) {
            errors.push(FieldError {
                field: "spin_off.institute".into(),
                reason: format!(
                    "`{}` is not a campus institute",
                    institute.chars().take(64).collect::<String>()
                ),
            });
        }
        errors
    }
}
