//! The table: a header of sort buttons over a virtual list that draws only the rows in view
//! (fixed row height, a spacer for the scroll range), so 10,000 records cost the same DOM as 30.
//! Row events are delegated to the rows' container: one listener for every row ever drawn.

use std::collections::HashSet;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use super::state::Shared;
use super::widgets::button;
use super::{bulk, detail, listen, spawn};
use crate::intel::Tier;
use crate::crm::query::{self, Column};
use crate::crm::{time, Record, Status};
use crate::web::dom::{by_id, document, score_band, status_select, text, El, JsResult};
use crate::web::i18n::{self, opening_label, t, tr, verdict_label};
use crate::web::today;

/// Row height in pixels; must match `.row` in opportunities.css.
const ROW_HEIGHT: f64 = 34.0;
/// Rows drawn above and below the visible ones, so a fast scroll never shows a gap.
const OVERSCAN: usize = 10;

/// Table columns: id (a `query::Column` id, or `pick`), header label.
const COLUMNS: [(&str, &str); 12] = [
    ("pick", ""),
    ("score", "col_score"),
    ("page", "col_page"),
    ("domain", "col_domain"),
    ("status", "field_status"),
    ("verdict", "col_verdict"),
    ("types", "col_types"),
    ("tier", "col_authority"),
    ("tags", "field_tags"),
    ("follow-up", "field_follow_up"),
    ("saved-at", "col_saved"),
    ("updated-at", "col_updated"),
];

/// The sortable columns' ids (every column but the pick box).
fn sortable() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().skip(1).map(|(id, _)| *id)
}

fn head() -> JsResult<El> {
    let head = El::new("div")?.class("row head").attr("role", "row")?;
    for (id, label) in COLUMNS {
        let cell = if id == "pick" {
            El::new("span")?
                .class("cell pick")
                .child(El::new("input")?.attr("type", "checkbox")?.attr("id", "pick-all")?.attr("aria-label", &t("select_all_shown"))?)?
        } else {
            El::new("span")?.class(&format!("cell c-{id}")).attr("role", "columnheader")?.child(button(&format!("sort-{id}"), &t(label))?.attr("data-sort", id)?)?
        };
        head.0.append_child(&cell.0)?;
    }
    Ok(head)
}

/// The table beside the (hidden) detail panel.
pub fn layout() -> JsResult<El> {
    let viewport = El::new("div")?
        .class("viewport")
        .attr("id", "viewport")?
        .child(El::new("div")?.class("spacer").attr("id", "spacer")?.child(El::new("div")?.class("rows").attr("id", "rows")?.attr("role", "rowgroup")?)?)?;
    let grid = El::new("div")?.class("grid").attr("role", "grid")?.attr("aria-label", "Saved opportunities")?.child(head()?)?.child(viewport)?;
    El::new("div")?.class("layout").child(grid)?.child(detail::aside()?)
}

/// The message shown instead of rows when there are none.
pub fn empty() -> JsResult<El> {
    text("p", "empty", "")?.attr("id", "empty")?.attr("hidden", "")
}

/// The table's listeners, registered once at start: sorting, scrolling, select-all, and the rows'
/// delegated events.
pub fn wire(state: &Shared) -> JsResult<()> {
    for id in sortable() {
        listen(&format!("sort-{id}"), "click", state, on_sort)?;
    }
    listen("viewport", "scroll", state, |s, _| {
        let _ = draw_rows(s);
    })?;
    listen("pick-all", "change", state, |s, e| {
        let on = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
        if on {
            s.borrow_mut().select_shown();
        } else {
            s.borrow_mut().selected.clear();
        }
        let _ = draw_rows(s).and_then(|_| bulk::draw(s));
    })?;
    listen("rows", "change", state, on_row_change)?;
    listen("rows", "click", state, |s, e| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if target.closest(".open").ok().flatten().is_none() {
            return;
        }
        if let Some(url) = row_url(&target) {
            let _ = detail::open(s, &url);
        }
    })
}

/// A header click: sorts by that column, or turns the current sort around.
fn on_sort(state: &Shared, e: &web_sys::Event) {
    let id = e.current_target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.get_attribute("data-sort"));
    let Some(column) = id.as_deref().and_then(Column::from_id) else { return };
    {
        let mut st = state.borrow_mut();
        st.query.descending = if st.query.sort == column { !st.query.descending } else { column.descending_first() };
        st.query.sort = column;
    }
    let _ = refresh(state);
}

/// The URL of the row an event happened in.
fn row_url(target: &Element) -> Option<String> {
    target.closest(".row").ok().flatten().and_then(|r| r.get_attribute("data-url"))
}

/// A row's pick box (selection) or status select (written at once).
fn on_row_change(state: &Shared, e: &web_sys::Event) {
    let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(url) = row_url(&target) else { return };
    if target.class_list().contains("pick") {
        let on = target.unchecked_ref::<HtmlInputElement>().checked();
        if on {
            state.borrow_mut().selected.insert(url);
        } else {
            state.borrow_mut().selected.remove(&url);
        }
        let _ = bulk::draw(state);
    } else if target.class_list().contains("row-status") {
        if let Some(status) = Status::parse(&target.unchecked_ref::<HtmlSelectElement>().value()) {
            let s = state.clone();
            spawn(async move { bulk::set_status(&s, HashSet::from([url]), status).await });
        }
    }
}

