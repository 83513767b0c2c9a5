//! Checks of a won link: is the link I was given still on the page, followed, in the content?
//!
//! A won opportunity is only worth something while its link stays up. Each time the link is
//! seen (the popup on that page now; a fetch of the page by "Check won links" later) a dated
//! [`LinkCheck`] joins the record, so the user sees "link seen live on 2 Dec 2026" and, when it
//! changes, "nofollowed since" or "lost". Pure: the time and the page's Report are inputs.
//! Blind spots: a link added by script after load, or shown only to some visitors, is judged
//! from what the browser had when the page was read.

use serde::{Deserialize, Serialize};

use super::{Record, Status};
use crate::report::{LinkKind, Report};
use crate::snapshot::Region;

/// Checks kept per record (the oldest go first): enough for years of monthly checks.
pub const MAX_CHECKS: usize = 100;

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkState {
    /// A followed link to one of my domains.
    Live,
    /// The link is there but nofollow, sponsored or ugc.
    Nofollowed,
    /// The page is up and no longer links to my domains.
    Lost,
    /// The page itself is gone (404/410, or its host no longer resolves).
    PageGone,
}

crate::ids::serde_by_id!(lists LinkState);

impl LinkState {
    pub const ALL: [LinkState; 4] = [LinkState::Live, LinkState::Nofollowed, LinkState::Lost, LinkState::PageGone];

    pub fn id(self) -> &'static str {
        match self {
            LinkState::Live => "live",
            LinkState::Nofollowed => "nofollowed",
            LinkState::Lost => "lost",
            LinkState::PageGone => "page-gone",
        }
    }

    pub fn parse(text: &str) -> Option<LinkState> {
        LinkState::ALL.into_iter().find(|s| s.id().eq_ignore_ascii_case(text.trim()))
    }

    /// The link is on the page (followed or not).
    pub fn seen(self) -> bool {
        matches!(self, LinkState::Live | LinkState::Nofollowed)
    }
}

/// One dated look at the page of a won opportunity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkCheck {
    /// Milliseconds since 1970-01-01 UTC.
    pub at: i64,
    pub state: LinkState,
    /// The link's anchor text, `rel`, the page of mine it points to, and whether it sits in the
    /// page's main content (empty / false when the link is not there).
    #[serde(default)]
    pub anchor: String,
    #[serde(default)]
    pub rel: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub in_content: bool,
}

/// What the Report says about the links to my domains: the best of them (followed in the
/// content first), or `Lost` when there is none.
pub fn check_of(report: &Report, now_ms: i64) -> LinkCheck {
    let mine = report.links_to_me.iter().filter_map(|&i| report.links.iter().find(|l| l.index == i)).filter(|l| l.kind == LinkKind::External);
    let best = mine.max_by_key(|l| (l.followed, l.region == Region::Main, std::cmp::Reverse(l.index)));
    match best {
        Some(l) => LinkCheck { at: now_ms, state: if l.followed { LinkState::Live } else { LinkState::Nofollowed }, anchor: l.anchor.clone(), rel: l.rel.clone(), target: l.href.clone(), in_content: l.region == Region::Main },
        None => LinkCheck { at: now_ms, state: LinkState::Lost, anchor: String::new(), rel: String::new(), target: String::new(), in_content: false },
    }
}

/// The record with the popup's look at its page added: only for a won record whose page links
/// to me (the popup does not call a link lost: the page may not be fully loaded, or the profile
/// may have changed). `None` when there is nothing new to store: the same finding was already
/// recorded in the last 24 hours.
pub fn seen_in_popup(record: &Record, report: &Report, now_ms: i64) -> Option<Record> {
    if record.status != Status::Won {
        return None;
    }
    let check = check_of(report, now_ms);
    if !check.state.seen() {
        return None;
    }
    // Within 24 hours of the same finding (not "the same calendar day": no answer should
    // depend on when midnight falls).
    let same = record.link_checks.last().is_some_and(|last| last.state == check.state && last.anchor == check.anchor && last.in_content == check.in_content && now_ms - last.at < 86_400_000);
    if same {
        return None;
    }
    let mut updated = record.clone();
    add(&mut updated.link_checks, check);
    Some(updated)
}

