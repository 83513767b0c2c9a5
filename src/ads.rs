//! Advertisements among a page's links: one test for the whole core. The link signal
//! `destination` costs an ad link its points (an ad is bought, it is nobody's editorial vote),
//! and the prospect's "links out" leave ads out (a page whose only links out are ads does not
//! cite anyone).
//!
//! An ad link is told three ways, none by the page's layout:
//! - its host serves ads or tracks clicks: the domain data's `ad` category (UT1's "publicite"
//!   list, read by [`crate::intel`]: `ad.doubleclick.net`, `popup.taboola.com`);
//! - its text is an ad label (`data/link-tables/ad-labels.txt`: "Ads by Yahoo!", "AdChoices",
//!   "Advertise on NYTimes.com", "Anzeige", "[PR]…");
//! - it came out of a native-ad widget (`data/link-tables/native-ad-networks.txt`:
//!   `utm_source=taboola`).
//!
//! Blind spots: a house ad (the publisher's own shop, bookshop or subscription offer) under no
//! label, an ad box's links to advertisers' own sites that carry no tracking, and an ad network
//! the list does not know are read as links like any other; without the domain data only the
//! labels and widgets' parameters are seen.

use std::sync::OnceLock;

use crate::labels::Labels;

/// What an ad label says about its link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// The link is an advertisement ("Ads by Yahoo!", "Sponsored links", "Anzeige").
    Ad,
    /// The link goes to the site's page for advertisers or its ad choices ("Advertise with
    /// us", "Media kit", "AdChoices"): no ad, but no editorial link either.
    Advertisers,
}

fn labels() -> &'static Labels<LabelKind> {
    static TABLE: OnceLock<Labels<LabelKind>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Labels::parse(crate::tables::ad_labels(), |kind| match kind {
            Some("advertisers") => LabelKind::Advertisers,
            _ => LabelKind::Ad,
        })
    })
}

/// The ad label a link's text is, or begins with (from `ad-labels.txt`), and its kind, if any.
pub fn ad_label(text: &str) -> Option<(&'static str, LabelKind)> {
    labels().find(text)
}

fn native_networks() -> &'static [&'static str] {
    static TABLE: OnceLock<Vec<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| crate::tables::native_ad_networks().lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
}

/// The native-ad widget a link came out of, from its `utm_source` or `utm_medium`
/// (`taboola`, `outbrain_us`, `mgid-widget`), if any.
pub fn native_ad_source(query: Option<&str>) -> Option<&'static str> {
    let query = query.filter(|q| q.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"utm_")))?;
    form_urlencoded::parse(query.as_bytes())
        .filter(|(name, _)| name.eq_ignore_ascii_case("utm_source") || name.eq_ignore_ascii_case("utm_medium"))
        .find_map(|(_, value)| {
            native_networks().iter().copied().find(|n| {
                let bytes = value.as_bytes();
                bytes.get(..n.len()).is_some_and(|head| head.eq_ignore_ascii_case(n.as_bytes()))
                    && bytes.get(n.len()).is_none_or(|next| !next.is_ascii_alphanumeric())
            })
        })
}

/// The query of an address as written, without parsing the rest: `native_ad_source` turns down
/// one with no `utm_` at once, so most links cost a scan.
fn query_of(href: &str) -> Option<&str> {
    let before_fragment = href.split_once('#').map_or(href, |(address, _)| address);
    before_fragment.split_once('?').map(|(_, query)| query)
}

/// True when a scored link is an advertisement (its host, its text or its widget says so).
pub fn is_ad(link: &crate::report::LinkReport) -> bool {
    link.categories.contains(crate::intel::Categories::AD)
        || ad_label(&link.anchor).is_some()
        || native_ad_source(query_of(&link.href)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ad_labels_as_the_whole_text_or_its_start() {
        use LabelKind::{Ad, Advertisers};
        assert_eq!(ad_label("Advertisement"), Some(("advertisement", Ad)));
        assert_eq!(ad_label("  AdChoices "), Some(("adchoices", Advertisers)));
        assert_eq!(ad_label("Ads by Yahoo!"), Some(("ads by", Ad)));
        assert_eq!(ad_label("Promoted by Taboola"), Some(("promoted by", Ad)));
        assert_eq!(ad_label("Advertise on NYTimes.com"), Some(("advertise on", Advertisers)));
        assert_eq!(ad_label("Advertise With Us"), Some(("advertise with us", Advertisers)));
        assert_eq!(ad_label("Sponsored Links"), Some(("sponsored links", Ad)));
        assert_eq!(ad_label("Buy a link now!"), Some(("buy a link", Advertisers)));
        assert_eq!(ad_label("[PR]トレンドウオッチ"), Some(("[pr]", Ad)));
        assert_eq!(ad_label("Anzeige"), Some(("anzeige", Ad)));
        assert_eq!(ad_label("广告"), Some(("广告", Ad)));
        assert_eq!(ad_label("Реклама"), Some(("реклама", Ad)));
    }

    #[test]
    fn words_that_are_not_labels_are_not_ads() {
        assert_eq!(ad_label("Advertising Age reported the deal"), None, "a one-word label only as the whole text");
        assert_eq!(ad_label("Sponsored research at MIT"), None);
        assert_eq!(ad_label("Adsense"), None);
        assert_eq!(ad_label("ads.txt specification"), None);
        assert_eq!(ad_label("advertisers"), None);
        assert_eq!(ad_label("Adwords"), None);
        assert_eq!(ad_label("Ads byte"), None, "a prefix ends at a word");
        assert_eq!(ad_label("Advertisement  "), Some(("advertisement", LabelKind::Ad)));
        assert_eq!(ad_label("Sponsored\n  links"), Some(("sponsored links", LabelKind::Ad)), "spaces collapsed");
        assert_eq!(ad_label("| Anzeige"), Some(("anzeige", LabelKind::Ad)), "a leading separator");
        assert_eq!(ad_label("ADVERTISE WITH US TODAY"), Some(("advertise with us", LabelKind::Advertisers)));
        assert_eq!(ad_label("Adverts"), None);
        assert_eq!(ad_label(""), None);
        assert_eq!(ad_label(&"ads by ".repeat(40)), None, "long texts are not labels");
    }

    #[test]
    fn native_ad_widgets_by_their_parameters() {
        assert_eq!(native_ad_source(Some("utm_source=taboola&utm_medium=referral")), Some("taboola"));
        assert_eq!(native_ad_source(Some("utm_medium=Outbrain_US")), Some("outbrain"));
        assert_eq!(native_ad_source(Some("utm_source=taboolanews")), None, "whole names only");
        assert_eq!(native_ad_source(Some("utm_source=newsletter&ref=taboola")), None, "only the utm source or medium");
        assert_eq!(native_ad_source(None), None);
    }

    #[test]
    fn a_links_widget_is_read_from_its_query_whatever_its_case() {
        assert_eq!(native_ad_source(query_of("https://shop.example/p?UTM_SOURCE=Taboola#top")), Some("taboola"));
        assert_eq!(query_of("https://shop.example/p#utm_source=taboola"), None, "a fragment is no query");
        assert_eq!(query_of("https://shop.example/p?a=1#b"), Some("a=1"));
        assert_eq!(query_of("https://shop.example/p#x?utm_source=taboola"), None, "a question mark in the fragment");
    }
}
