//! The "Highlight links" toggle: outlines the page's links by their mark
//! ([`crate::highlight`]) with a tooltip of each one's reasons, through `extension/highlight.js`
//! in the page and `extension/highlight.css` as a user stylesheet. The page gets link indices,
//! mark ids and short texts, nothing else. The popup's filter decides which links are outlined.
//!
//! `[data-action=highlight]` carries `aria-pressed`; `[data-highlight-status]` says why it could
//! not highlight (`data-highlight-status="changed"`: the page's links are not the ones read, with
//! a Rescan button).

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::links::{authority_label, region_text};
use crate::highlight::{mark_of, top_reasons, Mark};
use crate::report::{LinkFilter, LinkKind, LinkReport, Report};
use crate::web::chrome;
use crate::web::dom::{El, JsResult};
use crate::web::i18n::{t, tr};

const SCRIPT: &str = "highlight.js";
const STYLE: &str = "highlight.css";

pub struct Highlighter {
    report: Rc<Report>,
    tab: Option<i32>,
    on: Cell<bool>,
    busy: Cell<bool>,
    filter: Cell<LinkFilter>,
    button: Element,
    status: Element,
}

/// The toggle and its status line, and the highlighter the filters tell about changes. When the
/// page is highlighted already (an earlier popup), the toggle shows it and the outlines are
/// redrawn from this Report.
pub fn controls(report: &Rc<Report>, tab: Option<i32>) -> JsResult<(El, Rc<Highlighter>, EventListener)> {
    let button = El::new("button")?.class("highlight").attr("type", "button")?.attr("data-action", "highlight")?.attr("aria-pressed", "false")?.text(&t("highlight_toggle"));
    let status = El::new("p")?.class("highlight-status").attr("role", "status")?.attr("hidden", "")?;
    let (button, status) = (button.0, status.0);
    let row = El::new("div")?.class("highlight-row");
    row.0.append_child(&button)?;
    row.0.append_child(&status)?;
    // Check links sits beside it: both act on the page's links.
    row.0.append_child(&super::checks::controls()?.0)?;
    let highlighter = Rc::new(Highlighter { report: report.clone(), tab, on: Cell::new(false), busy: Cell::new(false), filter: Cell::new(LinkFilter::All), button, status });
    let clicked = highlighter.clone();
    let listener = EventListener::new(&highlighter.button, "click", move |_| clicked.clone().toggle());
    let restored = highlighter.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let on = match restored.tab {
            Some(tab) => chrome::send_to_tab(tab, &message("state", &[])).await.is_ok_and(|r| flag(&r, "on")),
            None => false,
        };
        if on {
            restored.on.set(true);
            restored.run(true).await;
        }
    });
    Ok((row, highlighter, listener))
}

fn message(kind: &str, more: &[(&str, JsValue)]) -> JsValue {
    let mut fields = vec![("backlinkBotHighlight", JsValue::from_str(kind))];
    fields.extend_from_slice(more);
    chrome::object(&fields)
}

fn flag(reply: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(reply, &name.into()).is_ok_and(|v| v.is_truthy())
}

impl Highlighter {
    /// The list's filter changed: the outlines follow it.
    pub fn filter_changed(self: &Rc<Self>, filter: LinkFilter) {
        self.filter.set(filter);
        if self.on.get() {
            let me = self.clone();
            wasm_bindgen_futures::spawn_local(async move { me.run(true).await });
        }
    }

    fn toggle(self: Rc<Self>) {
        let on = !self.on.get();
        wasm_bindgen_futures::spawn_local(async move { self.run(on).await });
    }

    /// Highlights (or stops) and shows the outcome; one run at a time.
    async fn run(&self, on: bool) {
        if self.busy.replace(true) {
            return;
        }
        let _ = self.button.set_attribute("aria-busy", "true");
        let started = crate::web::dom::now();
        let outcome = match self.tab {
            Some(tab) if on => self.apply(tab).await,
            Some(tab) => self.off(tab).await,
            None => Err(tr("highlight_failed", &[&t("fail_no_result")])),
        };
        // For the benchmark: the whole run, as the user waits for it.
        let _ = self.button.set_attribute("data-took-ms", &crate::web::dom::fixed1(crate::web::dom::now() - started));
        let _ = self.button.remove_attribute("aria-busy");
        self.busy.set(false);
        let (pressed, problem) = match outcome {
            Ok(()) => (on, None),
            Err(why) => (false, Some(why)),
        };
        self.on.set(pressed);
        let _ = self.button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        let _ = self.show(problem);
    }

