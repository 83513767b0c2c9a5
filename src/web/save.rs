//! The popup's "Save opportunity" card and the tab's toolbar badge.
//!
//! Before saving it says whether this URL is already saved (saving then updates it, with the
//! stored status, tags and notes pre-filled) and how many other pages of the registrable domain
//! are, with their statuses; a domain with a do-not-contact record is flagged.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use super::dom::{fold, status_select, text, El, JsResult};
use super::i18n::{plural, status_text, t, tr};
use super::{chrome, store};
use crate::crm::{self, time, SaveForm, SavedInfo, Status};
use crate::Report;

/// Loads what is saved for the page's domain, draws the card into `slot`, and sets the badge.
pub async fn attach(report: Rc<Report>, tab_id: Option<i32>, slot: Element) -> JsResult<()> {
    let Ok(url) = crm::canonical_url(&report.page.url) else {
        // Not an http(s) page (file://…): nothing a link builder would pitch.
        return Ok(());
    };
    let domain = crm::domain_of(&url);
    let (info, problem) = match store::load_domain(&domain).await {
        Ok(loaded) => {
            let problem = (!loaded.problems.is_empty()).then(|| plural("records_unreadable", loaded.problems.len(), &[]));
            (crm::saved_info(&url, &loaded.records), problem)
        }
        Err(why) => (SavedInfo::default(), Some(tr("saved_unreadable", &[&why]))),
    };
    let mut info = info;
    if let Some(record) = info.this_page.as_ref().and_then(|r| crm::checks::seen_in_popup(r, &report, super::clock::now_ms())) {
        info.this_page = Some(record_link_seen(&report, record).await);
    }
    let card = draw(&report, &info, &domain, problem.as_deref(), tab_id)?;
    slot.append_child(&card.0)?;
    if let Some(tab) = tab_id {
        set_badge(tab, &report, &info).await;
    }
    Ok(())
}

/// A won page that links to me: the look is added to the record as stored now (under the lock;
/// another window may have changed it). Gives the record to show; a failed write is warned about
/// and the popup goes on with what it read.
async fn record_link_seen(report: &Rc<Report>, record: crm::Record) -> crm::Record {
    let (key, seen) = (record.key(), report.clone());
    let written = store::change(key, move |current| match current {
        store::Current::Readable(stored) => Ok(crm::checks::seen_in_popup(&stored, &seen, super::clock::now_ms()).unwrap_or(stored)),
        _ => Err("the saved record changed while the popup was opening".to_string()),
    })
    .await;
    written.unwrap_or_else(|why| {
        web_sys::console::warn_1(&format!("Backlink Bot: could not record the live link: {why}").into());
        record
    })
}

/// Score on the badge; `✓` once this URL is saved; `✕` when the domain is do-not-contact.
async fn set_badge(tab: i32, report: &Report, info: &SavedInfo) {
    // No score (no profile, or not a prospect): no badge text.
    let score = report.prospect.as_ref().and_then(|p| p.score).map(|s| s.to_string()).unwrap_or_default();
    let tip = if score.is_empty() { t("badge_not_scored") } else { tr("badge_prospect", &[&score]) };
    let (text, color, title) = if info.do_not_contact {
        ("✕".to_string(), "#cf222e", tr("badge_dnc", &[&report.page.site]))
    } else if let Some(saved) = &info.this_page {
        ("✓".to_string(), "#1a7f37", tr("badge_saved", &[&status_text(saved.status), &tip]))
    } else if info.domain_pages > 0 {
        (score.clone(), "#9a6700", plural("badge_domain_saved", info.domain_pages as usize, &[&tip, &report.page.site]))
    } else {
        (score.clone(), "#1f6feb", tr("badge_tip", &[&tip]))
    };
    if let Err(why) = chrome::set_badge(tab, &text, color, &title).await {
        web_sys::console::warn_1(&format!("Backlink Bot: could not set the badge: {why}").into());
    }
}

fn domain_line(info: &SavedInfo, domain: &str) -> Option<String> {
    if info.domain_pages == 0 {
        return None;
    }
    let statuses: Vec<String> = info.domain_statuses.iter().map(|(s, n)| format!("{n} {}", status_text(*s).to_lowercase())).collect();
    let statuses = statuses.join(", ");
    let (n, subs) = (info.domain_pages as usize, [domain, statuses.as_str()]);
    Some(if info.this_page.is_some() { plural("saved_domain_more", n, &subs) } else { plural("saved_domain", n, &subs) })
}

/// "Your link is live here (seen 2 Dec 2026)" for a won page whose link was looked for.
fn link_seen_line(info: &SavedInfo) -> Option<(String, &'static str)> {
    use crm::checks::LinkState;
    let latest = crm::checks::last_seen(info.this_page.as_ref()?).1?;
    let key = match latest.state {
        LinkState::Live => "link_seen_live",
        LinkState::Nofollowed => "link_seen_nofollowed",
        LinkState::Lost | LinkState::PageGone => "link_not_found",
    };
    Some((tr(key, &[&time::date_of_ms(latest.at)]), latest.state.id()))
}

fn this_page_line(info: &SavedInfo) -> Option<String> {
    info.this_page.as_ref().map(|r| {
        tr("saved_page", &[&status_text(r.status), &time::date_of_ms(r.saved_at)])
    })
}

