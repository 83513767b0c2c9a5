//! `page-context` — how much of the page's equity this link can get.
//!
//! Measures: the number of external links sharing the page, and whether the link belongs to a
//! block of footer links.
//! Why: a page's ranking credit is split among its outbound links (PageRank), so one link among
//! ten is worth far more than one among five hundred; large footer blocks of outbound links are
//! the sitewide pattern of sold links. Source: Brin & Page (1998); Google's link-spam policies.
//! Blind spots: internal links also share equity but are not counted here; "sitewide" is inferred
//! from one page (we cannot see the site's other pages).

use super::LinkInput;
use crate::judgement::Judgement;
use crate::report::Contribution;
use crate::snapshot::Region;

pub const SIGNAL: Judgement = Judgement {
    id: "page-context",
    title: "Page context",
    description: "How many outbound links share the page's equity, and whether the link sits in a sitewide-looking footer block.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
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
}
