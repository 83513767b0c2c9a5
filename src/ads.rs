//! Advertisements among a page's links: one test for the whole core. The link signal
//! `destination` costs an ad link its points (an ad is bought, it is nobody's editorial vote),
//! and the prospect's "links out" leave ads out (a page whose only links out are ads does not
//! cite anyone).
//!
//! An ad link is told four ways:
//! - its host serves ads or tracks clicks: the domain data's `ad` category (UT1's "publicite"
//!   list, read by [`crate::intel`]: `ad.doubleclick.net`, `popup.taboola.com`);
//! - its text is an ad label (`data/link-tables/ad-labels.txt`: "Ads by Yahoo!", "AdChoices",
//!   "Advertise on NYTimes.com", "Anzeige", "[PR]…");
//! - it came out of a native-ad widget (`data/link-tables/native-ad-networks.txt`:
//!   `utm_source=taboola`);
//! - it sits in an ad unit: a small box (a line of text, a few links) whose id or class names
//!   it an ad ([`ad_boxes`]: `sponsored_right`, `singleAd`, `inline-ads-box`), or whose heading
//!   is an ad label (`<h2>Sponsored Content</h2>` over a list of links). The name alone is
//!   no proof (the BBC's whole story sits in `disable-wide-advert`); the size tells the unit
//!   from a wrapper.
//!
//! Blind spots: a house ad (the publisher's own shop, bookshop or subscription offer) under no
//! label, an advertiser's own link in a box named otherwise (or in a box with a paragraph of
//! copy), and an ad network the list does not know are read as links like any other; without
//! the domain data only the labels, widgets' parameters and boxes are seen.

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

/// True when a scored link is an advertisement (its host, its text, its widget or its box says
/// so).
pub fn is_ad(link: &crate::report::LinkReport) -> bool {
    link.categories.contains(crate::intel::Categories::AD)
        || ad_label(&link.anchor).is_some()
        || native_ad_source(query_of(&link.href)).is_some()
        || link.contributions.iter().any(|c| c.reason == AD_BOX_REASON)
}

/// The destination signal's reason for a link in an ad box; [`is_ad`] reads it back, so the
/// box is judged once, where the page's tree is at hand.
pub const AD_BOX_REASON: &str = "sits in a small box the page names as an ad: an advertisement, not an editorial link";

/// Most characters of text outside links an ad box holds: a line of ad copy ("Sponsored
/// links", an advertiser's one-line pitch), not a paragraph. Big boxes named so are layout
/// (the BBC's story wrapper `disable-wide-advert`, a site skin `adSkinLayer`, Drupal's
/// `node-promoted` article): on the development set every labelled ad box held at most 93
/// characters, every story wrapper so named at least 633.
const AD_BOX_TEXT: u32 = 150;
/// Most links an ad box holds: a unit of sponsored links, not a page's column.
const AD_BOX_LINKS: u32 = 25;

/// Whole id/class words that name an ad box, in the languages pages name them in (trailing
/// digits dropped: `ad1`, `BigAd2`); Mediavine's, the ad network of many food blogs, name its
/// slots `adunitwrapper` with an `adunitlabel` and a `mediavine` box (blind round 57). `promoted` is not one: Drupal marks articles promoted to
/// the front page `node-promoted`.
const AD_BOX_WORDS: &[&str] = &[
    "ad", "ads", "adsense", "adslot", "adunit", "adunitlabel", "adunitwrapper", "advert", "advertisement", "advertisements", "advertising", "advertorial", "adverts", "anzeige", "anzeigen",
    "dfp", "guanggao", "mediavine", "publicidad", "publicite", "reklama", "sponsor", "sponsored", "sponsorship", "werbung",
];

/// Words beside an ad word that say the box is not one, or not now: `no-ads`, `sticky-ad-hidden`,
/// `disable-wide-advert`, a menu `withAd`.
const AD_BOX_NEGATIONS: &[&str] = &["disable", "disabled", "hidden", "hide", "no", "noads", "with", "without"];

/// The ad word one id/class string names its box with, if any. Words are split on anything
/// but ASCII letters and digits; one written in camel case counts by its `ad`/`ads` head or
/// `Ad`/`Ads` tail after a lower-case letter (`adContainer`, `singleAd`, `headerTextAd`), not
/// inside (`jpAdLJ`) nor in a generated name with digits in it (`TuS8Ad`, `Box-sc-1fet97o`).
pub fn ad_box_word(hint: &str) -> Option<&'static str> {
    if let Some(class) = plugin_ad_box(hint) {
        return Some(class);
    }
    let mut found = None;
    // Compared without allocating: every block of every page is read.
    for word in hint.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let word = word.trim_end_matches(|c: char| c.is_ascii_digit());
        if AD_BOX_NEGATIONS.iter().any(|n| n.eq_ignore_ascii_case(word)) {
            return None;
        }
        if found.is_some() || word.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        found = AD_BOX_WORDS.iter().copied().find(|w| w.eq_ignore_ascii_case(word)).or_else(|| camel_ad(word));
        let negated = |n: &str| word.len() > n.len() && word.get(..n.len()).is_some_and(|head| head.eq_ignore_ascii_case(n)) && word.as_bytes().get(n.len()).is_some_and(u8::is_ascii_uppercase);
        if found.is_some() && ["with", "has", "no"].into_iter().any(negated) {
            return None;
        }
    }
    found
}

