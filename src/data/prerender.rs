//! The data layer inside the build-time prerender (`ssr`): nothing is fetched while a page
//! renders. The prerender keeps every API answer it has fetched, for the whole build, in
//! one [`BuildAnswers`] it puts in each render's context; a page's render looks answers up
//! there (never copying the set), and notes which it used (those go into the page's data
//! block) and which it lacked (the prerender fetches those and renders the page again).

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::{Arc, Mutex, MutexGuard},
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

/// The build's answers, shared by the prerender and each render (in its context).
#[derive(Clone, Default)]
pub struct BuildAnswers(Arc<Mutex<Build>>);

impl BuildAnswers {
    fn build(&self) -> MutexGuard<'_, Build> {
        self.0.lock().expect("a render never panics holding it")
    }

    /// The day the pages are built for.
    pub fn set_today(&self, today: String) {
        self.build().today = Some(today);
    }

    pub fn today(&self) -> Option<String> {
        self.build().today.clone()
    }

    /// An answer fetched for `key`, kept for every later page.
    pub fn add_answer(&self, key: String, answer: BakedAnswer) {
        self.build().answers.insert(key, answer);
    }

    /// Starts a page's render: nothing used, nothing missing yet.
    pub fn begin_page(&self) {
        let mut build = self.build();
        build.missing.clear();
        build.used.clear();
    }

    /// What the render asked for and was not there.
    pub fn missing(&self) -> BTreeSet<String> {
        self.build().missing.clone()
    }

    /// The answer for `key`, noted as used by the page (or as missing).
    pub fn answer(&self, key: &str) -> Option<BakedAnswer> {
        let mut build = self.build();
        let answer = build.answers.get(key).cloned();
        let noted = if answer.is_some() {
            &mut build.used
        } else {
            &mut build.missing
        };
        noted.insert(key.to_owned());
        answer
    }

    /// The page's data block (`baked::Baked` as JSON): the build's day and the answers the
    /// last render used, `<` escaped so it can never close its element.
    pub fn block_text(&self) -> String {
        #[derive(Serialize)]
        struct Block<'a> {
            today: &'a Option<String>,
            answers: BTreeMap<&'a str, &'a BakedAnswer>,
        }
        let build = self.build();
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
    }
}
