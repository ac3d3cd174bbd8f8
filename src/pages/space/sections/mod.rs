//! The profile form, one function per section (plain functions, not components: the
//! form stays one view type, so its sections cost no type-erased view each). Each takes the editor's state whole
//! ([`EditorState`](super::editor_state::EditorState)) and edits its own fields.

mod activity;
mod facts;
mod links;
mod logo;
mod presentation;

pub use activity::activity;
pub use facts::facts;
pub use links::links;
pub use logo::LogoUpload;
pub use presentation::presentation;
