//! A small element builder over `web-sys`. Page data only ever enters the DOM through
//! `textContent` and attribute values, never as HTML.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

pub type JsResult<T> = Result<T, JsValue>;

pub fn document() -> JsResult<Document> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))
}

pub fn by_id(id: &str) -> JsResult<Element> {
    document()?.get_element_by_id(id).ok_or_else(|| JsValue::from_str(&format!("#{id} is missing from the page")))
}

/// An element under construction.
pub struct El(pub Element);

impl El {
    pub fn new(tag: &str) -> JsResult<El> {
        Ok(El(document()?.create_element(tag)?))
    }

    pub fn class(self, class: &str) -> El {
        self.0.set_class_name(class);
        self
    }

    pub fn attr(self, name: &str, value: &str) -> JsResult<El> {
        self.0.set_attribute(name, value)?;
        Ok(self)
    }

    /// Sets the text content (as text: markup in `text` stays inert).
    pub fn text(self, text: &str) -> El {
        self.0.set_text_content(Some(text));
        self
    }

    pub fn child(self, child: El) -> JsResult<El> {
        self.0.append_child(&child.0)?;
        Ok(self)
    }

    pub fn children(self, children: impl IntoIterator<Item = JsResult<El>>) -> JsResult<El> {
        for child in children {
            self.0.append_child(&child?.0)?;
        }
        Ok(self)
    }
}

/// Shorthand for an element holding only text.
pub fn text(tag: &str, class: &str, text: &str) -> JsResult<El> {
    Ok(El::new(tag)?.class(class).text(text))
}

/// A number with one decimal, formatted by JS (`toFixed`): Rust's float formatting would add
/// about 10 KB gz to the Wasm for a few timing attributes.
pub fn fixed1(x: f64) -> String {
    js_sys::Number::from(x).to_fixed(1).map(String::from).unwrap_or_default()
}

/// Sets `<body data-state>` (`loading` / `ready` / `error`, the hook tests wait on). A page that
/// has panicked stays in `error`: a task finishing later must not paint it `ready` again.
pub fn set_state(state: &str) -> JsResult<()> {
    let body = document()?.body().ok_or_else(|| JsValue::from_str("no body"))?;
    if super::fault::poisoned() && state != "error" {
        return Ok(());
    }
    body.set_attribute("data-state", state)
}

/// Milliseconds since the page started (the benchmark's clock).
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// The colour band of a 0–100 score (`score-good` / `-fair` / `-poor` in the CSS).
pub fn score_band(score: u8) -> &'static str {
    match score {
        70..=100 => "good",
        s if s >= crate::highlight::POOR_BELOW => "fair",
        _ => "poor",
    }
}

/// A `<select>` of the pipeline's statuses with `current` selected.
pub fn status_select(current: crate::crm::Status) -> JsResult<El> {
    let select = El::new("select")?.attr("aria-label", &super::i18n::t("field_status"))?;
    for s in crate::crm::Status::ALL {
        let option = El::new("option")?.attr("value", s.id())?.text(&super::i18n::status_text(s));
        let option = if s == current { option.attr("selected", "")? } else { option };
        select.0.append_child(&option.0)?;
    }
    Ok(select)
}

/// A fold: `<details data-fold=id>` whose `<summary>` says what is inside and carries
/// `aria-expanded` (kept in step by the returned listener, which the caller owns). Enter and
/// Space toggle it, as any `<summary>`.
#[cfg(feature = "popup-page")]
pub fn fold(id: &str, label: &str) -> JsResult<(El, gloo_events::EventListener)> {
    let summary = El::new("summary")?.attr("aria-expanded", "false")?.text(label);
    let details = El::new("details")?.class("fold").attr("data-fold", id)?;
    let listener = expanded_in_step(&details.0, &summary.0);
    Ok((details.child(summary)?, listener))
}

/// Keeps `summary`'s `aria-expanded` equal to whether `details` is open.
#[cfg(feature = "popup-page")]
pub fn expanded_in_step(details: &Element, summary: &Element) -> gloo_events::EventListener {
    let (d, s) = (details.clone(), summary.clone());
    gloo_events::EventListener::new(details, "toggle", move |_| {
        let _ = s.set_attribute("aria-expanded", if d.has_attribute("open") { "true" } else { "false" });
    })
}
