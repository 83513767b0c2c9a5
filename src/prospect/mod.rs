//! Prospect suitability building blocks (SPEC §4.2): is this page worth a backlink for the
//! user's site, and how would they ask for one?
//!
//! Each module is a pure function of the [`PageSnapshot`](crate::PageSnapshot) (and the
//! [`Profile`](crate::Profile) where the question is "for *my* site"), deterministic and bounded
//! on hostile input; the clock is an argument, never read.
//!
//! - [`text`]: tokenisation, stop words and stemming per language.
//! - [`relevance`]: BM25 match of the page against the profile's keywords and topic.
//! - [`contacts`]: e-mails (including obfuscated ones), contact pages, social profiles, author.
//! - [`freshness`]: published / modified dates and the page's age.
//! - [`opportunities`]: resource page, guest post, roundup, directory, unlinked mention, link
//!   intersect, UGC, sponsored — each with its evidence.
//! - [`spam`]: spam-likeness from on-page signals (ours, in the spirit of Moz's list).
//! - [`factors`]: the prospect factors' registry (their points), as `signals` is for links.
//! - [`suitability`]: the sum of it all: score, verdict, angle, contacts, reasons.

pub mod contacts;
pub mod factors;
pub mod freshness;
pub mod relevance;
pub mod text;

pub use contacts::{contacts, Contacts};
pub use freshness::{freshness, Freshness};
pub use relevance::{relevance, Relevance};
pub use text::Analyzer;

pub mod openings;
pub mod spam;
pub mod suitability;
