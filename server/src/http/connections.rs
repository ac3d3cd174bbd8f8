//! The listening socket and its connections: hyper's HTTP/1 server, configured so that a
//! client that stalls frees what it holds. `axum::serve` sets no timeout and keeps hyper's
//! 400 KB head buffer, so a silent connection, headers sent one line at a time or an idle
//! keep-alive were kept for ever.
//!
//! - hyper starts its header timer whenever it waits for a request head: on a new
//!   connection, while headers trickle in, and between requests of a keep-alive
//!   connection. Past [`HEADER_READ_TIMEOUT`] the connection is closed.
//! - A request head larger than [`MAX_HEAD_BUFFER`] is refused by hyper itself (431, or 414
//!   for the target): those answers have no body, since hyper writes them before any
//!   service runs. Smaller ones past the API's limits get problem+json from
//!   [`super::head_limits`].
//! - Bodies: see [`super::BODY_FRAME_TIMEOUT`] in the application's layers.
//! - At most [`MAX_CONNECTIONS`] connections at once; the next waits to be accepted.

use std::{future::Future, net::SocketAddr, sync::Arc, time::Duration};

use axum::{extract::ConnectInfo, Router};
use hyper::{body::Incoming, server::conn::http1, service::service_fn, Request};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
};
use tokio::{net::TcpListener, sync::Semaphore};
use tower::ServiceExt;

/// A client has this long to send a request head, and an idle connection is kept this long.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// hyper's own cap on a request head (its minimum is 8 KiB; its default, 400 KB).
pub const MAX_HEAD_BUFFER: usize = 64 * 1024;
/// Header lines in one request; browsers send about twenty.
const MAX_HEADERS: usize = 100;
/// Open connections at once: each holds a task and buffers.
pub const MAX_CONNECTIONS: usize = 1024;
/// In-flight requests get this long to finish on shutdown.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Serves `app` on `listener` until `shutdown` resolves, then lets in-flight requests finish
/// (for at most [`SHUTDOWN_GRACE`]). Each request carries its peer as
/// `ConnectInfo<SocketAddr>`, for rate limiting.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .max_buf_size(MAX_HEAD_BUFFER)
        .max_headers(MAX_HEADERS);
    let graceful = GracefulShutdown::new();
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was accepted:
                    // the listener itself is fine, so wait a little and go on.
                    tracing::warn!("accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let app = app.clone();
        let service = service_fn(move |mut request: Request<Incoming>| {
            request
                .extensions_mut()
                .insert(ConnectInfo::<SocketAddr>(peer));
            app.clone().oneshot(request)
        });
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A client that goes away or breaks the protocol ends only its own connection.
            if let Err(e) = connection.await {
                tracing::debug!("connection from {peer}: {e}");
            }
            drop(slot);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            "shutting down: requests still running after {} s were cut",
            SHUTDOWN_GRACE.as_secs()
        );
    }
    Ok(())
}
