//! Entry point: mount the portal in place of the static shell of `index.html`.

fn main() {
    console_error_panic_hook::set_once();
    portal::mount();
}
