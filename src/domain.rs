//! Registrable domains (eTLD+1) from the Public Suffix List, and host facts the signals share.
//!
//! The list is the official `public_suffix_list.dat` (MPL-2.0, see `data/psl/`), compacted at build
//! time and parsed once per process by the maintained `publicsuffix` crate. Never "the last two
//! labels": `example.co.uk`, `user.github.io` and `b.c.kobe.jp` are registrable domains too.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::OnceLock;

use publicsuffix::{List, Psl};

#[cfg(not(feature = "data-assets"))]
static PSL_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/public_suffix_list.dat"));

static LIST: OnceLock<List> = OnceLock::new();

fn list() -> &'static List {
    LIST.get_or_init(|| {
        // The list is bundled and checked by the PSL test vectors, so a parse failure is a build bug.
        #[cfg(not(feature = "data-assets"))]
        return PSL_TEXT.parse().expect("bundled public suffix list parses");
        // The popup loads the list before anything asks for a domain: a call before it is a bug,
        // and the panic ends in the popup's error state.
        #[cfg(feature = "data-assets")]
        panic!("the public suffix list was not loaded");
    })
}

/// The compacted list text the build bundles: what `build-intel` writes as the popup's asset.
#[cfg(not(feature = "data-assets"))]
pub fn list_text() -> &'static str {
    PSL_TEXT
}

/// Loads the list from its data asset (builds with `data-assets`: the popup). Loading twice keeps
/// the first; text that holds no rules is refused (a truncated or wrong file).
#[cfg(feature = "data-assets")]
pub fn load_list(text: &str) -> Result<(), String> {
    if LIST.get().is_some() {
        return Ok(());
    }
    let list: List = text.parse().map_err(|e| format!("the public suffix list is unreadable: {e}"))?;
    if list.suffix(b"example.co.uk").is_none_or(|s| s.as_bytes() != b"co.uk") {
        return Err("the public suffix list is incomplete".into());
    }
    let _ = LIST.set(list);
    Ok(())
}

/// Parses the bundled list now, so the first page analysis does not pay for it.
pub fn warm_up() {
    list();
}

/// The registrable domain (public suffix + one label) of `host`, lowercased.
///
/// Returns `None` for IP literals, public suffixes themselves (`com`, `co.uk`), single-label hosts
/// (`localhost`) and malformed hosts (empty labels, a leading dot). Accepts Unicode and
/// punycode (`xn--`) hosts and returns the domain in the same form (as the official test vectors
/// ask); hosts from browsers are punycode, so compare what people type through
/// [`crate::idna_lite::host_to_ascii`] first. A trailing dot (FQDN) is ignored.
///
/// ```
/// use backlink_bot::registrable_domain;
/// assert_eq!(registrable_domain("www.Example.co.uk").as_deref(), Some("example.co.uk"));
/// assert_eq!(registrable_domain("user.github.io").as_deref(), Some("user.github.io"));
/// assert_eq!(registrable_domain("127.0.0.1"), None);
/// assert_eq!(registrable_domain("www.Bücher.de").as_deref(), Some("bücher.de"));
/// ```
pub fn registrable_domain(host: &str) -> Option<String> {
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() || host.starts_with('.') || host.contains("..") || is_ip_literal(host) {
        return None;
    }
    if !host.is_ascii() {
        // The bundled rules are punycode (see build.rs): look up the ASCII form, answer in Unicode.
        let domain = ascii_registrable_domain(&crate::idna_lite::host_to_ascii(host)?)?;
        return Some(crate::idna_lite::host_to_unicode(&domain));
    }
    ascii_registrable_domain(host)
}

/// `url::Url::parse`, also for an address whose host is written in Unicode or with %-escapes
/// (typed, or in an export file): the `url` crate here refuses non-ASCII hosts (see
/// [`crate::idna_lite`]), so such a host is written in punycode first, as a browser would.
pub fn parse_url(s: &str) -> Option<url::Url> {
    // As the URL standard does first: no leading or trailing controls or spaces, no tab or newline.
    let s = s.trim_matches(|c: char| c <= ' ');
    let cleaned;
    let s = if s.contains(['\t', '\n', '\r']) {
        cleaned = s.replace(['\t', '\n', '\r'], "");
        cleaned.as_str()
    } else {
        s
    };
    match special_authority(s) {
        Some((scheme, authority, tail)) if !authority.is_ascii() || authority.contains('%') => {
            url::Url::parse(&format!("{scheme}://{}{tail}", ascii_authority(authority)?)).ok()
        }
        _ => url::Url::parse(s).ok(),
    }
}

