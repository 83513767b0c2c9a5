//! `link-behaviour` — how the page treats the sites it links to.
//!
//! Measures, from the page's link Report: the share of its external links that are followed, a
//! robots `nofollow`, the number of outbound links, links into bad neighbourhoods (gambling,
//! adult, phishing, spam categories of the domain data) and a block of outbound footer links.
//! Why: a page that follows its links passes credit; hundreds of outbound links, bad
//! neighbourhoods and sitewide footer blocks are the patterns of link farms and sold links.
//! The "many" / "link farm" / "footer block" thresholds are the link signal `page-context`'s
//! (one definition, from the profile's link weights); the points here are the page's.
//! A resource page with hundreds of links counts as "many", not as a link farm. The followed share
//! and the counts are of the page's own links: a comment section's are its commenters'.
//! Blind spots: one page is a sample of a site; a site that nofollows by policy (news, wikis) may
//! still be worth a mention.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const FACTOR: Judgement = Judgement {
    id: "link-behaviour",
    title: "Link behaviour",
    description: "Whether the page gives followed links, how many outbound links it has, and whether it links into bad neighbourhoods or sitewide footer blocks.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    /// The followed share is judged from this many external links on.
    pub min_external_for_share: u32,
    /// At least this percentage followed…
    pub mostly_followed_percent: u32,
    pub mostly_followed: i32,
    /// …below this percentage, almost all nofollowed.
    pub mostly_nofollow_percent: u32,
    pub mostly_nofollow: i32,
    pub robots_nofollow: i32,
    pub many_links: i32,
    pub farm_links: i32,
    /// Links into bad neighbourhoods: to a few sites, and from `bad_links_many_from` sites on.
    pub bad_links_few: i32,
    pub bad_links_many_from: u32,
    pub bad_links_many: i32,
    pub footer_block: i32,
}

crate::weights_reader!(Weights { min_external_for_share: "minExternalForShare", mostly_followed_percent: "mostlyFollowedPercent", mostly_followed: "mostlyFollowed", mostly_nofollow_percent: "mostlyNofollowPercent", mostly_nofollow: "mostlyNofollow", robots_nofollow: "robotsNofollow", many_links: "manyLinks", farm_links: "farmLinks", bad_links_few: "badLinksFew", bad_links_many_from: "badLinksManyFrom", bad_links_many: "badLinksMany", footer_block: "footerBlock" });

impl Default for Weights {
    fn default() -> Self {
        Weights {
            min_external_for_share: 5,
            mostly_followed_percent: 60,
            mostly_followed: 5,
            mostly_nofollow_percent: 20,
            mostly_nofollow: -10,
            robots_nofollow: -15,
            many_links: -8,
            farm_links: -20,
            bad_links_few: -12,
            bad_links_many_from: 3,
            bad_links_many: -25,
            footer_block: -8,
        }
    }
}

/// The page's own external links (not its commenters'), and how many of them are followed.
fn own_external(report: &crate::report::Report) -> (u32, u32) {
    report.own_external_links().fold((0u32, 0u32), |(all, followed), l| (all.saturating_add(1), followed.saturating_add(u32::from(l.followed))))
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let s = &input.report.summary;
    let thresholds = &input.profile.weights.page_context;
    let (external, followed) = own_external(input.report);
    if external >= w.min_external_for_share.max(1) {
        let share = followed * 100 / external;
        if share >= w.mostly_followed_percent {
            out.push(FACTOR.contribution(w.mostly_followed, format!("{share}% followed"), format!("{share}% of its external links are followed: a link here passes credit")));
        } else if share < w.mostly_nofollow_percent {
            out.push(FACTOR.contribution(w.mostly_nofollow, format!("{share}% followed"), "nofollows almost every external link"));
        }
    }
    if input.report.page.robots_nofollow {
        out.push(FACTOR.contribution(w.robots_nofollow, "robots nofollow", "the page's robots meta says nofollow: a link here passes no credit"));
    }
    // A resource page is long by nature: its links share its credit, they are no link farm.
    if external > thresholds.farm_links && !input.list_to_join {
        out.push(FACTOR.contribution(w.farm_links, format!("{external} external links"), format!("{external} outbound links: a link-farm pattern")));
    } else if external > thresholds.many_links {
        out.push(FACTOR.contribution(w.many_links, format!("{external} external links"), format!("{external} outbound links share the page's credit")));
    }
    let bad: u32 = s.categories.iter().filter(|c| c.category.is_bad()).map(|c| c.links).sum();
    if bad > 0 {
        // Many is counted in sites: a sports site's menu linking its one betting partner four
        // times is one partner (blind round 14), while injected spam spreads over many sites.
        let n = bad_sites(input.report).max(1);
        let weight = if n >= w.bad_links_many_from { w.bad_links_many } else { w.bad_links_few };
        let on = if n == 1 { "1 site".to_string() } else { format!("{n} sites") };
        out.push(FACTOR.contribution(weight, format!("{bad} links"), format!("{bad} of its links go to {on} in bad neighbourhoods (gambling, adult, phishing, spam)")));
    }
    if s.footer_external >= thresholds.footer_block {
        out.push(FACTOR.contribution(w.footer_block, format!("{} footer links", s.footer_external), format!("a block of {} outbound footer links: the sitewide pattern of sold links", s.footer_external)));
    }
}

