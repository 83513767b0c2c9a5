//! Panic containment: a panic anywhere in the Wasm ends in a visible error state, never in a
//! stuck spinner, and poisons the page so nothing more is written.
//!
//! Rust in Wasm aborts on panic (a trap); inside a `spawn_local` task or a `future_to_promise`
//! the trap escapes the microtask and the promise the page waits on never settles. So the hook
//! runs *before* the trap: it records the message, sets [`poisoned`] (every storage write in
//! `chrome.rs` checks it, as Ruffle's player refuses to go on after a panic) and hands the
//! message to `fault.js`, plain JS loaded before the Wasm, which draws the error state. `fault.js`
//! also catches traps that run no hook (out of memory) from the window's `error` events.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::prelude::*;

static POISONED: AtomicBool = AtomicBool::new(false);

#[wasm_bindgen]
extern "C" {
    /// `fault.js`: draws the error state (text only) and marks the page poisoned.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = backlinkBotFault)]
    fn show_fault(message: &str) -> Result<(), JsValue>;
}

/// Sets the panic hook (once per page; every entry point calls it first).
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            POISONED.store(true, Ordering::SeqCst);
            // `payload_as_str` would need Rust 1.91; the payload is one of these two.
            let payload = info.payload();
            let what = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                .unwrap_or("a panic without a message");
            let message = match info.location() {
                Some(at) => format!("{what} (at {}:{})", at.file(), at.line()),
                None => what.to_string(),
            };
            web_sys::console::error_1(&JsValue::from_str(&format!("Backlink Bot panicked: {message}")));
            // Without fault.js (a broken build) the console line above is all we can do.
            let _ = show_fault(&message);
        }));
    });
}

/// True once this page has panicked: it must not write anything any more.
pub fn poisoned() -> bool {
    POISONED.load(Ordering::SeqCst)
}

/// The error every write path returns on a poisoned page.
pub const POISONED_WRITE: &str = "Backlink Bot hit an internal error on this page earlier, so it writes nothing more: reload the page (or reopen the popup) and try again.";
