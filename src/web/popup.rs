//! The popup: scores the active tab when it opens and draws the Report.
//!
//! States on `<body data-state>`: `loading`, `ready`, `error` (stable hooks for tests). Rows are
//! rendered a page at a time and their explanations only when expanded, so a 20,000-link page
//! stays responsive.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::chrome;
use super::dom::{by_id, document, fixed1, now, score_band, text, El, JsResult};
use crate::intel::{Authority, DomainIntel, Tier};
use crate::report::{LinkKind, LinkReport, Report};
use crate::snapshot::{FrameCounts, Region};
use crate::prospect::suitability::Prospect;
use crate::{popup_report, Profile};

/// Rows drawn per "show more".
const PAGE_SIZE: usize = 100;

/// Why the popup could not score the page, with what to tell the user.
struct Failure {
    kind: &'static str,
    message: String,
    /// Trying again can help (the page may answer now): the card offers a Retry button.
    retry: bool,
}

impl Failure {
    fn new(kind: &'static str, message: impl Into<String>) -> Failure {
        Failure { kind, message: message.into(), retry: false }
    }

    fn with_retry(self) -> Failure {
        Failure { retry: true, ..self }
    }

    /// A wedged page (a busy loop, an open dialog) never ran the extractor in time.
    fn not_responding() -> Failure {
        Failure::new(
            "not-responding",
            "This page is not responding: it may be busy, or showing a dialog (close it first). Click Retry when it has settled.",
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
                format!("This tab shows a page's source code (view-source:), not the page. Open the page itself ({page}) and click the icon again."),
            ));
        }
        if url.starts_with("data:") {
            return Some(Failure::new(
                "data-url",
                "This tab shows a data: URL (a page held in its address), which Chrome does not let extensions read. Open the page itself from its web address and click the icon again.",
            ));
        }
        if url == "about:blank" || url.starts_with("about:blank#") || url.starts_with("about:blank?") || url == "about:srcdoc" {
            return Some(Failure::new("blank-page", "This tab is a blank page (about:blank): there is nothing to analyse. Open a web page and click the icon again."));
        }
        None
    }

    /// Turns Chrome's injection errors into something a user can act on.
    fn from_injection(raw: &str, url: Option<&str>) -> Failure {
        let url = url.unwrap_or("");
        if let Some(failure) = Failure::special_tab(url) {
            failure
        } else if raw.contains("extensions gallery") || is_web_store(url) {
            Failure::new("web-store", "The Chrome Web Store can't be analysed: Chrome protects it from every extension.")
        } else if raw.contains("chrome://") || raw.contains("chrome-extension://") || is_browser_page(url) {
            Failure::new("browser-page", "Browser pages (settings, new tab, chrome://…) can't be analysed. Open a web page and click the icon again.")
        } else if raw.contains("file://") || url.starts_with("file:") {
            Failure::new("file-access", "To analyse local files, turn on \u{201c}Allow access to file URLs\u{201d} for Backlink Bot in chrome://extensions.")
        } else if raw.contains("Cannot access contents of the page") {
            // Chrome names no URL here, and the popup cannot see the tab's URL either (that takes
            // the `tabs` permission): tabs with no web page of their own, or a page that changed
            // since the click. Reloading would not help the former.
            Failure::new(
                "unreadable-tab",
                "Chrome does not let extensions read this tab. If it shows a data: URL, a blank page (about:blank, also what a downloaded PDF leaves behind) or a page's source (view-source:), open the page itself from its web address and click the icon again. If the page changed since your click, just click the icon again.",
            )
        } else if raw.contains("error page") {
            Failure::new("error-page", "This tab shows an error page, not a web page: nothing to analyse.")
        } else if raw.contains("Cannot access") || raw.contains("permission") {
            Failure::new(
                "no-access",
                "Chrome did not let Backlink Bot read this page (PDF viewer, another extension's page, or a page that changed since the click). Reload it and click the icon again.",
            )
        } else {
            Failure::new("unknown", format!("This page can't be analysed: {raw}"))
        }
    }
}

