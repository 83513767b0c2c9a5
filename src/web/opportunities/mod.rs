//! The Opportunities page (a full tab): the saved records as a sortable, filterable table with
//! the outreach pipeline, a detail panel to work one record, bulk status changes, delete with
//! undo, and export/import.
//!
//! The table draws only the rows in view (fixed row height, a spacer for the scroll range), so
//! 10,000 records cost the same DOM as 30. Filtering and sorting are the core's
//! (`opportunity::query`), export and import too (`opportunity::transfer`); this module moves
//! records between storage, the core and the DOM. The page follows `chrome.storage` changes, so a
//! save from a popup in any window appears at once.
//!
//! Hooks for tests: `<body data-state>` (`loading`, `ready`, `error`), `#count[data-total]
//! [data-shown]`, rows `.row[data-url][data-status]`, `#detail[data-url]`, `#import-panel
//! [data-import-state]`, `#toast[data-toast]`, `#banner[data-problems]`.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use super::dom::{by_id, document, fixed1, now, score_band, status_select, text, El, JsResult};
use super::store::{self, Current, Problem};
use super::{chrome, today};
use crate::intel::Tier;
use crate::opportunity::query::{self, Column, Query};
use crate::opportunity::transfer::{self, ImportPlan, StoredProblems};
use crate::opportunity::{self, parse_key, time, Record, Status};
use crate::prospect::opportunities::OpportunityKind;
use crate::prospect::suitability::Verdict;

/// Row height in pixels; must match `.row` in opportunities.css.
const ROW_HEIGHT: f64 = 34.0;
/// Rows drawn above and below the visible ones, so a fast scroll never shows a gap.
const OVERSCAN: usize = 10;

/// Table columns: id (a `query::Column` id, or `pick`), header label.
const COLUMNS: [(&str, &str); 12] = [
    ("pick", ""),
    ("score", "Score"),
    ("page", "Page"),
    ("domain", "Domain"),
    ("status", "Status"),
    ("verdict", "Verdict"),
    ("types", "Types"),
    ("tier", "Authority"),
    ("tags", "Tags"),
    ("follow-up", "Follow-up"),
    ("saved-at", "Saved"),
    ("updated-at", "Updated"),
];

/// The page's state. Never borrowed across an `await`.
#[derive(Default)]
struct State {
    records: Vec<Record>,
    /// `query::haystack` of each record, same order.
    haystacks: Vec<String>,
    /// Positions in `records` the table shows, in order.
    rows: Vec<usize>,
    query: Query,
    /// Selected URLs (for bulk actions).
    selected: HashSet<String>,
    /// The records of the last delete, for undo.
    deleted: Vec<Record>,
    plan: Option<ImportPlan>,
    problems: Vec<Problem>,
}

type Shared = Rc<RefCell<State>>;

