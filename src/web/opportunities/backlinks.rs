//! The Backlinks page's records (IndexedDB, `web::idb`) in the JSON backup: read for "Export
//! JSON", restored when a backup that carries them is imported (checked and merged by the core,
//! `backlinks::backup`). Nothing here judges.

use crate::backlinks::backup::{plan_restore, Restore};
use crate::backlinks::growth::Snapshot;
use crate::backlinks::{Mark, StoredLink};
use crate::web::chrome;
use crate::web::idb;

/// The section's JSON (`{"links":[…],…}`, records as stored), or `None` when the Backlinks page
/// has stored nothing.
pub async fn section() -> Result<Option<String>, String> {
    let db = idb::open().await?;
    let mut parts = Vec::with_capacity(idb::STORES.len());
    let mut any = false;
    for store in idb::STORES {
        let records = idb::get_all_json(&db, store).await?;
        any |= !records.is_empty();
        parts.push(format!("\"{store}\":[{}]", records.join(",")));
    }
    db.close();
    Ok(any.then(|| format!("{{{}}}", parts.join(","))))
}

/// The records that read (one the Backlinks page cannot read either is left to it to report).
fn parse<T: serde::de::DeserializeOwned>(texts: Vec<String>) -> Vec<T> {
    texts.iter().filter_map(|t| serde_json::from_str(t).ok()).collect()
}

/// Restores a backup's section over what is stored, in one transaction; the per-domain figures
/// are cleared so the Backlinks page rebuilds them from the links. Returns what was restored
/// and what was skipped.
pub async fn restore(json: &str) -> Result<Restore, String> {
    let db = idb::open().await?;
    let links: Vec<StoredLink> = parse(idb::get_all_json(&db, idb::LINKS).await?);
    let marks: Vec<Mark> = parse(idb::get_all_json(&db, idb::MARKS).await?);
    let imports: Vec<Snapshot> = parse(idb::get_all_json(&db, idb::IMPORTS).await?);
    let plan = plan_restore(json, &links, &marks, &imports)?;
    let array = |json: String| -> Result<js_sys::Array, String> {
        use wasm_bindgen::JsCast;
        js_sys::JSON::parse(&json).map_err(|e| chrome::error_text(&e))?.dyn_into::<js_sys::Array>().map_err(|_| "not a list".to_string())
    };
    let to_json = |v: Result<String, serde_json::Error>| v.map_err(|e| e.to_string());
    let writes = [
        (idb::LINKS, array(to_json(serde_json::to_string(&plan.links))?)?),
        (idb::SITES, array(to_json(serde_json::to_string(&plan.sites))?)?),
        (idb::MARKS, array(to_json(serde_json::to_string(&plan.marks))?)?),
        (idb::IMPORTS, array(to_json(serde_json::to_string(&plan.imports))?)?),
    ];
    idb::put(&db, &writes).await?;
    if !plan.links.is_empty() {
        idb::replace(&db, idb::DOMAINS, js_sys::Array::new()).await?;
    }
    db.close();
    Ok(plan)
}
