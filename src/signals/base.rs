//! `base` — the starting point every external link's score is built on.
//!
//! Measures nothing, so it writes no contribution (a "starting point" row would tell a reader
//! nothing about the link): its one weight is where a link with no other evidence lands
//! (mid-scale: an unknown link is neither good nor bad), stated once in the Report
//! (`linkStart`) and added by [`crate::judgement::score_of`]. It stays a registered judgement
//! so the weight is stored and tuned like every other (`"base": 50`).

use super::LinkInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const SIGNAL: Judgement = Judgement {
    id: "base",
    title: "Starting point",
    description: "Every external link starts at these points; the signals add or take points.",
};

/// The starting points (stored as a bare number: `"base": 50`).
pub use crate::judgement::StartingPoints as Weights;

pub fn evaluate(_: &LinkInput, _: &Weights, _: &mut Vec<Contribution>) {}
