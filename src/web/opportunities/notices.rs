//! The page's messages: the banner (errors, and stored values that could not be read) and the
//! toast under the toolbar (results of actions, with Undo after a delete).

use gloo_events::EventListener;

use super::state::Shared;
use super::widgets::button;
use crate::crm;
use crate::web::dom::{by_id, text, El, JsResult};
use crate::web::i18n::{self, t};
use crate::web::store;

pub fn banner() -> JsResult<El> {
    El::new("div")?.attr("id", "banner")?.attr("role", "alert")?.attr("hidden", "")
}

pub fn toast() -> JsResult<El> {
    El::new("div")?.class("toast").attr("id", "toast")?.attr("role", "status")?.attr("hidden", "")
}

pub fn show_banner(message: &str) -> JsResult<()> {
    let banner = by_id("banner")?;
    banner.set_text_content(Some(message));
    banner.set_attribute("class", "card error")?;
    banner.remove_attribute("hidden")
}

/// Lists stored values that could not be read (they stay in storage, untouched).
pub fn show_problems(state: &Shared) -> JsResult<()> {
    let s = state.borrow();
    let banner = by_id("banner")?;
    banner.set_attribute("data-problems", &s.problems.len().to_string())?;
    if s.problems.is_empty() {
        if banner.get_attribute("class").as_deref() == Some("card notice-card") {
            banner.set_attribute("hidden", "")?;
        }
        return Ok(());
    }
    banner.set_text_content(None);
    banner.set_attribute("class", "card notice-card")?;
    let head = i18n::plural("records_skipped", s.problems.len(), &[]);
    banner.append_child(&text("p", "", &head)?.0)?;
    let list = El::new("ul")?;
    for p in s.problems.iter().take(20) {
        list.0.append_child(&text("li", "", &format!("{}: {}", p.key.trim_start_matches(crm::KEY_PREFIX), p.message))?.0)?;
    }
    banner.append_child(&list.0)?;
    banner.remove_attribute("hidden")
}

/// How many records the last change left as they were (`#toast[data-skipped]`, for tests).
pub fn mark_skipped(outcome: &store::Outcome) -> JsResult<()> {
    by_id("toast")?.set_attribute("data-skipped", &outcome.skipped.len().to_string())
}

/// A message under the toolbar. The previous toast's Undo listener goes with its button.
pub fn show_toast(state: &Shared, message: &str, kind: &str) -> JsResult<()> {
    drop(state.borrow_mut().undo_listener.take());
    let toast = by_id("toast")?;
    toast.set_text_content(None);
    toast.set_attribute("data-toast", kind)?;
    toast.remove_attribute("data-skipped")?;
    toast.append_child(&text("span", "", message)?.0)?;
    toast.remove_attribute("hidden")
}

/// A toast with an Undo button; `undo` runs on its first click, and the listener is owned by the
/// state until the next toast replaces it.
pub fn show_undo_toast(state: &Shared, message: &str, kind: &str, undo: impl FnOnce() + 'static) -> JsResult<()> {
    show_toast(state, message, kind)?;
    let button = button("undo", &t("undo_button"))?;
    by_id("toast")?.append_child(&button.0)?;
    let listener = EventListener::once(&button.0, "click", move |_| undo());
    state.borrow_mut().undo_listener = Some(listener);
    Ok(())
}