/// Entry point called by `opportunities.js` once the Wasm module is initialised.
#[wasm_bindgen(js_name = startOpportunities)]
pub async fn start_opportunities() -> Result<(), JsValue> {
    super::fault::install();
    super::hooks::load().await;
    let app = by_id("app")?;
    let started = now();
    let loaded = match store::load(opportunity::KEY_PREFIX).await {
        Ok(loaded) => loaded,
        Err(why) => {
            app.set_text_content(None);
            app.append_child(&text("p", "card error", &format!("Saved opportunities could not be read: {why}"))?.attr("role", "alert")?.0)?;
            return set_state("error");
        }
    };
    let state: Shared = Rc::new(RefCell::new(State {
        haystacks: loaded.records.iter().map(query::haystack).collect(),
        records: loaded.records,
        problems: loaded.problems,
        query: Query { sort: Column::SavedAt, descending: true, ..Query::default() },
        ..State::default()
    }));
    app.set_text_content(None);
    build(&app, &state)?;
    records_changed(&state)?;
    show_problems(&state)?;
    let live = state.clone();
    chrome::on_storage_change(opportunity::KEY_PREFIX, move |changes| {
        apply_changes(&live, changes);
        let _ = records_changed(&live);
        let _ = show_problems(&live);
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

/// Takes changes made anywhere (this page, a popup, another window) into the table.
fn apply_changes(state: &Shared, changes: Vec<(String, Option<String>)>) {
    let mut s = state.borrow_mut();
    // One pass over the records whatever the batch size: a bulk change or an import of 10,000
    // records arrives as one event.
    let changed: HashSet<String> = changes.iter().filter_map(|(key, _)| parse_key(key)).map(|(_, url)| url.to_string()).collect();
    let keys: HashSet<&str> = changes.iter().map(|(key, _)| key.as_str()).collect();
    let State { records, haystacks, problems, selected, .. } = &mut *s;
    let mut kept = 0;
    for i in 0..records.len() {
        if records.get(i).is_some_and(|r| !changed.contains(&r.url)) {
            records.swap(kept, i);
            haystacks.swap(kept, i);
            kept += 1;
        }
    }
    records.truncate(kept);
    haystacks.truncate(kept);
    problems.retain(|p| !keys.contains(p.key.as_str()));
    for (key, json) in changes {
        let Some((domain, url)) = parse_key(&key) else { continue };
        match json.map(|j| opportunity::from_stored(&j)) {
            Some(Ok(mut record)) if record.url == url => {
                record.domain = domain.to_string();
                haystacks.push(query::haystack(&record));
                records.push(record);
            }
            Some(Ok(record)) => problems.push(Problem { key: key.clone(), message: format!("stored under another URL ({})", record.url), newer: false }),
            Some(Err(why)) => problems.push(Problem { key: key.clone(), newer: matches!(why, opportunity::RecordError::NewerSchema(_)), message: why.to_string() }),
            None => {
                selected.remove(url);
            }
        }
    }
}

fn select_el(id: &str, label: &str, options: &[(String, String)]) -> JsResult<El> {
    let select = El::new("select")?.attr("id", id)?.attr("aria-label", label)?;
    select.0.append_child(&El::new("option")?.attr("value", "")?.text(label).0)?;
    for (value, text) in options {
        select.0.append_child(&El::new("option")?.attr("value", value)?.text(text).0)?;
    }
    Ok(select)
}

fn status_options() -> Vec<(String, String)> {
    Status::ALL.iter().map(|s| (s.id().to_string(), s.label().to_string())).collect()
}

fn button(id: &str, label: &str) -> JsResult<El> {
    Ok(El::new("button")?.attr("id", id)?.attr("type", "button")?.text(label))
}

/// Builds the page's fixed parts and wires their events.
fn build(app: &Element, state: &Shared) -> JsResult<()> {
    let toolbar = El::new("div")?
        .class("toolbar")
        .child(text("span", "count", "")?.attr("id", "count")?)?
        .child(button("export-csv", "Export CSV")?)?
        .child(button("export-json", "Export JSON backup")?)?
        .child(
            El::new("label")?
                .class("import")
                .child(text("span", "", "Import CSV or JSON…")?)?
                .child(El::new("input")?.attr("id", "import-file")?.attr("type", "file")?.attr("accept", ".csv,.json,text/csv,application/json")?)?,
        )?;
    app.append_child(&toolbar.0)?;
    app.append_child(&El::new("div")?.attr("id", "banner")?.attr("role", "alert")?.attr("hidden", "")?.0)?;
    app.append_child(&El::new("section")?.class("card import-panel").attr("id", "import-panel")?.attr("hidden", "")?.0)?;
    app.append_child(&El::new("div")?.class("toast").attr("id", "toast")?.attr("role", "status")?.attr("hidden", "")?.0)?;

    let verdicts: Vec<(String, String)> = Verdict::ALL.iter().map(|v| (v.id().to_string(), v.label().to_string())).collect();
    let kinds: Vec<(String, String)> = OpportunityKind::ALL.iter().map(|k| (k.id().to_string(), k.label().to_string())).collect();
    let filters = El::new("div")?
        .class("filters")
        .attr("role", "search")?
        .child(El::new("input")?.attr("id", "filter-text")?.attr("type", "search")?.attr("placeholder", "Search URL, title, notes, contacts…")?)?
        .child(select_el("filter-status", "Any status", &status_options())?)?
        .child(select_el("filter-verdict", "Any verdict", &verdicts)?)?
        .child(select_el("filter-type", "Any type", &kinds)?)?
        .child(select_el("filter-tag", "Any tag", &[])?)?;
    app.append_child(&filters.0)?;

    let bulk = El::new("div")?
        .class("bulk")
        .attr("id", "bulk")?
        .attr("hidden", "")?
        .child(text("span", "", "")?.attr("id", "bulk-count")?)?
        .child(select_el("bulk-status", "Set status…", &status_options())?)?
        .child(button("bulk-apply", "Apply")?)?
        .child(button("bulk-delete", "Delete")?.class("danger"))?
        .child(button("bulk-clear", "Clear selection")?)?;
    app.append_child(&bulk.0)?;

    let head = El::new("div")?.class("row head").attr("role", "row")?;
    for (id, label) in COLUMNS {
        let cell = if id == "pick" {
            El::new("span")?
                .class("cell pick")
                .child(El::new("input")?.attr("type", "checkbox")?.attr("id", "pick-all")?.attr("aria-label", "Select all shown")?)?
        } else {
            El::new("span")?.class(&format!("cell c-{id}")).attr("role", "columnheader")?.child(button(&format!("sort-{id}"), label)?.attr("data-sort", id)?)?
        };
        head.0.append_child(&cell.0)?;
    }
    let viewport = El::new("div")?
        .class("viewport")
        .attr("id", "viewport")?
        .child(El::new("div")?.class("spacer").attr("id", "spacer")?.child(El::new("div")?.class("rows").attr("id", "rows")?.attr("role", "rowgroup")?)?)?;
    let grid = El::new("div")?.class("grid").attr("role", "grid")?.attr("aria-label", "Saved opportunities")?.child(head)?.child(viewport)?;
    let layout = El::new("div")?.class("layout").child(grid)?.child(El::new("aside")?.class("detail").attr("id", "detail")?.attr("hidden", "")?)?;
    app.append_child(&layout.0)?;
    app.append_child(&text("p", "empty", "")?.attr("id", "empty")?.attr("hidden", "")?.0)?;
    wire(state)
}

fn listen(id: &str, event: &'static str, state: &Shared, handler: fn(&Shared, &web_sys::Event)) -> JsResult<()> {
    let state = state.clone();
    EventListener::new(&by_id(id)?.into(), event, move |e| handler(&state, e)).forget();
    Ok(())
}

fn spawn(future: impl std::future::Future<Output = JsResult<()>> + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = future.await {
            let _ = show_banner(&format!("Something went wrong: {}", chrome::error_text(&e)));
        }
    });
}

#[allow(clippy::too_many_lines)] // issue 10: to be split below 80 lines
fn wire(state: &Shared) -> JsResult<()> {
    for id in ["filter-status", "filter-verdict", "filter-type", "filter-tag"] {
        listen(id, "change", state, |s, _| {
            let _ = read_filters(s).and_then(|_| refresh(s));
        })?;
    }
    listen("filter-text", "input", state, |s, _| {
        let _ = read_filters(s).and_then(|_| refresh(s));
    })?;
    for (id, _) in COLUMNS.iter().skip(1) {
        listen(&format!("sort-{id}"), "click", state, |s, e| {
            let id = e.current_target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.get_attribute("data-sort"));
            if let Some(column) = id.as_deref().and_then(Column::from_id) {
                {
                    let mut st = s.borrow_mut();
                    st.query.descending = if st.query.sort == column { !st.query.descending } else { column.descending_first() };
                    st.query.sort = column;
                }
                let _ = refresh(s);
            }
        })?;
    }
    listen("viewport", "scroll", state, |s, _| {
        let _ = draw_rows(s);
    })?;
    listen("pick-all", "change", state, |s, e| {
        let on = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
        {
            let mut st = s.borrow_mut();
            if on {
                let urls: Vec<String> = st.rows.iter().filter_map(|&i| st.records.get(i)).map(|r| r.url.clone()).collect();
                st.selected.extend(urls);
            } else {
                st.selected.clear();
            }
        }
        let _ = draw_rows(s).and_then(|_| draw_bulk(s));
    })?;
    // Row events, delegated: one listener for every row ever drawn.
    listen("rows", "change", state, |s, e| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Some(url) = target.closest(".row").ok().flatten().and_then(|r| r.get_attribute("data-url")) else { return };
        if target.class_list().contains("pick") {
            let on = target.unchecked_ref::<HtmlInputElement>().checked();
            {
                let mut st = s.borrow_mut();
                if on {
                    st.selected.insert(url);
                } else {
                    st.selected.remove(&url);
                }
            }
            let _ = draw_bulk(s);
        } else if target.class_list().contains("row-status") {
            if let Some(status) = Status::parse(&target.unchecked_ref::<HtmlSelectElement>().value()) {
                let s = s.clone();
                spawn(async move { set_status(&s, vec![url], status).await });
            }
        }
    })?;
    listen("rows", "click", state, |s, e| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if target.closest(".open").ok().flatten().is_none() {
            return;
        }
        if let Some(url) = target.closest(".row").ok().flatten().and_then(|r| r.get_attribute("data-url")) {
            let _ = open_detail(s, &url);
        }
    })?;
    listen("bulk-apply", "click", state, |s, _| {
        let Some(status) = by_id("bulk-status").ok().and_then(|e| Status::parse(&e.unchecked_ref::<HtmlSelectElement>().value())) else {
            let _ = show_toast("Choose a status to apply.", "bulk-no-status", false);
            return;
        };
        let urls: Vec<String> = s.borrow().selected.iter().cloned().collect();
        let s = s.clone();
        spawn(async move { set_status(&s, urls, status).await });
    })?;
    listen("bulk-delete", "click", state, |s, _| {
        let urls: Vec<String> = s.borrow().selected.iter().cloned().collect();
        let s = s.clone();
        spawn(async move { delete(&s, urls).await });
    })?;
    listen("bulk-clear", "click", state, |s, _| {
        s.borrow_mut().selected.clear();
        let _ = draw_rows(s).and_then(|_| draw_bulk(s));
    })?;
    listen("export-csv", "click", state, |s, _| {
        // Every record (filters aside), in the table's current sort order.
        let st = s.borrow();
        let everything = Query { sort: st.query.sort, descending: st.query.descending, ..Query::default() };
        let ordered: Vec<Record> = query::select(&st.records, &st.haystacks, &everything).into_iter().filter_map(|i| st.records.get(i).cloned()).collect();
        let csv = transfer::export_csv(&ordered);
        let _ = download(&csv, "text/csv;charset=utf-8", &format!("backlink-bot-opportunities-{}.csv", time::format_date(today())));
    })?;
    listen("export-json", "click", state, |s, _| {
        let json = transfer::export_json(&s.borrow().records, super::clock::now_ms());
        let _ = download(&json, "application/json", &format!("backlink-bot-backup-{}.json", time::format_date(today())));
    })?;
    listen("import-file", "change", state, |s, e| {
        let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        let s = s.clone();
        spawn(async move { plan_import(&s, file).await });
    })?;
    Ok(())
}

