use std::sync::Arc;

use leptos::prelude::*;

use crate::{
    api::ApiError,
    components::{ErrorView, Loading, NotFoundView, PageHeading},
    data::{Load, Loadable},
    i18n::use_i18n,
};

/// What to show while a page's data is not there: a placeholder of the content's size
/// while it loads, the 404 content when it does not exist, and the error with
/// "Try again" when it failed. The one place pages turn a [`Query`] (or several) into a
/// view.
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
    let i18n = use_i18n();
    // A memo, so the view is rebuilt only when the state really changes (a revalidation
    // answered 304 rebuilds nothing).
    let shown = {
        let query = query.clone();
        Memo::new(move |_| query.load())
    };
    let framed = move |inner: AnyView| match frame {
        Some(class) => view! { <div class=class>{inner}</div> }.into_any(),
        None => inner,
    };
    move || match shown.get() {
        Load::Loading => framed(view! { <Loading class/> }.into_any()),
        Load::Ready(value) => ready(value).into_any(),
        Load::Failed(ApiError::NotFound) if page => framed(view! { <NotFoundView/> }.into_any()),
        Load::Failed(error) => {
            let retried = query.clone();
            let on_retry = Callback::new(move |_| retried.retry());
            framed(
                view! {
                    {page.then(|| view! {
                        <PageHeading text=Signal::derive(move || i18n.t().error_heading.to_owned())/>
                    })}
                    <ErrorView error on_retry/>
                }
                .into_any(),
            )
        }
    }
}
