//! What the server does to a member's input beyond the model's rules: the parts that need
//! Unicode tables, a URL parser, an image decoder or a PDF reader, which the app's wasm
//! should not carry.

mod logo;
mod names;
mod pdf;
mod text;
mod urls;

pub use logo::{reencode_logo, LogoError, MAX_LOGO_SIDE};
pub use names::name_key;
#[cfg(test)]
pub use pdf::tests::pdf as test_pdf;
pub use pdf::{check_deck, DeckError};
pub use text::normalise;
pub use urls::check_addresses;
