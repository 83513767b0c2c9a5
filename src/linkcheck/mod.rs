//! Live link checks, on demand (issue 16): what a fetch of a link's URL says about it, and the
//! politeness rules the fetches keep ([`schedule`]).
//!
//! Why: a broken outbound link passes no value, and a dead link in a relevant page's content is
//! the classic broken-link-building pitch. Only two outcomes are *broken*: the page is gone
//! (404/410) or its host no longer resolves. A server that refuses robots (401/403/999), rate
//! limits (429), or does not answer in time may well be fine for people: those are *unknown*,
//! never broken. Pure: the browser side fetches (`credentials: 'omit'`, HEAD first, GET when HEAD
//! is refused) and hands the outcome here.
//! Blind spots: soft 404s (a 200 "not found" page), parked domains that answer 200, and links
//! that only work with cookies or JavaScript.

pub mod schedule;
pub mod won;

use serde::{Deserialize, Serialize};

/// What a check says about one link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ok,
    /// Answered after one or more redirects (the final URL and the chain are in the result).
    Redirected,
    /// 404 or 410.
    NotFound,
    /// 5xx.
    ServerError,
    /// 401, 403, 999 (LinkedIn and others refusing robots).
    Blocked,
    /// 429, still after waiting as asked.
    RateLimited,
    Timeout,
    /// The host does not resolve.
    DnsError,
    TlsError,
    /// Anything else: a refused connection, a redirect loop, a status we cannot read, a host the
    /// check stopped asking after repeated errors.
    Unknown,
}

impl Status {
    pub const ALL: [Status; 10] = [Status::Ok, Status::Redirected, Status::NotFound, Status::ServerError, Status::Blocked, Status::RateLimited, Status::Timeout, Status::DnsError, Status::TlsError, Status::Unknown];

    pub fn id(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Redirected => "redirected",
            Status::NotFound => "not-found",
            Status::ServerError => "server-error",
            Status::Blocked => "blocked",
            Status::RateLimited => "rate-limited",
            Status::Timeout => "timeout",
            Status::DnsError => "dns-error",
            Status::TlsError => "tls-error",
            Status::Unknown => "unknown",
        }
    }

    /// Only a gone page or a dead host is broken; everything uncertain is not.
    pub fn is_broken(self) -> bool {
        matches!(self, Status::NotFound | Status::DnsError)
    }

    /// Shown as "unknown" to the user: the server did not let us see (it is not broken).
    pub fn is_uncertain(self) -> bool {
        matches!(self, Status::Blocked | Status::RateLimited | Status::Timeout | Status::Unknown)
    }
}

/// How a request was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    Head,
    Get,
}

/// What the browser got for one request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Outcome {
    /// The final response's HTTP status (`None`: no response).
    pub status: Option<u16>,
    /// The network error when there was no response: Chromium's `net::ERR_…` name when the
    /// platform tells it (webRequest), `timeout` when we gave up, else the fetch error's text.
    pub error: Option<String>,
    /// The URL that answered (after redirects) and the redirects seen on the way.
    pub final_url: Option<String>,
    pub chain: Vec<String>,
    pub redirected: bool,
    /// `Retry-After` as sent (seconds or an HTTP date).
    pub retry_after: Option<String>,
}

/// Links checked per page at most (in-content links first): a check is polite, not a crawl.
pub const MAX_LINKS: usize = 500;

/// One link to check, with what a broken-link pitch needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkToCheck {
    /// The link's index in the page (the popup's rows carry it as `data-index`).
    pub index: u32,
    pub url: String,
    pub anchor: String,
    pub in_content: bool,
    /// The sentence around it (at most 160 characters).
    #[serde(default)]
    pub surrounding: String,
}

/// What the popup hands to the link checker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckInput {
    pub page_url: String,
    /// The page was judged a prospect worth pursuing: its dead in-content links are pitches.
    pub relevant: bool,
    pub links: Vec<LinkToCheck>,
}

/// Which of the page's links to check, as the popup picks them from its Report: the external
/// web links' indices, each with whether it sits in the content (`1`), and whether the page was
/// judged worth pursuing. Plain numbers, so the popup writes it without a serializer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picks {
    pub relevant: bool,
    pub picks: Vec<(u32, u8)>,
}

