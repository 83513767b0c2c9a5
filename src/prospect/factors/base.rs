//! `prospect-base` — the starting point of every page's prospect score.
//!
//! Measures nothing: listed so the contributions shown add up to the score. Mid-scale: a page
//! with no evidence either way is a maybe.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const FACTOR: Judgement = Judgement {
    id: "prospect-base",
    title: "Starting point",
    description: "Every page starts here; the factors below add or take points.",
};

/// The starting points (stored as a bare number).
pub use crate::judgement::StartingPoints as Weights;

pub fn evaluate(_: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    out.push(FACTOR.contribution(w.0, "page", "starting point for a page"));
}
