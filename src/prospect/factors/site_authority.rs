//! `site-authority` — how established the prospect page's own site is.
//!
//! Measures: the authority tier of the page's registrable domain in the offline domain data
//! (top 1k / 10k / 100k by referring subnets or rank). Why: a link from an established site is
//! worth more and such sites are rarely link farms. Source: Majestic Million, Tranco (see
//! data/PROVENANCE.md). Blind spots: tiers are per site, not per page; most good niche sites are
//! "unranked", which is neutral, not bad; without the data nothing is said.
//! Not the link signal `authority`, which judges a link's destination.

use super::ProspectInput;
use crate::intel::Tier;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const FACTOR: Judgement = Judgement {
    id: "site-authority",
    title: "Site authority",
    description: "How established the page's own site is: top 1k / 10k / 100k by referring subnets or rank, from offline data.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Weights {
    pub top1k: i32,
    pub top10k: i32,
    pub top100k: i32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights { top1k: 12, top10k: 8, top100k: 4 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let Some(authority) = input.report.page.authority else { return };
    let weight = match authority.tier {
        Tier::Top1k => w.top1k,
        Tier::Top10k => w.top10k,
        Tier::Top100k => w.top100k,
        Tier::Unranked => 0,
    };
    out.push(FACTOR.contribution(weight, authority.tier.label(), "the authority tier of the page's site"));
}
