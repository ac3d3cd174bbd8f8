//! API latency under an open-loop loopback load: a fixed request rate spread over
//! keep-alive connections. Each request is timed from when it was **scheduled**, not from
//! when it was sent: when the server falls behind, the requests that queue behind a slow
//! one carry that wait in their latency, as a real visitor's would. Timing from the send
//! instead (coordinated omission) hides exactly the delays a p99 is meant to show.
//!
//! A request still unanswered when the run stops counts with the time it has waited so
//! far: a lower bound, never left out.

use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use serde_json::{json, Value};

use super::http::Connection;

/// How long after the deadline requests scheduled before it may still be sent.
const GRACE: Duration = Duration::from_secs(2);

pub fn run(addr: &str, path: &str, rate: u32, seconds: u64, connections: u32) -> Result<Value> {
    let interval = Duration::from_secs_f64(f64::from(connections) / f64::from(rate));
    let began = Instant::now();
    let deadline = began + Duration::from_secs(seconds);
    let stop = deadline + GRACE;
    let threads: Vec<_> = (0..connections)
        .map(|i| {
            let (addr, path) = (addr.to_owned(), path.to_owned());
            std::thread::spawn(move || -> Result<(Vec<f64>, u32, u32)> {
                let mut conn =
                    Connection::open(&addr).with_context(|| format!("connecting to {addr}"))?;
                // Connections start staggered so the load is even.
                let mut scheduled = began + interval.mul_f64(f64::from(i) / f64::from(connections));
                let (mut latencies, mut errors, mut unanswered) = (Vec::new(), 0, 0);
                while scheduled < deadline {
                    if let Some(wait) = scheduled.checked_duration_since(Instant::now()) {
                        std::thread::sleep(wait);
                    }
                    if Instant::now() >= stop {
                        // Scheduled but never sent: it has waited until now at least.
                        unanswered += 1;
                        latencies.push(stop.duration_since(scheduled).as_secs_f64() * 1000.0);
                    } else {
                        match conn.get(&path, None) {
                            Ok(reply) if reply.status == 200 => latencies.push(
                                Instant::now().duration_since(scheduled).as_secs_f64() * 1000.0,
                            ),
                            _ => errors += 1,
                        }
                    }
                    scheduled += interval;
                }
                Ok((latencies, errors, unanswered))
            })
        })
        .collect();
    let (mut all, mut errors, mut unanswered) = (Vec::new(), 0, 0);
    for t in threads {
        let (latencies, e, u) = t.join().map_err(|_| anyhow!("load thread panicked"))??;
        all.extend(latencies);
        errors += e;
        unanswered += u;
    }
    let answered = all.len() as u32 - unanswered;
    // The rate the server kept up with: answers over the time they took to arrive.
    let elapsed = began.elapsed().min(stop - began).as_secs_f64();
    all.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let pct = |p: f64| {
        all.get(((all.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    Ok(json!({
        "path": path,
        "target_rate": rate,
        "connections": connections,
        "achieved_rate": f64::from(answered) / elapsed,
        "requests": answered,
        "errors": errors,
        "unanswered": unanswered,
        "p50_ms": pct(0.5),
        "p99_ms": pct(0.99),
        "max_ms": all.last().copied().unwrap_or(0.0),
        "timed_from": "schedule",
    }))
}

/// Whether the server kept up with a run: nearly every request answered, at about the
/// rate asked, and the p99 within `p99_bound_ms`.
pub fn sustained(run: &Value, p99_bound_ms: f64) -> bool {
    let target = run["target_rate"].as_f64().unwrap_or(0.0);
    let achieved = run["achieved_rate"].as_f64().unwrap_or(0.0);
    let requests = run["requests"].as_f64().unwrap_or(0.0);
    let lost = run["errors"].as_f64().unwrap_or(0.0) + run["unanswered"].as_f64().unwrap_or(0.0);
    achieved >= 0.95 * target
        && lost <= 0.001 * requests.max(1.0)
        && run["p99_ms"].as_f64().unwrap_or(f64::MAX) <= p99_bound_ms
}

/// p50/p99 at each of `rates` (rising); the first rate the server does not sustain is the
/// saturation point, reported with the last one it did.
pub fn sweep(addr: &str, path: &str, rates: &[u32], seconds: u64) -> Result<Value> {
    let mut runs = Vec::new();
    let mut last_sustained = None;
    let mut saturated_at = None;
    for &rate in rates {
        // One connection per 250 requests/s, at most 64: each carries one request at a time.
        let connections = (rate / 250).clamp(2, 64);
        let run = run(addr, path, rate, seconds, connections)?;
        let kept_up = sustained(&run, P99_BOUND_MS);
        runs.push(run);
        if kept_up && saturated_at.is_none() {
            last_sustained = Some(rate);
        } else if saturated_at.is_none() {
            saturated_at = Some(rate);
        }
    }
    Ok(json!({
        "path": path,
        "runs": runs,
        "p99_bound_ms": P99_BOUND_MS,
        "last_sustained_rate": last_sustained,
        "saturated_at_rate": saturated_at,
    }))
}

/// A rate is sustained while its p99 stays under this (timed from the schedule).
pub const P99_BOUND_MS: f64 = 50.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_that_fell_behind_is_not_sustained() {
        let run = |achieved: f64, p99: f64, unanswered: u32| {
            json!({"target_rate": 1000, "achieved_rate": achieved, "requests": 10_000,
                   "errors": 0, "unanswered": unanswered, "p99_ms": p99})
        };
        assert!(sustained(&run(990.0, 3.0, 0), 50.0));
        assert!(!sustained(&run(700.0, 3.0, 0), 50.0), "too slow");
        assert!(!sustained(&run(990.0, 80.0, 0), 50.0), "queued behind");
        assert!(
            !sustained(&run(990.0, 3.0, 500), 50.0),
            "requests never sent"
        );
    }
}