fn is_browser_page(url: &str) -> bool {
    ["chrome:", "chrome-extension:", "chrome-untrusted:", "devtools:", "edge:", "about:", "view-source:", "chrome-search:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
}

fn is_web_store(url: &str) -> bool {
    url.starts_with("https://chromewebstore.google.com/") || url.starts_with("https://chrome.google.com/webstore")
}

/// Entry point called by `popup.js` once the Wasm module is initialised, with the promises
/// `popup-start.js` made: the extraction of the active tab, `{url?, result?, error?}`, and the
/// domain data, `{bytes?: ArrayBuffer, error?}` (neither rejects).
#[wasm_bindgen(js_name = startPopup)]
pub async fn start_popup(extraction: JsValue, domain_data: JsValue, profile: JsValue) -> Result<(), JsValue> {
    super::fault::install();
    super::hooks::load().await;
    set_state("loading")?;
    match score_active_tab(extraction, domain_data, profile).await {
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

async fn score_active_tab(extraction: JsValue, domain_data: JsValue, stored_profile: JsValue) -> Result<(), Failure> {
    let started = now();
    let (profile, profile_problem) = load_profile(stored_profile).await;
    let intel = load_domain_data(domain_data).await;
    let intel_loaded = now();
    // Parse the PSL and the signal tables while the page may still be extracting.
    crate::warm_up();
    let warmed = now();
    // `Promise.resolve` also accepts a missing value (popup-start.js failed): "nothing returned".
    let extraction = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&extraction))
        .await
        .map_err(|e| Failure::new("unknown", format!("Could not read the page: {}", chrome::error_text(&e))))?;
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
        return Err(Failure::new("no-result", "The page returned nothing to analyse (it may still be loading). Try again in a moment.").with_retry());
    }
    let extracted = now();
    super::hooks::panic_point("popup-analyse");
    let snapshot = super::snapshot_from_js(&value).map_err(|e| Failure::new("bad-snapshot", chrome::error_text(&JsValue::from(e))))?;
    let today = super::today();
    let report = popup_report(&snapshot, &profile, intel.as_ref().ok(), today).map_err(|r| Failure::new(r.id(), r.message()))?;
    let analyzed = now();
    let report = Rc::new(report);
    render(report.clone(), intel.as_ref().err().map(String::as_str), profile_problem.as_deref()).map_err(|e| Failure::new("render", format!("Could not draw the report: {}", chrome::error_text(&e))))?;
    // Timings for the benchmark (read by tests/e2e/bench.mjs); harmless for users.
    if let Ok(body) = body() {
        let ms = |a: f64, b: f64| fixed1(b - a);
        let _ = body.set_attribute("data-start-ms", &fixed1(started));
        let _ = body.set_attribute("data-domain-data-ms", &ms(started, intel_loaded));
        let _ = body.set_attribute("data-warm-up-ms", &ms(intel_loaded, warmed));
        let _ = body.set_attribute("data-wait-ms", &ms(warmed, extracted));
        let _ = body.set_attribute("data-analyze-ms", &ms(extracted, analyzed));
        let _ = body.set_attribute("data-render-ms", &ms(analyzed, now()));
        let _ = body.set_attribute("data-ready-ms", &fixed1(now()));
        // The date the prospect was judged on: `backlink-bot analyze --today` replays it.
        let _ = body.set_attribute("data-today", &crate::opportunity::time::format_date(today));
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

fn show_failure(failure: &Failure) -> JsResult<()> {
    let app = by_id("app")?;
    app.set_text_content(None);
    let mut card = El::new("section")?
        .class("card error")
        .attr("role", "alert")?
        .attr("data-error", failure.kind)?
        .child(text("h2", "", "Can't analyse this page")?)?
        .child(text("p", "error-message", &failure.message)?)?;
    if failure.retry {
        let button = El::new("button")?.class("retry").attr("id", "retry")?.attr("type", "button")?.text("Retry");
        EventListener::new(&button.0, "click", |_| retry()).forget();
        card = card.child(button)?;
    }
    app.append_child(&card.0)?;
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
    let (domain_data, profile) = (field("backlinkBotDomainData"), field("backlinkBotProfile"));
    if let Ok(app) = by_id("app") {
        app.set_text_content(None);
        if let Ok(status) = text("p", "status", "Analysing this page…") {
            let _ = app.append_child(&status.0);
        }
    }
    let _ = set_state("loading");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = start_popup(extraction, domain_data, profile).await {
            web_sys::console::error_1(&e);
        }
    });
}

