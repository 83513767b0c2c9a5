//! The competitors' link gap: domains that link to one or more competitors but not to me, ranked
//! by authority tier, then by how many competitors they link to (a site that links to three of
//! them is likely to link to a fourth), then by links. Bad neighbourhoods are left out; domains
//! whose links are all nofollow can be, and links the export marks lost do not count.
//! Blind spots: only as complete as the exports imported; a domain that links to me under another
//! of my domains not in the profile shows as a gap.

use hashbrown::{HashMap, HashSet};
use serde::Serialize;

use super::{referring_domain, Backlink};
use crate::crm::Record;
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

/// The tag every opportunity added from the gap carries.
pub const GAP_TAG: &str = "link-gap";

/// What adding chosen gap domains to the opportunities writes, and what it warns about.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GapAdd {
    /// New records (status new), and saved ones for the same URL with the tag and note added
    /// (their status, notes and history kept).
    pub records: Vec<Record>,
    /// Chosen domains with a saved page marked do-not-contact: not added.
    pub do_not_contact: Vec<String>,
    /// Chosen domains that already had saved pages (added, with the others beside them).
    pub already_saved: Vec<String>,
}

/// Plans adding the `chosen` gap domains (their example page each) to the opportunities, the
/// way the popup warns: a do-not-contact domain is never added; a saved URL is updated, not
/// duplicated. `note` is the line written in the notes (it names the competitors).
pub fn to_opportunities(gap: &[GapDomain], chosen: &[String], saved: &[Record], note: impl Fn(&GapDomain) -> String, now_ms: i64) -> GapAdd {
    let mut out = GapAdd::default();
    for g in gap.iter().filter(|g| chosen.contains(&g.domain)) {
        let Ok(url) = crate::crm::canonical_url(&g.example) else { continue };
        let domain = crate::crm::domain_of(&url);
        let of_domain: Vec<Record> = saved.iter().filter(|r| r.domain == domain).cloned().collect();
        let info = crate::crm::saved_info(&url, &of_domain);
        if info.do_not_contact {
            out.do_not_contact.push(g.domain.clone());
            continue;
        }
        if info.domain_pages > 0 || info.this_page.is_some() {
            out.already_saved.push(g.domain.clone());
        }
        let line = note(g);
        let record = match info.this_page {
            Some(mut r) => {
                if !r.tags.iter().any(|t| t == GAP_TAG) {
                    r.tags.push(GAP_TAG.into());
                }
                if !r.notes.contains(&line) {
                    r.notes = if r.notes.is_empty() { line } else { format!("{}\n{line}", r.notes) };
                }
                r.updated_at = now_ms.max(r.updated_at);
                r
            }
            None => {
                let mut r = Record::new(url, now_ms);
                r.tags = vec![GAP_TAG.into()];
                r.notes = line;
                r.history = vec![crate::crm::StatusChange { status: r.status, at: now_ms }];
                r
            }
        };
        out.records.push(record);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crm::Status;

    #[test]
    fn adding_the_gap_skips_do_not_contact_domains_and_updates_saved_pages() {
        let gap = vec![
            GapDomain { domain: "fresh.example".into(), competitors: vec!["rival.example".into()], tier: None, links: 1, followed: 1, example: "https://fresh.example/links".into() },
            GapDomain { domain: "blocked.example".into(), competitors: vec!["rival.example".into()], tier: None, links: 1, followed: 1, example: "https://blocked.example/a".into() },
            GapDomain { domain: "known.example".into(), competitors: vec!["rival.example".into()], tier: None, links: 1, followed: 1, example: "https://known.example/resources".into() },
        ];
        let mut blocked = Record::new("https://blocked.example/other".into(), 10);
        blocked.set_status(Status::DoNotContact, 10);
        let mut known = Record::new("https://known.example/resources".into(), 10);
        known.set_status(Status::Won, 20);
        known.notes = "met at a fair".into();
        let chosen: Vec<String> = gap.iter().map(|g| g.domain.clone()).collect();
        let plan = to_opportunities(&gap, &chosen, &[blocked, known], |g| format!("links to {}", g.competitors.join(", ")), 1_000);
        assert_eq!(plan.do_not_contact, ["blocked.example"]);
        assert_eq!(plan.already_saved, ["known.example"]);
        let urls: Vec<(&str, Status, &str)> = plan.records.iter().map(|r| (r.url.as_str(), r.status, r.notes.as_str())).collect();
        assert_eq!(urls, [("https://fresh.example/links", Status::New, "links to rival.example"), ("https://known.example/resources", Status::Won, "met at a fair\nlinks to rival.example")]);
        assert!(plan.records.iter().all(|r| r.tags.contains(&GAP_TAG.to_string()) && r.updated_at == 1_000));
        assert_eq!(plan.records[1].history.iter().map(|c| (c.status, c.at)).collect::<Vec<_>>(), [(Status::Won, 20)], "the won record's history is kept");
    }

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

    #[test]
    fn with_domain_data_the_best_known_sites_come_first_and_bad_neighbours_never_come() {
        let ranked = vec![("bbc.co.uk".to_string(), 100, Tier::Top1k), ("example.org".to_string(), 30, Tier::Top100k)];
        // Gambling is bit 0 of the stored categories.
        let (bytes, _, _) = crate::intel::assemble(20260820, &ranked, &[("casino.example".to_string(), 1)], &[]).unwrap();
        let intel = DomainIntel::from_bytes(&bytes).unwrap();
        let theirs = vec![(
            "rival.example".to_string(),
            ["https://zz-unranked.example/a", "https://casino.example/b", "https://example.org/c", "https://www.bbc.co.uk/d"].iter().map(|u| link(u, false)).collect(),
        )];
        let gap = link_gap(&[], &theirs, Some(&intel), false);
        let ranked: Vec<(&str, Option<Tier>)> = gap.iter().map(|g| (g.domain.as_str(), g.tier)).collect();
        assert_eq!(ranked, [("bbc.co.uk", Some(Tier::Top1k)), ("example.org", Some(Tier::Top100k)), ("zz-unranked.example", Some(Tier::Unranked))]);
    }
}
