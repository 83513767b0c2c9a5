//! Why the popup could not score the page: Chrome's errors turned into messages a user can act
//! on, and the error card (with Retry when trying again can help).

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{own, set_state, start_popup};
use crate::web::dom::{by_id, text, El, JsResult};
use crate::web::i18n::{t, tr};

/// Why the popup could not score the page, with what to tell the user.
pub struct Failure {
    kind: &'static str,
    message: String,
    /// Trying again can help (the page may answer now): the card offers a Retry button.
    retry: bool,
}

impl Failure {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Failure {
        Failure { kind, message: message.into(), retry: false }
    }

    pub fn with_retry(self) -> Failure {
        Failure { retry: true, ..self }
    }

    /// A wedged page (a busy loop, an open dialog) never ran the extractor in time.
    pub fn not_responding() -> Failure {
        Failure::new(
            "not-responding",
            t("fail_not_responding"),
        )
        .with_retry()
    }

    /// Tabs that show no web page of their own, whatever Chrome's error: a message for each
    /// (reloading cannot help there). Only when the URL is known: with `activeTab` alone Chrome
    /// hides these tabs' URLs, and `unreadable-tab` below covers them together.
    fn special_tab(url: &str) -> Option<Failure> {
        if let Some(page) = url.strip_prefix("view-source:") {
            let page: String = page.chars().take(200).collect();
            return Some(Failure::new(
                "page-source",
                tr("fail_view_source", &[&page]),
            ));
        }
        if url.starts_with("data:") {
            return Some(Failure::new(
                "data-url",
                t("fail_data_url"),
            ));
        }
        if url == "about:blank" || url.starts_with("about:blank#") || url.starts_with("about:blank?") || url == "about:srcdoc" {
            return Some(Failure::new("blank-page", t("fail_blank_page")));
        }
        None
    }

    /// Turns Chrome's injection errors into something a user can act on.
    pub fn from_injection(raw: &str, url: Option<&str>) -> Failure {
        let url = url.unwrap_or("");
        if let Some(failure) = Failure::special_tab(url) {
            failure
        } else if raw.contains("extensions gallery") || is_web_store(url) {
            Failure::new("web-store", t("fail_web_store"))
        } else if raw.contains("chrome://") || raw.contains("chrome-extension://") || is_browser_page(url) {
            Failure::new("browser-page", t("fail_browser_page"))
        } else if raw.contains("file://") || url.starts_with("file:") {
            Failure::new("file-access", t("fail_file_access"))
        } else if raw.contains("Cannot access contents of the page") {
            // Chrome names no URL here, and the popup cannot see the tab's URL either (that takes
            // the `tabs` permission): tabs with no web page of their own, or a page that changed
            // since the click. Reloading would not help the former.
            Failure::new(
                "unreadable-tab",
                t("fail_unreadable_tab"),
            )
        } else if raw.contains("error page") {
            Failure::new("error-page", t("fail_error_page"))
        } else if raw.contains("Cannot access") || raw.contains("permission") {
            Failure::new(
                "no-access",
                t("fail_no_permission"),
            )
        } else {
            Failure::new("unknown", tr("fail_unknown", &[raw]))
        }
    }
}

pub fn is_browser_page(url: &str) -> bool {
    ["chrome:", "chrome-extension:", "chrome-untrusted:", "devtools:", "edge:", "about:", "view-source:", "chrome-search:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
}

pub fn is_web_store(url: &str) -> bool {
    url.starts_with("https://chromewebstore.google.com/") || url.starts_with("https://chrome.google.com/webstore")
}

pub fn show_failure(failure: &Failure) -> JsResult<()> {
    let app = by_id("app")?;
    app.set_text_content(None);
    let mut card = El::new("section")?
        .class("card error")
        .attr("role", "alert")?
        .attr("data-error", failure.kind)?
        .child(text("h2", "", &t("fail_heading"))?)?
        .child(text("p", "error-message", &failure.message)?)?;
    let mut listeners = Vec::new();
    if failure.retry {
        let button = El::new("button")?.class("retry").attr("id", "retry")?.attr("type", "button")?.text(&t("retry_button"));
        // Owned with what the popup shows: a retry's redraw drops it with its button.
        listeners.push(EventListener::new(&button.0, "click", |_| retry()));
        card = card.child(button)?;
    }
    app.append_child(&card.0)?;
    own(listeners);
    set_state("error")
}

/// Injects the extractor again (`backlinkBotRetry` in popup-start.js) and scores the page anew,
/// with the domain data and profile already loaded.
fn retry() {
    let window = web_sys::window().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
    let field = |name: &str| js_sys::Reflect::get(&window, &name.into()).unwrap_or(JsValue::UNDEFINED);
    let extraction = match field("backlinkBotRetry").dyn_into::<js_sys::Function>() {
        Ok(again) => again.call0(&JsValue::UNDEFINED).unwrap_or_else(|e| e),
        Err(_) => JsValue::UNDEFINED,
    };
    let (domain_data, profile, suffixes) = (field("backlinkBotDomainData"), field("backlinkBotProfile"), field("backlinkBotSuffixes"));
    if let Ok(app) = by_id("app") {
        app.set_text_content(None);
        if let Ok(status) = text("p", "status", &t("analysing_page")) {
            let _ = app.append_child(&status.0);
        }
    }
    let _ = set_state("loading");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = start_popup(extraction, domain_data, profile, suffixes).await {
            web_sys::console::error_1(&e);
        }
    });
}
