//! An in-memory index that readers share and a writer replaces whole, with the stamp of
//! the database state it was built from ([`crate::db`]'s snapshots): readers never wait
//! for a rebuild, and two rebuilds finishing out of order never put an older index back.

use std::sync::{Arc, RwLock};

pub struct StampedIndex<T> {
    slot: RwLock<(u64, Arc<T>)>,
}

impl<T> StampedIndex<T> {
    pub fn new(stamp: u64, index: T) -> StampedIndex<T> {
        StampedIndex {
            slot: RwLock::new((stamp, Arc::new(index))),
        }
    }

    /// The index as it is now.
    pub fn current(&self) -> Arc<T> {
        // A poisoned lock still holds a complete index: it is only ever replaced whole.
        match self.slot.read() {
            Ok(slot) => Arc::clone(&slot.1),
            Err(poisoned) => Arc::clone(&poisoned.into_inner().1),
        }
    }

    /// Installs the index `build` makes from rows read at `stamp`, unless one at least as
    /// new is in place; whether it was installed.
    pub fn install(&self, stamp: u64, build: impl FnOnce() -> T) -> bool {
        if stamp <= self.stamp() {
            return false;
        }
        // Built outside the lock: readers keep the old index meanwhile.
        let index = Arc::new(build());
        let mut slot = match self.slot.write() {
            Ok(slot) => slot,
            Err(poisoned) => poisoned.into_inner(),
        };
        if stamp <= slot.0 {
            return false;
        }
        *slot = (stamp, index);
        true
    }

    fn stamp(&self) -> u64 {
        match self.slot.read() {
            Ok(slot) => slot.0,
            Err(poisoned) => poisoned.into_inner().0,
        }
    }
}
