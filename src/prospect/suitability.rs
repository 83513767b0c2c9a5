//! `suitability` — the prospect verdict: is this page worth a backlink for my site, and how do I
//! get it? Sums named contributions like link scores do, so every point is explained.
//!
//! Combines relevance to the profile, the opportunity types, the page's link behaviour
//! (followed share, outbound volume, bad neighbourhoods, sitewide footer blocks), its site's
//! authority tier, spam-likeness, freshness, language and contactability.
//! Blind spots: the weights are ours, set by judgement and checked only against our fixtures;
//! without a profile, relevance, unlinked mentions and link intersect are not judged (the
//! result says so) and the score leans on link behaviour and trust.

use serde::{Deserialize, Serialize};

use super::contacts::{contacts, Contacts};
use super::freshness::{freshness, Freshness};
use super::opportunities::{opportunities, Opportunity, OpportunityKind};
use super::relevance::{relevance, Relevance};
use super::spam::spam_likeness;
use crate::intel::Tier;
use crate::profile::Profile;
use crate::report::{Contribution, Report};
use crate::signals::primary_lang;
use crate::snapshot::PageSnapshot;

/// The verdict bands of the prospect score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Strong,
    WorthPursuing,
    Weak,
    Avoid,
}

impl Verdict {
    /// Best first.
    pub const ALL: [Verdict; 4] = [Verdict::Strong, Verdict::WorthPursuing, Verdict::Weak, Verdict::Avoid];

    /// Stable kebab-case id (the serde name).
    pub const fn id(self) -> &'static str {
        match self {
            Verdict::Strong => "strong",
            Verdict::WorthPursuing => "worth-pursuing",
            Verdict::Weak => "weak",
            Verdict::Avoid => "avoid",
        }
    }

    pub fn of(score: u8) -> Verdict {
        match score {
            75..=100 => Verdict::Strong,
            55..=74 => Verdict::WorthPursuing,
            35..=54 => Verdict::Weak,
            _ => Verdict::Avoid,
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Verdict::Strong => "Strong",
            Verdict::WorthPursuing => "Worth pursuing",
            Verdict::Weak => "Weak",
            Verdict::Avoid => "Avoid",
        }
    }
}

/// Prospect suitability of one page for the user's site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Prospect {
    /// 0–100: the contributions' sum, clamped.
    pub score: u8,
    pub verdict: Verdict,
    pub opportunities: Vec<Opportunity>,
    /// One line: how to pitch this page.
    pub angle: String,
    pub contacts: Contacts,
    pub relevance: Relevance,
    pub freshness: Freshness,
    pub spam_score: u8,
    /// What the page cannot be judged on without a fuller profile ("relevance", "unlinked
    /// mentions", "link intersect").
    pub not_judged: Vec<String>,
    /// Every contribution, in evaluation order.
    pub contributions: Vec<Contribution>,
}

fn c(signal: &'static str, weight: i32, value: impl Into<String>, reason: impl Into<String>) -> Contribution {
    Contribution { signal: signal.into(), weight, value: value.into().into(), reason: reason.into().into() }
}

/// `0.4567` → `"0.46"` with integer formatting only: Rust's float formatting costs the popup's
/// Wasm about 10 KB gz, and this is its only use there.
fn two_decimals(x: f64) -> String {
    let hundredths = (x.abs() * 100.0).round() as u64;
    let sign = if x < 0.0 && hundredths > 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", hundredths / 100, hundredths % 100)
}