/// Which rows a filter shows.
#[derive(Clone, Copy, PartialEq)]
enum Filter {
    All,
    Followed,
    NotFollowed,
    Internal,
}

impl Filter {
    const ALL: [(Filter, &'static str, &'static str); 4] = [
        (Filter::All, "all", "All"),
        (Filter::Followed, "followed", "Followed"),
        (Filter::NotFollowed, "not-followed", "Nofollow · sponsored · ugc"),
        (Filter::Internal, "internal", "Internal"),
    ];

    fn admits(self, link: &LinkReport) -> bool {
        match self {
            Filter::All => true,
            Filter::Followed => link.kind == LinkKind::External && link.followed,
            Filter::NotFollowed => link.kind == LinkKind::External && !link.followed,
            Filter::Internal => link.kind == LinkKind::Internal,
        }
    }

    fn count(self, report: &Report) -> u32 {
        let s = &report.summary;
        match self {
            Filter::All => s.total,
            Filter::Followed => s.followed,
            Filter::NotFollowed => s.external - s.followed,
            Filter::Internal => s.internal,
        }
    }
}

/// What the list currently shows.
struct ListState {
    report: Rc<Report>,
    /// Positions in `report.links` admitted by the filter.
    rows: Vec<usize>,
    shown: usize,
}

fn render(report: Rc<Report>, domain_data_error: Option<&str>, profile_problem: Option<&str>) -> JsResult<()> {
    let app = by_id("app")?;
    app.set_text_content(None);
    if let Ok(title) = by_id("page-title") {
        let label = if report.page.title.trim().is_empty() { &report.page.host } else { &report.page.title };
        title.set_text_content(Some(label));
        title.set_attribute("title", &report.page.url)?;
    }
    if let (Ok(badge), Some(authority)) = (by_id("page-authority"), report.page.authority) {
        badge.set_text_content(Some(&format!("{}: {}", report.page.site, authority_label(authority))));
        badge.set_attribute("data-authority", authority.tier.id())?;
        badge.set_attribute("class", &format!("page-authority tier-{}", authority.tier.id()))?;
        badge.remove_attribute("hidden")?;
    }
    if let Some(prospect) = &report.prospect {
        app.append_child(&prospect_card(prospect, profile_problem)?.0)?;
    }
    app.append_child(&El::new("div")?.attr("id", "save-slot")?.0)?;
    app.append_child(&summary_card(&report)?.0)?;
    if let Some(error) = domain_data_error {
        let note = format!("Domain data unavailable ({error}): authority tiers and bad neighbourhoods are not judged.");
        app.append_child(&text("p", "notice", &note)?.attr("data-notice", "no-domain-data")?.0)?;
    }

    let list = El::new("ol")?.class("link-list").attr("id", "link-list")?;
    let more = El::new("button")?.class("more").attr("id", "more")?.attr("type", "button")?;
    let filter_group = El::new("div")?.class("filters").attr("role", "group")?.attr("aria-label", "Filter links")?;
    let filters = filter_group.0.clone();
    let card = El::new("section")?
        .class("card links")
        .attr("id", "links")?
        .child(text("h2", "", "Links, best first")?)?
        .child(filter_group)?;
    card.0.append_child(&list.0)?;
    card.0.append_child(&more.0)?;
    app.append_child(&card.0)?;

    let state = Rc::new(RefCell::new(ListState { report: report.clone(), rows: Vec::new(), shown: 0 }));
    for (filter, id, label) in Filter::ALL {
        let button = El::new("button")?
            .class("filter")
            .attr("type", "button")?
            .attr("data-filter", id)?
            .attr("aria-pressed", if filter == Filter::All { "true" } else { "false" })?
            .text(&format!("{label} ({})", filter.count(&report)));
        let (state, list, more, group) = (state.clone(), list.0.clone(), more.0.clone(), filters.clone());
        EventListener::new(&button.0, "click", move |event| {
            let pressed = event.current_target().and_then(|t| t.dyn_into::<Element>().ok());
            let _ = apply_filter(&state, filter, &list, &more).and_then(|_| mark_pressed(&group, pressed.as_ref()));
        })
        .forget();
        filters.append_child(&button.0)?;
    }
    {
        let (state, list_el, more_el) = (state.clone(), list.0.clone(), more.0.clone());
        EventListener::new(&more.0, "click", move |_| {
            let _ = show_more(&state, &list_el, &more_el);
        })
        .forget();
    }
    {
        // `toggle` does not bubble: listen in the capture phase, once for the whole list.
        let report = report.clone();
        EventListener::new_with_options(&list.0, "toggle", EventListenerOptions::run_in_capture_phase(), move |event| {
            if let Some(details) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = fill_explanation(&report, &details);
            }
        })
        .forget();
    }
    apply_filter(&state, Filter::All, &list.0, &more.0)
}

