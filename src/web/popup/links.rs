//! The links card: filter buttons, the list drawn a page at a time ("show more"), and each row's
//! explanation drawn the first time it is opened.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::intel::{Authority, Tier};
use crate::report::{LinkFilter as Filter, LinkKind, LinkReport, Report};
use crate::snapshot::Region;
use crate::web::dom::{document, score_band, text, El, JsResult};

/// Rows drawn per "show more".
const PAGE_SIZE: usize = 100;

/// What the list currently shows.
struct ListState {
    report: Rc<Report>,
    /// Positions in `report.links` admitted by the filter.
    rows: Vec<usize>,
    shown: usize,
}

/// The card, drawn with the "All" filter, and the listeners its controls need (the caller owns
/// them: they go with the card).
pub fn card(report: &Rc<Report>) -> JsResult<(El, Vec<EventListener>)> {
    let list = El::new("ol")?.class("link-list").attr("id", "link-list")?;
    let more = El::new("button")?.class("more").attr("id", "more")?.attr("type", "button")?;
    let filter_group = El::new("div")?.class("filters").attr("role", "group")?.attr("aria-label", "Filter links")?;
    let filters = filter_group.0.clone();
    let card = El::new("section")?
        .class("card links")
        .attr("id", "links")?
        .child(text("h2", "", "Links, best first")?)?
        .child(filter_group)?;
    card.0.append_child(&list.0)?;
    card.0.append_child(&more.0)?;

    let state = Rc::new(RefCell::new(ListState { report: report.clone(), rows: Vec::new(), shown: 0 }));
    let mut listeners = Vec::with_capacity(Filter::ALL.len() + 2);
    for filter in Filter::ALL {
        let (id, label) = (filter.id(), filter.label());
        let button = El::new("button")?
            .class("filter")
            .attr("type", "button")?
            .attr("data-filter", id)?
            .attr("aria-pressed", if filter == Filter::All { "true" } else { "false" })?
            .text(&format!("{label} ({})", filter.count(report)));
        let (state, list, more, group) = (state.clone(), list.0.clone(), more.0.clone(), filters.clone());
        listeners.push(EventListener::new(&button.0, "click", move |event| {
            let pressed = event.current_target().and_then(|t| t.dyn_into::<Element>().ok());
            let _ = apply_filter(&state, filter, &list, &more).and_then(|_| mark_pressed(&group, pressed.as_ref()));
        }));
        filters.append_child(&button.0)?;
    }
    let (more_state, list_el, more_el) = (state.clone(), list.0.clone(), more.0.clone());
    listeners.push(EventListener::new(&more.0, "click", move |_| {
        let _ = show_more(&more_state, &list_el, &more_el);
    }));
    // `toggle` does not bubble: listen in the capture phase, once for the whole list.
    let for_rows = report.clone();
    listeners.push(EventListener::new_with_options(&list.0, "toggle", EventListenerOptions::run_in_capture_phase(), move |event| {
        if let Some(details) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            let _ = fill_explanation(&for_rows, &details);
        }
    }));
    apply_filter(&state, Filter::All, &list.0, &more.0)?;
    Ok((card, listeners))
}

fn mark_pressed(filters: &Element, pressed: Option<&Element>) -> JsResult<()> {
    let buttons = filters.children();
    for i in 0..buttons.length() {
        if let Some(button) = buttons.item(i) {
            let on = pressed.is_some_and(|p| p == &button);
            button.set_attribute("aria-pressed", if on { "true" } else { "false" })?;
        }
    }
    Ok(())
}

fn apply_filter(state: &Rc<RefCell<ListState>>, filter: Filter, list: &Element, more: &Element) -> JsResult<()> {
    {
        let mut s = state.borrow_mut();
        let rows = s.report.links.iter().enumerate().filter(|(_, l)| filter.admits(l)).map(|(i, _)| i).collect();
        s.rows = rows;
        s.shown = 0;
    }
    list.set_text_content(None);
    list.set_attribute("data-filter", filter.id())?;
    if state.borrow().rows.is_empty() {
        let message = if filter == Filter::All { "This page has no links." } else { "No links match this filter." };
        list.append_child(&text("li", "empty", message)?.attr("data-notice", "no-links")?.0)?;
    }
    show_more(state, list, more)
}

fn show_more(state: &Rc<RefCell<ListState>>, list: &Element, more: &Element) -> JsResult<()> {
    let mut s = state.borrow_mut();
    let end = (s.shown + PAGE_SIZE).min(s.rows.len());
    let fragment = document()?.create_document_fragment();
    for &pos in s.rows.get(s.shown..end).unwrap_or_default() {
        if let Some(link) = s.report.links.get(pos) {
            fragment.append_child(&link_row(link, pos)?.0)?;
        }
    }
    list.append_child(&fragment)?;
    s.shown = end;
    let left = s.rows.len() - end;
    more.set_text_content(Some(&format!("Show {} more ({left} left)", left.min(PAGE_SIZE))));
    more.toggle_attribute_with_force("hidden", left == 0)?;
    Ok(())
}

fn region_label(region: Region) -> &'static str {
    match region {
        Region::Main => "content",
        Region::Nav => "nav",
        Region::Header => "header",
        Region::Footer => "footer",
        Region::Aside => "sidebar",
        Region::Comments => "comments",
        Region::Boilerplate => "boilerplate",
        Region::Body | Region::Other => "other",
    }
}

fn kind_label(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Internal => "internal",
        LinkKind::External => "external",
        LinkKind::Mailto => "mailto",
        LinkKind::Tel => "tel",
        LinkKind::Javascript => "javascript",
        LinkKind::Fragment => "#fragment",
        LinkKind::Empty => "empty href",
        LinkKind::Other => "other",
    }
}

