//! The start-up directory's resources. A logo uploaded to the API is given relative to it
//! (see `LogoAddress`): each decoder makes it absolute once the API's address is known.

use model::api_paths as paths;
use model::{
    catalogue::encode_query,
    directory::{
        DirectoryIndex, DirectoryQuery, DirectorySort, LogoAddress, Startup, StartupList,
        StartupSummary,
    },
};

use super::{
    json, plain, whole, ApiError, Endpoint, RuntimeConfig, LOCAL_SEARCH_LIMIT, POLE_PREVIEW,
};

/// Whether a body holds an address relative to the API (an uploaded logo), which decoding
/// it without the runtime configuration (a baked body) leaves relative.
pub fn holds_relative_address(body: &str) -> bool {
    LogoAddress::in_json(body)
}

/// An uploaded logo's address is made absolute once the API's address is known (see
/// `LogoAddress`).
pub(super) fn resolve_logo(card: &mut StartupSummary, config: Option<&RuntimeConfig>) {
    if let Some(config) = config {
        card.logo = card.logo.take().map(|logo| logo.resolved(&config.api_base));
    }
}

fn startup_list(body: &str, config: Option<&RuntimeConfig>) -> Result<StartupList, ApiError> {
    let mut list: StartupList = json(body)?;
    for card in &mut list.items {
        resolve_logo(card, config);
    }
    Ok(list)
}

/// A page of `per_page` start-ups of `query`.
fn startups_of(query: DirectoryQuery, per_page: u32) -> Endpoint<StartupList> {
    let mut pairs = query.to_pairs();
    pairs.push(("per_page", per_page.to_string()));
    Endpoint::at(
        format!("{}{}", paths::path(paths::STARTUPS), encode_query(&pairs)),
        startup_list,
    )
}

/// The directory's size and facet counts, without items: tells local from remote search.
pub fn directory_summary() -> Endpoint<StartupList> {
    Endpoint::at(
        format!("{}?per_page=0", paths::path(paths::STARTUPS)),
        plain,
    )
}

/// The whole start-up directory (at most [`LOCAL_SEARCH_LIMIT`] start-ups), indexed for
/// instant filtering in the browser.
pub fn directory() -> Endpoint<DirectoryIndex> {
    Endpoint::at(
        format!(
            "{}?per_page={LOCAL_SEARCH_LIMIT}&sort={}",
            paths::path(paths::STARTUPS),
            DirectorySort::Name.code()
        ),
        |body, config| {
            let list = startup_list(body, config)?;
            Ok(DirectoryIndex::new(whole(list, "start-ups")?))
        },
    )
}

/// One page of a directory search, asked of the API (remote search).
pub fn search_startups(query: &DirectoryQuery, per_page: u32) -> Endpoint<StartupList> {
    startups_of(query.clone(), per_page)
}

/// Start-ups sharing a sector with `startup` (candidates for "same sector"), by name.
pub fn related_startups(startup: &StartupSummary) -> Endpoint<StartupList> {
    let query = DirectoryQuery {
        sectors: startup.sectors.clone(),
        sort: DirectorySort::Name,
        ..DirectoryQuery::default()
    };
    startups_of(query, DirectoryQuery::PER_PAGE)
}

/// The first start-ups of a pole, by name, with the pole's total.
pub fn pole_startups(pole: &str) -> Endpoint<StartupList> {
    let query = DirectoryQuery {
        poles: vec![pole.to_owned()],
        sort: DirectorySort::Name,
        ..DirectoryQuery::default()
    };
    startups_of(query, POLE_PREVIEW)
}

pub fn startup(slug: &str) -> Endpoint<Startup> {
    Endpoint::item(paths::STARTUP, slug, |body, config| {
        let mut startup: Startup = json(body)?;
        resolve_logo(&mut startup.summary, config);
        Ok(startup)
    })
}
