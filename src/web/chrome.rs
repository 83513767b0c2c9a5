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
#[cfg(feature = "popup-page")]
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

/// Every write goes through the three functions below, and each refuses once the page has
/// panicked: state after a panic cannot be trusted, so it is never written back.
fn refuse_if_poisoned() -> Result<(), String> {
    if super::fault::poisoned() {
        Err(super::fault::POISONED_WRITE.to_string())
    } else {
        Ok(())
    }
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
#[cfg(feature = "tab-pages")]
pub async fn storage_set_json(key: &str, json: &str) -> Result<(), String> {
    refuse_if_poisoned()?;
    let value = js_sys::JSON::parse(json).map_err(|e| error_text(&e))?;
    let items = js_sys::Object::new();
    js_sys::Reflect::set(&items, &key.into(), &value).map_err(|e| error_text(&e))?;
    let promise = storage_local_set(&items).map_err(|e| error_text(&e))?;
    wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| error_text(&e))?;
    Ok(())
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = remove)]
    fn storage_local_remove(keys: &JsValue) -> Result<js_sys::Promise, JsValue>;

    /// Chrome 130+: every key, without reading the values.
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = getKeys)]
    fn storage_local_get_keys() -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["navigator", "locks"], js_name = request)]
    fn locks_request(name: &str, callback: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "action"], js_name = setBadgeText)]
    fn action_set_badge_text(details: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "action"], js_name = setBadgeBackgroundColor)]
    fn action_set_badge_background_color(details: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "action"], js_name = setTitle)]
    fn action_set_title(details: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs"], js_name = create)]
    fn tabs_create(details: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "scripting"], js_name = executeScript)]
    fn scripting_execute_script(details: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "scripting"], js_name = insertCSS)]
    fn scripting_insert_css(details: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "scripting"], js_name = removeCSS)]
    fn scripting_remove_css(details: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "tabs"], js_name = sendMessage)]
    fn tabs_send_message(tab_id: i32, message: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "onChanged"], js_name = addListener)]
    fn storage_on_changed_add_listener(callback: &JsValue) -> Result<(), JsValue>;
}

async fn settle(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, String> {
    let promise = promise.map_err(|e| error_text(&e))?;
    wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| error_text(&e))
}

/// An object literal from `(name, value)` pairs.
#[cfg(any(feature = "popup-page", feature = "link-checks"))]
pub fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

/// Every `chrome.storage.local` key that starts with `prefix`.
pub async fn storage_keys(prefix: &str) -> Result<Vec<String>, String> {
    let keys = settle(storage_local_get_keys()).await?;
    Ok(js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()).filter(|k| k.starts_with(prefix)).collect())
}

/// The values of `keys` as one JSON object text (`{}` for none): one native stringify instead of
/// a boundary crossing per value.
pub async fn storage_get_many_json(keys: &[String]) -> Result<String, String> {
    if keys.is_empty() {
        return Ok("{}".into());
    }
    let list: js_sys::Array = keys.iter().map(|k| JsValue::from_str(k)).collect();
    let items = settle(storage_local_get(&list)).await?;
    js_sys::JSON::stringify(&items).map(|s| s.as_string().unwrap_or_default()).map_err(|e| error_text(&e))
}

/// Writes every `(key, JSON text)` in one `set` call.
pub async fn storage_set_many_json(items: &[(String, String)]) -> Result<(), String> {
    refuse_if_poisoned()?;
    let object = js_sys::Object::new();
    for (key, json) in items {
        let value = js_sys::JSON::parse(json).map_err(|e| error_text(&e))?;
        js_sys::Reflect::set(&object, &JsValue::from_str(key), &value).map_err(|e| error_text(&e))?;
    }
    settle(storage_local_set(&object)).await.map(drop)
}

pub async fn storage_remove(keys: &[String]) -> Result<(), String> {
    refuse_if_poisoned()?;
    let list: js_sys::Array = keys.iter().map(|k| JsValue::from_str(k)).collect();
    settle(storage_local_remove(&list)).await.map(drop)
}