pub fn authority_label(authority: Authority) -> String {
    match authority.score {
        Some(score) => format!("{}, authority {score}", authority.tier.label()),
        None => authority.tier.label().to_string(),
    }
}

fn badge(label: &str, kind: &str) -> JsResult<El> {
    text("span", &format!("badge badge-{kind}"), label)
}

fn link_row(link: &LinkReport, pos: usize) -> JsResult<El> {
    let row = El::new("li")?
        .class("link-row")
        .attr("data-pos", &pos.to_string())?
        .attr("data-index", &link.index.to_string())?
        .attr("data-href", &link.href)?
        .attr("data-rel", &link.rel)?
        .attr("data-kind", kind_label(link.kind))?
        .attr("data-region", region_label(link.region))?
        .attr("data-followed", if link.followed { "true" } else { "false" })?;
    let row = match link.score {
        Some(score) => row.attr("data-score", &score.to_string())?,
        None => row,
    };
    let row = if link.hidden { row.attr("data-hidden", "true")? } else { row };
    let row = match link.authority {
        Some(authority) => row.attr("data-authority", authority.tier.id())?,
        None => row,
    };
    let categories: Vec<&str> = link.categories.iter().map(|c| c.id()).collect();
    let row = row.attr("data-categories", &categories.join(" "))?;

    let score = match link.score {
        Some(score) => text("span", &format!("score score-{}", score_band(score)), &score.to_string())?.attr("title", "Link score (0–100)")?,
        None => text("span", "score score-none", "–")?.attr("title", "Not scored: not an external web link")?,
    };
    let anchor = if link.anchor.is_empty() { text("span", "anchor anchor-empty", "(no anchor text)")? } else { text("span", "anchor", &link.anchor)? };
    let target = if link.domain.is_empty() { kind_label(link.kind) } else { &link.domain };
    let mut badges = vec![];
    if link.kind.is_web() {
        if link.sponsored {
            badges.push(badge("sponsored", "sponsored"));
        }
        if link.nofollow {
            badges.push(badge("nofollow", "nofollow"));
        }
        if link.ugc {
            badges.push(badge("ugc", "ugc"));
        }
        if link.followed {
            badges.push(badge("follow", "follow"));
        } else if !(link.sponsored || link.nofollow || link.ugc) {
            badges.push(badge("nofollow (page)", "nofollow"));
        }
    }
    badges.push(badge(region_label(link.region), "region"));
    if let Some(authority) = link.authority.filter(|a| a.tier != Tier::Unranked) {
        badges.push(Ok(badge(authority.tier.label(), "tier")?.attr("title", &authority_label(authority))?));
    }
    for category in link.categories.iter() {
        badges.push(badge(category.label(), "category"));
    }
    if link.hidden {
        badges.push(badge("hidden", "hidden"));
    }
    let summary = El::new("summary")?
        .child(score)?
        .child(El::new("span")?.class("what").child(anchor)?.child(text("span", "domain", target)?)?)?
        .child(El::new("span")?.class("badges").children(badges)?)?;
    let details = El::new("details")?.child(summary)?.child(El::new("div")?.class("explain"))?;
    row.child(details)
}

/// Draws a row's explanation the first time it is opened.
fn fill_explanation(report: &Report, details: &Element) -> JsResult<()> {
    let Some(row) = details.closest("li.link-row")? else { return Ok(()) };
    let Some(explain) = details.query_selector(".explain")? else { return Ok(()) };
    if explain.has_attribute("data-filled") {
        return Ok(());
    }
    let Some(link) = row.get_attribute("data-pos").and_then(|p| p.parse::<usize>().ok()).and_then(|p| report.links.get(p)) else {
        return Ok(());
    };
    explain.set_attribute("data-filled", "true")?;
    explain.append_child(&text("p", "href", &link.href)?.0)?;
    if link.contributions.is_empty() {
        let why = if link.kind == LinkKind::Internal { "Internal link: links to your own site are not scored." } else { "Not a web destination: not scored." };
        explain.append_child(&text("p", "note", why)?.0)?;
        return Ok(());
    }
    let start = report.link_start.to_string();
    let table = El::new("table")?.class("contributions").attr("data-start", &start)?;
    let caption = El::new("caption")?.text(&format!("Every external link starts at {start} points; then:"));
    table.0.append_child(&caption.0)?;
    let head = El::new("tr")?.children([text("th", "", "Signal"), text("th", "num", "Points"), text("th", "", "Observed"), text("th", "", "Why")])?;
    let table = table.child(head)?;
    for c in &link.contributions {
        let title = report.signals.iter().find(|s| s.id == c.signal).map(|s| s.title.as_ref()).unwrap_or(c.signal.as_ref());
        let points = if c.weight > 0 { format!("+{}", c.weight) } else { c.weight.to_string() };
        let sign = if c.weight > 0 { "num plus" } else if c.weight < 0 { "num minus" } else { "num" };
        let tr = El::new("tr")?
            .attr("data-signal", &c.signal)?
            .children([text("td", "signal", title), text("td", sign, &points), text("td", "value", &c.value), text("td", "reason", &c.reason)])?;
        table.0.append_child(&tr.0)?;
    }
    let total = link.score.map(|s| s.to_string()).unwrap_or_default();
    let foot = El::new("tr")?.class("total").children([text("td", "", "Score"), text("td", "num", &total), text("td", "", "out of 100"), text("td", "", "")])?;
    table.0.append_child(&foot.0)?;
    explain.append_child(&table.0)?;
    Ok(())
}
