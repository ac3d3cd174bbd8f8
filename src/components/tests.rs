//! Browser tests of components, mounted in headless Chromium by wasm-bindgen-test.

use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};

use leptos::{prelude::*, task::tick};
use leptos_router::components::Router;
use model::{directory::LogoAddress, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use super::{ErrorView, LangSwitch, Loaded, PageHeading};
use crate::{
    api::ApiError,
    data::{Load, Loadable},
    i18n::I18n,
    routes,
    state::prefs,
};

/// A fresh element in the page to mount into.
fn container() -> HtmlElement {
    let element: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&element).unwrap();
    element
}

fn find(root: &HtmlElement, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn text(root: &HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn error_view_explains_and_retries() {
    let root = container();
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let on_retry = Callback::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! { <ErrorView error=ApiError::from_status(503, "") on_retry/> }
    });
    tick().await;

    assert!(
        find(&root, "[role=alert]").is_some(),
        "announced as an alert"
    );
    assert!(text(&root).contains("Le serveur du campus a rencontré un problème"));
    assert!(text(&root).contains("HTTP 503"));
    let button = find(&root, "button").expect("a retry button");
    assert_eq!(button.text_content().unwrap(), "Réessayer");
    button.click();
    button.click();
    tick().await;
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn error_view_offers_no_retry_when_it_cannot_help() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! { <ErrorView error=ApiError::Config("bad".into()) on_retry=Callback::new(|_| {})/> }
    });
    tick().await;
    assert!(text(&root).contains("config.json"));
    assert!(find(&root, "button").is_none());
}

#[wasm_bindgen_test]
async fn error_view_follows_the_language() {
    let root = container();
    let lang = RwSignal::new(Lang::Fr);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n { lang: lang.into() });
        view! { <ErrorView error=ApiError::Network("offline".into()) on_retry=Callback::new(|_| {})/> }
    });
    tick().await;
    assert!(text(&root).contains("injoignable"));
    lang.set(Lang::En);
    tick().await;
    assert!(text(&root).contains("cannot be reached"));
    assert_eq!(
        find(&root, "button").unwrap().text_content().unwrap(),
        "Try again"
    );
}

#[wasm_bindgen_test]
async fn lang_switch_links_to_the_same_page_and_remembers_the_choice() {
    let root = container();
    let path = window().location().pathname().unwrap();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n {
            lang: Signal::stored(routes::lang_of_path(&path)),
        });
        view! { <Router><LangSwitch/></Router> }
    });
    tick().await;
    let link = find(&root, "a").expect("a link");
    let location = window().location();
    let here = location.pathname().unwrap();
    // Same page in the other language, query string and fragment kept.
    let expected = format!(
        "{}{}{}",
        routes::counterpart(&here),
        location.search().unwrap(),
        location.hash().unwrap()
    );
    assert_eq!(link.get_attribute("href").unwrap(), expected);
    assert_eq!(link.get_attribute("lang").as_deref(), Some("en"));
    assert!(text(&root).contains("English"));

    // Click handlers run synchronously: check before any await lets another test run.
    link.click();
    assert_eq!(prefs::stored_lang(), Some(Lang::En));
    // Leave the page as we found it for the other tests.
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here))
        .unwrap();
    window().local_storage().unwrap().unwrap().clear().unwrap();
}

#[wasm_bindgen_test]
async fn page_heading_names_the_document() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <PageHeading
                text=Signal::derive(|| "Pôle formation".to_owned())
                description=Signal::derive(|| "Former aux métiers du numérique en santé.".to_owned())
            />
        }
    });
    tick().await;
    let h1 = find(&root, "h1").expect("an h1");
    assert_eq!(h1.text_content().unwrap(), "Pôle formation");
    assert_eq!(h1.get_attribute("tabindex").as_deref(), Some("-1"));
    assert_eq!(document().title(), "Pôle formation · PariSanté Campus");
}

#[wasm_bindgen_test]
async fn lang_switch_keeps_the_query_string() {
    let root = container();
    let here = window().location().pathname().unwrap();
    let history = window().history().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("/formations?level=master"),
        )
        .unwrap();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n {
            lang: Signal::stored(Lang::Fr),
        });
        view! { <Router><LangSwitch/></Router> }
    });
    tick().await;
    let href = find(&root, "a").unwrap().get_attribute("href").unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here))
        .unwrap();
    assert_eq!(href, "/en/programmes?level=master");
}

