//! The Backlinks page: import backlink exports (mine or a competitor's), see the audit of my
//! referring domains with its reasons, mark domains to disavow or watch, download the disavow
//! file, and add the competitors' link gap to the Opportunities page. Everything is judged by the
//! core (`crate::backlinks`); this page reads files, stores records in IndexedDB (`idb`) and draws.
//!
//! Hooks: `<body data-state>`; `#import-files`, `#import-whose` (`mine` / `competitor`),
//! `#import-competitor`, `#import-preview li[data-file]` (`data-format`, `data-links`,
//! `data-errors`, `data-unreadable`), `#import-confirm`; `#totals` (`data-links`,
//! `data-referring-domains`, `data-likely-toxic`…); `#domains tr[data-domain]` (`data-risk`,
//! `select[data-mark]`); `#download-disavow`; `#gap tr[data-domain]` with a checkbox;
//! `#add-gap`; `#status`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use hashbrown::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, IdbDatabase};

use super::dom::{by_id, document, set_state, text, El, JsResult};
use super::i18n::{plural, t, tr};
use super::{chrome, clock, idb, today};
use crate::backlinks::anchors::AnchorClass;
use crate::backlinks::audit::Risk;
use crate::backlinks::import::{parse_export, Parsed};
use crate::backlinks::summary::{summarise, Summary};
use crate::backlinks::growth::{between_imports, snapshot_domains, Snapshot};
use crate::backlinks::{disavow, Mark, StoredLink, StoredSite, MINE};
use crate::intel::DomainIntel;
use crate::Profile;

/// Link-gap domains drawn (best first); the rest are counted.
const MAX_ROWS: usize = 300;
/// Links stored per step of an import (the page draws and can cancel between steps).
const CHUNK: usize = 5000;

struct State {
    db: IdbDatabase,
    profile: Profile,
    intel: Option<DomainIntel>,
    links: Vec<StoredLink>,
    sites: Vec<StoredSite>,
    marks: Vec<Mark>,
    /// Files read and waiting for the user's confirmation.
    pending: Vec<(String, Result<Parsed, String>)>,
    summary: Option<Summary>,
    /// Listeners of the dashboard as drawn now (dropped when it is redrawn).
    shown: Vec<EventListener>,
    /// Stored records that could not be read (reported, skipped, left as they are).
    unreadable: usize,
    /// Leave out gap domains whose links to the competitors are all nofollow.
    gap_followed_only: bool,
    /// An existing disavow file the user chose: the download keeps its lines and comments.
    existing_disavow: String,
    /// The saved opportunities, for the gap's warnings (do-not-contact, already saved).
    saved: Vec<crate::crm::Record>,
    /// Every import as a dated snapshot of its source (growth between imports).
    snapshots: Vec<Snapshot>,
    /// The per-domain aggregates in the database match the links (else written after drawing).
    aggregates_current: bool,
    /// One row of the domains table, in pixels (measured when drawn).
    row_height: std::cell::Cell<f64>,
}

type Shared = Rc<RefCell<State>>;

/// Entry point called by `backlinks.js`.
#[wasm_bindgen(js_name = startBacklinks)]
pub async fn start_backlinks() -> Result<(), JsValue> {
    super::fault::install();
    super::hooks::load().await;
    let app = by_id("app")?;
    match load().await {
        Ok(state) => {
            app.set_text_content(None);
            let state = Rc::new(RefCell::new(state));
            draw_frame(&app, &state)?;
            let unreadable = state.borrow().unreadable;
            if unreadable > 0 {
                say(&plural("backlinks_records_unreadable", unreadable, &[]))?;
            }
            redraw(&state)?;
            set_state("ready")
        }
        Err(why) => {
            app.set_text_content(Some(&tr("backlinks_unreadable", &[&why])));
            set_state("error")
        }
    }
}

async fn load() -> Result<State, String> {
    let db = idb::open().await?;
    // A record that cannot be read is left in the database and out of the figures.
    let mut unreadable = 0;
    let links: Vec<StoredLink> = parse_all(idb::get_all_json(&db, idb::LINKS).await?, &mut unreadable);
    let sites: Vec<StoredSite> = parse_all(idb::get_all_json(&db, idb::SITES).await?, &mut unreadable);
    let marks: Vec<Mark> = parse_all(idb::get_all_json(&db, idb::MARKS).await?, &mut unreadable);
    let snapshots: Vec<Snapshot> = parse_all(idb::get_all_json(&db, idb::IMPORTS).await?, &mut unreadable);
    // Databases from before the aggregates (schema 1) get them on first drawing.
    let aggregates_current = idb::count(&db, idb::DOMAINS).await? > 0 || !links.iter().any(|l| l.whose == MINE);
    let profile = match chrome::storage_get_json("profile").await {
        Ok(Some(json)) => Profile::from_stored(&json).unwrap_or_default(),
        _ => Profile::default(),
    };
    // Unreadable saved records are the Opportunities page's to report; here they only lack a warning.
    let saved = super::store::load(crate::crm::KEY_PREFIX).await.map(|l| l.records).unwrap_or_default();
    Ok(State { db, profile, intel: load_intel().await, links, sites, marks, pending: Vec::new(), summary: None, shown: Vec::new(), unreadable, gap_followed_only: false, existing_disavow: String::new(), saved, snapshots, aggregates_current, row_height: std::cell::Cell::new(56.0) })
}

/// The records that read; the others are counted (left in the database, out of the figures).
fn parse_all<T: serde::de::DeserializeOwned>(texts: Vec<String>, unreadable: &mut usize) -> Vec<T> {
    let mut out = Vec::with_capacity(texts.len());
    for text in texts {
        match serde_json::from_str(&text) {
            Ok(value) => out.push(value),
            Err(_) => *unreadable += 1,
        }
    }
    out
}

