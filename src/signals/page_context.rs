//! `page-context` — how much of the page's equity this link can get.
//!
//! Measures: the number of external links sharing the page, and whether the link belongs to a
//! block of footer links.
//! Why: a page's ranking credit is split among its outbound links (PageRank), so one link among
//! ten is worth far more than one among five hundred; large footer blocks of outbound links are
//! the sitewide pattern of sold links. Source: Brin & Page (1998); Google's link-spam policies.
//! A footer block counts only the footer links that could be placed ones ([`placed_footer_links`]):
//! big publishers' footers link their social profiles, their sister sites and their owner's legal
//! pages, which is no sign of sold links (Wired, Slate, TechCrunch on the development set).
//! Blind spots: internal links also share equity but are not counted here; "sitewide" is inferred
//! from one page (we cannot see the site's other pages); a footer of sold links whose anchors name
//! their sites ("Acme Casino") reads as a list of partners.

use super::LinkInput;
use crate::judgement::Judgement;
use crate::report::Contribution;
use crate::snapshot::Region;

pub const SIGNAL: Judgement = Judgement {
    id: "page-context",
    title: "Page context",
    description: "How many outbound links share the page's equity, and whether the link sits in a sitewide-looking footer block.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    /// At most this many external links counts as "few".
    pub few_links: u32,
    pub few_links_points: i32,
    /// More than this many external links counts as "many".
    pub many_links: u32,
    pub many_links_points: i32,
    /// More than this many is the link-farm pattern.
    pub farm_links: u32,
    pub farm_links_points: i32,
    /// A footer holding at least this many external links is a sitewide-looking block.
    pub footer_block: u32,
    pub footer_block_points: i32,
}

crate::weights_reader!(Weights { few_links: "fewLinks", few_links_points: "fewLinksPoints", many_links: "manyLinks", many_links_points: "manyLinksPoints", farm_links: "farmLinks", farm_links_points: "farmLinksPoints", footer_block: "footerBlock", footer_block_points: "footerBlockPoints" });

impl Default for Weights {
    fn default() -> Self {
        Weights {
            few_links: 20,
            few_links_points: 5,
            many_links: 100,
            many_links_points: -5,
            farm_links: 300,
            farm_links_points: -10,
            footer_block: 8,
            footer_block_points: -5,
        }
    }
}

pub fn evaluate(input: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    let n = input.page.external_links;
    let shared = if n <= w.few_links {
        Some((w.few_links_points, "few outbound links: this one gets a large share of the page's credit"))
    } else if n > w.farm_links {
        Some((w.farm_links_points, "hundreds of outbound links: a link-farm pattern, credit spread thin"))
    } else if n > w.many_links {
        Some((w.many_links_points, "many outbound links share the page's credit"))
    } else {
        None
    };
    if let Some((weight, reason)) = shared {
        out.push(SIGNAL.contribution(weight, input.page.external_links_text.clone(), reason));
    }
    let footer = input.page.footer_external_links;
    if input.region == Region::Footer && footer >= w.footer_block {
        out.push(SIGNAL.contribution(
            w.footer_block_points,
            format!("{footer} footer links"),
            "part of a block of outbound footer links: the sitewide pattern of sold links",
        ));
    }
}

/// How many of a footer's external links could be placed (sold) links, disclosed (rel=sponsored)
/// or not: not to a social network or a big platform, not to the page's own brand on another domain (wired.it from
/// wired.com), and not to a site some footer anchor names ("Engadget" for engadget.com,
/// "Pipedreams" for pipedreams.publicradio.org: a network or partner list, whose other links to
/// that site count with it). `footer` holds each footer link's anchor, destination host and
/// site.
pub fn placed_footer_links(footer: &[(&str, &str, &str)], own_site: &str) -> u32 {
    let own = brand_of(own_site);
    // A set: a hostile page may put thousands of links in its footer.
    let named: std::collections::HashSet<&str> = footer.iter().filter(|(anchor, host, site)| names_site(anchor, host, site)).map(|l| l.2).collect();
    let platform = crate::prospect::factors::page_neighbourhood::is_big_platform;
    let placed = footer.iter().filter(|(_, _, site)| !platform(site) && brand_of(site) != own && !named.contains(site));
    placed.count() as u32
}

/// The first label of a registrable domain: "wired" for wired.co.uk.
pub(crate) fn brand_of(site: &str) -> &str {
    site.split('.').next().unwrap_or(site)
}

/// True when the anchor spells the site's brand or its host's first label ("Slate.com sur
/// Twitter"; "The Splendid Table" for splendidtable.publicradio.org; "HuffPost" does not name
/// huffingtonpost.com): letters and digits compared, case folded, names of 3+ characters.
pub(crate) fn names_site(anchor: &str, host: &str, site: &str) -> bool {
    let folded: String = anchor.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let label = host.strip_prefix("www.").unwrap_or(host).split('.').next().unwrap_or_default();
    [brand_of(site), label].iter().any(|name| name.chars().count() >= 3 && folded.contains(&name.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::test_support::{run, total};

    #[test]
    fn equity_is_divided_among_outbound_links() {
        let with = |n| total(&run(&SIGNAL, |_, p| p.external_links = n));
        assert_eq!(with(5), 5);
        assert_eq!(with(50), 0);
        assert_eq!(with(150), -5);
        assert_eq!(with(1000), -10);
    }

    #[test]
    fn footer_blocks_look_sitewide() {
        let footer = |count, region| {
            total(&run(&SIGNAL, |l, p| {
                l.region = region;
                p.footer_external_links = count;
            }))
        };
        assert_eq!(footer(12, Region::Footer), -5);
        assert_eq!(footer(3, Region::Footer), 0);
        assert_eq!(footer(12, Region::Main), 0);
    }

    #[test]
    fn a_footer_of_profiles_sister_sites_and_partners_is_no_block_of_placed_links() {
        // Wired: its social profiles, its editions abroad, a partner named by its anchor.
        let wired = [
            ("Facebook", "www.facebook.com", "facebook.com"),
            ("Follow us on X", "twitter.com", "twitter.com"),
            ("UK", "www.wired.co.uk", "wired.co.uk"),
            ("Italia", "www.wired.it", "wired.it"),
            ("Engadget", "engadget.com", "engadget.com"),
            ("Castlevania sinks its teeth", "www.engadget.com", "engadget.com"),
            ("The Splendid Table", "splendidtable.publicradio.org", "publicradio.org"),
            ("Newsletters", "americanpublicmedia.publicradio.org", "publicradio.org"),
        ];
        assert_eq!(placed_footer_links(&wired, "wired.com"), 0);
        // Sold links: descriptive anchors to unrelated sites, disclosed or not.
        let sold = [("cheap car insurance", "www.quotes4u.example", "quotes4u.example"), ("best payday loans", "cashnow.example", "cashnow.example"), ("essay writing service", "essays.example", "essays.example")];
        assert_eq!(placed_footer_links(&sold, "wired.com"), 3);
        assert!(!names_site("HuffPost Tech", "www.huffingtonpost.com", "huffingtonpost.com") && names_site("Slate.com sur Twitter", "www.slate.com", "slate.com"));
        assert!(!names_site("go", "go.example", "go.example"), "a name under three characters names nothing");
    }
}