fn mark_pressed(filters: &Element, pressed: Option<&Element>) -> JsResult<()> {
    let buttons = filters.children();
    for i in 0..buttons.length() {
        if let Some(button) = buttons.item(i) {
            let on = pressed.is_some_and(|p| p == &button);
            button.set_attribute("aria-pressed", if on { "true" } else { "false" })?;
        }
    }
    Ok(())
}

fn apply_filter(state: &Rc<RefCell<ListState>>, filter: Filter, list: &Element, more: &Element) -> JsResult<()> {
    {
        let mut s = state.borrow_mut();
        let rows = s.report.links.iter().enumerate().filter(|(_, l)| filter.admits(l)).map(|(i, _)| i).collect();
        s.rows = rows;
        s.shown = 0;
    }
    list.set_text_content(None);
    list.set_attribute("data-filter", match filter {
        Filter::All => "all",
        Filter::Followed => "followed",
        Filter::NotFollowed => "not-followed",
        Filter::Internal => "internal",
    })?;
    if state.borrow().rows.is_empty() {
        let message = if filter == Filter::All { "This page has no links." } else { "No links match this filter." };
        list.append_child(&text("li", "empty", message)?.attr("data-notice", "no-links")?.0)?;
    }
    show_more(state, list, more)
}

fn show_more(state: &Rc<RefCell<ListState>>, list: &Element, more: &Element) -> JsResult<()> {
    let mut s = state.borrow_mut();
    let end = (s.shown + PAGE_SIZE).min(s.rows.len());
    let fragment = document()?.create_document_fragment();
    for &pos in s.rows.get(s.shown..end).unwrap_or_default() {
        if let Some(link) = s.report.links.get(pos) {
            fragment.append_child(&link_row(link, pos)?.0)?;
        }
    }
    list.append_child(&fragment)?;
    s.shown = end;
    let left = s.rows.len() - end;
    more.set_text_content(Some(&format!("Show {} more ({left} left)", left.min(PAGE_SIZE))));
    more.toggle_attribute_with_force("hidden", left == 0)?;
    Ok(())
}

fn region_label(region: Region) -> &'static str {
    match region {
        Region::Main => "content",
        Region::Nav => "nav",
        Region::Header => "header",
        Region::Footer => "footer",
        Region::Aside => "sidebar",
        Region::Comments => "comments",
        Region::Body | Region::Other => "other",
    }
}

fn kind_label(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Internal => "internal",
        LinkKind::External => "external",
        LinkKind::Mailto => "mailto",
        LinkKind::Tel => "tel",
        LinkKind::Javascript => "javascript",
        LinkKind::Fragment => "#fragment",
        LinkKind::Empty => "empty href",
        LinkKind::Other => "other",
    }
}

fn authority_label(authority: Authority) -> String {
    match authority.score {
        Some(score) => format!("{}, authority {score}", authority.tier.label()),
        None => authority.tier.label().to_string(),
    }
}

fn badge(label: &str, kind: &str) -> JsResult<El> {
    text("span", &format!("badge badge-{kind}"), label)
}

