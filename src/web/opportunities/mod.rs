//! The Opportunities page (a full tab): the saved records as a sortable, filterable table with
//! the outreach pipeline, a detail panel to work one record, bulk status changes, delete with
//! undo, and export/import.
//!
//! The table draws only the rows in view, so 10,000 records cost the same DOM as 30. Every
//! judgement is the core's: filtering, sorting and which follow-ups are due
//! (`crm::query`), export and import (`crm::transfer`); this module moves records
//! between storage, the core and the DOM. The page follows `chrome.storage` changes, so a save
//! from a popup in any window appears at once.
//!
//! Its parts: [`state`] holds the page's state in one place; each other module is one part of
//! the page with its DOM, its drawing and its listeners: [`filters`], [`table`], [`bulk`] (and
//! the writes it starts), [`detail`], [`export`], [`import`], [`notices`] (banner and toast);
//! [`widgets`] are shared builders.
//!
//! Listeners: the fixed parts' are registered once at start and live as long as the page
//! ([`listen`]); the parts drawn on demand (the detail and import panels, the Undo button) keep
//! theirs in the state, which drops them when the part is redrawn or closed.
//!
//! Hooks for tests: `<body data-state>` (`loading`, `ready`, `error`), `#count[data-total]
//! [data-shown]`, rows `.row[data-url][data-status]`, `#detail[data-url]`, `#import-panel
//! [data-import-state]`, `#toast[data-toast]`, `#banner[data-problems]`.

mod backlinks;
mod bulk;
mod detail;
mod export;
mod filters;
mod import;
mod notices;
mod state;
mod table;
mod widgets;

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::dom::{by_id, document, fixed1, now, text, El, JsResult};
use super::i18n::{t, tr};
use super::{chrome, store};
use crate::crm;
use state::{Shared, State};

thread_local! {
    /// The page's state, for [`selected_urls`].
    static SHOWN: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// The URLs of the rows the user selected (one per line), for *Check won links* in
/// opportunities.js: a selection narrows the check to those pages.
#[wasm_bindgen(js_name = selectedUrls)]
pub fn selected_urls() -> String {
    SHOWN.with(|s| s.borrow().as_ref().map(|state| state.borrow().selected.iter().cloned().collect::<Vec<_>>().join("\n")).unwrap_or_default())
}

/// Entry point called by `opportunities.js` once the Wasm module is initialised.
#[wasm_bindgen(js_name = startOpportunities)]
pub async fn start_opportunities() -> Result<(), JsValue> {
    super::fault::install();
    super::hooks::load().await;
    let app = by_id("app")?;
    let started = now();
    let loaded = match store::load(crm::KEY_PREFIX).await {
        Ok(loaded) => loaded,
        Err(why) => {
            app.set_text_content(None);
            app.append_child(&text("p", "card error", &format!("Saved opportunities could not be read: {why}"))?.attr("role", "alert")?.0)?;
            return set_state("error");
        }
    };
    let state: Shared = Rc::new(RefCell::new(State::new(loaded)));
    SHOWN.with(|s| *s.borrow_mut() = Some(state.clone()));
    app.set_text_content(None);
    build(&app, &state)?;
    records_changed(&state)?;
    notices::show_problems(&state)?;
    let live = state.clone();
    chrome::on_storage_change(crm::KEY_PREFIX, move |changes| {
        live.borrow_mut().apply_changes(changes);
        let _ = records_changed(&live);
        let _ = notices::show_problems(&live);
    })
    .map_err(|e| JsValue::from_str(&e))?;
    // Timings for the benchmark (tests/e2e/bench.mjs).
    let body = document()?.body().ok_or("no body")?;
    body.set_attribute("data-load-ms", &fixed1(now() - started))?;
    body.set_attribute("data-ready-ms", &fixed1(now()))?;
    set_state("ready")
}

fn set_state(state: &str) -> JsResult<()> {
    super::dom::set_state(state)
}

/// Builds the page's fixed parts and registers their listeners.
fn build(app: &Element, state: &Shared) -> JsResult<()> {
    let [csv, json] = export::buttons()?;
    // Check won links (issue 16): opportunities.js asks for host access in the click and loads
    // the link checker, which draws into #won-checks and records each look on its record.
    let check_won = El::new("button")?.attr("type", "button")?.attr("id", "check-won")?.text(&t("check_won"));
    let won = El::new("div")?.class("won-checks").attr("id", "won-checks")?.attr("aria-live", "polite")?;
    let toolbar = El::new("div")?.class("toolbar").child(text("span", "count", "")?.attr("id", "count")?)?.child(csv)?.child(json)?.child(import::file_input()?)?.child(check_won)?.child(won)?;
    for part in [toolbar, notices::banner()?, import::panel()?, notices::toast()?, filters::bar()?, bulk::bar()?, table::layout()?, table::empty()?] {
        app.append_child(&part.0)?;
    }
    filters::wire(state)?;
    table::wire(state)?;
    bulk::wire(state)?;
    export::wire(state)?;
    import::wire(state)
}

/// After the record set changed (loaded, saved here or elsewhere): the tag filter's options, then
/// the table. Sorting and filtering only [`table::refresh`].
fn records_changed(state: &Shared) -> JsResult<()> {
    filters::fill_tags(&state.borrow())?;
    table::refresh(state)
}

/// A listener on one of the page's fixed elements, for the page's lifetime: registered once at
/// start, on an element never removed, so it is deliberately never dropped (`forget`).
fn listen(id: &str, event: &'static str, state: &Shared, handler: fn(&Shared, &web_sys::Event)) -> JsResult<()> {
    let state = state.clone();
    EventListener::new(&by_id(id)?.into(), event, move |e| handler(&state, e)).forget();
    Ok(())
}

/// Runs a task; an error it returns is shown in the banner.
fn spawn(future: impl std::future::Future<Output = JsResult<()>> + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = future.await {
            let _ = notices::show_banner(&tr("something_wrong", &[&chrome::error_text(&e)]));
        }
    });
}