/// The domain data (authority, bad neighbourhoods); the audit works without it, with less.
async fn load_intel() -> Option<DomainIntel> {
    let window = web_sys::window()?;
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str("data/domain-intel.bin")).await.ok()?.dyn_into().ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    DomainIntel::from_bytes(&js_sys::Uint8Array::new(&buffer).to_vec()).ok()
}

/// The fixed parts: Google's word on disavowing, the import form, the dashboard's slot.
fn draw_frame(app: &Element, state: &Shared) -> JsResult<()> {
    app.append_child(&text("p", "card note google", &t("backlinks_google_note"))?.attr("id", "google-note")?.0)?;
    let whose = El::new("select")?.attr("id", "import-whose")?.attr("aria-label", &t("import_whose"))?;
    whose.0.append_child(&El::new("option")?.attr("value", "mine")?.text(&t("import_whose_mine")).0)?;
    whose.0.append_child(&El::new("option")?.attr("value", "competitor")?.text(&t("import_whose_competitor")).0)?;
    let form = El::new("section")?
        .class("card")
        .attr("id", "import")?
        .child(text("h2", "", &t("import_backlinks"))?)?
        .child(text("p", "note", &t("import_backlinks_help"))?)?
        .child(El::new("input")?.attr("type", "file")?.attr("id", "import-files")?.attr("multiple", "")?.attr("accept", ".csv,.tsv,.txt")?.attr("aria-label", &t("import_backlinks"))?)?
        .child(whose)?
        .child(El::new("input")?.attr("type", "text")?.attr("id", "import-competitor")?.attr("placeholder", "rival.example")?.attr("aria-label", &t("import_competitor_domain"))?)?
        .child(El::new("ul")?.attr("id", "import-preview")?)?
        .child(El::new("button")?.attr("type", "button")?.attr("id", "import-confirm")?.attr("disabled", "")?.text(&t("import_confirm")))?
        .child(text("p", "status", "")?.attr("id", "status")?.attr("role", "status")?)?;
    app.append_child(&form.0)?;
    app.append_child(&El::new("div")?.attr("id", "dashboard")?.0)?;

    let s = state.clone();
    EventListener::new(&by_id("import-files")?.into(), "change", move |e| {
        let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let s = s.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = read_files(&s, &input).await {
                let _ = say(&chrome::error_text(&e));
            }
        });
    })
    .forget();
    let s = state.clone();
    EventListener::new(&by_id("import-confirm")?.into(), "click", move |_| {
        let s = s.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let message = match import(&s).await {
                Ok(message) => message,
                Err(why) => tr("import_failed", &[&why]),
            };
            let _ = say(&message);
        });
    })
    .forget();
    Ok(())
}

fn say(message: &str) -> JsResult<()> {
    by_id("status")?.set_text_content(Some(message));
    Ok(())
}

/// Reads the chosen files with the core's parsers and shows what each holds; nothing is stored.
async fn read_files(state: &Shared, input: &HtmlInputElement) -> JsResult<()> {
    let mut pending = Vec::new();
    if let Some(files) = input.files() {
        for i in 0..files.length() {
            let Some(file) = files.get(i) else { continue };
            let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
            pending.push((file.name(), parse_export(&js_sys::Uint8Array::new(&buffer).to_vec())));
        }
    }
    let preview = by_id("import-preview")?;
    preview.set_text_content(None);
    for (name, parsed) in &pending {
        let item = match parsed {
            Ok(p) => {
                let mut line = tr("import_file_read", &[name, p.format.label(), p.encoding.label(), &(p.links.len() + p.sites.len()).to_string()]);
                if !p.errors.is_empty() {
                    line.push(' ');
                    line.push_str(&plural("import_rows_skipped", p.errors.len(), &[]));
                }
                let li = text("li", "", &line)?.attr("data-file", name)?.attr("data-format", &format!("{:?}", p.format))?.attr("data-links", &(p.links.len() + p.sites.len()).to_string())?.attr("data-errors", &p.errors.len().to_string())?;
                let errors = El::new("ul")?;
                for e in p.errors.iter().take(5) {
                    errors.0.append_child(&text("li", "", &tr("import_row_error", &[&e.line.to_string(), &e.message]))?.0)?;
                }
                li.child(errors)?
            }
            Err(why) => text("li", "poor", &tr("import_file_unreadable", &[name, why]))?.attr("data-file", name)?.attr("data-unreadable", "")?,
        };
        preview.append_child(&item.0)?;
    }
    let readable = !pending.is_empty() && pending.iter().all(|(_, p)| p.is_ok());
    by_id("import-confirm")?.toggle_attribute_with_force("disabled", !readable)?;
    say(&if readable { t("import_ready") } else if pending.is_empty() { String::new() } else { t("import_not_all_readable") })?;
    state.borrow_mut().pending = pending;
    Ok(())
}

/// `value` as a JS array for IndexedDB, through JSON (serde → `JSON.parse`), as every record is.
fn js_array<T: serde::Serialize + ?Sized>(value: &T) -> Result<js_sys::Array, String> {
    let json = serde_json::to_string(value).map_err(|e| e.to_string())?;
    js_sys::JSON::parse(&json).map_err(|e| chrome::error_text(&e))?.dyn_into::<js_sys::Array>().map_err(|_| "not a list".to_string())
}

