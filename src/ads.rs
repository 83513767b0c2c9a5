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

/// What an ad label says about its link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// The link is an advertisement ("Ads by Yahoo!", "Sponsored links", "Anzeige").
    Ad,
    /// The link goes to the site's page for advertisers or its ad choices ("Advertise with
    /// us", "Media kit", "AdChoices"): no ad, but no editorial link either.
    Advertisers,
}

/// A label, and whether the text may go on after it (`ads by *`).
struct Label {
    words: &'static str,
    kind: LabelKind,
    prefix: bool,
    /// Prefix with no space after it (`[pr]*`).
    glued: bool,
}

fn labels() -> &'static [Label] {
    static TABLE: OnceLock<Vec<Label>> = OnceLock::new();
    TABLE.get_or_init(|| {
        crate::tables::ad_labels()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (l, kind) = match l.split_once('\t') {
                    Some((l, "advertisers")) => (l, LabelKind::Advertisers),
                    Some((l, _)) => (l, LabelKind::Ad),
                    None => (l, LabelKind::Ad),
                };
                match l.strip_suffix(" *") {
                    Some(words) => Label { words, kind, prefix: true, glued: false },
                    None => match l.strip_suffix('*') {
                        Some(words) => Label { words, kind, prefix: true, glued: true },
                        None => Label { words: l, kind, prefix: false, glued: false },
                    },
                }
            })
            .collect()
    })
}

/// The link text as labels are matched: lowercase, spaces collapsed, closing punctuation
/// ("Ads by Yahoo!", "Advertisement:") and a leading separator dropped.
fn normalised(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ").to_lowercase();
    joined.trim_end_matches(|c: char| matches!(c, '!' | '.' | ':' | '›' | '»' | '>' | '|' | '-' | '–' | '—' | '…') || c.is_whitespace()).trim_start_matches(|c: char| matches!(c, '|' | '·' | '-' | '–') || c.is_whitespace()).to_string()
}

/// The ad label a link's text is, or begins with (from `ad-labels.txt`), and its kind, if any.
pub fn ad_label(text: &str) -> Option<(&'static str, LabelKind)> {
    let text = normalised(text);
    if text.is_empty() || text.chars().count() > 120 {
        return None;
    }
    labels().iter().find(|l| {
        text == l.words || (l.prefix && text.strip_prefix(l.words).is_some_and(|rest| l.glued || rest.starts_with(' ')))
    }).map(|l| (l.words, l.kind))
}

fn native_networks() -> impl Iterator<Item = &'static str> {
    crate::tables::native_ad_networks().lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The native-ad widget a link came out of, from its `utm_source` or `utm_medium`
/// (`taboola`, `outbrain_us`, `mgid-widget`), if any.
pub fn native_ad_source(query: Option<&str>) -> Option<&'static str> {
    let query = query?;
    form_urlencoded::parse(query.as_bytes())
        .filter(|(name, _)| name.eq_ignore_ascii_case("utm_source") || name.eq_ignore_ascii_case("utm_medium"))
        .find_map(|(_, value)| {
            let value = value.to_ascii_lowercase();
            native_networks().find(|n| value.strip_prefix(n).is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| !c.is_ascii_alphanumeric())))
        })
}

/// True when a scored link is an advertisement (its host, its text or its widget says so).
pub fn is_ad(link: &crate::report::LinkReport) -> bool {
    link.categories.contains(crate::intel::Categories::AD)
        || ad_label(&link.anchor).is_some()
        || crate::links::WebUrl::parse(&link.href).is_some_and(|u| native_ad_source(u.query()).is_some())
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
}
