//! The training catalogue's resources.

use model::api_paths as paths;
use model::{
    catalogue::{
        encode_query, CatalogueIndex, CatalogueQuery, Programme, ProgrammeList, ProgrammeSummary,
        Sort,
    },
    Lang,
};

use super::{json, plain, whole, Endpoint, LOCAL_SEARCH_LIMIT, POLE_PREVIEW};

/// The catalogue's size and facet counts, without items: tells local from remote search.
pub fn catalogue_summary() -> Endpoint<ProgrammeList> {
    Endpoint::at(
        format!("{}?per_page=0", paths::path(paths::PROGRAMMES)),
        plain,
    )
}

/// The whole catalogue (when it has at most [`LOCAL_SEARCH_LIMIT`] programmes), indexed
/// for instant filtering in the browser: every keystroke is answered in one frame.
pub fn catalogue() -> Endpoint<CatalogueIndex> {
    Endpoint::at(
        format!(
            "{}?per_page={LOCAL_SEARCH_LIMIT}&sort={}",
            paths::path(paths::PROGRAMMES),
            Sort::Title.code()
        ),
        |body, _| {
            let list: ProgrammeList = json(body)?;
            Ok(CatalogueIndex::new(whole(list, "programmes")?))
        },
    )
}

/// One page of a catalogue search, asked of the API (remote search).
pub fn search_programmes(
    query: &CatalogueQuery,
    lang: Lang,
    per_page: u32,
) -> Endpoint<ProgrammeList> {
    let mut pairs = query.to_pairs();
    pairs.push(("per_page", per_page.to_string()));
    pairs.push(("locale", lang.code().to_owned()));
    Endpoint::at(
        format!("{}{}", paths::path(paths::PROGRAMMES), encode_query(&pairs)),
        plain,
    )
}

/// A page of `per_page` programmes of `query`, in the API's default language.
fn programmes_of(query: CatalogueQuery, per_page: u32) -> Endpoint<ProgrammeList> {
    let mut pairs = query.to_pairs();
    pairs.push(("per_page", per_page.to_string()));
    Endpoint::at(
        format!("{}{}", paths::path(paths::PROGRAMMES), encode_query(&pairs)),
        plain,
    )
}

/// Programmes of the same level sharing a field with `programme` (and `programme` itself,
/// which the caller leaves out), by title.
pub fn related_programmes(programme: &ProgrammeSummary) -> Endpoint<ProgrammeList> {
    let query = CatalogueQuery {
        levels: vec![programme.level],
        domains: programme.domains.clone(),
        sort: Sort::Title,
        ..CatalogueQuery::default()
    };
    programmes_of(query, 4)
}

pub fn programme(slug: &str) -> Endpoint<Programme> {
    Endpoint::item(paths::PROGRAMME, slug, plain)
}

/// The first programmes of a pole, by title, with the pole's total.
pub fn pole_programmes(pole: &str) -> Endpoint<ProgrammeList> {
    let query = CatalogueQuery {
        poles: vec![pole.to_owned()],
        sort: Sort::Title,
        ..CatalogueQuery::default()
    };
    programmes_of(query, POLE_PREVIEW)
}
