//! `spam-likeness` — does the page look like spam, from what is on it? (Ours.)
//!
//! Measures, in the spirit of Moz's published on-page spam signals (not Moz's model or scores):
//! an abused TLD, digits / hyphens / length in the domain name, no HTTPS, no contact information,
//! no favicon, no canonical link, a meta keywords tag, two or more different words of spam
//! campaigns (viagra and cialis, casino and sportsbook: the bad-neighbourhood words) in the title
//! and text, money anchors among outbound links, many outbound links for little text, and thin
//! content.
//! Why: each is more common on sites penalised by search engines than on others; together they
//! separate link farms and PBN pages from real sites. A link from a spammy page helps little and
//! can hurt.
//! Blind spots: every signal alone is weak (plenty of good sites have no favicon or a hyphen);
//! money anchors are English; a page about gambling or pharma (a news story on online casinos and
//! sports betting) reads as spam copy, and spam copy that repeats one word is missed.

use serde::{Deserialize, Serialize};

use super::factors::ProspectInput;
use crate::judgement::Judgement;
use crate::report::{Contribution, LinkKind, Report};
use crate::signals::anchor_text::money_term;
use crate::signals::destination::SUSPICIOUS_TLDS;
use crate::snapshot::PageSnapshot;

/// The spam-likeness of a page: 0 (nothing spammy seen) to 100, and the signals that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpamLikeness {
    pub score: u8,
    pub signals: Vec<Contribution>,
}

fn signal(weight: i32, value: impl Into<String>, reason: &'static str) -> Contribution {
    FACTOR.contribution(weight, value.into(), reason)
}

/// Different words of spam campaigns (`data/neighbourhood-words/words.tsv`) in the title and the
/// first 20,000 characters of the text, at most five. Different words, not repeats: spam copy
/// sells a range ("Viagra, Cialis, Levitra"), while an honest page repeats its one subject (a
/// news story about porn, a literary blog's "essays", a finance story's "loans": the
/// development set's pages that an anchor-word count called spam; EVALUATION.md).
fn poison_words(snapshot: &PageSnapshot) -> Vec<&'static str> {
    let text: String = snapshot.text_sample.chars().take(20_000).collect();
    let words = crate::prospect::openings::words(&format!("{} {text}", snapshot.title));
    super::factors::page_neighbourhood::listed_in(&words).map(|(_, word)| word).take(5).collect()
}

/// Judges the page behind `report` (its site, links) and `snapshot` (its text and tags).
pub fn spam_likeness(snapshot: &PageSnapshot, report: &Report) -> SpamLikeness {
    let mut signals = Vec::new();
    let site = report.page.site.as_str();
    let label = site.split('.').next().unwrap_or("");
    let tld = site.rsplit('.').next().unwrap_or("");
    if SUSPICIOUS_TLDS.contains(&tld) {
        signals.push(signal(15, format!(".{tld}"), "the site's TLD has one of the highest phishing rates"));
    }
    // A page served from an IP address has no domain name to judge (its IP-ness is not a
    // spam signal of the name; local test servers are the common case).
    let named = !crate::domain::is_ip_literal(site);
    let digits = if named { label.bytes().filter(u8::is_ascii_digit).count() } else { 0 };
    let hyphens = label.bytes().filter(|&b| b == b'-').count();
    if digits >= 3 {
        signals.push(signal(8, label.to_string(), "digits in the domain name"));
    }
    if hyphens >= 2 {
        signals.push(signal(8, label.to_string(), "several hyphens in the domain name"));
    }
    if named && label.chars().count() > 20 {
        signals.push(signal(5, label.to_string(), "a very long domain name"));
    }
    if snapshot.url.starts_with("http://") {
        signals.push(signal(8, "http", "the page is not served over HTTPS"));
    }
    if !super::contacts::has_contact_route(snapshot) {
        signals.push(signal(8, "none found", "no contact information: no e-mail, phone or contact page"));
    }
    if !snapshot.tech.favicon {
        signals.push(signal(3, "missing", "no favicon"));
    }
    if snapshot.canonical.is_empty() {
        signals.push(signal(3, "missing", "no canonical link"));
    }
    if !snapshot.meta.keywords.trim().is_empty() {
        signals.push(signal(3, "present", "a meta keywords tag: an old keyword-stuffing habit"));
    }
    let poison = poison_words(snapshot);
    if poison.len() >= 2 {
        signals.push(signal(15, poison.join(", "), "different words of spam campaigns (pharma, gambling, adult, warez) in its text"));
    }
    let money_anchors = report
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::External && money_term(&l.anchor).is_some())
        .count();
    if money_anchors >= 3 {
        signals.push(signal(20, format!("{money_anchors} links"), "several outbound links with money anchors"));
    }
    // Links out of the page's own text: a newsroom's menus and footers link its sister sites by
    // the dozen on every page (NBC News, TMZ, SB Nation: 43 of the 72 development-set pages
    // this counted with menus), which says nothing of what the page itself does.
    let words = snapshot.word_count.max(1);
    // Nor do commenters' name links, each to the commenter's own site (a food blog's 93
    // commenters, blind round 54).
    let external = u32::try_from(report.own_external_links().filter(|l| !l.region.is_chrome()).count()).unwrap_or(u32::MAX);
    if external >= 20 && external.saturating_mul(100) / words >= 5 {
        signals.push(signal(15, format!("{external} links for {words} words"), "many outbound links for little text: a link-farm pattern"));
    }
    if snapshot.word_count < 150 {
        signals.push(signal(5, format!("{} words", snapshot.word_count), "thin content"));
    }
    let score = signals.iter().map(|s| s.weight).sum::<i32>().clamp(0, 100) as u8;
    SpamLikeness { score, signals }
}

