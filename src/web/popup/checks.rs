//! The popup's *Check links* button (issue 16). Offline stays the default: the click asks for
//! host access (`optional_host_permissions`, and `webRequest` to see redirect chains and dead
//! hosts) in popup.js, in the click itself (Chrome only prompts on a user gesture); refused,
//! nothing is fetched and the popup shows why (`[data-check-denied]`). Granted, popup.js loads
//! the link checker's own module (`web::checks`), which checks the links this popup names
//! ([`link_check_picks`]) and draws the answers into `#link-checks`. Kept out of the popup's own
//! Wasm: the offline popup stays as small and quick as it was.
//! Hooks: `[data-action=check-links]`; `#link-checks[data-check-state]` (`denied`, `error`, then
//! the checker's states).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::super::dom::{text, El, JsResult};
use super::super::i18n::t;
use crate::report::Report;

thread_local! {
    /// The Report this popup shows, for a check the user may ask for.
    static SHOWN: RefCell<Option<Rc<Report>>> = const { RefCell::new(None) };
}

/// Keeps the Report this popup shows.
pub fn remember(report: Rc<Report>) {
    SHOWN.with(|s| *s.borrow_mut() = Some(report));
}

/// Which links to check (`linkcheck::Picks` as JSON), for popup.js.
#[wasm_bindgen(js_name = linkCheckPicks)]
pub fn link_check_picks() -> Option<String> {
    SHOWN.with(|s| s.borrow().as_ref().map(|r| crate::linkcheck::picks_json(r)))
}

/// The button, the slot the answers go in, and the word for a refused permission (hidden).
pub fn controls() -> JsResult<El> {
    El::new("div")?
        .class("check-row")
        .child(El::new("button")?.attr("type", "button")?.attr("data-action", "check-links")?.text(&t("check_links")))?
        .child(text("p", "notice", &t("check_needs_permission"))?.attr("data-check-denied", "")?.attr("hidden", "")?)?
        .child(El::new("div")?.class("link-checks").attr("id", "link-checks")?.attr("aria-live", "polite")?)
}
