//! The catalogue written from the team's space: a programme created, edited over the
//! version read, archived and brought back, each change seen at once by the public list
//! and page, refused with a field's reason when a rule is broken, and written to the
//! audit log; two edits over one version never both win.

mod support;

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use support::{
    applicant::Applicant,
    catalogue::test_programme,
    slugs,
    team_api::{enrolled, get_json, send_json, Session},
    Api,
};

/// `PUT /team/programmes/{slug}` with `If-Match: if_match` (none when `None`).
async fn edit(
    api: &Applicant,
    session: &Session,
    body: &Value,
    if_match: Option<&str>,
) -> (StatusCode, Value) {
    let mut headers = session.headers();
    headers.push(("content-type", "application/json"));
    if let Some(tag) = if_match {
        headers.push(("if-match", tag));
    }
    let uri = format!("/team/programmes/{}", body["slug"].as_str().unwrap());
    let (status, _, answer) = api
        .send(Method::PUT, &uri, &headers, body.to_string().into_bytes())
        .await;
    (status, answer)
}

async fn public_status(api: &Applicant, slug: &str) -> StatusCode {
    Api::from_router(api.router.clone())
        .headers(&format!("/api/v1/programmes/{slug}"))
        .await
        .0
}

async fn listed(api: &Applicant) -> Vec<String> {
    slugs(
        &Api::from_router(api.router.clone())
            .list("?q=essai&per_page=100")
            .await,
    )
}

#[tokio::test]
async fn the_team_creates_edits_archives_and_restores_a_programme() {
    let api = Applicant::new().await;
    let (lead, _, _) = enrolled(&api).await;
    let slug = "master-essai-equipe";
    let programme = test_programme(slug);

    let (status, created) = send_json(
        &api,
        Method::POST,
        "/team/programmes",
        &lead,
        programme.clone(),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(
        (created["version"].as_u64(), created["archived"].as_bool()),
        (Some(1), Some(false))
    );
    let today = server::clock::today().to_string();
    assert_eq!(
        created["programme"]["updated"],
        json!(today),
        "dated by the server"
    );
    assert_eq!(public_status(&api, slug).await, StatusCode::OK);
    assert!(
        listed(&api).await.contains(&slug.to_owned()),
        "in the public list at once"
    );

    // The identifier is taken, archived or not.
    let (status, _) = send_json(
        &api,
        Method::POST,
        "/team/programmes",
        &lead,
        programme.clone(),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // Broken rules come back field by field, under the form's names.
    let mut broken = test_programme("master-casse");
    broken["title"]["fr"] = json!("  ");
    broken["start_dates"] = json!([]);
    broken["poles"] = json!(["cuisine"]);
    broken["contact_email"] = json!("pas une adresse");
    let (status, problem) = send_json(&api, Method::POST, "/team/programmes", &lead, broken).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("{problem}"))
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    for field in ["title.fr", "start_dates", "poles[0]", "contact_email"] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    assert_eq!(
        public_status(&api, "master-casse").await,
        StatusCode::NOT_FOUND
    );

    // An edit names the version it was made over.
    let mut changed = programme.clone();
    changed["title"]["fr"] = json!("Master d'essai, nouvelle maquette");
    let (status, _) = edit(&api, &lead, &changed, None).await;
    assert_eq!(status, StatusCode::PRECONDITION_REQUIRED);
    let (status, edited) = edit(&api, &lead, &changed, Some("\"v1\"")).await;
    assert_eq!(status, StatusCode::OK, "{edited}");
    assert_eq!(edited["version"], 2);
    let (_, _, page) = api
        .send(Method::GET, &format!("/programmes/{slug}"), &[], Vec::new())
        .await;
    assert_eq!(page["title"]["fr"], "Master d'essai, nouvelle maquette");
    // Over a version that is no longer the current one: refused, nothing changes.
    let mut stale = programme.clone();
    stale["title"]["fr"] = json!("Écrasé");
    let (status, _) = edit(&api, &lead, &stale, Some("\"v1\"")).await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);
    let (_, mine) = get_json(&api, &format!("/team/programmes/{slug}"), &lead).await;
    assert_eq!(
        (
            mine["version"].as_u64(),
            mine["programme"]["title"]["fr"].as_str()
        ),
        (Some(2), Some("Master d'essai, nouvelle maquette"))
    );
    // The address names the programme: a body naming another is refused.
    let mut other = changed.clone();
    other["slug"] = json!("autre-programme");
    let (status, _, _) = api
        .send(
            Method::PUT,
            &format!("/team/programmes/{slug}"),
            &[
                ("cookie", lead.cookie.as_str()),
                ("x-csrf-token", lead.csrf.as_str()),
                ("content-type", "application/json"),
                ("if-match", "\"v2\""),
            ],
            other.to_string().into_bytes(),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Archived: out of the public list and page, still the team's to read and edit.
    let archival = format!("/team/programmes/{slug}/archival");
    let (status, archived) = send_json(
        &api,
        Method::PUT,
        &archival,
        &lead,
        json!({"archived": true}),
    )
    .await;
    assert_eq!(
        (status, archived["archived"].as_bool()),
        (StatusCode::OK, Some(true))
    );
    assert_eq!(public_status(&api, slug).await, StatusCode::NOT_FOUND);
    assert!(!listed(&api).await.contains(&slug.to_owned()));
    let (_, rows) = get_json(&api, "/team/programmes", &lead).await;
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == slug)
        .expect("the team still lists it");
    assert_eq!(row["archived"], true);
    let (status, _) = edit(&api, &lead, &changed, Some("\"v3\"")).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "an archived programme can be edited"
    );
    let (_, mine) = get_json(&api, &format!("/team/programmes/{slug}"), &lead).await;
    assert_eq!(mine["archived"], true, "and stays archived");

    let (status, _) = send_json(
        &api,
        Method::PUT,
        &archival,
        &lead,
        json!({"archived": false}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(public_status(&api, slug).await, StatusCode::OK);
    let (status, _) = send_json(
        &api,
        Method::PUT,
        "/team/programmes/inconnu/archival",
        &lead,
        json!({"archived": true}),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Every change is in the audit log, with who made it.
    let (_, audit) = get_json(&api, "/team/audit", &lead).await;
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["target"] == format!("programme:{slug}"))
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "programme.restore",
            "programme.edit",
            "programme.archive",
            "programme.edit",
            "programme.create"
        ]
    );
}

#[tokio::test]
async fn two_edits_over_one_version_never_both_win() {
    let api = Applicant::new().await;
    let (lead, _, _) = enrolled(&api).await;
    let slug = "master-essai-concurrent";
    let (status, _) = send_json(
        &api,
        Method::POST,
        "/team/programmes",
        &lead,
        test_programme(slug),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let mut first = test_programme(slug);
    first["title"]["fr"] = json!("Première version");
    let mut second = test_programme(slug);
    second["title"]["fr"] = json!("Seconde version");
    let (a, b) = tokio::join!(
        edit(&api, &lead, &first, Some("\"v1\"")),
        edit(&api, &lead, &second, Some("\"v1\""))
    );
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::PRECONDITION_FAILED]);
    let winner = if a.0 == StatusCode::OK { &a.1 } else { &b.1 };
    let (_, _, page) = api
        .send(Method::GET, &format!("/programmes/{slug}"), &[], Vec::new())
        .await;
    assert_eq!(page["title"]["fr"], winner["programme"]["title"]["fr"]);
}
