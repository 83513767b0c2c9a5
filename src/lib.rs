//! Backlink Bot's core: pure Rust, no web dependencies. It turns a [`PageSnapshot`] (raw
//! observations of one page) and the user's [`Profile`] into a [`Report`] whose every score is a
//! sum of named contributions.
//!
//! `src/web/` (wasm32 only) adapts it to the browser; nothing else here knows about browsers.
#![forbid(unsafe_code)]
// Page text and stored data are hostile: slicing a str at a byte index, or indexing past a
// length, would panic (abort the popup). Every remaining hit has a local allow saying why not.
// (Unit tests index freely: a panic there is a failing test.)
#![cfg_attr(not(test), warn(clippy::string_slice, clippy::indexing_slicing))]
// Issue 10: no function over 79 lines of code (clippy.toml), so each reads on one screen.
#![warn(clippy::too_many_lines)]

pub mod actions;
pub mod ads;
pub mod affiliate;
pub mod labels;
pub mod analyze;
pub mod backlinks;
pub mod calendar;
pub mod domain;
pub mod hash;
pub mod ids;
pub mod idna_lite;
pub mod highlight;
pub mod intel;
pub mod judgement;
#[cfg(test)]
mod judgement_tests;
pub mod linkcheck;
pub mod links;
pub mod listing;
pub mod placement;
pub mod crm;
pub mod profile;
pub mod prospect;
pub mod report;
pub mod scoring;
pub mod share;
pub mod signals;
pub mod snapshot;
pub mod sources;
pub mod tables;
pub mod weights;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use analyze::{analyze, analyze_prospect, analyze_with, popup_report, read_snapshot, Refusal};
pub use domain::registrable_domain;
pub use profile::Profile;
pub use report::Report;
pub use snapshot::PageSnapshot;

/// Builds the lazily-initialised tables (PSL, phrase lists) now, so the first analysis does not
/// pay for them: call it while waiting for something else.
pub fn warm_up() {
    domain::warm_up();
    signals::warm_up();
}
