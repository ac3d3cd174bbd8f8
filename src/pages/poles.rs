use leptos::prelude::*;

use crate::{
    api,
    components::{ErrorView, Loading, PageHeading, PoleGrid},
    i18n::use_i18n,
};

/// `/poles`: the five poles.
#[component]
pub fn PolesPage() -> impl IntoView {
    let i18n = use_i18n();
    let poles = LocalResource::new(api::poles);
    view! {
        <div class="container section">
            <PageHeading text=Signal::derive(move || i18n.t().poles_title.to_owned())/>
            <p class="lead">{move || i18n.t().poles_intro}</p>
            <Transition fallback=|| view! { <Loading class="loading--grid"/> }>
                {move || Suspend::new(async move {
                    match poles.await {
                        Ok(list) => view! { <PoleGrid poles=list level=2/> }.into_any(),
                        Err(error) => view! {
                            <ErrorView error on_retry=Callback::new(move |_| poles.refetch())/>
                        }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