fn value_of<T: JsCast>(id: &str) -> Option<T> {
    by_id(id).ok().and_then(|e| e.dyn_into::<T>().ok())
}

fn select_value(id: &str) -> String {
    value_of::<HtmlSelectElement>(id).map(|s| s.value()).unwrap_or_default()
}

fn read_filters(state: &Shared) -> JsResult<()> {
    let mut s = state.borrow_mut();
    s.query.text = value_of::<HtmlInputElement>("filter-text").map(|i| i.value()).unwrap_or_default();
    s.query.status = Status::parse(&select_value("filter-status"));
    s.query.verdict = Verdict::ALL.into_iter().find(|v| v.id() == select_value("filter-verdict"));
    s.query.kind = OpportunityKind::ALL.into_iter().find(|k| k.id() == select_value("filter-type"));
    s.query.tag = Some(select_value("filter-tag")).filter(|t| !t.is_empty());
    Ok(())
}

/// Re-runs the query and redraws everything that depends on the record set.
fn refresh(state: &Shared) -> JsResult<()> {
    {
        let mut s = state.borrow_mut();
        let rows = query::select(&s.records, &s.haystacks, &s.query);
        s.rows = rows;
        let present: HashSet<&str> = s.records.iter().map(|r| r.url.as_str()).collect();
        let selected: HashSet<String> = s.selected.iter().filter(|u| present.contains(u.as_str())).cloned().collect();
        s.selected = selected;
    }
    let s = state.borrow();
    let count = by_id("count")?;
    let (total, shown) = (s.records.len(), s.rows.len());
    count.set_text_content(Some(&if total == shown { format!("{total} opportunities") } else { format!("{shown} of {total} opportunities shown") }));
    count.set_attribute("data-total", &total.to_string())?;
    count.set_attribute("data-shown", &shown.to_string())?;
    by_id("spacer")?.unchecked_ref::<HtmlElement>().style().set_property("height", &format!("{}px", shown as f64 * ROW_HEIGHT))?;
    for (id, _) in COLUMNS.iter().skip(1) {
        let sort = if s.query.sort.id() == *id {
            if s.query.descending {
                "descending"
            } else {
                "ascending"
            }
        } else {
            "none"
        };
        if let Some(cell) = by_id(&format!("sort-{id}"))?.parent_element() {
            cell.set_attribute("aria-sort", sort)?;
        }
    }
    let empty = by_id("empty")?;
    let message = if total == 0 {
        "No saved opportunities yet. On a page worth a link, click the Backlink Bot icon, then Save opportunity."
    } else {
        "No opportunities match these filters."
    };
    empty.set_text_content(Some(message));
    empty.toggle_attribute_with_force("hidden", shown > 0)?;
    drop(s);
    draw_rows(state)?;
    draw_bulk(state)
}