/// The popup's picks as JSON (integers only: no float or string formatting in the popup).
pub fn picks_json(report: &crate::Report) -> String {
    use crate::prospect::suitability::Verdict;
    let relevant = report.prospect.as_ref().and_then(|p| p.verdict).is_some_and(|v| matches!(v, Verdict::Strong | Verdict::WorthPursuing));
    let mut out = format!("{{\"relevant\":{relevant},\"picks\":[");
    for l in report.links.iter().filter(|l| l.kind == crate::report::LinkKind::External) {
        out.push_str(&format!("[{},{}],", l.index, u8::from(l.region == crate::snapshot::Region::Main)));
    }
    if out.ends_with(',') {
        out.pop();
    }
    out.push_str("]}");
    out
}

/// The links to check, from the page as read: each web URL once, in-content links first, at
/// most [`MAX_LINKS`], with its anchor (or the accessible name an icon link has) and the
/// sentence around it.
pub fn input_from(snapshot: &crate::snapshot::PageSnapshot, picks: &Picks) -> CheckInput {
    let mut links: Vec<LinkToCheck> = Vec::new();
    let mut seen = hashbrown::HashSet::new();
    for content in [1, 0] {
        for &(index, _) in picks.picks.iter().filter(|(_, c)| (*c > 0) == (content > 0)) {
            let Some(o) = snapshot.links.get(index as usize).filter(|o| o.index == index).or_else(|| snapshot.links.iter().find(|o| o.index == index)) else { continue };
            if links.len() >= MAX_LINKS || !(o.href.starts_with("https://") || o.href.starts_with("http://")) || !seen.insert(o.href.clone()) {
                continue;
            }
            let text = o.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let anchor = [text.as_str(), o.aria_label.trim(), o.title.trim(), o.image_alt.trim()].into_iter().find(|t| !t.is_empty()).unwrap_or(&o.href).to_string();
            let surrounding = if o.surrounding.is_empty() { String::new() } else { crate::listing::snippet(&o.surrounding, &anchor, 160) };
            links.push(LinkToCheck { index, url: o.href.clone(), anchor, in_content: content > 0, surrounding });
        }
    }
    CheckInput { page_url: snapshot.url.clone(), relevant: picks.relevant, links }
}

/// One link's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckResult {
    pub url: String,
    pub status: Status,
    /// The last HTTP status seen, the final URL and the redirects, the network error.
    #[serde(default)]
    pub http: Option<u16>,
    #[serde(default)]
    pub final_url: Option<String>,
    #[serde(default)]
    pub chain: Vec<String>,
    #[serde(default)]
    pub error: Option<String>,
}

/// "Pitch your page as a replacement for *anchor* → dead URL".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BrokenLinkOpportunity {
    pub index: u32,
    pub anchor: String,
    pub url: String,
    pub surrounding: String,
    pub status: Status,
}

/// What the checks add up to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckSummary {
    /// Links per status, in [`Status::ALL`] order (statuses with none left out).
    pub counts: Vec<(Status, u32)>,
    pub broken: u32,
    /// Broken links in the content of a relevant page, in page order.
    pub opportunities: Vec<BrokenLinkOpportunity>,
}

pub fn summarise(input: &CheckInput, results: &[CheckResult]) -> CheckSummary {
    let status_of = |url: &str| results.iter().find(|r| r.url == url).map(|r| r.status);
    let counts = Status::ALL.into_iter().map(|s| (s, results.iter().filter(|r| r.status == s).count() as u32)).filter(|(_, n)| *n > 0).collect();
    let broken = results.iter().filter(|r| r.status.is_broken()).count() as u32;
    let mut opportunities: Vec<BrokenLinkOpportunity> = if input.relevant {
        input
            .links
            .iter()
            .filter(|l| l.in_content)
            .filter_map(|l| status_of(&l.url).filter(|s| s.is_broken()).map(|status| BrokenLinkOpportunity { index: l.index, anchor: l.anchor.clone(), url: l.url.clone(), surrounding: l.surrounding.clone(), status }))
            .collect()
    } else {
        Vec::new()
    };
    opportunities.sort_by_key(|o| o.index);
    CheckSummary { counts, broken, opportunities }
}

/// A link's score once checked: a broken link passes no value (0), whatever it scored offline;
/// any other answer leaves the offline score as it was (an uncertain answer is not a fault).
pub fn score_after(offline: Option<u8>, status: Status) -> Option<u8> {
    if status.is_broken() { Some(0) } else { offline }
}

