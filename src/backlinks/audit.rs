//! The audit of a backlink profile, per referring domain: how risky its links are, as the sum of
//! named contributions (points of risk, each with what was seen and why), into *Clean*, *Review*
//! or *Likely toxic*.
//!
//! Measures: the domain (or host) in a bad-neighbourhood list (gambling, adult, phishing/malware,
//! link spam: `data/domains/`), an abused TLD (Interisle, as the `destination` signal), spam words
//! in the name (`data/neighbourhood-words/`), machine-made names (many digits or hyphens), an IP
//! address for a host, a free-hosting subdomain (judged on its own, not as the platform), a
//! sitewide pattern (many linking pages), only commercial exact-match anchors, and authority
//! (a top-100k site lowers the risk).
//! Why: these are the patterns of link schemes and hacked or spam sites that Google's spam
//! policies describe. But Google ignores most spammy links on its own: the default is keep, and a
//! disavow file is for links you placed or paid for, or a manual action. The audit only proposes.
//! Blind spots: no crawl of the linking page (its content, its outbound link count); a new,
//! harmless site on an abused TLD is flagged for review.

use hashbrown::HashMap;
use serde::Serialize;

use super::anchors::{AnchorClass, Classifier};
use super::import::SiteRow;
use super::{referring_domain_of_host, source_host, Backlink};
use crate::intel::{Category, DomainIntel, Tier};
use crate::report::Contribution;
use crate::Profile;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Risk {
    Clean,
    Review,
    LikelyToxic,
}

/// Risk points at and above which a domain is to review / likely toxic.
pub const REVIEW_AT: i32 = 25;
pub const TOXIC_AT: i32 = 60;
/// Linking pages from one domain from which its links look sitewide (a footer, a blogroll).
pub const SITEWIDE_PAGES: u32 = 50;

/// One referring domain, audited.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainAudit {
    pub domain: String,
    pub links: u32,
    /// Distinct linking pages (GSC's count when only its top-sites export was given).
    pub linking_pages: u32,
    pub followed: u32,
    /// Links still live (not lost).
    pub live: u32,
    pub tier: Option<Tier>,
    /// Bad-neighbourhood and platform categories, as ids.
    pub categories: Vec<&'static str>,
    /// Anchors used, most frequent first (at most 5), with their class.
    pub anchors: Vec<AnchorUse>,
    pub first_seen: Option<i64>,
    /// When the domain's last link was lost (all lost), else `None`.
    pub lost: Option<i64>,
    pub risk: Risk,
    /// The sum of the reasons' points (0 and up).
    pub points: i32,
    pub reasons: Vec<Contribution>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnchorUse {
    pub anchor: String,
    pub class: AnchorClass,
    pub links: u32,
}

/// Words in a domain name that mark a spam or adult site (a short list of our own, kept small to
/// keep false positives low; the lists in `data/domains/` do the heavy lifting).
const SPAM_NAME_WORDS: &[&str] = &["casino", "poker", "betting", "viagra", "cialis", "porn", "xxx", "escort", "payday", "loans", "backlink", "seolinks", "linkfarm", "freelinks", "replica"];

/// Audits every referring domain of `links` (and of GSC's top sites, for domains with no listed
/// link). Sorted by risk, highest first, then by domain.
pub fn audit(links: &[Backlink], sites: &[SiteRow], profile: &Profile, intel: Option<&DomainIntel>) -> Vec<DomainAudit> {
    let classifier = Classifier::new(profile);
    // Each referring domain's links and the hosts they come from (each URL parsed once).
    let mut by_domain: HashMap<String, (Vec<&Backlink>, Vec<String>)> = HashMap::new();
    for link in links {
        let Some(host) = source_host(&link.source_url) else { continue };
        if let Some(domain) = referring_domain_of_host(&host, intel) {
            let (links, hosts) = by_domain.entry(domain).or_default();
            links.push(link);
            hosts.push(host);
        }
    }
    let mut gsc_pages: HashMap<String, u32> = HashMap::new();
    for site in sites {
        if let Some(domain) = referring_domain_of_host(&site.site, intel) {
            *gsc_pages.entry(domain).or_default() += site.linking_pages;
        }
    }
    for domain in gsc_pages.keys() {
        by_domain.entry(domain.clone()).or_default();
    }
    let mut out: Vec<DomainAudit> = by_domain.into_iter().map(|(domain, (links, hosts))| audit_domain(domain, &links, hosts, &classifier, intel)).collect();
    for a in &mut out {
        if let Some(&pages) = gsc_pages.get(&a.domain) {
            with_gsc_pages(a, pages);
        }
    }
    out.sort_by(|a, b| b.points.cmp(&a.points).then_with(|| a.domain.cmp(&b.domain)));
    out
}