/// After the record set changed (loaded, saved here or elsewhere): the tag filter's options, then
/// the table. Sorting and filtering only [`refresh`].
fn records_changed(state: &Shared) -> JsResult<()> {
    fill_tag_filter(&state.borrow())?;
    refresh(state)
}

/// Keeps the tag filter's options in step with the tags in use.
fn fill_tag_filter(s: &State) -> JsResult<()> {
    let select: HtmlSelectElement = value_of("filter-tag").ok_or("no tag filter")?;
    let current = select.value();
    let tags = query::tag_counts(&s.records);
    let options = select.options();
    let same = options.length() as usize == tags.len() + 1
        && tags.iter().enumerate().all(|(i, (t, n))| options.item(i as u32 + 1).is_some_and(|o| o.get_attribute("value").as_deref() == Some(t) && o.text_content().is_some_and(|x| x.ends_with(&format!("({n})")))));
    if same {
        return Ok(());
    }
    select.set_text_content(None);
    select.append_child(&El::new("option")?.attr("value", "")?.text("Any tag").0)?;
    for (tag, n) in tags {
        select.append_child(&El::new("option")?.attr("value", &tag)?.text(&format!("{tag} ({n})")).0)?;
    }
    select.set_value(&current);
    Ok(())
}

/// Draws the rows in view (plus [`OVERSCAN`]).
fn draw_rows(state: &Shared) -> JsResult<()> {
    let s = state.borrow();
    let viewport = by_id("viewport")?;
    let top = f64::from(viewport.scroll_top());
    let height = f64::from(viewport.client_height()).max(ROW_HEIGHT * 20.0);
    let first = ((top / ROW_HEIGHT) as usize).saturating_sub(OVERSCAN).min(s.rows.len());
    let last = (((top + height) / ROW_HEIGHT).ceil() as usize + OVERSCAN).min(s.rows.len());
    let rows = by_id("rows")?;
    rows.unchecked_ref::<HtmlElement>().style().set_property("transform", &format!("translateY({}px)", first as f64 * ROW_HEIGHT))?;
    let fragment = document()?.create_document_fragment();
    let today = today();
    for (n, &i) in s.rows.get(first..last).unwrap_or_default().iter().enumerate() {
        let Some(record) = s.records.get(i) else { continue };
        fragment.append_child(&row(record, first + n, s.selected.contains(&record.url), today)?.0)?;
    }
    rows.set_text_content(None);
    rows.append_child(&fragment)?;
    Ok(())
}


fn tier_label(r: &Record) -> String {
    match (r.authority_tier, r.authority_score) {
        (Some(Tier::Unranked), _) => "unranked".into(),
        (Some(tier), Some(score)) => format!("{} ({score})", tier.label()),
        (Some(tier), None) => tier.label().into(),
        (None, _) => "–".into(),
    }
}

