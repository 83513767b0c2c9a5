//! `suitability` — the prospect verdict: is this page worth a backlink for my site, and how do I
//! get it? Sums named contributions like link scores do, so every point is explained.
//!
//! Combines the prospect factors (`prospect/factors/`): relevance to the profile, the opportunity
//! types, the page's link behaviour, its site's authority tier, spam-likeness, freshness,
//! language and contactability.
//! Blind spots: the weights are ours, set by judgement and checked only against our fixtures;
//! without a profile, relevance, unlinked mentions and link intersect are not judged (the
//! result says so) and the score leans on link behaviour and trust.

use serde::{Deserialize, Serialize};

use super::contacts::{contacts, Contacts};
use super::factors::{score_prospect, ProspectInput};
use super::freshness::{freshness, Freshness};
use super::openings::{openings, Opening, OpeningKind};
use super::relevance::{relevance, Relevance};
use super::spam::spam_likeness;
use crate::profile::Profile;
use super::factors::PROSPECT_FACTORS;
use crate::report::{Contribution, Report, SignalInfo};
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
    /// The kinds of opening the page offers, with their evidence ("opportunity types" to users).
    #[serde(rename = "opportunities")]
    pub openings: Vec<Opening>,
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
    /// Catalog of the factors that can appear in `contributions`, so views never copy titles.
    pub factors: Vec<SignalInfo>,
}

/// Judges the page behind `report` for `profile`. `now_days` is today as days since 1970-01-01.
/// Measures the shared facts once, then sums the factors of [`PROSPECT_FACTORS`].
pub fn prospect(snapshot: &PageSnapshot, report: &Report, profile: &Profile, now_days: i64) -> Prospect {
    let relevance = relevance(snapshot, profile);
    let found = openings(snapshot, report, profile);
    let contacts = contacts(snapshot);
    let fresh = freshness(&snapshot.dates, now_days);
    let spam = spam_likeness(snapshot, report);
    let input = ProspectInput {
        snapshot,
        report,
        profile,
        relevance: &relevance,
        openings: &found,
        contacts: &contacts,
        freshness: &fresh,
        spam: &spam,
    };
    let (score, contributions) = score_prospect(&input, &profile.prospect_weights);
    let not_judged = not_judged(&relevance, profile);
    let angle = angle(&found, &relevance, score);
    Prospect {
        score,
        verdict: Verdict::of(score),
        openings: found,
        angle,
        contacts,
        relevance,
        freshness: fresh,
        spam_score: spam.score,
        not_judged,
        contributions,
        factors: PROSPECT_FACTORS.iter().map(|f| f.judgement.info()).collect(),
    }
}

/// What the page cannot be judged on with this profile.
fn not_judged(relevance: &Relevance, profile: &Profile) -> Vec<String> {
    let mut out = Vec::new();
    if !relevance.checked {
        out.push("relevance".to_string());
    }
    if profile.my_domains.is_empty() || profile.brands.is_empty() {
        out.push("unlinked mentions".to_string());
    }
    if profile.my_domains.is_empty() || profile.competitors.is_empty() {
        out.push("link intersect".to_string());
    }
    out
}

/// The one-line pitch for the most valuable opportunity.
fn angle(found: &[Opening], relevance: &Relevance, score: u8) -> String {
    let on_topic = relevance.checked && relevance.score >= 0.3;
    let topic = if on_topic { " on your topic" } else { "" };
    let best = [
        OpeningKind::UnlinkedMention,
        OpeningKind::LinkIntersect,
        OpeningKind::ResourcePage,
        OpeningKind::GuestPost,
        OpeningKind::Roundup,
        OpeningKind::Sponsored,
        OpeningKind::Directory,
        OpeningKind::Ugc,
    ]
    .into_iter()
    .find_map(|kind| found.iter().find(|o| o.kind == kind));
    match best.map(|o| (o.kind, o.evidence.as_str())) {
        Some((OpeningKind::UnlinkedMention, evidence)) => format!("Unlinked mention: it {evidence} — ask them to add the link"),
        Some((OpeningKind::LinkIntersect, evidence)) => format!("Link intersect: it {evidence} — offer your page as a better or newer resource"),
        Some((OpeningKind::ResourcePage, _)) => format!("Resource page{topic} — pitch your best guide for its list"),
        Some((OpeningKind::GuestPost, _)) => format!("Accepts guest posts{topic} — pitch an article idea"),
        Some((OpeningKind::Roundup, _)) => format!("Roundup{topic} — ask to be included in the next edition"),
        Some((OpeningKind::Sponsored, _)) => "Paid placement — expect to pay, and the link should be rel=sponsored".to_string(),
        Some((OpeningKind::Directory, _)) => "Directory — submit only if it is curated and on your topic".to_string(),
        Some((OpeningKind::Ugc, _)) => "User-generated page — a link here carries little value".to_string(),
        None if score >= 55 && on_topic => "Relevant page with no obvious opening — look for a broken link or a gap your content fills".to_string(),
        None => "No clear link opportunity on this page".to_string(),
    }
}
