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
    // The popup shows the reason alone: it names the site and its tier ("cnn.com is among the
    // top 1k sites…"), in the link signal's words.
    let standing = crate::signals::authority::standing(authority.tier);
    let reason = [input.report.page.site.as_str(), " is ", standing.strip_prefix("destination ").unwrap_or(standing)].concat();
    out.push(FACTOR.contribution(w.points(authority.tier), authority.tier.label(), reason));
}

#[cfg(test)]
mod tests {
    use crate::intel::{Authority, Tier};
    use crate::prospect::suitability::prospect;
    use crate::snapshot::PageSnapshot;
    use crate::{analyze_with, Profile};

    /// The popup shows a reason without its value: the reason must say which site and which tier.
    #[test]
    fn the_reason_names_the_site_and_its_tier() {
        let page = PageSnapshot { url: "https://www.loafnotes.example/2024/starter".into(), ..Default::default() };
        let profile = Profile { keywords: vec!["sourdough".into()], ..Default::default() };
        let cases = [
            (Tier::Top1k, "loafnotes.example is among the top 1k sites by referring subnets or rank"),
            (Tier::Top100k, "loafnotes.example is among the top 100k sites"),
            (Tier::Unranked, "loafnotes.example is not in the top 100k: normal for most sites, neither good nor bad"),
        ];
        for (tier, said) in cases {
            let mut report = analyze_with(&page, &profile, None);
            report.page.authority = Some(Authority { score: None, tier });
            let p = prospect(&page, &report, &profile, 20_000);
            let row = p.contributions.iter().find(|c| c.signal == "site-authority").expect("a site-authority row");
            assert_eq!(row.reason, said);
            assert_eq!(row.value, tier.label());
        }
    }
}
