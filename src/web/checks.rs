//! The link checker (issue 16): its own Wasm module (cargo feature `link-checks`,
//! `pkg/backlink_bot_checks*`), loaded by the popup only when the user clicks *Check links* and
//! has granted host access, so the popup stays as small and quick as before for everyone else.
//!
//! It fetches from this extension page (never from the visited page), with no cookies, HEAD
//! first and GET when HEAD is refused, each request given up after 10 s, in the order and at the
//! pace `linkcheck::schedule` allows; it judges nothing itself (`linkcheck::classify`,
//! `linkcheck::summarise`) and draws the answers into the popup's `#link-checks` slot and its
//! link rows (`[data-index]` get `data-check`). Answers are kept per URL in
//! `chrome.storage.session` (until the browser closes), so a second check asks nobody again.
//! With the optional `webRequest` permission it also sees the redirect chain and the network
//! error (a dead host is `net::ERR_NAME_NOT_RESOLVED`); without it a failed request is unknown.
//!
//! Hooks: `#link-checks[data-check-state]` (`running`, `done`, `cancelled`, `error`),
//! `data-checked`, `data-broken`; `#check-results li[data-url][data-status]`;
//! `#broken-opportunities li[data-link-index]`; `[data-action=cancel-checks]`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use hashbrown::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::chrome::error_text;
use super::dom::{by_id, document, text, El};
use super::i18n::{t, tr};
use crate::linkcheck::schedule::{Next, Scheduler, MAX_WAIT_MS, TIMEOUT_MS};
use crate::linkcheck::{classify, retry_after_ms, retry_with_get, summarise, CheckInput, CheckResult, Outcome, Status};

/// Prefix of the session cache's keys.
const CACHE: &str = "linkcheck:";
/// Characters of a won page read (a hostile page can be any size).
const MAX_PAGE_CHARS: u32 = 5_000_000;
/// Links of a won page looked at.
const MAX_PAGE_LINKS: u32 = 20_000;
/// How many 20 ms rounds an answer waits for webRequest's last redirect or error event (1 s).
const CHAIN_WAIT_ROUNDS: u32 = 50;

thread_local! {
    /// Set by Cancel: the loop stops and the requests in flight are aborted.
    static CANCELLED: Cell<bool> = const { Cell::new(false) };
    static IN_FLIGHT: RefCell<Vec<web_sys::AbortController>> = const { RefCell::new(Vec::new()) };
}

/// What webRequest saw (when permitted): redirects (from → to) and network errors, by URL.
#[derive(Default)]
struct Seen {
    redirects: HashMap<String, String>,
    errors: HashMap<String, String>,
    /// Whether the listeners are on (without the permission no chain ever comes).
    listening: bool,
}

/// Entry point (popup.js): checks the links of `snapshot` (the page as read) that `picks` names
/// (`linkcheck::Picks` as JSON, from the popup's Report) and draws the answers; the tab's
/// highlighter (when `tab` is given) learns which links are broken.
#[wasm_bindgen(js_name = runLinkChecks)]
pub async fn run_link_checks(snapshot: JsValue, picks: String, tab: Option<i32>) -> Result<(), JsValue> {
    super::fault::install();
    let slot = by_id("link-checks")?;
    let picks: crate::linkcheck::Picks = serde_json::from_str(&picks).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let snapshot = super::snapshot_from_js(&snapshot)?;
    let input = crate::linkcheck::input_from(&snapshot, &picks);
    drop(snapshot);
    if input.links.is_empty() {
        slot.set_attribute("data-check-state", "done")?;
        slot.set_attribute("data-checked", "0")?;
        slot.set_text_content(Some(&t("check_no_links")));
        return Ok(());
    }
    CANCELLED.with(|c| c.set(false));
    slot.set_text_content(None);
    slot.set_attribute("data-check-state", "running")?;
    let (row, cancelled) = progress_row(input.links.len())?;
    slot.append_child(&row.0)?;

    let mut results = cached(&input).await;
    let seen = Rc::new(RefCell::new(Seen::default()));
    let listeners = listen_web_request(&seen);
    let fresh: Vec<&str> = input.links.iter().map(|l| l.url.as_str()).filter(|u| !results.iter().any(|r| r.url == *u)).collect();
    let answered = run(&fresh, &seen, &row.0, input.links.len(), results.len()).await;
    drop(listeners);
    drop(cancelled);
    store(&answered).await;
    results.extend(answered);
    row.0.remove();
    let was_cancelled = CANCELLED.with(Cell::get);
    draw(&slot, &input, &results, was_cancelled)?;
    if let Some(tab) = tab {
        let broken: Vec<u32> = input.links.iter().filter(|l| results.iter().any(|r| r.url == l.url && r.status.is_broken())).map(|l| l.index).collect();
        tell_highlighter(tab, &broken).await;
    }
    Ok(())
}

