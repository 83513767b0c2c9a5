//! Export: the toolbar's CSV and JSON-backup buttons, and handing a file to the browser.


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
        let s = s.clone();
        super::spawn(async move {
            // The Backlinks page's records go in too; if they cannot be read the backup says so
            // rather than silently leaving them out.
            let backlinks = super::backlinks::section().await.map_err(|why| wasm_bindgen::JsValue::from_str(&crate::web::i18n::tr("backup_backlinks_unreadable", &[&why])))?;
            let json = transfer::export_json_with(&s.borrow().records, backlinks.as_deref(), clock::now_ms());
            download(&json, "application/json", &format!("backlink-bot-backup-{}.json", time::format_date(today())))
        });
    })
}

use crate::web::download;
