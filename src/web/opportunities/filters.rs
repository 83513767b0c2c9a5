//! The filter bar: free text, status, verdict, type and tag; any change re-runs the query.

use web_sys::HtmlSelectElement;

use super::state::{Shared, State};
use super::widgets::{input_value, select_el, select_value, status_options, value_of};
use super::{listen, table};
use crate::crm::query;
use crate::crm::Status;
use crate::prospect::openings::OpeningKind;
use crate::prospect::suitability::Verdict;
use crate::web::dom::{El, JsResult};
use crate::web::i18n::{opening_label, t, verdict_label};

pub fn bar() -> JsResult<El> {
    let verdicts: Vec<(String, String)> = Verdict::ALL.iter().map(|v| (v.id().to_string(), verdict_label(Some(*v)))).collect();
    let kinds: Vec<(String, String)> = OpeningKind::ALL.iter().map(|k| (k.id().to_string(), opening_label(*k))).collect();
    El::new("div")?
        .class("filters")
        .attr("role", "search")?
        .child(El::new("input")?.attr("id", "filter-text")?.attr("type", "search")?.attr("placeholder", &t("search_placeholder"))?)?
        .child(select_el("filter-status", &t("any_status"), &status_options())?)?
        .child(select_el("filter-verdict", &t("any_verdict"), &verdicts)?)?
        .child(select_el("filter-type", &t("any_type"), &kinds)?)?
        .child(select_el("filter-tag", &t("any_tag"), &[])?)
}

/// The filters' listeners, registered once at start.
pub fn wire(state: &Shared) -> JsResult<()> {
    for id in ["filter-status", "filter-verdict", "filter-type", "filter-tag"] {
        listen(id, "change", state, |s, _| on_change(s))?;
    }
    listen("filter-text", "input", state, |s, _| on_change(s))
}

fn on_change(state: &Shared) {
    read(state);
    let _ = table::refresh(state);
}

/// Copies the controls into the state's query.
fn read(state: &Shared) {
    let mut s = state.borrow_mut();
    s.query.text = input_value("filter-text");
    s.query.status = Status::parse(&select_value("filter-status"));
    s.query.verdict = Verdict::ALL.into_iter().find(|v| v.id() == select_value("filter-verdict"));
    s.query.kind = OpeningKind::ALL.into_iter().find(|k| k.id() == select_value("filter-type"));
    s.query.tag = Some(select_value("filter-tag")).filter(|t| !t.is_empty());
}

/// Keeps the tag filter's options in step with the tags in use.
pub fn fill_tags(s: &State) -> JsResult<()> {
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