/// Re-runs the query and redraws everything that depends on the record set.
pub fn refresh(state: &Shared) -> JsResult<()> {
    state.borrow_mut().run_query();
    let s = state.borrow();
    let count = by_id("count")?;
    let (total, shown) = (s.records.len(), s.rows.len());
    count.set_text_content(Some(&if total == shown { i18n::plural("opportunities_count", total, &[]) } else { tr("opportunities_shown", &[&shown.to_string(), &total.to_string()]) }));
    count.set_attribute("data-total", &total.to_string())?;
    count.set_attribute("data-shown", &shown.to_string())?;
    by_id("spacer")?.unchecked_ref::<HtmlElement>().style().set_property("height", &format!("{}px", shown as f64 * ROW_HEIGHT))?;
    for id in sortable() {
        let sort = match (s.query.sort.id() == id, s.query.descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        };
        if let Some(cell) = by_id(&format!("sort-{id}"))?.parent_element() {
            cell.set_attribute("aria-sort", sort)?;
        }
    }
    let empty = by_id("empty")?;
    let message = t(if total == 0 { "no_opportunities_yet" } else { "no_opportunities_match" });
    empty.set_text_content(Some(&message));
    empty.toggle_attribute_with_force("hidden", shown > 0)?;
    drop(s);
    draw_rows(state)?;
    bulk::draw(state)
}

/// Draws the rows in view (plus [`OVERSCAN`]).
pub fn draw_rows(state: &Shared) -> JsResult<()> {
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
        fragment.append_child(&row(record, first + n, s.selected.contains(&record.url), query::is_due(record, today))?.0)?;
    }
    rows.set_text_content(None);
    rows.append_child(&fragment)?;
    Ok(())
}

/// A record's authority as the table and the detail panel show it.
pub fn tier_label(r: &Record) -> String {
    match (r.authority_tier, r.authority_score) {
        (Some(Tier::Unranked), _) => t("tier_unranked"),
        (Some(tier), Some(score)) => format!("{} ({score})", tier.label()),
        (Some(tier), None) => tier.label().into(),
        (None, _) => "–".into(),
    }
}

/// One table row. Page text goes in as text (and `dir=auto` keeps right-to-left titles from
/// reordering their neighbours). A due follow-up is marked (`data-due`), as the core judges it.
fn row(r: &Record, position: usize, selected: bool, due: bool) -> JsResult<El> {
    let mut row = El::new("div")?
        .class(if selected { "row selected" } else { "row" })
        .attr("role", "row")?
        .attr("data-url", &r.url)?
        .attr("data-status", r.status.id())?
        .attr("data-position", &position.to_string())?;
    if let Some(score) = r.score {
        row = row.attr("data-score", &score.to_string())?;
    }
    if due {
        row = row.attr("data-due", "true")?;
    }
    // The last look for my link on a won page (`Check won links`): a lost one stands out.
    if let Some(check) = r.link_checks.last() {
        row = row.attr("data-link-state", check.state.id())?;
    }
    row.children(cells(r, selected)?.into_iter().map(Ok))
}

/// The page's title (opens the detail), and "link lost" / "page gone" when the last check of a
/// won page found so.
fn page_cell(r: &Record) -> JsResult<El> {
    use crate::crm::checks::LinkState;
    let cell = El::new("span")?.class("cell c-page").child(text("button", "open", query::title_of(r))?.attr("type", "button")?.attr("dir", "auto")?.attr("title", &r.url)?)?;
    match r.link_checks.last().map(|c| c.state) {
        Some(LinkState::Lost) => cell.child(text("span", "link-lost", &t("link_state_lost"))?),
        Some(LinkState::PageGone) => cell.child(text("span", "link-lost", &t("link_state_page_gone"))?),
        _ => Ok(cell),
    }
}

fn cells(r: &Record, selected: bool) -> JsResult<[El; 12]> {
    let pick = El::new("input")?.class("pick").attr("type", "checkbox")?.attr("aria-label", &t("select_row"))?;
    pick.0.unchecked_ref::<HtmlInputElement>().set_checked(selected);
    let score = match r.score {
        Some(score) => text("span", &format!("score score-{}", score_band(score)), &score.to_string())?,
        None => text("span", "score score-none", "–")?,
    };
    let types: Vec<String> = r.opportunity_types.iter().map(|k| opening_label(*k)).collect();
    Ok([
        El::new("span")?.class("cell pick").child(pick)?,
        El::new("span")?.class("cell c-score").child(score)?,
        page_cell(r)?,
        text("span", "cell c-domain", &r.domain)?,
        El::new("span")?.class("cell c-status").child(status_select(r.status)?.class("row-status"))?,
        text("span", "cell c-verdict", &r.verdict.map_or_else(|| t("no_verdict_lower"), |v| verdict_label(Some(v))))?.attr("data-verdict", r.verdict.map_or("none", |v| v.id()))?,
        text("span", "cell c-types", &types.join(", "))?,
        text("span", "cell c-tier", &tier_label(r))?,
        text("span", "cell c-tags", &r.tags.join(", "))?.attr("dir", "auto")?,
        text("span", "cell c-follow-up", r.follow_up.as_deref().unwrap_or(""))?,
        text("span", "cell c-saved-at", &time::date_of_ms(r.saved_at))?,
        text("span", "cell c-updated-at", &time::date_of_ms(r.updated_at))?,
    ])
}