/// One table row. Page text goes in as text (and `dir=auto` keeps right-to-left titles from
/// reordering their neighbours).
fn row(r: &Record, position: usize, selected: bool, today: i64) -> JsResult<El> {
    let pick = El::new("input")?.class("pick").attr("type", "checkbox")?.attr("aria-label", "Select")?;
    pick.0.unchecked_ref::<HtmlInputElement>().set_checked(selected);
    let score = match r.score {
        Some(score) => text("span", &format!("score score-{}", score_band(score)), &score.to_string())?,
        None => text("span", "score score-none", "–")?,
    };
    let title = if r.title.is_empty() { &r.url } else { &r.title };
    let types: Vec<&str> = r.opportunity_types.iter().map(|k| k.label()).collect();
    let cells = [
        El::new("span")?.class("cell pick").child(pick)?,
        El::new("span")?.class("cell c-score").child(score)?,
        El::new("span")?.class("cell c-page").child(text("button", "open", title)?.attr("type", "button")?.attr("dir", "auto")?.attr("title", &r.url)?)?,
        text("span", "cell c-domain", &r.domain)?,
        El::new("span")?.class("cell c-status").child(status_select(r.status)?.class("row-status"))?,
        text("span", "cell c-verdict", r.verdict.map(|v| v.label()).unwrap_or("–"))?,
        text("span", "cell c-types", &types.join(", "))?,
        text("span", "cell c-tier", &tier_label(r))?,
        text("span", "cell c-tags", &r.tags.join(", "))?.attr("dir", "auto")?,
        text("span", "cell c-follow-up", r.follow_up.as_deref().unwrap_or(""))?,
        text("span", "cell c-saved-at", &time::date_of_ms(r.saved_at))?,
        text("span", "cell c-updated-at", &time::date_of_ms(r.updated_at))?,
    ];
    let mut row = El::new("div")?
        .class(if selected { "row selected" } else { "row" })
        .attr("role", "row")?
        .attr("data-url", &r.url)?
        .attr("data-status", r.status.id())?
        .attr("data-position", &position.to_string())?;
    if let Some(score) = r.score {
        row = row.attr("data-score", &score.to_string())?;
    }
    // A follow-up due today or earlier, on a page still in play, is marked.
    let open = !matches!(r.status, Status::Won | Status::Lost | Status::DoNotContact);
    if open && r.follow_up.as_deref().and_then(time::parse_date).is_some_and(|d| d <= today) {
        row = row.attr("data-due", "true")?;
    }
    row.children(cells.into_iter().map(Ok))
}

/// The bulk bar and the select-all box, after the selection or the shown rows changed (not on
/// scroll: checking 10,000 rows per frame is not free).
fn draw_bulk(state: &Shared) -> JsResult<()> {
    let s = state.borrow();
    let n = s.selected.len();
    if let Some(all) = value_of::<HtmlInputElement>("pick-all") {
        all.set_checked(!s.rows.is_empty() && n >= s.rows.len() && s.rows.iter().all(|&i| s.records.get(i).is_some_and(|r| s.selected.contains(&r.url))));
    }
    let bulk = by_id("bulk")?;
    bulk.toggle_attribute_with_force("hidden", n == 0)?;
    bulk.set_attribute("data-selected", &n.to_string())?;
    by_id("bulk-count")?.set_text_content(Some(&format!("{n} selected")));
    Ok(())
}

fn show_banner(message: &str) -> JsResult<()> {
    let banner = by_id("banner")?;
    banner.set_text_content(Some(message));
    banner.set_attribute("class", "card error")?;
    banner.remove_attribute("hidden")
}

/// Lists stored values that could not be read (they stay in storage, untouched).
fn show_problems(state: &Shared) -> JsResult<()> {
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
    let head = format!("{} saved record(s) could not be read and are skipped (left in storage as they are):", s.problems.len());
    banner.append_child(&text("p", "", &head)?.0)?;
    let list = El::new("ul")?;
    for p in s.problems.iter().take(20) {
        list.0.append_child(&text("li", "", &format!("{}: {}", p.key.trim_start_matches(opportunity::KEY_PREFIX), p.message))?.0)?;
    }
    banner.append_child(&list.0)?;
    banner.remove_attribute("hidden")
}

/// How many records the last change left as they were (`#toast[data-skipped]`, for tests).
fn mark_skipped(outcome: &store::Outcome) -> JsResult<()> {
    by_id("toast")?.set_attribute("data-skipped", &outcome.skipped.len().to_string())
}

/// A message under the toolbar; with `undo`, an Undo button for the last delete.
fn show_toast(message: &str, kind: &str, undo: bool) -> JsResult<()> {
    let toast = by_id("toast")?;
    toast.set_text_content(None);
    toast.set_attribute("data-toast", kind)?;
    toast.remove_attribute("data-skipped")?;
    toast.append_child(&text("span", "", message)?.0)?;
    if undo {
        toast.append_child(&button("undo", "Undo")?.0)?;
    }
    toast.remove_attribute("hidden")
}

async fn set_status(state: &Shared, urls: Vec<String>, status: Status) -> JsResult<()> {
    let keys: Vec<String> = {
        let s = state.borrow();
        s.records.iter().filter(|r| urls.contains(&r.url)).map(Record::key).collect()
    };
    let now = super::clock::now_ms();
    match store::edit_many(keys, move |r| {
        if r.status != status {
            r.set_status(status, now);
            r.updated_at = now;
        }
    })
    .await
    {
        Ok(outcome) => {
            let n = outcome.written.len();
            let message = if n == 1 { format!("Status set to {}.", status.label()) } else { format!("{n} opportunities set to {}.", status.label()) };
            show_toast(&format!("{message}{}", outcome.skipped_text()), "status", false)?;
            mark_skipped(&outcome)
        }
        Err(why) => show_banner(&format!("The status was not changed: {why}")),
    }
}

