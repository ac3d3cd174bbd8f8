//! Request heads within hyper's buffer but past what any page or client of the API needs:
//! a target longer than [`MAX_TARGET_BYTES`] (414) or header lines totalling more than
//! [`MAX_HEADER_BYTES`] (431), answered here so the answer is problem+json with the
//! security headers, like every other error.

use axum::{extract::Request, middleware::Next, response::Response};
use model::{Problem, ProblemKind};

use crate::error::problem_response;

/// A search is at most 200 characters (`model::facet_search::MAX_QUERY_LEN`), percent-encoded
/// up to 9 bytes each, beside the filters: 8 KiB leaves room for every filter at once.
pub const MAX_TARGET_BYTES: usize = 8 * 1024;
/// Names and values of every header line; a browser sends 1 to 4 KB.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

pub async fn bounded_heads(request: Request, next: Next) -> Response {
    let target = request
        .uri()
        .path_and_query()
        .map_or(0, |p| p.as_str().len());
    if target > MAX_TARGET_BYTES {
        return refusal(
            414,
            format!("the address is over {} KiB", MAX_TARGET_BYTES / 1024),
        );
    }
    let header_bytes: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if header_bytes > MAX_HEADER_BYTES {
        return refusal(
            431,
            format!("the headers are over {} KiB", MAX_HEADER_BYTES / 1024),
        );
    }
    next.run(request).await
}

fn refusal(status: u16, detail: String) -> Response {
    let mut problem = Problem::new(ProblemKind::of_status(status), detail);
    problem.status = status;
    problem_response(&problem)
}