/// `href` read against `base` (a fetched page's links), with [`parse_url`]'s care for hosts.
pub fn join_url(base: &url::Url, href: &str) -> Option<url::Url> {
    let href = href.trim_matches(|c: char| c <= ' ');
    if href.starts_with("//") || href.starts_with("\\\\") {
        parse_url(&format!("{}:{href}", base.scheme()))
    } else if special_authority(href).is_some() {
        parse_url(href)
    } else {
        // A path, query or fragment: the host stays the base's.
        base.join(href).ok()
    }
}

/// The schemes whose host the `url` crate reads as a domain (the URL standard's special ones).
const SPECIAL_SCHEMES: &[&str] = &["http", "https", "ws", "wss", "ftp", "file"];

/// `HTTPS://user@Bücher.de:8080/p?q` → (`HTTPS`, `user@Bücher.de:8080`, `/p?q`), for the special
/// schemes, however many slashes (or backslashes) follow the colon.
fn special_authority(s: &str) -> Option<(&str, &str, &str)> {
    let (scheme, rest) = s.split_once(':')?;
    if !SPECIAL_SCHEMES.iter().any(|special| special.eq_ignore_ascii_case(scheme)) {
        return None;
    }
    // `file:///path` has an empty host; the other schemes take any number of slashes.
    let rest = if scheme.eq_ignore_ascii_case("file") {
        match rest.strip_prefix("//") {
            Some(rest) => rest,
            None => return Some((scheme, "", rest)),
        }
    } else {
        rest.trim_start_matches(['/', '\\'])
    };
    let (authority, tail) = rest.split_at_checked(rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len()))?;
    Some((scheme, authority, tail))
}

/// `user@B%C3%BCcher.de:8080` → `user@xn--bcher-kva.de:8080`.
fn ascii_authority(authority: &str) -> Option<String> {
    let (userinfo, host_port) = authority.rsplit_once('@').map_or(("", authority), |(user, host)| (user, host));
    let (host, port) = match host_port.rsplit_once(':') {
        Some((host, port)) if !host.starts_with('[') && port.bytes().all(|b| b.is_ascii_digit()) => (host, Some(port)),
        _ => (host_port, None),
    };
    let host = percent_encoding::percent_decode_str(host).decode_utf8().ok()?;
    let mut out = String::with_capacity(authority.len() + 8);
    if !userinfo.is_empty() {
        out.push_str(userinfo);
        out.push('@');
    }
    out.push_str(&crate::idna_lite::host_to_ascii(&host)?);
    if let Some(port) = port {
        out.push(':');
        out.push_str(port);
    }
    Some(out)
}

fn ascii_registrable_domain(host: &str) -> Option<String> {
    let lower;
    let host = if host.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = host.to_ascii_lowercase();
        lower.as_str()
    } else {
        host
    };
    let domain = list().domain(host.as_bytes())?;
    // The crate answers with a slice of the ASCII bytes it was given.
    std::str::from_utf8(domain.as_bytes()).ok().map(str::to_owned)
}

/// True when the PSL entry that decided `domain` comes from the list's PRIVATE section
/// (hosting platforms where each subdomain belongs to a different owner: github.io, blogspot.com…).
pub fn is_private_suffix_domain(domain: &str) -> bool {
    list()
        .suffix(domain.as_bytes())
        .is_some_and(|s| s.typ() == Some(publicsuffix::Type::Private))
}

/// The PSL private-section suffix `domain` sits under (`github.io` for `alice.github.io`), or
/// `None` for the suffix itself, for ICANN domains and for unknown TLDs. Expects lowercase
/// ASCII; does not allocate.
pub fn private_suffix(domain: &str) -> Option<&str> {
    let domain = domain.strip_suffix('.').unwrap_or(domain);
    let suffix = list().suffix(domain.as_bytes())?;
    let len = suffix.as_bytes().len();
    if suffix.typ() != Some(publicsuffix::Type::Private) || len >= domain.len() {
        return None;
    }
    domain.get(domain.len() - len..)
}

/// True for IPv4 / IPv6 literals, bracketed or not.
pub fn is_ip_literal(host: &str) -> bool {
    let bare = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    bare.parse::<Ipv4Addr>().is_ok() || bare.parse::<Ipv6Addr>().is_ok()
}

/// The site identity used to tell internal from external links: the registrable domain, or the
/// host itself when it has none (IP literals, `localhost`, bare TLDs).
pub fn site_of(host: &str) -> String {
    registrable_domain(host).unwrap_or_else(|| host.to_ascii_lowercase())
}

/// Host names a table lists, matched on a link's host or any parent domain of it
/// (`rover.ebay.com`; `sjv.io` for `homedepot.sjv.io`). Keyed first by the names' last two
/// labels, so a host that ends otherwise, nearly every one, costs one lookup (a key of our
/// tables, not a registrable domain).
#[derive(Default)]
pub struct HostSet {
    names: hashbrown::HashSet<&'static str>,
    tails: hashbrown::HashSet<&'static str>,
}