async fn delete(state: &Shared, urls: Vec<String>) -> JsResult<()> {
    let keys: Vec<String> = {
        let s = state.borrow();
        s.records.iter().filter(|r| urls.contains(&r.url)).map(Record::key).collect()
    };
    match store::remove(keys).await {
        Ok(outcome) => {
            let n = outcome.removed.len();
            let skipped = outcome.skipped_text();
            let skipped_n = outcome.skipped.len();
            state.borrow_mut().deleted = outcome.removed;
            if let Ok(detail) = by_id("detail") {
                if detail.get_attribute("data-url").is_some_and(|u| urls.contains(&u)) {
                    close_detail()?;
                }
            }
            show_toast(&format!("Deleted {n} {}.{skipped}", if n == 1 { "opportunity" } else { "opportunities" }), "deleted", true)?;
            by_id("toast")?.set_attribute("data-skipped", &skipped_n.to_string())?;
            let s = state.clone();
            EventListener::once(&by_id("undo")?.into(), "click", move |_| {
                let s = s.clone();
                spawn(async move {
                    let records = std::mem::take(&mut s.borrow_mut().deleted);
                    let n = records.len();
                    match store::put_many(records).await {
                        Ok(outcome) => {
                            show_toast(&format!("Restored {} of {n}.{}", outcome.written.len(), outcome.skipped_text()), "restored", false)?;
                            mark_skipped(&outcome)
                        }
                        Err(why) => show_banner(&format!("Could not restore: {why}")),
                    }
                });
            })
            .forget();
            Ok(())
        }
        Err(why) => show_banner(&format!("Nothing was deleted: {why}")),
    }
}

fn close_detail() -> JsResult<()> {
    let detail = by_id("detail")?;
    detail.set_text_content(None);
    detail.remove_attribute("data-url")?;
    detail.set_attribute("hidden", "")
}

fn labelled(label: &str, control: El) -> JsResult<El> {
    El::new("label")?.child(text("span", "", label)?)?.child(control)
}

fn input(id: &str, kind: &str, value: &str) -> JsResult<El> {
    let el = El::new("input")?.attr("id", id)?.attr("type", kind)?.attr("dir", "auto")?;
    el.0.unchecked_ref::<HtmlInputElement>().set_value(value);
    Ok(el)
}

/// The detail panel: everything saved about one page, and the user's fields to edit.
fn open_detail(state: &Shared, url: &str) -> JsResult<()> {
    let s = state.borrow();
    let Some(r) = s.records.iter().find(|r| r.url == url) else { return Ok(()) };
    let detail = by_id("detail")?;
    detail.set_text_content(None);
    detail.set_attribute("data-url", &r.url)?;
    detail.remove_attribute("hidden")?;
    let title = if r.title.is_empty() { &r.url } else { &r.title };
    // The URL is canonical http(s) (checked on every read), so it is safe as a link target.
    let link = El::new("a")?.class("url").attr("href", &r.url)?.attr("target", "_blank")?.attr("rel", "noopener noreferrer")?.text(&r.url);
    let types: Vec<&str> = r.opportunity_types.iter().map(|k| k.label()).collect();
    let facts = format!(
        "Prospect {} · {} · {} · authority {}",
        r.score.map(|s| s.to_string()).unwrap_or_else(|| "–".into()),
        r.verdict.map(|v| v.label()).unwrap_or("no verdict"),
        if types.is_empty() { "no opportunity type".to_string() } else { types.join(", ") },
        tier_label(r)
    );
    let contacts = El::new("ul")?.class("contacts-list");
    let c = &r.contacts;
    for (kind, value) in c.emails.iter().map(|v| ("email", v)).chain(c.contact_pages.iter().map(|v| ("contact page", v))).chain(c.social.iter().map(|v| ("social", v))) {
        contacts.0.append_child(&text("li", "", &format!("{kind}: {value}"))?.attr("dir", "auto")?.0)?;
    }
    if let Some(author) = &c.author {
        contacts.0.append_child(&text("li", "", &format!("author: {author}"))?.0)?;
    }
    let history = El::new("ol")?.class("history").attr("id", "d-history")?;
    for change in &r.history {
        history.0.append_child(&text("li", "", &format!("{} — {}", time::format_iso(change.at).replace('T', " ").trim_end_matches('Z'), change.status.label()))?.attr("data-status", change.status.id())?.0)?;
    }
    let notes = El::new("textarea")?.attr("id", "d-notes")?.attr("rows", "5")?.attr("dir", "auto")?;
    notes.0.unchecked_ref::<HtmlTextAreaElement>().set_value(&r.notes);
    let panel = El::new("div")?
        .child(button("d-close", "Close")?.class("close"))?
        .child(text("h2", "", title)?.attr("dir", "auto")?)?
        .child(link)?
        .child(text("p", "facts", &facts)?)?
        .child(contacts)?
        .child(labelled("Status", status_select(r.status)?.attr("id", "d-status")?)?)?
        .child(labelled("Follow-up", input("d-follow-up", "date", r.follow_up.as_deref().unwrap_or(""))?)?)?
        .child(labelled("Tags", input("d-tags", "text", &r.tags.join(", "))?)?)?
        .child(labelled("My target page", input("d-target", "url", &r.target_page)?)?)?
        .child(labelled("Proposed anchor", input("d-anchor", "text", &r.proposed_anchor)?)?)?
        .child(labelled("Notes", notes)?)?
        .child(El::new("div")?.class("detail-actions").child(button("d-save", "Save changes")?.class("primary"))?.child(button("d-delete", "Delete")?.class("danger"))?)?
        .child(El::new("p")?.class("save-result").attr("id", "d-result")?.attr("role", "status")?)?
        .child(text("h3", "", "Status history")?)?
        .child(history)?
        .child(text("p", "note", &format!("Saved {} · updated {}", time::date_of_ms(r.saved_at), time::date_of_ms(r.updated_at)))?)?;
    detail.append_child(&panel.0)?;
    drop(s);
    EventListener::new(&by_id("d-close")?.into(), "click", |_| {
        let _ = close_detail();
    })
    .forget();
    let (st, u) = (state.clone(), url.to_string());
    EventListener::new(&by_id("d-delete")?.into(), "click", move |_| {
        let (st, u) = (st.clone(), u.clone());
        spawn(async move { delete(&st, vec![u]).await });
    })
    .forget();
    let (st, u) = (state.clone(), url.to_string());
    EventListener::new(&by_id("d-save")?.into(), "click", move |_| {
        let (st, u) = (st.clone(), u.clone());
        spawn(async move { save_detail(&st, u).await });
    })
    .forget();
    Ok(())
}