fn draw(report: &Rc<Report>, info: &SavedInfo, domain: &str, problem: Option<&str>, tab_id: Option<i32>) -> JsResult<El> {
    let saved = info.this_page.as_ref();
    let mut card = El::new("div")?
        .class("save")
        .attr("id", "save")?
        .attr("data-saved", if saved.is_some() { "true" } else { "false" })?
        .attr("data-domain-pages", &info.domain_pages.to_string())?;
    if info.do_not_contact {
        card = card
            .attr("data-do-not-contact", "true")?
            .child(text("p", "dnc", &tr("do_not_contact", &[domain]))?.attr("data-notice", "do-not-contact")?.attr("role", "alert")?)?;
    }
    if let Some(line) = this_page_line(info) {
        card = card.child(text("p", "saved-info", &line)?.attr("data-notice", "saved-page")?)?;
    }
    if let Some((line, state)) = link_seen_line(info) {
        card = card.child(text("p", "saved-info", &line)?.attr("data-notice", "link-seen")?.attr("data-link-state", state)?)?;
    }
    if let Some(line) = domain_line(info, domain) {
        card = card.child(text("p", "saved-info", &line)?.attr("data-notice", "saved-domain")?)?;
    }
    if let Some(problem) = problem {
        card = card.child(text("p", "notice", problem)?.attr("data-notice", "storage-problem")?)?;
    }

    // One click saves (status New, or the stored one); status, tags and notes fold out.
    let status = status_select(saved.map(|r| r.status).unwrap_or_default())?.attr("id", "save-status")?;
    let tags = El::new("input")?.attr("id", "save-tags")?.attr("type", "text")?.attr("placeholder", &t("tags_placeholder"))?;
    let notes = El::new("textarea")?.attr("id", "save-notes")?.attr("rows", "2")?.attr("placeholder", &t("notes_placeholder"))?;
    if let Some(r) = saved {
        tags.0.unchecked_ref::<HtmlInputElement>().set_value(&r.tags.join(", "));
        notes.0.unchecked_ref::<HtmlTextAreaElement>().set_value(&r.notes);
    }
    let button_label = t(if saved.is_some() { "update_saved" } else { "save_button" });
    let button = El::new("button")?.class("primary").attr("id", "save-button")?.attr("type", "button")?.text(&button_label);
    let result = El::new("p")?.class("save-result").attr("id", "save-result")?.attr("role", "status")?;
    let form = El::new("div")?
        .class("save-form")
        .child(El::new("label")?.child(text("span", "", &t("field_status"))?)?.child(status)?)?
        .child(El::new("label")?.child(text("span", "", &t("field_tags"))?)?.child(tags)?)?
        .child(El::new("label")?.class("wide").child(text("span", "", &t("field_notes"))?)?.child(notes)?)?;
    let (more, more_listener) = fold("save-details", &t("save_details"))?;
    super::popup::keep(more_listener);
    let actions = El::new("div")?.class("save-actions");
    actions.0.append_child(&button.0)?;
    actions.0.append_child(&result.0)?;
    let card = card.child(actions)?.child(more.child(form)?)?;

    // Owned with what the popup shows: dropped with the card when the popup is redrawn.
    let (report, card_el) = (report.clone(), card.0.clone());
    super::popup::keep(EventListener::new(&button.0, "click", move |_| {
        let (report, card_el) = (report.clone(), card_el.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let _ = save_clicked(report, card_el, tab_id).await;
        });
    }));
    Ok(card)
}

fn field<T: JsCast>(card: &Element, selector: &str) -> JsResult<T> {
    card.query_selector(selector)?.and_then(|e| e.dyn_into::<T>().ok()).ok_or_else(|| JsValue::from_str(&format!("{selector} is missing")))
}

async fn save_clicked(report: Rc<Report>, card: Element, tab_id: Option<i32>) -> JsResult<()> {
    let result: Element = field(&card, "#save-result")?;
    let button: web_sys::HtmlButtonElement = field(&card, "#save-button")?;
    let form = SaveForm {
        status: Status::parse(&field::<HtmlSelectElement>(&card, "#save-status")?.value()).unwrap_or_default(),
        tags: field::<HtmlInputElement>(&card, "#save-tags")?.value(),
        notes: field::<HtmlTextAreaElement>(&card, "#save-notes")?.value(),
    };
    button.set_disabled(true);
    result.set_attribute("data-save-state", "saving")?;
    result.set_text_content(Some(&t("saving_now")));
    let now = super::clock::now_ms();
    let url = crm::canonical_url(&report.page.url).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let for_save = report.clone();
    let saved = match store::key_of(&url).await {
        // Saved as won while the page links to me: the link is seen live now.
        Ok(key) => store::change(key, move |existing| crm::save_from_report(&for_save, &form, existing.record(), now).map(|r| crm::checks::seen_in_popup(&r, &for_save, now).unwrap_or(r)).map_err(|e| e.to_string())).await,
        Err(why) => Err(why),
    };
    button.set_disabled(false);
    match saved {
        Ok(record) => {
            let status = record.status;
            // The badge first, then "saved": whoever sees the card say saved sees the badge say
            // so too (a busy machine ran the tests' badge read between the two).
            if let Some(tab) = tab_id {
                // Re-read the domain so the badge reflects a do-not-contact just set.
                let domain = record.domain.clone();
                let info = match store::load_domain(&domain).await {
                    Ok(loaded) => crm::saved_info(&record.url, &loaded.records),
                    Err(_) => SavedInfo { this_page: Some(record), ..SavedInfo::default() },
                };
                set_badge(tab, &report, &info).await;
            }
            result.set_attribute("data-save-state", "saved")?;
            result.set_text_content(Some(&tr("saved_as", &[&status_text(status)])));
            card.set_attribute("data-saved", "true")?;
            button.set_text_content(Some(&t("update_saved")));
        }
        Err(why) => {
            result.set_attribute("data-save-state", "error")?;
            result.set_attribute("role", "alert")?;
            result.set_text_content(Some(&tr("not_saved", &[&why])));
        }
    }
    Ok(())
}