/// The sites the page links into bad neighbourhoods.
pub(crate) fn bad_sites(report: &crate::report::Report) -> u32 {
    let mut sites: Vec<&str> = report.links.iter().filter(|l| l.categories.iter().any(|c| c.is_bad())).map(|l| l.domain.as_str()).collect();
    sites.sort_unstable();
    sites.dedup();
    sites.len() as u32
}

#[cfg(test)]
mod tests {
    use crate::prospect::suitability::prospect;
    use crate::snapshot::{LinkContext, LinkObservation, PageSnapshot, Region};
    use crate::{analyze, Profile};

    /// The popup shows reasons without their values: the counts are in the words.
    #[test]
    fn the_reasons_carry_the_counts() {
        let links = (0..150)
            .map(|i| LinkObservation { index: i, href: format!("https://site{i}.example/guide"), text: format!("guide {i}"), region: Region::Main, context: LinkContext::List, ..Default::default() })
            .collect();
        let page = PageSnapshot { url: "https://loafnotes.example/links".into(), links, ..Default::default() };
        let profile = Profile { keywords: vec!["sourdough".into()], ..Default::default() };
        let p = prospect(&page, &analyze(&page, &profile), &profile, 20_000);
        let reasons: Vec<&str> = p.contributions.iter().filter(|c| c.signal == "link-behaviour").map(|c| c.reason.as_ref()).collect();
        assert_eq!(reasons, ["100% of its external links are followed: a link here passes credit", "150 outbound links share the page's credit"]);
    }

    /// One betting partner linked four times from a menu is one site; four casinos are many.
    #[test]
    fn links_into_bad_neighbourhoods_count_as_many_by_their_sites() {
        use crate::intel::{Categories, Category};
        use crate::report::CategoryCount;
        let judged = |hosts: [&str; 4]| {
            let links = hosts
                .iter()
                .enumerate()
                .map(|(i, host)| LinkObservation { index: i as u32, href: format!("https://{host}/?t=nav{i}"), text: "Fantasy".into(), region: Region::Nav, ..Default::default() })
                .collect();
            let page = PageSnapshot { url: "https://sportsnews.example/nfl/story".into(), links, ..Default::default() };
            let profile = Profile { keywords: vec!["nfl".into()], ..Default::default() };
            let mut report = analyze(&page, &profile);
            for link in &mut report.links {
                link.categories = Categories::GAMBLING;
            }
            report.summary.categories = vec![CategoryCount { category: Category::Gambling, label: "gambling".into(), links: 4 }];
            let p = prospect(&page, &report, &profile, 20_000);
            p.contributions.into_iter().find(|c| c.signal == "link-behaviour" && c.value.as_ref() == "4 links").expect("a bad-neighbourhood row")
        };
        let partner = judged(["fanbets.example", "www.fanbets.example", "fanbets.example", "fanbets.example"]);
        assert_eq!(partner.weight, super::Weights::default().bad_links_few);
        assert_eq!(partner.reason.as_ref(), "4 of its links go to 1 site in bad neighbourhoods (gambling, adult, phishing, spam)");
        let spread = judged(["casino-a.example", "casino-b.example", "casino-c.example", "casino-d.example"]);
        assert_eq!(spread.weight, super::Weights::default().bad_links_many);
        assert!(spread.reason.contains("go to 4 sites"), "{}", spread.reason);
    }
}