/// Writes the detail panel's fields onto the current stored record.
async fn save_detail(state: &Shared, url: String) -> JsResult<()> {
    let status = Status::parse(&select_value("d-status")).unwrap_or_default();
    let field = |id: &str| value_of::<HtmlInputElement>(id).map(|i| i.value()).unwrap_or_default();
    let (follow_up, tags, target, anchor) = (field("d-follow-up"), field("d-tags"), field("d-target"), field("d-anchor"));
    let notes = value_of::<HtmlTextAreaElement>("d-notes").map(|t| t.value()).unwrap_or_default();
    let result = by_id("d-result")?;
    if !follow_up.is_empty() && time::parse_date(&follow_up).is_none() {
        result.set_attribute("data-save-state", "error")?;
        result.set_text_content(Some("The follow-up date is not a valid date."));
        return Ok(());
    }
    let now = super::clock::now_ms();
    let key = opportunity::storage_key(&opportunity::domain_of(&url), &url);
    let key = state.borrow().records.iter().find(|r| r.url == url).map(Record::key).unwrap_or(key);
    let saved = store::change(key, move |current| {
        let mut r = match current {
            Current::Readable(r) => r,
            Current::Absent => return Err("this opportunity was deleted in another window".into()),
            Current::Unreadable(why) => return Err(format!("the stored value can no longer be read ({why}); it was left as it is")),
        };
        r.set_status(status, now);
        r.follow_up = Some(follow_up).filter(|d| !d.is_empty());
        r.tags = opportunity::parse_tags(&tags);
        r.target_page = target;
        r.proposed_anchor = anchor;
        r.notes = notes;
        r.updated_at = now;
        r.tidy();
        Ok(r)
    })
    .await;
    match saved {
        Ok(record) => {
            open_detail_with(state, record)?;
            let result = by_id("d-result")?;
            result.set_attribute("data-save-state", "saved")?;
            result.set_text_content(Some("Saved."));
            Ok(())
        }
        Err(why) => {
            result.set_attribute("data-save-state", "error")?;
            result.set_text_content(Some(&format!("Not saved: {why}")));
            Ok(())
        }
    }
}

/// Redraws the detail panel from a record just written (the storage event may come later).
fn open_detail_with(state: &Shared, record: Record) -> JsResult<()> {
    let url = record.url.clone();
    {
        let mut s = state.borrow_mut();
        let st = &mut *s;
        if let Some(pos) = st.records.iter().position(|r| r.url == url) {
            if let (Some(haystack), Some(slot)) = (st.haystacks.get_mut(pos), st.records.get_mut(pos)) {
                *haystack = query::haystack(&record);
                *slot = record;
            }
        }
    }
    records_changed(state)?;
    open_detail(state, &url)
}

