//! One cached API resource: its state (a signal the views read), its `ETag`, the request
//! in flight and how many views use it.

use std::{
    cell::{Cell, RefCell},
    rc::Rc,
    sync::Arc,
};

use leptos::{prelude::*, task::spawn_local};
use web_sys::AbortController;

use super::{baked::BakedAnswer, load::Load};
use crate::api::{self, Endpoint, Fetched};

/// Whether an entry can be evicted.
pub trait Idle {
    fn is_idle(&self) -> bool;
}

pub struct Entry<T: Send + Sync + 'static> {
    endpoint: Endpoint<T>,
    /// Owned by the entry, not by any view: a late answer never writes to disposed state.
    pub state: ArcRwSignal<Load<T>>,
    etag: RefCell<Option<String>>,
    /// The baked body the copy was decoded from without the API's address, when it holds
    /// an address relative to it, until a revalidation decodes it again.
    unresolved: RefCell<Option<String>>,
    /// The request in flight, numbered so that a late answer of an aborted request is
    /// told apart from the current one.
    in_flight: RefCell<Option<(u64, AbortController)>>,
    requests: Cell<u64>,
    users: Cell<usize>,
}

impl<T: Send + Sync + 'static> Idle for Entry<T> {
    fn is_idle(&self) -> bool {
        self.users.get() == 0 && self.in_flight.borrow().is_none()
    }
}

impl<T: Send + Sync + 'static> Entry<T> {
    pub fn new(endpoint: Endpoint<T>) -> Self {
        Entry::starting(endpoint, Load::Loading, None, None)
    }

    /// An entry that starts from an answer baked into the page, decoded as `state`.
    pub fn with_state(endpoint: Endpoint<T>, state: Load<T>, answer: BakedAnswer) -> Self {
        // Only a body that holds an address relative to the API needs decoding again: any
        // other keeps its first decoding, and its page is not drawn twice.
        let unresolved = answer
            .body
            .filter(|body| {
                matches!(state, Load::Ready(_)) && api::holds_relative_address(body.get())
            })
            .map(|body| body.get().to_owned());
        Entry::starting(endpoint, state, answer.etag, unresolved)
    }

    fn starting(
        endpoint: Endpoint<T>,
        state: Load<T>,
        etag: Option<String>,
        unresolved: Option<String>,
    ) -> Self {
        Entry {
            endpoint,
            state: ArcRwSignal::new(state),
            etag: RefCell::new(etag),
            unresolved: RefCell::new(unresolved),
            in_flight: RefCell::new(None),
            requests: Cell::new(0),
            users: Cell::new(0),
        }
    }

    /// A view starts using the entry: load it, or revalidate what the cache holds.
    pub fn acquire(self: &Rc<Self>) {
        self.users.set(self.users.get() + 1);
        self.fetch();
    }

    /// A view stops using the entry; when none is left, its request is cancelled.
    pub fn release(&self) {
        self.users.set(self.users.get().saturating_sub(1));
        if self.users.get() == 0 {
            if let Some((_, controller)) = self.in_flight.take() {
                controller.abort();
            }
        }
    }

    /// "Try again" after a failure.
    pub fn retry(self: &Rc<Self>) {
        if matches!(self.state.get_untracked(), Load::Failed(_)) {
            self.state.set(Load::Loading);
        }
        self.fetch();
    }

    /// Starts a request unless one is in flight: a plain GET when nothing is cached, a
    /// conditional one when a copy is.
    fn fetch(self: &Rc<Self>) {
        // The prerender fetches nothing while rendering (see `data::prerender`).
        if cfg!(feature = "ssr") || self.in_flight.borrow().is_some() {
            return;
        }
        let cached = matches!(self.state.get_untracked(), Load::Ready(_));
        let etag = if cached {
            self.etag.borrow().clone()
        } else {
            None
        };
        let number = self.requests.get() + 1;
        self.requests.set(number);
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        if let Some(controller) = controller {
            *self.in_flight.borrow_mut() = Some((number, controller));
        }
        let unresolved = self.unresolved.borrow().clone();
        let entry = Rc::clone(self);
        spawn_local(async move {
            let result = api::read(
                &entry.endpoint,
                etag.as_deref(),
                unresolved.as_deref().filter(|_| etag.is_some()),
                signal.as_ref(),
            )
            .await;
            let current = entry
                .in_flight
                .borrow()
                .as_ref()
                .is_some_and(|(n, _)| *n == number);
            if !current || signal.as_ref().is_some_and(|s| s.aborted()) {
                return;
            }
            entry.in_flight.take();
            match result {
                Ok(Fetched::Fresh { value, etag }) => {
                    *entry.etag.borrow_mut() = etag;
                    entry.unresolved.take();
                    entry.state.set(Load::Ready(Arc::new(value)));
                }
                Ok(Fetched::NotModified) => {}
                // A failed revalidation keeps the copy on screen: it was current a moment
                // ago, and the next visit of the page tries again.
                Err(_) if cached => {}
                Err(error) => entry.state.set(Load::Failed(error)),
            }
        });
    }
}