/// `mine`, or the competitor's registrable domain the user typed.
fn import_whose() -> Result<String, String> {
    let choice = by_id("import-whose").ok().and_then(|e| e.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default();
    if choice != "competitor" {
        return Ok(MINE.to_string());
    }
    let typed = by_id("import-competitor").ok().and_then(|e| e.dyn_into::<HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default();
    let host = typed.trim().trim_start_matches("https://").trim_start_matches("http://").split('/').next().unwrap_or("").to_ascii_lowercase();
    // In punycode, as the profile's competitors and the exports' hosts are.
    crate::idna_lite::host_to_ascii(&host).and_then(|h| crate::registrable_domain(&h)).ok_or_else(|| t("import_competitor_needed"))
}

/// Stores the pending files (after the user's click): merged over what is stored, one
/// transaction. Returns what to tell the user.
async fn import(state: &Shared) -> Result<String, String> {
    let whose = import_whose()?;
    let (db, pending, existing) = {
        let s = state.borrow();
        (s.db.clone(), s.pending.clone(), s.links.clone())
    };
    if pending.is_empty() || pending.iter().any(|(_, p)| p.is_err()) {
        return Err(t("import_not_all_readable"));
    }
    let now = clock::now_ms();
    // Where an import's time goes, for the benchmark (`#status[data-import-ms]`).
    let began = js_sys::Date::now();
    let mut links: Vec<StoredLink> = Vec::new();
    let mut sites: Vec<StoredSite> = Vec::new();
    let imports = js_sys::Array::new();
    let mut snapshots = Vec::new();
    let intel = state.borrow().intel.clone();
    for (name, parsed) in pending.iter().filter_map(|(n, p)| p.as_ref().ok().map(|p| (n, p))) {
        links.extend(parsed.links.iter().cloned().map(|l| StoredLink::new(&whose, l)));
        sites.extend(parsed.sites.iter().map(|s| StoredSite { key: format!("{whose}\n{}", s.site), whose: whose.clone(), site: s.site.clone(), linking_pages: s.linking_pages }));
        let snapshot = Snapshot { whose: whose.clone(), format: parsed.format.id().to_string(), imported_at: now, domains: snapshot_domains(parsed, intel.as_ref()) };
        let record = serde_json::json!({ "whose": whose, "file": name, "format": snapshot.format, "importedAt": now, "links": parsed.links.len(), "sites": parsed.sites.len(), "errors": parsed.errors.len(), "domains": snapshot.domains });
        snapshots.push(snapshot);
        imports.push(&js_sys::JSON::parse(&record.to_string()).map_err(|e| chrome::error_text(&e))?);
    }
    let merged = merge_into(&existing, links, &whose)?;
    let prepared = js_sys::Date::now();
    let (merged, sites) = store(&db, merged, sites, imports).await?;
    let stored = js_sys::Date::now();
    // The gap's warnings from what is saved now (another tab may have saved pages since).
    let saved = super::store::load(crate::crm::KEY_PREFIX).await.map(|l| l.records);
    let (count, files) = (merged.len() + sites.len(), pending.len());
    {
        let mut s = state.borrow_mut();
        let index: HashMap<String, usize> = s.links.iter().enumerate().map(|(i, l)| (l.key.clone(), i)).collect();
        for link in merged {
            match index.get(&link.key).copied() {
                Some(i) => {
                    if let Some(old) = s.links.get_mut(i) {
                        *old = link;
                    }
                }
                None => s.links.push(link),
            }
        }
        for site in sites {
            match s.sites.iter_mut().find(|x| x.key == site.key) {
                Some(old) => *old = site,
                None => s.sites.push(site),
            }
        }
        s.pending.clear();
        s.snapshots.extend(snapshots);
        if let Ok(saved) = saved {
            s.saved = saved;
        }
        s.aggregates_current = false;
    }
    let _ = by_id("import-preview").map(|p| p.set_text_content(None));
    let _ = by_id("import-confirm").map(|b| b.set_attribute("disabled", ""));
    redraw(state).map_err(|e| chrome::error_text(&e))?;
    let timing = format!("prepare:{:.0} store:{:.0} draw:{:.0}", prepared - began, stored - prepared, js_sys::Date::now() - stored);
    let _ = by_id("status").map(|e| e.set_attribute("data-import-ms", &timing));
    Ok(plural("import_done", files, &[&count.to_string()]))
}

/// The new links merged with the stored ones and with each other (same key): widest dates,
/// newest flags. Only the new or changed records come back.
fn merge_into(existing: &[StoredLink], links: Vec<StoredLink>, whose: &str) -> Result<Vec<StoredLink>, String> {
    let stored: HashMap<&str, &StoredLink> = existing.iter().map(|l| (l.key.as_str(), l)).collect();
    let mut merged: Vec<StoredLink> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for link in links {
        match at.get(&link.key).and_then(|&i| merged.get_mut(i)) {
            Some(earlier) => {
                let both = crate::backlinks::merge([earlier.link.clone(), link.link]);
                *earlier = StoredLink::new(whose, both.into_iter().next().ok_or("merge")?);
            }
            None => {
                let link = match stored.get(link.key.as_str()) {
                    Some(e) => StoredLink::new(whose, crate::backlinks::merge([e.link.clone(), link.link]).into_iter().next().ok_or("merge")?),
                    None => link,
                };
                at.insert(link.key.clone(), merged.len());
                merged.push(link);
            }
        }
    }
    Ok(merged)
}

/// Stores an import in chunks of one transaction, the page drawing the progress (and offering
/// Cancel) between them; gives the records back once stored.
async fn store(db: &IdbDatabase, merged: Vec<StoredLink>, sites: Vec<StoredSite>, imports: js_sys::Array) -> Result<(Vec<StoredLink>, Vec<StoredSite>), String> {
    let merged = Rc::new(merged);
    let sites = Rc::new(sites);
    let total = merged.len();
    let cancel = Rc::new(std::cell::Cell::new(false));
    let progress = progress_bar(total, cancel.clone()).map_err(|e| chrome::error_text(&e))?;
    let (for_chunks, sites_chunk) = (merged.clone(), sites.clone());
    let chunks = total.div_ceil(CHUNK);
    let mut imports = Some(imports);
    let next = move |i: usize| -> Option<(&'static str, js_sys::Array)> {
        if i < chunks {
            let _ = progress.set_attribute("value", &(i * CHUNK).to_string());
            let _ = say(&tr("import_storing", &[&(i * CHUNK).to_string(), &total.to_string()]));
            let end = ((i + 1) * CHUNK).min(total);
            return Some((idb::LINKS, js_array(for_chunks.get(i * CHUNK..end).unwrap_or_default()).unwrap_or_default()));
        }
        match i - chunks {
            0 => Some((idb::SITES, js_array(&*sites_chunk).unwrap_or_default())),
            1 => imports.take().map(|a| (idb::IMPORTS, a)),
            _ => None,
        }
    };
    let stored = idb::put_chunked(db, &[idb::LINKS, idb::SITES, idb::IMPORTS], next, cancel.clone()).await;
    let _ = by_id("import-progress-row").map(|e| e.remove());
    if cancel.get() {
        return Err(t("import_cancelled"));
    }
    stored?;
    let merged = Rc::try_unwrap(merged).unwrap_or_else(|rc| (*rc).clone());
    let sites = Rc::try_unwrap(sites).unwrap_or_else(|rc| (*rc).clone());
    Ok((merged, sites))
}

/// A progress bar and a Cancel button under the import form, for the time of one import.
fn progress_bar(total: usize, cancel: Rc<std::cell::Cell<bool>>) -> JsResult<Element> {
    let bar = El::new("progress")?.attr("id", "import-progress")?.attr("max", &total.max(1).to_string())?.attr("value", "0")?.attr("aria-label", &t("import_progress"))?;
    let button = El::new("button")?.attr("type", "button")?.attr("id", "import-cancel")?.text(&t("import_cancel"));
    EventListener::new(&button.0, "click", move |_| cancel.set(true)).forget();
    let element = bar.0.clone();
    let row = El::new("p")?.attr("id", "import-progress-row")?.child(bar)?.child(button)?;
    by_id("import")?.append_child(&row.0)?;
    Ok(element)
}

/// Recomputes the summary from what is stored and draws the dashboard.
fn redraw(state: &Shared) -> JsResult<()> {
    let summary = {
        let s = state.borrow();
        let mine: Vec<_> = s.links.iter().filter(|l| l.whose == MINE).map(|l| l.link.clone()).collect();
        let sites: Vec<_> = s.sites.iter().filter(|x| x.whose == MINE).map(|x| crate::backlinks::import::SiteRow { site: x.site.clone(), linking_pages: x.linking_pages }).collect();
        let mut competitors: Vec<(String, Vec<crate::backlinks::Backlink>)> = Vec::new();
        for l in s.links.iter().filter(|l| l.whose != MINE) {
            match competitors.iter_mut().find(|(d, _)| *d == l.whose) {
                Some((_, links)) => links.push(l.link.clone()),
                None => competitors.push((l.whose.clone(), vec![l.link.clone()])),
            }
        }
        let mut summary = summarise(mine.clone(), &sites, &competitors, &s.profile, s.intel.as_ref());
        if s.gap_followed_only {
            let competitors: Vec<_> = competitors.into_iter().map(|(d, links)| (d, crate::backlinks::merge(links))).collect();
            summary.link_gap = crate::backlinks::gap::link_gap(&crate::backlinks::merge(mine), &competitors, s.intel.as_ref(), true);
        }
        summary
    };
    let dashboard = by_id("dashboard")?;
    dashboard.set_text_content(None);
    let mut listeners = Vec::new();
    dashboard.append_child(&totals(&summary)?.0)?;
    let (table, mut more) = domains(state, &summary)?;
    dashboard.append_child(&table.0)?;
    listeners.append(&mut more);
    dashboard.append_child(&anchor_mix(&summary)?.0)?;
    dashboard.append_child(&growth(&summary)?.0)?;
    dashboard.append_child(&between(&state.borrow().snapshots)?.0)?;
    let (gap, mut more) = gap(state, &summary)?;
    dashboard.append_child(&gap.0)?;
    listeners.append(&mut more);
    let mut s = state.borrow_mut();
    if !s.aggregates_current {
        s.aggregates_current = true;
        let (db, records) = (s.db.clone(), aggregates(&summary));
        wasm_bindgen_futures::spawn_local(async move {
            let stored = match records.and_then(|r| js_array(&r)) {
                Ok(records) => idb::replace(&db, idb::DOMAINS, records).await,
                Err(why) => Err(why),
            };
            if let Err(why) = stored {
                web_sys::console::warn_1(&format!("Backlink Bot: the per-domain figures were not stored: {why}").into());
            }
        });
    }
    s.summary = Some(summary);
    s.shown = listeners;
    drop(s);
    draw_window(state)
}

/// One record per referring domain of mine (its audit: risk, reasons, tier, links, anchors),
/// kept beside the links so the figures are there without reading every link.
fn aggregates(summary: &Summary) -> Result<Vec<serde_json::Value>, String> {
    summary
        .domains
        .iter()
        .map(|d| {
            let mut value = serde_json::to_value(d).map_err(|e| e.to_string())?;
            if let Some(object) = value.as_object_mut() {
                object.insert("key".into(), format!("{MINE}\n{}", d.domain).into());
                object.insert("whose".into(), MINE.into());
            }
            Ok(value)
        })
        .collect()
}

/// New and lost referring domains between successive imports of one source (`#between`).
fn between(snapshots: &[Snapshot]) -> JsResult<El> {
    let changes = between_imports(snapshots, MINE);
    let section = El::new("section")?.class("card").attr("id", "between-imports")?.child(text("h2", "", &t("between_heading"))?)?;
    if changes.is_empty() {
        return section.child(text("p", "note", &t("between_none"))?);
    }
    let table = El::new("table")?.attr("id", "between")?;
    let head = El::new("tr")?;
    for h in ["col_source", "col_from", "col_to", "col_new", "col_lost"] {
        head.0.append_child(&text("th", "", &t(h))?.0)?;
    }
    table.0.append_child(&head.0)?;
    let names = |domains: &[String]| {
        let shown: Vec<&str> = domains.iter().take(5).map(String::as_str).collect();
        let more = domains.len().saturating_sub(shown.len());
        if more > 0 { format!("{} (+{more})", shown.join(", ")) } else { shown.join(", ") }
    };
    for b in changes.iter().rev() {
        let row = El::new("tr")?
            .attr("data-new", &b.new.len().to_string())?
            .attr("data-lost", &b.lost.len().to_string())?
            .child(text("td", "", crate::backlinks::import::Format::from_id(&b.format).map_or(b.format.as_str(), |f| f.label()))?)?
            .child(text("td", "", &crate::crm::time::date_of_ms(b.from))?)?
            .child(text("td", "", &crate::crm::time::date_of_ms(b.to))?)?
            .child(text("td", "", &format!("{} {}", b.new.len(), names(&b.new)))?)?
            .child(text("td", "", &format!("{} {}", b.lost.len(), names(&b.lost)))?)?;
        table.0.append_child(&row.0)?;
    }
    section.child(table)
}

fn risk_label(risk: Risk) -> String {
    t(match risk {
        Risk::Clean => "risk_clean",
        Risk::Review => "risk_review",
        Risk::LikelyToxic => "risk_likely_toxic",
    })
}

fn risk_id(risk: Risk) -> &'static str {
    match risk {
        Risk::Clean => "clean",
        Risk::Review => "review",
        Risk::LikelyToxic => "likely-toxic",
    }
}

fn totals(summary: &Summary) -> JsResult<El> {
    let t_ = &summary.totals;
    let count = |r: Risk| t_.by_risk.iter().find(|(x, _)| *x == r).map_or(0, |(_, n)| *n);
    let share = t_.followed_share.map_or_else(|| "–".to_string(), |s| format!("{:.0} %", s * 100.0));
    let line = tr("backlinks_totals", &[&t_.links.to_string(), &t_.referring_domains.to_string(), &share, &count(Risk::Review).to_string(), &count(Risk::LikelyToxic).to_string()]);
    El::new("section")?
        .class("card")
        .attr("id", "totals")?
        .attr("data-links", &t_.links.to_string())?
        .attr("data-live-links", &t_.live_links.to_string())?
        .attr("data-referring-domains", &t_.referring_domains.to_string())?
        .attr("data-review", &count(Risk::Review).to_string())?
        .attr("data-likely-toxic", &count(Risk::LikelyToxic).to_string())?
        .child(text("h2", "", &t("backlinks_heading"))?)?
        .child(text("p", "", &line)?)
}

/// The referring domains, riskiest first, each with its reasons and the user's mark.
/// The referring domains, riskiest first, as a virtualised table: every domain is reachable by
/// scrolling, but only the rows in view (and a few either side) exist in the page, so 10,000
/// domains draw as fast as 30. Rows have one fixed height (`backlinks.css`), measured once.
/// Marks are saved from one delegated `change` listener. Hooks: `#domains-view` (`data-total`,
/// `data-first`, `data-shown`), `#domains tr[data-domain]`.
fn domains(state: &Shared, summary: &Summary) -> JsResult<(El, Vec<EventListener>)> {
    let table = El::new("table")?.attr("id", "domains")?;
    let head = El::new("tr")?;
    for h in ["col_domain", "col_risk", "col_links", "col_reasons", "col_action"] {
        head.0.append_child(&text("th", "", &t(h))?.0)?;
    }
    let table = table.child(El::new("thead")?.child(head)?)?.child(El::new("tbody")?.attr("id", "domains-body")?)?;
    let view = El::new("div")?.class("domains-view").attr("id", "domains-view")?.attr("tabindex", "0")?.attr("aria-label", &t("referring_domains"))?.attr("data-total", &summary.domains.len().to_string())?.child(table)?;
    let s = state.clone();
    let changed = EventListener::new(&view.0, "change", move |e| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if let Some(domain) = target.get_attribute("data-mark") {
            save_mark(&s, &domain, target.dyn_ref::<HtmlSelectElement>().map(HtmlSelectElement::value), None);
        } else if let Some(domain) = target.get_attribute("data-note") {
            save_mark(&s, &domain, None, target.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value));
        }
    });
    // Scrolling redraws the window once per frame at most.
    let (s, pending) = (state.clone(), Rc::new(std::cell::Cell::new(false)));
    let scrolled = EventListener::new(&view.0, "scroll", move |_| {
        if pending.replace(true) {
            return;
        }
        let (s, pending) = (s.clone(), pending.clone());
        let frame = Closure::once_into_js(move || {
            pending.set(false);
            let _ = draw_window(&s);
        });
        let _ = web_sys::window().map(|w| w.request_animation_frame(frame.unchecked_ref()));
    });
    let card = El::new("section")?.class("card").child(text("h2", "", &t("referring_domains"))?)?.child(view)?;
    let (controls, mut listeners) = disavow_controls(state)?;
    listeners.push(changed);
    listeners.push(scrolled);
    Ok((card.child(controls)?, listeners))
}

