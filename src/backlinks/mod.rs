//! My backlink profile and my competitors', from the files link builders already export (Google
//! Search Console, Ahrefs, Semrush, Majestic, any CSV with a source URL): read them
//! ([`import`]), merge them, audit every referring domain with explainable reasons ([`audit`]),
//! classify the anchors ([`anchors`]), show growth per month ([`growth`]), write a disavow file
//! Google accepts ([`disavow`]), and find the domains that link to competitors but not to me
//! ([`gap`]). All of it offline, in the core: the CLI (`backlink-bot backlinks`) and the
//! extension read the same files with the same code.

pub mod anchors;
pub mod backup;
pub mod audit;
pub mod disavow;
pub mod gap;
pub mod growth;
pub mod import;
pub mod summary;

use hashbrown::HashMap;
use serde::{Deserialize, Serialize};

use crate::domain::registrable_domain;
use crate::intel::{Categories, DomainIntel};

/// One backlink as an export lists it. Dates are days since 1970-01-01 (UTC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Backlink {
    pub source_url: String,
    /// The page linked to ("" when the export does not say, e.g. GSC sample links).
    pub target_url: String,
    /// `None` when the export has no anchor column (GSC); `Some("")` for an image or empty link.
    pub anchor: Option<String>,
    pub nofollow: bool,
    pub ugc: bool,
    pub sponsored: bool,
    pub first_seen: Option<i64>,
    pub last_seen: Option<i64>,
    /// When the link was lost (a lost link without a date: its last-seen day, or 0 when unknown).
    pub lost: Option<i64>,
    /// The tool's own authority figure for the source (Ahrefs DR, Semrush page AS, Majestic TF):
    /// kept as given, never mixed with ours.
    pub authority: Option<u32>,
}

impl Backlink {
    /// Passes equity as far as the export says.
    pub fn followed(&self) -> bool {
        !(self.nofollow || self.ugc || self.sponsored)
    }
}

/// Merges links that are the same (source URL + target URL): the earliest first-seen, the latest
/// last-seen, the rel flags and lost date of the most recently seen copy. Order: first occurrence.
pub fn merge(links: impl IntoIterator<Item = Backlink>) -> Vec<Backlink> {
    let mut out: Vec<Backlink> = Vec::new();
    let mut at: HashMap<(String, String), usize> = HashMap::new();
    for link in links {
        let key = (link.source_url.clone(), link.target_url.clone());
        match at.get(&key).and_then(|&i| out.get_mut(i)) {
            Some(kept) => {
                let newer = link.last_seen >= kept.last_seen;
                let first_seen = min_some(kept.first_seen, link.first_seen);
                let last_seen = kept.last_seen.max(link.last_seen);
                if newer {
                    let anchor = link.anchor.clone().or_else(|| kept.anchor.take());
                    let authority = link.authority.or(kept.authority);
                    *kept = Backlink { anchor, authority, ..link };
                }
                kept.first_seen = first_seen;
                kept.last_seen = last_seen;
            }
            None => {
                at.insert(key, out.len());
                out.push(link);
            }
        }
    }
    out
}

/// Whose links a stored record holds: `"mine"`, or a competitor's registrable domain.
pub const MINE: &str = "mine";

/// One stored link (the Backlinks page keeps one record per link in IndexedDB). Stored flat
/// (`key`, `whose` and the link's fields side by side), through [`FlatLink`]: serde's `flatten`
/// would do the same with a buffering deserializer that costs every module ~10 KB of Wasm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "FlatLink", into = "FlatLink")]
pub struct StoredLink {
    /// `whose` + source URL + target URL: the same link merges.
    pub key: String,
    pub whose: String,
    pub link: Backlink,
}

/// [`StoredLink`] as stored: one object, fields at their defaults (no anchor column, not
/// nofollow, no date) left out: smaller records are quicker for IndexedDB to clone and write.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct FlatLink {
    key: String,
    whose: String,
    source_url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    target_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    anchor: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    nofollow: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    ugc: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    sponsored: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    first_seen: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_seen: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lost: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    authority: Option<u32>,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_false(b: &bool) -> bool {
    !*b
}

impl From<FlatLink> for StoredLink {
    fn from(f: FlatLink) -> StoredLink {
        let link = Backlink { source_url: f.source_url, target_url: f.target_url, anchor: f.anchor, nofollow: f.nofollow, ugc: f.ugc, sponsored: f.sponsored, first_seen: f.first_seen, last_seen: f.last_seen, lost: f.lost, authority: f.authority };
        StoredLink { key: f.key, whose: f.whose, link }
    }
}