#[wasm_bindgen_test]
async fn facet_group_shows_counts_and_reports_toggles() {
    use super::{FacetGroup, FacetOption};
    let root = container();
    let toggled = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let sink = toggled.clone();
    let on_toggle = Callback::new(move |value: String| sink.lock().unwrap().push(value));
    let option = |value: &str, count: u32, checked: bool| FacetOption {
        value: value.into(),
        label: value.to_uppercase(),
        count,
        checked,
    };
    let options = vec![
        option("master", 9, true),
        option("licence", 0, false),
        option("du", 2, false),
    ];
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! { <FacetGroup legend="Niveau".to_owned() name="level" options=options.clone() on_toggle/> }
    });
    tick().await;
    assert_eq!(
        find(&root, "legend").unwrap().text_content().unwrap(),
        "Niveau"
    );
    let master = find(&root, "#facet-level-master").unwrap();
    assert_eq!(
        js_sys::Reflect::get(&master, &"checked".into()).unwrap(),
        wasm_bindgen::JsValue::TRUE
    );
    assert!(
        find(&root, "#facet-level-licence")
            .unwrap()
            .has_attribute("disabled"),
        "no result, disabled"
    );
    assert!(
        text(&root).contains("DU2"),
        "label and count: {}",
        text(&root)
    );
    find(&root, "label[for='facet-level-du']").unwrap().click();
    tick().await;
    assert_eq!(*toggled.lock().unwrap(), ["du"]);
}

#[wasm_bindgen_test]
async fn startup_logo_has_a_fixed_size_or_falls_back_to_initials() {
    use super::StartupLogo;
    let mut card = model::directory::generate::startups(1).remove(0);
    card.name = "Team'Doc".into();
    let with_logo = {
        let mut c = card.clone();
        c.logo = Some(LogoAddress::uploaded("x", "1").resolved(""));
        c
    };
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <StartupLogo startup=card.clone() size=56/>
            <StartupLogo startup=with_logo.clone() size=56/>
        }
    });
    tick().await;
    let initials = find(&root, ".startup-logo--initials").unwrap();
    assert_eq!(initials.text_content().unwrap(), "TD");
    assert_eq!(
        initials.get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
    // Classes, not a `style` attribute the CSP would block.
    assert!(initials.get_attribute("style").is_none());
    let class = initials.get_attribute("class").unwrap_or_default();
    assert!(class.contains("startup-logo--s56"), "{class}");
    assert!(class.contains("startup-logo--hue-"), "{class}");
    let img = find(&root, "img.startup-logo").unwrap();
    for (name, value) in [
        ("width", "56"),
        ("height", "56"),
        ("loading", "lazy"),
        ("alt", ""),
    ] {
        assert_eq!(img.get_attribute(name).as_deref(), Some(value), "{name}");
    }
}

/// A resource whose state the test sets by hand.
#[derive(Clone)]
struct Scripted {
    state: ArcRwSignal<Load<String>>,
    retries: Arc<AtomicUsize>,
}

impl Loadable for Scripted {
    type Value = String;
    fn load(&self) -> Load<String> {
        self.state.get()
    }
    fn retry(&self) {
        self.retries.fetch_add(1, Ordering::SeqCst);
        self.state.set(Load::Loading);
    }
}

