//! The pages' clock. The core never reads a clock; the browser side reads it here and only here,
//! so a test can set "today" (see `hooks.rs`) and nothing depends on the day a test runs.

use std::cell::Cell;

const DAY_MS: f64 = 86_400_000.0;

thread_local! {
    /// Milliseconds added to the real clock (0 unless the test copy set `test:today`).
    static OFFSET_MS: Cell<f64> = const { Cell::new(0.0) };
}

/// Milliseconds since 1970-01-01 UTC.
pub fn now_ms() -> i64 {
    (js_sys::Date::now() + OFFSET_MS.with(Cell::get)) as i64
}

/// Today as days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    now_ms().div_euclid(DAY_MS as i64)
}

/// Shifts the clock by whole days so that today is `days` (time of day keeps running).
pub fn set_today(days: i64) {
    let real_today = (js_sys::Date::now() / DAY_MS).floor();
    OFFSET_MS.with(|o| o.set((days as f64 - real_today) * DAY_MS));
}