/// The highlighter in the page (injected if it is not there yet; it only listens until turned
/// on) keeps the broken links' indices and outlines them as broken while highlighting is on. A
/// page that refuses scripts just goes without.
async fn tell_highlighter(tab: i32, broken: &[u32]) {
    if super::chrome::inject(tab, "highlight.js").await.is_err() {
        return;
    }
    let indices = js_sys::Array::new();
    for i in broken {
        indices.push(&JsValue::from(*i));
    }
    let message = super::chrome::object(&[("backlinkBotHighlight", "checked".into()), ("broken", indices.into())]);
    let _ = super::chrome::send_to_tab(tab, &message).await;
}

/// A progress bar, "Checking links: 0 of N…" and Cancel (which stops the loop and aborts the
/// requests in flight), with Cancel's listener.
fn progress_row(total: usize) -> Result<(El, EventListener), JsValue> {
    let progress = El::new("progress")?.attr("max", &total.max(1).to_string())?.attr("value", "0")?.attr("aria-label", &t("check_progress_label"))?;
    let line = text("span", "check-line", &tr("check_progress", &["0", &total.to_string()]))?;
    let cancel = El::new("button")?.attr("type", "button")?.attr("data-action", "cancel-checks")?.text(&t("check_cancel"));
    let cancelled = EventListener::new(&cancel.0, "click", |_| {
        CANCELLED.with(|c| c.set(true));
        IN_FLIGHT.with(|f| f.borrow().iter().for_each(web_sys::AbortController::abort));
    });
    Ok((El::new("p")?.class("check-progress").child(progress)?.child(line)?.child(cancel)?, cancelled))
}

/// Moves the progress row to `done` of `total`.
fn show_progress(row: &Element, done: usize, total: usize) {
    if let Ok(Some(bar)) = row.query_selector("progress") {
        let _ = bar.set_attribute("value", &done.to_string());
    }
    if let Ok(Some(line)) = row.query_selector(".check-line") {
        line.set_text_content(Some(&tr("check_progress", &[&done.to_string(), &total.to_string()])));
    }
}

/// Answers already in the session cache for the input's URLs.
async fn cached(input: &CheckInput) -> Vec<CheckResult> {
    let keys = js_sys::Array::new();
    for link in &input.links {
        keys.push(&JsValue::from_str(&format!("{CACHE}{}", link.url)));
    }
    let Some(got) = session_call("get", &keys.into()).await else { return Vec::new() };
    let Some(object) = got.dyn_ref::<js_sys::Object>() else { return Vec::new() };
    js_sys::Object::values(object).iter().filter_map(|v| v.as_string()).filter_map(|json| serde_json::from_str(&json).ok()).collect()
}

/// Keeps `results` for the session (a failed write only costs a second request later).
async fn store(results: &[CheckResult]) {
    let items = js_sys::Object::new();
    for r in results {
        if let Ok(json) = serde_json::to_string(r) {
            let _ = js_sys::Reflect::set(&items, &JsValue::from_str(&format!("{CACHE}{}", r.url)), &JsValue::from_str(&json));
        }
    }
    let _ = session_call(if results.is_empty() { "get" } else { "set" }, &items.into()).await;
}