#[wasm_bindgen_test]
async fn loaded_shows_loading_then_data_and_builds_the_view_once_per_copy() {
    let root = container();
    let scripted = Scripted {
        state: ArcRwSignal::new(Load::Loading),
        retries: Arc::new(AtomicUsize::new(0)),
    };
    let builds = Arc::new(AtomicUsize::new(0));
    let (query, counted) = (scripted.clone(), builds.clone());
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n {
            lang: Signal::stored(Lang::Fr),
        });
        let counted = counted.clone();
        let ready = move |text: Arc<String>| {
            counted.fetch_add(1, Ordering::SeqCst);
            view! { <p class="data">{String::clone(&text)}</p> }
        };
        let query = query.clone();
        view! { <Loaded query ready/> }
    });
    tick().await;
    assert!(
        find(&root, "[role=status]").is_some(),
        "a loading placeholder"
    );
    assert!(find(&root, ".data").is_none());

    let copy = Arc::new("Datavoile".to_owned());
    scripted.state.set(Load::Ready(copy.clone()));
    tick().await;
    assert_eq!(
        find(&root, ".data").unwrap().text_content().unwrap(),
        "Datavoile"
    );
    // The same copy again (a revalidation answered 304): the view is not rebuilt.
    scripted.state.set(Load::Ready(copy));
    tick().await;
    assert_eq!(builds.load(Ordering::SeqCst), 1);
    // A newer copy is shown.
    scripted
        .state
        .set(Load::Ready(Arc::new("Datavoile 2".to_owned())));
    tick().await;
    assert_eq!(
        find(&root, ".data").unwrap().text_content().unwrap(),
        "Datavoile 2"
    );
    assert_eq!(builds.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn loaded_shows_a_failure_with_retry_and_a_missing_page_as_404() {
    let root = container();
    let scripted = Scripted {
        state: ArcRwSignal::new(Load::Failed(ApiError::from_status(503, ""))),
        retries: Arc::new(AtomicUsize::new(0)),
    };
    let query = scripted.clone();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n {
            lang: Signal::stored(Lang::Fr),
        });
        let query = query.clone();
        let ready = |text: Arc<String>| String::clone(&text);
        view! { <Router><Loaded query page=true ready/></Router> }
    });
    tick().await;
    assert!(text(&root).contains("HTTP 503"));
    assert!(find(&root, "h1").is_some(), "a failed page keeps a heading");
    find(&root, ".error-view button").unwrap().click();
    tick().await;
    assert_eq!(scripted.retries.load(Ordering::SeqCst), 1);
    assert!(find(&root, "[role=status]").is_some(), "loading again");

    scripted.state.set(Load::Failed(ApiError::NotFound));
    tick().await;
    assert!(find(&root, ".not-found").is_some(), "the 404 content");
    assert!(find(&root, ".error-view").is_none());
}

#[wasm_bindgen_test]
async fn json_ld_text_can_never_close_its_script_and_leaves_with_its_page() {
    let root = container();
    let mounted = leptos::mount::mount_to(root.clone(), move || {
        super::attach_json_ld("test-json-ld", || {
            serde_json::json!({ "name": "Cardio</script><img src=x onerror=alert(1)>" }).to_string()
        });
    });
    tick().await;
    let script = document().get_element_by_id("test-json-ld").unwrap();
    let text = script.text_content().unwrap();
    assert!(!text.contains("</script"), "{text}");
    let back: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(back["name"], "Cardio</script><img src=x onerror=alert(1)>");
    drop(mounted);
    assert!(document().get_element_by_id("test-json-ld").is_none());
}

#[wasm_bindgen_test]
async fn a_page_marked_not_indexed_says_so_while_it_lives() {
    let root = container();
    let mounted = leptos::mount::mount_to(root.clone(), super::mark_not_indexed);
    tick().await;
    let robots = || document().query_selector("meta[name='robots']").unwrap();
    assert_eq!(
        robots().unwrap().get_attribute("content").as_deref(),
        Some("noindex")
    );
    drop(mounted);
    assert!(robots().is_none());
}

#[wasm_bindgen_test]
fn quotations_are_cut_out_and_names_in_quotation_marks_are_left() {
    use super::{quoted_runs, Run};
    let text = "Le bâtiment «\u{202f}Fresk\u{202f}» doit «\u{202f}accompagner la transformation numérique\u{202f}», dit-il.";
    assert_eq!(
        quoted_runs(text),
        [
            Run::Text("Le bâtiment «\u{202f}Fresk\u{202f}» doit ".into()),
            Run::Quote("accompagner la transformation numérique".into()),
            Run::Text(", dit-il.".into()),
        ]
    );
    assert_eq!(
        quoted_runs("“one of the site's main missions”"),
        [Run::Quote("one of the site's main missions".into())]
    );
    assert_eq!(quoted_runs("« unclosed"), [Run::Text("« unclosed".into())]);
}
