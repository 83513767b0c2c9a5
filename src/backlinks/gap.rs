//! The competitors' link gap: domains that link to one or more competitors but not to me, ranked
//! by authority tier, then by how many competitors they link to (a site that links to three of
//! them is likely to link to a fourth), then by links. Bad neighbourhoods are left out; domains
//! whose links are all nofollow can be, and links the export marks lost do not count.
//! Blind spots: only as complete as the exports imported; a domain that links to me under another
//! of my domains not in the profile shows as a gap.

use hashbrown::{HashMap, HashSet};
use serde::Serialize;

use super::{referring_domain, Backlink};
use crate::intel::{DomainIntel, Tier};

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GapDomain {
    pub domain: String,
    /// The competitors it links to.
    pub competitors: Vec<String>,
    pub tier: Option<Tier>,
    pub links: u32,
    pub followed: u32,
    /// One linking page, to start from.
    pub example: String,
}

/// `mine`: my links; `theirs`: each competitor's domain and links.
pub fn link_gap(mine: &[Backlink], theirs: &[(String, Vec<Backlink>)], intel: Option<&DomainIntel>, skip_nofollow_only: bool) -> Vec<GapDomain> {
    let my_domains: HashSet<String> = mine.iter().filter_map(|l| referring_domain(&l.source_url, intel)).collect();
    let mut gap: HashMap<String, GapDomain> = HashMap::new();
    for (competitor, links) in theirs {
        // Only live links: a site that dropped its link to a competitor is no lead.
        for link in links.iter().filter(|l| l.lost.is_none()) {
            let Some(domain) = referring_domain(&link.source_url, intel) else { continue };
            if my_domains.contains(&domain) || domain == *competitor {
                continue;
            }
            let entry = gap.entry(domain.clone()).or_insert_with(|| GapDomain { domain, competitors: Vec::new(), tier: None, links: 0, followed: 0, example: link.source_url.clone() });
            if !entry.competitors.contains(competitor) {
                entry.competitors.push(competitor.clone());
            }
            entry.links += 1;
            entry.followed += u32::from(link.followed());
        }
    }
    let mut out: Vec<GapDomain> = gap
        .into_values()
        .filter(|g| !skip_nofollow_only || g.followed > 0)
        .filter(|g| !intel.is_some_and(|i| i.categories(&g.domain, &g.domain).iter().any(|c| c.is_bad())))
        .map(|mut g| {
            g.tier = intel.map(|i| i.authority(&g.domain).tier);
            g.competitors.sort();
            g
        })
        .collect();
    let rank = |t: Option<Tier>| Tier::ALL.iter().position(|&x| Some(x) == t).unwrap_or(Tier::ALL.len());
    out.sort_by(|a, b| rank(a.tier).cmp(&rank(b.tier)).then(b.competitors.len().cmp(&a.competitors.len())).then(b.links.cmp(&a.links)).then_with(|| a.domain.cmp(&b.domain)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(source: &str, nofollow: bool) -> Backlink {
        Backlink { source_url: source.into(), target_url: String::new(), anchor: None, nofollow, ugc: false, sponsored: false, first_seen: None, last_seen: None, lost: None, authority: None }
    }

    #[test]
    fn domains_linking_to_competitors_but_not_to_me() {
        let mine = [link("https://shared.example/a", false)];
        let theirs = vec![
            ("rival.example".to_string(), vec![link("https://shared.example/b", false), link("https://both.example/1", false), link("https://only-nofollow.example/", true)]),
            ("other.example".to_string(), vec![link("https://both.example/2", false), link("https://one.example/", false)]),
        ];
        let gap = link_gap(&mine, &theirs, None, false);
        let domains: Vec<(&str, usize)> = gap.iter().map(|g| (g.domain.as_str(), g.competitors.len())).collect();
        assert_eq!(domains, [("both.example", 2), ("one.example", 1), ("only-nofollow.example", 1)]);
        assert_eq!(link_gap(&mine, &theirs, None, true).len(), 2, "nofollow-only left out on request");
        let mut lost = link("https://gone.example/", false);
        lost.lost = Some(100);
        assert!(link_gap(&[], &[("rival.example".into(), vec![lost])], None, false).is_empty(), "a lost link is no lead");
    }
}
