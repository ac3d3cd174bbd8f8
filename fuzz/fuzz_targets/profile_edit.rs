//! Any JSON body of a profile write: decoding, applying, checking and merging never panic,
//! and what the checks accept keeps its rules after a JSON round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use model::{
    directory::{generate, validate_email, validate_url},
    space::{merge, StartupEdit},
};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = validate_url(&text);
    let _ = validate_email(&text);
    let Ok(edit) = serde_json::from_slice::<StartupEdit>(data) else {
        return;
    };
    let base = generate::profile(generate::startups(1).remove(0));
    let applied = edit.apply(&base);
    let errors = applied.check(2026);
    let base_edit = StartupEdit::of(&base);
    let (merged, conflicts) = merge(&base_edit, &edit, &base_edit);
    assert!(conflicts.is_empty(), "theirs unchanged: no conflict");
    assert_eq!(
        merged.apply(&base),
        applied,
        "only my changes: the merge is mine"
    );
    if errors.is_empty() {
        let json = serde_json::to_vec(&applied).unwrap();
        let again: model::directory::Startup = serde_json::from_slice(&json).unwrap();
        assert!(again.check(2026).is_empty());
    }
});
