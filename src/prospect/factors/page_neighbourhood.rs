//! `page-neighbourhood` — is the page itself a place no link builder wants a link from?
//!
//! Measures: the page's own host in the bad-neighbourhood lists (gambling, adult, phishing /
//! malware / scam, link spam), and followed outbound links hidden from readers outside the nav,
//! header and sidebars (menus and tabbed sidebar widgets hide links for honest reasons: a news
//! site's tabbed "most read" box hid 11 on the development set), in numbers no honest page has (injected link spam, the mark of a hacked or
//! link-selling site).
//! Why: a link from such a page is a liability, whatever else the page offers; an expert
//! rejects it first. So each finding costs enough to make the verdict Avoid on its own, and
//! the popup shows it first (reasons are ordered by size).
//! Sources: the bundled category lists (see `signals::neighbourhood`); hidden links as the
//! extractor observed them (`display:none`, off-screen, zero-size, clipped).
//! Blind spots: lists lag and hold false entries; without the domain data only hidden links
//! are judged; a page that hides a few links for a menu or a carousel is below the threshold,
//! and one that hides many for an honest reason (a collapsed mega-menu of external links) is
//! rare but would be misjudged.

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::{Contribution, LinkKind, Report};
use crate::snapshot::Region;

pub const FACTOR: Judgement = Judgement {
    id: "page-neighbourhood",
    title: "The page's own neighbourhood",
    description: "Whether the page's own site is listed as gambling, adult, phishing/malware/scam or link spam, or the page hides dozens of outbound links.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Weights {
    /// The page's own host is in a bad-neighbourhood list.
    pub listed: i32,
    /// At least this many hidden external links…
    pub hidden_links_from: u32,
    /// …cost this much.
    pub hidden_links: i32,
}

impl Default for Weights {
    fn default() -> Self {
        // -100: Avoid on its own, whatever the other factors add.
        Weights { listed: -100, hidden_links_from: 12, hidden_links: -100 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let page = &input.report.page;
    let bad: Vec<&str> = page.categories.iter().filter(|c| c.is_bad()).map(|c| c.label()).collect();
    if !bad.is_empty() {
        let reason = format!("this site is listed as {}: a link from it is a liability", bad.join(", "));
        out.push(FACTOR.contribution(w.listed, page.site.clone(), reason));
    }
    let hidden = injected_looking(input.report);
    if hidden >= w.hidden_links_from.max(1) {
        out.push(FACTOR.contribution(w.hidden_links, format!("{hidden} hidden outbound links"), "it hides dozens of outbound links from readers: injected link spam"));
    }
}

/// Hidden, followed external links outside the nav and header: collapsed menus (a "network
/// sites" dropdown, a mobile menu) hide links there honestly; injected spam sits in or after the
/// content and passes credit.
fn injected_looking(report: &Report) -> u32 {
    let count = report
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::External && l.hidden && l.followed && !matches!(l.region, Region::Nav | Region::Header | Region::Aside))
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use crate::snapshot::{LinkObservation, PageSnapshot, Region, Visibility};
    use crate::{analyze_prospect, Profile};

    fn page_with_hidden(n: usize) -> PageSnapshot {
        let links = (0..n)
            .map(|i| LinkObservation {
                href: format!("https://shop{i}.example/cheap"),
                raw_href: format!("https://shop{i}.example/cheap"),
                text: "cheap shoes".into(),
                region: Region::Main,
                visibility: Visibility::Hidden,
                ..Default::default()
            })
            .collect();
        PageSnapshot { url: "https://blog.example.com/post".into(), title: "A post".into(), links, ..Default::default() }
    }

    #[test]
    fn dozens_of_hidden_outbound_links_make_the_page_avoid_with_that_reason_first() {
        let few = analyze_prospect(&page_with_hidden(3), &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(few.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a few hidden links are a menu, not spam");
        let mut menu = page_with_hidden(40);
        for l in &mut menu.links {
            l.region = Region::Nav;
        }
        let menu = analyze_prospect(&menu, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(menu.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a collapsed menu of sister sites is not spam");
        let mut tabs = page_with_hidden(40);
        for l in &mut tabs.links {
            l.region = Region::Aside;
        }
        let tabs = analyze_prospect(&tabs, &Profile::default(), None, 20_000).prospect.unwrap();
        assert!(tabs.contributions.iter().all(|c| c.signal != "page-neighbourhood"), "a tabbed sidebar box hides its other tabs");
        let many = analyze_prospect(&page_with_hidden(40), &Profile::default(), None, 20_000).prospect.unwrap();
        assert_eq!(many.verdict, Some(crate::prospect::suitability::Verdict::Avoid), "Avoid even without a profile");
        let worst = many.contributions.iter().min_by_key(|c| c.weight).unwrap();
        assert_eq!(worst.signal, "page-neighbourhood");
        assert!(worst.reason.contains("hides dozens of outbound links"), "{}", worst.reason);
    }
}
