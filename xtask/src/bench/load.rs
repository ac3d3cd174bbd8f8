//! API latency under a bounded loopback load: a fixed request rate spread over a few
//! keep-alive connections, each request timed from send to last byte.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::http::Connection;

pub fn run(
    addr: &str,
    path: &str,
    rate: u32,
    seconds: u64,
    connections: u32,
) -> Result<Value, String> {
    let interval = Duration::from_secs_f64(f64::from(connections) / f64::from(rate));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let threads: Vec<_> = (0..connections)
        .map(|i| {
            let (addr, path) = (addr.to_owned(), path.to_owned());
            std::thread::spawn(move || -> Result<(Vec<f64>, u32), String> {
                let mut conn = Connection::open(&addr).map_err(|e| e.to_string())?;
                // Stagger connections so the load is even.
                std::thread::sleep(interval.mul_f64(f64::from(i) / f64::from(connections)));
                let mut next = Instant::now();
                let (mut latencies, mut errors) = (Vec::new(), 0);
                while Instant::now() < deadline {
                    let start = Instant::now();
                    match conn.get(&path, None) {
                        Ok(reply) if reply.status == 200 => {
                            latencies.push(start.elapsed().as_secs_f64() * 1000.0)
                        }
                        _ => errors += 1,
                    }
                    next += interval;
                    if let Some(wait) = next.checked_duration_since(Instant::now()) {
                        std::thread::sleep(wait);
                    }
                }
                Ok((latencies, errors))
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for t in threads {
        let (latencies, e) = t.join().map_err(|_| "load thread panicked")??;
        all.extend(latencies);
        errors += e;
    }
    all.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let pct = |p: f64| {
        all.get(((all.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    Ok(json!({
        "path": path,
        "target_rate": rate,
        "achieved_rate": all.len() as f64 / seconds as f64,
        "requests": all.len(),
        "errors": errors,
        "p50_ms": pct(0.5),
        "p99_ms": pct(0.99),
        "max_ms": all.last().copied().unwrap_or(0.0),
    }))
}
