//! The pages' words through `chrome.i18n` (`_locales/<lang>/messages.json`, the Chrome
//! convention): English and German ship; Chrome picks by the browser's language. Message names
//! are the keys below; `tests/i18n.rs` checks every key used here exists in every language with
//! the same placeholders. The core's reasons stay English (see ARCHITECTURE.md).

use std::cell::RefCell;

use hashbrown::HashMap;
use wasm_bindgen::prelude::*;

use crate::prospect::openings::OpeningKind;
use crate::prospect::suitability::Verdict;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "i18n"], js_name = getMessage)]
    fn get_message(name: &str, substitutions: &js_sys::Array) -> Result<String, JsValue>;
}

thread_local! {
    /// Each message as Chrome gives it for this language, with `$1`…`$9` still in place: a row
    /// of the link list asks for the same few words hundreds of times, and each `getMessage` is
    /// a call into the browser.
    static TEMPLATES: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
}

/// The message `key` in the user's language.
pub fn t(key: &str) -> String {
    tr(key, &[])
}

/// The message `key` with `$1`…`$9` filled from `subs` (inserted as text by the caller's DOM
/// code: a page's title in a message stays inert). A missing message shows its key, so a gap
/// is visible instead of blank.
pub fn tr(key: &str, subs: &[&str]) -> String {
    let Some(template) = template(key) else { return key.to_string() };
    // One pass, so a substituted text holding "$2" is never substituted again.
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        let digit = chars.peek().and_then(|d| d.to_digit(10)).filter(|&d| c == '$' && d >= 1);
        match digit {
            Some(d) => {
                chars.next();
                out.push_str(subs.get(d as usize - 1).copied().unwrap_or_default());
            }
            None => out.push(c),
        }
    }
    out
}

/// The message with its placeholders in place: Chrome substitutes "$1" for `$1`, and so on.
fn template(key: &str) -> Option<String> {
    TEMPLATES.with(|cache| {
        if let Some(found) = cache.borrow().get(key) {
            return found.clone();
        }
        let array = js_sys::Array::new();
        for i in 1..=9 {
            array.push(&JsValue::from_str(&format!("${i}")));
        }
        let message = get_message(key, &array).ok().filter(|m| !m.is_empty());
        cache.borrow_mut().insert(key.to_string(), message.clone());
        message
    })
}

/// `key_one` or `key_other` by `n` (English and German share the one/other rule), with `n` as $1.
pub fn plural(key: &str, n: usize, more: &[&str]) -> String {
    let n_text = n.to_string();
    let mut subs = vec![n_text.as_str()];
    subs.extend_from_slice(more);
    tr(
        &format!("{key}_{}", if n == 1 { "one" } else { "other" }),
        &subs,
    )
}

/// A pipeline status in the user's language (the core's ids and English labels stay as stored).
pub fn status_text(status: crate::crm::Status) -> String {
    use crate::crm::Status;
    t(match status {
        Status::New => "status_new",
        Status::Contacted => "status_contacted",
        Status::Replied => "status_replied",
        Status::Won => "status_won",
        Status::Lost => "status_lost",
        Status::DoNotContact => "status_do_not_contact",
    })
}

/// A verdict in the user's language (`None`: no verdict).
pub fn verdict_label(v: Option<Verdict>) -> String {
    t(match v {
        None => "verdict_none",
        Some(Verdict::Strong) => "verdict_strong",
        Some(Verdict::WorthPursuing) => "verdict_worth_pursuing",
        Some(Verdict::Weak) => "verdict_weak",
        Some(Verdict::NotAProspect) => "verdict_not_a_prospect",
        Some(Verdict::Avoid) => "verdict_avoid",
    })
}

/// An opportunity type in the user's language.
pub fn opening_label(kind: OpeningKind) -> String {
    t(match kind {
        OpeningKind::ResourcePage => "opening_resource_page",
        OpeningKind::GuestPost => "opening_guest_post",
        OpeningKind::Roundup => "opening_roundup",
        OpeningKind::Directory => "opening_directory",
        OpeningKind::UnlinkedMention => "opening_unlinked_mention",
        OpeningKind::LinkIntersect => "opening_link_intersect",
        OpeningKind::Ugc => "opening_ugc",
        OpeningKind::Sponsored => "opening_sponsored",
    })
}

