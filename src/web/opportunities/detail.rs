//! The detail panel: everything saved about one record, and the user's fields to edit. Its
//! buttons' listeners are owned by the page state: redrawing the panel replaces them and closing
//! it drops them, so opening records over and over leaves nothing behind.

use std::collections::HashSet;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

use super::state::Shared;
use super::widgets::{button, input, input_value, labelled, select_value, value_of};
use super::{bulk, records_changed, spawn, table};
use crate::crm::query;
use crate::crm::{self, time, Record, Status};
use crate::web::clock;
use crate::web::dom::{by_id, status_select, text, El, JsResult};
use crate::web::i18n::{opening_label, t, tr, verdict_label};
use crate::web::store::{self, Current};

/// The (hidden) panel beside the table.
pub fn aside() -> JsResult<El> {
    El::new("aside")?.class("detail").attr("id", "detail")?.attr("hidden", "")
}

/// Shows the record with this URL in the panel (nothing if it is gone).
pub fn open(state: &Shared, url: &str) -> JsResult<()> {
    let panel = {
        let s = state.borrow();
        let Some(r) = s.record(url) else { return Ok(()) };
        panel(r)?
    };
    let detail = by_id("detail")?;
    detail.set_text_content(None);
    detail.set_attribute("data-url", url)?;
    detail.remove_attribute("hidden")?;
    detail.append_child(&panel.0)?;
    let listeners = listeners(state, url)?;
    // The old panel's listeners are dropped (removed) here, outside the borrow's scope.
    let old = std::mem::replace(&mut state.borrow_mut().detail_listeners, listeners);
    drop(old);
    Ok(())
}

/// Closes the panel and drops its listeners.
pub fn close(state: &Shared) -> JsResult<()> {
    let old = std::mem::take(&mut state.borrow_mut().detail_listeners);
    drop(old);
    let detail = by_id("detail")?;
    detail.set_text_content(None);
    detail.remove_attribute("data-url")?;
    detail.set_attribute("hidden", "")
}

/// The panel's buttons. Their work runs as a task, so a handler never drops its own listener
/// while it runs.
fn listeners(state: &Shared, url: &str) -> JsResult<Vec<EventListener>> {
    let s = state.clone();
    let close = EventListener::new(&by_id("d-close")?.into(), "click", move |_| {
        let s = s.clone();
        spawn(async move { close(&s) });
    });
    let (s, u) = (state.clone(), url.to_string());
    let delete = EventListener::new(&by_id("d-delete")?.into(), "click", move |_| {
        let (s, u) = (s.clone(), u.clone());
        spawn(async move { bulk::delete(&s, HashSet::from([u])).await });
    });
    let (s, u) = (state.clone(), url.to_string());
    let save = EventListener::new(&by_id("d-save")?.into(), "click", move |_| {
        let (s, u) = (s.clone(), u.clone());
        spawn(async move { save(&s, u).await });
    });
    Ok(vec![close, delete, save])
}

/// "Prospect 72 · Worth pursuing · Resource page · authority unranked".
fn facts(r: &Record) -> String {
    let types: Vec<String> = r.opportunity_types.iter().map(|k| opening_label(*k)).collect();
    tr(
        "detail_facts",
        &[
            &r.score.map(|s| s.to_string()).unwrap_or_else(|| "–".into()),
            &r.verdict.map_or_else(|| t("no_verdict_lower"), |v| verdict_label(Some(v))),
            &if types.is_empty() { t("no_opportunity_type") } else { types.join(", ") },
            &table::tier_label(r),
        ],
    )
}

fn contacts(r: &Record) -> JsResult<El> {
    let list = El::new("ul")?.class("contacts-list");
    let c = &r.contacts;
    for (kind, value) in c.emails.iter().map(|v| ("contact_kind_email", v)).chain(c.contact_pages.iter().map(|v| ("contact_kind_page", v))).chain(c.social.iter().map(|v| ("contact_kind_social", v))) {
        list.0.append_child(&text("li", "", &format!("{}: {value}", t(kind)))?.attr("dir", "auto")?.0)?;
    }
    if let Some(author) = &c.author {
        list.0.append_child(&text("li", "", &format!("{}: {author}", t("contact_kind_author")))?.0)?;
    }
    Ok(list)
}

fn history(r: &Record) -> JsResult<El> {
    let list = El::new("ol")?.class("history").attr("id", "d-history")?;
    for change in &r.history {
        let at = time::format_iso(change.at).replace('T', " ");
        list.0.append_child(&text("li", "", &format!("{} — {}", at.trim_end_matches('Z'), change.status.label()))?.attr("data-status", change.status.id())?.0)?;
    }
    Ok(list)
}

