//! The links card: filter buttons and the list of [`crate::listing`]: the best links with their
//! sentence, the rest with identical rows grouped (`data-group-count`), the page's chrome folded
//! behind its count. Drawn a page of items at a time ("show more"); a group's rows, the fold's
//! rows and a row's explanation are drawn the first time they are opened.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::intel::{Authority, Tier};
use crate::listing::{self, Item};
use crate::report::{LinkFilter as Filter, LinkKind, LinkReport, Report};
use crate::snapshot::Region;
use crate::web::dom::{document, score_band, text, El, JsResult};
use crate::web::i18n::{plural, t, tr};

/// Items drawn per "show more".
const PAGE_SIZE: usize = 100;
/// Rows drawn when a group or the fold opens (a 20,000-link menu stays drawable); past this the
/// filters narrow the list.
const MAX_OPENED: usize = 500;

/// What the list currently shows.
struct ListState {
    report: Rc<Report>,
    items: Vec<Item>,
    shown: usize,
}

fn filter_label(filter: Filter) -> String {
    t(match filter {
        Filter::All => "filter_all",
        Filter::Followed => "filter_followed",
        Filter::NotFollowed => "filter_not_followed",
        Filter::Internal => "filter_internal",
        Filter::Chrome => "filter_chrome",
        Filter::LowQuality => "filter_low_quality",
    })
}

/// The card, drawn with the "All" filter, and the listeners its controls need (the caller owns
/// them: they go with the card).
pub fn card(report: &Rc<Report>, tab: Option<i32>) -> JsResult<(El, Vec<EventListener>)> {
    let list = El::new("ol")?.class("link-list").attr("id", "link-list")?;
    let more = El::new("button")?
        .class("more")
        .attr("id", "more")?
        .attr("type", "button")?;
    let filter_group = El::new("div")?
        .class("filters")
        .attr("role", "group")?
        .attr("aria-label", &t("filter_group"))?;
    let filters = filter_group.0.clone();
    let (highlight_row, highlighter, highlight_listener) = super::highlight::controls(report, tab)?;
    let card = El::new("section")?
        .class("card links")
        .attr("id", "links")?
        .child(text("h2", "", &t("links_heading"))?)?
        .child(filter_group)?
        .child(highlight_row)?;
    card.0.append_child(&list.0)?;
    card.0.append_child(&more.0)?;

    let state = Rc::new(RefCell::new(ListState {
        report: report.clone(),
        items: Vec::new(),
        shown: 0,
    }));
    let mut listeners = Vec::with_capacity(Filter::ALL.len() + 3);
    listeners.push(highlight_listener);
    for filter in Filter::ALL {
        let button = El::new("button")?
            .class("filter")
            .attr("type", "button")?
            .attr("data-filter", filter.id())?
            .attr(
                "aria-pressed",
                if filter == Filter::All {
                    "true"
                } else {
                    "false"
                },
            )?
            .text(&format!(
                "{} ({})",
                filter_label(filter),
                filter.count(report)
            ));
        let (state, list, more, group, highlighter) = (
            state.clone(),
            list.0.clone(),
            more.0.clone(),
            filters.clone(),
            highlighter.clone(),
        );
        listeners.push(EventListener::new(&button.0, "click", move |event| {
            let pressed = event
                .current_target()
                .and_then(|t| t.dyn_into::<Element>().ok());
            let _ = apply_filter(&state, filter, &list, &more)
                .and_then(|_| mark_pressed(&group, pressed.as_ref()));
            highlighter.filter_changed(filter);
        }));
        filters.append_child(&button.0)?;
    }
    let (more_state, list_el, more_el) = (state.clone(), list.0.clone(), more.0.clone());
    listeners.push(EventListener::new(&more.0, "click", move |_| {
        let _ = show_more(&more_state, &list_el, &more_el);
    }));
    // `toggle` does not bubble: listen in the capture phase, once for the whole list.
    let for_rows = state.clone();
    listeners.push(EventListener::new_with_options(
        &list.0,
        "toggle",
        EventListenerOptions::run_in_capture_phase(),
        move |event| {
            if let Some(details) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = opened(&for_rows, &details);
            }
        },
    ));
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