/// `chrome.storage.session[method](arg)`, awaited; `None` on any failure.
async fn session_call(method: &str, arg: &JsValue) -> Option<JsValue> {
    let chrome = js_sys::Reflect::get(&js_sys::global(), &"chrome".into()).ok()?;
    let session = js_sys::Reflect::get(&js_sys::Reflect::get(&chrome, &"storage".into()).ok()?, &"session".into()).ok()?;
    let f: js_sys::Function = js_sys::Reflect::get(&session, &method.into()).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = f.call1(&session, arg).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// A listener on `chrome.webRequest.<event>` for requests outside tabs (ours), removed on drop.
struct WebRequestListener {
    event: JsValue,
    callback: Closure<dyn FnMut(JsValue)>,
}

impl Drop for WebRequestListener {
    fn drop(&mut self) {
        if let Ok(remove) = js_sys::Reflect::get(&self.event, &"removeListener".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
            let _ = remove.call1(&self.event, self.callback.as_ref());
        }
    }
}

/// Redirects and network errors from webRequest, when the user granted it (else nothing).
fn listen_web_request(seen: &Rc<RefCell<Seen>>) -> Vec<WebRequestListener> {
    let Some(web_request) = js_sys::Reflect::get(&js_sys::global(), &"chrome".into()).ok().and_then(|c| js_sys::Reflect::get(&c, &"webRequest".into()).ok()).filter(|w| !w.is_undefined()) else {
        return Vec::new();
    };
    let filter = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&filter, &"urls".into(), &js_sys::Array::of1(&"<all_urls>".into()));
    let _ = js_sys::Reflect::set(&filter, &"tabId".into(), &JsValue::from(-1));
    let mut out = Vec::new();
    for (name, field) in [("onBeforeRedirect", "redirectUrl"), ("onErrorOccurred", "error")] {
        let Ok(event) = js_sys::Reflect::get(&web_request, &name.into()) else { continue };
        let seen = seen.clone();
        let callback = Closure::<dyn FnMut(JsValue)>::new(move |details: JsValue| {
            let get = |key: &str| js_sys::Reflect::get(&details, &key.into()).ok().and_then(|v| v.as_string());
            if let (Some(url), Some(value)) = (get("url"), get(field)) {
                let mut seen = seen.borrow_mut();
                if field == "error" { seen.errors.insert(url, value) } else { seen.redirects.insert(url, value) };
            }
        });
        let added = js_sys::Reflect::get(&event, &"addListener".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()).map(|f| f.call2(&event, callback.as_ref(), &filter));
        if matches!(added, Some(Ok(_))) {
            out.push(WebRequestListener { event, callback });
        }
    }
    seen.borrow_mut().listening = !out.is_empty();
    out
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, i32::try_from(ms.clamp(0, MAX_WAIT_MS)).unwrap_or(0));
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// Runs the scheduler over `urls` until every one has its answer (or Cancel), drawing progress.
async fn run(urls: &[&str], seen: &Rc<RefCell<Seen>>, row: &Element, total: usize, already: usize) -> Vec<CheckResult> {
    let skipped = |url| CheckResult { url, status: Status::Unknown, http: None, final_url: None, chain: Vec::new(), error: Some(t("check_host_stopped")) };
    drive(urls, row, total, already, skipped, |url, scheduler| {
        let seen = seen.clone();
        async move {
            let (status, outcome) = check_one(&url, &seen).await;
            let status = settle(&scheduler, &url, status, &outcome)?;
            Some(CheckResult { url, status, http: outcome.status, final_url: outcome.final_url, chain: outcome.chain, error: outcome.error })
        }
    })
    .await
}

/// The one loop both checks share: asks the scheduler what may start, starts it as `job`, and
/// returns once every job has finished (or at Cancel). `job` gets the URL and the scheduler (to
/// [`settle`] with) and gives its answer, or `None` when the URL went back in the queue; a host
/// the scheduler stopped gets `skipped`. A job may still be writing after the scheduler is done
/// with its URL (a won page's record), so the loop waits for the jobs, not only the scheduler.
async fn drive<T, F>(urls: &[&str], row: &Element, total: usize, already: usize, skipped: impl Fn(String) -> T, job: impl Fn(String, Rc<RefCell<Scheduler>>) -> F) -> Vec<T>
where
    T: 'static,
    F: std::future::Future<Output = Option<T>> + 'static,
{
    let scheduler = Rc::new(RefCell::new(Scheduler::new(urls.iter().copied())));
    let answers: Rc<RefCell<Vec<T>>> = Rc::new(RefCell::new(Vec::new()));
    let running = Rc::new(Cell::new(0_usize));
    while !CANCELLED.with(Cell::get) {
        let next = scheduler.borrow_mut().next(now());
        match next {
            Next::Start(url) => {
                let (answers, running, work) = (answers.clone(), running.clone(), job(url, scheduler.clone()));
                running.set(running.get() + 1);
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(answer) = work.await {
                        answers.borrow_mut().push(answer);
                    }
                    running.set(running.get() - 1);
                });
            }
            Next::Skip(url) => answers.borrow_mut().push(skipped(url)),
            Next::Wait(at) => sleep((at - now()).min(100)).await,
            Next::Busy => sleep(20).await,
            Next::Done if running.get() > 0 => sleep(20).await,
            Next::Done => break,
        }
        show_progress(row, already + answers.borrow().len(), total);
    }
    // At Cancel, jobs still in flight push into a list nobody reads any more.
    let out = std::mem::take(&mut *answers.borrow_mut());
    out
}

