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
