//! Test hooks, honoured only by the test copy of the extension: the e2e harness loads `dist/`
//! with `"test_hooks": true` added to the manifest (tests/e2e/harness.mjs). A shipped build has
//! no such key, so no stored value can move its clock or make it panic.
//!
//! - `test:today` in `chrome.storage.local` (`YYYY-MM-DD`): the pages' "today" (the clock is
//!   shifted by whole days, so time still passes and record timestamps stay ordered);
//! - `test:panic` (`"popup-analyse"`): the popup panics inside its analysis task;
//! - `testPanic(mode)`: panics now (`"sync"`) or inside an async task (`"async"`).

use std::cell::Cell;

use wasm_bindgen::prelude::*;

use super::chrome;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "runtime"], js_name = getManifest)]
    fn get_manifest() -> Result<JsValue, JsValue>;
}

thread_local! {
    static ENABLED: Cell<Option<bool>> = const { Cell::new(None) };
    static PANIC_AT: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Whether this copy of the extension is the test copy.
pub fn enabled() -> bool {
    ENABLED.with(|cell| {
        *cell.get().get_or_insert_with(|| {
            get_manifest()
                .ok()
                .and_then(|m| js_sys::Reflect::get(&m, &"test_hooks".into()).ok())
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
        })
    })
}

/// Reads the stored test settings (test copy only; nothing to do, and no storage read, otherwise).
pub async fn load() {
    if !enabled() {
        return;
    }
    if let Ok(Some(json)) = chrome::storage_get_json("test:today").await {
        let date = serde_json::from_str::<String>(&json).ok().and_then(|d| crate::crm::time::parse_date(&d));
        if let Some(days) = date {
            super::clock::set_today(days);
        }
    }
    if let Ok(Some(json)) = chrome::storage_get_json("test:panic").await {
        if serde_json::from_str::<String>(&json).ok().as_deref() == Some("popup-analyse") {
            PANIC_AT.with(|p| p.set(Some("popup-analyse")));
        }
    }
}

/// Panics here if the test asked for a panic at `point`.
#[cfg(feature = "popup-page")]
pub fn panic_point(point: &'static str) {
    if PANIC_AT.with(Cell::get) == Some(point) {
        panic!("test panic on purpose at {point}");
    }
}

/// `testPanic(mode)`: the test copy's way to prove a panic ends in the error state. Refused in
/// a shipped build.
#[wasm_bindgen(js_name = testPanic)]
pub fn test_panic(mode: &str) -> Result<(), JsError> {
    super::fault::install();
    if !enabled() {
        return Err(JsError::new("test hooks are off in this build"));
    }
    match mode {
        "sync" => panic!("test panic on purpose (sync)"),
        "async" => {
            wasm_bindgen_futures::spawn_local(async {
                // A real await first, so the trap happens inside a later microtask.
                let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
                panic!("test panic on purpose (async)");
            });
            Ok(())
        }
        other => Err(JsError::new(&format!("unknown panic mode {other:?}"))),
    }
}
