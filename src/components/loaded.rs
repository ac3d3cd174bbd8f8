use std::{any::Any, sync::Arc};

use leptos::prelude::*;

use crate::{
    api::ApiError,
    components::{ErrorView, Loading, NotFoundView, PageHeading},
    data::{Load, Loadable},
    i18n::use_i18n,
};

/// A loaded value whose type the view below does not need to know.
type AnyValue = dyn Any + Send + Sync;

/// What to show while a page's data is not there: a placeholder of the content's size
/// while it loads, the 404 content when it does not exist, and the error with
/// "Try again" when it failed. The one place pages turn a [`Query`] (or several) into a
/// view.
///
/// Only the lines that know the value's type are generic: the states, the placeholder and
/// the error view are one copy in the wasm, not one per page that waits for data (14 of
/// them made this component 53 KB of the browse chunk before wasm-opt).
///
/// [`Query`]: crate::data::Query
#[component]
pub fn Loaded<Q, V, F>(
    query: Q,
    /// The view of the loaded data.
    ready: F,
    /// Extra class of the placeholder (its reserved height), e.g. `loading--page`.
    #[prop(optional)]
    class: &'static str,
    /// The data is the page itself: a failure gets the page's heading and a missing
    /// resource the 404 content.
    #[prop(optional)]
    page: bool,
    /// Class of a box around the placeholder and the error (not the loaded view), for
    /// pages whose loaded sections bring their own layout.
    #[prop(optional)]
    frame: Option<&'static str>,
) -> impl IntoView
where
    Q: Loadable,
    V: IntoView + 'static,
    F: Fn(Arc<Q::Value>) -> V + Send + Sync + 'static,
{
    // A memo, so the view is rebuilt only when the state really changes (a revalidation
    // answered 304 rebuilds nothing).
    let shown = {
        let query = query.clone();
        Memo::new(move |_| query.load().map_ready(|value| value as Arc<AnyValue>))
    };
    let on_retry = Callback::new(move |_| query.retry());
    let erased_ready = Arc::new(
        move |value: Arc<AnyValue>| match value.downcast::<Q::Value>() {
            Ok(value) => ready(value).into_any(),
            // Cannot happen: the memo holds only what `query` gave, a `Q::Value`.
            Err(_) => {
                leptos::logging::error!("Loaded: the loaded value is not of the query's type");
                ().into_any()
            }
        },
    );
    ErasedLoaded {
        shown,
        ready: erased_ready,
        on_retry,
        class,
        page,
        frame,
    }
    .view()
}

/// What [`Loaded`] draws, with the value's type erased: one copy of this code serves every
/// page.
struct ErasedLoaded {
    shown: Memo<Load<AnyValue>>,
    ready: Arc<dyn Fn(Arc<AnyValue>) -> AnyView + Send + Sync>,
    on_retry: Callback<()>,
    class: &'static str,
    page: bool,
    frame: Option<&'static str>,
}

impl ErasedLoaded {
    fn view(self) -> AnyView {
        let ErasedLoaded {
            shown,
            ready,
            on_retry,
            class,
            page,
            frame,
        } = self;
        let i18n = use_i18n();
        let framed = move |inner: AnyView| match frame {
            Some(class) => view! { <div class=class>{inner}</div> }.into_any(),
            None => inner,
        };
        (move || match shown.get() {
            Load::Loading => framed(view! { <Loading class/> }.into_any()),
            Load::Ready(value) => ready(value),
            Load::Failed(ApiError::NotFound) if page => {
                framed(view! { <NotFoundView/> }.into_any())
            }
            Load::Failed(error) => framed(
                view! {
                    {page.then(|| view! {
                        <PageHeading
                            text=Signal::derive(move || i18n.t().error_heading.to_owned())
                            description=Signal::derive(move || i18n.t().site_description.to_owned())
                        />
                    })}
                    <ErrorView error on_retry/>
                }
                .into_any(),
            ),
        })
        .into_any()
    }
}
