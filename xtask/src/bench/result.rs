//! What `cargo xtask bench` finds: written as it is to `target/bench/bench.json` (whose
//! keys the README and the measurement notes cite: renaming a field renames a key) and
//! printed as tables by [`super::print`].

use serde::Serialize;

use super::{
    filter::FilterRow,
    keystroke::KeystrokeRow,
    load::{LoadRun, Sweep},
    sizes::{FirstLoad, WasmPart},
    summary::Row,
};

/// The whole run (`bench.json`).
#[derive(Debug, Serialize)]
pub struct Bench {
    pub quick: bool,
    pub sizes: Sizes,
    pub wasm: Wasm,
    pub lighthouse: Vec<Row>,
    pub filter: Vec<FilterRow>,
    pub keystroke: Vec<KeystrokeRow>,
    #[serde(flatten)]
    pub api: Api,
}

/// The first load of `/` from the portal and from both baselines.
#[derive(Debug, Serialize)]
pub struct Sizes {
    pub portal: FirstLoad,
    pub minimal_leptos: FirstLoad,
    pub static_home: FirstLoad,
}

impl Sizes {
    /// Each page with its key, in the table's order.
    pub fn pages(&self) -> [(&'static str, &FirstLoad); 3] {
        [
            ("portal", &self.portal),
            ("minimal_leptos", &self.minimal_leptos),
            ("static_home", &self.static_home),
        ]
    }
}

/// The portal's wasm against the smallest Leptos app's, built with the same profile.
#[derive(Debug, Serialize)]
pub struct Wasm {
    /// The main part, what every page starts with.
    pub portal: WasmSize,
    /// Every part: the main one first, then the chunks.
    pub portal_parts: Vec<WasmPart>,
    pub minimal_leptos: WasmSize,
    /// The portal's main part over the minimal app's, brotli (budget: 2).
    pub ratio_brotli: f64,
}

#[derive(Debug, Serialize)]
pub struct WasmSize {
    pub raw: usize,
    pub brotli: usize,
}

impl Wasm {
    /// From the parts of each build, main part first ([`super::sizes::wasm_of`]).
    pub fn of(portal_parts: Vec<WasmPart>, minimal_parts: &[WasmPart]) -> Wasm {
        let main = |parts: &[WasmPart]| WasmSize {
            raw: parts[0].raw,
            brotli: parts[0].brotli,
        };
        let (portal, minimal_leptos) = (main(&portal_parts), main(minimal_parts));
        Wasm {
            ratio_brotli: portal.brotli as f64 / minimal_leptos.brotli as f64,
            portal,
            portal_parts,
            minimal_leptos,
        }
    }
}

/// The API under load (in `bench.json`, and alone in `api.json` with `--api`).
#[derive(Debug, Serialize)]
pub struct Api {
    /// The fixed-rate runs, in [`super::API_RUNS`]' order.
    pub api: Vec<LoadRun>,
    pub api_sweep: Sweep,
}

/// `cargo xtask bench --api` (`api.json`).
#[derive(Debug, Serialize)]
pub struct ApiOnly {
    pub quick: bool,
    #[serde(flatten)]
    pub api: Api,
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::bench::{
        audit::Audit,
        sizes::{Compressed, File},
        summary::summarise,
    };

    /// A small run of every part, for the tests of its JSON and of its tables.
    pub fn sample() -> Bench {
        let size = Compressed {
            raw: 3000,
            gzip: 1200,
            brotli: 1000,
        };
        let load = || FirstLoad {
            page: "/".into(),
            files: vec![File {
                url: "/".into(),
                kind: "html",
                size,
            }],
            by_kind: [("html", size)].into(),
            total: size,
        };
        let part = |file: &str| WasmPart {
            file: file.into(),
            raw: 4000,
            brotli: 1000,
        };
        let run = || LoadRun {
            target_rate: 1000,
            ..LoadRun::default()
        };
        Bench {
            quick: true,
            sizes: Sizes {
                portal: load(),
                minimal_leptos: load(),
                static_home: load(),
            },
            wasm: Wasm::of(
                vec![part("portal_bg.wasm"), part("split_space.wasm")],
                &[part("m_bg.wasm")],
            ),
            lighthouse: vec![
                Row::new(
                    "/",
                    "http://x/",
                    summarise("/", vec![Ok(Audit::default())], true),
                ),
                Row::new("/en", "http://x/en", Err("NO_FCP".into())),
            ],
            filter: vec![],
            keystroke: vec![],
            api: Api {
                api: vec![run()],
                api_sweep: Sweep {
                    path: "/api/v1/programmes".into(),
                    runs: vec![run()],
                    p99_bound_ms: 50.0,
                    last_sustained_rate: None,
                    saturated_at_rate: Some(1000),
                },
            },
        }
    }

    /// bench.json's keys, which the README and the measurement notes cite.
    #[test]
    fn bench_json_keeps_its_keys() {
        let json = serde_json::to_value(sample()).unwrap();
        for pointer in [
            "/quick",
            "/sizes/portal/page",
            "/sizes/minimal_leptos/files/0/url",
            "/sizes/static_home/files/0/kind",
            "/sizes/portal/files/0/gzip",
            "/sizes/portal/by_kind/html/brotli",
            "/sizes/portal/total/raw",
            "/wasm/portal/raw",
            "/wasm/portal_parts/1/file",
            "/wasm/minimal_leptos/brotli",
            "/wasm/ratio_brotli",
            "/lighthouse/0/tbt_ms",
            "/lighthouse/1/error",
            "/filter",
            "/keystroke",
            "/api/0/p99_ms",
            "/api/0/timed_from",
            "/api_sweep/runs/0/achieved_rate",
            "/api_sweep/p99_bound_ms",
            "/api_sweep/last_sustained_rate",
            "/api_sweep/saturated_at_rate",
        ] {
            assert!(json.pointer(pointer).is_some(), "{pointer} in {json:#}");
        }
        assert_eq!(json["wasm"]["ratio_brotli"], 1.0);
        assert_eq!(
            json["api_sweep"]["last_sustained_rate"],
            serde_json::Value::Null
        );
    }
}
