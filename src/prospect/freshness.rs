//! Freshness: when the page was published and last modified, and how old it is.
//!
//! **What it measures.** From the snapshot's date observations (meta tags such as
//! `article:published_time`, `<time datetime>`, JSON-LD `datePublished` / `dateModified`, as
//! gathered by the extractor) it takes the earliest `published` date and the latest `modified`
//! date, and the age in days of the newer of the two, counted to a "now" passed in by the caller
//! (the core never reads a clock). A page without dated metadata is dated by the day its
//! address is filed under (`/2014/12/05/story`: news and blog software file posts by day or month).
//!
//! **Why it predicts link value.** A page that is maintained gets edited, so an outreach request
//! (an update, a better resource, a broken link to replace) has someone to land with; a
//! ten-year-old untouched post rarely changes. Fresh pages also tend to be crawled more often, so
//! a new link there is found sooner.
//!
//! **Parsing.** ISO 8601 / RFC 3339 only, by the core's one calendar ([`crate::calendar`], whose
//! header has the exact rules): `YYYY-MM-DD`, optionally followed by `T` or a space,
//! `HH:MM[:SS[.fraction]]` and `Z`, `±HH:MM`, `±HHMM` or `±HH`. A datetime with an offset is
//! converted to its UTC calendar day. Dates before 1995-01-01 (before the web had dated pages
//! worth judging) and after now + 1 day (time zones allow one day) are ignored as placeholders
//! or mistakes.
//!
//! **Blind spots.** Free-text dates ("March 5, 2024", "05/03/2024", "vor 3 Tagen") are not read;
//! an address's date is when the post was filed, not when it was last edited; a page can
//! claim any date it likes (CMSs rewrite `dateModified` on every render); pages
//! without dates get `None`, which is not evidence of staleness.

use serde::{Deserialize, Serialize};

use super::factors::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;
use crate::snapshot::{DateObservation, PageSnapshot};

// The calendar under the names callers of this module use.
pub use crate::calendar::{civil_from_days, days_from_civil, format_date as format_day, parse_iso_day};

/// Dates considered, at most (the extractor caps them too).
const MAX_OBSERVATIONS: usize = 1_000;

/// Days after which an unchanged page is stale (three years): its owner rarely reopens it.
pub const STALE_DAYS: u32 = 3 * 365;

/// Days from 1970-01-01 to 1995-01-01: the earliest date believed.
pub const EARLIEST_DAY: i64 = 9_131;

/// Published / modified dates of a page and its age.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Freshness {
    /// The earliest believable `published` date, `YYYY-MM-DD` (UTC).
    pub published: Option<String>,
    /// The latest believable `modified` date, `YYYY-MM-DD` (UTC).
    pub modified: Option<String>,
    /// Days from the newer of the two to now (0 for today or a date up to a day ahead).
    pub age_days: Option<u32>,
}

/// The freshness of a page from its date observations; `now_days` is today as days since
/// 1970-01-01 (UTC).
///
/// ```
/// use backlink_bot::prospect::freshness::{freshness, days_from_civil};
/// use backlink_bot::snapshot::DateObservation;
/// let dates = vec![DateObservation { kind: "published".into(), source: "time".into(), value: "2024-03-05".into() }];
/// let f = freshness(&dates, days_from_civil(2024, 3, 15));
/// assert_eq!(f.published.as_deref(), Some("2024-03-05"));
/// assert_eq!(f.age_days, Some(10));
/// ```
pub fn freshness(dates: &[DateObservation], now_days: i64) -> Freshness {
    let mut published: Option<i64> = None;
    let mut modified: Option<i64> = None;
    for date in dates.iter().take(MAX_OBSERVATIONS) {
        let kind = date.kind.trim();
        let is_published = kind.eq_ignore_ascii_case("published");
        let is_modified = kind.eq_ignore_ascii_case("modified");
        if !is_published && !is_modified {
            continue;
        }
        let Some(day) = parse_iso_day(&date.value) else { continue };
        if day < EARLIEST_DAY || day > now_days.saturating_add(1) {
            continue;
        }
        if is_published {
            published = Some(published.map_or(day, |p| p.min(day)));
        } else {
            modified = Some(modified.map_or(day, |m| m.max(day)));
        }
    }
    let newest = match (published, modified) {
        (Some(p), Some(m)) => Some(p.max(m)),
        (p, m) => p.or(m),
    };
    Freshness {
        published: published.map(format_day),
        modified: modified.map(format_day),
        age_days: newest.map(|d| u32::try_from(now_days.saturating_sub(d).max(0)).unwrap_or(u32::MAX)),
    }
}