/// The prospect factor over [`SpamLikeness`]: `score × per_100 / 100` points (−40 at 100), with
/// the first three signals as the reason.
pub const FACTOR: Judgement = Judgement {
    id: "spam-likeness",
    title: "Spam-likeness",
    description: "On-page signs the site is spam or a link farm (ours, in the spirit of Moz's published signals).",
};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    /// Points at a spam-likeness of 100 (scaled down linearly).
    pub per_100: i32,
}

crate::weights_reader!(Weights { per_100: "per100" });

impl Default for Weights {
    fn default() -> Self {
        Weights { per_100: -40 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    let spam = input.spam;
    if spam.score == 0 {
        return;
    }
    let weight = i32::try_from(i64::from(spam.score) * i64::from(w.per_100) / 100).unwrap_or(0);
    let what: Vec<&str> = spam.signals.iter().map(|s| s.reason.as_ref()).take(3).collect();
    // The words follow the score: "looks spammy" for a missing favicon on a newsroom's page is a
    // claim a link builder would laugh at. "Looks spammy" from the score that lets a low verdict
    // be Avoid.
    let lead = if spam.score >= super::suitability::SPAM_AVOID {
        "looks spammy"
    } else if spam.score >= 15 {
        "some spam signs"
    } else {
        "minor spam signs, common on good sites too"
    };
    out.push(FACTOR.contribution(weight, format!("{}/100", spam.score), format!("{lead} ({}/100): {}", spam.score, what.join("; "))));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{LinkObservation, PageTech, Region};
    use crate::{analyze, Profile};

    fn judge(snapshot: &PageSnapshot) -> SpamLikeness {
        spam_likeness(snapshot, &analyze(snapshot, &Profile::default()))
    }

    #[test]
    fn a_clean_page_is_not_spammy() {
        let p = PageSnapshot {
            url: "https://www.bakery-blog.com/sourdough".into(),
            canonical: "https://www.bakery-blog.com/sourdough".into(),
            tech: PageTech { favicon: true, ..Default::default() },
            contact_links: vec!["https://www.bakery-blog.com/contact".into()],
            word_count: 1200,
            text_sample: "Sourdough needs patience, flour and water.".into(),
            ..Default::default()
        };
        let s = judge(&p);
        assert_eq!(s.score, 0, "{:?}", s.signals);
        let on_ip = PageSnapshot { url: "https://203.0.113.7/sourdough".into(), ..p };
        assert!(judge(&on_ip).signals.iter().all(|c| !c.reason.contains("domain name")), "an IP has no name to judge");
    }

    /// The factor's words follow the score: a missing favicon is no reason to call a page spammy.
    fn reason(p: &PageSnapshot) -> String {
        let profile = Profile { keywords: vec!["sourdough".into()], ..Default::default() };
        let prospect = crate::prospect::suitability::prospect(p, &analyze(p, &profile), &profile, 20_000);
        prospect.contributions.iter().find(|c| c.signal == "spam-likeness").map(|c| c.reason.to_string()).unwrap_or_default()
    }

    #[test]
    fn the_reason_says_how_spammy() {
        let clean = PageSnapshot {
            url: "https://www.bakery-blog.com/sourdough".into(),
            canonical: "https://www.bakery-blog.com/sourdough".into(),
            contact_links: vec!["https://www.bakery-blog.com/contact".into()],
            word_count: 1200,
            ..Default::default()
        };
        assert_eq!(reason(&clean), "minor spam signs, common on good sites too (3/100): no favicon");
        let old = PageSnapshot { url: "http://www.bakery-blog.com/sourdough".into(), contact_links: Vec::new(), ..clean.clone() };
        assert_eq!(
            reason(&old),
            "some spam signs (19/100): the page is not served over HTTPS; no contact information: no e-mail, phone or contact page; no favicon"
        );
        let farm = PageSnapshot { url: "http://best-casino-bonus-2024.top/".into(), word_count: 100, ..old };
        assert!(reason(&farm).starts_with("looks spammy ("), "{}", reason(&farm));
    }

    #[test]
    fn spam_copy_sells_a_range_while_an_honest_page_repeats_its_subject() {
        let page = |title: &str, text: &str| PageSnapshot {
            url: "https://www.example-magazine.com/story".into(),
            title: title.into(),
            text_sample: text.into(),
            word_count: 1200,
            ..Default::default()
        };
        let poison = |p: &PageSnapshot| judge(p).signals.into_iter().find(|c| c.reason.contains("spam campaigns")).map(|c| c.value.to_string());
        // One subject, however often: a story about porn, a literary blog's essays, loans and
        // betting in finance news (words an anchor-word count called spam).
        assert_eq!(poison(&page("Porn in the dorm", &"The porn debate on campus. ".repeat(20))), None);
        assert_eq!(poison(&page("Neruda on time", "Her essays, and his essay on essays; an essay a week.")), None);
        assert_eq!(poison(&page("Student loans", "Loans, payday loans, betting on rates and gambling on stocks.")), None);
        // A range of them, in any case and order, as injected copy sells them.
        let injected = page("Stalagmites hold the climate record", "Caves grow slowly. Real VIAGRA, Cialis Levitra deal, secure and discreet.");
        assert_eq!(poison(&injected).as_deref(), Some("viagra, cialis, levitra"));
        assert_eq!(poison(&page("新闻", "体育投注 必威 官网")).as_deref(), Some("体育投注, 必威"));
    }

    #[test]
    fn a_link_farm_is_read_from_the_text_not_from_the_menus() {
        let page = |region: Region| PageSnapshot {
            url: "https://www.example-news.com/story".into(),
            word_count: 500,
            links: (0..40)
                .map(|i| LinkObservation { index: i, href: format!("https://sister{i}.example/"), text: format!("Sister site {i}"), region, ..Default::default() })
                .collect(),
            ..Default::default()
        };
        let farm = |p: &PageSnapshot| judge(p).signals.iter().any(|c| c.reason.contains("link-farm"));
        assert!(!farm(&page(Region::Footer)), "a newsroom's footer of sister sites");
        assert!(!farm(&page(Region::Nav)), "a newsroom's menu of sister sites");
        assert!(farm(&page(Region::Main)), "forty links out of 500 words of text");
        assert!(farm(&page(Region::Body)), "and outside any landmark");
    }

    #[test]
    fn a_casino_link_farm_is() {
        let links = (0..40)
            .map(|i| {
                let href = format!("https://casino{i}.example/");
                LinkObservation { index: i, href, text: "best online casino".into(), ..Default::default() }
            })
            .collect();
        let p = PageSnapshot {
            url: "http://best-casino-bonus-2024.top/".into(),
            title: "Casino casino casino bonus".into(),
            meta: crate::snapshot::MetaTags { keywords: "casino, slots".into(), ..Default::default() },
            word_count: 300,
            links,
            ..Default::default()
        };
        let s = judge(&p);
        assert!(s.score >= 80, "{} {:?}", s.score, s.signals);
        assert!(s.signals.iter().all(|c| c.signal == "spam-likeness"));
    }
}
