//! IndexedDB, the few calls the Backlinks page needs, as futures: lists of 100,000 links do not
//! belong in `chrome.storage`. One database, `backlink-bot`, with an object store per kind of
//! record; every write of one import is one transaction, so an import is stored whole or not at
//! all, and a refusal (the quota) comes back as the browser's reason.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::chrome::error_text;

const DB: &str = "backlink-bot";
/// Schema version: 1 = stores `links` (key `key`), `sites` (key `key`), `marks` (key `domain`),
/// `imports` (auto-numbered); 2 added `domains` (per-domain aggregates, key `key`: whose + domain;
/// the page writes them for a version-1 database on first drawing). A new version adds its
/// stores in `upgrade`, which creates whatever a database lacks, so any older one upgrades.
const VERSION: u32 = 2;
pub const LINKS: &str = "links";
pub const SITES: &str = "sites";
pub const MARKS: &str = "marks";
pub const IMPORTS: &str = "imports";
pub const DOMAINS: &str = "domains";
/// Every store, in the order a backup lists them.
#[cfg_attr(not(feature = "tab-pages"), allow(dead_code))] // the backup is made on the Opportunities page
pub const STORES: [&str; 5] = [LINKS, SITES, MARKS, IMPORTS, DOMAINS];

/// Resolves with the event's target's `result` on `ok`, rejects on `error`/`abort` with the
/// target's error.
async fn settle(target: &web_sys::EventTarget, ok: &str) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, reject: js_sys::Function| {
        let on_ok = Closure::once_into_js(move |e: web_sys::Event| {
            let result = e.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()).and_then(|r| r.result().ok()).unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::NULL, &result);
        });
        let reject_too = reject.clone();
        let on_error = Closure::once_into_js(move |e: web_sys::Event| {
            let why = e.target().and_then(|t| js_sys::Reflect::get(&t, &"error".into()).ok()).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &why);
        });
        let _ = target.add_event_listener_with_callback(ok, on_ok.unchecked_ref());
        let _ = target.add_event_listener_with_callback("error", on_error.unchecked_ref());
        let on_abort = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject_too.call1(&JsValue::NULL, &"the browser aborted the write".into());
        });
        let _ = target.add_event_listener_with_callback("abort", on_abort.unchecked_ref());
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| dom_error(&e))
}

/// A DOMException's name and message ("QuotaExceededError: …"), or the text of anything else.
fn dom_error(e: &JsValue) -> String {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) => format!("{}: {}", d.name(), d.message()),
        None => error_text(e),
    }
}

pub async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or("this browser gives the page no IndexedDB")?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB, VERSION).map_err(|e| dom_error(&e))?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some(db) = e.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()).and_then(|r| r.result().ok()).and_then(|r| r.dyn_into::<IdbDatabase>().ok()) {
            let names = db.object_store_names();
            let keyed = |key: &str| {
                let p = IdbObjectStoreParameters::new();
                p.set_key_path(&key.into());
                p
            };
            for (store, key) in [(LINKS, Some("key")), (SITES, Some("key")), (MARKS, Some("domain")), (IMPORTS, None), (DOMAINS, Some("key"))] {
                if names.contains(store) {
                    continue;
                }
                let _ = match key {
                    Some(key) => db.create_object_store_with_optional_parameters(store, &keyed(key)),
                    None => {
                        let p = IdbObjectStoreParameters::new();
                        p.set_auto_increment(true);
                        db.create_object_store_with_optional_parameters(store, &p)
                    }
                };
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = settle(&request, "success").await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    let db = db?.dyn_into::<IdbDatabase>().map_err(|_| "the database did not open".to_string())?;
    // A newer version opened in another tab: step aside so it can upgrade (this page reloads to
    // use it), rather than block it.
    let close = Closure::<dyn FnMut()>::new({
        let db = db.clone();
        move || db.close()
    });
    db.set_onversionchange(Some(close.as_ref().unchecked_ref()));
    close.forget();
    Ok(db)
}

/// Every record of `store`.
pub async fn get_all(db: &IdbDatabase, store: &str) -> Result<js_sys::Array, String> {
    let tx = db.transaction_with_str(store).map_err(|e| dom_error(&e))?;
    let request = tx.object_store(store).and_then(|s| s.get_all()).map_err(|e| dom_error(&e))?;
    Ok(settle(&request, "success").await?.dyn_into::<js_sys::Array>().unwrap_or_default())
}

/// Every record of `store` as JSON text (a record that does not stringify is left out).
pub async fn get_all_json(db: &IdbDatabase, store: &str) -> Result<Vec<String>, String> {
    Ok(get_all(db, store).await?.iter().filter_map(|v| js_sys::JSON::stringify(&v).ok().and_then(|s| s.as_string())).collect())
}

/// How many records `store` holds.
pub async fn count(db: &IdbDatabase, store: &str) -> Result<u32, String> {
    let tx = db.transaction_with_str(store).map_err(|e| dom_error(&e))?;
    let request = tx.object_store(store).and_then(|s| s.count()).map_err(|e| dom_error(&e))?;
    Ok(settle(&request, "success").await?.as_f64().unwrap_or(0.0) as u32)
}

/// Replaces everything in `store` with `records`, in one transaction.
pub async fn replace(db: &IdbDatabase, store: &str, records: js_sys::Array) -> Result<(), String> {
    let tx: IdbTransaction = db.transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite).map_err(|e| dom_error(&e))?;
    let s = tx.object_store(store).map_err(|e| dom_error(&e))?;
    s.clear().map_err(|e| dom_error(&e))?;
    for record in records.iter() {
        if let Err(e) = s.put(&record) {
            let _ = tx.abort();
            return Err(dom_error(&e));
        }
    }
    settle(&tx, "complete").await.map(drop)
}

