//! Shared by the API test files: a server on a fresh seeded database, and readers of
//! list answers.
#![allow(dead_code)]

pub mod applicant;
pub mod catalogue;
pub mod events;
pub mod process;
pub mod space_api;
pub mod team_api;

use axum::{
    body::Body,
    http::{header, Request, StatusCode},
};
use http_body_util::BodyExt;
use serde_json::Value;
use server::{app, AppState, Content, Db};
use tower::ServiceExt;

pub struct Api {
    router: axum::Router,
    _dir: tempfile::TempDir,
}

impl Api {
    pub async fn new() -> Api {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
        let router = app(AppState::load(db).await.unwrap(), dir.path().join("dist"));
        Api { router, _dir: dir }
    }

    /// A server whose catalogue and directory were filled with generated entries up to
    /// `programmes` and `startups` (as `--sample-programmes` / `--sample-startups` do).
    pub async fn with_samples(programmes: usize, startups: usize) -> Api {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
        db.add_generated_programmes(programmes).unwrap();
        db.add_generated_startups(startups).unwrap();
        let router = app(AppState::load(db).await.unwrap(), dir.path().join("dist"));
        Api { router, _dir: dir }
    }

    /// The API of an app built by the test itself (another content, say).
    pub fn from_router(router: axum::Router) -> Api {
        Api {
            router,
            _dir: tempfile::tempdir().unwrap(),
        }
    }

    pub async fn list(&self, query: &str) -> Value {
        self.list_of("programmes", query).await
    }

    pub async fn get(&self, uri: &str) -> (StatusCode, String, Value) {
        let (status, content_type, body) = self.get_bytes(uri).await;
        let json = serde_json::from_slice(&body)
            .unwrap_or_else(|e| panic!("{uri}: {status} body is not JSON: {e}"));
        (status, content_type, json)
    }

    pub async fn headers(&self, uri: &str) -> (StatusCode, axum::http::HeaderMap) {
        let response = self
            .router
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        (response.status(), response.headers().clone())
    }

    pub async fn get_bytes(&self, uri: &str) -> (StatusCode, String, Vec<u8>) {
        let response = self
            .router
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        (status, content_type, body.to_vec())
    }

    /// A 200 list answer from `/api/v1/{resource}{query}`.
    pub async fn list_of(&self, resource: &str, query: &str) -> Value {
        let (status, _, body) = self.get(&format!("/api/v1/{resource}{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        body
    }
}

pub fn slugs(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_owned())
        .collect()
}

pub fn facet(list: &Value, name: &str, value: &str) -> u64 {
    list["facets"][name]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["value"] == value)
        .map(|v| v["count"].as_u64().unwrap())
        .unwrap_or(0)
}
