//! From a search result to what the facet panel and the filter chips show.

use model::{
    catalogue::{CatalogueQuery, Domain, Facets, Format, Level, Mode, TeachingLanguage},
    Lang, PoleSummary,
};

use crate::{
    components::{
        coded_options as coded, in_campus_order, named_options as named, pole_name, Chip, FacetView,
    },
    i18n::PageTexts,
};

/// How many facets `facet_views` returns, always in the same order.
pub const FACET_COUNT: usize = 7;

/// An institution's name, as the facet counts carry it (the page may show none of its
/// programmes).
fn institution_name(facets: &Facets, slug: &str) -> String {
    facets
        .institution
        .iter()
        .find(|v| v.value == slug)
        .and_then(|v| v.label.clone())
        .unwrap_or_else(|| slug.to_owned())
}

pub fn facet_views(
    t: &PageTexts,
    lang: Lang,
    facets: &Facets,
    query: &CatalogueQuery,
    poles: &[PoleSummary],
) -> Vec<FacetView> {
    let pole_counts = in_campus_order(&facets.pole, poles);
    vec![
        FacetView {
            param: "level",
            legend: t.facet_level,
            options: coded(
                &facets.level,
                Level::ALL,
                Level::code,
                Level::label,
                &query.levels,
                lang,
            ),
        },
        FacetView {
            param: "domain",
            legend: t.facet_domain,
            options: coded(
                &facets.domain,
                Domain::ALL,
                Domain::code,
                Domain::label,
                &query.domains,
                lang,
            ),
        },
        FacetView {
            param: "lang",
            legend: t.facet_lang,
            options: coded(
                &facets.lang,
                TeachingLanguage::ALL,
                TeachingLanguage::code,
                TeachingLanguage::label,
                &query.languages,
                lang,
            ),
        },
        FacetView {
            param: "mode",
            legend: t.facet_mode,
            options: coded(
                &facets.mode,
                Mode::ALL,
                Mode::code,
                Mode::label,
                &query.modes,
                lang,
            ),
        },
        FacetView {
            param: "format",
            legend: t.facet_format,
            options: coded(
                &facets.format,
                Format::ALL,
                Format::code,
                Format::label,
                &query.formats,
                lang,
            ),
        },
        FacetView {
            param: "institution",
            legend: t.facet_institution,
            options: named(
                &facets.institution,
                |s| institution_name(facets, s),
                &query.institutions,
            ),
        },
        FacetView {
            param: "pole",
            legend: t.facet_pole,
            options: named(&pole_counts, |s| pole_name(poles, s, lang), &query.poles),
        },
    ]
}

/// One chip per active filter, in panel order.
pub fn chips(
    t: &PageTexts,
    lang: Lang,
    query: &CatalogueQuery,
    facets: &Facets,
    poles: &[PoleSummary],
) -> Vec<Chip> {
    let mut chips = Vec::new();
    let q = query.q.trim();
    if !q.is_empty() {
        chips.push(Chip {
            label: format!("«\u{202f}{q}\u{202f}»"),
            param: "q",
            value: q.to_owned(),
        });
    }
    let mut push = |param: &'static str, value: &str, label: String| {
        chips.push(Chip {
            label,
            param,
            value: value.to_owned(),
        })
    };
    for v in &query.levels {
        push("level", v.code(), v.label(lang).to_owned());
    }
    for v in &query.domains {
        push("domain", v.code(), v.label(lang).to_owned());
    }
    for v in &query.languages {
        push("lang", v.code(), v.label(lang).to_owned());
    }
    for v in &query.modes {
        push("mode", v.code(), v.label(lang).to_owned());
    }
    for v in &query.formats {
        push("format", v.code(), v.label(lang).to_owned());
    }
    for v in &query.institutions {
        push("institution", v, institution_name(facets, v));
    }
    for v in &query.poles {
        push("pole", v, pole_name(poles, v, lang));
    }
    if query.open_only {
        push("open", "1", t.facet_open.to_owned());
    }
    chips
}
