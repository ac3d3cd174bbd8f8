//! Work a request may cause is bounded server-wide: a burst of wrong sign-ins from many
//! addresses runs a few password hashes at a time, whatever the number of clients.

mod support;

use std::sync::Arc;

use serde_json::json;
use support::process::{http, start_with};

/// `VmRSS` or `VmHWM` (peak) of a process, in KiB.
fn memory_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("{field} in /proc/{pid}/status"))
}

/// argon2 takes 19 MiB a hash: 60 at once held over 1 GB. The bound is the hashing budget
/// (80 MiB) plus room for the runtime's own growth under 60 connections.
const BURST_GROWTH_BOUND_KIB: u64 = 200 * 1024;

#[test]
fn sixty_parallel_wrong_sign_ins_from_sixty_addresses_stay_within_the_memory_bound() {
    let data = tempfile::tempdir().unwrap();
    // Behind a trusted proxy, each request names its own client: sixty addresses, so the
    // per-address limiter lets every one through to a password check.
    let (mut child, addr) = start_with(data.path(), &["--trusted-proxy", "127.0.0.1"]);
    let before = memory_kib(child.id(), "VmRSS:");
    let addr = Arc::new(addr);
    let answers: Vec<(u16, bool)> = (0..60)
        .map(|i| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let body = json!({
                    "email": format!("nobody-{i}@example.org"),
                    "password": format!("guess-{i}"),
                });
                let client = format!("203.0.113.{}", i + 1);
                let (status, headers, _) = http(
                    &addr,
                    "POST",
                    "/api/v1/session",
                    &[("x-forwarded-for", &client)],
                    Some(&body),
                )
                .expect("an answer");
                (status, headers.contains_key("retry-after"))
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    let peak = memory_kib(child.id(), "VmHWM:");
    child.kill().unwrap();
    let _ = child.wait();
    for (status, retry_after) in &answers {
        assert!(
            *status == 401 || (*status == 503 && *retry_after),
            "a wrong sign-in is refused, or told when to come back: {answers:?}"
        );
    }
    assert!(
        answers.iter().any(|(status, _)| *status == 401),
        "{answers:?}"
    );
    let growth = peak.saturating_sub(before);
    eprintln!(
        "peak memory under the burst: +{} MiB from {} MiB",
        growth / 1024,
        before / 1024
    );
    assert!(
        growth < BURST_GROWTH_BOUND_KIB,
        "peak memory grew by {} MiB under the burst (from {} MiB): {answers:?}",
        growth / 1024,
        before / 1024
    );
}
