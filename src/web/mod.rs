//! The browser side (wasm32 only): the `wasm-bindgen` boundary, `chrome.*` bindings and the views.
//! One coarse call per page crosses the boundary; inputs and outputs are serde structs, outputs
//! JSON-compatible so they can be stored and messaged as they are.
#![deny(clippy::unwrap_used, clippy::expect_used)]


#[cfg_attr(not(any(feature = "popup-page", feature = "tab-pages", feature = "backlinks-page")), allow(dead_code))] // the link-checker module alone uses part of it
mod chrome;
#[cfg_attr(not(any(feature = "popup-page", feature = "tab-pages", feature = "backlinks-page")), allow(dead_code))] // the link-checker module alone uses part of it
mod clock;
#[cfg_attr(not(any(feature = "popup-page", feature = "tab-pages")), allow(dead_code))] // the Backlinks and link-checker modules alone use part of it
mod dom;
mod fault;
#[cfg_attr(not(any(feature = "popup-page", feature = "tab-pages", feature = "backlinks-page")), allow(dead_code))] // the link-checker module alone uses part of it
mod hooks;
#[cfg_attr(not(any(feature = "popup-page", feature = "tab-pages")), allow(dead_code))] // the Backlinks and link-checker modules alone use part of it
mod i18n;
#[cfg(feature = "backlinks-page")]
mod backlinks;
#[cfg(feature = "link-checks")]
mod checks;
#[cfg(any(feature = "backlinks-page", feature = "tab-pages"))]
#[cfg_attr(not(feature = "backlinks-page"), allow(dead_code))] // the Opportunities page uses part of it (the backup)
mod idb;
#[cfg(feature = "tab-pages")]
mod opportunities;
#[cfg(feature = "tab-pages")]
mod options;
#[cfg(feature = "popup-page")]
mod popup;
#[cfg(feature = "popup-page")]
mod save;
#[cfg_attr(not(any(feature = "popup-page", feature = "tab-pages")), allow(dead_code))] // the Backlinks and link-checker modules alone use part of it
mod store;

// The boundary's own exports (analyzePage, benchAnalyze): feature `boundary` (Cargo.toml).
#[cfg(feature = "boundary")]
use serde::Serialize;
#[cfg(any(feature = "popup-page", feature = "link-checks"))]
use wasm_bindgen::prelude::*;

#[cfg(any(feature = "popup-page", feature = "link-checks"))]
use crate::PageSnapshot;
#[cfg(feature = "boundary")]
use crate::Profile;

#[cfg(feature = "backlinks-page")]
pub use backlinks::start_backlinks;
#[cfg(feature = "tab-pages")]
pub use opportunities::start_opportunities;
#[cfg(feature = "tab-pages")]
pub use options::start_options;
#[cfg(feature = "popup-page")]
pub use popup::start_popup;

/// `analyzePage(snapshot, profile?)`: the core as one call. `snapshot` is what `extract.js`
/// returns; `profile` may be `undefined`. Returns the Report (links and prospect, judged today)
/// as plain JSON-compatible objects.
#[cfg(feature = "boundary")]
#[wasm_bindgen(js_name = analyzePage)]
pub fn analyze_page(snapshot: JsValue, profile: JsValue) -> Result<JsValue, JsError> {
    fault::install();
    let snapshot = snapshot_from_js(&snapshot)?;
    let profile = profile_from_js(&profile)?;
    to_js(&crate::analyze_prospect(&snapshot, &profile, None, today()))
}

/// `loadDataAssets(suffixes, tables)`: gives the core the Public Suffix List and word tables
/// assets (`data/public-suffix-list.dat`, `data/tables.txt`), which the popup's Wasm does not
/// carry. Call before any analysis; the popup itself does it in `startPopup`.
#[cfg(all(feature = "popup-page", feature = "data-assets"))]
#[wasm_bindgen(js_name = loadDataAssets)]
pub fn load_data_assets(suffixes: &str, tables: String) -> Result<(), JsError> {
    crate::domain::load_list(suffixes).map_err(|e| JsError::new(&e))?;
    crate::tables::load(tables).map_err(|e| JsError::new(&e))
}

/// Today as days since 1970-01-01 (UTC): the browser side reads the clock, the core never does.
pub use clock::today;
pub use hooks::test_panic;

/// `benchAnalyze(snapshot, runs, domainData)`: milliseconds for `runs` analyses of one snapshot,
/// boundary excluded (deserialised once, Reports dropped unserialised), with the domain-data
/// asset's bytes (empty: none). For `./build.sh bench`; batches keep small pages above the
/// browser's coarse timer.
#[cfg(feature = "boundary")]
#[wasm_bindgen(js_name = benchAnalyze)]
pub fn bench_analyze(snapshot: JsValue, runs: u32, domain_data: &[u8]) -> Result<f64, JsError> {
    let snapshot = snapshot_from_js(&snapshot)?;
    let profile = Profile::default();
    let intel = match domain_data {
        [] => None,
        bytes => Some(crate::intel::DomainIntel::from_bytes(bytes).map_err(|e| JsError::new(&e.to_string()))?),
    };
    let performance = web_sys::window().and_then(|w| w.performance()).ok_or_else(|| JsError::new("no performance clock"))?;
    let start = performance.now();
    for _ in 0..runs {
        drop(crate::analyze_with(&snapshot, &profile, intel.as_ref()));
    }
    Ok(performance.now() - start)
}

/// Reads a snapshot given as the extractor's JSON string or as an object.
#[cfg(any(feature = "popup-page", feature = "link-checks"))]
pub(crate) fn snapshot_from_js(value: &JsValue) -> Result<PageSnapshot, JsError> {
    // One JSON parse in Rust beats thousands of property reads through the boundary
    // (BENCHMARKS.md); objects are turned into JSON by the browser's native stringify first.
    let json = match value.as_string() {
        Some(json) => json,
        None if value.is_object() => js_sys::JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| JsError::new("the page snapshot cannot be read as JSON"))?,
        None => return Err(JsError::new("the page snapshot is missing or is neither JSON nor an object")),
    };
    crate::read_snapshot(&json).map_err(|e| JsError::new(&format!("the page snapshot is malformed: {e}")))
}

/// Reads a profile object through the browser's JSON.stringify and serde_json, as snapshots
/// are: one deserializer for profiles in the Wasm, not a second (serde-wasm-bindgen) copy of
/// every weights type's reader (measured: several KB gzipped of the popup).
#[cfg(feature = "boundary")]
pub(crate) fn profile_from_js(value: &JsValue) -> Result<Profile, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Profile::default());
    }
    let json = js_sys::JSON::stringify(value).ok().and_then(|s| s.as_string()).ok_or_else(|| JsError::new("the profile cannot be read as JSON"))?;
    serde_json::from_str(&json).map_err(|e| JsError::new(&format!("the profile is malformed: {e}")))
}

/// Serializes as plain objects and arrays (never `Map`), `null` for `None`.
#[cfg(feature = "boundary")]
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not serialize the report: {e}")))
}

/// Hands `content` to the browser as a file download.
#[cfg(any(feature = "tab-pages", feature = "backlinks-page"))]
pub(crate) fn download(content: &str, mime: &str, file_name: &str) -> dom::JsResult<()> {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a = dom::El::new("a")?.attr("href", &url)?.attr("download", file_name)?;
    a.0.unchecked_ref::<web_sys::HtmlElement>().click();
    // Revoked later: revoking at once can cancel the download before it starts. A one-shot
    // callback: freed by wasm-bindgen once it has run.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window().ok_or("no window")?.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}
