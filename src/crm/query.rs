//! Filtering and sorting the Opportunities table, and the table's other judgements (which
//! follow-ups are due, what a record is called): pure, so a 10,000-record table is tested natively
//! and the page only draws the rows it is given.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::{time, Record, Status};
use crate::intel::Tier;
use crate::prospect::openings::OpeningKind;
use crate::prospect::suitability::Verdict;

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Column {
    Score,
    Page,
    Domain,
    Status,
    Verdict,
    Types,
    Tier,
    Tags,
    FollowUp,
    #[default]
    SavedAt,
    UpdatedAt,
}

impl Column {
    pub const ALL: [Column; 11] = [
        Column::Score,
        Column::Page,
        Column::Domain,
        Column::Status,
        Column::Verdict,
        Column::Types,
        Column::Tier,
        Column::Tags,
        Column::FollowUp,
        Column::SavedAt,
        Column::UpdatedAt,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Column::Score => "score",
            Column::Page => "page",
            Column::Domain => "domain",
            Column::Status => "status",
            Column::Verdict => "verdict",
            Column::Types => "types",
            Column::Tier => "tier",
            Column::Tags => "tags",
            Column::FollowUp => "follow-up",
            Column::SavedAt => "saved-at",
            Column::UpdatedAt => "updated-at",
        }
    }

    pub fn from_id(id: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The direction a first click sorts in: best, latest and highest first for numbers and
    /// dates, A→Z for text.
    pub const fn descending_first(self) -> bool {
        matches!(self, Column::Score | Column::SavedAt | Column::UpdatedAt | Column::Tier)
    }
}

/// What the table shows: every filter is optional; `text` matches URL, title, notes, tags,
/// contacts, target page and anchor, ignoring case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Query {
    pub status: Option<Status>,
    pub verdict: Option<Verdict>,
    pub kind: Option<OpeningKind>,
    pub tag: Option<String>,
    pub text: String,
    pub sort: Column,
    pub descending: bool,
}

impl Query {
    /// Every record, in this query's order (filters aside): what an export writes.
    pub fn order_only(&self) -> Query {
        Query { sort: self.sort, descending: self.descending, ..Query::default() }
    }
}

/// Whether a record's follow-up is due on day `today` (days since 1970-01-01): its date is today
/// or earlier and the page is still in play (not won, lost or do-not-contact). No date, or one
/// that does not parse, is never due.
pub fn is_due(r: &Record, today: i64) -> bool {
    let open = !matches!(r.status, Status::Won | Status::Lost | Status::DoNotContact);
    open && r.follow_up.as_deref().and_then(time::parse_date).is_some_and(|d| d <= today)
}

/// What the table and the detail panel call a record: its title, or its URL when it has none.
pub fn title_of(r: &Record) -> &str {
    if r.title.is_empty() {
        &r.url
    } else {
        &r.title
    }
}

/// The lowercased text a free-text filter searches in one record. Built once per record by the
/// page (a keystroke then scans strings, not records).
pub fn haystack(r: &Record) -> String {
    let c = &r.contacts;
    let mut parts: Vec<&str> = vec![&r.url, &r.title, &r.notes, &r.target_page, &r.proposed_anchor];
    parts.extend(r.tags.iter().map(String::as_str));
    parts.extend(c.emails.iter().chain(&c.contact_pages).chain(&c.social).map(String::as_str));
    if let Some(author) = &c.author {
        parts.push(author);
    }
    parts.join("\n").to_lowercase()
}

