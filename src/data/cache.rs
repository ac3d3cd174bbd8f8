//! The visit's cache: one [`Entry`] per API resource, bounded in size.

use std::{
    any::Any,
    cell::RefCell,
    collections::{HashMap, VecDeque},
    rc::Rc,
};

use super::{
    baked::BakedAnswer,
    entry::{Entry, Idle},
    load::Load,
};
use crate::api::{ApiError, Endpoint};

/// Entries kept once no view uses them: enough for a long visit (every pole, dozens of
/// programmes and start-ups), small enough that memory stays bounded.
const CAPACITY: usize = 96;

struct Slot {
    any: Rc<dyn Any>,
    idle: Rc<dyn Idle>,
}

#[derive(Default)]
pub struct Cache {
    slots: RefCell<HashMap<String, Slot>>,
    /// Keys from the oldest to the newest, for eviction.
    order: RefCell<VecDeque<String>>,
    /// Answers baked into the page, not yet turned into entries.
    #[cfg(not(feature = "ssr"))]
    baked: RefCell<std::collections::BTreeMap<String, BakedAnswer>>,
    /// The prerender's answers, for the whole build.
    #[cfg(feature = "ssr")]
    build: super::prerender::BuildAnswers,
}

/// A baked answer as an entry's first state (`None`: unusable, fetch it).
fn baked_state<T>(endpoint: &Endpoint<T>, answer: &BakedAnswer) -> Option<Load<T>> {
    match (answer.status, &answer.body) {
        (200, Some(body)) => endpoint
            .decode_baked(body.get())
            .ok()
            .map(|value| Load::Ready(std::sync::Arc::new(value))),
        (404, _) => Some(Load::Failed(ApiError::NotFound)),
        _ => None,
    }
}

impl Cache {
    #[cfg(not(feature = "ssr"))]
    pub fn new(baked: super::baked::Baked) -> Cache {
        Cache {
            baked: RefCell::new(baked.answers),
            ..Cache::default()
        }
    }

    #[cfg(feature = "ssr")]
    pub fn new(build: super::prerender::BuildAnswers) -> Cache {
        Cache {
            build,
            ..Cache::default()
        }
    }

    /// The first state of a new entry: from the page's baked answers when it has one.
    fn first_state<T>(&self, endpoint: &Endpoint<T>) -> Option<(Load<T>, BakedAnswer)> {
        let key = endpoint.key();
        // The prerender looks answers up in the build's set (and notes what the page used
        // or lacked); the browser uses each answer baked into its page once.
        #[cfg(feature = "ssr")]
        let answer = self.build.answer(key);
        #[cfg(not(feature = "ssr"))]
        let answer = self.baked.borrow_mut().remove(key);
        let answer = answer?;
        baked_state(endpoint, &answer).map(|state| (state, answer))
    }
    /// The entry of `endpoint`, created if it is new.
    pub fn entry<T: Send + Sync + 'static>(&self, endpoint: Endpoint<T>) -> Rc<Entry<T>> {
        let key = endpoint.key().to_owned();
        if let Some(slot) = self.slots.borrow().get(&key) {
            if let Ok(entry) = slot.any.clone().downcast::<Entry<T>>() {
                return entry;
            }
        }
        let entry = Rc::new(match self.first_state(&endpoint) {
            Some((state, answer)) => Entry::with_state(endpoint, state, answer),
            None => Entry::new(endpoint),
        });
        self.slots.borrow_mut().insert(
            key.clone(),
            Slot {
                any: entry.clone(),
                idle: entry.clone(),
            },
        );
        self.order.borrow_mut().push_back(key);
        self.evict();
        entry
    }

    /// Drops the oldest entries no view uses while the cache is over capacity.
    fn evict(&self) {
        let mut slots = self.slots.borrow_mut();
        let mut order = self.order.borrow_mut();
        let mut kept = VecDeque::with_capacity(order.len());
        let mut excess = slots.len().saturating_sub(CAPACITY);
        while let Some(key) = order.pop_front() {
            let idle = slots.get(&key).is_some_and(|slot| slot.idle.is_idle());
            if excess > 0 && idle {
                slots.remove(&key);
                excess -= 1;
            } else {
                kept.push_back(key);
            }
        }
        *order = kept;
    }
}
