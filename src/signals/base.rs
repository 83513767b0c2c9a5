//! `base` — the starting point every external link's score is built on.
//!
//! Measures nothing: it is listed in the catalog so the contributions shown to the user add up
//! to the score. Its one weight is where a link with no other evidence lands (mid-scale: an
//! unknown link is neither good nor bad).

use super::LinkInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const SIGNAL: Judgement = Judgement {
    id: "base",
    title: "Starting point",
    description: "Every external link starts here; the signals below add or take points.",
};

/// The starting points (stored as a bare number: `"base": 50`).
pub use crate::judgement::StartingPoints as Weights;

pub fn evaluate(_: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    out.push(SIGNAL.contribution(w.0, "external link", "starting point for an external link"));
}
