//! The data layer inside the build-time prerender (`ssr`): nothing is fetched while a page
//! renders. The prerender keeps every API answer it has fetched, for the whole build; a
//! page's render looks answers up here (never copying the set), and notes which it used
//! (those go into the page's data block) and which it lacked (the prerender fetches those
//! and renders the page again).

use std::{
    cell::RefCell,
    collections::{BTreeMap, BTreeSet},
};

use serde::Serialize;

use super::baked::BakedAnswer;

#[derive(Default)]
struct Build {
    today: Option<String>,
    answers: BTreeMap<String, BakedAnswer>,
    missing: BTreeSet<String>,
    used: BTreeSet<String>,
}

thread_local! {
    static BUILD: RefCell<Build> = RefCell::new(Build::default());
}

/// The day the pages are built for.
pub fn set_today(today: String) {
    BUILD.with(|b| b.borrow_mut().today = Some(today));
}

pub fn today() -> Option<String> {
    BUILD.with(|b| b.borrow().today.clone())
}

/// An answer fetched for `key`, kept for every later page.
pub fn add_answer(key: String, answer: BakedAnswer) {
    BUILD.with(|b| b.borrow_mut().answers.insert(key, answer));
}

/// Starts a page's render: nothing used, nothing missing yet.
pub fn begin_page() {
    BUILD.with(|b| {
        let mut build = b.borrow_mut();
        build.missing.clear();
        build.used.clear();
    });
}

/// What the render asked for and was not there.
pub fn missing() -> BTreeSet<String> {
    BUILD.with(|b| b.borrow().missing.clone())
}

/// The answer for `key`, noted as used by the page (or as missing).
pub fn answer(key: &str) -> Option<BakedAnswer> {
    BUILD.with(|b| {
        let mut build = b.borrow_mut();
        let answer = build.answers.get(key).cloned();
        let noted = if answer.is_some() {
            &mut build.used
        } else {
            &mut build.missing
        };
        noted.insert(key.to_owned());
        answer
    })
}

/// The page's data block (`baked::Baked` as JSON): the build's day and the answers the
/// last render used, `<` escaped so it can never close its element.
pub fn block_text() -> String {
    #[derive(Serialize)]
    struct Block<'a> {
        today: &'a Option<String>,
        answers: BTreeMap<&'a str, &'a BakedAnswer>,
    }
    BUILD.with(|b| {
        let build = b.borrow();
        let block = Block {
            today: &build.today,
            answers: build
                .used
                .iter()
                .filter_map(|k| build.answers.get(k).map(|a| (k.as_str(), a)))
                .collect(),
        };
        serde_json::to_string(&block)
            .expect("baked answers serialise")
            .replace('<', "\\u003c")
    })
}
