//! `prospect-base` — the starting point of every page's prospect score.
//!
//! Measures nothing, so it writes no contribution (a "starting point" row tells a reader nothing
//! about the page): its weight, stated once as `Prospect.start`, is where a page with no evidence
//! either way lands (mid-scale: a maybe), and [`crate::judgement::score_of`] adds it.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const FACTOR: Judgement = Judgement {
    id: "prospect-base",
    title: "Starting point",
    description: "Every page starts at these points; the factors add or take points.",
};

/// The starting points (stored as a bare number).
pub use crate::judgement::StartingPoints as Weights;

pub fn evaluate(_: &ProspectInput, _: &Weights, _: &mut Vec<Contribution>) {}