/// Tells the scheduler a request ended (honouring `Retry-After`): the URL's final status, or
/// `None` when it is to be asked again later.
fn settle(scheduler: &RefCell<Scheduler>, url: &str, status: Status, outcome: &Outcome) -> Option<Status> {
    let wait = outcome.retry_after.as_deref().and_then(|v| retry_after_ms(v, now(), MAX_WAIT_MS));
    scheduler.borrow_mut().finished(url, status, wait, now())
}

/// HEAD, then GET when the server refuses or misreports HEAD.
async fn check_one(url: &str, seen: &Rc<RefCell<Seen>>) -> (Status, Outcome) {
    let mut outcome = fetch(url, "HEAD", seen).await;
    if outcome.status.is_some_and(retry_with_get) {
        outcome = fetch(url, "GET", seen).await;
    }
    (classify(&outcome), outcome)
}

/// One request, no cookies, redirects followed, given up after [`TIMEOUT_MS`].
async fn fetch(url: &str, method: &str, seen: &Rc<RefCell<Seen>>) -> Outcome {
    request(url, method, seen, false).await.0
}

/// [`fetch`], and with `body` the page's text (at most [`MAX_PAGE_CHARS`]) when it answered 2xx.
async fn request(url: &str, method: &str, seen: &Rc<RefCell<Seen>>, body: bool) -> (Outcome, Option<String>) {
    let Some(window) = web_sys::window() else { return (Outcome { error: Some("no window".into()), ..Outcome::default() }, None) };
    let Ok(controller) = web_sys::AbortController::new() else { return (Outcome { error: Some("no AbortController".into()), ..Outcome::default() }, None) };
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (flag, aborter) = (timed_out.clone(), controller.clone());
        Closure::once_into_js(move || {
            flag.set(true);
            aborter.abort();
        })
    };
    let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.unchecked_ref(), TIMEOUT_MS as i32).unwrap_or(0);
    IN_FLIGHT.with(|f| f.borrow_mut().push(controller.clone()));
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_redirect(web_sys::RequestRedirect::Follow);
    init.set_cache(web_sys::RequestCache::NoStore);
    init.set_signal(Some(&controller.signal()));
    let answer = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(url, &init)).await;
    // The page's text, read under the same timeout (a body that never ends is given up too).
    let mut text = None;
    if let Some(response) = answer.as_ref().ok().and_then(|r| r.dyn_ref::<web_sys::Response>()).filter(|r| body && r.ok()) {
        if let Ok(promise) = response.text() {
            text = wasm_bindgen_futures::JsFuture::from(promise).await.ok().map(|t| js_sys::JsString::from(t).slice(0, MAX_PAGE_CHARS)).and_then(|t| t.as_string());
        }
    }
    window.clear_timeout_with_handle(timer);
    IN_FLIGHT.with(|f| f.borrow_mut().retain(|c| c != &controller));
    let chain = |seen: &Seen| {
        let mut chain = Vec::new();
        let mut at = url.to_string();
        while let Some(to) = seen.redirects.get(&at).filter(|_| chain.len() < 20) {
            chain.push(to.clone());
            at = to.clone();
        }
        chain
    };
    match answer.and_then(|r| r.dyn_into::<web_sys::Response>()) {
        Ok(response) => {
            // Unless the page is wanted, only the status matters: the body is not downloaded.
            if text.is_none() {
                if let Some(body) = response.body() {
                    let _ = body.cancel();
                }
            }
            let retry_after = response.headers().get("retry-after").ok().flatten();
            // webRequest's events travel apart from the response and may come just after it: a
            // redirected answer waits (briefly) until the chain seen reaches the final URL.
            let final_url = response.url();
            for _ in 0..CHAIN_WAIT_ROUNDS {
                if !response.redirected() || !seen.borrow().listening || chain(&seen.borrow()).last() == Some(&final_url) {
                    break;
                }
                sleep(20).await;
            }
            (Outcome { status: Some(response.status()), error: None, final_url: Some(final_url), chain: chain(&seen.borrow()), redirected: response.redirected(), retry_after }, text)
        }
        Err(e) => {
            if timed_out.get() {
                return (Outcome { error: Some("timeout".into()), ..Outcome::default() }, None);
            }
            // webRequest's error event may come just after fetch has failed: wait for it (briefly).
            // It is keyed by the URL that failed: the last of the chain, or any in a loop.
            let error_at = |seen: &Seen| {
                let chain = chain(seen);
                chain.iter().rev().chain(std::iter::once(&url.to_string())).find_map(|u| seen.errors.get(u).cloned())
            };
            for _ in 0..CHAIN_WAIT_ROUNDS {
                if !seen.borrow().listening || error_at(&seen.borrow()).is_some() {
                    break;
                }
                sleep(20).await;
            }
            let seen = seen.borrow();
            let chain = chain(&seen);
            let error = error_at(&seen).unwrap_or_else(|| error_text(&e));
            (Outcome { error: Some(error), chain, ..Outcome::default() }, None)
        }
    }
}

