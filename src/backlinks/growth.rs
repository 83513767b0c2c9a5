//! Natural growth: new and lost referring domains per month, from the links' first-seen and lost
//! dates, with spikes flagged and the churn ratio.
//!
//! Why: a profile that gains links steadily looks earned; a month far above the months before it
//! (a bought package, a sitewide deal, a spam attack) is worth a look. A spike is a month with at
//! least 5 new referring domains and more than 3× the median of the 6 months before it (our
//! rule of thumb, labelled as one). Churn: domains lost ÷ domains gained over the whole range.
//! Blind spots: exports only know when *their* crawler first saw a link; GSC gives no dates at all
//! for top linking sites.

use hashbrown::HashMap;
use serde::Serialize;

use super::audit::DomainAudit;
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
}