/// Adds `check` in time order, keeping the newest [`MAX_CHECKS`].
pub fn add(checks: &mut Vec<LinkCheck>, check: LinkCheck) {
    if checks.iter().any(|c| c.at == check.at && c.state == check.state) {
        return;
    }
    // Inserted in place (no sort: the popup carries no sort code for this).
    let at = checks.partition_point(|c| c.at <= check.at);
    checks.insert(at, check);
    let extra = checks.len().saturating_sub(MAX_CHECKS);
    checks.drain(..extra);
}

/// The last time the link was seen on its page, and the latest finding.
pub fn last_seen(record: &Record) -> (Option<&LinkCheck>, Option<&LinkCheck>) {
    (record.link_checks.iter().rev().find(|c| c.state.seen()), record.link_checks.last())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crm::tests::sample;
    use crate::snapshot::{LinkObservation, PageSnapshot};
    use crate::Profile;

    fn report_linking(rel: &str) -> Report {
        let mut link = LinkObservation { href: "https://crumbandcrust.example/starter".into(), text: "our starter guide".into(), region: Region::Main, ..Default::default() };
        link.rel = rel.into();
        let page = PageSnapshot { url: "https://loafnotes.example/resources".into(), title: "Resources".into(), links: vec![link], ..Default::default() };
        let profile = Profile { my_domains: vec!["crumbandcrust.example".into()], ..Default::default() };
        crate::analyze_prospect(&page, &profile, None, 20_000)
    }

    #[test]
    fn a_won_page_that_links_to_me_records_the_link_once_in_24_hours() {
        let day = 86_400_000;
        let mut won = sample("https://loafnotes.example/resources", 1_000);
        won.set_status(Status::Won, 2_000);
        let report = report_linking("");
        let seen = seen_in_popup(&won, &report, 10 * day).expect("recorded");
        let check = seen.link_checks.last().unwrap();
        assert_eq!((check.state, check.anchor.as_str(), check.in_content, check.target.as_str()), (LinkState::Live, "our starter guide", true, "https://crumbandcrust.example/starter"));
        assert_eq!(seen_in_popup(&seen, &report, 10 * day + 3_600_000), None, "same finding within 24 hours");
        assert_eq!(seen_in_popup(&seen, &report, 11 * day - 1), None, "midnight changes nothing");
        let next_day = seen_in_popup(&seen, &report, 11 * day).expect("24 hours later");
        assert_eq!(next_day.link_checks.len(), 2);
        // Nofollowed since: recorded at once, as a change.
        let nofollowed = seen_in_popup(&next_day, &report_linking("nofollow"), 11 * day + 1).expect("a change");
        assert_eq!(last_seen(&nofollowed).1.map(|c| c.state), Some(LinkState::Nofollowed));
    }

    #[test]
    fn nothing_is_recorded_unless_the_record_is_won_and_the_link_is_there() {
        let new = sample("https://loafnotes.example/resources", 1_000);
        assert_eq!(seen_in_popup(&new, &report_linking(""), 5_000), None);
        let mut won = new.clone();
        won.set_status(Status::Won, 2_000);
        let mut no_link = report_linking("");
        no_link.links_to_me.clear();
        assert_eq!(seen_in_popup(&won, &no_link, 5_000), None, "the popup never calls a link lost");
        assert_eq!(check_of(&no_link, 5_000).state, LinkState::Lost);
    }

    #[test]
    fn checks_stay_in_time_order_and_bounded() {
        let mut checks = Vec::new();
        for at in (0..MAX_CHECKS as i64 + 20).rev() {
            add(&mut checks, LinkCheck { at, state: LinkState::Live, anchor: String::new(), rel: String::new(), target: String::new(), in_content: true });
        }
        assert_eq!(checks.len(), MAX_CHECKS);
        assert!(checks.windows(2).all(|w| w[0].at < w[1].at));
        assert_eq!(checks.last().map(|c| c.at), Some(MAX_CHECKS as i64 + 19));
        for s in LinkState::ALL {
            assert_eq!(LinkState::parse(s.id()), Some(s));
        }
    }
}
