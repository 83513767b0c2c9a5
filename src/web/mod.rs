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

pub(crate) fn snapshot_from_js(value: &JsValue) -> Result<PageSnapshot, JsError> {
    if !value.is_object() {
        return Err(JsError::new("the page snapshot is missing or is not an object"));
    }
    serde_wasm_bindgen::from_value(value.clone()).map_err(|e| JsError::new(&format!("the page snapshot is malformed: {e}")))
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
