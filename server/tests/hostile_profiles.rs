//! Profile writes from a hostile or careless member: huge or repeated lists, invisible and
//! control characters, look-alike names, addresses with a user name in front of the host,
//! images that lie about themselves, fields that are the server's, and writes that change
//! nothing. Each one is answered with a clear 4xx and nothing of it is stored.

mod support;

use axum::{
    body::Body,
    http::{header, Method, StatusCode},
};
use serde_json::{json, Value};
use support::space_api::{edit_of, Answer, Api, Session, B};

async fn put(api: &Api, session: &Session, edit: &Value) -> Answer {
    let (etag, _) = api.my_startup(session).await;
    api.json(
        Method::PUT,
        "/api/v1/me/startup",
        Some(session),
        &[("if-match", &etag)],
        edit,
    )
    .await
}

fn fields(answer: &Answer) -> Vec<String> {
    answer.body["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("{}: {}", answer.status, answer.body))
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect()
}

async fn history_len(api: &Api, session: &Session) -> usize {
    let answer = api
        .call(
            Method::GET,
            "/api/v1/me/startup/history?limit=100",
            Some(session),
            &[],
            Body::empty(),
        )
        .await;
    answer.body.as_array().unwrap().len()
}

#[tokio::test]
async fn huge_or_repeated_lists_are_refused_with_a_small_answer() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    let before = api
        .call(Method::GET, "/api/v1/startups", None, &[], Body::empty())
        .await;
    // 4,000 poles fit in the 64 KB body limit; each would have been stored.
    let answer = api
        .patch_mine(&b, &json!({"poles": vec!["formation"; 4_000]}))
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&answer), ["poles"]);
    assert!(
        answer.body.to_string().len() < 2_000,
        "one error, not 20,000"
    );
    let answer = api
        .patch_mine(
            &b,
            &json!({"poles": ["formation", "formation"], "sectors": ["prevention", "prevention"]}),
        )
        .await;
    assert_eq!(fields(&answer), ["sectors[1]", "poles[1]"]);
    let answer = api.patch_mine(&b, &json!({"poles": vec!["nope"; 5]})).await;
    assert_eq!(
        fields(&answer),
        ["poles[1]", "poles[2]", "poles[3]", "poles[4]"],
        "repeats first; which poles exist is checked on a list without them"
    );
    // Bigger than the limit: 413, as a problem.
    let answer = api
        .patch_mine(&b, &json!({"poles": vec!["formation"; 160_000]}))
        .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        answer.headers[header::CONTENT_TYPE],
        "application/problem+json"
    );
    let after = api
        .call(Method::GET, "/api/v1/startups", None, &[], Body::empty())
        .await;
    assert_eq!(before.body, after.body, "nothing was stored");
}

#[tokio::test]
async fn control_bidi_and_invisible_text_is_refused_and_text_is_stored_in_nfc() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    for (patch_body, field) in [
        (json!({"name": "Data\u{0}voile"}), "name"),
        (json!({"name": "Data\u{1b}[31mvoile"}), "name"),
        (json!({"name": "\u{202E}elioVataD"}), "name"),
        (json!({"name": "\u{200B}\u{FEFF}"}), "name"),
        (
            json!({"pitch": {"fr": "Une accroche\u{7} sonore pour tous", "en": "A pitch with a bell"}}),
            "pitch.fr",
        ),
        (
            json!({"website": "https://data\u{202E}voile.example/"}),
            "website",
        ),
    ] {
        let answer = api.patch_mine(&b, &patch_body).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{patch_body}"
        );
        assert_eq!(fields(&answer), [field], "{patch_body}");
    }
    // A decomposed "é" (e + U+0301) is stored composed.
    let answer = api
        .patch_mine(&b, &json!({"name": "Datavoile Sante\u{301}"}))
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(answer.body["profile"]["name"], "Datavoile Santé");
}

#[tokio::test]
async fn two_start_ups_cannot_share_a_name_or_a_look_alike() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    for taken in [
        "Cardiolume",
        "CARDIOLUME",
        "Cardio1ume",
        "C\u{430}rdiolume",
        "  cardiolume ",
        "Cardiolume.",
        "Cardiolume™",
        "Cardiolume-",
        "Cardio lume",
        "Cardio-Lume",
    ] {
        let answer = api.patch_mine(&b, &json!({"name": taken})).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{taken}");
        assert_eq!(fields(&answer), ["name"]);
    }
    // Its own name in other capitals is fine.
    let answer = api.patch_mine(&b, &json!({"name": "DataVoile"})).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
}

#[tokio::test]
async fn addresses_with_a_user_name_or_no_real_host_are_refused() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    for bad in [
        "https://datavoile.example@evil.example/",
        "https://@./",
        "https://evil.example\\@datavoile.example/",
        "https://1.2.3.4/",
    ] {
        let answer = api.patch_mine(&b, &json!({"website": bad})).await;
        assert_eq!(fields(&answer), ["website"], "{bad}");
        let answer = api
            .patch_mine(&b, &json!({"social": [{"network": "github", "url": bad}]}))
            .await;
        assert_eq!(fields(&answer), ["social[0].url"], "{bad}");
    }
    // A link shown as a network's leads to that network.
    for (network, url) in [
        ("github", "https://evil.org/datavoile"),
        ("github", "https://github.com.evil.org/datavoile"),
        ("linkedin", "https://github.com/datavoile"),
        ("mastodon", "https://mastodon.social/about"),
    ] {
        let answer = api
            .patch_mine(&b, &json!({"social": [{"network": network, "url": url}]}))
            .await;
        assert_eq!(fields(&answer), ["social[0].url"], "{network} {url}");
    }
    let answer = api
        .patch_mine(
            &b,
            &json!({"social": [{"network": "github", "url": "https://github.com/datavoile"},
                               {"network": "mastodon", "url": "https://mastodon.social/@datavoile"}]}),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
}

