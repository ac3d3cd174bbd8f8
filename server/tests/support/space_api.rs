//! The start-up space through the router: a member signs in, reads and writes its profile.
#![allow(dead_code)]

use axum::{
    body::Body,
    http::{header, HeaderMap, Method, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use server::{app, AppState, Content, Db};
use tower::ServiceExt;

pub const A: (&str, &str) = ("equipe@cardiolume.example", "cardiolume-demo-2026");
pub const A2: (&str, &str) = ("cto@cardiolume.example", "cardiolume-cto-2026");
pub const B: (&str, &str) = ("equipe@datavoile.example", "datavoile-demo-2026");

pub struct Api {
    router: Router,
    _dir: tempfile::TempDir,
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

/// A signed-in member: its cookie and CSRF token.
#[derive(Clone)]
pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

impl Api {
    pub async fn new() -> Api {
        Api::with_db(|path| Db::open(path, Content::DEMO).unwrap()).await
    }

    /// A space on a database opened by `open` (another pool size, a tampered file).
    pub async fn with_db(open: impl FnOnce(&std::path::Path) -> Db) -> Api {
        let dir = tempfile::tempdir().unwrap();
        let db = open(&dir.path().join("campus.sqlite3"));
        let router = app(AppState::load(db).await.unwrap(), dir.path().join("dist"));
        Api { router, _dir: dir }
    }

    /// The raw bytes of a GET (an image).
    pub async fn router_get_bytes(&self, uri: &str) -> Vec<u8> {
        let response = self
            .router
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
        response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec()
    }

    pub fn db_path(&self) -> std::path::PathBuf {
        self._dir.path().join("campus.sqlite3")
    }

    pub async fn call(
        &self,
        method: Method,
        uri: &str,
        session: Option<&Session>,
        headers: &[(&str, &str)],
        body: Body,
    ) -> Answer {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(s) = session {
            request = request
                .header(header::COOKIE, &s.cookie)
                .header("x-csrf-token", &s.csrf);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(body).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Answer {
            status,
            headers,
            body,
        }
    }

    pub async fn json(
        &self,
        method: Method,
        uri: &str,
        session: Option<&Session>,
        headers: &[(&str, &str)],
        body: &Value,
    ) -> Answer {
        let mut all = vec![("content-type", "application/json")];
        all.extend_from_slice(headers);
        self.call(method, uri, session, &all, Body::from(body.to_string()))
            .await
    }

    pub async fn sign_in(&self, (email, password): (&str, &str)) -> Session {
        let answer = self
            .json(
                Method::POST,
                "/api/v1/session",
                None,
                &[],
                &json!({"email": email, "password": password}),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let cookie = answer.headers[header::SET_COOKIE].to_str().unwrap();
        Session {
            cookie: cookie.split(';').next().unwrap().to_owned(),
            csrf: answer.body["csrf_token"].as_str().unwrap().to_owned(),
        }
    }

    pub async fn my_startup(&self, session: &Session) -> (String, Value) {
        let answer = self
            .call(
                Method::GET,
                "/api/v1/me/startup",
                Some(session),
                &[],
                Body::empty(),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        (
            answer.body["etag"].as_str().unwrap().to_owned(),
            answer.body["profile"].clone(),
        )
    }

    /// `PATCH /me/startup` of the member's current version (its ETag read first).
    pub async fn patch_mine(&self, session: &Session, patch: &Value) -> Answer {
        let (etag, _) = self.my_startup(session).await;
        self.json(
            Method::PATCH,
            "/api/v1/me/startup",
            Some(session),
            &[("if-match", &etag)],
            patch,
        )
        .await
    }
}

/// The editable part of a profile, as `PUT /me/startup` takes it.
pub fn edit_of(profile: &Value) -> Value {
    let mut edit = json!({});
    for field in [
        "name",
        "pitch",
        "description",
        "sectors",
        "poles",
        "stage",
        "founded",
        "team_size",
        "spin_off",
        "hiring",
        "careers_url",
        "website",
        "email",
        "social",
    ] {
        if let Some(v) = profile.get(field) {
            edit[field] = v.clone();
        }
    }
    edit
}