fn apply_filter(
    state: &Rc<RefCell<ListState>>,
    filter: Filter,
    list: &Element,
    more: &Element,
) -> JsResult<()> {
    {
        let mut s = state.borrow_mut();
        s.items = listing::listing(&s.report, filter);
        s.shown = 0;
    }
    list.set_text_content(None);
    list.set_attribute("data-filter", filter.id())?;
    if state.borrow().items.is_empty() {
        let message = t(if filter == Filter::All {
            "no_links"
        } else {
            "no_links_match"
        });
        list.append_child(
            &text("li", "empty", &message)?
                .attr("data-notice", "no-links")?
                .0,
        )?;
    }
    show_more(state, list, more)
}

fn show_more(state: &Rc<RefCell<ListState>>, list: &Element, more: &Element) -> JsResult<()> {
    let mut s = state.borrow_mut();
    let end = (s.shown + PAGE_SIZE).min(s.items.len());
    let fragment = document()?.create_document_fragment();
    for item in s.items.get(s.shown..end).unwrap_or_default() {
        fragment.append_child(&item_element(&s.report, item)?.0)?;
    }
    list.append_child(&fragment)?;
    s.shown = end;
    let left = s.items.len() - end;
    more.set_text_content(Some(&tr(
        "show_more",
        &[&left.min(PAGE_SIZE).to_string(), &left.to_string()],
    )));
    more.toggle_attribute_with_force("hidden", left == 0)?;
    Ok(())
}

fn item_element(report: &Report, item: &Item) -> JsResult<El> {
    match item {
        Item::Best(pos) => link_row(report, *pos, true),
        Item::Row(pos) => link_row(report, *pos, false),
        Item::Group(members) => group_row(report, members),
        Item::Fold(items) => {
            let count = items.iter().map(Item::links).sum::<usize>();
            let summary = El::new("summary")?
                .attr("aria-expanded", "false")?
                .text(&plural("chrome_fold", count, &[]));
            let details = El::new("details")?
                .child(summary)?
                .child(El::new("ol")?.class("link-list nested"))?;
            El::new("li")?
                .class("link-fold")
                .attr("data-fold", "chrome")?
                .attr("data-fold-count", &count.to_string())?
                .child(details)
        }
    }
}

/// Identical links as one row: the first one's score, anchor and site, and how many there are;
/// opening it lists them.
fn group_row(report: &Report, members: &[usize]) -> JsResult<El> {
    let Some(first) = members.first().and_then(|&p| report.links.get(p)) else {
        return El::new("li");
    };
    // How many sites the group's links go to (a group is at most a few thousand links).
    let mut sites: Vec<&str> = Vec::new();
    for domain in members.iter().filter_map(|&p| report.links.get(p)).map(|l| l.domain.as_str()) {
        if !sites.contains(&domain) {
            sites.push(domain);
        }
    }
    let target = match sites.len() {
        0 | 1 => target_of(first).to_string(),
        n => tr("sites_count", &[&n.to_string()]),
    };
    let positions: Vec<String> = members.iter().map(usize::to_string).collect();
    let count = text("span", "count", &format!("×{}", members.len()))?
        .attr("title", &plural("identical_links", members.len(), &[]))?;
    let summary = El::new("summary")?
        .attr("aria-expanded", "false")?
        .child(score_badge(first)?)?
        .child(
            El::new("span")?
                .class("what")
                .child(anchor_of(first)?)?
                .child(count)?
                .child(text("span", "domain", &target)?)?,
        )?
        .child(
            El::new("span")?
                .class("badges")
                .children(badges(first, false, false))?,
        )?;
    let details = El::new("details")?
        .child(summary)?
        .child(El::new("ol")?.class("link-list nested"))?;
    El::new("li")?
        .class("link-group")
        .attr("data-group-count", &members.len().to_string())?
        .attr("data-members", &positions.join(","))?
        .attr("data-kind", kind_label(first.kind))?
        .attr("data-region", region_label(first.region))?
        .child(details)
}

pub fn region_label(region: Region) -> &'static str {
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

/// The region as the user reads it.
pub(super) fn region_text(region: Region) -> String {
    t(match region {
        Region::Main => "region_content",
        Region::Nav => "region_nav",
        Region::Header => "region_header",
        Region::Footer => "region_footer",
        Region::Aside => "region_sidebar",
        Region::Comments => "region_comments",
        Region::Boilerplate => "region_boilerplate",
        Region::Body | Region::Other => "region_other",
    })
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
        Some(score) => tr(
            "authority_with_score",
            &[authority.tier.label(), &score.to_string()],
        ),
        None => authority.tier.label().to_string(),
    }
}

fn badge(label: &str, kind: &str) -> JsResult<El> {
    text("span", &format!("badge badge-{kind}"), label)
}

