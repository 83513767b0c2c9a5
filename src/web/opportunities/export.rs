//! Export: the toolbar's CSV and JSON-backup buttons, and handing a file to the browser.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::state::Shared;
use super::widgets::button;
use super::listen;
use crate::crm::{time, transfer};
use crate::web::dom::{El, JsResult};
use crate::web::i18n::t;
use crate::web::{clock, today};

pub fn buttons() -> JsResult<[El; 2]> {
    Ok([button("export-csv", &t("export_csv"))?, button("export-json", &t("export_json"))?])
}

/// The export buttons' listeners, registered once at start.
pub fn wire(state: &Shared) -> JsResult<()> {
    listen("export-csv", "click", state, |s, _| {
        // Every record (filters aside), in the table's current sort order.
        let csv = transfer::export_csv(&s.borrow().in_table_order());
        let _ = download(&csv, "text/csv;charset=utf-8", &format!("backlink-bot-opportunities-{}.csv", time::format_date(today())));
    })?;
    listen("export-json", "click", state, |s, _| {
        let json = transfer::export_json(&s.borrow().records, clock::now_ms());
        let _ = download(&json, "application/json", &format!("backlink-bot-backup-{}.json", time::format_date(today())));
    })
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
    // Revoked later: revoking at once can cancel the download before it starts. A one-shot
    // callback: freed by wasm-bindgen once it has run.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window().ok_or("no window")?.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}
