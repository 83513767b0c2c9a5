//! The popup: scores the active tab when it opens and draws the Report.
//!
//! States on `<body data-state>`: `loading`, `ready`, `error` (stable hooks for tests). Rows are
//! rendered a page at a time and their explanations only when expanded, so a 20,000-link page
//! stays responsive.
//!
//! Its parts: [`failure`] (why a page could not be scored, and the error card), [`cards`] (the
//! header, the link profile and the prospect card), [`links`] (the filterable link list). The
//! listeners of what the popup shows are owned here ([`own`]) and dropped when it is redrawn (a
//! retry draws everything anew).

mod cards;
mod checks;
mod failure;
mod highlight;
mod links;

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;

use super::chrome;
use super::dom::{by_id, document, fixed1, now, text, JsResult};
use super::i18n::{t, tr};
use crate::intel::DomainIntel;
use crate::report::Report;
use crate::{popup_report, Profile};
use failure::{is_browser_page, is_web_store, show_failure, Failure};

thread_local! {
    /// The listeners of what the popup shows now (its elements', the save card's).
    static SHOWN: RefCell<Vec<EventListener>> = const { RefCell::new(Vec::new()) };
}

/// What the popup shows was redrawn: these listeners replace the old ones, which are dropped
/// (removed from their elements) here. Never called from inside one of the old listeners.
fn own(listeners: Vec<EventListener>) {
    let old = SHOWN.with(|shown| shown.replace(listeners));
    drop(old);
}

/// A listener of an element added to what the popup shows (the save card).
pub fn keep(listener: EventListener) {
    SHOWN.with(|shown| shown.borrow_mut().push(listener));
}

/// Entry point called by `popup.js` once the Wasm module is initialised, with the promises
/// `popup-start.js` made: the extraction of the active tab, `{url?, result?, error?}`, and the
/// domain data, `{bytes?: ArrayBuffer, error?}` (neither rejects).
#[wasm_bindgen(js_name = startPopup)]
pub async fn start_popup(extraction: JsValue, domain_data: JsValue, profile: JsValue, suffixes: JsValue) -> Result<(), JsValue> {
    super::fault::install();
    super::hooks::load().await;
    set_state("loading")?;
    match score_active_tab(extraction, domain_data, profile, suffixes).await {
        Ok(()) => set_state("ready"),
        Err(failure) => show_failure(&failure),
    }
}

/// Loads the domain-data asset; the popup works without it and says so.
async fn load_domain_data(domain_data: JsValue) -> Result<DomainIntel, String> {
    let loaded = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&domain_data)).await.map_err(|e| chrome::error_text(&e))?;
    if let Some(error) = chrome::string_field(&loaded, "error") {
        return Err(error);
    }
    let bytes = js_sys::Reflect::get(&loaded, &"bytes".into()).map_err(|e| chrome::error_text(&e))?;
    if !bytes.is_instance_of::<js_sys::ArrayBuffer>() {
        return Err("the domain data did not load".into());
    }
    DomainIntel::from_bytes(&js_sys::Uint8Array::new(&bytes).to_vec()).map_err(|e| e.to_string())
}

/// The stored profile (`{profile?}` or `{error}` from popup-start.js); defaults when absent or
/// unreadable, with the reason.
async fn load_profile(stored: JsValue) -> (Profile, Option<String>) {
    let Ok(stored) = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&stored)).await else {
        return (Profile::default(), Some("the profile could not be read".into()));
    };
    if let Some(error) = chrome::string_field(&stored, "error") {
        return (Profile::default(), Some(error));
    }
    let value = js_sys::Reflect::get(&stored, &"profile".into()).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() {
        return (Profile::default(), None);
    }
    match js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()) {
        Some(json) => match Profile::from_stored(&json) {
            Ok(profile) => (profile, None),
            Err(why) => (Profile::default(), Some(why)),
        },
        None => (Profile::default(), Some("the profile could not be read".into())),
    }
}

/// Loads the Public Suffix List asset (`{text}` or `{error}` from popup-start.js). Without it no
/// link can be told internal or external: the popup stops with the reason.
/// A build with the list compiled in (the wasm-bindgen tests' default features) needs none.
#[cfg(not(feature = "data-assets"))]
#[allow(clippy::unused_async)] // the same signature as the asset build's
async fn load_suffixes(_: JsValue) -> Result<(), Failure> {
    Ok(())
}

#[cfg(feature = "data-assets")]
async fn load_suffixes(suffixes: JsValue) -> Result<(), Failure> {
    let broken = |why: String| Failure::new("no-bundled-data", tr("fail_no_suffix_list", &[&why]));
    let loaded = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&suffixes)).await.map_err(|e| broken(chrome::error_text(&e)))?;
    if let Some(error) = chrome::string_field(&loaded, "error") {
        return Err(broken(error));
    }
    let text = chrome::string_field(&loaded, "text").ok_or_else(|| broken("the public suffix list did not load".into()))?;
    let tables = chrome::string_field(&loaded, "tables").ok_or_else(|| broken("the data tables did not load".into()))?;
    crate::domain::load_list(&text).map_err(broken)?;
    crate::tables::load(tables).map_err(broken)
}