    async fn apply(&self, tab: i32) -> Result<(), String> {
        let failed = |why: String| tr("highlight_failed", &[&why]);
        chrome::inject(tab, SCRIPT).await.map_err(failed)?;
        // Exactly one copy of the stylesheet, whatever an earlier popup left.
        chrome::user_css(tab, STYLE, false).await.map_err(failed)?;
        chrome::user_css(tab, STYLE, true).await.map_err(failed)?;
        let items = items(&self.report, self.filter.get());
        let reply = chrome::send_to_tab(tab, &message("apply", &[("items", items.into()), ("legend", legend())])).await.map_err(failed)?;
        self.page_time(&reply);
        if flag(&reply, "changed") {
            let _ = chrome::user_css(tab, STYLE, false).await;
            return Err(String::from("changed"));
        }
        match chrome::string_field(&reply, "error") {
            Some(error) => Err(failed(error)),
            None => Ok(()),
        }
    }

    async fn off(&self, tab: i32) -> Result<(), String> {
        // A page that was reloaded has no highlighter left to answer: nothing to remove there.
        if let Ok(reply) = chrome::send_to_tab(tab, &message("off", &[])).await {
            self.page_time(&reply);
        }
        chrome::user_css(tab, STYLE, false).await.map_err(|why| tr("highlight_failed", &[&why]))
    }

    /// For the benchmark: how long the page's part took (`ms` in its answer).
    fn page_time(&self, reply: &JsValue) {
        if let Some(ms) = js_sys::Reflect::get(reply, &"ms".into()).ok().and_then(|v| v.as_f64()) {
            let _ = self.button.set_attribute("data-page-ms", &crate::web::dom::fixed1(ms));
        }
    }

    /// The status line: empty, why highlighting failed, or "the page changed" with Rescan.
    fn show(&self, problem: Option<String>) -> JsResult<()> {
        self.status.set_text_content(None);
        let Some(problem) = problem else {
            self.status.remove_attribute("data-highlight-status")?;
            return self.status.set_attribute("hidden", "");
        };
        self.status.remove_attribute("hidden")?;
        if problem == "changed" {
            self.status.set_attribute("data-highlight-status", "changed")?;
            self.status.append_with_str_1(&t("highlight_changed"))?;
            let rescan = El::new("button")?.attr("type", "button")?.attr("data-action", "rescan")?.text(&t("highlight_rescan"));
            // Reading the page again is what opening the popup does.
            super::keep(EventListener::new(&rescan.0, "click", |_| {
                let _ = web_sys::window().map(|w| w.location().reload());
            }));
            self.status.append_child(&rescan.0)?;
        } else {
            self.status.set_attribute("data-highlight-status", "failed")?;
            self.status.set_text_content(Some(&problem));
        }
        Ok(())
    }
}

fn mark_label(mark: Mark) -> String {
    t(match mark {
        Mark::Followed => "mark_followed",
        Mark::Nofollow => "mark_nofollow",
        Mark::Sponsored => "mark_sponsored",
        Mark::Ugc => "mark_ugc",
        Mark::Internal => "mark_internal",
        Mark::LowQuality => "mark_low_quality",
    })
}

/// `{title, dismiss, marks: {id: label}}` for the legend on the page.
fn legend() -> JsValue {
    let marks: Vec<(&str, JsValue)> = Mark::ALL.iter().map(|&m| (m.id(), JsValue::from(mark_label(m)))).collect();
    chrome::object(&[("title", t("highlight_legend").into()), ("dismiss", t("highlight_dismiss").into()), ("marks", chrome::object(&marks))])
}

/// `[[index, mark, tooltip], …]` as JSON: the links the filter admits that have a mark.
fn items(report: &Report, filter: LinkFilter) -> String {
    let labels: Vec<String> = Mark::ALL.iter().map(|&m| mark_label(m)).collect();
    let items: Vec<(u32, &str, String)> = report
        .links
        .iter()
        .filter(|l| filter.admits(l))
        .filter_map(|l| {
            let mark = mark_of(l)?;
            let label = Mark::ALL.iter().position(|&m| m == mark).and_then(|i| labels.get(i)).map_or("", String::as_str);
            Some((l.index, mark.id(), tooltip(l, label)))
        })
        .collect();
    serde_json::to_string(&items).unwrap_or_default()
}

/// Score, mark and placement; the destination and its authority; `rel`; the reasons that moved
/// the score most.
fn tooltip(link: &LinkReport, mark: &str) -> String {
    let region = region_text(link.region);
    let mut lines = vec![match link.score {
        Some(score) => format!("{} · {mark} · {region}", tr("tooltip_score", &[&score.to_string()])),
        None => format!("{mark} · {region}"),
    }];
    match link.authority {
        Some(authority) if link.kind == LinkKind::External => lines.push(format!("{} · {}", link.domain, authority_label(authority))),
        _ => lines.push(link.domain.clone()),
    }
    if !link.rel.is_empty() {
        lines.push(format!("rel=\"{}\"", link.rel));
    }
    for term in top_reasons(link, 3) {
        lines.push(format!("{:+} {}", term.weight, term.reason));
    }
    lines.join("\n")
}