/// What a won page's answer says about my link, added to its record (nothing when unknown).
async fn record_won_check(key: &str, url: &str, outcome: &Outcome, text: Option<&str>, status: Status, my_domains: &[String]) -> Option<crate::crm::checks::LinkState> {
    let links = text.map(|t| page_links(t, outcome.final_url.as_deref().unwrap_or(url))).unwrap_or_default();
    let check = crate::linkcheck::won::check_page(status, &links, my_domains, now());
    let state = check.as_ref().map(|c| c.state);
    if let Some(check) = check {
        let written = super::store::change(key.to_string(), move |current| match current {
            super::store::Current::Readable(mut r) => {
                crate::crm::checks::add(&mut r.link_checks, check);
                Ok(r)
            }
            _ => Err("the record changed meanwhile".to_string()),
        })
        .await;
        if let Err(why) = written {
            web_sys::console::warn_1(&format!("Backlink Bot: the check of {url} was not stored: {why}").into());
        }
    }
    state
}

fn status_label(status: Status) -> String {
    t(match status {
        Status::Ok => "check_status_ok",
        Status::Redirected => "check_status_redirected",
        Status::NotFound => "check_status_not_found",
        Status::ServerError => "check_status_server_error",
        Status::Blocked => "check_status_blocked",
        Status::RateLimited => "check_status_rate_limited",
        Status::Timeout => "check_status_timeout",
        Status::DnsError => "check_status_dns_error",
        Status::TlsError => "check_status_tls_error",
        Status::Unknown => "check_status_unknown",
    })
}

/// The answers: counts, the links that are not simply ok, the broken-link pitches; and each
/// popup row marked.
fn draw(slot: &Element, input: &CheckInput, results: &[CheckResult], cancelled: bool) -> Result<(), JsValue> {
    let summary = summarise(input, results);
    let counts: Vec<String> = summary.counts.iter().map(|(s, n)| format!("{n} {}", status_label(*s))).collect();
    slot.set_attribute("data-check-state", if cancelled { "cancelled" } else { "done" })?;
    slot.set_attribute("data-checked", &results.len().to_string())?;
    slot.set_attribute("data-broken", &summary.broken.to_string())?;
    let head = if cancelled { tr("check_cancelled", &[&results.len().to_string(), &input.links.len().to_string()]) } else { tr("check_done", &[&results.len().to_string()]) };
    slot.append_child(&text("p", "check-summary", &format!("{head} {}", counts.join(", ")))?.0)?;
    if !summary.opportunities.is_empty() {
        let list = El::new("ul")?.attr("id", "broken-opportunities")?.class("check-pitches");
        for o in &summary.opportunities {
            let item = El::new("li")?.attr("data-link-index", &o.index.to_string())?.child(text("span", "", &tr("check_pitch", &[&o.anchor, &o.url]))?)?;
            let item = if o.surrounding.is_empty() { item } else { item.child(text("q", "note", &o.surrounding)?)? };
            list.0.append_child(&item.0)?;
        }
        slot.append_child(&text("h3", "", &t("check_pitches_heading"))?.0)?;
        slot.append_child(&list.0)?;
    }
    let list = El::new("ul")?.attr("id", "check-results")?.class("check-results");
    for r in results.iter().filter(|r| r.status != Status::Ok) {
        let mut line = format!("{} · {}", status_label(r.status), r.url);
        if let Some(code) = r.http {
            line.push_str(&format!(" (HTTP {code})"));
        }
        if r.status == Status::Redirected {
            let to = r.final_url.as_deref().unwrap_or("");
            let hops = if r.chain.is_empty() { String::new() } else { tr("check_hops", &[&r.chain.len().to_string()]) };
            line.push_str(&format!(" → {to} {hops}"));
        } else if let Some(error) = &r.error {
            line.push_str(&format!(" ({error})"));
        }
        let class = if r.status.is_broken() { "poor" } else { "" };
        list.0.append_child(&text("li", class, &line)?.attr("data-url", &r.url)?.attr("data-status", r.status.id())?.0)?;
    }
    slot.append_child(&list.0)?;
    mark_rows(input, results)
}