async fn score_active_tab(extraction: JsValue, domain_data: JsValue, stored_profile: JsValue, suffixes: JsValue) -> Result<(), Failure> {
    let started = now();
    load_suffixes(suffixes).await?;
    let (profile, profile_problem) = load_profile(stored_profile).await;
    let intel = load_domain_data(domain_data).await;
    let intel_loaded = now();
    // Parse the PSL and the signal tables while the page may still be extracting.
    crate::warm_up();
    let warmed = now();
    // `Promise.resolve` also accepts a missing value (popup-start.js failed): "nothing returned".
    let extraction = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&extraction))
        .await
        .map_err(|e| Failure::new("unknown", tr("fail_read_page", &[&chrome::error_text(&e)])))?;
    let url = chrome::string_field(&extraction, "url");
    let tab_id = js_sys::Reflect::get(&extraction, &"tabId".into()).ok().and_then(|v| v.as_f64()).map(|v| v as i32);
    if let Some(error) = chrome::string_field(&extraction, "error") {
        return Err(Failure::from_injection(&error, url.as_deref()));
    }
    if js_sys::Reflect::get(&extraction, &"timedOut".into()).ok().is_some_and(|v| v.is_truthy()) {
        return Err(Failure::not_responding());
    }
    let value = js_sys::Reflect::get(&extraction, &"result".into()).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        if let Some(url) = url.as_deref().filter(|u| is_browser_page(u) || is_web_store(u) || u.starts_with("data:")) {
            return Err(Failure::from_injection("", Some(url)));
        }
        return Err(Failure::new("no-result", t("fail_no_result")).with_retry());
    }
    let extracted = now();
    let number = |key: &str| js_sys::Reflect::get(&extraction, &key.into()).ok().and_then(|v| v.as_f64());
    let times = ["askedAt", "pageBeganAt", "pageDoneAt", "answeredAt"].map(number);
    super::hooks::panic_point("popup-analyse");
    let snapshot = super::snapshot_from_js(&value).map_err(|e| Failure::new("bad-snapshot", chrome::error_text(&JsValue::from(e))))?;
    let parsed = now();
    let today = super::today();
    let report = popup_report(&snapshot, &profile, intel.as_ref().ok(), today).map_err(|r| Failure::new(r.id(), r.message()))?;
    let analyzed = now();
    let report = Rc::new(report);
    checks::remember(report.clone());
    render(report.clone(), tab_id, intel.as_ref().err().map(String::as_str), profile_problem.as_deref()).map_err(|e| Failure::new("render", tr("fail_render", &[&chrome::error_text(&e)])))?;
    // Timings for the benchmark (read by tests/e2e/bench.mjs); harmless for users.
    if let Ok(body) = body() {
        let ms = |a: f64, b: f64| fixed1(b - a);
        let _ = body.set_attribute("data-start-ms", &fixed1(started));
        let _ = body.set_attribute("data-domain-data-ms", &ms(started, intel_loaded));
        let _ = body.set_attribute("data-warm-up-ms", &ms(intel_loaded, warmed));
        let _ = body.set_attribute("data-wait-ms", &ms(warmed, extracted));
        let _ = body.set_attribute("data-analyze-ms", &ms(extracted, analyzed));
        let _ = body.set_attribute("data-parse-ms", &ms(extracted, parsed));
        let _ = body.set_attribute("data-render-ms", &ms(analyzed, now()));
        let _ = body.set_attribute("data-ready-ms", &fixed1(now()));
        // Where the wait for the page went (popup-start.js): asked → the extractor began →
        // finished → its answer arrived.
        for (name, at) in ["data-asked-ms", "data-page-began-ms", "data-page-done-ms", "data-answered-ms"].into_iter().zip(times) {
            if let Some(at) = at {
                let _ = body.set_attribute(name, &fixed1(at));
            }
        }
        // The date the prospect was judged on: `backlink-bot analyze --today` replays it.
        let _ = body.set_attribute("data-today", &crate::crm::time::format_date(today));
    }
    // The save card needs a storage read: drawn just after the scores, never delaying them.
    if let Ok(slot) = by_id("save-slot") {
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = super::save::attach(report, tab_id, slot).await {
                web_sys::console::error_1(&e);
            }
        });
    }
    Ok(())
}

fn body() -> JsResult<web_sys::HtmlElement> {
    document()?.body().ok_or_else(|| JsValue::from_str("no body"))
}

fn set_state(state: &str) -> JsResult<()> {
    super::dom::set_state(state)
}

/// Draws the Report (and drops the listeners of what was shown before): the top block, the
/// page-level warnings, the links, and the link profile's numbers folded at the bottom.
fn render(report: Rc<Report>, tab_id: Option<i32>, domain_data_error: Option<&str>, profile_problem: Option<&str>) -> JsResult<()> {
    let app = by_id("app")?;
    app.set_text_content(None);
    cards::header(&report)?;
    let (top, mut listeners) = cards::top_block(&report, profile_problem)?;
    app.append_child(&top.0)?;
    for warning in cards::warnings(&report)? {
        app.append_child(&warning.0)?;
    }
    if let Some(error) = domain_data_error {
        let note = tr("no_domain_data", &[error]);
        app.append_child(&text("p", "notice", &note)?.attr("data-notice", "no-domain-data")?.0)?;
    }
    let (card, links_listeners) = links::card(&report, tab_id)?;
    app.append_child(&card.0)?;
    listeners.extend(links_listeners);
    let (summary, summary_listener) = cards::summary_card(&report)?;
    app.append_child(&summary.0)?;
    listeners.push(summary_listener);
    // The header's links open their tabs through chrome.tabs: a plain link would close the
    // popup before the tab exists.
    for (id, page) in [("open-opportunities", "opportunities.html"), ("open-backlinks", "backlinks.html")] {
        if let Ok(link) = by_id(id) {
            listeners.push(EventListener::new_with_options(&link, "click", gloo_events::EventListenerOptions::enable_prevent_default(), move |event| {
                event.prevent_default();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(why) = chrome::open_tab(page).await {
                        web_sys::console::error_1(&why.into());
                    }
                });
            }));
        }
    }
    own(listeners);
    Ok(())
}