/// Rows drawn beyond the view on either side (keyboard focus and fast scrolls land on rows).
const OVERSCAN: usize = 10;

/// Draws the rows of the domains table that are in view (see [`domains`]).
fn draw_window(state: &Shared) -> JsResult<()> {
    draw_rows(state, true)
}

fn draw_rows(state: &Shared, measure: bool) -> JsResult<()> {
    let (Ok(view), Ok(body)) = (by_id("domains-view"), by_id("domains-body")) else { return Ok(()) };
    let s = state.borrow();
    let Some(summary) = &s.summary else { return Ok(()) };
    let total = summary.domains.len();
    let row_height = s.row_height.get();
    let top = f64::from(view.scroll_top());
    let height = f64::from(view.client_height().max(600));
    let first = ((top / row_height) as usize).saturating_sub(OVERSCAN).min(total);
    let last = (((top + height) / row_height).ceil() as usize + OVERSCAN).min(total);
    body.set_text_content(None);
    body.append_child(&spacer(first as f64 * row_height)?.0)?;
    for d in summary.domains.get(first..last).unwrap_or_default() {
        body.append_child(&domain_row(d, s.marks.iter().find(|m| m.domain == d.domain))?.0)?;
    }
    body.append_child(&spacer((total - last) as f64 * row_height)?.0)?;
    view.set_attribute("data-first", &first.to_string())?;
    view.set_attribute("data-shown", &(last - first).to_string())?;
    // The rows' real height, once drawn (fonts and zoom decide it): the window math uses it.
    let measured = body.query_selector("tr[data-domain]")?.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()).map(|r| f64::from(r.offset_height()));
    if let Some(h) = measured.filter(|&h| measure && h > 0.0 && (h - row_height).abs() > 0.5) {
        // Drawn again once with the real height.
        s.row_height.set(h);
        drop(s);
        return draw_rows(state, false);
    }
    Ok(())
}

