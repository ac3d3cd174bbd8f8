//! The bench's findings as Markdown tables, on the terminal.

use super::{
    load,
    result::{Api, Bench},
    routes,
    summary::{Outcome, Summary},
    API_RUNS,
};

const KB: f64 = 1000.0;

/// Bytes as KB, or `-` when there is no figure.
fn kb(bytes: impl Into<Option<f64>>) -> String {
    bytes
        .into()
        .map_or("-".into(), |b| format!("{:.1} KB", b / KB))
}

/// A figure with `digits` decimals, or `-` when there is none.
fn num(n: impl Into<Option<f64>>, digits: usize) -> String {
    n.into().map_or("-".into(), |n| format!("{n:.digits$}"))
}

/// A rate, or `null` when there is none (as the JSON says).
fn rate(rate: Option<u32>) -> String {
    rate.map_or("null".into(), |r| r.to_string())
}

pub fn report(r: &Bench) {
    println!("\n## First load of / (transfer sizes)");
    println!("| page | kind | raw | gzip | brotli |");
    println!("|---|---|---|---|---|");
    for (page, load) in r.sizes.pages() {
        for (kind, v) in &load.by_kind {
            println!(
                "| {page} | {kind} | {} | {} | {} |",
                kb(v.raw as f64),
                kb(v.gzip as f64),
                kb(v.brotli as f64)
            );
        }
        let t = &load.total;
        println!(
            "| {page} | **total** | {} | {} | **{}** |",
            kb(t.raw as f64),
            kb(t.gzip as f64),
            kb(t.brotli as f64)
        );
    }
    let w = &r.wasm;
    println!(
        "\nwasm: portal main part {} raw / {} brotli; minimal Leptos {} / {}; ratio {}× (budget ≤ 2×)",
        kb(w.portal.raw as f64),
        kb(w.portal.brotli as f64),
        kb(w.minimal_leptos.raw as f64),
        kb(w.minimal_leptos.brotli as f64),
        num(w.ratio_brotli, 2)
    );
    println!("| wasm part | raw | brotli |\n|---|---|---|");
    for part in &w.portal_parts {
        println!(
            "| {} | {} | {} |",
            part.file,
            kb(part.raw as f64),
            kb(part.brotli as f64)
        );
    }
    lighthouse(r);
    println!("\n## Filtering + facet counts in the browser (per keystroke)");
    println!(
        "| search | entries | keystrokes | dropped | index build ms | median ms | p95 ms | max ms |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for f in &r.filter {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            f.search,
            f.entries,
            f.keystrokes,
            f.dropped,
            num(f.index_build_ms, 1),
            num(f.median_ms, 3),
            num(f.p95_ms, 3),
            num(f.max_ms, 2)
        );
    }
    println!("\n## Keystroke to results in the app (debounce, request and render counted)");
    println!("| mode | list | entries | keystrokes | p50 ms | p95 ms | max ms | budget |");
    println!("|---|---|---|---|---|---|---|---|");
    for k in &r.keystroke {
        let budget = if k.mode == "local" { "16 ms" } else { "150 ms" };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {budget} |",
            k.mode,
            k.list,
            k.size,
            k.keystrokes,
            num(k.p50_ms, 1),
            num(k.p95_ms, 1),
            num(k.max_ms, 1)
        );
    }
    api(&r.api);
}

fn lighthouse(r: &Bench) {
    println!(
        "\n## Lighthouse (mobile), median of each metric over the runs; goals: performance ≥ {}, accessibility {}, LCP ≤ {} ms, TBT ≤ {} ms, CLS 0, transfer ≤ {} KB for / and ≤ {} KB for the others",
        routes::PERFORMANCE,
        routes::ACCESSIBILITY,
        routes::LCP_MS,
        routes::TBT_MS,
        routes::HOME_BYTES / KB,
        routes::PAGE_BYTES / KB
    );
    println!("| page | runs | perf | a11y | best pr. | SEO | FCP ms | LCP ms | TBT ms | CLS | total | API requests | API brotli | before (#11: perf, LCP, TBT, KB) | goals |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    let mut measured: Vec<(&str, &Summary)> = Vec::new();
    for row in &r.lighthouse {
        let page = &row.path;
        let a = match &row.outcome {
            Outcome::Measured(summary) => summary,
            Outcome::Failed { error } => {
                println!("| {page} | failed: {error:?} |");
                continue;
            }
        };
        measured.push((page, a));
        let before = a.before.as_ref().map_or("-".to_owned(), |b| {
            format!(
                "{}, {} s, {} ms, {} KB",
                num(b.performance, 0),
                num(b.lcp_ms / 1000.0, 1),
                num(b.tbt_ms, 0),
                num(b.kb, 0)
            )
        });
        let goals = match &a.misses {
            None => "reference".to_owned(),
            Some(m) if m.is_empty() => "all met".to_owned(),
            Some(m) => format!("{} missed", m.len()),
        };
        let m = &a.metrics;
        println!(
            "| {page} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {before} | {goals} |",
            a.runs,
            num(m.performance, 0),
            num(m.accessibility, 0),
            num(m.best_practices, 0),
            num(m.seo, 0),
            num(m.fcp_ms, 0),
            num(m.lcp_ms, 0),
            num(m.tbt_ms, 0),
            num(m.cls, 3),
            kb(m.total_transfer_bytes),
            a.details.api_requests,
            kb(m.api_transfer_bytes),
        );
    }
    println!("\n### What each route misses, and by what (from its median run)");
    for (page, a) in measured {
        for miss in a.misses.iter().flatten() {
            println!("- {page}: {miss}");
        }
    }
}

pub fn api(r: &Api) {
    println!("\n## API on loopback (release server, 2 cores)");
    println!("Latency is timed from each request's scheduled send, so queueing counts.");
    println!("| request | target req/s | achieved req/s | errors | p50 ms | p99 ms | max ms |");
    println!("|---|---|---|---|---|---|---|");
    for (a, (label, ..)) in r.api.iter().zip(API_RUNS) {
        println!(
            "| {label} | {} | {} | {} | {} | {} | {} |",
            a.target_rate,
            num(a.achieved_rate, 0),
            a.errors,
            num(a.p50_ms, 3),
            num(a.p99_ms, 3),
            num(a.max_ms, 2)
        );
    }
    let sweep = &r.api_sweep;
    println!(
        "\n## API saturation (catalogue list, seed; sustained = 95% of the rate answered, p99 ≤ {:?} ms)",
        sweep.p99_bound_ms
    );
    println!("| target req/s | connections | achieved req/s | errors | unanswered | p50 ms | p99 ms | max ms | sustained |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for a in &sweep.runs {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            a.target_rate,
            a.connections,
            num(a.achieved_rate, 0),
            a.errors,
            a.unanswered,
            num(a.p50_ms, 3),
            num(a.p99_ms, 3),
            num(a.max_ms, 1),
            if load::sustained(a, load::P99_BOUND_MS) {
                "yes"
            } else {
                "no"
            }
        );
    }
    println!(
        "Last sustained rate: {}; saturated at: {}",
        rate(sweep.last_sustained_rate),
        rate(sweep.saturated_at_rate)
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn prints_every_table_of_a_run() {
        super::report(&crate::bench::result::tests::sample());
    }
}