/// Runs `work` while holding the Web Lock `name`, shared by every page of the extension (popups
/// in any window, the Opportunities tab): read-modify-write sequences under the same name never
/// interleave, so concurrent saves cannot overwrite each other.
pub async fn with_lock<F>(name: &str, work: F) -> Result<JsValue, String>
where
    F: std::future::Future<Output = Result<JsValue, JsValue>> + 'static,
{
    let callback = Closure::once_into_js(move || wasm_bindgen_futures::future_to_promise(work));
    settle(locks_request(name, &callback)).await
}

/// The toolbar badge of one tab (no `tabs` permission needed for a tab id).
#[cfg(feature = "popup-page")]
pub async fn set_badge(tab_id: i32, text: &str, color: &str, title: &str) -> Result<(), String> {
    let tab = JsValue::from(tab_id);
    settle(action_set_badge_text(&object(&[("tabId", tab.clone()), ("text", text.into())]))).await?;
    settle(action_set_badge_background_color(&object(&[("tabId", tab.clone()), ("color", color.into())]))).await?;
    settle(action_set_title(&object(&[("tabId", tab), ("title", title.into())]))).await.map(drop)
}

/// Opens an extension page in a new tab.
#[cfg(feature = "popup-page")]
pub async fn open_tab(url: &str) -> Result<(), String> {
    settle(tabs_create(&object(&[("url", url.into())]))).await.map(drop)
}

/// `{target: {tabId}, files: [file]}`: one of the extension's files for the tab's top frame.
#[cfg(any(feature = "popup-page", feature = "link-checks"))]
fn in_tab(tab_id: i32, file: &str, more: &[(&str, JsValue)]) -> JsValue {
    let target = object(&[("tabId", tab_id.into())]);
    let mut fields = vec![("target", target), ("files", js_sys::Array::of1(&file.into()).into())];
    fields.extend_from_slice(more);
    object(&fields)
}

/// Runs the extension's script `file` in the tab's top frame (the isolated world).
#[cfg(any(feature = "popup-page", feature = "link-checks"))]
pub async fn inject(tab_id: i32, file: &str) -> Result<(), String> {
    settle(scripting_execute_script(&in_tab(tab_id, file, &[]))).await.map(drop)
}

/// Adds the extension's stylesheet `file` to the tab as a user stylesheet (above the page's own
/// `!important` rules), or takes it away (a no-op when it is not there).
#[cfg(feature = "popup-page")]
pub async fn user_css(tab_id: i32, file: &str, add: bool) -> Result<(), String> {
    let details = in_tab(tab_id, file, &[("origin", "USER".into())]);
    settle(if add { scripting_insert_css(&details) } else { scripting_remove_css(&details) }).await.map(drop)
}

/// Sends `message` to the extension's scripts in the tab; their answer. Rejected when none listens.
#[cfg(any(feature = "popup-page", feature = "link-checks"))]
pub async fn send_to_tab(tab_id: i32, message: &JsValue) -> Result<JsValue, String> {
    settle(tabs_send_message(tab_id, message)).await
}

/// Calls `on_change(key, new JSON or None)` for every change to a `chrome.storage.local` key
/// starting with `prefix`, from any page or window. Lives as long as the page.
#[cfg(feature = "tab-pages")]
pub fn on_storage_change(prefix: &'static str, mut on_change: impl FnMut(Vec<(String, Option<String>)>) + 'static) -> Result<(), String> {
    let callback = Closure::<dyn FnMut(JsValue, JsValue)>::new(move |changes: JsValue, area: JsValue| {
        if area.as_string().as_deref() != Some("local") {
            return;
        }
        let keys = js_sys::Object::keys(&changes.clone().into());
        let mut out = Vec::new();
        for key in keys.iter().filter_map(|k| k.as_string()).filter(|k| k.starts_with(prefix)) {
            let change = js_sys::Reflect::get(&changes, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
            let new = js_sys::Reflect::get(&change, &"newValue".into()).unwrap_or(JsValue::UNDEFINED);
            let json = if new.is_undefined() { None } else { js_sys::JSON::stringify(&new).ok().and_then(|s| s.as_string()) };
            out.push((key, json));
        }
        if !out.is_empty() {
            on_change(out);
        }
    });
    storage_on_changed_add_listener(callback.as_ref()).map_err(|e| error_text(&e))?;
    callback.forget();
    Ok(())
}