impl From<StoredLink> for FlatLink {
    fn from(s: StoredLink) -> FlatLink {
        let l = s.link;
        FlatLink { key: s.key, whose: s.whose, source_url: l.source_url, target_url: l.target_url, anchor: l.anchor, nofollow: l.nofollow, ugc: l.ugc, sponsored: l.sponsored, first_seen: l.first_seen, last_seen: l.last_seen, lost: l.lost, authority: l.authority }
    }
}

impl StoredLink {
    pub fn new(whose: &str, link: Backlink) -> StoredLink {
        StoredLink { key: format!("{whose}\n{}\n{}", link.source_url, link.target_url), whose: whose.to_string(), link }
    }
}

/// One stored GSC "top linking sites" row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredSite {
    pub key: String,
    pub whose: String,
    pub site: String,
    pub linking_pages: u32,
}

/// What the user decided for a referring domain of mine (default: keep).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Mark {
    pub domain: String,
    /// `keep`, `disavow` or `watch`.
    pub action: String,
    #[serde(default)]
    pub note: String,
}

fn min_some(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The referring domain a link is judged and disavowed by: the registrable domain, except on a
/// hosting platform, where each subdomain is someone else's site and the host is kept
/// (`alice.blogspot.com`, `bob.wordpress.com`; never `domain:blogspot.com`). `None` for a URL
/// without a usable host.
pub fn referring_domain(url: &str, intel: Option<&DomainIntel>) -> Option<String> {
    referring_domain_of_host(&source_host(url)?, intel)
}

/// A linking page's host, lowercased, without a trailing dot.
pub fn source_host(url: &str) -> Option<String> {
    Some(crate::domain::parse_url(url)?.host_str()?.trim_end_matches('.').to_ascii_lowercase())
}

/// [`referring_domain`] for a host.
pub fn referring_domain_of_host(host: &str, intel: Option<&DomainIntel>) -> Option<String> {
    let host = host.strip_prefix("www.").unwrap_or(host);
    if crate::domain::is_ip_literal(host) {
        return Some(host.to_string());
    }
    // PSL private suffixes (blogspot.com, github.io) already make the subdomain the domain.
    let domain = registrable_domain(host)?;
    let on_platform = host != domain && intel.is_some_and(|i| i.categories(host, &domain).contains(Categories::HOSTING));
    Some(if on_platform { host.to_string() } else { domain })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(source: &str, target: &str, first: Option<i64>, last: Option<i64>) -> Backlink {
        Backlink { source_url: source.into(), target_url: target.into(), anchor: Some("a".into()), nofollow: false, ugc: false, sponsored: false, first_seen: first, last_seen: last, lost: None, authority: None }
    }

    #[test]
    fn the_same_link_merges_keeping_the_widest_dates_and_the_newest_flags() {
        let mut newer = link("https://a.example/p", "https://me.example/", Some(20), Some(30));
        newer.nofollow = true;
        newer.anchor = None;
        let merged = merge([link("https://a.example/p", "https://me.example/", Some(10), Some(25)), link("https://b.example/", "https://me.example/", None, None), newer]);
        assert_eq!(merged.len(), 2);
        let m = &merged[0];
        assert_eq!((m.first_seen, m.last_seen, m.nofollow, m.anchor.as_deref()), (Some(10), Some(30), true, Some("a")));
    }

    #[test]
    fn a_stored_link_is_one_flat_object_and_reads_back() {
        let stored = StoredLink::new("mine", link("https://a.example/p", "https://me.example/", Some(1), Some(2)));
        let json = serde_json::to_value(&stored).unwrap();
        assert_eq!(json, serde_json::json!({ "key": "mine\nhttps://a.example/p\nhttps://me.example/", "whose": "mine", "sourceUrl": "https://a.example/p", "targetUrl": "https://me.example/", "anchor": "a", "firstSeen": 1, "lastSeen": 2 }));
        assert_eq!(serde_json::from_value::<StoredLink>(json).unwrap(), stored);
    }

    #[test]
    fn referring_domains_are_registrable_except_on_platforms_and_never_a_suffix() {
        assert_eq!(referring_domain("https://www.news.example.co.uk/x", None).as_deref(), Some("example.co.uk"));
        assert_eq!(referring_domain("https://alice.blogspot.com/2020/post.html", None).as_deref(), Some("alice.blogspot.com"));
        assert_eq!(referring_domain("https://user.github.io/", None).as_deref(), Some("user.github.io"));
        assert_eq!(referring_domain("http://203.0.113.9/page", None).as_deref(), Some("203.0.113.9"));
        assert_eq!(referring_domain("https://co.uk/", None), None);
    }
}