/// An empty row standing for `height` pixels of rows not drawn.
fn spacer(height: f64) -> JsResult<El> {
    let cell = El::new("td")?.attr("colspan", "5")?;
    let row = El::new("tr")?.class("spacer").attr("aria-hidden", "true")?.child(cell)?;
    row.0.unchecked_ref::<web_sys::HtmlElement>().style().set_property("height", &format!("{height}px"))?;
    Ok(row)
}

/// One referring domain: risk, links, reasons (clamped; all of them in the title), mark and note.
fn domain_row(d: &crate::backlinks::audit::DomainAudit, mark: Option<&Mark>) -> JsResult<El> {
    let reasons: Vec<String> = d.reasons.iter().map(|r| format!("{:+} {}", r.weight, r.reason)).collect();
    let action = mark.map_or("keep", |m| m.action.as_str());
    let select = El::new("select")?.attr("data-mark", &d.domain)?.attr("aria-label", &tr("mark_domain", &[&d.domain]))?;
    for (id, key) in [("keep", "action_keep"), ("disavow", "action_disavow"), ("watch", "action_watch")] {
        let option = El::new("option")?.attr("value", id)?.text(&t(key));
        let option = if id == action { option.attr("selected", "")? } else { option };
        select.0.append_child(&option.0)?;
    }
    let note = El::new("input")?.attr("type", "text")?.attr("data-note", &d.domain)?.attr("value", mark.map_or("", |m| m.note.as_str()))?.attr("placeholder", &t("mark_note"))?.attr("aria-label", &tr("mark_note_for", &[&d.domain]))?;
    let all = reasons.join("\n");
    El::new("tr")?
        .attr("data-domain", &d.domain)?
        .attr("data-risk", risk_id(d.risk))?
        .child(El::new("td")?.child(text("div", "clamp", &d.domain)?.attr("title", &d.domain)?)?)?
        .child(text("td", &format!("risk-{}", risk_id(d.risk)), &risk_label(d.risk))?)?
        .child(text("td", "", &d.links.to_string())?)?
        .child(El::new("td")?.class("reasons").child(text("div", "clamp", &all)?.attr("title", &all)?)?)?
        .child(El::new("td")?.class("action").child(select)?.child(note)?)
}

