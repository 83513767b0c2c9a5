//! Helpers for values that come back from `chrome.*` calls.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message of a rejected promise (an `Error` or a string).
pub fn error_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// A string property of a JS object, if present.
pub fn string_field(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &name.into()).ok().and_then(|v| v.as_string())
}
