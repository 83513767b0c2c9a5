//! "Is my won link still there?": what a fresh fetch of a won page says about the link I was
//! given. The page is read with the browser's `DOMParser` in an extension page (no script runs,
//! nothing loads) and its links are handed here.
//!
//! Why: a won link that quietly disappears, or turns nofollow, is value lost; link builders
//! re-check their wins. Blind spots: links added by script after load, links shown only to
//! some visitors or countries, and "in the content" judged by the page's own landmarks (`main`,
//! `article`, `[role=main]`), not the popup's full placement engine.

use serde::{Deserialize, Serialize};

use super::Status;
use crate::crm::checks::{LinkCheck, LinkState};

/// One link of the fetched page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageLink {
    /// Absolute (resolved against the page's final URL).
    pub href: String,
    pub rel: String,
    pub anchor: String,
    pub in_content: bool,
}

/// The check to record for a won page fetched with `status` and holding `links`, or `None` when
/// the fetch says nothing certain (blocked, rate-limited, timed out, a server error): a page we
/// could not read is not called lost.
pub fn check_page(status: Status, links: &[PageLink], my_domains: &[String], now_ms: i64) -> Option<LinkCheck> {
    let gone = |state| LinkCheck { at: now_ms, state, anchor: String::new(), rel: String::new(), target: String::new(), in_content: false };
    match status {
        Status::NotFound | Status::DnsError => return Some(gone(LinkState::PageGone)),
        Status::Ok | Status::Redirected => {}
        _ => return None,
    }
    let mine = |href: &str| crate::domain::parse_url(href).and_then(|u| u.host_str().and_then(crate::registrable_domain)).is_some_and(|d| my_domains.contains(&d));
    let followed = |rel: &str| !rel.split_ascii_whitespace().any(|r| ["nofollow", "sponsored", "ugc"].iter().any(|x| r.eq_ignore_ascii_case(x)));
    // The best of my links: followed before not, in the content before elsewhere, first first.
    let best = links.iter().filter(|l| mine(&l.href)).enumerate().max_by_key(|(i, l)| (followed(&l.rel), l.in_content, std::cmp::Reverse(*i))).map(|(_, l)| l);
    Some(match best {
        Some(l) => LinkCheck { at: now_ms, state: if followed(&l.rel) { LinkState::Live } else { LinkState::Nofollowed }, anchor: l.anchor.clone(), rel: l.rel.clone(), target: l.href.clone(), in_content: l.in_content },
        None => gone(LinkState::Lost),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(href: &str, rel: &str, in_content: bool) -> PageLink {
        PageLink { href: href.into(), rel: rel.into(), anchor: format!("to {href}"), in_content }
    }

    #[test]
    fn a_won_page_is_live_nofollowed_lost_or_gone_and_uncertain_fetches_record_nothing() {
        let mine = vec!["crumbandcrust.example".to_string()];
        let page = [link("https://other.example/", "", true), link("https://www.crumbandcrust.example/footer", "nofollow", false), link("https://crumbandcrust.example/starter", "", true)];
        let live = check_page(Status::Ok, &page, &mine, 5).unwrap();
        assert_eq!((live.state, live.target.as_str(), live.in_content, live.at), (LinkState::Live, "https://crumbandcrust.example/starter", true, 5));
        let nofollowed = check_page(Status::Redirected, &[link("https://crumbandcrust.example/", "ugc nofollow", true)], &mine, 5).unwrap();
        assert_eq!((nofollowed.state, nofollowed.rel.as_str()), (LinkState::Nofollowed, "ugc nofollow"));
        assert_eq!(check_page(Status::Ok, &page[..1], &mine, 5).map(|c| c.state), Some(LinkState::Lost));
        assert_eq!(check_page(Status::NotFound, &[], &mine, 5).map(|c| c.state), Some(LinkState::PageGone));
        assert_eq!(check_page(Status::DnsError, &[], &mine, 5).map(|c| c.state), Some(LinkState::PageGone));
        for unsure in [Status::Blocked, Status::RateLimited, Status::Timeout, Status::ServerError, Status::Unknown, Status::TlsError] {
            assert_eq!(check_page(unsure, &[], &mine, 5), None, "{unsure:?}");
        }
        // A look-alike domain is not mine.
        assert_eq!(check_page(Status::Ok, &[link("https://crumbandcrust.example.evil.example/", "", true)], &mine, 5).map(|c| c.state), Some(LinkState::Lost));
    }
}