fn link_row(link: &LinkReport, pos: usize) -> JsResult<El> {
    let row = El::new("li")?
        .class("link-row")
        .attr("data-pos", &pos.to_string())?
        .attr("data-index", &link.index.to_string())?
        .attr("data-href", &link.href)?
        .attr("data-rel", &link.rel)?
        .attr("data-kind", kind_label(link.kind))?
        .attr("data-region", region_label(link.region))?
        .attr("data-followed", if link.followed { "true" } else { "false" })?;
    let row = match link.score {
        Some(score) => row.attr("data-score", &score.to_string())?,
        None => row,
    };
    let row = if link.hidden { row.attr("data-hidden", "true")? } else { row };
    let row = match link.authority {
        Some(authority) => row.attr("data-authority", authority.tier.id())?,
        None => row,
    };
    let categories: Vec<&str> = link.categories.iter().map(|c| c.id()).collect();
    let row = row.attr("data-categories", &categories.join(" "))?;

    let score = match link.score {
        Some(score) => text("span", &format!("score score-{}", score_band(score)), &score.to_string())?.attr("title", "Link score (0–100)")?,
        None => text("span", "score score-none", "–")?.attr("title", "Not scored: not an external web link")?,
    };
    let anchor = if link.anchor.is_empty() { text("span", "anchor anchor-empty", "(no anchor text)")? } else { text("span", "anchor", &link.anchor)? };
    let target = if link.domain.is_empty() { kind_label(link.kind) } else { &link.domain };
    let mut badges = vec![];
    if link.kind.is_web() {
        if link.sponsored {
            badges.push(badge("sponsored", "sponsored"));
        }
        if link.nofollow {
            badges.push(badge("nofollow", "nofollow"));
        }
        if link.ugc {
            badges.push(badge("ugc", "ugc"));
        }
        if link.followed {
            badges.push(badge("follow", "follow"));
        } else if !(link.sponsored || link.nofollow || link.ugc) {
            badges.push(badge("nofollow (page)", "nofollow"));
        }
    }
    badges.push(badge(region_label(link.region), "region"));
    if let Some(authority) = link.authority.filter(|a| a.tier != Tier::Unranked) {
        badges.push(Ok(badge(authority.tier.label(), "tier")?.attr("title", &authority_label(authority))?));
    }
    for category in link.categories.iter() {
        badges.push(badge(category.label(), "category"));
    }
    if link.hidden {
        badges.push(badge("hidden", "hidden"));
    }
    let summary = El::new("summary")?
        .child(score)?
        .child(El::new("span")?.class("what").child(anchor)?.child(text("span", "domain", target)?)?)?
        .child(El::new("span")?.class("badges").children(badges)?)?;
    let details = El::new("details")?.child(summary)?.child(El::new("div")?.class("explain"))?;
    row.child(details)
}

/// Draws a row's explanation the first time it is opened.
fn fill_explanation(report: &Report, details: &Element) -> JsResult<()> {
    let Some(row) = details.closest("li.link-row")? else { return Ok(()) };
    let Some(explain) = details.query_selector(".explain")? else { return Ok(()) };
    if explain.has_attribute("data-filled") {
        return Ok(());
    }
    let Some(link) = row.get_attribute("data-pos").and_then(|p| p.parse::<usize>().ok()).and_then(|p| report.links.get(p)) else {
        return Ok(());
    };
    explain.set_attribute("data-filled", "true")?;
    explain.append_child(&text("p", "href", &link.href)?.0)?;
    if link.contributions.is_empty() {
        let why = if link.kind == LinkKind::Internal { "Internal link: links to your own site are not scored." } else { "Not a web destination: not scored." };
        explain.append_child(&text("p", "note", why)?.0)?;
        return Ok(());
    }
    let table = El::new("table")?.class("contributions");
    let head = El::new("tr")?.children([text("th", "", "Signal"), text("th", "num", "Points"), text("th", "", "Observed"), text("th", "", "Why")])?;
    let table = table.child(head)?;
    for c in &link.contributions {
        let title = report.signals.iter().find(|s| s.id == c.signal).map(|s| s.title.as_ref()).unwrap_or(c.signal.as_ref());
        let points = if c.weight > 0 { format!("+{}", c.weight) } else { c.weight.to_string() };
        let sign = if c.weight > 0 { "num plus" } else if c.weight < 0 { "num minus" } else { "num" };
        let tr = El::new("tr")?
            .attr("data-signal", &c.signal)?
            .children([text("td", "signal", title), text("td", sign, &points), text("td", "value", &c.value), text("td", "reason", &c.reason)])?;
        table.0.append_child(&tr.0)?;
    }
    let total = link.score.map(|s| s.to_string()).unwrap_or_default();
    let foot = El::new("tr")?.class("total").children([text("td", "", "Score"), text("td", "num", &total), text("td", "", "clamped to 0–100"), text("td", "", "")])?;
    table.0.append_child(&foot.0)?;
    explain.append_child(&table.0)?;
    Ok(())
}

