//! The browser side (wasm32 only): the `wasm-bindgen` boundary, `chrome.*` bindings and the views.
//! One coarse call per page crosses the boundary; inputs and outputs are serde structs, outputs
//! JSON-compatible so they can be stored and messaged as they are.
#![deny(clippy::unwrap_used, clippy::expect_used)]

mod chrome;
mod dom;
mod popup;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{analyze, PageSnapshot, Profile};

pub use popup::start_popup;

/// `analyzePage(snapshot, profile?)`: the core as one call. `snapshot` is what `extract.js`
/// returns; `profile` may be `undefined`. Returns the Report as plain JSON-compatible objects.
#[wasm_bindgen(js_name = analyzePage)]
pub fn analyze_page(snapshot: JsValue, profile: JsValue) -> Result<JsValue, JsError> {
    let snapshot = snapshot_from_js(&snapshot)?;
    let profile = profile_from_js(&profile)?;
    to_js(&analyze(&snapshot, &profile))
}

/// `benchAnalyze(snapshot, runs)`: milliseconds of each of `runs` analyses of one snapshot,
/// boundary excluded (deserialised once, Report dropped unserialised). For `./build.sh bench`.
#[wasm_bindgen(js_name = benchAnalyze)]
pub fn bench_analyze(snapshot: JsValue, runs: u32) -> Result<Vec<f64>, JsError> {
    let snapshot = snapshot_from_js(&snapshot)?;
    let profile = Profile::default();
    let performance = web_sys::window().and_then(|w| w.performance()).ok_or_else(|| JsError::new("no performance clock"))?;
    Ok((0..runs)
        .map(|_| {
            let start = performance.now();
            let report = analyze(&snapshot, &profile);
            let ms = performance.now() - start;
            drop(report);
            ms
        })
        .collect())
}

pub(crate) fn snapshot_from_js(value: &JsValue) -> Result<PageSnapshot, JsError> {
    if !value.is_object() {
        return Err(JsError::new("the page snapshot is missing or is not an object"));
    }
    // One native JSON.stringify and one serde_json parse beat thousands of property reads
    // through the boundary (measured: about 5x on 1,000 links; BENCHMARKS.md).
    let json = js_sys::JSON::stringify(value).map_err(|_| JsError::new("the page snapshot cannot be read as JSON"))?;
    let json = json.as_string().ok_or_else(|| JsError::new("the page snapshot cannot be read as JSON"))?;
    serde_json::from_str(&json).map_err(|e| JsError::new(&format!("the page snapshot is malformed: {e}")))
}

pub(crate) fn profile_from_js(value: &JsValue) -> Result<Profile, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Profile::default());
    }
    serde_wasm_bindgen::from_value(value.clone()).map_err(|e| JsError::new(&format!("the profile is malformed: {e}")))
}

/// Serializes as plain objects and arrays (never `Map`), `null` for `None`.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not serialize the report: {e}")))
}
