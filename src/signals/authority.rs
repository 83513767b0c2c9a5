//! `authority` — how established the destination site is, from offline rank data.
//!
//! Measures: the destination's registrable domain in the bundled authority data (Majestic
//! Million referring subnets, Tranco rank): top 1k / 10k / 100k, or not in the top 100k.
//! Why: a link to an established site is what editorial pages do; link farms point at sites
//! nobody links to. Sources: Majestic Million (CC BY 3.0), Tranco (see `crate::intel`).
//! Blind spots: only the top 100k registrable domains are known, so "unranked" is the normal
//! case and costs nothing; rank is site-wide, a weak page on a strong site still ranks high;
//! popularity (Tranco) is not link authority.

use super::LinkInput;
use crate::judgement::Judgement;
use crate::intel::Tier;
use crate::report::Contribution;

pub const SIGNAL: Judgement = Judgement {
    id: "authority",
    title: "Destination authority",
    description: "How established the destination site is: top 1k / 10k / 100k by referring subnets (Majestic) or rank (Tranco), from offline data.",
};

/// Points per authority tier; the prospect factor `site-authority` uses the same type (its own
/// values in its own config).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub top1k: i32,
    pub top10k: i32,
    pub top100k: i32,
}

crate::weights_reader!(Weights { top1k: "top1k", top10k: "top10k", top100k: "top100k" });

impl Default for Weights {
    fn default() -> Self {
        Weights { top1k: 12, top10k: 8, top100k: 4 }
    }
}

impl Weights {
    /// The points of a tier; unranked is neutral (most good sites are not in the top 100k).
    pub fn points(&self, tier: Tier) -> i32 {
        match tier {
            Tier::Top1k => self.top1k,
            Tier::Top10k => self.top10k,
            Tier::Top100k => self.top100k,
            Tier::Unranked => 0,
        }
    }
}

/// The link's reason for a destination's tier; the prospect factor `site-authority` says the same
/// of the page's own site, without "destination ".
pub fn standing(tier: Tier) -> &'static str {
    match tier {
        Tier::Top1k => "destination among the top 1k sites by referring subnets or rank",
        Tier::Top10k => "destination among the top 10k sites",
        Tier::Top100k => "destination among the top 100k sites",
        Tier::Unranked => "destination not in the top 100k: normal for most sites, neither good nor bad",
    }
}

pub fn evaluate(input: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    // Without the data (asset not loaded) there is nothing to say.
    let Some(authority) = input.authority else { return };
    let reason = standing(authority.tier);
    let weight = w.points(authority.tier);
    let value = match authority.score {
        Some(score) => format!("{}, authority {score}", authority.tier.label()),
        None => authority.tier.label().to_string(),
    };
    out.push(SIGNAL.contribution(weight, value, reason));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intel::Authority;
    use crate::signals::test_support::{run_with, total};

    #[test]
    fn tiers_add_points_and_unranked_is_neutral() {
        let at = |tier, score| total(&run_with(&SIGNAL, Some(Authority { score, tier }), Default::default(), |_, _| {}));
        assert_eq!(at(Tier::Top1k, Some(97)), 12);
        assert!(at(Tier::Top1k, Some(97)) > at(Tier::Top10k, Some(60)));
        assert!(at(Tier::Top10k, Some(60)) > at(Tier::Top100k, Some(30)));
        assert_eq!(at(Tier::Unranked, None), 0);
        let unranked = run_with(&SIGNAL, Some(Authority::UNRANKED), Default::default(), |_, _| {});
        assert_eq!(unranked.len(), 1, "unranked is said, not hidden");
        assert!(unranked[0].reason.contains("not in the top 100k"));
        assert!(run_with(&SIGNAL, None, Default::default(), |_, _| {}).is_empty(), "no data, no claim");
    }
}