fn summary_card(report: &Report) -> JsResult<El> {
    let s = &report.summary;
    let p = &s.placement;
    let stat = |label: &str, value: u32, key: &str| -> JsResult<El> {
        El::new("div")?.class("stat").attr("data-stat", key)?.child(text("span", "value", &value.to_string())?)?.child(text("span", "label", label)?)
    };
    let card = El::new("section")?
        .class("card summary")
        .attr("id", "summary")?
        .attr("data-total", &s.total.to_string())?
        .attr("data-internal", &s.internal.to_string())?
        .attr("data-external", &s.external.to_string())?
        .attr("data-other", &s.other.to_string())?
        .attr("data-followed", &s.followed.to_string())?
        .attr("data-nofollow", &s.nofollow.to_string())?
        .attr("data-sponsored", &s.sponsored.to_string())?
        .attr("data-ugc", &s.ugc.to_string())?
        .attr("data-hidden", &s.hidden.to_string())?
        .attr("data-unique-domains", &s.unique_external_domains.to_string())?
        .child(text("h2", "", "Outbound link profile")?)?
        .child(El::new("div")?.class("stats").children([
            stat("links", s.total, "total"),
            stat("internal", s.internal, "internal"),
            stat("external", s.external, "external"),
            stat("ext. domains", s.unique_external_domains, "unique-domains"),
            stat("followed ext.", s.followed, "followed"),
            stat("nofollow", s.nofollow, "nofollow"),
            stat("sponsored", s.sponsored, "sponsored"),
            stat("ugc", s.ugc, "ugc"),
            stat("hidden", s.hidden, "hidden"),
        ])?)?;
    let placement = format!(
        "In content {} · navigation {} · header {} · footer {} · sidebar {} · comments {} · elsewhere {}",
        p.content, p.nav, p.header, p.footer, p.sidebar, p.comments, p.other
    );
    let mut card = card.child(text("p", "placement", &placement)?.attr("data-stat", "placement")?)?;
    if s.other > 0 {
        card = card.child(text("p", "note", &format!("{} links go nowhere on the web (mailto:, tel:, javascript:, #fragments, empty).", s.other))?)?;
    }
    if report.page.robots_nofollow {
        card = card.child(text("p", "notice", "This page's robots meta says nofollow: none of its links pass ranking credit.")?.attr("data-notice", "robots-nofollow")?)?;
    }
    if !s.categories.is_empty() {
        let listed: Vec<String> = s.categories.iter().filter(|c| c.links > 0).map(|c| format!("{} {}", c.label, c.links)).collect();
        let line = if listed.is_empty() {
            "No links into listed bad neighbourhoods.".to_string()
        } else {
            format!("Links into bad neighbourhoods: {}", listed.join(" · "))
        };
        let mut p = text("p", if listed.is_empty() { "note" } else { "notice" }, &line)?.attr("data-stat", "categories")?;
        for c in &s.categories {
            p = p.attr(&format!("data-category-{}", c.category.id()), &c.links.to_string())?;
        }
        card = card.child(p)?;
    }
    if let Some(line) = frames_line(&report.page.frames) {
        let f = &report.page.frames;
        card = card.child(
            text("p", "note", &line)?
                .attr("data-notice", "frames")?
                .attr("data-frames", &f.frames.to_string())?
                .attr("data-frame-links", &f.links.to_string())?
                .attr("data-frames-unread", &f.unread().to_string())?,
        )?;
    }
    if report.page.capped {
        let note = format!("Huge page: analysed the first {} of {} links.", report.page.links_analyzed, report.page.links_found);
        card = card.child(text("p", "notice", &note)?.attr("data-notice", "capped")?)?;
    }
    Ok(card)
}

