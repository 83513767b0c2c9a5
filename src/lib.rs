//! Backlink Bot's core: pure Rust, no web dependencies. It turns a [`PageSnapshot`] (raw
//! observations of one page) and the user's [`Profile`] into a [`Report`] whose every score is a
//! sum of named contributions.
#![forbid(unsafe_code)]

pub mod domain;
pub mod snapshot;

pub use domain::registrable_domain;
pub use snapshot::PageSnapshot;
