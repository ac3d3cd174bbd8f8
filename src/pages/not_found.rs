use leptos::prelude::*;

use crate::components::NotFoundView;

/// Any path the router does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <div class="container section"><NotFoundView/></div> }
}