impl HostSet {
    pub fn insert(&mut self, name: &'static str) {
        self.names.insert(name);
        self.tails.insert(last_two_labels(name));
    }

    /// The listed name that `host` (lowercase) is, or is under.
    pub fn find(&self, host: &str) -> Option<&'static str> {
        let tail = last_two_labels(host);
        if !self.tails.contains(tail) {
            return None;
        }
        std::iter::successors(Some(host), |h| h.split_once('.').map(|(_, rest)| rest))
            .take_while(|h| h.len() >= tail.len())
            .find_map(|h| self.names.get(h).copied())
    }
}

/// A host's last two labels (all of it when it has fewer).
fn last_two_labels(host: &str) -> &str {
    host.rmatch_indices('.').nth(1).and_then(|(at, _)| host.get(at + 1..)).unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_sets_match_a_host_or_a_parent_by_whole_labels() {
        let mut set = HostSet::default();
        set.insert("sjv.io");
        set.insert("rover.ebay.com");
        set.insert("amzn.to");
        assert_eq!(set.find("homedepot.sjv.io"), Some("sjv.io"));
        assert_eq!(set.find("rover.ebay.com"), Some("rover.ebay.com"));
        assert_eq!(set.find("amzn.to"), Some("amzn.to"));
        assert_eq!(set.find("www.ebay.com"), None, "a sibling of a listed host");
        assert_eq!(set.find("notsjv.io"), None, "whole labels only");
        assert_eq!(set.find("io"), None);
        assert_eq!(last_two_labels("a.b.c.example"), "c.example");
        assert_eq!(last_two_labels("localhost"), "localhost");
    }

    #[test]
    fn private_section_platforms_are_their_own_sites() {
        assert_eq!(registrable_domain("alice.github.io").as_deref(), Some("alice.github.io"));
        assert!(is_private_suffix_domain("alice.github.io"));
        assert!(!is_private_suffix_domain("example.com"));
        assert_eq!(private_suffix("alice.github.io"), Some("github.io"));
        assert_eq!(private_suffix("github.io"), None);
        assert_eq!(private_suffix("example.com"), None);
    }

    #[test]
    fn ip_literals_and_single_labels_have_no_registrable_domain() {
        assert_eq!(registrable_domain("[::1]"), None);
        assert_eq!(registrable_domain("203.0.113.7"), None);
        assert_eq!(registrable_domain("localhost"), None);
        assert_eq!(site_of("127.0.0.1"), "127.0.0.1");
    }

    #[test]
    fn addresses_typed_in_unicode_parse_as_a_browser_writes_them() {
        let url = parse_url("https://user@Bücher.de:8080/straße?q=ü#x").expect("parses");
        assert_eq!(url.as_str(), "https://user@xn--bcher-kva.de:8080/stra%C3%9Fe?q=%C3%BC#x");
        assert_eq!(parse_url("http://пример.рф").map(|u| u.host_str().map(str::to_owned)), Some(Some("xn--e1afmkfd.xn--p1ai".into())));
        assert!(parse_url("not a url").is_none());
        assert!(parse_url("bücher.de/no-scheme").is_none());
        // Escaped, upper-case, odd slashes, a tab: read as a browser reads them.
        assert_eq!(parse_url(" HTTP:\\\\B%C3%BCcher.DE\t/x").map(String::from).as_deref(), Some("http://xn--bcher-kva.de/x"));
        assert_eq!(parse_url("mailto:jürgen@bücher.de").map(|u| u.scheme().to_owned()).as_deref(), Some("mailto"));
        let base = url::Url::parse("https://example.com/a/b").expect("parses");
        assert_eq!(join_url(&base, "//Bücher.de/x").map(String::from).as_deref(), Some("https://xn--bcher-kva.de/x"));
        assert_eq!(join_url(&base, "HTTP://Bücher.de").map(String::from).as_deref(), Some("http://xn--bcher-kva.de/"));
        assert_eq!(join_url(&base, "straße?q").map(String::from).as_deref(), Some("https://example.com/a/stra%C3%9Fe?q"));
        assert_eq!(registrable_domain("shop.xn--bcher-kva.de").as_deref(), Some("xn--bcher-kva.de"));
        assert_eq!(registrable_domain("shop.Bücher.de").as_deref(), Some("bücher.de"));
    }

    #[test]
    fn trailing_dot_and_case_are_normalized() {
        assert_eq!(registrable_domain("WWW.Example.COM.").as_deref(), Some("example.com"));
    }
}
