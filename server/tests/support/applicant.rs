//! An applicant reaching the API through the router: the link by e-mail, the form, the
//! deck and the state changes, with the letters the outbox holds.
#![allow(dead_code)]

use std::{sync::Arc, time::Duration};

use axum::{
    body::Body,
    http::{Method, Request, StatusCode},
};
use http_body_util::BodyExt;
use lopdf::dictionary;
use rusqlite::Connection;
use serde_json::{json, Value};
use server::{app, AppState, Content, Db, RegistrationLimits};
use tower::ServiceExt;

pub const OPEN_CALL: &str = "appel-exemple";

pub struct Applicant {
    pub router: axum::Router,
    pub dir: tempfile::TempDir,
}

impl Applicant {
    pub async fn new() -> Applicant {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("campus.sqlite3"), Content::DEMO).unwrap();
        let mut state = AppState::load(db).await.unwrap();
        state.application_limits = Arc::new(RegistrationLimits::new(
            1000,
            Duration::from_millis(1),
            1000,
            Duration::from_millis(1),
        ));
        Applicant {
            router: app(state, dir.path().join("dist")),
            dir,
        }
    }

    pub async fn send(
        &self,
        method: Method,
        uri: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> (StatusCode, axum::http::HeaderMap, Value) {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("/api/v1{uri}"));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            headers,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    pub async fn json(&self, method: Method, uri: &str, body: Value) -> (StatusCode, Value) {
        let (status, _, value) = self
            .send(
                method,
                uri,
                &[("content-type", "application/json")],
                body.to_string().into_bytes(),
            )
            .await;
        (status, value)
    }

    pub async fn start(&self, email: &str) -> StatusCode {
        let body = json!({ "email": email, "lang": "fr" });
        self.json(
            Method::POST,
            &format!("/calls/{OPEN_CALL}/applications"),
            body,
        )
        .await
        .0
    }

    pub async fn get(&self, token: &str) -> (StatusCode, axum::http::HeaderMap, Value) {
        self.send(
            Method::GET,
            &format!("/applications/{token}"),
            &[],
            Vec::new(),
        )
        .await
    }

    pub async fn save(&self, token: &str, version: &str, patch: Value) -> (StatusCode, Value) {
        let (status, _, value) = self
            .send(
                Method::PATCH,
                &format!("/applications/{token}"),
                &[
                    ("content-type", "application/merge-patch+json"),
                    ("if-match", version),
                ],
                patch.to_string().into_bytes(),
            )
            .await;
        (status, value)
    }

    pub async fn deck(&self, token: &str, kind: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
        let (status, _, value) = self
            .send(
                Method::PUT,
                &format!("/applications/{token}/deck"),
                &[("content-type", kind)],
                bytes,
            )
            .await;
        (status, value)
    }

    pub async fn post(&self, token: &str, what: &str) -> (StatusCode, Value) {
        let (status, _, value) = self
            .send(
                Method::POST,
                &format!("/applications/{token}/{what}"),
                &[],
                Vec::new(),
            )
            .await;
        (status, value)
    }

    pub fn db(&self) -> Connection {
        Connection::open(self.dir.path().join("campus.sqlite3")).unwrap()
    }

    /// The text of the letters in the outbox for `email`, as a mail client shows them.
    pub fn letters_to(&self, email: &str) -> Vec<String> {
        let conn = self.db();
        let mut statement = conn
            .prepare("SELECT message FROM outbox WHERE recipient = ?1 ORDER BY id")
            .unwrap();
        statement
            .query_map([email], |r| r.get::<_, Vec<u8>>(0))
            .unwrap()
            .map(|message| {
                let message = message.unwrap();
                let parsed = mail_parser::MessageParser::default()
                    .parse(&message)
                    .unwrap();
                format!(
                    "{}\n{}",
                    parsed.subject().unwrap_or_default(),
                    parsed.body_text(0).unwrap_or_default()
                )
            })
            .collect()
    }

    /// The secret of the application link in the last letter to `email`.
    pub fn last_link(&self, email: &str) -> String {
        let letter = self.letters_to(email).pop().expect("a letter");
        let start = letter
            .find("/rejoindre/candidature#")
            .expect("the application link")
            + 23;
        letter[start..start + 64].to_owned()
    }
}

/// A PDF of one page.
pub fn pdf() -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.7");
    let pages = doc.new_object_id();
    let content = doc.add_object(lopdf::Stream::new(dictionary! {}, b"BT ET".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 842.into(), 595.into()],
    });
    doc.objects.insert(
        pages,
        lopdf::Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

pub fn whole_form() -> Value {
    json!({
        "company_name": "Société d'essai",
        "legal_form": "SAS",
        "siren": "732 829 320",
        "founded": "2021-03-01",
        "founders": [{ "name": "Camille Martin", "role": "Présidente", "full_time": true }],
        "product": "Un carnet de suivi.",
        "stage": "amorcage",
        "health_problem": "Le suivi à domicile.",
        "patients": "Des patients suivis à domicile.",
        "ce_marking": "non-dispositif",
        "hosting": "hds",
        "data_protection": "Données chiffrées.",
        "poles": ["patients-societe"],
        "poles_why": "Travailler avec des associations.",
        "needs": "Un bureau."
    })
}
