//! Natural growth: new and lost referring domains per month, from the links' first-seen and lost
//! dates, with spikes flagged and the churn ratio.
//!
//! Why: a profile that gains links steadily looks earned; a month far above the months before it
//! (a bought package, a sitewide deal, a spam attack) is worth a look. A spike is a month with at
//! least 5 new referring domains and more than 3× the median of the 6 months before it (our
//! rule of thumb, labelled as one). Churn: domains lost ÷ domains gained over the whole range.
//! Blind spots: exports only know when *their* crawler first saw a link; GSC gives no dates at all
//! for top linking sites.

use std::collections::BTreeSet;

use hashbrown::HashMap;
use serde::{Deserialize, Serialize};

use super::audit::DomainAudit;
use super::import::Parsed;
use super::{referring_domain, referring_domain_of_host};
use crate::intel::DomainIntel;
use crate::calendar::civil_from_days;

pub const SPIKE_FACTOR: u32 = 3;
pub const SPIKE_MIN: u32 = 5;
pub const TRAILING_MONTHS: usize = 6;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    pub new: u32,
    pub lost: u32,
    pub spike: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Growth {
    /// Every month from the first to the last dated one, empty months included.
    pub months: Vec<Month>,
    /// Lost ÷ new referring domains over the range (`None` when none are new).
    pub churn: Option<f64>,
}

/// A month as a number (year × 12 + month − 1).
fn month_of(day: i64) -> i64 {
    let (y, m, _) = civil_from_days(day);
    y * 12 + m - 1
}

pub fn growth(domains: &[DomainAudit]) -> Growth {
    let mut new: HashMap<i64, u32> = HashMap::new();
    let mut lost: HashMap<i64, u32> = HashMap::new();
    for d in domains {
        if let Some(day) = d.first_seen {
            *new.entry(month_of(day)).or_default() += 1;
        }
        // A lost date of 0 means "lost, date unknown": counted in churn, not in a month.
        if let Some(day) = d.lost.filter(|&day| day > 0) {
            *lost.entry(month_of(day)).or_default() += 1;
        }
    }
    let (Some(first), Some(last)) = (new.keys().chain(lost.keys()).min().copied(), new.keys().chain(lost.keys()).max().copied()) else {
        return Growth { months: Vec::new(), churn: None };
    };
    let mut months: Vec<Month> = Vec::new();
    for m in first..=last {
        let count = new.get(&m).copied().unwrap_or(0);
        let mut before: Vec<u32> = months.iter().rev().take(TRAILING_MONTHS).map(|x| x.new).collect();
        before.sort_unstable();
        let median = before.get(before.len() / 2).copied().unwrap_or(0);
        let spike = before.len() >= 3 && count >= SPIKE_MIN && count > SPIKE_FACTOR * median.max(1);
        let (y, mo) = (m.div_euclid(12), m.rem_euclid(12) + 1);
        months.push(Month { month: format!("{y:04}-{mo:02}"), new: count, lost: lost.get(&m).copied().unwrap_or(0), spike });
    }
    let gained: u32 = domains.iter().filter(|d| d.first_seen.is_some()).count() as u32;
    let gone: u32 = domains.iter().filter(|d| d.lost.is_some()).count() as u32;
    Growth { months, churn: (gained > 0).then(|| f64::from(gone) / f64::from(gained)) }
}

/// One import kept as a dated snapshot of its source: the referring domains the file listed as
/// live. Stored with the import (the Backlinks page's `imports` store).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    pub whose: String,
    /// The export's format (`Semrush`, `GscTopSites`…): only snapshots of one source compare.
    pub format: String,
    /// When it was imported, milliseconds since 1970-01-01 UTC.
    pub imported_at: i64,
    /// Sorted, deduplicated. Empty in imports stored before snapshots were kept.
    #[serde(default)]
    pub domains: Vec<String>,
}

/// The referring domains a file lists as live (lost links left out), sorted: its snapshot.
pub fn snapshot_domains(parsed: &Parsed, intel: Option<&DomainIntel>) -> Vec<String> {
    let links = parsed.links.iter().filter(|l| l.lost.is_none()).filter_map(|l| referring_domain(&l.source_url, intel));
    let sites = parsed.sites.iter().filter_map(|s| referring_domain_of_host(s.site.trim().trim_end_matches('.').to_ascii_lowercase().as_str(), intel));
    let set: BTreeSet<String> = links.chain(sites).collect();
    set.into_iter().collect()
}

