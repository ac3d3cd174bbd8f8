//! What a page gets from the data layer: a readable state and "try again".

use std::{
    rc::Rc,
    sync::{Arc, Mutex},
};

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::{entry::Entry, load::Load};
use crate::api::ApiError;

/// Something a view can wait for: one query, or several together.
pub trait Loadable: Clone + Send + Sync + 'static {
    type Value: Send + Sync + 'static;
    /// The current state (tracked).
    fn load(&self) -> Load<Self::Value>;
    /// Asks again after a failure.
    fn retry(&self);
}

/// A view's subscription to one resource; it ends (and an unneeded request is cancelled)
/// when the view that made it is disposed.
pub struct Query<T: Send + Sync + 'static> {
    state: ArcReadSignal<Load<T>>,
    entry: SendWrapper<Rc<Entry<T>>>,
}

impl<T: Send + Sync + 'static> Clone for Query<T> {
    fn clone(&self) -> Self {
        Query {
            state: self.state.clone(),
            entry: self.entry.clone(),
        }
    }
}

impl<T: Send + Sync + 'static> Query<T> {
    pub(super) fn subscribe(entry: Rc<Entry<T>>) -> Self {
        entry.acquire();
        let released = SendWrapper::new(Rc::clone(&entry));
        on_cleanup(move || released.release());
        Query {
            state: entry.state.read_only(),
            entry: SendWrapper::new(entry),
        }
    }

    /// The current state (tracked: a view reading it follows its changes).
    pub fn get(&self) -> Load<T> {
        self.state.get()
    }

    /// The value, once loaded (tracked).
    pub fn ready(&self) -> Option<Arc<T>> {
        self.state.with(Load::ready)
    }

    /// Asks again after a failure.
    pub fn retry(&self) {
        self.entry.retry();
    }

    /// The first outcome, kept for the life of the view, a failure counting as "none":
    /// for a form built once from optional data, which must never be rebuilt (and lose
    /// what the user typed) because newer data arrived.
    pub fn first_outcome(self) -> FirstOutcome<T> {
        FirstOutcome {
            query: self,
            kept: Arc::new(Mutex::new(None)),
        }
    }
}

/// The outcome a [`FirstOutcome`] keeps: the value, or none after a failure.
type Outcome<T> = Arc<Option<Arc<T>>>;

pub struct FirstOutcome<T: Send + Sync + 'static> {
    query: Query<T>,
    kept: Arc<Mutex<Option<Outcome<T>>>>,
}

impl<T: Send + Sync + 'static> Clone for FirstOutcome<T> {
    fn clone(&self) -> Self {
        FirstOutcome {
            query: self.query.clone(),
            kept: Arc::clone(&self.kept),
        }
    }
}

impl<T: Send + Sync + 'static> Loadable for FirstOutcome<T> {
    type Value = Option<Arc<T>>;
    fn load(&self) -> Load<Option<Arc<T>>> {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(outcome) = kept.as_ref() {
            return Load::Ready(Arc::clone(outcome));
        }
        let outcome = match self.query.get() {
            Load::Loading => return Load::Loading,
            Load::Ready(value) => Arc::new(Some(value)),
            Load::Failed(_) => Arc::new(None),
        };
        *kept = Some(Arc::clone(&outcome));
        Load::Ready(outcome)
    }
    fn retry(&self) {}
}

impl<T: Send + Sync + 'static> Loadable for Query<T> {
    type Value = T;
    fn load(&self) -> Load<T> {
        self.get()
    }
    fn retry(&self) {
        Query::retry(self);
    }
}

/// Several resources requested at once (in parallel) and shown together. One that does
/// not exist is left out, not an error.
pub struct QueryList<T: Send + Sync + 'static>(pub Vec<Query<T>>);

impl<T: Send + Sync + 'static> Clone for QueryList<T> {
    fn clone(&self) -> Self {
        QueryList(self.0.clone())
    }
}

impl<T: Send + Sync + 'static> Loadable for QueryList<T> {
    type Value = Vec<Arc<T>>;
    fn load(&self) -> Load<Vec<Arc<T>>> {
        let mut values = Vec::with_capacity(self.0.len());
        for query in &self.0 {
            match query.get() {
                Load::Ready(value) => values.push(value),
                Load::Failed(ApiError::NotFound) => {}
                Load::Failed(error) => return Load::Failed(error),
                Load::Loading => return Load::Loading,
            }
        }
        Load::Ready(Arc::new(values))
    }
    fn retry(&self) {
        for query in &self.0 {
            query.retry();
        }
    }
}
