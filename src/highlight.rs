//! Link highlighting on the page: the mark each link gets and the reasons its tooltip shows,
//! decided here from the Report. The in-page highlighter (`extension/highlight.js`) only draws
//! what the popup sends it: a link index, a mark id and a short text per link.
//!
//! Marks, one per link, the first that applies: `internal`; for external links `low-quality`
//! (a destination in a bad neighbourhood, or a followed link scoring in the popup's red band),
//! then by `rel`: `sponsored`, `ugc`, `nofollow` (also a robots-nofollow page), else `followed`.
//! Non-web links (mailto:, tel:, javascript:, #fragment, empty) get none: they lead nowhere a
//! link builder cares about. A not-followed link is never called low-quality for its score
//! alone: its score is low because it passes nothing, which its own mark already says.

use crate::report::{Contribution, LinkKind, LinkReport};

/// Scores below this are poor: the popup's red band, and a followed link this poor is marked
/// low-quality on the page.
pub const POOR_BELOW: u8 = 40;

/// How a link is outlined on the page (`data-backlink-bot="<id>"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Followed,
    Nofollow,
    Sponsored,
    Ugc,
    Internal,
    LowQuality,
}

impl Mark {
    /// Legend order: what passes value first, what to worry about last.
    pub const ALL: [Mark; 6] = [Mark::Followed, Mark::Nofollow, Mark::Sponsored, Mark::Ugc, Mark::Internal, Mark::LowQuality];

    /// Stable id: the attribute value on the page and the CSS class of its colour.
    pub const fn id(self) -> &'static str {
        match self {
            Mark::Followed => "followed",
            Mark::Nofollow => "nofollow",
            Mark::Sponsored => "sponsored",
            Mark::Ugc => "ugc",
            Mark::Internal => "internal",
            Mark::LowQuality => "low-quality",
        }
    }
}

/// The link's mark, `None` for links that lead to no web page.
pub fn mark_of(link: &LinkReport) -> Option<Mark> {
    match link.kind {
        LinkKind::Internal => Some(Mark::Internal),
        LinkKind::External => Some(if link.categories.iter().any(|c| c.is_bad()) || (link.followed && link.score.is_some_and(|s| s < POOR_BELOW)) {
            Mark::LowQuality
        } else if link.sponsored {
            Mark::Sponsored
        } else if link.ugc {
            Mark::Ugc
        } else if !link.followed {
            Mark::Nofollow
        } else {
            Mark::Followed
        }),
        _ => None,
    }
}

/// The terms that moved the link's score most, largest first (ties in signal order).
pub fn top_reasons(link: &LinkReport, n: usize) -> Vec<&Contribution> {
    // An insertion into a list of at most `n` (a sort would add kilobytes of Wasm for ~8 terms).
    let mut top: Vec<&Contribution> = Vec::with_capacity(n + 1);
    for c in link.contributions.iter().filter(|c| c.weight != 0) {
        let at = top.iter().position(|t| t.weight.unsigned_abs() < c.weight.unsigned_abs()).unwrap_or(top.len());
        if at < n {
            top.insert(at, c);
            top.truncate(n);
        }
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intel::Categories;
    use crate::report::Contribution;

    fn link(kind: LinkKind, rel: &str, score: Option<u8>) -> LinkReport {
        let crate::Report { mut links, .. } = crate::analyze(
            &crate::snapshot::PageSnapshot {
                url: "https://site.example/".into(),
                links: vec![crate::snapshot::LinkObservation { href: "https://other.example/".into(), text: "a guide".into(), ..Default::default() }],
                ..Default::default()
            },
            &crate::Profile::default(),
        );
        let mut l = links.remove(0);
        l.kind = kind;
        l.nofollow = rel.contains("nofollow");
        l.sponsored = rel.contains("sponsored");
        l.ugc = rel.contains("ugc");
        l.followed = rel.is_empty();
        l.score = score;
        l
    }

    #[test]
    fn every_web_link_gets_one_mark_by_destination_then_rel() {
        assert_eq!(mark_of(&link(LinkKind::Internal, "", None)), Some(Mark::Internal));
        assert_eq!(mark_of(&link(LinkKind::External, "", Some(70))), Some(Mark::Followed));
        assert_eq!(mark_of(&link(LinkKind::External, "nofollow", Some(10))), Some(Mark::Nofollow));
        assert_eq!(mark_of(&link(LinkKind::External, "sponsored nofollow", Some(5))), Some(Mark::Sponsored));
        assert_eq!(mark_of(&link(LinkKind::External, "ugc", Some(5))), Some(Mark::Ugc));
        for kind in [LinkKind::Mailto, LinkKind::Tel, LinkKind::Javascript, LinkKind::Fragment, LinkKind::Empty, LinkKind::Other] {
            assert_eq!(mark_of(&link(kind, "", None)), None, "{kind:?}");
        }
    }

    #[test]
    fn low_quality_is_a_bad_destination_or_a_poor_followed_link_never_a_low_score_alone() {
        assert_eq!(mark_of(&link(LinkKind::External, "", Some(POOR_BELOW - 1))), Some(Mark::LowQuality));
        assert_eq!(mark_of(&link(LinkKind::External, "", Some(POOR_BELOW))), Some(Mark::Followed));
        let mut casino = link(LinkKind::External, "sponsored", Some(80));
        casino.categories = Categories::GAMBLING;
        assert_eq!(mark_of(&casino), Some(Mark::LowQuality));
        // Shorteners and hosting platforms are no bad neighbourhood.
        let mut short = link(LinkKind::External, "", Some(60));
        short.categories = Categories::SHORTENER | Categories::HOSTING;
        assert_eq!(mark_of(&short), Some(Mark::Followed));
    }

    #[test]
    fn top_reasons_are_the_largest_terms_either_way() {
        let term = |signal: &'static str, weight: i32| Contribution { signal: signal.into(), weight, value: "".into(), reason: signal.into() };
        let mut l = link(LinkKind::External, "", Some(50));
        l.contributions = vec![term("a", 5), term("b", -20), term("c", 0), term("d", 12), term("e", -5)];
        let ids: Vec<&str> = top_reasons(&l, 3).iter().map(|c| &*c.signal).collect();
        assert_eq!(ids, ["b", "d", "a"]);
        assert_eq!(top_reasons(&l, 10).len(), 4, "a term of 0 moved nothing");
    }
}
