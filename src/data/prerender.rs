//! The data layer inside the build-time prerender (`ssr`): nothing is fetched while a page
//! renders. The prerender sets the answers it has, renders, and learns which resources
//! the page asked for that it lacked (it fetches those and renders again) and which it
//! used (those go into the page's data block).

use std::{cell::RefCell, collections::BTreeSet};

use super::baked::Baked;

#[derive(Default)]
struct Pass {
    baked: Baked,
    missing: BTreeSet<String>,
    used: BTreeSet<String>,
}

thread_local! {
    static PASS: RefCell<Pass> = RefCell::new(Pass::default());
}

/// Starts a render with these answers.
pub fn begin(baked: Baked) {
    PASS.with(|p| {
        *p.borrow_mut() = Pass {
            baked,
            ..Pass::default()
        }
    });
}

/// Ends it: `(asked for but missing, used)`.
pub fn end() -> (BTreeSet<String>, BTreeSet<String>) {
    PASS.with(|p| {
        let pass = std::mem::take(&mut *p.borrow_mut());
        (pass.missing, pass.used)
    })
}

/// The answers of the render under way (the cache starts from them).
pub fn baked() -> Baked {
    PASS.with(|p| p.borrow().baked.clone())
}

pub fn record_missing(key: &str) {
    PASS.with(|p| p.borrow_mut().missing.insert(key.to_owned()));
}

pub fn record_used(key: &str) {
    PASS.with(|p| p.borrow_mut().used.insert(key.to_owned()));
}