/// `data-check` on the popup's rows of checked links, and a word on those that are not ok.
fn mark_rows(input: &CheckInput, results: &[CheckResult]) -> Result<(), JsValue> {
    let document = document()?;
    for link in &input.links {
        let Some(result) = results.iter().find(|r| r.url == link.url) else { continue };
        // The link's row, and its line among the best links when it is one.
        let rows = document.query_selector_all(&format!("[data-index=\"{}\"]", link.index))?;
        for row in (0..rows.length()).filter_map(|i| rows.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()) {
            row.set_attribute("data-check", result.status.id())?;
            // A broken link passes no value: its score becomes the checked one.
            if let (true, Some(score)) = (result.status.is_broken(), row.query_selector(".score")?) {
                let offline = score.text_content().and_then(|t| t.trim().parse::<u8>().ok());
                if let Some(checked) = crate::linkcheck::score_after(offline, result.status).filter(|c| Some(*c) != offline) {
                    score.set_text_content(Some(&checked.to_string()));
                    score.set_attribute("title", &tr("check_score_broken", &[&offline.map(|o| o.to_string()).unwrap_or_default()]))?;
                }
            }
            if result.status != Status::Ok && row.query_selector(".check-badge")?.is_none() {
                let class = if result.status.is_broken() { "check-badge poor" } else { "check-badge" };
                row.append_child(&text("span", class, &status_label(result.status))?.0)?;
            }
        }
    }
    Ok(())
}