#[tokio::test]
async fn the_servers_fields_are_refused_by_name_and_arrays_are_not_profiles() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    for owned in [
        "slug",
        "sample",
        "member_since",
        "version",
        "updated",
        "logo",
    ] {
        let answer = api
            .patch_mine(&b, &json!({owned: "x", "name": "Datavoile"}))
            .await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{owned}");
        assert_eq!(fields(&answer), [owned]);
    }
    let answer = api.patch_mine(&b, &json!({"nmae": "typo"})).await;
    assert_eq!(fields(&answer), ["nmae"]);
    // Inside objects too: a key no field reads is refused, not dropped.
    let before = history_len(&api, &b).await;
    let answer = api
        .patch_mine(
            &b,
            &json!({"description": {"fr": "a", "en": "b", "xx": "c"}}),
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.body
    );
    assert_eq!(fields(&answer), ["description.xx"]);
    let (_, profile) = api.my_startup(&b).await;
    let mut edit = edit_of(&profile);
    edit["social"] = json!([{"network": "github", "url": "https://github.com/x", "rel": "me"}]);
    let answer = put(&api, &b, &edit).await;
    assert_eq!(fields(&answer), ["social.0.rel"], "{}", answer.body);
    assert_eq!(history_len(&api, &b).await, before);
    // A positional array is not read field by field.
    let (_, profile) = api.my_startup(&b).await;
    let edit = edit_of(&profile);
    let positional: Vec<Value> = edit.as_object().unwrap().values().cloned().collect();
    let answer = put(&api, &b, &Value::Array(positional)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let answer = api.patch_mine(&b, &json!(["name"])).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_write_that_changes_nothing_is_no_write_and_history_pages() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    let (etag, profile) = api.my_startup(&b).await;
    for _ in 0..3 {
        let answer = api.patch_mine(&b, &json!({})).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.body["etag"], etag.as_str(), "same version");
        let answer = put(&api, &b, &edit_of(&profile)).await;
        assert_eq!(answer.body["etag"], etag.as_str());
        assert_eq!(answer.body["profile"]["updated"], profile["updated"]);
    }
    assert_eq!(
        history_len(&api, &b).await,
        0,
        "no history line for nothing"
    );
    // 25 real changes: pages of 10, newest first, with a link to the next page.
    for n in 0..25 {
        let answer = api.patch_mine(&b, &json!({"pitch": {"fr": format!("Accroche numéro {n} du jour"), "en": profile["pitch"]["en"].clone()}})).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    }
    let mut uri = "/api/v1/me/startup/history?limit=10".to_owned();
    let mut versions = Vec::new();
    loop {
        let page = api
            .call(Method::GET, &uri, Some(&b), &[], Body::empty())
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
        let entries = page.body.as_array().unwrap();
        assert!(entries.len() <= 10);
        versions.extend(entries.iter().map(|e| e["version"].as_u64().unwrap()));
        let Some(link) = page.headers.get(header::LINK) else {
            break;
        };
        let link = link.to_str().unwrap();
        let query = link.strip_prefix("<").unwrap().split('>').next().unwrap();
        assert!(link.ends_with("rel=\"next\""));
        uri = format!("/api/v1/me/startup/history{query}");
    }
    let expected: Vec<u64> = (2..=26).rev().collect();
    assert_eq!(versions, expected);
    for bad in [
        "?limit=0",
        "?limit=101",
        "?limit=x",
        "?before=-1",
        "?page=2",
    ] {
        let answer = api
            .call(
                Method::GET,
                &format!("/api/v1/me/startup/history{bad}"),
                Some(&b),
                &[],
                Body::empty(),
            )
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(
            answer.headers[header::CONTENT_TYPE],
            "application/problem+json"
        );
    }
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba([0, 90, 160, 255]));
    image
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

#[tokio::test]
async fn logos_that_do_not_decode_or_claim_giant_sizes_are_refused() {
    let api = Api::new().await;
    let b = api.sign_in(B).await;
    let upload = |bytes: Vec<u8>| {
        let api = &api;
        let b = &b;
        async move {
            api.call(
                Method::PUT,
                "/api/v1/me/startup/logo",
                Some(b),
                &[("content-type", "application/octet-stream")],
                Body::from(bytes),
            )
            .await
        }
    };
    let (_, before) = api.my_startup(&b).await;
    let answer = upload(vec![0xFF, 0xD8, 0xFF]).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "magic bytes alone"
    );
    assert_eq!(fields(&answer), ["logo"]);
    // A real PNG whose header claims 60,000 × 60,000 pixels.
    let mut giant = png(1, 1);
    giant[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    giant[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let crc = crc32(&giant[12..29]);
    giant[29..33].copy_from_slice(&crc.to_be_bytes());
    let answer = upload(giant).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body["errors"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("2048"));
    let (_, profile) = api.my_startup(&b).await;
    assert_eq!(profile["logo"], before["logo"], "nothing stored");
    // A real one is stored re-encoded, and serves as a PNG of the same size.
    let answer = upload(png(300, 120)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let logo = answer.body["profile"]["logo"].as_str().unwrap().to_owned();
    // The same image again is no new version (a sibling of the no-op write).
    let etag = answer.body["etag"].clone();
    let again = upload(png(300, 120)).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body["etag"], etag, "same image, same version");
    let served = api.router_get_bytes(&format!("/api/v1/{logo}")).await;
    let decoded = image::load_from_memory(&served).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (300, 120));
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