/// The class the most used WordPress ad products give every ad slot they insert: Ad Inserter's
/// `code-block code-block-<n>` (its default block class, with the block's number) and the
/// `td-a-rec` of tagDiv's Newspaper and Newsmag themes (with `td-a-rec-id-<spot>`). Their words
/// name no ad (`code`, `block`, `rec`), so the ad words cannot (blind round 51: The
/// Trussville Tribune's in-story banners, Telegraf's and Graiul's).
pub fn plugin_ad_box(hint: &str) -> Option<&'static str> {
    let classes = || hint.split_ascii_whitespace();
    if classes().any(|c| c == "td-a-rec") {
        return Some("td-a-rec");
    }
    let numbered = classes().any(|c| c.strip_prefix("code-block-").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())));
    (numbered && classes().any(|c| c == "code-block")).then_some("code-block")
}

/// `ad`/`ads` heading a camel-case word, or `Ad`/`Ads` ending one after a lower-case letter.
fn camel_ad(word: &str) -> Option<&'static str> {
    let bytes = word.as_bytes();
    for (head, name) in [("ads", "ads"), ("ad", "ad")] {
        if bytes.get(..head.len()) == Some(head.as_bytes()) && bytes.get(head.len()).is_some_and(u8::is_ascii_uppercase) {
            return Some(name);
        }
    }
    for (tail, name) in [("Ads", "ads"), ("Ad", "ad")] {
        if let Some(before) = word.strip_suffix(tail) {
            if before.as_bytes().last().is_some_and(u8::is_ascii_lowercase) {
                return Some(name);
            }
        }
    }
    None
}