/// A HEAD answered with one of these is asked again with GET: many servers refuse or misreport
/// HEAD (405 not allowed, 501 not implemented, 403 from bot filters that let GET through).
pub fn retry_with_get(head_status: u16) -> bool {
    matches!(head_status, 405 | 501 | 403)
}

/// The status an outcome stands for.
pub fn classify(outcome: &Outcome) -> Status {
    if let Some(code) = outcome.status {
        return match code {
            200..=299 if outcome.redirected || !outcome.chain.is_empty() => Status::Redirected,
            200..=299 => Status::Ok,
            404 | 410 => Status::NotFound,
            401 | 403 | 999 => Status::Blocked,
            429 => Status::RateLimited,
            500..=599 => Status::ServerError,
            _ => Status::Unknown,
        };
    }
    let error = outcome.error.as_deref().unwrap_or("");
    if error == "timeout" || error.contains("TIMED_OUT") {
        Status::Timeout
    } else if error.contains("NAME_NOT_RESOLVED") || error.contains("NAME_RESOLUTION_FAILED") {
        Status::DnsError
    } else if error.contains("CERT_") || error.contains("SSL_") {
        Status::TlsError
    } else {
        Status::Unknown
    }
}

/// How long `Retry-After` asks to wait, in milliseconds: delta-seconds or an HTTP date (against
/// `now_ms`), capped at `max_ms`; `None` when it cannot be read.
pub fn retry_after_ms(value: &str, now_ms: i64, max_ms: i64) -> Option<i64> {
    let value = value.trim();
    let ms = match value.parse::<u64>() {
        Ok(seconds) => i64::try_from(seconds.saturating_mul(1000)).unwrap_or(i64::MAX),
        Err(_) => http_date_ms(value)? - now_ms,
    };
    Some(ms.clamp(0, max_ms))
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, the form RFC 9110 requires senders to use).
fn http_date_ms(value: &str) -> Option<i64> {
    let mut parts = value.split_whitespace().skip(1);
    let day: i64 = parts.next()?.parse().ok()?;
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].iter().position(|m| Some(*m) == parts.clone().next())? as i64 + 1;
    parts.next();
    let year: i64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':').map(|n| n.parse::<i64>().ok());
    let (h, m, s) = (clock.next()??, clock.next()??, clock.next()??);
    Some(((crate::calendar::days_from_civil(year, month, day) * 24 + h) * 60 + m) * 60_000 + s * 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_status(code: u16) -> Outcome {
        Outcome { status: Some(code), ..Outcome::default() }
    }

    #[test]
    fn statuses_follow_the_codes_and_only_gone_pages_and_dead_hosts_are_broken() {
        let cases = [(200, Status::Ok), (204, Status::Ok), (404, Status::NotFound), (410, Status::NotFound), (403, Status::Blocked), (401, Status::Blocked), (999, Status::Blocked), (429, Status::RateLimited), (500, Status::ServerError), (503, Status::ServerError), (418, Status::Unknown)];
        for (code, status) in cases {
            assert_eq!(classify(&with_status(code)), status, "{code}");
        }
        assert_eq!(classify(&Outcome { status: Some(200), redirected: true, ..Outcome::default() }), Status::Redirected);
        let error = |e: &str| classify(&Outcome { error: Some(e.into()), ..Outcome::default() });
        assert_eq!(error("net::ERR_NAME_NOT_RESOLVED"), Status::DnsError);
        assert_eq!(error("net::ERR_CERT_AUTHORITY_INVALID"), Status::TlsError);
        assert_eq!(error("timeout"), Status::Timeout);
        assert_eq!(error("net::ERR_CONNECTION_REFUSED"), Status::Unknown);
        assert_eq!(error("net::ERR_TOO_MANY_REDIRECTS"), Status::Unknown);
        let broken: Vec<&str> = Status::ALL.into_iter().filter(|s| s.is_broken()).map(Status::id).collect();
        assert_eq!(broken, ["not-found", "dns-error"]);
        assert!(Status::ALL.iter().all(|s| !(s.is_broken() && s.is_uncertain())));
        assert!(retry_with_get(405) && retry_with_get(501) && retry_with_get(403) && !retry_with_get(404));
        assert_eq!((score_after(Some(80), Status::NotFound), score_after(Some(80), Status::DnsError)), (Some(0), Some(0)));
        assert_eq!((score_after(Some(80), Status::Timeout), score_after(None, Status::Ok)), (Some(80), None));
    }

    #[test]
    fn dead_in_content_links_of_a_relevant_page_are_pitches_and_nothing_uncertain_is() {
        let link = |index: u32, url: &str, in_content: bool| LinkToCheck { index, url: url.into(), anchor: format!("anchor {index}"), in_content, surrounding: format!("text around {index}") };
        let mut input = CheckInput { page_url: "https://blog.example/".into(), relevant: true, links: vec![link(3, "https://gone.example/", true), link(1, "https://dead-host.example/", true), link(5, "https://footer-gone.example/", false), link(7, "https://slow.example/", true)] };
        let result = |url: &str, status: Status| CheckResult { url: url.into(), status, http: None, final_url: None, chain: Vec::new(), error: None };
        let results = [result("https://gone.example/", Status::NotFound), result("https://dead-host.example/", Status::DnsError), result("https://footer-gone.example/", Status::NotFound), result("https://slow.example/", Status::Timeout)];
        let summary = summarise(&input, &results);
        assert_eq!(summary.broken, 3);
        assert_eq!(summary.opportunities.iter().map(|o| (o.index, o.anchor.as_str())).collect::<Vec<_>>(), [(1, "anchor 1"), (3, "anchor 3")]);
        assert_eq!(summary.counts, [(Status::NotFound, 2), (Status::Timeout, 1), (Status::DnsError, 1)]);
        input.relevant = false;
        assert!(summarise(&input, &results).opportunities.is_empty(), "not a relevant page: no pitch");
    }

    #[test]
    fn the_popups_picks_become_the_links_to_check_content_first_each_url_once() {
        use crate::snapshot::{LinkObservation, PageSnapshot, Region};
        let link = |index: u32, href: &str, text: &str, region: Region| LinkObservation { index, href: href.into(), text: text.into(), region, surrounding: if text.is_empty() { String::new() } else { format!("See {text} for the details.") }, ..Default::default() };
        let mut icon = link(3, "https://social.example/me", "", Region::Footer);
        icon.aria_label = "My profile".into();
        let snapshot = PageSnapshot {
            url: "https://blog.example/post".into(),
            links: vec![link(0, "https://a.example/", "first", Region::Footer), link(1, "https://b.example/guide", "the guide", Region::Main), link(2, "https://a.example/", "again", Region::Main), icon, link(4, "mailto:x@y.example", "mail", Region::Main)],
            ..Default::default()
        };
        let report = crate::analyze_prospect(&snapshot, &crate::Profile::default(), None, 20_000);
        let picks: Picks = serde_json::from_str(&picks_json(&report)).unwrap();
        assert!(!picks.relevant, "no profile, no verdict");
        let input = input_from(&snapshot, &picks);
        let got: Vec<(u32, &str, &str, bool)> = input.links.iter().map(|l| (l.index, l.url.as_str(), l.anchor.as_str(), l.in_content)).collect();
        assert_eq!(got.first().map(|g| g.0), Some(1), "in-content first: {got:?}");
        assert!(got.iter().any(|g| g.2 == "My profile"), "an icon link is named by its label: {got:?}");
        assert_eq!(got.iter().filter(|g| g.1 == "https://a.example/").count(), 1, "each URL once");
        assert!(got.iter().all(|g| g.1.starts_with("http")));
        assert_eq!(input.links[0].surrounding, "See the guide for the details.");
    }

    #[test]
    fn retry_after_reads_seconds_and_dates_and_is_capped() {
        assert_eq!(retry_after_ms("2", 0, 60_000), Some(2_000));
        assert_eq!(retry_after_ms("3600", 0, 60_000), Some(60_000));
        let now = http_date_ms("Wed, 02 Dec 2026 10:00:00 GMT").unwrap();
        assert_eq!(retry_after_ms("Wed, 02 Dec 2026 10:00:05 GMT", now, 60_000), Some(5_000));
        assert_eq!(retry_after_ms("Wed, 02 Dec 2026 09:00:00 GMT", now, 60_000), Some(0));
        assert_eq!(retry_after_ms("soon", now, 60_000), None);
    }
}