/// Entry point (`checkWonLinks` in opportunities.js): fetches every page saved as won, with the
/// same politeness, reads it with `DOMParser` (no script runs, nothing loads), looks for links to
/// my domains (`linkcheck::won::check_page`) and adds the finding to the record; draws a summary
/// into `#won-checks` (`data-check-state`, `data-checked`, `data-lost`) and puts the number of
/// lost links on the toolbar badge.
/// `selected`: the selected rows' URLs, one per line; empty: every won page.
#[wasm_bindgen(js_name = checkWonLinks)]
pub async fn check_won_links(selected: String) -> Result<(), JsValue> {
    use crate::crm::checks::LinkState;
    super::fault::install();
    let slot = by_id("won-checks")?;
    CANCELLED.with(|c| c.set(false));
    slot.set_text_content(None);
    let profile = super::chrome::storage_get_json("profile").await.ok().flatten().and_then(|json| crate::Profile::from_stored(&json).ok()).unwrap_or_default();
    if profile.my_domains.is_empty() {
        slot.set_attribute("data-check-state", "no-site")?;
        slot.set_text_content(Some(&t("won_needs_site")));
        return Ok(());
    }
    let chosen: Vec<&str> = selected.lines().filter(|l| !l.is_empty()).collect();
    let won: Vec<crate::crm::Record> = super::store::load(crate::crm::KEY_PREFIX).await.map_err(|e| JsValue::from_str(&e))?.records.into_iter().filter(|r| r.status == crate::crm::Status::Won && (chosen.is_empty() || chosen.contains(&r.url.as_str()))).collect();
    slot.set_attribute("data-check-state", "running")?;
    let (row, cancelled) = progress_row(won.len())?;
    slot.append_child(&row.0)?;
    let seen = Rc::new(RefCell::new(Seen::default()));
    let listeners = listen_web_request(&seen);
    let urls: Vec<&str> = won.iter().map(|r| r.url.as_str()).collect();
    let my_domains = Rc::new(profile.my_domains);
    // Each won page's URL and what was found (`None`: unknown, nothing recorded).
    let found = drive(&urls, &row.0, won.len(), 0, |url| (url, None), |url, scheduler| {
        let (seen, my_domains) = (seen.clone(), my_domains.clone());
        let key = won.iter().find(|r| r.url == url).map(crate::crm::Record::key).unwrap_or_default();
        async move {
            let (outcome, text) = request(&url, "GET", &seen, true).await;
            let status = settle(&scheduler, &url, classify(&outcome), &outcome)?;
            let state = record_won_check(&key, &url, &outcome, text.as_deref(), status, &my_domains).await;
            Some((url, state))
        }
    })
    .await;
    drop(listeners);
    drop(cancelled);
    row.0.remove();
    let count = |s: Option<LinkState>| found.iter().filter(|(_, f)| *f == s).count().to_string();
    let lost = found.iter().filter(|(_, f)| matches!(f, Some(LinkState::Lost | LinkState::PageGone))).count();
    slot.set_attribute("data-check-state", if CANCELLED.with(Cell::get) { "cancelled" } else { "done" })?;
    slot.set_attribute("data-checked", &found.len().to_string())?;
    slot.set_attribute("data-lost", &lost.to_string())?;
    let line = tr("won_done", &[&found.len().to_string(), &count(Some(LinkState::Live)), &count(Some(LinkState::Nofollowed)), &count(Some(LinkState::Lost)), &count(Some(LinkState::PageGone)), &count(None)]);
    slot.set_text_content(Some(&line));
    set_lost_badge(lost);
    Ok(())
}

/// The links of a fetched page, resolved against its final URL, with whether each sits in the
/// page's main content (`main`, `article`, `[role=main]`). The page is parsed inert.
fn page_links(html: &str, base: &str) -> Vec<crate::linkcheck::won::PageLink> {
    let Some(base) = crate::domain::parse_url(base) else { return Vec::new() };
    let Some(doc) = web_sys::DomParser::new().ok().and_then(|p| p.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()) else { return Vec::new() };
    let Ok(anchors) = doc.query_selector_all("a[href]") else { return Vec::new() };
    let mut out = Vec::new();
    for a in (0..anchors.length().min(MAX_PAGE_LINKS)).filter_map(|i| anchors.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()) {
        let Some(href) = a.get_attribute("href").and_then(|h| crate::domain::join_url(&base, &h)) else { continue };
        let words = a.text_content().unwrap_or_default().split_whitespace().take(40).collect::<Vec<_>>().join(" ");
        let anchor = if words.is_empty() { a.get_attribute("aria-label").or_else(|| a.get_attribute("title")).unwrap_or_default() } else { words };
        let in_content = a.closest("main, article, [role=main]").ok().flatten().is_some();
        out.push(crate::linkcheck::won::PageLink { href: href.to_string(), rel: a.get_attribute("rel").unwrap_or_default(), anchor, in_content });
    }
    out
}

/// The toolbar badge (no tab: every tab without its own) shows how many won links were found
/// lost; cleared when none are.
fn set_lost_badge(lost: usize) {
    let Some(action) = js_sys::Reflect::get(&js_sys::global(), &"chrome".into()).ok().and_then(|c| js_sys::Reflect::get(&c, &"action".into()).ok()) else { return };
    let call = |name: &str, details: &js_sys::Object| {
        if let Some(f) = js_sys::Reflect::get(&action, &name.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = f.call1(&action, details);
        }
    };
    let text = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&text, &"text".into(), &(if lost > 0 { lost.to_string() } else { String::new() }).into());
    call("setBadgeText", &text);
    let color = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&color, &"color".into(), &"#cf222e".into());
    call("setBadgeBackgroundColor", &color);
    let title = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&title, &"title".into(), &(if lost > 0 { tr("won_lost_badge", &[&lost.to_string()]) } else { t("won_badge_clear") }).into());
    call("setTitle", &title);
}