/// The freshness of a page: its dated metadata, else the date its address is filed under
/// (`/2014/12/05/story`, `/2016/12/story`: news and blog software file posts by day or month),
/// read as published on that day (the month's first when no day is given).
pub fn of_page(snapshot: &PageSnapshot, now_days: i64) -> Freshness {
    let dated = freshness(&snapshot.dates, now_days);
    if dated.age_days.is_some() {
        return dated;
    }
    match url_day(&snapshot.url).filter(|day| (EARLIEST_DAY..=now_days).contains(day)) {
        Some(day) => Freshness { published: Some(format_day(day)), modified: None, age_days: u32::try_from(now_days - day).ok() },
        None => dated,
    }
}

/// The day a URL's path is filed under: a year segment (1995–2099), a month segment (1–12)
/// right after it, and a day segment (1–31) after that if there is one.
fn url_day(url: &str) -> Option<i64> {
    let url = crate::domain::parse_url(url)?;
    let number = |s: &str, max_len: usize, range: std::ops::RangeInclusive<i64>| {
        // The length first: a long run of digits must not overflow.
        let n = (!s.is_empty() && s.len() <= max_len).then(|| s.bytes().try_fold(0, |n, b| b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))));
        n.flatten().filter(|n| range.contains(n))
    };
    let segments: Vec<&str> = url.path().split('/').collect();
    (0..segments.len()).find_map(|i| {
        let year = number(segments.get(i)?, 4, 1995..=2099)?;
        let month = number(segments.get(i + 1)?, 2, 1..=12)?;
        let day = segments.get(i + 2).and_then(|d| number(d, 2, 1..=31)).unwrap_or(1);
        Some(days_from_civil(year, month, day))
    })
}

/// The prospect factor over [`Freshness`]: points for a page touched within a year, a cost for
/// one untouched for years; a page without dates is not judged.
pub const FACTOR: Judgement = Judgement {
    id: "freshness",
    title: "Freshness",
    description: "How recently the page was published or updated, from its dated metadata (or the date in its address).",
};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    /// At most this many days old is fresh…
    pub fresh_days: u32,
    pub fresh: i32,
    /// …more than this many is stale.
    pub stale_days: u32,
    pub stale: i32,
}

crate::weights_reader!(Weights { fresh_days: "freshDays", fresh: "fresh", stale_days: "staleDays", stale: "stale" });

