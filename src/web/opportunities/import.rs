//! Import: the toolbar's file input and the import panel. A chosen file is read and previewed
//! (what would be added, updated, left as it is, and each row's errors); nothing is written until
//! the user confirms. The panel's button listeners are owned by the page state: replaced when the
//! panel is redrawn, dropped when it is closed.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::state::Shared;
use super::widgets::button;
use super::{listen, spawn};
use crate::crm::{self, transfer};
use crate::crm::transfer::ImportPlan;
use crate::web::dom::{by_id, text, El, JsResult};
use crate::web::i18n::{self, t, tr};
use crate::web::{clock, store};

/// Import errors listed in the panel (the rest are counted).
const LISTED_ERRORS: usize = 200;

/// The toolbar's file chooser.
pub fn file_input() -> JsResult<El> {
    El::new("label")?
        .class("import")
        .child(text("span", "", &t("import_file"))?)?
        .child(El::new("input")?.attr("id", "import-file")?.attr("type", "file")?.attr("accept", ".csv,.json,text/csv,application/json")?)
}

/// The (hidden) panel under the toolbar.
pub fn panel() -> JsResult<El> {
    El::new("section")?.class("card import-panel").attr("id", "import-panel")?.attr("hidden", "")
}

/// The file input's listener, registered once at start.
pub fn wire(state: &Shared) -> JsResult<()> {
    listen("import-file", "change", state, |s, e| {
        let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        let s = s.clone();
        spawn(async move { plan(&s, file).await });
    })
}

/// Reads the chosen file and shows what importing it would do.
async fn plan(state: &Shared, file: web_sys::File) -> JsResult<()> {
    let panel = by_id("import-panel")?;
    panel.set_text_content(None);
    panel.remove_attribute("hidden")?;
    panel.set_attribute("data-import-state", "reading")?;
    let name = file.name();
    if file.size() > transfer::MAX_IMPORT_BYTES as f64 {
        let why = tr("import_too_big", &[&name, &((file.size() / 1_048_576.0).round() as u64).to_string(), &(transfer::MAX_IMPORT_BYTES / 1_048_576).to_string()]);
        panel.append_child(&text("p", "import-error", &tr("import_refused", &[&why]))?.attr("role", "alert")?.0)?;
        return show_closing(state, &panel, "invalid");
    }
    // Bytes, not `file.text()`: that decodes as UTF-8 and turns every Windows-1252 accent into
    // U+FFFD without a word. The core decodes and says how it read the file.
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let plan = {
        let s = state.borrow();
        transfer::plan_import_file(&bytes, &name, &s.records, &s.stored_problems(), clock::now_ms())
    };
    panel.set_text_content(None);
    panel.append_child(&text("h2", "", &tr("import_heading", &[&name]))?.0)?;
    match plan {
        Ok(plan) => show_plan(state, &panel, plan),
        Err(why) => {
            panel.append_child(&text("p", "import-error", &tr("import_refused", &[&why]))?.attr("role", "alert")?.0)?;
            panel.append_child(&text("p", "", &t("nothing_changed"))?.0)?;
            show_closing(state, &panel, "invalid")
        }
    }
}

/// Ends the panel with a Close button, in state `state_name`.
fn show_closing(state: &Shared, panel: &Element, state_name: &str) -> JsResult<()> {
    panel.set_attribute("data-import-state", state_name)?;
    panel.append_child(&button("import-cancel", &t("close_button"))?.0)?;
    own(state, vec![cancel_listener(state)?]);
    Ok(())
}

/// The preview of a plan, with Import (if there is anything to write) and Cancel.
fn show_plan(state: &Shared, panel: &Element, plan: ImportPlan) -> JsResult<()> {
    let n = plan.records.len();
    panel.set_attribute("data-import-state", if plan.errors.is_empty() { "ready" } else { "has-errors" })?;
    panel.set_attribute("data-errors", &plan.errors.len().to_string())?;
    panel.set_attribute("data-to-write", &n.to_string())?;
    panel.set_attribute("data-encoding", &plan.encoding)?;
    summarise(panel, &plan)?;
    let actions = El::new("div")?.class("detail-actions");
    // A backup whose opportunities are all stored already may still restore the Backlinks page.
    let writes = n > 0 || plan.backlinks.is_some();
    if n == 0 && writes {
        actions.0.append_child(&button("import-confirm", &t("import_restore_backlinks"))?.class("primary").0)?;
    } else if n > 0 {
        let label = if plan.errors.is_empty() { i18n::plural("import_records", n, &[]) } else { i18n::plural("import_valid", n, &[&plan.errors.len().to_string()]) };
        actions.0.append_child(&button("import-confirm", &label)?.class("primary").0)?;
    } else {
        panel.append_child(&text("p", "", &t("nothing_to_import"))?.0)?;
    }
    actions.0.append_child(&button("import-cancel", &t("cancel_button"))?.0)?;
    panel.append_child(&actions.0)?;
    state.borrow_mut().plan = Some(plan);
    let mut listeners = vec![cancel_listener(state)?];
    if writes {
        let s = state.clone();
        listeners.push(EventListener::once(&by_id("import-confirm")?.into(), "click", move |_| {
            let s = s.clone();
            spawn(async move { confirm(&s).await });
        }));
    }
    own(state, listeners);
    Ok(())
}