/// Reads the chosen file and shows what importing it would do; nothing is written until the
#[allow(clippy::too_many_lines)] // issue 10: to be split below 80 lines
/// user confirms.
async fn plan_import(state: &Shared, file: web_sys::File) -> JsResult<()> {
    let panel = by_id("import-panel")?;
    panel.set_text_content(None);
    panel.remove_attribute("hidden")?;
    panel.set_attribute("data-import-state", "reading")?;
    let name = file.name();
    if file.size() > transfer::MAX_IMPORT_BYTES as f64 {
        panel.set_attribute("data-import-state", "invalid")?;
        let why = format!("This file can't be imported: {name} is {:.0} MB; import reads files up to {} MB. Nothing was changed.", file.size() / 1_048_576.0, transfer::MAX_IMPORT_BYTES / 1_048_576);
        panel.append_child(&text("p", "import-error", &why)?.attr("role", "alert")?.0)?;
        panel.append_child(&button("import-cancel", "Close")?.0)?;
        return wire_cancel();
    }
    // Bytes, not `file.text()`: that decodes as UTF-8 and turns every Windows-1252 accent into
    // U+FFFD without a word. The core decodes and says how it read the file.
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let plan = {
        let s = state.borrow();
        let mut problems = StoredProblems::default();
        for p in &s.problems {
            if let Some((_, url)) = parse_key(&p.key) {
                if p.newer { &mut problems.newer } else { &mut problems.unreadable }.insert(url.to_string());
            }
        }
        transfer::plan_import_file(&bytes, &name, &s.records, &problems, super::clock::now_ms())
    };
    panel.set_text_content(None);
    panel.append_child(&text("h2", "", &format!("Import {name}"))?.0)?;
    let plan = match plan {
        Ok(plan) => plan,
        Err(why) => {
            panel.set_attribute("data-import-state", "invalid")?;
            panel.append_child(&text("p", "import-error", &format!("This file can't be imported: {why}"))?.attr("role", "alert")?.0)?;
            panel.append_child(&text("p", "", "Nothing was changed.")?.0)?;
            panel.append_child(&button("import-cancel", "Close")?.0)?;
            return wire_cancel();
        }
    };
    let n = plan.records.len();
    let summary = format!(
        "{} {} read: {} new, {} updated, {} unchanged, {} with errors.",
        plan.rows,
        if plan.format == "json" { "records" } else { "rows" },
        plan.added,
        plan.updated,
        plan.unchanged,
        plan.errors.len()
    );
    panel.set_attribute("data-import-state", if plan.errors.is_empty() { "ready" } else { "has-errors" })?;
    panel.set_attribute("data-errors", &plan.errors.len().to_string())?;
    panel.set_attribute("data-to-write", &n.to_string())?;
    panel.set_attribute("data-encoding", &plan.encoding)?;
    if let Some(notice) = &plan.encoding_notice {
        panel.append_child(&text("p", "notice", notice)?.attr("id", "import-encoding")?.0)?;
    }
    panel.append_child(&text("p", "", &summary)?.attr("id", "import-summary")?.0)?;
    if plan.replaces_unreadable > 0 {
        let line = format!(
            "{} of them replace stored values that cannot be read; a copy of each old value is kept in storage (under \"{}\").",
            plan.replaces_unreadable,
            opportunity::UNREADABLE_PREFIX
        );
        panel.append_child(&text("p", "notice", &line)?.attr("id", "import-replaces")?.0)?;
    }
    if !plan.errors.is_empty() {
        let list = El::new("ul")?.class("import-errors").attr("id", "import-errors")?;
        for e in plan.errors.iter().take(200) {
            list.0.append_child(&text("li", "", &e.message)?.attr("data-row", &e.row.to_string())?.0)?;
        }
        if plan.errors.len() > 200 {
            list.0.append_child(&text("li", "", &format!("…and {} more", plan.errors.len() - 200))?.0)?;
        }
        panel.append_child(&list.0)?;
    }
    let actions = El::new("div")?.class("detail-actions");
    if n > 0 {
        let label = if plan.errors.is_empty() {
            format!("Import {n} {}", if n == 1 { "record" } else { "records" })
        } else {
            format!("Import {n} valid {}, skip {} with errors", if n == 1 { "record" } else { "records" }, plan.errors.len())
        };
        actions.0.append_child(&button("import-confirm", &label)?.class("primary").0)?;
    } else {
        panel.append_child(&text("p", "", "Nothing to import: nothing was changed.")?.0)?;
    }
    actions.0.append_child(&button("import-cancel", "Cancel")?.0)?;
    panel.append_child(&actions.0)?;
    state.borrow_mut().plan = Some(plan);
    wire_cancel()?;
    if n > 0 {
        let s = state.clone();
        EventListener::once(&by_id("import-confirm")?.into(), "click", move |_| {
            let s = s.clone();
            spawn(async move { confirm_import(&s).await });
        })
        .forget();
    }
    Ok(())
}

fn wire_cancel() -> JsResult<()> {
    EventListener::new_with_options(&by_id("import-cancel")?.into(), "click", EventListenerOptions::default(), |_| {
        if let Ok(panel) = by_id("import-panel") {
            panel.set_text_content(None);
            let _ = panel.set_attribute("hidden", "");
            let _ = panel.set_attribute("data-import-state", "cancelled");
        }
    })
    .forget();
    Ok(())
}

async fn confirm_import(state: &Shared) -> JsResult<()> {
    let Some(plan) = state.borrow_mut().plan.take() else { return Ok(()) };
    let panel = by_id("import-panel")?;
    panel.set_attribute("data-import-state", "writing")?;
    match store::put_many(plan.records).await {
        Ok(outcome) => {
            panel.set_text_content(None);
            panel.set_attribute("data-import-state", "done")?;
            let written = outcome.written.len();
            let skipped = if plan.errors.is_empty() { String::new() } else { format!(" {} rows with errors were skipped.", plan.errors.len()) };
            panel.append_child(&text("p", "", &format!("Imported {written} {}.{skipped}", if written == 1 { "record" } else { "records" }))?.0)?;
            panel.set_attribute("data-skipped", &outcome.skipped.len().to_string())?;
            if !outcome.skipped.is_empty() {
                // Changed by another window since the preview (e.g. a newer version's record).
                panel.append_child(&text("p", "import-error", &format!("Not imported:{}", outcome.skipped_text()))?.attr("role", "alert")?.0)?;
            }
            panel.append_child(&button("import-cancel", "Close")?.0)?;
            wire_cancel()
        }
        Err(why) => {
            panel.set_attribute("data-import-state", "failed")?;
            panel.append_child(&text("p", "import-error", &format!("Import failed, nothing was written: {why}"))?.attr("role", "alert")?.0)?;
            Ok(())
        }
    }
}

/// Hands `content` to the browser as a file download.
fn download(content: &str, mime: &str, file_name: &str) -> JsResult<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a = El::new("a")?.attr("href", &url)?.attr("download", file_name)?;
    a.0.unchecked_ref::<HtmlElement>().click();
    // Revoked later: revoking at once can cancel the download before it starts.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window().ok_or("no window")?.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}
