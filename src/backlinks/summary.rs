//! Everything the Backlinks page and `backlink-bot backlinks` show for one set of exports: the
//! totals, every referring domain audited, the anchor mix, growth, and the link gap. One function,
//! so the CLI and the extension cannot drift.

use hashbrown::HashMap;
use serde::Serialize;

use super::anchors::{AnchorClass, Classifier};
use super::audit::{audit, DomainAudit, Risk};
use super::gap::{link_gap, GapDomain};
use super::growth::{growth, Growth};
use super::import::SiteRow;
use super::{merge, Backlink};
use crate::intel::DomainIntel;
use crate::Profile;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub links: u32,
    pub live_links: u32,
    pub referring_domains: u32,
    /// Followed live links ÷ live links (`None` without live links).
    pub followed_share: Option<f64>,
    /// Referring domains per authority tier (with domain data).
    pub by_tier: Vec<(String, u32)>,
    /// Referring domains per category (with domain data).
    pub by_category: Vec<(String, u32)>,
    pub by_risk: Vec<(Risk, u32)>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnchorShare {
    pub class: AnchorClass,
    pub links: u32,
    pub share: f64,
    /// Practitioners' usual range for a natural profile, percent: a heuristic.
    pub usual_range: (u8, u8),
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub totals: Totals,
    pub domains: Vec<DomainAudit>,
    pub anchor_mix: Vec<AnchorShare>,
    pub anchor_mix_note: &'static str,
    pub growth: Growth,
    pub link_gap: Vec<GapDomain>,
}

pub const ANCHOR_MIX_NOTE: &str = "Usual ranges are link builders' rules of thumb for a natural profile, not figures Google publishes.";

/// `mine`: my links (any number of exports, merged) and GSC top sites; `competitors`: each
/// competitor's domain and links.
pub fn summarise(mine: Vec<Backlink>, sites: &[SiteRow], competitors: &[(String, Vec<Backlink>)], profile: &Profile, intel: Option<&DomainIntel>) -> Summary {
    let mine = merge(mine);
    let domains = audit(&mine, sites, profile, intel);
    let live: Vec<&Backlink> = mine.iter().filter(|l| l.lost.is_none()).collect();
    let followed = live.iter().filter(|l| l.followed()).count();
    let mut by_tier: HashMap<String, u32> = HashMap::new();
    let mut by_category: HashMap<String, u32> = HashMap::new();
    let mut by_risk: HashMap<Risk, u32> = HashMap::new();
    for d in &domains {
        if let Some(tier) = d.tier {
            *by_tier.entry(tier.id().to_string()).or_default() += 1;
        }
        for c in &d.categories {
            *by_category.entry((*c).to_string()).or_default() += 1;
        }
        *by_risk.entry(d.risk).or_default() += 1;
    }
    let sorted = |m: HashMap<String, u32>| {
        let mut v: Vec<(String, u32)> = m.into_iter().collect();
        v.sort();
        v
    };
    let classifier = Classifier::new(profile);
    // Only links whose export names the anchor (GSC's do not).
    let mut classes: HashMap<AnchorClass, u32> = HashMap::new();
    let mut known = 0u32;
    for anchor in live.iter().filter_map(|l| l.anchor.as_deref()) {
        *classes.entry(classifier.classify(anchor)).or_default() += 1;
        known += 1;
    }
    let anchor_mix = AnchorClass::ALL
        .iter()
        .map(|&class| {
            let links = classes.get(&class).copied().unwrap_or(0);
            AnchorShare { class, links, share: if known == 0 { 0.0 } else { f64::from(links) / f64::from(known) }, usual_range: class.usual_range() }
        })
        .collect();
    let totals = Totals {
        links: mine.len() as u32,
        live_links: live.len() as u32,
        referring_domains: domains.len() as u32,
        followed_share: (!live.is_empty()).then(|| followed as f64 / live.len() as f64),
        by_tier: sorted(by_tier),
        by_category: sorted(by_category),
        by_risk: [Risk::Clean, Risk::Review, Risk::LikelyToxic].into_iter().map(|r| (r, by_risk.get(&r).copied().unwrap_or(0))).collect(),
    };
    let growth = growth(&domains);
    let competitors: Vec<(String, Vec<Backlink>)> = competitors.iter().map(|(d, links)| (d.clone(), merge(links.iter().cloned()))).collect();
    let link_gap = link_gap(&mine, &competitors, intel, false);
    Summary { totals, domains, anchor_mix, anchor_mix_note: ANCHOR_MIX_NOTE, growth, link_gap }
}
