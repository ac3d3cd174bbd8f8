//! The visit's cache: one [`Entry`] per API resource, bounded in size.

use std::{
    any::Any,
    cell::RefCell,
    collections::{HashMap, VecDeque},
    rc::Rc,
};

use super::entry::{Entry, Idle};
use crate::api::Endpoint;

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
}

impl Cache {
    /// The entry of `endpoint`, created if it is new.
    pub fn entry<T: Send + Sync + 'static>(&self, endpoint: Endpoint<T>) -> Rc<Entry<T>> {
        let key = endpoint.key().to_owned();
        if let Some(slot) = self.slots.borrow().get(&key) {
            if let Ok(entry) = slot.any.clone().downcast::<Entry<T>>() {
                return entry;
            }
        }
        let entry = Rc::new(Entry::new(endpoint));
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