fn target_of(link: &LinkReport) -> &str {
    if link.domain.is_empty() {
        kind_label(link.kind)
    } else {
        &link.domain
    }
}

fn score_badge(link: &LinkReport) -> JsResult<El> {
    match link.score {
        Some(score) => text(
            "span",
            &format!("score score-{}", score_band(score)),
            &score.to_string(),
        )?
        .attr("title", &t("link_score_title")),
        None => text("span", "score score-none", "–")?.attr("title", &t("not_scored_title")),
    }
}

/// The anchor as text; an icon-font glyph (drawn as an empty box without its font) or no text
/// at all shows as a muted label instead.
fn anchor_of(link: &LinkReport) -> JsResult<El> {
    use crate::report::AnchorSource;
    Ok(match link.anchor_source {
        AnchorSource::Icon => text("span", "anchor anchor-empty", &t("icon_link"))?,
        _ if link.anchor.is_empty() => text("span", "anchor anchor-empty", &t("no_anchor"))?,
        _ => text("span", "anchor", &link.anchor)?.attr("title", &link.anchor)?,
    })
}

/// The row's badges: how the link passes credit, then only what stands out (a ranked
/// destination, a bad neighbourhood, hidden); the region is in the row's explanation unless
/// `with_region`.
fn badges(link: &LinkReport, with_region: bool, best: bool) -> Vec<JsResult<El>> {
    let mut badges = vec![];
    // The best links are all followed: saying so on each would only crowd out the anchor.
    if link.kind.is_web() && !best {
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
            badges.push(badge(&t("badge_nofollow_page"), "nofollow"));
        }
    }
    if with_region {
        badges.push(badge(&region_text(link.region), "region"));
    }
    if let Some(authority) = link.authority.filter(|a| a.tier != Tier::Unranked) {
        badges.push(
            badge(authority.tier.label(), "tier")
                .and_then(|b| b.attr("title", &authority_label(authority))),
        );
    }
    for category in link.categories.iter() {
        badges.push(badge(category.label(), "category"));
    }
    if link.hidden {
        badges.push(badge(&t("badge_hidden"), "hidden"));
    }
    badges
}

fn link_row(report: &Report, pos: usize, best: bool) -> JsResult<El> {
    let Some(link) = report.links.get(pos) else {
        return El::new("li");
    };
    let row = El::new("li")?
        .class(if best { "link-row best" } else { "link-row" })
        .attr("data-pos", &pos.to_string())?
        .attr("data-index", &link.index.to_string())?
        .attr("data-href", &link.href)?
        .attr("data-rel", &link.rel)?
        .attr("data-kind", kind_label(link.kind))?
        .attr("data-region", region_label(link.region))?
        .attr(
            "data-followed",
            if link.followed { "true" } else { "false" },
        )?;
    let row = if best {
        row.attr("data-best", "true")?
    } else {
        row
    };
    let row = match link.score {
        Some(score) => row.attr("data-score", &score.to_string())?,
        None => row,
    };
    let row = if link.hidden {
        row.attr("data-hidden", "true")?
    } else {
        row
    };
    let row = match link.authority {
        Some(authority) => row.attr("data-authority", authority.tier.id())?,
        None => row,
    };
    let categories: Vec<&str> = link.categories.iter().map(|c| c.id()).collect();
    let row = row.attr("data-categories", &categories.join(" "))?;

    let mut summary = El::new("summary")?
        .attr("aria-expanded", "false")?
        .attr("title", &link.href)?
        .child(score_badge(link)?)?
        .child(
            El::new("span")?
                .class("what")
                .child(anchor_of(link)?)?
                .child(text("span", "domain", target_of(link))?)?,
        )?
        .child(
            El::new("span")?
                .class("badges")
                .children(badges(link, !best && link.region != Region::Main, best))?,
        )?;
    if best && !link.snippet.is_empty() {
        summary = summary.child(text("span", "snippet", &link.snippet)?)?;
    }
    let details = El::new("details")?
        .child(summary)?
        .child(El::new("div")?.class("explain"))?;
    row.child(details)
}