/// Judges the page behind `report` for `profile`. `now_days` is today as days since 1970-01-01.
#[allow(clippy::too_many_lines)] // issue 10: to be split below 80 lines
pub fn prospect(snapshot: &PageSnapshot, report: &Report, profile: &Profile, now_days: i64) -> Prospect {
    let mut out = vec![c("base", 50, "page", "starting point for a page")];

    let relevance = relevance(snapshot, profile);
    if relevance.checked {
        let weight = (relevance.score * 35.0).round() as i32 - 10;
        let reason = if relevance.matched.is_empty() {
            "none of your keywords or topic appear on the page".to_string()
        } else {
            format!("matches your keywords: {}", relevance.matched.join(", "))
        };
        out.push(c("relevance", weight, two_decimals(f64::from(relevance.score)), reason));
    }

    let found = opportunities(snapshot, report, profile);
    for o in &found {
        let weight = match o.kind {
            OpportunityKind::ResourcePage => 12,
            OpportunityKind::GuestPost => 8,
            OpportunityKind::Roundup => 6,
            OpportunityKind::UnlinkedMention => 15,
            OpportunityKind::LinkIntersect => 10,
            // Listed, not chosen: a directory link is rarely an editorial vote, even on topic.
            OpportunityKind::Directory => -18,
            OpportunityKind::Ugc => -15,
            OpportunityKind::Sponsored => -10,
        };
        out.push(c("opportunity", weight, o.kind.label(), o.evidence.clone()));
    }

    // Link behaviour.
    let s = &report.summary;
    if s.external >= 5 {
        let share = s.followed * 100 / s.external;
        if share >= 60 {
            out.push(c("link-behaviour", 5, format!("{share}% followed"), "gives followed links: most of its external links pass credit"));
        } else if share < 20 {
            out.push(c("link-behaviour", -10, format!("{share}% followed"), "nofollows almost every external link"));
        }
    }
    if report.page.robots_nofollow {
        out.push(c("link-behaviour", -15, "robots nofollow", "the page's robots meta says nofollow: a link here passes no credit"));
    }
    if s.external > 300 {
        out.push(c("link-behaviour", -20, format!("{} external links", s.external), "hundreds of outbound links: a link-farm pattern"));
    } else if s.external > 100 {
        out.push(c("link-behaviour", -8, format!("{} external links", s.external), "many outbound links share the page's credit"));
    }
    let bad: u32 = s.categories.iter().filter(|c| c.category != crate::intel::Category::Shortener && c.category != crate::intel::Category::Hosting).map(|c| c.links).sum();
    if bad > 0 {
        let weight = if bad >= 3 { -25 } else { -12 };
        out.push(c("link-behaviour", weight, format!("{bad} links"), "links into bad neighbourhoods (gambling, adult, phishing, spam)"));
    }
    // The same block the link signal `page-context` flags, with the same threshold.
    let footer_external = s.footer_external;
    if footer_external >= profile.weights.page_context.footer_block {
        out.push(c("link-behaviour", -8, format!("{footer_external} footer links"), "a block of outbound footer links: the sitewide pattern of sold links"));
    }

    // Trust.
    if let Some(authority) = report.page.authority {
        let weight = match authority.tier {
            Tier::Top1k => 12,
            Tier::Top10k => 8,
            Tier::Top100k => 4,
            Tier::Unranked => 0,
        };
        out.push(c("authority", weight, authority.tier.label(), "the authority tier of the page's site"));
    }
    let spam = spam_likeness(snapshot, report);
    if spam.score > 0 {
        let weight = -((i32::from(spam.score) * 2) / 5);
        let what: Vec<&str> = spam.signals.iter().map(|s| s.reason.as_ref()).take(3).collect();
        out.push(c("spam-likeness", weight, format!("{}/100", spam.score), format!("spam-like signals (ours): {}", what.join("; "))));
    }

    // Freshness and language.
    let fresh = freshness(&snapshot.dates, now_days);
    match fresh.age_days {
        Some(days) if days <= 365 => out.push(c("freshness", 5, format!("{days} days old"), "published or updated in the last year")),
        Some(days) if days > 3 * 365 => out.push(c("freshness", -5, format!("{days} days old"), "not updated for more than three years")),
        _ => {}
    }
    let lang = primary_lang(&snapshot.lang).to_ascii_lowercase();
    if !profile.languages.is_empty() && !lang.is_empty() && !profile.languages.contains(&lang) {
        out.push(c("language", -15, lang.clone(), format!("the page is in {lang}; you publish in {}", profile.languages.join(", "))));
    }

    // Contactability.
    let contacts = contacts(snapshot);
    if contacts.emails.is_empty() && contacts.contact_pages.is_empty() {
        out.push(c("contacts", -3, "none found", "no e-mail address or contact page found on the page"));
    } else {
        out.push(c("contacts", 3, format!("{} e-mails, {} contact pages", contacts.emails.len(), contacts.contact_pages.len()), "someone to write to"));
    }

    let score = out.iter().map(|c| c.weight).sum::<i32>().clamp(0, 100) as u8;
    let mut not_judged = Vec::new();
    if !relevance.checked {
        not_judged.push("relevance".to_string());
    }
    if profile.my_domains.is_empty() || profile.brands.is_empty() {
        not_judged.push("unlinked mentions".to_string());
    }
    if profile.my_domains.is_empty() || profile.competitors.is_empty() {
        not_judged.push("link intersect".to_string());
    }
    let angle = angle(&found, &relevance, score);
    Prospect {
        score,
        verdict: Verdict::of(score),
        opportunities: found,
        angle,
        contacts,
        relevance,
        freshness: fresh,
        spam_score: spam.score,
        not_judged,
        contributions: out,
    }
}

/// The one-line pitch for the most valuable opportunity.
fn angle(found: &[Opportunity], relevance: &Relevance, score: u8) -> String {
    let on_topic = relevance.checked && relevance.score >= 0.3;
    let topic = if on_topic { " on your topic" } else { "" };
    let best = [
        OpportunityKind::UnlinkedMention,
        OpportunityKind::LinkIntersect,
        OpportunityKind::ResourcePage,
        OpportunityKind::GuestPost,
        OpportunityKind::Roundup,
        OpportunityKind::Sponsored,
        OpportunityKind::Directory,
        OpportunityKind::Ugc,
    ]
    .into_iter()
    .find_map(|kind| found.iter().find(|o| o.kind == kind));
    match best.map(|o| (o.kind, o.evidence.as_str())) {
        Some((OpportunityKind::UnlinkedMention, evidence)) => format!("Unlinked mention: it {evidence} — ask them to add the link"),
        Some((OpportunityKind::LinkIntersect, evidence)) => format!("Link intersect: it {evidence} — offer your page as a better or newer resource"),
        Some((OpportunityKind::ResourcePage, _)) => format!("Resource page{topic} — pitch your best guide for its list"),
        Some((OpportunityKind::GuestPost, _)) => format!("Accepts guest posts{topic} — pitch an article idea"),
        Some((OpportunityKind::Roundup, _)) => format!("Roundup{topic} — ask to be included in the next edition"),
        Some((OpportunityKind::Sponsored, _)) => "Paid placement — expect to pay, and the link should be rel=sponsored".to_string(),
        Some((OpportunityKind::Directory, _)) => "Directory — submit only if it is curated and on your topic".to_string(),
        Some((OpportunityKind::Ugc, _)) => "User-generated page — a link here carries little value".to_string(),
        None if score >= 55 && on_topic => "Relevant page with no obvious opening — look for a broken link or a gap your content fills".to_string(),
        None => "No clear link opportunity on this page".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::two_decimals;

    #[test]
    fn two_decimals_matches_float_formatting() {
        for x in [0.0, 0.004, 0.0051, 0.4567, 1.0, 0.999, 12.345_1, -0.5, -0.001] {
            assert_eq!(two_decimals(x), format!("{x:.2}").replace("-0.00", "0.00"), "{x}");
        }
    }
}
