//! The state of a resource as a view shows it: loading, ready, or failed with a typed error.

use std::sync::Arc;

use crate::api::ApiError;

/// The state of a resource as a view shows it.
pub enum Load<T: ?Sized> {
    Loading,
    Ready(Arc<T>),
    Failed(ApiError),
}

impl<T: ?Sized> Clone for Load<T> {
    fn clone(&self) -> Self {
        match self {
            Load::Loading => Load::Loading,
            Load::Ready(value) => Load::Ready(Arc::clone(value)),
            Load::Failed(error) => Load::Failed(error.clone()),
        }
    }
}

/// Two states are the same when they hold the same copy (so a memo of a state changes only
/// when the data does).
impl<T: ?Sized> PartialEq for Load<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Load::Loading, Load::Loading) => true,
            (Load::Ready(a), Load::Ready(b)) => Arc::ptr_eq(a, b),
            (Load::Failed(a), Load::Failed(b)) => a == b,
            _ => false,
        }
    }
}

impl<T: ?Sized> Load<T> {
    pub fn ready(&self) -> Option<Arc<T>> {
        match self {
            Load::Ready(value) => Some(Arc::clone(value)),
            _ => None,
        }
    }

    /// The same state with the value behind another pointer type (`Arc<dyn Any>`).
    pub fn map_ready<U: ?Sized>(self, map: impl FnOnce(Arc<T>) -> Arc<U>) -> Load<U> {
        match self {
            Load::Loading => Load::Loading,
            Load::Ready(value) => Load::Ready(map(value)),
            Load::Failed(error) => Load::Failed(error),
        }
    }
}