/// Stores a domain's mark with a new action or note (the other kept as it was).
fn save_mark(state: &Shared, domain: &str, action: Option<String>, note: Option<String>) {
    let mut mark = state.borrow().marks.iter().find(|m| m.domain == domain).cloned().unwrap_or(Mark { domain: domain.to_string(), action: "keep".into(), note: String::new() });
    if let Some(action) = action {
        mark.action = action;
    }
    if let Some(note) = note {
        mark.note = note;
    }
    let s = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let db = s.borrow().db.clone();
        let result = match js_array(&[&mark]) {
            Ok(array) => idb::put(&db, &[(idb::MARKS, array)]).await,
            Err(why) => Err(why),
        };
        match result {
            Ok(()) => {
                let mut st = s.borrow_mut();
                st.marks.retain(|m| m.domain != mark.domain);
                st.marks.push(mark);
            }
            Err(why) => {
                let _ = say(&tr("mark_failed", &[&why]));
            }
        }
    });
}

/// An existing disavow file to keep, and the download of the file with the marked domains.
fn disavow_controls(state: &Shared) -> JsResult<(El, Vec<EventListener>)> {
    let mut listeners = Vec::new();
    let existing = El::new("input")?.attr("type", "file")?.attr("id", "disavow-existing")?.attr("accept", ".txt")?.attr("aria-label", &t("disavow_existing"))?;
    let s = state.clone();
    listeners.push(EventListener::new(&existing.0, "change", move |e| {
        let Some(file) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        let s = s.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
            let (_, errors) = disavow::parse(&text);
            let message = match errors.first() {
                Some((line, why)) => tr("disavow_existing_refused", &[&line.to_string(), why]),
                None => {
                    s.borrow_mut().existing_disavow = text;
                    t("disavow_existing_kept")
                }
            };
            let _ = say(&message);
        });
    }));
    let download = El::new("button")?.attr("type", "button")?.attr("id", "download-disavow")?.text(&t("download_disavow"));
    let s = state.clone();
    listeners.push(EventListener::new(&download.0, "click", move |_| {
        let st = s.borrow();
        let reasons = |domain: &str| st.summary.as_ref().and_then(|x| x.domains.iter().find(|d| d.domain == domain)).map(|d| d.reasons.iter().filter(|r| r.weight > 0).map(|r| r.reason.to_string()).collect::<Vec<_>>().join("; ")).unwrap_or_default();
        // The comment above each line: the user's note first, then the audit's reasons.
        let chosen: Vec<(String, String)> = st.marks.iter().filter(|m| m.action == "disavow").map(|m| (m.domain.clone(), [m.note.clone(), reasons(&m.domain)].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join("; "))).collect();
        match disavow::write(&st.existing_disavow, &chosen, today(), st.intel.as_ref()) {
            Ok(file) => {
                let _ = super::download(&file, "text/plain;charset=utf-8", "disavow.txt");
            }
            Err(why) => {
                let _ = say(&why);
            }
        }
    }));
    let existing = El::new("label")?.child(text("span", "", &t("disavow_existing"))?)?.child(existing)?;
    Ok((El::new("div")?.class("disavow").child(existing)?.child(download)?, listeners))
}

