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

use super::dom::{status_select, text, El, JsResult};
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
            let problem = (!loaded.problems.is_empty()).then(|| format!("{} saved record(s) of this domain could not be read.", loaded.problems.len()));
            (crm::saved_info(&url, &loaded.records), problem)
        }
        Err(why) => (SavedInfo::default(), Some(format!("Saved opportunities could not be read: {why}"))),
    };
    let card = draw(&report, &info, &domain, problem.as_deref(), tab_id)?;
    slot.append_child(&card.0)?;
    if let Some(tab) = tab_id {
        set_badge(tab, &report, &info).await;
    }
    Ok(())
}

/// Score on the badge; `✓` once this URL is saved; `✕` when the domain is do-not-contact.
async fn set_badge(tab: i32, report: &Report, info: &SavedInfo) {
    // No score (no profile, or not a prospect): no badge text.
    let score = report.prospect.as_ref().and_then(|p| p.score).map(|s| s.to_string()).unwrap_or_default();
    let tip = if score.is_empty() { "prospect not scored".to_string() } else { format!("prospect {score}") };
    let (text, color, title) = if info.do_not_contact {
        ("✕".to_string(), "#cf222e", format!("Backlink Bot: {} is marked do-not-contact", report.page.site))
    } else if let Some(saved) = &info.this_page {
        ("✓".to_string(), "#1a7f37", format!("Backlink Bot: saved ({}), {tip}", saved.status.label()))
    } else if info.domain_pages > 0 {
        (score.clone(), "#9a6700", format!("Backlink Bot: {tip}; {} page(s) of {} saved", info.domain_pages, report.page.site))
    } else {
        (score.clone(), "#1f6feb", format!("Backlink Bot: {tip}"))
    };
    if let Err(why) = chrome::set_badge(tab, &text, color, &title).await {
        web_sys::console::warn_1(&format!("Backlink Bot: could not set the badge: {why}").into());
    }
}

fn domain_line(info: &SavedInfo, domain: &str) -> Option<String> {
    if info.domain_pages == 0 {
        return None;
    }
    let statuses: Vec<String> = info.domain_statuses.iter().map(|(s, n)| format!("{n} {}", s.label().to_lowercase())).collect();
    let pages = if info.domain_pages == 1 { "page".to_string() } else { "pages".to_string() };
    let other = if info.this_page.is_some() { " other" } else { "" };
    Some(format!("Already saved {}{other} {pages} on {domain}: {}.", info.domain_pages, statuses.join(", ")))
}

fn this_page_line(info: &SavedInfo) -> Option<String> {
    info.this_page.as_ref().map(|r| {
        format!(
            "This page is already saved ({}, since {}). Saving updates it.",
            r.status.label(),
            time::date_of_ms(r.saved_at)
        )
    })
}

fn draw(report: &Rc<Report>, info: &SavedInfo, domain: &str, problem: Option<&str>, tab_id: Option<i32>) -> JsResult<El> {
    let saved = info.this_page.as_ref();
    let mut card = El::new("section")?
        .class("card save")
        .attr("id", "save")?
        .attr("data-saved", if saved.is_some() { "true" } else { "false" })?
        .attr("data-domain-pages", &info.domain_pages.to_string())?
        .child(text("h2", "", "Save opportunity")?)?;
    if info.do_not_contact {
        card = card.attr("data-do-not-contact", "true")?.child(
            text("p", "dnc", &format!("Do not contact: {domain} is marked do-not-contact in your opportunities."))?.attr("data-notice", "do-not-contact")?.attr("role", "alert")?,
        )?;
    }
    if let Some(line) = this_page_line(info) {
        card = card.child(text("p", "saved-info", &line)?.attr("data-notice", "saved-page")?)?;
    }
    if let Some(line) = domain_line(info, domain) {
        card = card.child(text("p", "saved-info", &line)?.attr("data-notice", "saved-domain")?)?;
    }
    if let Some(problem) = problem {
        card = card.child(text("p", "notice", problem)?.attr("data-notice", "storage-problem")?)?;
    }

    let status = status_select(saved.map(|r| r.status).unwrap_or_default())?.attr("id", "save-status")?;
    let tags = El::new("input")?.attr("id", "save-tags")?.attr("type", "text")?.attr("placeholder", "tags, comma-separated")?;
    let notes = El::new("textarea")?.attr("id", "save-notes")?.attr("rows", "2")?.attr("placeholder", "notes")?;
    if let Some(r) = saved {
        tags.0.unchecked_ref::<HtmlInputElement>().set_value(&r.tags.join(", "));
        notes.0.unchecked_ref::<HtmlTextAreaElement>().set_value(&r.notes);
    }
    let button_label = if saved.is_some() { "Update saved opportunity" } else { "Save opportunity" };
    let button = El::new("button")?.class("primary").attr("id", "save-button")?.attr("type", "button")?.text(button_label);
    let open = El::new("button")?.attr("id", "open-opportunities")?.attr("type", "button")?.text("Opportunities");
    let result = El::new("p")?.class("save-result").attr("id", "save-result")?.attr("role", "status")?;
    let form = El::new("div")?
        .class("save-form")
        .child(El::new("label")?.child(text("span", "", "Status")?)?.child(status)?)?
        .child(El::new("label")?.child(text("span", "", "Tags")?)?.child(tags)?)?
        .child(El::new("label")?.class("wide").child(text("span", "", "Notes")?)?.child(notes)?)?;
    let actions = El::new("div")?.class("save-actions");
    actions.0.append_child(&button.0)?;
    actions.0.append_child(&open.0)?;
    let card = card.child(form)?.child(actions)?.child(result)?;

    // Owned with what the popup shows: dropped with the card when the popup is redrawn.
    super::popup::keep(EventListener::new(&open.0, "click", |_| {
        wasm_bindgen_futures::spawn_local(async {
            if let Err(why) = chrome::open_tab("opportunities.html").await {
                web_sys::console::error_1(&why.into());
            }
        });
    }));
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
    result.set_text_content(Some("Saving…"));
    let now = super::clock::now_ms();
    let url = crm::canonical_url(&report.page.url).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let for_save = report.clone();
    let saved = match store::key_of(&url).await {
        Ok(key) => store::change(key, move |existing| crm::save_from_report(&for_save, &form, existing.record(), now).map_err(|e| e.to_string())).await,
        Err(why) => Err(why),
    };
    button.set_disabled(false);
    match saved {
        Ok(record) => {
            result.set_attribute("data-save-state", "saved")?;
            result.set_text_content(Some(&format!("Saved ({}). It is on the Opportunities page.", record.status.label())));
            card.set_attribute("data-saved", "true")?;
            button.set_text_content(Some("Update saved opportunity"));
            if let Some(tab) = tab_id {
                // Re-read the domain so the badge reflects a do-not-contact just set.
                let domain = record.domain.clone();
                let info = match store::load_domain(&domain).await {
                    Ok(loaded) => crm::saved_info(&record.url, &loaded.records),
                    Err(_) => SavedInfo { this_page: Some(record), ..SavedInfo::default() },
                };
                set_badge(tab, &report, &info).await;
            }
        }
        Err(why) => {
            result.set_attribute("data-save-state", "error")?;
            result.set_attribute("role", "alert")?;
            result.set_text_content(Some(&format!("Not saved: {why}")));
        }
    }
    Ok(())
}