/// What changed between two imports of one source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Between {
    pub format: String,
    pub from: i64,
    pub to: i64,
    /// Referring domains in the later file and not the earlier one, and the other way round.
    pub new: Vec<String>,
    pub lost: Vec<String>,
}

/// New and lost referring domains between each import of `whose` and the one before it from the
/// same source, oldest first. Why: GSC gives no dates, so the only way to see growth and losses
/// in it is to compare one month's export with the next.
pub fn between_imports(snapshots: &[Snapshot], whose: &str) -> Vec<Between> {
    let mut mine: Vec<&Snapshot> = snapshots.iter().filter(|s| s.whose == whose && !s.domains.is_empty()).collect();
    mine.sort_by_key(|s| s.imported_at);
    let mut out = Vec::new();
    for (i, later) in mine.iter().enumerate() {
        let Some(earlier) = mine.get(..i).and_then(|before| before.iter().rev().find(|s| s.format == later.format)) else { continue };
        let (was, now): (BTreeSet<&String>, BTreeSet<&String>) = (earlier.domains.iter().collect(), later.domains.iter().collect());
        out.push(Between { format: later.format.clone(), from: earlier.imported_at, to: later.imported_at, new: now.difference(&was).map(|d| (*d).clone()).collect(), lost: was.difference(&now).map(|d| (*d).clone()).collect() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backlinks::{audit::audit, Backlink};
    use crate::calendar::days_from_civil;
    use crate::Profile;

    #[test]
    fn months_are_continuous_and_a_burst_is_a_spike() {
        let day = |m: i64| days_from_civil(2026, m, 10);
        let mut links = Vec::new();
        for m in 1..=6 {
            links.push(Backlink { source_url: format!("https://steady{m}.example/"), target_url: String::new(), anchor: None, nofollow: false, ugc: false, sponsored: false, first_seen: Some(day(m)), last_seen: None, lost: None, authority: None });
        }
        for i in 0..12 {
            links.push(Backlink { source_url: format!("https://burst{i}.example/"), target_url: String::new(), anchor: None, nofollow: false, ugc: false, sponsored: false, first_seen: Some(day(8)), last_seen: None, lost: (i < 3).then(|| day(9)), authority: None });
        }
        let g = growth(&audit(&links, &[], &Profile::default(), None));
        let summary: Vec<(&str, u32, u32, bool)> = g.months.iter().map(|m| (m.month.as_str(), m.new, m.lost, m.spike)).collect();
        assert_eq!(summary, [("2026-01", 1, 0, false), ("2026-02", 1, 0, false), ("2026-03", 1, 0, false), ("2026-04", 1, 0, false), ("2026-05", 1, 0, false), ("2026-06", 1, 0, false), ("2026-07", 0, 0, false), ("2026-08", 12, 0, true), ("2026-09", 0, 3, false)]);
        assert_eq!(g.churn, Some(3.0 / 18.0));
    }

    #[test]
    fn imports_of_one_source_compare_with_the_one_before() {
        let snap = |format: &str, at: i64, domains: &[&str]| Snapshot { whose: "mine".into(), format: format.into(), imported_at: at, domains: domains.iter().map(|d| d.to_string()).collect() };
        let snapshots = [
            snap("GscTopSites", 100, &["a.example", "b.example"]),
            snap("Semrush", 150, &["z.example"]),
            snap("GscTopSites", 200, &["b.example", "c.example", "d.example"]),
            Snapshot { whose: "rival.example".into(), ..snap("GscTopSites", 250, &["q.example"]) },
            snap("GscTopSites", 300, &[]),
        ];
        let b = between_imports(&snapshots, "mine");
        assert_eq!(b.len(), 1, "a lone Semrush import, another's import and a snapshot-less one compare with nothing");
        assert_eq!((b[0].from, b[0].to, b[0].new.clone(), b[0].lost.clone()), (100, 200, vec!["c.example".to_string(), "d.example".to_string()], vec!["a.example".to_string()]));
    }

    #[test]
    fn a_snapshot_is_the_files_live_referring_domains() {
        let text = "Source url,Target url,Anchor,Lost link\nhttps://www.a.example/x,https://me.example/,a,\nhttps://a.example/y,https://me.example/,b,\nhttps://gone.example/,https://me.example/,c,true\nhttps://bob.blogspot.com/p,https://me.example/,d,\n";
        let parsed = crate::backlinks::import::parse_export(text.as_bytes()).unwrap();
        assert_eq!(snapshot_domains(&parsed, None), ["a.example", "bob.blogspot.com"]);
    }
}
