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

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = get)]
    fn storage_local_get(keys: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = set)]
    fn storage_local_set(items: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// The JSON text of one `chrome.storage.local` value (`None` when the key is absent).
pub async fn storage_get_json(key: &str) -> Result<Option<String>, String> {
    let promise = storage_local_get(&JsValue::from_str(key)).map_err(|e| error_text(&e))?;
    let items = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| error_text(&e))?;
    let value = js_sys::Reflect::get(&items, &key.into()).map_err(|e| error_text(&e))?;
    if value.is_undefined() {
        return Ok(None);
    }
    js_sys::JSON::stringify(&value).map(|s| s.as_string()).map_err(|e| error_text(&e))
}

/// Stores a JSON value under `key` in `chrome.storage.local`; the error says why it failed
/// (e.g. the quota).
pub async fn storage_set_json(key: &str, json: &str) -> Result<(), String> {
    let value = js_sys::JSON::parse(json).map_err(|e| error_text(&e))?;
    let items = js_sys::Object::new();
    js_sys::Reflect::set(&items, &key.into(), &value).map_err(|e| error_text(&e))?;
    let promise = storage_local_set(&items).map_err(|e| error_text(&e))?;
    wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| error_text(&e))?;
    Ok(())
}