/// For each of `links`, the ad word of the small box it sits in, if any: the nearest block up
/// from the link whose id or class names an ad ([`ad_box_word`]) or whose heading is an ad
/// label ("Sponsored Content", [`ad_label`]), when that block, with all it
/// holds, has at most a line of text outside links and a unit's worth of links. The name is a
/// weak hint; the box's size is what tells an ad unit from a layout wrapper named after the
/// ads beside it.
pub fn ad_boxes(snapshot: &crate::snapshot::PageSnapshot, links: &[crate::snapshot::LinkObservation]) -> Vec<Option<&'static str>> {
    let blocks = &snapshot.blocks;
    if blocks.is_empty() {
        return vec![None; links.len()];
    }
    // Parents come before their children, so one pass down finds each block's nearest named
    // box and one pass up sums what each holds.
    let parent = |i: usize| blocks.get(i).and_then(|b| usize::try_from(b.parent).ok()).filter(|&p| p < i);
    // A box is named by its heading too: WDSU's list of sponsored links is a bare `div` under
    // an `<h2>Sponsored Content</h2>` (blind round 71). Only a label of a few words names a box
    // ("Sponsored Content", "Promoted Stories"): a one-word one ("Advertisement") marks an ad
    // slot beside it, and the block around both can be the story's (The Local's members-only
    // story, its text hidden, holds two "Advertisement" slots and the story's links).
    let mut headed: Vec<Option<&'static str>> = vec![None; blocks.len()];
    for h in &snapshot.headings {
        let Some((label, LabelKind::Ad)) = ad_label(&h.text) else { continue };
        if let Some(slot) = usize::try_from(h.block).ok().and_then(|b| headed.get_mut(b)).filter(|_| label.contains(' ')) {
            *slot = Some(label);
        }
    }
    let mut nearest: Vec<Option<(usize, &'static str)>> = Vec::with_capacity(blocks.len());
    for (i, block) in blocks.iter().enumerate() {
        let by_heading = || headed.get(i).copied().flatten().map(|label| (i, label));
        let own = ad_box_word(&block.hint).map(|w| (i, w)).or_else(by_heading);
        let inherited = parent(i).and_then(|p| nearest.get(p).copied().flatten());
        nearest.push(own.or(inherited));
    }
    let mut text: Vec<u32> = blocks.iter().map(|b| b.text.saturating_add(b.nested)).collect();
    let mut count = vec![0u32; blocks.len()];
    for link in links {
        if let Some(c) = usize::try_from(link.block).ok().and_then(|b| count.get_mut(b)) {
            *c = c.saturating_add(1);
        }
    }
    for i in (0..blocks.len()).rev() {
        if let Some(p) = parent(i) {
            let (t, c) = (text.get(i).copied().unwrap_or(0), count.get(i).copied().unwrap_or(0));
            if let Some(pt) = text.get_mut(p) {
                *pt = pt.saturating_add(t);
            }
            if let Some(pc) = count.get_mut(p) {
                *pc = pc.saturating_add(c);
            }
        }
    }
    links
        .iter()
        .map(|link| {
            let (b, word) = usize::try_from(link.block).ok().and_then(|b| nearest.get(b).copied().flatten())?;
            let small = text.get(b).is_some_and(|&t| t <= AD_BOX_TEXT) && count.get(b).is_some_and(|&c| c <= AD_BOX_LINKS);
            small.then_some(word)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{Block, LinkObservation};

    /// A `div` block under `parent` with its id/class and characters of text.
    fn block(parent: i64, hint: &str, text: u32) -> Block {
        Block { parent, tag: "div".into(), hint: hint.into(), text, ..Block::default() }
    }

    /// A link to a shop of its own in `block`.
    fn link(index: u32, block: i64) -> LinkObservation {
        LinkObservation { index, block, href: format!("https://shop{index}.example/"), ..LinkObservation::default() }
    }

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
    fn ad_boxes_by_whole_words_of_their_names() {
        for (hint, word) in [
            ("sponsored_right", "sponsored"),
            ("TopAd singleAd", "ad"),
            ("ai:noinject inline-ads-box", "ads"),
            ("adContent2 clearfix", "ad"),
            ("madison_ad_15_100", "ad"),
            ("BigAd2", "ad"),
            ("block block-ad iframe-replace", "ad"),
            ("headerTextAd", "ad"),
            ("werbung", "werbung"),
            ("code-block code-block-19", "code-block"),
            ("td-a-rec td-a-rec-id-content_inline td_uid_3_62", "td-a-rec"),
            ("content_btf_wrapper adunitwrapper content_btf_wrapper", "adunitwrapper"),
            ("mediavine", "mediavine"),
            ("sponsorship docutils container", "sponsorship"),
        ] {
            assert_eq!(ad_box_word(hint), Some(word), "{hint}");
        }
        for hint in [
            "header",
            "loaded read-more",
            "jpAdLJ",
            "TuS8Ad",
            "edition-picker Box-sc-1fet97o-0",
            "node node-promoted",
            "no-ads",
            "masthead-wrap sticky-ad-hidden",
            "submenu withAd",
            "news disable-wide-advert",
            "adding address",
            "code-block",
            "highlight code-block-python",
            "",
        ] {
            assert_eq!(ad_box_word(hint), None, "{hint}");
        }
    }

    #[test]
    fn an_ad_box_is_small_a_wrapper_named_so_is_not_one() {
        use crate::snapshot::PageSnapshot;
        let blocks = vec![
            block(-1, "", 0),
            // A story wrapper named after the ads beside it, holding the story.
            block(0, "news advert-wrap", 0),
            block(1, "story-body", 4_000),
            // An ad unit: a label and two sponsored links.
            block(0, "sponsored-links", 16),
            block(3, "item", 40),
            // A box named so that holds a column of 30 links is a page's column, not a unit.
            block(0, "ads-column", 0),
        ];
        let mut links = vec![link(0, 2), link(1, 4), link(2, 3), link(3, 0)];
        links.extend((4..34).map(|i| link(i, 5)));
        let snapshot = PageSnapshot { blocks, links: links.clone(), ..PageSnapshot::default() };
        let boxes = ad_boxes(&snapshot, &links);
        assert_eq!(boxes.get(..4), Some(&[None, Some("sponsored"), Some("sponsored"), None][..]));
        assert!(boxes.get(4..).is_some_and(|rest| rest.iter().all(Option::is_none)), "30 links are no ad unit");
        assert_eq!(ad_boxes(&PageSnapshot::default(), &links).len(), links.len(), "no tree: one answer per link");
    }

    #[test]
    fn a_box_is_named_an_ad_by_its_heading() {
        use crate::snapshot::{Heading, PageSnapshot};
        let blocks = vec![
            block(-1, "", 0),
            // A bare box under "Sponsored Content" with a list of three ads (WDSU's).
            block(0, "tab-links-listbox css-122139y", 17),
            block(1, "css-1qypfz8", 0),
            block(2, "css-1fjtzvx", 0),
            // A story under a heading that only mentions sponsors.
            block(0, "css-story", 900),
            // A long read under "Sponsored Content": a box with a paragraph of copy is no ad unit.
            block(0, "css-feature", 2_000),
            // A story whose text is hidden (members only) beside an "Advertisement" slot.
            block(0, "articleBody", 0),
        ];
        let heading = |text: &str, block: i64| Heading { level: 2, text: text.into(), block };
        let headings = vec![
            heading("Sponsored Content", 1),
            heading("Sponsored research at MIT", 4),
            heading("Sponsored Content", 5),
            heading("Advertisement", 6),
            heading("Sponsored Links", -1),
            heading("Sponsored Links", 99),
        ];
        let links = vec![link(0, 3), link(1, 3), link(2, 2), link(3, 4), link(4, 5), link(5, 0), link(6, 6)];
        let snapshot = PageSnapshot { blocks, headings, links: links.clone(), ..PageSnapshot::default() };
        let boxes = ad_boxes(&snapshot, &links);
        assert_eq!(boxes, vec![Some("sponsored content"), Some("sponsored content"), Some("sponsored content"), None, None, None, None]);
        let unheaded = PageSnapshot { headings: vec![heading("Advertise with us", 1)], ..snapshot };
        assert!(ad_boxes(&unheaded, &links).iter().all(Option::is_none), "an invitation to advertisers names no ad");
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