/// Positions in `records` that pass `query`, in its order. `haystacks[i]` is [`haystack`] of
/// `records[i]`.
pub fn select(records: &[Record], haystacks: &[String], query: &Query) -> Vec<usize> {
    let needle = query.text.trim().to_lowercase();
    let tag = query.tag.as_deref().filter(|t| !t.is_empty());
    let mut rows: Vec<(usize, &Record)> = records
        .iter()
        .enumerate()
        .filter(|&(i, r)| {
            query.status.is_none_or(|s| r.status == s)
                && query.verdict.is_none_or(|v| r.verdict == Some(v))
                && query.kind.is_none_or(|k| r.opportunity_types.contains(&k))
                && tag.is_none_or(|t| r.tags.iter().any(|x| x == t))
                && (needle.is_empty() || haystacks.get(i).is_some_and(|h| h.contains(&needle)))
        })
        .collect();
    let column = query.sort;
    rows.sort_by(|&(_, ra), &(_, rb)| {
        let order = compare(column, ra, rb);
        let order = if query.descending { order.reverse() } else { order };
        // Ties in URL order whichever the direction, so the table never shuffles.
        order.then_with(|| ra.url.cmp(&rb.url))
    });
    rows.into_iter().map(|(i, _)| i).collect()
}

fn tier_rank(tier: Option<Tier>) -> u8 {
    match tier {
        Some(Tier::Top1k) => 4,
        Some(Tier::Top10k) => 3,
        Some(Tier::Top100k) => 2,
        Some(Tier::Unranked) => 1,
        None => 0,
    }
}

fn verdict_rank(verdict: Option<Verdict>) -> u8 {
    match verdict {
        Some(Verdict::Strong) => 5,
        Some(Verdict::WorthPursuing) => 4,
        Some(Verdict::Weak) => 3,
        Some(Verdict::NotAProspect) => 2,
        Some(Verdict::Avoid) => 1,
        None => 0,
    }
}

/// Ascending order of one column; missing values first (so last when descending).
fn compare(column: Column, a: &Record, b: &Record) -> Ordering {
    match column {
        Column::Score => a.score.cmp(&b.score),
        Column::Page => fold(title_of(a)).cmp(&fold(title_of(b))),
        Column::Domain => a.domain.cmp(&b.domain),
        Column::Status => a.status.cmp(&b.status),
        Column::Verdict => verdict_rank(a.verdict).cmp(&verdict_rank(b.verdict)),
        Column::Types => a.opportunity_types.first().map(|k| k.id()).cmp(&b.opportunity_types.first().map(|k| k.id())),
        Column::Tier => tier_rank(a.authority_tier).cmp(&tier_rank(b.authority_tier)).then(a.authority_score.cmp(&b.authority_score)),
        Column::Tags => a.tags.cmp(&b.tags),
        // Dates as YYYY-MM-DD compare as text; no date sorts last ascending (soonest first).
        Column::FollowUp => match (&a.follow_up, &b.follow_up) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        Column::SavedAt => a.saved_at.cmp(&b.saved_at),
        Column::UpdatedAt => a.updated_at.cmp(&b.updated_at),
    }
}

fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// Every tag in use with how many records carry it, A→Z (for the tag filter).
pub fn tag_counts(records: &[Record]) -> Vec<(String, u32)> {
    let mut counts: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
    for tag in records.iter().flat_map(|r| &r.tags) {
        *counts.entry(tag).or_default() += 1;
    }
    counts.into_iter().map(|(t, n)| (t.to_string(), n)).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::*;

    fn table() -> Vec<Record> {
        let mut a = sample("https://alpha.example/", 1);
        a.score = Some(40);
        a.title = "Zebra resources".into();
        a.tags = vec!["tools".into()];
        a.follow_up = Some("2026-12-01".into());
        let mut b = sample("https://beta.example/", 2);
        b.score = Some(90);
        b.title = "apple list".into();
        b.set_status(Status::Contacted, 3);
        b.verdict = Some(Verdict::Strong);
        b.notes = "Wrote to Jane".into();
        let mut c = sample("https://gamma.example/", 3);
        c.score = None;
        c.opportunity_types = vec![OpeningKind::GuestPost];
        c.tags = vec!["tools".into(), "seo".into()];
        vec![a, b, c]
    }

    fn run(records: &[Record], query: &Query) -> Vec<usize> {
        let hay: Vec<String> = records.iter().map(haystack).collect();
        select(records, &hay, query)
    }

    #[test]
    fn sorts_by_any_column_both_ways() {
        let t = table();
        let q = |sort, descending| Query { sort, descending, ..Query::default() };
        assert_eq!(run(&t, &q(Column::Score, true)), vec![1, 0, 2]);
        assert_eq!(run(&t, &q(Column::Score, false)), vec![2, 0, 1]);
        assert_eq!(run(&t, &q(Column::Page, false)), vec![2, 1, 0], "case-insensitive: A page, apple list, Zebra");
        assert_eq!(run(&t, &q(Column::FollowUp, false)), vec![0, 1, 2]);
        assert_eq!(run(&t, &q(Column::SavedAt, true)), vec![2, 1, 0]);
        for column in Column::ALL {
            let asc = run(&t, &q(column, false));
            assert_eq!(asc.len(), 3, "{column:?}");
            assert_eq!(Column::from_id(column.id()), Some(column));
        }
    }

    #[test]
    fn filters_combine() {
        let t = table();
        assert_eq!(run(&t, &Query { status: Some(Status::Contacted), ..Query::default() }), vec![1]);
        assert_eq!(run(&t, &Query { verdict: Some(Verdict::Strong), ..Query::default() }), vec![1]);
        assert_eq!(run(&t, &Query { kind: Some(OpeningKind::GuestPost), ..Query::default() }), vec![2]);
        assert_eq!(run(&t, &Query { tag: Some("tools".into()), ..Query::default() }), vec![0, 2]);
        assert_eq!(run(&t, &Query { text: " JANE ".into(), ..Query::default() }), vec![1]);
        assert_eq!(run(&t, &Query { tag: Some("tools".into()), text: "gamma".into(), ..Query::default() }), vec![2]);
        assert!(run(&t, &Query { text: "nowhere".into(), ..Query::default() }).is_empty());
    }

    #[test]
    fn a_follow_up_is_due_on_its_day_and_after_while_the_page_is_in_play() {
        let day = time::parse_date("2026-12-01").unwrap_or_default();
        let mut r = sample("https://alpha.example/", 1);
        assert!(!is_due(&r, day), "no follow-up date");
        r.follow_up = Some("2026-12-01".into());
        assert!(!is_due(&r, day - 1), "the day before");
        assert!(is_due(&r, day), "on the day");
        assert!(is_due(&r, day + 30), "after");
        for status in [Status::Contacted, Status::Replied] {
            r.set_status(status, 2);
            assert!(is_due(&r, day), "{status:?} is still in play");
        }
        for status in [Status::Won, Status::Lost, Status::DoNotContact] {
            r.set_status(status, 3);
            assert!(!is_due(&r, day + 30), "{status:?} is settled");
        }
        r.set_status(Status::New, 4);
        r.follow_up = Some("2026-13-45".into());
        assert!(!is_due(&r, day + 30), "a date that does not parse");
        r.follow_up = Some(String::new());
        assert!(!is_due(&r, day + 30), "an empty date");
    }

    #[test]
    fn a_record_without_a_title_is_called_by_its_url() {
        let mut r = sample("https://alpha.example/", 1);
        r.title = String::new();
        assert_eq!(title_of(&r), "https://alpha.example/");
        r.title = "Alpha".into();
        assert_eq!(title_of(&r), "Alpha");
    }

    #[test]
    fn order_only_keeps_the_sort_and_drops_the_filters() {
        let t = table();
        let q = Query { status: Some(Status::Contacted), text: "jane".into(), sort: Column::Score, descending: true, ..Query::default() };
        assert_eq!(run(&t, &q.order_only()), vec![1, 0, 2]);
    }

    #[test]
    fn tags_are_counted() {
        assert_eq!(tag_counts(&table()), vec![("seo".to_string(), 1), ("tools".to_string(), 2)]);
    }
}