/// The sentence about links inside frames (another document's), or None when there is nothing
/// to say (no frames, or only readable frames without links).
fn frames_line(f: &FrameCounts) -> Option<String> {
    let plural = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = vec![];
    if f.links > 0 {
        let verb = if f.links == 1 { "is" } else { "are" };
        parts.push(format!("{} inside {} {verb} not part of this page's link profile.", plural(f.links, "link", "links"), plural(f.with_links, "frame", "frames")));
    }
    let unread = f.unread();
    if unread > 0 {
        let (verb, their) = if unread == 1 { ("shows", "its") } else { ("show", "their") };
        parts.push(format!("{} {verb} another site that can't be read: {their} links are not counted.", plural(unread, "frame", "frames")));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The prospect card: score, verdict, the pitch, opportunity types with their evidence, contacts
/// to copy, and the strongest reasons either way.
fn prospect_card(p: &Prospect, profile_problem: Option<&str>) -> JsResult<El> {
    let kinds: Vec<&str> = p.opportunities.iter().map(|o| o.kind.id()).collect();
    let head = El::new("div")?
        .class("prospect-head")
        .child(text("span", &format!("score score-{}", score_band(p.score)), &p.score.to_string())?.attr("title", "Prospect score (0–100)")?)?
        .child(text("span", "verdict", p.verdict.label())?)?;
    let mut card = El::new("section")?
        .class("card prospect")
        .attr("id", "prospect")?
        .attr("data-prospect-score", &p.score.to_string())?
        .attr("data-verdict", p.verdict.id())?
        .attr("data-opportunities", &kinds.join(" "))?
        .child(text("h2", "", "Prospect for your site")?)?
        .child(head)?
        .child(text("p", "angle", &p.angle)?)?;
    if !p.opportunities.is_empty() {
        let list = El::new("ul")?.class("opportunities");
        for o in &p.opportunities {
            let item = El::new("li")?
                .attr("data-opportunity", o.kind.id())?
                .child(text("span", "badge badge-opportunity", o.kind.label())?)?
                .child(text("span", "evidence", &o.evidence)?)?;
            list.0.append_child(&item.0)?;
        }
        card = card.child(list)?;
    }
    let c = &p.contacts;
    let contacts = El::new("div")?.class("contacts").attr("id", "contacts")?;
    let mut any = false;
    for (kind, values) in [("email", &c.emails), ("contact-page", &c.contact_pages), ("social", &c.social)] {
        for v in values.iter().take(5) {
            contacts.0.append_child(&text("span", "contact", v)?.attr("data-contact", kind)?.0)?;
            any = true;
        }
    }
    if let Some(author) = &c.author {
        contacts.0.append_child(&text("span", "contact", &format!("by {author}"))?.attr("data-contact", "author")?.0)?;
        any = true;
    }
    if !any {
        contacts.0.append_child(&text("span", "note", "No contact found on this page.")?.0)?;
    }
    card = card.child(contacts)?;

    // The strongest reasons either way (the base is not a reason).
    let mut reasons: Vec<_> = p.contributions.iter().filter(|c| c.signal != crate::prospect::factors::base::FACTOR.id && c.weight != 0).collect();
    reasons.sort_by_key(|c| std::cmp::Reverse(c.weight.abs()));
    let list = El::new("ul")?.class("reasons");
    for r in reasons.iter().take(6) {
        let points = if r.weight > 0 { format!("+{}", r.weight) } else { r.weight.to_string() };
        let item = El::new("li")?
            .attr("data-signal", &r.signal)?
            .child(text("span", if r.weight > 0 { "num plus" } else { "num minus" }, &points)?)?
            .child(text("span", "reason", &r.reason)?)?;
        list.0.append_child(&item.0)?;
    }
    card = card.child(list)?;
    if !p.not_judged.is_empty() || profile_problem.is_some() {
        let why = match profile_problem {
            Some(problem) => format!("Your profile could not be used ({problem}). Not judged: {}.", p.not_judged.join(", ")),
            None => format!("Not judged without your site's details: {}.", p.not_judged.join(", ")),
        };
        let note = El::new("p")?
            .class("notice")
            .attr("data-notice", "no-profile")?
            .child(El::new("span")?.text(&format!("{why} ")))?
            .child(El::new("a")?.attr("href", "options.html")?.attr("target", "_blank")?.text("Set up your site"))?;
        card = card.child(note)?;
    }
    Ok(card)
}