/// A row, group or fold of the list was opened or closed: keep `aria-expanded` in step and draw
/// what it holds the first time.
fn opened(state: &Rc<RefCell<ListState>>, details: &Element) -> JsResult<()> {
    if let Some(summary) = details.query_selector(":scope > summary")? {
        summary.set_attribute(
            "aria-expanded",
            if details.has_attribute("open") {
                "true"
            } else {
                "false"
            },
        )?;
    }
    let Some(li) = details.parent_element() else {
        return Ok(());
    };
    if !details.has_attribute("open") || li.has_attribute("data-filled") {
        return Ok(());
    }
    li.set_attribute("data-filled", "true")?;
    let s = state.borrow();
    let report = &s.report;
    let nested = || details.query_selector(":scope > ol");
    if li.class_list().contains("link-group") {
        let Some(ol) = nested()? else { return Ok(()) };
        let members: Vec<usize> = li
            .get_attribute("data-members")
            .unwrap_or_default()
            .split(',')
            .filter_map(|p| p.parse().ok())
            .collect();
        draw_opened(
            &ol,
            members.iter().map(|&p| Item::Row(p)),
            members.len(),
            report,
        )
    } else if li.class_list().contains("link-fold") {
        let Some(ol) = nested()? else { return Ok(()) };
        let Some(Item::Fold(items)) = s.items.iter().find(|i| matches!(i, Item::Fold(_))) else {
            return Ok(());
        };
        draw_opened(&ol, items.iter().cloned(), items.len(), report)
    } else {
        fill_explanation(report, &li, details)
    }
}

fn draw_opened(
    ol: &Element,
    items: impl Iterator<Item = Item>,
    total: usize,
    report: &Report,
) -> JsResult<()> {
    let fragment = document()?.create_document_fragment();
    for item in items.take(MAX_OPENED) {
        fragment.append_child(&item_element(report, &item)?.0)?;
    }
    if total > MAX_OPENED {
        fragment.append_child(
            &text(
                "li",
                "empty",
                &tr(
                    "first_shown",
                    &[&MAX_OPENED.to_string(), &total.to_string()],
                ),
            )?
            .0,
        )?;
    }
    ol.append_child(&fragment)?;
    Ok(())
}

/// Draws a row's explanation the first time it is opened.
fn fill_explanation(report: &Report, row: &Element, details: &Element) -> JsResult<()> {
    let Some(explain) = details.query_selector(":scope > .explain")? else {
        return Ok(());
    };
    let Some(link) = row
        .get_attribute("data-pos")
        .and_then(|p| p.parse::<usize>().ok())
        .and_then(|p| report.links.get(p))
    else {
        return Ok(());
    };
    explain.set_attribute("data-filled", "true")?;
    explain.append_child(&text("p", "href", &link.href)?.0)?;
    explain.append_child(&text("p", "where", &tr("placed_in", &[&region_text(link.region)]))?.0)?;
    if link.contributions.is_empty() {
        let why = t(if link.kind == LinkKind::Internal {
            "internal_not_scored"
        } else {
            "not_web_not_scored"
        });
        explain.append_child(&text("p", "note", &why)?.0)?;
        return Ok(());
    }
    let start = report.link_start.to_string();
    let table = El::new("table")?
        .class("contributions")
        .attr("data-start", &start)?;
    let caption = El::new("caption")?.text(&tr("contributions_caption", &[&start]));
    table.0.append_child(&caption.0)?;
    let head = El::new("tr")?.children([
        text("th", "", &t("col_signal")),
        text("th", "num", &t("col_points")),
        text("th", "", &t("col_observed")),
        text("th", "", &t("col_why")),
    ])?;
    let table = table.child(head)?;
    for c in &link.contributions {
        let title = report
            .signals
            .iter()
            .find(|s| s.id == c.signal)
            .map(|s| s.title.as_ref())
            .unwrap_or(c.signal.as_ref());
        let points = if c.weight > 0 {
            format!("+{}", c.weight)
        } else {
            c.weight.to_string()
        };
        let sign = if c.weight > 0 {
            "num plus"
        } else if c.weight < 0 {
            "num minus"
        } else {
            "num"
        };
        let tr_el = El::new("tr")?.attr("data-signal", &c.signal)?.children([
            text("td", "signal", title),
            text("td", sign, &points),
            text("td", "value", &c.value),
            text("td", "reason", &c.reason),
        ])?;
        table.0.append_child(&tr_el.0)?;
    }
    let total = link.score.map(|s| s.to_string()).unwrap_or_default();
    let foot = El::new("tr")?.class("total").children([
        text("td", "", &t("col_score")),
        text("td", "num", &total),
        text("td", "", &t("out_of_100")),
        text("td", "", ""),
    ])?;
    table.0.append_child(&foot.0)?;
    explain.append_child(&table.0)?;
    Ok(())
}
