//! `site-authority` — how established the prospect page's own site is.
//!
//! Measures: the authority tier of the page's registrable domain in the offline domain data
//! (top 1k / 10k / 100k by referring subnets or rank). Why: a link from an established site is
//! worth more and such sites are rarely link farms. Source: Majestic Million, Tranco (see
//! data/PROVENANCE.md). Blind spots: tiers are per site, not per page; most good niche sites are
//! "unranked", which is neutral, not bad; without the data nothing is said.
//! Not the link signal `authority`, which judges a link's destination.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const FACTOR: Judgement = Judgement {
    id: "site-authority",
    title: "Site authority",
    description: "How established the page's own site is: top 1k / 10k / 100k by referring subnets or rank, from offline data.",
};

/// Points per tier of the page's own site (defaults equal to the link signal's).
pub use crate::signals::authority::Weights;

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let Some(authority) = input.report.page.authority else { return };
    out.push(FACTOR.contribution(w.points(authority.tier), authority.tier.label(), "the authority tier of the page's site"));
}