impl Default for Weights {
    fn default() -> Self {
        Weights { fresh_days: 365, fresh: 5, stale_days: STALE_DAYS, stale: -5 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    match input.freshness.age_days {
        Some(days) if days <= w.fresh_days => out.push(FACTOR.contribution(w.fresh, format!("{days} days old"), "published or updated in the last year")),
        Some(days) if days > w.stale_days => out.push(FACTOR.contribution(w.stale, format!("{days} days old"), "not updated for more than three years")),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(kind: &str, value: &str) -> DateObservation {
        DateObservation { kind: kind.into(), source: "meta:test".into(), value: value.into() }
    }

    #[test]
    fn an_undated_page_is_dated_by_the_day_its_address_is_filed_under() {
        let day = |url: &str| url_day(url).map(format_day);
        assert_eq!(day("http://www.cleveland.com/food/index.ssf/2014/12/let_me_google.html").as_deref(), Some("2014-12-01"));
        assert_eq!(day("http://www.polygon.com/2014/6/26/5842180/shovel-knight").as_deref(), Some("2014-06-26"));
        assert_eq!(day("https://blog.example/2016/12/13/?x=/2020/01/").as_deref(), Some("2016-12-13"));
        for undated in ["https://shop.example/99999999999999999999999/12/", "https://shop.example/products/2016", "https://news.example/story/20161213", "https://cams.example/1080/12/", "https://blog.example/2016/13/x", "https://2016.example/12/"] {
            assert_eq!(day(undated), None, "{undated}");
        }
        let now = days_from_civil(2026, 11, 20);
        let page = |url: &str, dates: Vec<DateObservation>| PageSnapshot { url: url.into(), dates, ..Default::default() };
        let by_url = of_page(&page("https://news.example/2014/12/05/story", vec![]), now);
        assert_eq!((by_url.published.as_deref(), by_url.age_days), (Some("2014-12-05"), Some(4_368)));
        // The page's own dates come first.
        let by_meta = of_page(&page("https://news.example/2014/12/05/story", vec![obs("modified", "2026-11-01")]), now);
        assert_eq!((by_meta.published, by_meta.age_days), (None, Some(19)));
        assert_eq!(of_page(&page("https://news.example/story", vec![]), now), Freshness::default());
    }

    #[test]
    fn civil_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(1995, 1, 1), EARLIEST_DAY);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for d in [-1, 0, 59, 10_000, 11_016, 19_782, 20_000, 60_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(format_day(days_from_civil(2024, 2, 29)), "2024-02-29");
    }

    #[test]
    fn parses_dates_datetimes_and_offsets() {
        let d = days_from_civil(2024, 3, 5);
        assert_eq!(parse_iso_day("2024-03-05"), Some(d));
        assert_eq!(parse_iso_day(" 2024-03-05T10:00:00Z "), Some(d));
        assert_eq!(parse_iso_day("2024-03-05T10:00"), Some(d));
        assert_eq!(parse_iso_day("2024-03-05 10:00:00.123456+02:00"), Some(d));
        // Just after midnight in Paris is still the 4th in UTC; late evening in New York is the 6th.
        assert_eq!(parse_iso_day("2024-03-05T00:30:00+01:00"), Some(d - 1));
        assert_eq!(parse_iso_day("2024-03-05T22:00:00-0500"), Some(d + 1));
        assert_eq!(parse_iso_day("2024-03-05T22:00:00-05"), Some(d + 1));
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in [
            "", "2024", "2024-3-5", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "05/03/2024",
            "March 5, 2024", "2024-03-05X", "2024-03-05T", "2024-03-05T10", "2024-03-05T25:00:00Z",
            "2024-03-05T10:00:00+2", "2024-03-05T10:00:00.Z", "２０２４-03-05", "2024-03-05T10:00:00+99:00",
        ] {
            assert_eq!(parse_iso_day(bad), None, "{bad:?}");
        }
        assert_eq!(parse_iso_day(&"2024-03-05".repeat(20_000)), None);
    }

    #[test]
    fn earliest_published_latest_modified_and_age() {
        let now = days_from_civil(2024, 6, 1);
        let dates = vec![
            obs("published", "2024-03-05T10:00:00Z"),
            obs("published", "2023-12-24"),
            obs("modified", "2024-05-01"),
            obs("Modified", "2024-05-22T08:00:00+02:00"),
            obs("other", "2024-05-31"),
        ];
        let f = freshness(&dates, now);
        assert_eq!(f.published.as_deref(), Some("2023-12-24"));
        assert_eq!(f.modified.as_deref(), Some("2024-05-22"));
        assert_eq!(f.age_days, Some(10));
    }

    #[test]
    fn ignores_future_and_prehistoric_dates() {
        let now = days_from_civil(2024, 6, 1);
        let dates = vec![
            obs("published", "1970-01-01"),
            obs("published", "1994-12-31"),
            obs("modified", "2030-01-01"),
            obs("modified", "2024-06-03"),
            obs("modified", "2024-06-02T05:00:00Z"),
        ];
        let f = freshness(&dates, now);
        assert_eq!(f.published, None);
        assert_eq!(f.modified.as_deref(), Some("2024-06-02"));
        assert_eq!(f.age_days, Some(0));
    }

    #[test]
    fn no_dates_no_age() {
        assert_eq!(freshness(&[], 20_000), Freshness::default());
        let f = freshness(&[obs("published", "someday")], 20_000);
        assert_eq!(f, Freshness::default());
    }

    #[test]
    fn modified_before_published_still_ages_from_the_newest() {
        let now = days_from_civil(2024, 6, 1);
        let f = freshness(&[obs("published", "2024-05-01"), obs("modified", "2020-01-01")], now);
        assert_eq!(f.age_days, Some(31));
    }
}
