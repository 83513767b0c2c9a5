//! Small element builders and field readers the page's parts share.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};

use crate::crm::Status;
use crate::web::dom::{by_id, text, El, JsResult};

pub fn select_el(id: &str, label: &str, options: &[(String, String)]) -> JsResult<El> {
    let select = El::new("select")?.attr("id", id)?.attr("aria-label", label)?;
    select.0.append_child(&El::new("option")?.attr("value", "")?.text(label).0)?;
    for (value, text) in options {
        select.0.append_child(&El::new("option")?.attr("value", value)?.text(text).0)?;
    }
    Ok(select)
}

pub fn status_options() -> Vec<(String, String)> {
    Status::ALL.iter().map(|s| (s.id().to_string(), crate::web::i18n::status_text(*s))).collect()
}

pub fn button(id: &str, label: &str) -> JsResult<El> {
    Ok(El::new("button")?.attr("id", id)?.attr("type", "button")?.text(label))
}

pub fn labelled(label: &str, control: El) -> JsResult<El> {
    El::new("label")?.child(text("span", "", label)?)?.child(control)
}

pub fn input(id: &str, kind: &str, value: &str) -> JsResult<El> {
    let el = El::new("input")?.attr("id", id)?.attr("type", kind)?.attr("dir", "auto")?;
    el.0.unchecked_ref::<HtmlInputElement>().set_value(value);
    Ok(el)
}

pub fn value_of<T: JsCast>(id: &str) -> Option<T> {
    by_id(id).ok().and_then(|e| e.dyn_into::<T>().ok())
}

pub fn select_value(id: &str) -> String {
    value_of::<HtmlSelectElement>(id).map(|s| s.value()).unwrap_or_default()
}

pub fn input_value(id: &str) -> String {
    value_of::<HtmlInputElement>(id).map(|i| i.value()).unwrap_or_default()
}