/// Writes `records` (an array each) into their stores in one transaction: all or nothing.
pub async fn put(db: &IdbDatabase, writes: &[(&str, js_sys::Array)]) -> Result<(), String> {
    let names = js_sys::Array::new();
    for (store, _) in writes {
        names.push(&JsValue::from_str(store));
    }
    let tx: IdbTransaction = db.transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite).map_err(|e| dom_error(&e))?;
    for (store, records) in writes {
        let s = tx.object_store(store).map_err(|e| dom_error(&e))?;
        for record in records.iter() {
            if let Err(e) = s.put(&record) {
                let _ = tx.abort();
                return Err(dom_error(&e));
            }
        }
    }
    settle(&tx, "complete").await.map(drop)
}

/// Records of `stores`, in chunks, one transaction (all or nothing): `next(i)` gives chunk `i`
/// (its store and records), `None` once all are given. Each chunk is queued when the first write
/// of the one before has succeeded, so the page draws (and can cancel) between chunks while the
/// transaction stays open and busy. `cancel` set: the transaction is aborted and nothing is stored.
pub async fn put_chunked(db: &IdbDatabase, stores: &[&str], next: impl FnMut(usize) -> Option<(&'static str, js_sys::Array)> + 'static, cancel: Rc<Cell<bool>>) -> Result<(), String> {
    let names = js_sys::Array::new();
    for store in stores {
        names.push(&JsValue::from_str(store));
    }
    // Relaxed durability: the write is done when the browser has it, not when the disk has
    // flushed it (an import can be made again; a crash mid-import leaves nothing half-written).
    // web-sys has the options only behind its unstable-API flag: called by name.
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"durability".into(), &"relaxed".into()).map_err(|e| dom_error(&e))?;
    let transaction: js_sys::Function = js_sys::Reflect::get(db, &"transaction".into()).ok().and_then(|f| f.dyn_into().ok()).ok_or("no IndexedDB transactions")?;
    let tx: IdbTransaction = transaction.call3(db, &names, &"readwrite".into(), &options).map_err(|e| dom_error(&e))?.dyn_into().map_err(|_| "no transaction".to_string())?;
    type Step = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;
    let step: Step = Rc::new(RefCell::new(None));
    let (me, tx2, next) = (step.clone(), tx.clone(), RefCell::new(next));
    let mut chunk = 0;
    *step.borrow_mut() = Some(Closure::new(move || {
        if cancel.get() {
            let _ = tx2.abort();
            return;
        }
        // Empty chunks are passed over here: calling this closure again from inside itself
        // would be a re-entrant call, which wasm-bindgen refuses (the rest would be lost).
        let (store, records) = loop {
            let Some((store, records)) = (next.borrow_mut())(chunk) else { return };
            chunk += 1;
            if records.length() > 0 {
                break (store, records);
            }
        };
        let Ok(s) = tx2.object_store(store) else {
            let _ = tx2.abort();
            return;
        };
        let mut first = None;
        for record in records.iter() {
            match s.put(&record) {
                Ok(request) => {
                    first.get_or_insert(request);
                }
                Err(_) => {
                    let _ = tx2.abort();
                    return;
                }
            }
        }
        let me = me.borrow();
        // Queued when this chunk's first write is done: the database keeps working on the rest
        // of it meanwhile, and the page gets its turn in between.
        if let (Some(request), Some(f)) = (first, me.as_ref()) {
            request.set_onsuccess(Some(f.as_ref().unchecked_ref()));
        }
    }));
    if let Some(f) = step.borrow().as_ref() {
        f.as_ref().unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL).map_err(|e| dom_error(&e))?;
    }
    let result = settle(&tx, "complete").await.map(drop);
    // The closure refers to itself: break the cycle so it is freed.
    step.borrow_mut().take();
    result
}
