//! From a directory search result to what the facet panel and the filter chips show.

use model::{
    directory::{DirectoryFacets, DirectoryQuery, Sector, Stage},
    Lang, PoleSummary,
};

use crate::components::{
    coded_options, in_campus_order, named_options, pole_name, Chip, FacetView,
};

/// How many facet groups `facet_views` returns, always in the same order.
pub const FACET_COUNT: usize = 3;

pub fn facet_views(
    lang: Lang,
    facets: &DirectoryFacets,
    query: &DirectoryQuery,
    poles: &[PoleSummary],
) -> Vec<FacetView> {
    let d = crate::i18n::directory_texts(lang);
    let pole_counts = in_campus_order(&facets.pole, poles);
    vec![
        FacetView {
            param: "sector",
            legend: d.facet_sector,
            options: coded_options(
                &facets.sector,
                Sector::ALL,
                Sector::code,
                Sector::label,
                &query.sectors,
                lang,
            ),
        },
        FacetView {
            param: "stage",
            legend: d.facet_stage,
            options: coded_options(
                &facets.stage,
                Stage::ALL,
                Stage::code,
                Stage::label,
                &query.stages,
                lang,
            ),
        },
        FacetView {
            param: "pole",
            legend: d.facet_pole,
            options: named_options(&pole_counts, |s| pole_name(poles, s, lang), &query.poles),
        },
    ]
}

/// One chip per active filter, in panel order.
pub fn chips(lang: Lang, query: &DirectoryQuery, poles: &[PoleSummary]) -> Vec<Chip> {
    let d = crate::i18n::directory_texts(lang);
    let mut chips = Vec::new();
    let mut push = |param: &'static str, value: &str, label: String| {
        chips.push(Chip {
            label,
            param,
            value: value.to_owned(),
        })
    };
    let q = query.q.trim();
    if !q.is_empty() {
        push("q", q, format!("«\u{202f}{q}\u{202f}»"));
    }
    if query.spin_off {
        push("spinoff", "1", d.spin_off.to_owned());
    }
    if query.hiring {
        push("hiring", "1", d.hiring.to_owned());
    }
    for v in &query.sectors {
        push("sector", v.code(), v.label(lang).to_owned());
    }
    for v in &query.stages {
        push("stage", v.code(), v.label(lang).to_owned());
    }
    for v in &query.poles {
        push("pole", v, pole_name(poles, v, lang));
    }
    if let Some(year) = query.founded_from {
        push(
            "founded_from",
            &year.to_string(),
            (d.chip_founded_from)(year),
        );
    }
    if let Some(year) = query.founded_to {
        push("founded_to", &year.to_string(), (d.chip_founded_to)(year));
    }
    chips
}