/// GSC's count of linking pages, when larger than the pages listed: the sitewide reason may apply.
fn with_gsc_pages(a: &mut DomainAudit, pages: u32) {
    if pages > a.linking_pages {
        a.linking_pages = pages;
        a.links = a.links.max(pages);
        if pages >= SITEWIDE_PAGES && !a.reasons.iter().any(|r| r.signal == "sitewide") {
            a.reasons.push(reason("sitewide", 15, pages.to_string(), format!("{pages} pages of this site link to you: a footer, sidebar or blogroll link, rarely an editorial one")));
        }
        settle(a);
    }
}

fn reason(signal: &'static str, weight: i32, value: String, why: String) -> Contribution {
    Contribution { signal: signal.into(), weight, value: value.into(), reason: why.into() }
}

fn settle(a: &mut DomainAudit) {
    a.points = a.reasons.iter().map(|r| r.weight).sum::<i32>().max(0);
    a.risk = if a.points >= TOXIC_AT {
        Risk::LikelyToxic
    } else if a.points >= REVIEW_AT {
        Risk::Review
    } else {
        Risk::Clean
    };
}

fn audit_domain(domain: String, links: &[&Backlink], mut hosts: Vec<String>, classifier: &Classifier, intel: Option<&DomainIntel>) -> DomainAudit {
    let mut pages: Vec<&str> = links.iter().map(|l| l.source_url.as_str()).collect();
    pages.sort_unstable();
    pages.dedup();
    let followed = links.iter().filter(|l| l.followed()).count() as u32;
    let live: Vec<&&Backlink> = links.iter().filter(|l| l.lost.is_none()).collect();
    let mut anchor_counts: HashMap<&str, u32> = HashMap::new();
    for anchor in links.iter().filter_map(|l| l.anchor.as_deref()) {
        *anchor_counts.entry(anchor.trim()).or_default() += 1;
    }
    let mut anchors: Vec<AnchorUse> = anchor_counts.into_iter().map(|(a, n)| AnchorUse { anchor: a.to_string(), class: classifier.classify(a), links: n }).collect();
    anchors.sort_by(|a, b| b.links.cmp(&a.links).then_with(|| a.anchor.cmp(&b.anchor)));

    let host_labels = domain.as_str();
    let authority = intel.map(|i| i.authority(&domain));
    // Each linking host as well as the domain: a listed subdomain (`casino.example.org`) is the
    // site that links, whatever its parent is.
    hosts.sort_unstable();
    hosts.dedup();
    let categories = intel.map(|i| hosts.iter().fold(i.categories(&domain, &domain), |all, host| all | i.categories(host, &domain))).unwrap_or_default();
    let mut reasons = Vec::new();
    for c in categories.iter().filter(|c| c.is_bad()) {
        reasons.push(reason("neighbourhood", 60, c.id().to_string(), format!("listed as {}", c.label())));
    }
    if categories.contains(Category::Hosting.set()) || crate::domain::private_suffix(&domain).is_some() {
        reasons.push(reason("platform", 5, domain.clone(), "a free-hosting or blog-platform subdomain: judged as its own site, not as the platform".into()));
    }
    if crate::domain::is_ip_literal(&domain) {
        reasons.push(reason("ip-host", 30, domain.clone(), "the linking site has no name, only an IP address".into()));
    }
    let tld = domain.rsplit('.').next().unwrap_or("");
    if crate::signals::destination::SUSPICIOUS_TLDS.contains(&tld) {
        reasons.push(reason("suspicious-tld", 20, format!(".{tld}"), "a TLD among the most abused for spam and phishing (Interisle 2024–2025)".into()));
    }
    // The first label as people read it (`xn--ptisserie-b2a` is `pâtisserie`).
    let first = host_labels.split('.').next().unwrap_or("");
    let decoded = if first.starts_with("xn--") { crate::idna_lite::host_to_unicode(first) } else { first.to_string() };
    let name = decoded.as_str();
    if let Some(word) = SPAM_NAME_WORDS.iter().find(|w| host_labels.contains(*w)) {
        reasons.push(reason("spam-name", 25, (*word).to_string(), format!("\"{word}\" in the site's name")));
    }
    let digits = name.chars().filter(char::is_ascii_digit).count();
    let hyphens = name.matches('-').count();
    if digits >= 4 || hyphens >= 3 {
        reasons.push(reason("machine-name", 10, name.to_string(), "a machine-made name (many digits or hyphens), common in spam networks".into()));
    }
    if pages.len() as u32 >= SITEWIDE_PAGES {
        reasons.push(reason("sitewide", 15, pages.len().to_string(), format!("{} pages of this site link to you: a footer, sidebar or blogroll link, rarely an editorial one", pages.len())));
    }
    let known: Vec<&str> = links.iter().filter_map(|l| l.anchor.as_deref()).collect();
    let exact = known.iter().filter(|a| classifier.classify(a) == AnchorClass::ExactMatch).count();
    if known.len() >= 2 && exact * 10 >= known.len() * 8 {
        reasons.push(reason("exact-anchors", 15, format!("{exact} of {}", known.len()), "almost every anchor is an exact-match keyword: the mark of placed links".into()));
    }
    match authority.map(|a| a.tier) {
        Some(Tier::Top1k | Tier::Top10k) => reasons.push(reason("authority", -40, authority.map(|a| a.tier.label()).unwrap_or("").to_string(), "an established, widely linked site".into())),
        Some(Tier::Top100k) => reasons.push(reason("authority", -20, Tier::Top100k.label().to_string(), "a site in the top 100k".into())),
        _ => {}
    }
    let lost = (!links.is_empty() && live.is_empty()).then(|| links.iter().filter_map(|l| l.lost).max().unwrap_or(0));
    let mut a = DomainAudit {
        domain,
        links: links.len() as u32,
        linking_pages: pages.len() as u32,
        followed,
        live: live.len() as u32,
        tier: authority.map(|a| a.tier),
        categories: categories.iter().map(Category::id).collect(),
        anchors: anchors.into_iter().take(5).collect(),
        first_seen: links.iter().filter_map(|l| l.first_seen).min(),
        lost,
        risk: Risk::Clean,
        points: 0,
        reasons,
    };
    settle(&mut a);
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(source: &str, anchor: &str) -> Backlink {
        Backlink { source_url: source.into(), target_url: "https://crumbandcrust.example/".into(), anchor: Some(anchor.into()), nofollow: false, ugc: false, sponsored: false, first_seen: Some(100), last_seen: Some(200), lost: None, authority: None }
    }

    #[test]
    fn each_risk_has_its_reasons_and_a_plain_site_is_clean() {
        let profile = Profile { keywords: vec!["sourdough starter".into()], ..Profile::default() };
        let mut links = vec![link("https://bakers-blog.example/post", "a great guide"), link("https://best-casino-bonus.top/x", "sourdough starter"), link("https://best-casino-bonus.top/y", "sourdough starter")];
        for i in 0..60 {
            links.push(link(&format!("https://footer.example/page-{i}"), "Crumb and Crust"));
        }
        let audits = audit(&links, &[], &profile, None);
        let by = |d: &str| audits.iter().find(|a| a.domain == d).unwrap();
        let casino = by("best-casino-bonus.top");
        assert_eq!(casino.risk, Risk::LikelyToxic, "{:?}", casino.reasons);
        let ids: Vec<&str> = casino.reasons.iter().map(|r| &*r.signal).collect();
        assert_eq!(ids, ["suspicious-tld", "spam-name", "exact-anchors"]);
        assert_eq!(casino.points, 60);
        let footer = by("footer.example");
        assert_eq!((footer.risk, footer.linking_pages, footer.reasons.len()), (Risk::Clean, 60, 1));
        assert_eq!(by("bakers-blog.example").risk, Risk::Clean);
        assert_eq!(audits.first().map(|a| a.domain.as_str()), Some("best-casino-bonus.top"), "riskiest first");
    }

    #[test]
    fn gsc_top_sites_count_their_linking_pages() {
        let audits = audit(&[], &[SiteRow { site: "www.directory.example".into(), linking_pages: 1240 }], &Profile::default(), None);
        assert_eq!(audits.len(), 1);
        assert_eq!((audits[0].domain.as_str(), audits[0].linking_pages), ("directory.example", 1240));
        assert!(audits[0].reasons.iter().any(|r| r.signal == "sitewide"));
    }

    #[test]
    fn domain_data_names_the_tier_and_the_listed_host_and_the_name_tells_the_rest() {
        let ranked = vec![("bbc.co.uk".to_string(), 100, Tier::Top1k), ("example.org".to_string(), 30, Tier::Top100k)];
        // Gambling is bit 0 of the stored categories.
        let names = vec![("casino.example.org".to_string(), 1)];
        let (bytes, _, _) = crate::intel::assemble(20260820, &ranked, &names, &[]).unwrap();
        let intel = DomainIntel::from_bytes(&bytes).unwrap();
        let links = [link("https://www.bbc.co.uk/food/x", "a"), link("https://casino.example.org/x", "a"), link("https://blog.example.org/y", "b"), link("http://203.0.113.9/x", "c"), link("https://cheap-bread-4-u-2024.example/x", "d")];
        let audits = audit(&links, &[], &Profile::default(), Some(&intel));
        let by = |d: &str| audits.iter().find(|a| a.domain == d).unwrap_or_else(|| panic!("{d}: {audits:?}"));
        let signals = |d: &str| by(d).reasons.iter().map(|r| r.signal.to_string()).collect::<Vec<_>>();
        assert_eq!((by("bbc.co.uk").tier, by("bbc.co.uk").risk), (Some(Tier::Top1k), Risk::Clean));
        assert_eq!(signals("bbc.co.uk"), ["authority"]);
        // The listed subdomain makes its domain a gambling neighbour, despite the parent's rank.
        assert_eq!(by("example.org").categories, ["gambling"]);
        assert_eq!(signals("example.org"), ["neighbourhood", "authority"]);
        assert_eq!(signals("203.0.113.9"), ["ip-host"]);
        assert_eq!(signals("cheap-bread-4-u-2024.example"), ["machine-name"]);
        assert_eq!((by("example.org").links, by("example.org").linking_pages, by("example.org").followed), (2, 2, 2));
    }
}
