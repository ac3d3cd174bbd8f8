//! What the server does to a member's input beyond the model's rules: the parts that need
//! Unicode tables, a URL parser or an image decoder, which the app's wasm should not carry.

mod logo;
mod names;
mod text;
mod urls;

pub use logo::{reencode_logo, LogoError, MAX_LOGO_SIDE};
pub use names::name_key;
pub use text::normalise;
pub use urls::check_addresses;
