//! The bulk bar (shown while rows are selected) and the writes it and the rows start: status
//! changes, and delete with undo.

use std::collections::HashSet;

use web_sys::HtmlInputElement;

use super::notices::{mark_skipped, show_banner, show_toast, show_undo_toast};
use super::state::Shared;
use super::widgets::{button, select_el, select_value, status_options, value_of};
use super::{detail, listen, spawn, table};
use crate::crm::Status;
use crate::web::dom::{by_id, text, El, JsResult};
use crate::web::i18n::{self, status_text, t, tr};
use crate::web::{clock, store};

pub fn bar() -> JsResult<El> {
    El::new("div")?
        .class("bulk")
        .attr("id", "bulk")?
        .attr("hidden", "")?
        .child(text("span", "", "")?.attr("id", "bulk-count")?)?
        .child(select_el("bulk-status", &t("bulk_set_status"), &status_options())?)?
        .child(button("bulk-apply", &t("bulk_apply"))?)?
        .child(button("bulk-delete", &t("delete_button"))?.class("danger"))?
        .child(button("bulk-clear", &t("bulk_clear"))?)
}

/// The bulk bar's listeners, registered once at start.
pub fn wire(state: &Shared) -> JsResult<()> {
    listen("bulk-apply", "click", state, |s, _| {
        let Some(status) = Status::parse(&select_value("bulk-status")) else {
            let _ = show_toast(s, &t("bulk_no_status"), "bulk-no-status");
            return;
        };
        let urls = s.borrow().selected.clone();
        let s = s.clone();
        spawn(async move { set_status(&s, urls, status).await });
    })?;
    listen("bulk-delete", "click", state, |s, _| {
        let urls = s.borrow().selected.clone();
        let s = s.clone();
        spawn(async move { delete(&s, urls).await });
    })?;
    listen("bulk-clear", "click", state, |s, _| {
        s.borrow_mut().selected.clear();
        let _ = table::draw_rows(s).and_then(|_| draw(s));
    })
}

/// The bulk bar and the select-all box, after the selection or the shown rows changed (not on
/// scroll: checking 10,000 rows per frame is not free).
pub fn draw(state: &Shared) -> JsResult<()> {
    let s = state.borrow();
    let n = s.selected.len();
    if let Some(all) = value_of::<HtmlInputElement>("pick-all") {
        all.set_checked(s.all_shown_selected());
    }
    let bulk = by_id("bulk")?;
    bulk.toggle_attribute_with_force("hidden", n == 0)?;
    bulk.set_attribute("data-selected", &n.to_string())?;
    by_id("bulk-count")?.set_text_content(Some(&tr("bulk_selected", &[&n.to_string()])));
    Ok(())
}

pub async fn set_status(state: &Shared, urls: HashSet<String>, status: Status) -> JsResult<()> {
    let keys = state.borrow().keys_of(&urls);
    let now = clock::now_ms();
    let edit = move |r: &mut crate::crm::Record| {
        if r.status != status {
            r.set_status(status, now);
            r.updated_at = now;
        }
    };
    match store::edit_many(keys, edit).await {
        Ok(outcome) => {
            let n = outcome.written.len();
            let message = if n == 1 { tr("status_set_one", &[&status_text(status)]) } else { tr("status_set_other", &[&n.to_string(), &status_text(status)]) };
            show_toast(state, &format!("{message}{}", outcome.skipped_text()), "status")?;
            mark_skipped(&outcome)
        }
        Err(why) => show_banner(&tr("status_not_changed", &[&why])),
    }
}

/// Deletes the records with these URLs; the toast offers to put them back.
pub async fn delete(state: &Shared, urls: HashSet<String>) -> JsResult<()> {
    let keys = state.borrow().keys_of(&urls);
    match store::remove(keys).await {
        Ok(outcome) => {
            let message = format!("{}{}", i18n::plural("deleted_count", outcome.removed.len(), &[]), outcome.skipped_text());
            let skipped = outcome.skipped.len();
            state.borrow_mut().deleted = outcome.removed;
            if by_id("detail").ok().and_then(|d| d.get_attribute("data-url")).is_some_and(|u| urls.contains(&u)) {
                detail::close(state)?;
            }
            let s = state.clone();
            show_undo_toast(state, &message, "deleted", move || spawn(async move { undo(&s).await }))?;
            by_id("toast")?.set_attribute("data-skipped", &skipped.to_string())
        }
        Err(why) => show_banner(&tr("nothing_deleted", &[&why])),
    }
}

/// Writes back the records of the last delete.
async fn undo(state: &Shared) -> JsResult<()> {
    let records = std::mem::take(&mut state.borrow_mut().deleted);
    let n = records.len();
    match store::put_many(records).await {
        Ok(outcome) => {
            show_toast(state, &format!("{}{}", tr("restored_count", &[&outcome.written.len().to_string(), &n.to_string()]), outcome.skipped_text()), "restored")?;
            mark_skipped(&outcome)
        }
        Err(why) => show_banner(&tr("restore_failed", &[&why])),
    }
}
