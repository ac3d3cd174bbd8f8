//! Keystroke-to-results latency in the real app, for `cargo xtask bench` (ignored by the
//! test run: a measurement, not a pass/fail test). Each key is typed into the search box
//! and timed until the page shows the results of the new text: at once in local mode; in
//! remote mode after the debounce, the API request and the render (`aria-busy` cleared).
//! Prints one `BENCH_KEYSTROKE {json}` line per mode.

use portal_e2e::Portal;
use serde_json::json;

const TYPED: &[&str] = &["données de santé", "intelligence artificielle", "master"];

async fn measure(portal: &Portal, path: &str, input: &str, total: u64) -> Vec<f64> {
    portal.goto(path).await;
    // The app runs (the page arrived prerendered) and shows the server's true total (a
    // page built from the seed switches to remote search once it knows the size).
    portal.wait_until_ready().await;
    portal
        .wait_until(&format!("{total} results"), || async {
            portal.number_in("#results-count").await == Some(total)
        })
        .await;
    let mut times = Vec::new();
    for text in TYPED {
        let value = portal
            .client()
            .execute_async(
                "const [id, text, done] = arguments;
                 const input = document.getElementById(id);
                 const results = () => document.querySelector('.catalogue__results');
                 const shown = (typed) => {
                   const q = new URLSearchParams(location.search).get('q') || '';
                   const r = results();
                   return q === typed.trim() && r && r.getAttribute('aria-busy') !== 'true';
                 };
                 const wait = (typed) => new Promise(resolve => {
                   const check = () => shown(typed) ? resolve() : setTimeout(check, 0);
                   queueMicrotask(check);
                 });
                 (async () => {
                   const times = [];
                   input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true }));
                   await wait('');
                   for (let end = 1; end <= text.length; end++) {
                     const typed = text.slice(0, end);
                     const start = performance.now();
                     input.value = typed;
                     input.dispatchEvent(new Event('input', { bubbles: true }));
                     await wait(typed);
                     times.push(performance.now() - start);
                   }
                   done(times);
                 })().catch(e => done({ error: String(e) }));",
                vec![json!(input), json!(text)],
            )
            .await
            .unwrap();
        let batch = value
            .as_array()
            .unwrap_or_else(|| panic!("keystroke measurement failed: {value}"));
        times.extend(batch.iter().filter_map(|t| t.as_f64()));
    }
    times
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(mode: &str, list: &str, size: u32, mut times: Vec<f64>) {
    times.sort_by(f64::total_cmp);
    let line = json!({
        "mode": mode,
        "list": list,
        "size": size,
        "keystrokes": times.len(),
        "p50_ms": percentile(&times, 0.5),
        "p95_ms": percentile(&times, 0.95),
        "max_ms": times.last().copied().unwrap_or(0.0),
    });
    println!("BENCH_KEYSTROKE {line}");
}

#[tokio::test]
#[ignore = "a benchmark: run by `cargo xtask bench`"]
async fn keystroke_to_results() {
    let small = Portal::launch().await;
    report(
        "local",
        "catalogue",
        41,
        measure(&small, "/formations", "catalogue-q", 41).await,
    );
    report(
        "local",
        "directory",
        50,
        measure(&small, "/startups", "directory-q", 50).await,
    );
    small.close().await;

    // At the limit: the largest lists still searched in the browser.
    let limit = Portal::launch_with(
        "fr-FR,fr",
        &["--sample-programmes", "1000", "--sample-startups", "1000"],
    )
    .await;
    report(
        "local",
        "catalogue",
        1000,
        measure(&limit, "/formations", "catalogue-q", 1000).await,
    );
    report(
        "local",
        "directory",
        1000,
        measure(&limit, "/startups", "directory-q", 1000).await,
    );
    limit.close().await;

    let big = Portal::launch_with(
        "fr-FR,fr",
        &["--sample-programmes", "10000", "--sample-startups", "5000"],
    )
    .await;
    report(
        "remote",
        "catalogue",
        10_000,
        measure(&big, "/formations", "catalogue-q", 10_000).await,
    );
    report(
        "remote",
        "directory",
        5_000,
        measure(&big, "/startups", "directory-q", 5_000).await,
    );
    big.close().await;
}
