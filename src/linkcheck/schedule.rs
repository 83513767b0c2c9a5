//! The politeness rules of live checks, as a pure state machine the browser side drives with
//! the real clock: at most [`PER_HOST`] requests at once to a host and [`TOTAL`] in all, starts on
//! one host at least [`HOST_GAP_MS`] apart, a 429 waited out as its `Retry-After` asks (once;
//! capped at [`MAX_WAIT_MS`]), and a host that keeps failing ([`STOP_AFTER`] errors in a row) left
//! alone: its remaining links are reported unknown rather than hammered.
//! Why: a link checker that floods a small site gets blocked (and should be); being polite is also
//! what keeps the answers true.

use std::collections::VecDeque;

use hashbrown::HashMap;

use super::Status;

pub const PER_HOST: usize = 2;
pub const TOTAL: usize = 6;
pub const HOST_GAP_MS: i64 = 250;
pub const TIMEOUT_MS: i64 = 10_000;
pub const STOP_AFTER: u32 = 3;
pub const MAX_WAIT_MS: i64 = 30_000;
/// A 429 without a readable `Retry-After` waits this long before its one retry.
pub const DEFAULT_WAIT_MS: i64 = 5_000;

/// What the runner does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Fetch this URL now.
    Start(String),
    /// This URL's host was given up on: report it unknown without fetching.
    Skip(String),
    /// Nothing can start before this time (ms); wake then, or when a request ends.
    Wait(i64),
    /// Requests are in flight and nothing else can start: wake when one ends.
    Busy,
    /// Every URL has its answer.
    Done,
}

#[derive(Debug, Default)]
struct Host {
    in_flight: usize,
    not_before: i64,
    errors: u32,
    stopped: bool,
}

#[derive(Debug, Default)]
pub struct Scheduler {
    queue: VecDeque<String>,
    hosts: HashMap<String, Host>,
    in_flight: usize,
    /// URLs already retried after a 429.
    retried: hashbrown::HashSet<String>,
}

fn host_of(url: &str) -> String {
    crate::domain::parse_url(url).and_then(|u| u.host_str().map(str::to_ascii_lowercase)).unwrap_or_default()
}