fn anchor_mix(summary: &Summary) -> JsResult<El> {
    let table = El::new("table")?.attr("id", "anchor-mix")?;
    for a in &summary.anchor_mix {
        let (class, key) = match a.class {
            AnchorClass::Branded => ("branded", "anchor_branded"),
            AnchorClass::ExactMatch => ("exact-match", "anchor_exact_match"),
            AnchorClass::PartialMatch => ("partial-match", "anchor_partial_match"),
            AnchorClass::Generic => ("generic", "anchor_generic"),
            AnchorClass::NakedUrl => ("naked-url", "anchor_naked_url"),
            AnchorClass::ImageOrEmpty => ("image-or-empty", "anchor_image_or_empty"),
            AnchorClass::Other => ("other", "anchor_other"),
        };
        let row = El::new("tr")?
            .attr("data-class", class)?
            .attr("data-links", &a.links.to_string())?
            .child(text("td", "", &t(key))?)?
            .child(text("td", "", &format!("{:.0} %", a.share * 100.0))?)?
            .child(text("td", "note", &tr("usual_range", &[&a.usual_range.0.to_string(), &a.usual_range.1.to_string()]))?)?;
        table.0.append_child(&row.0)?;
    }
    El::new("section")?.class("card").child(text("h2", "", &t("anchor_mix"))?)?.child(table)?.child(text("p", "note", &t("anchor_mix_note"))?)
}

fn growth(summary: &Summary) -> JsResult<El> {
    let table = El::new("table")?.attr("id", "growth")?;
    let head = El::new("tr")?;
    for h in ["col_month", "col_new", "col_lost"] {
        head.0.append_child(&text("th", "", &t(h))?.0)?;
    }
    table.0.append_child(&head.0)?;
    for m in &summary.growth.months {
        let row = El::new("tr")?.attr("data-month", &m.month)?.child(text("td", "", &m.month)?)?.child(text("td", if m.spike { "poor" } else { "" }, &if m.spike { tr("growth_spike", &[&m.new.to_string()]) } else { m.new.to_string() })?)?.child(text("td", "", &m.lost.to_string())?)?;
        let row = if m.spike { row.attr("data-spike", "")? } else { row };
        table.0.append_child(&row.0)?;
    }
    El::new("section")?.class("card").child(text("h2", "", &t("growth_heading"))?)?.child(growth_chart(summary)?)?.child(table)
}

/// New (green) and lost (red) referring domains per month as bars, drawn here as SVG (no
/// library); each bar names its month and count, and the table below says the same in text.
fn growth_chart(summary: &Summary) -> JsResult<El> {
    const NS: &str = "http://www.w3.org/2000/svg";
    let svg = |tag: &str| -> JsResult<Element> { document()?.create_element_ns(Some(NS), tag) };
    let months = &summary.growth.months;
    let chart = svg("svg")?;
    let width = (months.len() * 12).max(12);
    chart.set_attribute("viewBox", &format!("0 0 {width} 60"))?;
    chart.set_attribute("preserveAspectRatio", "none")?;
    chart.set_attribute("class", "growth-chart")?;
    chart.set_attribute("role", "img")?;
    chart.set_attribute("aria-label", &t("growth_chart_label"))?;
    // One tab stop that points to the table below, which holds every bar's figures as text.
    chart.set_attribute("tabindex", "0")?;
    chart.set_attribute("aria-describedby", "growth")?;
    let max = months.iter().map(|m| m.new.max(m.lost)).max().unwrap_or(0).max(1);
    for (i, m) in months.iter().enumerate() {
        for (offset, count, class, key) in [(1, m.new, "bar-new", "growth_bar_new"), (6, m.lost, "bar-lost", "growth_bar_lost")] {
            let height = f64::from(count) / f64::from(max) * 54.0;
            let bar = svg("rect")?;
            bar.set_attribute("x", &(i * 12 + offset).to_string())?;
            bar.set_attribute("y", &format!("{:.1}", 58.0 - height))?;
            bar.set_attribute("width", "5")?;
            bar.set_attribute("height", &format!("{height:.1}"))?;
            bar.set_attribute("class", if m.spike && offset == 1 { "bar-new spike" } else { class })?;
            let title = svg("title")?;
            title.set_text_content(Some(&tr(key, &[&m.month, &count.to_string()])));
            bar.append_child(&title)?;
            chart.append_child(&bar)?;
        }
    }
    Ok(El(chart))
}

