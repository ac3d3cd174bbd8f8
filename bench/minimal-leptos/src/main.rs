//! The floor for a Leptos CSR app: mount, a router, one page.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <main>
                    <Routes fallback=|| "404">
                        <Route path=path!("/") view=|| view! { <h1>"PariSanté Campus"</h1> }/>
                    </Routes>
                </main>
            </Router>
        }
    })
}