/// The plan's encoding notice, counts, replaced unreadable values and row errors.
fn summarise(panel: &Element, plan: &ImportPlan) -> JsResult<()> {
    if let Some(notice) = &plan.encoding_notice {
        panel.append_child(&text("p", "notice", notice)?.attr("id", "import-encoding")?.0)?;
    }
    let summary = tr(
        if plan.format == "json" { "import_summary_records" } else { "import_summary_rows" },
        &[&plan.rows.to_string(), &plan.added.to_string(), &plan.updated.to_string(), &plan.unchanged.to_string(), &plan.errors.len().to_string()],
    );
    panel.append_child(&text("p", "", &summary)?.attr("id", "import-summary")?.0)?;
    if let Some(b) = &plan.backlinks {
        let line = tr("import_backlinks_part", &[&b.links.to_string(), &b.marks.to_string(), &b.imports.to_string()]);
        panel.append_child(&text("p", "", &line)?.attr("id", "import-backlinks")?.attr("data-links", &b.links.to_string())?.0)?;
    }
    if plan.replaces_unreadable > 0 {
        let line = tr("import_replaces", &[&plan.replaces_unreadable.to_string(), crm::UNREADABLE_PREFIX]);
        panel.append_child(&text("p", "notice", &line)?.attr("id", "import-replaces")?.0)?;
    }
    if !plan.errors.is_empty() {
        let list = El::new("ul")?.class("import-errors").attr("id", "import-errors")?;
        for e in plan.errors.iter().take(LISTED_ERRORS) {
            list.0.append_child(&text("li", "", &e.message)?.attr("data-row", &e.row.to_string())?.0)?;
        }
        if plan.errors.len() > LISTED_ERRORS {
            list.0.append_child(&text("li", "", &tr("and_more", &[&(plan.errors.len() - LISTED_ERRORS).to_string()]))?.0)?;
        }
        panel.append_child(&list.0)?;
    }
    Ok(())
}

/// The panel's listeners become these; the previous ones are dropped (removed).
fn own(state: &Shared, listeners: Vec<EventListener>) {
    let old = std::mem::replace(&mut state.borrow_mut().import_listeners, listeners);
    drop(old);
}

/// Cancel / Close: hides the panel. Run as a task, so the handler never drops its own listener
/// while it runs.
fn cancel_listener(state: &Shared) -> JsResult<EventListener> {
    let s = state.clone();
    Ok(EventListener::new(&by_id("import-cancel")?.into(), "click", move |_| {
        let s = s.clone();
        spawn(async move {
            own(&s, Vec::new());
            let panel = by_id("import-panel")?;
            panel.set_text_content(None);
            panel.set_attribute("hidden", "")?;
            panel.set_attribute("data-import-state", "cancelled")
        });
    }))
}

/// Writes the previewed plan.
async fn confirm(state: &Shared) -> JsResult<()> {
    let Some(plan) = state.borrow_mut().plan.take() else { return Ok(()) };
    let panel = by_id("import-panel")?;
    panel.set_attribute("data-import-state", "writing")?;
    // The Backlinks page's records first: if they cannot be restored, nothing is written.
    let restored = match &plan.backlinks {
        Some(part) => match super::backlinks::restore(&part.json).await {
            Ok(restored) => Some(restored),
            Err(why) => {
                panel.set_attribute("data-import-state", "failed")?;
                panel.append_child(&text("p", "import-error", &tr("import_failed", &[&why]))?.attr("role", "alert")?.0)?;
                return Ok(());
            }
        },
        None => None,
    };
    match store::put_many(plan.records).await {
        Ok(outcome) => {
            panel.set_text_content(None);
            let skipped = if plan.errors.is_empty() { String::new() } else { format!(" {}", tr("import_skipped", &[&plan.errors.len().to_string()])) };
            panel.append_child(&text("p", "", &format!("{}{skipped}", i18n::plural("imported_count", outcome.written.len(), &[])))?.0)?;
            panel.set_attribute("data-skipped", &outcome.skipped.len().to_string())?;
            if let Some(r) = restored {
                let mut line = tr("import_backlinks_done", &[&r.links.len().to_string(), &r.marks.len().to_string(), &r.imports.len().to_string()]);
                if let Some(first) = r.errors.first() {
                    line.push(' ');
                    line.push_str(&tr("import_backlinks_skipped", &[&r.errors.len().to_string(), first]));
                }
                panel.append_child(&text("p", "", &line)?.attr("id", "import-backlinks-done")?.attr("data-links", &r.links.len().to_string())?.0)?;
            }
            if !outcome.skipped.is_empty() {
                // Changed by another window since the preview (e.g. a newer version's record).
                panel.append_child(&text("p", "import-error", &format!("{}{}", t("not_imported"), outcome.skipped_text()))?.attr("role", "alert")?.0)?;
            }
            show_closing(state, &panel, "done")
        }
        Err(why) => {
            panel.set_attribute("data-import-state", "failed")?;
            panel.append_child(&text("p", "import-error", &tr("import_failed", &[&why]))?.attr("role", "alert")?.0)?;
            Ok(())
        }
    }
}
