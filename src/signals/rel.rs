//! `rel` — does the link pass equity?
//!
//! Measures: the link's `rel` tokens (`nofollow`, `sponsored`, `ugc`) and the page's robots meta.
//! Why: search engines treat these as hints not to pass ranking credit; a followed editorial link
//! is what link builders want. Source: Google Search Central, "Qualify your outbound links".
//! Blind spots: `X-Robots-Tag` HTTP headers and robots.txt are invisible to the page; engines may
//! still treat a hint as followed (Google calls them hints since 2019), so a nofollow link is
//! weak, not worthless (traffic, brand).

use super::LinkInput;
use crate::judgement::Judgement;
use crate::report::Contribution;

pub const SIGNAL: Judgement = Judgement {
    id: "rel",
    title: "Follow / nofollow",
    description: "Whether the link passes ranking credit: rel=nofollow, sponsored, ugc, or the page's robots meta.",
};

/// Points per rel state; only the most severe state applies.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub followed: i32,
    pub nofollow: i32,
    pub sponsored: i32,
    pub ugc: i32,
    pub page_nofollow: i32,
}

crate::weights_reader!(Weights { followed: "followed", nofollow: "nofollow", sponsored: "sponsored", ugc: "ugc", page_nofollow: "pageNofollow" });

impl Default for Weights {
    fn default() -> Self {
        Weights { followed: 20, nofollow: -25, sponsored: -30, ugc: -20, page_nofollow: -25 }
    }
}

pub fn evaluate(input: &LinkInput, w: &Weights, out: &mut Vec<Contribution>) {
    let rel = input.rel;
    let value: crate::report::Text = if rel.tokens.is_empty() { "none".into() } else { rel.tokens.clone().into() };
    let (weight, reason) = if rel.sponsored {
        (w.sponsored, "rel=sponsored: a paid placement, passes no ranking credit")
    } else if rel.nofollow {
        (w.nofollow, "rel=nofollow: asks search engines not to pass ranking credit")
    } else if rel.ugc {
        (w.ugc, "rel=ugc: user-generated content, passes little or no credit")
    } else if input.page.robots_nofollow {
        (w.page_nofollow, "the page's robots meta says nofollow: no link on it passes credit")
    } else {
        (w.followed, "followed: passes ranking credit")
    };
    out.push(SIGNAL.contribution(weight, value, reason));
    // A link-level hint and a page-level one are both worth showing; the page-level one only
    // costs points when the link itself looked followed (it cannot be "more" nofollow).
    if input.page.robots_nofollow && (rel.sponsored || rel.nofollow || rel.ugc) {
        out.push(SIGNAL.contribution(0, "robots meta", "the page's robots meta also says nofollow"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::test_support::{run, total};

    #[test]
    fn followed_links_gain_and_hints_cost() {
        assert_eq!(total(&run(&SIGNAL, |_, _| {})), 20);
        assert_eq!(total(&run(&SIGNAL, |l, _| l.rel = "noopener noreferrer".into())), 20);
        assert_eq!(total(&run(&SIGNAL, |l, _| l.rel = "nofollow".into())), -25);
        assert_eq!(total(&run(&SIGNAL, |l, _| l.rel = "ugc".into())), -20);
        assert_eq!(total(&run(&SIGNAL, |l, _| l.rel = "Nofollow,Sponsored".into())), -30);
    }

    #[test]
    fn page_level_nofollow_applies_to_every_link() {
        let c = run(&SIGNAL, |_, p| p.robots_nofollow = true);
        assert_eq!(total(&c), -25);
        assert!(c[0].reason.contains("robots"));
        let c = run(&SIGNAL, |l, p| {
            l.rel = "sponsored".into();
            p.robots_nofollow = true;
        });
        assert_eq!(total(&c), -30);
        assert_eq!(c.len(), 2);
    }
}