/// The competitors' link gap, with "Add to opportunities" for the chosen domains.
fn gap(state: &Shared, summary: &Summary) -> JsResult<(El, Vec<EventListener>)> {
    let table = El::new("table")?.attr("id", "gap")?;
    let s = state.borrow();
    for g in summary.link_gap.iter().take(MAX_ROWS) {
        let tier = g.tier.map(|t| t.label().to_string()).unwrap_or_default();
        // The popup's warnings for the domain: never pitch a do-not-contact site; say what is saved.
        let domain = crate::crm::canonical_url(&g.example).map(|u| crate::crm::domain_of(&u)).unwrap_or_default();
        let of_domain: Vec<crate::crm::Record> = s.saved.iter().filter(|r| r.domain == domain).cloned().collect();
        let info = crate::crm::saved_info("", &of_domain);
        let warning = if info.do_not_contact {
            t("gap_do_not_contact")
        } else if info.domain_pages > 0 {
            plural("gap_saved_pages", info.domain_pages as usize, &[])
        } else {
            String::new()
        };
        let row = El::new("tr")?
            .attr("data-domain", &g.domain)?
            .attr("data-saved-pages", &info.domain_pages.to_string())?
            .child(El::new("td")?.child(El::new("input")?.attr("type", "checkbox")?.attr("data-gap", &g.domain)?.attr("aria-label", &g.domain)?)?)?
            .child(text("td", "", &g.domain)?)?
            .child(text("td", "", &g.competitors.join(", "))?)?
            .child(text("td", "", &tier)?)?
            .child(text("td", "warning", &warning)?)?;
        let row = if info.do_not_contact { row.attr("data-do-not-contact", "true")? } else { row };
        table.0.append_child(&row.0)?;
    }
    drop(s);
    let followed_only = El::new("input")?.attr("type", "checkbox")?.attr("id", "gap-followed-only")?;
    let followed_only = if state.borrow().gap_followed_only { followed_only.attr("checked", "")? } else { followed_only };
    let s = state.clone();
    let toggle = EventListener::new(&followed_only.0, "change", move |e| {
        let on = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
        s.borrow_mut().gap_followed_only = on;
        let _ = redraw(&s);
        let _ = by_id("gap-followed-only").map(|e| e.dyn_into::<web_sys::HtmlElement>().map(|h| h.focus()));
    });
    let add = El::new("button")?.attr("type", "button")?.attr("id", "add-gap")?.text(&t("add_gap"));
    let s = state.clone();
    let listener = EventListener::new(&add.0, "click", move |_| {
        let chosen: Vec<String> = document().ok().and_then(|d| d.query_selector_all("input[data-gap]:checked").ok()).map(|list| (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).filter_map(|e| e.get_attribute("data-gap")).collect()).unwrap_or_default();
        let s = s.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let message = match add_gap(&s, &chosen).await {
                Ok(plan) => {
                    let mut message = plural("gap_added", plan.records.len(), &[]);
                    if !plan.do_not_contact.is_empty() {
                        message.push(' ');
                        message.push_str(&tr("gap_skipped_do_not_contact", &[&plan.do_not_contact.join(", ")]));
                    }
                    if !plan.already_saved.is_empty() {
                        message.push(' ');
                        message.push_str(&tr("gap_already_saved", &[&plan.already_saved.join(", ")]));
                    }
                    message
                }
                Err(why) => tr("gap_failed", &[&why]),
            };
            let _ = say(&message);
        });
    });
    let filter = El::new("label")?.child(followed_only)?.child(text("span", "", &t("gap_followed_only"))?)?;
    let card = El::new("section")?.class("card").attr("id", "link-gap")?.child(text("h2", "", &t("link_gap"))?)?.child(text("p", "note", &t("link_gap_help"))?)?.child(filter)?.child(table)?.child(add)?;
    Ok((card, vec![listener, toggle]))
}

/// Saves the chosen gap domains as opportunities (`gap::to_opportunities`): their example
/// linking page, status new, tag `link-gap`, the competitors in the notes; a saved URL is updated,
/// a do-not-contact domain left out. Read from what is saved now, not from when the page opened.
async fn add_gap(state: &Shared, domains: &[String]) -> Result<crate::backlinks::gap::GapAdd, String> {
    let saved = super::store::load(crate::crm::KEY_PREFIX).await?.records;
    let plan = {
        let s = state.borrow();
        let summary = s.summary.as_ref().ok_or("nothing to add")?;
        crate::backlinks::gap::to_opportunities(&summary.link_gap, domains, &saved, |g| tr("gap_note", &[&g.competitors.join(", ")]), clock::now_ms())
    };
    super::store::put_many(plan.records.clone()).await?;
    state.borrow_mut().saved = super::store::load(crate::crm::KEY_PREFIX).await.map(|l| l.records).unwrap_or(saved);
    let _ = redraw(state);
    Ok(plan)
}