impl Scheduler {
    /// Every URL once, in the order given.
    pub fn new<'a>(urls: impl IntoIterator<Item = &'a str>) -> Scheduler {
        let mut seen = hashbrown::HashSet::new();
        let queue = urls.into_iter().filter(|u| seen.insert(*u)).map(str::to_string).collect();
        Scheduler { queue, ..Scheduler::default() }
    }

    pub fn next(&mut self, now: i64) -> Next {
        if self.queue.is_empty() {
            return if self.in_flight == 0 { Next::Done } else { Next::Busy };
        }
        let mut wake: Option<i64> = None;
        let mut pick = None;
        for (i, url) in self.queue.iter().enumerate() {
            let host = self.hosts.entry(host_of(url)).or_default();
            if host.stopped {
                pick = Some((i, true));
                break;
            }
            if self.in_flight >= TOTAL || host.in_flight >= PER_HOST {
                continue;
            }
            if host.not_before > now {
                wake = Some(wake.map_or(host.not_before, |w: i64| w.min(host.not_before)));
                continue;
            }
            pick = Some((i, false));
            break;
        }
        match pick.and_then(|(i, skip)| self.queue.remove(i).map(|url| (url, skip))) {
            Some((url, true)) => Next::Skip(url),
            Some((url, false)) => {
                let host = self.hosts.entry(host_of(&url)).or_default();
                host.in_flight += 1;
                host.not_before = now + HOST_GAP_MS;
                self.in_flight += 1;
                Next::Start(url)
            }
            None => match wake {
                Some(at) if self.in_flight < TOTAL => Next::Wait(at),
                _ => Next::Busy,
            },
        }
    }

    /// A request for `url` ended with `status`. Returns the status to report, or `None` when the
    /// URL was queued again (a first 429: retried once `retry_after_ms`, or [`DEFAULT_WAIT_MS`],
    /// has passed, and nothing else starts on that host before then).
    pub fn finished(&mut self, url: &str, status: Status, retry_after_ms: Option<i64>, now: i64) -> Option<Status> {
        self.in_flight = self.in_flight.saturating_sub(1);
        let host = self.hosts.entry(host_of(url)).or_default();
        host.in_flight = host.in_flight.saturating_sub(1);
        if status == Status::RateLimited {
            host.not_before = host.not_before.max(now + retry_after_ms.unwrap_or(DEFAULT_WAIT_MS).clamp(0, MAX_WAIT_MS));
            if self.retried.insert(url.to_string()) {
                self.queue.push_front(url.to_string());
                return None;
            }
            return Some(status);
        }
        if matches!(status, Status::Timeout | Status::ServerError | Status::Unknown | Status::TlsError | Status::DnsError) {
            host.errors += 1;
            host.stopped |= host.errors >= STOP_AFTER;
        } else {
            host.errors = 0;
        }
        Some(status)
    }

    /// URLs not answered yet (queued or in flight).
    pub fn remaining(&self) -> usize {
        self.queue.len() + self.in_flight
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the scheduler against a fake network: `answer(url)` is each request's status and
    /// duration. Returns the results and the largest concurrency seen, per host and in all.
    /// Each URL's reported status and when, the peaks (in all, per host), and every start.
    type Simulated = (Vec<(String, Status, i64)>, usize, usize, Vec<(String, i64)>);

    fn simulate(urls: &[String], answer: impl Fn(&str, u32) -> (Status, i64, Option<i64>)) -> Simulated {
        let mut s = Scheduler::new(urls.iter().map(String::as_str));
        let mut now = 0;
        let mut flying: Vec<(String, i64, Status, Option<i64>)> = Vec::new();
        let mut attempts: HashMap<String, u32> = HashMap::new();
        let (mut results, mut starts, mut peak, mut peak_host) = (Vec::new(), Vec::new(), 0, 0);
        loop {
            match s.next(now) {
                Next::Start(url) => {
                    let n = attempts.entry(url.clone()).or_default();
                    let (status, took, retry) = answer(&url, *n);
                    *n += 1;
                    starts.push((url.clone(), now));
                    flying.push((url, now + took, status, retry));
                    peak = peak.max(flying.len());
                    for f in &flying {
                        peak_host = peak_host.max(flying.iter().filter(|g| host_of(&g.0) == host_of(&f.0)).count());
                    }
                }
                Next::Skip(url) => results.push((url, Status::Unknown, now)),
                Next::Done => break,
                other => {
                    // Advance to the next event: a request ending, or the wake time.
                    let end = flying.iter().map(|f| f.1).min();
                    let wake = if let Next::Wait(at) = other { Some(at) } else { None };
                    now = [end, wake].into_iter().flatten().min().expect("something to wait for");
                    while let Some(i) = flying.iter().position(|f| f.1 <= now) {
                        let (url, _, status, retry) = flying.remove(i);
                        if let Some(st) = s.finished(&url, status, retry, now) {
                            results.push((url, st, now));
                        }
                    }
                }
            }
        }
        (results, peak, peak_host, starts)
    }

    #[test]
    fn never_more_than_two_per_host_and_six_in_all_with_a_gap_between_starts() {
        let urls: Vec<String> = (0..60).map(|i| format!("https://h{}.example/{i}", i % 5)).collect();
        let (results, peak, peak_host, starts) = simulate(&urls, |_, _| (Status::Ok, 300, None));
        assert_eq!(results.len(), 60);
        assert_eq!((peak, peak_host), (6, 2));
        for host in 0..5 {
            let times: Vec<i64> = starts.iter().filter(|(u, _)| u.starts_with(&format!("https://h{host}."))).map(|(_, t)| *t).collect();
            assert!(times.windows(2).all(|w| w[1] - w[0] >= HOST_GAP_MS), "{times:?}");
        }
    }

    #[test]
    fn a_429_is_retried_once_after_retry_after_and_nothing_else_starts_on_that_host_meanwhile() {
        let urls: Vec<String> = vec!["https://busy.example/a".into(), "https://busy.example/b".into(), "https://calm.example/c".into()];
        let (results, _, _, starts) = simulate(&urls, |url, n| if url.ends_with("/a") && n == 0 { (Status::RateLimited, 10, Some(3_000)) } else { (Status::Ok, 10, None) });
        let a = results.iter().find(|r| r.0.ends_with("/a")).unwrap();
        assert_eq!(a.1, Status::Ok, "the retry answered");
        let retried_at = starts.iter().filter(|(u, _)| u.ends_with("/a")).map(|(_, t)| *t).nth(1).unwrap();
        assert!(retried_at >= 3_010, "{retried_at}");
        // /b started before the 429 came back (two at once are allowed), never during the wait.
        let b = starts.iter().find(|(u, _)| u.ends_with("/b")).unwrap().1;
        assert!(!(10..3_010).contains(&b), "{b}");
        // Still 429 on the retry: reported rate-limited (shown as unknown, never broken).
        let (results, ..) = simulate(&urls[..1], |_, _| (Status::RateLimited, 10, Some(1_000)));
        assert_eq!(results[0].1, Status::RateLimited);
    }

    #[test]
    fn a_host_that_keeps_failing_is_left_alone() {
        let urls: Vec<String> = (0..10).map(|i| format!("https://down.example/{i}")).chain(["https://up.example/".to_string()]).collect();
        let (results, _, _, starts) = simulate(&urls, |url, _| if url.contains("down") { (Status::Timeout, TIMEOUT_MS, None) } else { (Status::Ok, 10, None) });
        assert_eq!(results.len(), 11);
        let fetched_down = starts.iter().filter(|(u, _)| u.contains("down")).count();
        assert!(fetched_down <= STOP_AFTER as usize + 1, "{fetched_down} requests to a dead host");
        assert!(results.iter().filter(|r| r.0.contains("down")).all(|r| matches!(r.1, Status::Timeout | Status::Unknown)));
        assert_eq!(results.iter().find(|r| r.0.contains("up")).map(|r| r.1), Some(Status::Ok));
    }

    #[test]
    fn each_url_is_asked_once() {
        let urls: Vec<String> = vec!["https://a.example/".into(), "https://a.example/".into()];
        let (results, ..) = simulate(&urls, |_, _| (Status::Ok, 5, None));
        assert_eq!(results.len(), 1);
    }
}