/// Every look for my link on a won page, newest first (`#d-link-checks li[data-link-state]`).
fn link_checks(r: &Record) -> JsResult<El> {
    use crate::crm::checks::LinkState;
    let list = El::new("ol")?.class("history").attr("id", "d-link-checks")?;
    if r.link_checks.is_empty() {
        return text("p", "note", &t("link_checks_none"))?.attr("id", "d-link-checks")?.attr("data-link-checks", "0");
    }
    for check in r.link_checks.iter().rev() {
        let state = t(match check.state {
            LinkState::Live => "link_state_live",
            LinkState::Nofollowed => "link_state_nofollowed",
            LinkState::Lost => "link_state_lost",
            LinkState::PageGone => "link_state_page_gone",
        });
        let at = time::format_iso(check.at).replace('T', " ");
        let mut line = format!("{} — {state}", at.trim_end_matches('Z'));
        if !check.anchor.is_empty() {
            line.push_str(&format!(" · “{}”", check.anchor));
        }
        list.0.append_child(&text("li", "", &line)?.attr("data-link-state", check.state.id())?.0)?;
    }
    list.attr("data-link-checks", &r.link_checks.len().to_string())
}

/// The panel's content for one record.
fn panel(r: &Record) -> JsResult<El> {
    // The URL is canonical http(s) (checked on every read), so it is safe as a link target.
    let link = El::new("a")?.class("url").attr("href", &r.url)?.attr("target", "_blank")?.attr("rel", "noopener noreferrer")?.text(&r.url);
    let notes = El::new("textarea")?.attr("id", "d-notes")?.attr("rows", "5")?.attr("dir", "auto")?;
    notes.0.unchecked_ref::<HtmlTextAreaElement>().set_value(&r.notes);
    El::new("div")?
        .child(button("d-close", "Close")?.class("close"))?
        .child(text("h2", "", query::title_of(r))?.attr("dir", "auto")?)?
        .child(link)?
        .child(text("p", "facts", &facts(r))?)?
        .child(contacts(r)?)?
        .child(labelled("Status", status_select(r.status)?.attr("id", "d-status")?)?)?
        .child(labelled(&t("field_follow_up"), input("d-follow-up", "date", r.follow_up.as_deref().unwrap_or(""))?)?)?
        .child(labelled(&t("field_tags"), input("d-tags", "text", &r.tags.join(", "))?)?)?
        .child(labelled(&t("field_target_page"), input("d-target", "url", &r.target_page)?)?)?
        .child(labelled(&t("field_proposed_anchor"), input("d-anchor", "text", &r.proposed_anchor)?)?)?
        .child(labelled(&t("field_notes"), notes)?)?
        .child(El::new("div")?.class("detail-actions").child(button("d-save", "Save changes")?.class("primary"))?.child(button("d-delete", "Delete")?.class("danger"))?)?
        .child(El::new("p")?.class("save-result").attr("id", "d-result")?.attr("role", "status")?)?
        .child(text("h3", "", &t("status_history"))?)?
        .child(history(r)?)?
        .child(text("h3", "", &t("link_checks_title"))?)?
        .child(link_checks(r)?)?
        .child(text("p", "note", &tr("saved_updated", &[&time::date_of_ms(r.saved_at), &time::date_of_ms(r.updated_at)]))?)
}

/// The panel's fields as the user left them.
struct Form {
    status: Status,
    follow_up: String,
    tags: String,
    target: String,
    anchor: String,
    notes: String,
}

impl Form {
    fn read() -> Form {
        Form {
            status: Status::parse(&select_value("d-status")).unwrap_or_default(),
            follow_up: input_value("d-follow-up"),
            tags: input_value("d-tags"),
            target: input_value("d-target"),
            anchor: input_value("d-anchor"),
            notes: value_of::<HtmlTextAreaElement>("d-notes").map(|t| t.value()).unwrap_or_default(),
        }
    }

    /// The form written onto the current stored record.
    fn apply(self, current: Current, now: i64) -> Result<Record, String> {
        let mut r = match current {
            Current::Readable(r) => r,
            Current::Absent => return Err("this opportunity was deleted in another window".into()),
            Current::Unreadable(why) => return Err(format!("the stored value can no longer be read ({why}); it was left as it is")),
        };
        r.set_status(self.status, now);
        r.follow_up = Some(self.follow_up).filter(|d| !d.is_empty());
        r.tags = crm::parse_tags(&self.tags);
        r.target_page = self.target;
        r.proposed_anchor = self.anchor;
        r.notes = self.notes;
        r.updated_at = now;
        r.tidy();
        Ok(r)
    }
}

fn show_result(state: &str, message: &str) -> JsResult<()> {
    let result = by_id("d-result")?;
    result.set_attribute("data-save-state", state)?;
    result.set_text_content(Some(message));
    Ok(())
}

/// Writes the panel's fields onto the current stored record.
async fn save(state: &Shared, url: String) -> JsResult<()> {
    let form = Form::read();
    if !form.follow_up.is_empty() && time::parse_date(&form.follow_up).is_none() {
        return show_result("error", &t("bad_follow_up"));
    }
    let now = clock::now_ms();
    let key = state.borrow().record(&url).map(Record::key).unwrap_or_else(|| crm::storage_key(&crm::domain_of(&url), &url));
    match store::change(key, move |current| form.apply(current, now)).await {
        Ok(record) => {
            // Redrawn from the record just written (the storage event may come later).
            state.borrow_mut().replace(record);
            records_changed(state)?;
            open(state, &url)?;
            show_result("saved", &t("profile_saved"))
        }
        Err(why) => show_result("error", &tr("not_saved", &[&why])),
    }
}
