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
use serde::Serialize;

use super::http::Connection;

/// One fixed-rate run against one path.
#[derive(Debug, Default, Serialize)]
pub struct LoadRun {
    pub path: String,
    /// Requests per second asked.
    pub target_rate: u32,
    pub connections: u32,
    /// Answers per second over the time they took to arrive.
    pub achieved_rate: f64,
    /// Requests answered with 200.
    pub requests: u32,
    pub errors: u32,
    /// Scheduled but never sent before the run stopped.
    pub unanswered: u32,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// Latency is timed from each request's scheduled send: `"schedule"`.
    pub timed_from: &'static str,
}

/// Rising rates against one path, up to the first the server does not sustain.
#[derive(Debug, Serialize)]
pub struct Sweep {
    pub path: String,
    pub runs: Vec<LoadRun>,
    pub p99_bound_ms: f64,
    pub last_sustained_rate: Option<u32>,
    pub saturated_at_rate: Option<u32>,
}

/// How long after the deadline requests scheduled before it may still be sent.
const GRACE: Duration = Duration::from_secs(2);

pub fn run(addr: &str, path: &str, rate: u32, seconds: u64, connections: u32) -> Result<LoadRun> {
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
    Ok(LoadRun {
        path: path.to_owned(),
        target_rate: rate,
        connections,
        achieved_rate: f64::from(answered) / elapsed,
        requests: answered,
        errors,
        unanswered,
        p50_ms: pct(0.5),
        p99_ms: pct(0.99),
        max_ms: all.last().copied().unwrap_or(0.0),
        timed_from: "schedule",
    })
}

/// Whether the server kept up with a run: nearly every request answered, at about the
/// rate asked, and the p99 within `p99_bound_ms`.
pub fn sustained(run: &LoadRun, p99_bound_ms: f64) -> bool {
    let lost = f64::from(run.errors) + f64::from(run.unanswered);
    run.achieved_rate >= 0.95 * f64::from(run.target_rate)
        && lost <= 0.001 * f64::from(run.requests).max(1.0)
        && run.p99_ms <= p99_bound_ms
}

/// p50/p99 at each of `rates` (rising); the first rate the server does not sustain is the
/// saturation point, reported with the last one it did.
pub fn sweep(addr: &str, path: &str, rates: &[u32], seconds: u64) -> Result<Sweep> {
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
    Ok(Sweep {
        path: path.to_owned(),
        runs,
        p99_bound_ms: P99_BOUND_MS,
        last_sustained_rate: last_sustained,
        saturated_at_rate: saturated_at,
    })
}

/// A rate is sustained while its p99 stays under this (timed from the schedule).
pub const P99_BOUND_MS: f64 = 50.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_that_fell_behind_is_not_sustained() {
        let run = |achieved_rate: f64, p99_ms: f64, unanswered: u32| LoadRun {
            target_rate: 1000,
            achieved_rate,
            requests: 10_000,
            unanswered,
            p99_ms,
            ..LoadRun::default()
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
