//! Link classification: what each link *is*, before any signal judges it.
//!
//! - kind: internal vs external by registrable domain (PSL), and the links that lead nowhere on
//!   the web (mailto:, tel:, javascript:, fragments, empty hrefs), which are classified but never
//!   scored as destinations;
//! - rel: tokens split on ASCII whitespace *and* commas, case-insensitively (HTML treats rel as a
//!   set of space-separated tokens; commas are a common authoring mistake that crawlers forgive);
//!   `noopener noreferrer` does not make a link nofollow;
//! - anchor: the text a search engine reads: visible text, else image `alt`, else `title`.

use std::ops::Range;

use hashbrown::HashMap;
use url::{Position, Url};

use crate::domain::site_of;
use crate::intel::{Authority, Categories, DomainIntel};
use crate::report::{AnchorSource, LinkKind};
use crate::snapshot::LinkObservation;

/// Parsed `rel` attribute.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rel {
    pub nofollow: bool,
    pub sponsored: bool,
    pub ugc: bool,
    /// Lowercased tokens, deduplicated, space-joined, in first-seen order.
    pub tokens: String,
}

/// Splits a `rel` value on whitespace and commas, case-insensitively.
pub fn parse_rel(raw: &str) -> Rel {
    let mut rel = Rel::default();
    for token in raw.split(|c: char| c.is_ascii_whitespace() || c == ',').filter(|t| !t.is_empty()) {
        if token.eq_ignore_ascii_case("nofollow") {
            rel.nofollow = true;
        } else if token.eq_ignore_ascii_case("sponsored") {
            rel.sponsored = true;
        } else if token.eq_ignore_ascii_case("ugc") {
            rel.ugc = true;
        }
        if !rel.tokens.split(' ').any(|t| t.eq_ignore_ascii_case(token)) {
            if !rel.tokens.is_empty() {
                rel.tokens.push(' ');
            }
            rel.tokens.extend(token.chars().map(|c| c.to_ascii_lowercase()));
        }
    }
    rel
}

/// True when a robots meta value (`"noindex, nofollow"`, `"none"`) forbids following links.
pub fn robots_nofollow(robots: &str) -> bool {
    robots
        .split(|c: char| c == ',' || c.is_ascii_whitespace())
        .any(|t| t.eq_ignore_ascii_case("nofollow") || t.eq_ignore_ascii_case("none"))
}

/// The anchor text a search engine reads, and where it came from: the visible text when it has
/// words, else the `aria-label`, the image `alt`, the `title`; a link whose text is only a symbol
/// (an icon-font glyph, "»", one letter) and nothing else names is an icon link.
pub fn anchor_of(link: &LinkObservation) -> (&str, AnchorSource) {
    let text = link.text.trim();
    [
        (text, AnchorSource::Text),
        (link.aria_label.trim(), AnchorSource::AriaLabel),
        (link.image_alt.trim(), AnchorSource::ImageAlt),
        (link.title.trim(), AnchorSource::Title),
    ]
    .into_iter()
    .find(|&(t, source)| if source == AnchorSource::Text { has_words(t) } else { !t.is_empty() })
    .unwrap_or(if text.is_empty() { ("", AnchorSource::None) } else { (text, AnchorSource::Icon) })
}

/// True when `text` holds words: two letters or digits, or one letter of a script that writes
/// words in one character (CJK). Icon fonts draw from the Private Use Area: not letters.
fn has_words(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphanumeric() && !('\u{E000}'..='\u{F8FF}').contains(c));
    match (letters.next(), letters.next()) {
        (Some(_), Some(_)) => true,
        (Some(c), None) => is_logographic(c),
        _ => false,
    }
}

/// Han (with the supplementary planes' ideographs), kana and hangul: one character can be a
/// whole word.
pub(crate) fn is_logographic(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// An http(s) URL in its canonical (WHATWG) serialization, with the places of its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUrl {
    href: String,
    host: Range<usize>,
    query: Option<Range<usize>>,
}

impl WebUrl {
    /// Parses an http(s) URL; `None` for other schemes and for URLs without a host.
    ///
    /// Hrefs from the extractor are already serialized by the browser (`a.href`), and re-parsing
    /// them with the full URL parser was a third of the analysis time; a href that is plainly
    /// canonical (lowercase scheme and host name, printable ASCII, explicit path) is split
    /// directly, anything else goes through the `url` crate.
    pub fn parse(href: &str) -> Option<WebUrl> {
        WebUrl::canonical(href).or_else(|| WebUrl::from_url(crate::domain::parse_url(href)?))
    }

    fn canonical(href: &str) -> Option<WebUrl> {
        let rest = href.strip_prefix("https://").or_else(|| href.strip_prefix("http://"))?;
        let rest_at = href.len() - rest.len();
        if !href.bytes().all(|b| (0x21..0x7f).contains(&b)) {
            return None;
        }
        let (authority, after) = rest.split_at_checked(rest.find(['/', '?', '#'])?)?;
        // The path must come first: "https://a.example?q" is not canonical ("…example/?q").
        if !after.starts_with('/') || authority.contains('@') {
            return None;
        }
        let host = match authority.split_once(':') {
            Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => host,
            Some(_) => return None,
            None => authority,
        };
        let last_label = host.rsplit('.').next().unwrap_or("");
        let is_name = !host.is_empty()
            && host.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-' || b == b'_')
            // IPv4 in any spelling ("203.0.113.7", "0x7f.1") is left to the real parser.
            && !last_label.bytes().all(|b| b.is_ascii_digit())
            && !last_label.starts_with("0x");
        if !is_name {
            return None;
        }
        let end = href.find('#').unwrap_or(href.len());
        let query = href.split('#').next().unwrap_or("").find('?').map(|q| q + 1..end);
        Some(WebUrl { href: href.to_string(), host: rest_at..rest_at + host.len(), query })
    }

    fn from_url(url: Url) -> Option<WebUrl> {
        if !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        url.host_str()?;
        let host = url[..Position::BeforeHost].len()..url[..Position::AfterHost].len();
        let query = url.query().map(|_| url[..Position::BeforeQuery].len()..url[..Position::AfterQuery].len());
        Some(WebUrl { href: url.into(), host, query })
    }

    pub fn as_str(&self) -> &str {
        &self.href
    }

    pub fn is_https(&self) -> bool {
        self.href.starts_with("https:")
    }

    /// Lowercase host name, IP literal (IPv6 in brackets) or punycode name.
    pub fn host(&self) -> &str {
        self.href.get(self.host.clone()).unwrap_or("")
    }

    /// The path, from its leading `/` up to the query or fragment.
    pub fn path(&self) -> &str {
        let after_host = self.href.get(self.host.end..).unwrap_or("");
        let after_port = after_host.find('/').and_then(|slash| after_host.get(slash..)).unwrap_or("");
        after_port.split(['?', '#']).next().unwrap_or("")
    }

    /// The query string without `?`, if any.
    pub fn query(&self) -> Option<&str> {
        self.query.clone().and_then(|q| self.href.get(q))
    }

    /// The fragment without `#`, if any.
    pub fn fragment(&self) -> Option<&str> {
        self.href.split_once('#').map(|(_, fragment)| fragment)
    }
}

impl From<WebUrl> for String {
    fn from(url: WebUrl) -> String {
        url.href
    }
}

/// A link's destination, classified.
#[derive(Debug, Clone)]
pub struct Destination {
    pub kind: LinkKind,
    /// The parsed URL of web links.
    pub url: Option<WebUrl>,
    /// Registrable domain, or host when it has none ("" for non-web links).
    pub site: String,
    /// The site's authority, when domain data is loaded and this is a web link.
    pub authority: Option<Authority>,
    /// The host's bad-neighbourhood categories (empty without domain data).
    pub categories: Categories,
}

/// What is known of one host, computed once per page.
#[derive(Clone)]
struct HostFacts {
    site: String,
    authority: Option<Authority>,
    categories: Categories,
}

/// Classifies destinations against the page's site, remembering each host's facts: pages link
/// to the same few hosts over and over, and the PSL walk and data lookups are the costly part.
pub struct Classifier<'a> {
    page_site: String,
    intel: Option<&'a DomainIntel>,
    hosts: HashMap<String, HostFacts>,
}

impl<'a> Classifier<'a> {
    /// A classifier for links on a page of `page_site`, with domain data when loaded.
    pub fn new(page_site: &str, intel: Option<&'a DomainIntel>) -> Self {
        Classifier { page_site: page_site.to_string(), intel, hosts: HashMap::new() }
    }

    pub fn classify(&mut self, link: &LinkObservation) -> Destination {
        let raw = link.raw_href().trim();
        let other = |kind| Destination { kind, url: None, site: String::new(), authority: None, categories: Categories::NONE };
        if raw.is_empty() {
            return other(LinkKind::Empty);
        }
        if raw.starts_with('#') {
            return other(LinkKind::Fragment);
        }
        let url = match WebUrl::canonical(&link.href) {
            Some(url) => url,
            None => {
                let Some(url) = crate::domain::parse_url(&link.href) else {
                    return other(LinkKind::Other);
                };
                match url.scheme() {
                    "http" | "https" => {}
                    "mailto" => return other(LinkKind::Mailto),
                    "tel" => return other(LinkKind::Tel),
                    "javascript" => return other(LinkKind::Javascript),
                    _ => return other(LinkKind::Other),
                }
                match WebUrl::from_url(url) {
                    Some(url) => url,
                    None => return other(LinkKind::Other),
                }
            }
        };
        let host = url.host();
        let facts = match self.hosts.get(host) {
            Some(facts) => facts.clone(),
            None => {
                let site = site_of(host);
                let facts = HostFacts {
                    authority: self.intel.map(|intel| intel.authority(&site)),
                    categories: self.intel.map_or(Categories::NONE, |intel| intel.categories(host, &site)),
                    site,
                };
                self.hosts.insert(host.to_string(), facts.clone());
                facts
            }
        };
        let kind = if facts.site == self.page_site { LinkKind::Internal } else { LinkKind::External };
        Destination { kind, url: Some(url), site: facts.site, authority: facts.authority, categories: facts.categories }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(href: &str, raw: &str) -> LinkObservation {
        LinkObservation { href: href.into(), raw_href: Some(raw.into()), ..Default::default() }
    }

    #[test]
    fn rel_splits_on_whitespace_and_commas_case_insensitively() {
        let rel = parse_rel(" Nofollow,Sponsored\tUGC ");
        assert!(rel.nofollow && rel.sponsored && rel.ugc);
        assert_eq!(rel.tokens, "nofollow sponsored ugc");
        let rel = parse_rel("noopener noreferrer");
        assert!(!rel.nofollow && !rel.sponsored && !rel.ugc);
        assert_eq!(parse_rel("nofollow NOFOLLOW").tokens, "nofollow");
        assert!(!parse_rel("no-follow").nofollow);
    }

    #[test]
    fn robots_meta_nofollow_and_none() {
        assert!(robots_nofollow("index, nofollow"));
        assert!(robots_nofollow("NONE"));
        assert!(!robots_nofollow("index,follow"));
        assert!(!robots_nofollow("nofollowing"));
    }

    #[test]
    fn anchor_falls_back_to_alt_then_title() {
        let mut l = link("https://a.example/", "https://a.example/");
        l.title = "Title".into();
        assert_eq!(anchor_of(&l), ("Title", AnchorSource::Title));
        l.image_alt = " Logo ".into();
        assert_eq!(anchor_of(&l), ("Logo", AnchorSource::ImageAlt));
        l.text = "Text".into();
        assert_eq!(anchor_of(&l), ("Text", AnchorSource::Text));
        assert_eq!(anchor_of(&link("x", "x")), ("", AnchorSource::None));
    }

    #[test]
    fn symbols_are_not_anchor_text() {
        for glyph in ["\u{f09a}", "»", "→", "x", "#", "..."] {
            let mut l = link("https://a.example/", "https://a.example/");
            l.text = glyph.into();
            assert_eq!(anchor_of(&l), (glyph, AnchorSource::Icon), "{glyph:?}");
            l.aria_label = "Facebook".into();
            assert_eq!(anchor_of(&l), ("Facebook", AnchorSource::AriaLabel), "{glyph:?}");
        }
        for words in ["Go", "中", "4K", "블로그"] {
            let mut l = link("https://a.example/", "https://a.example/");
            l.text = words.into();
            assert_eq!(anchor_of(&l).1, AnchorSource::Text, "{words:?}");
        }
    }

    #[test]
    fn kinds_by_scheme_and_registrable_domain() {
        let mut c = Classifier::new("example.co.uk", None);
        let kind = |c: &mut Classifier, href: &str, raw: &str| c.classify(&link(href, raw)).kind;
        assert_eq!(kind(&mut c, "https://blog.example.co.uk/a", "/a"), LinkKind::Internal);
        assert_eq!(kind(&mut c, "https://other.co.uk/", "https://other.co.uk/"), LinkKind::External);
        assert_eq!(kind(&mut c, "mailto:a@b.c", "mailto:a@b.c"), LinkKind::Mailto);
        assert_eq!(kind(&mut c, "tel:+441", "tel:+441"), LinkKind::Tel);
        assert_eq!(kind(&mut c, "javascript:void(0)", "JavaScript:void(0)"), LinkKind::Javascript);
        assert_eq!(kind(&mut c, "https://example.co.uk/p#top", "#top"), LinkKind::Fragment);
        assert_eq!(kind(&mut c, "https://example.co.uk/p", "  "), LinkKind::Empty);
        assert_eq!(kind(&mut c, "ftp://files.example/", "ftp://files.example/"), LinkKind::Other);
        assert_eq!(kind(&mut c, "not a url", "::"), LinkKind::Other);
    }

    #[test]
    fn canonical_fast_path_agrees_with_the_url_crate() {
        for href in [
            "https://www.example.org/guide?utm_source=x&a=1#frag",
            "http://plain.example.com/",
            "https://ports.example.com:8443/admin",
            "https://a.example/p?q",
            "https://a.example/p#f?not-a-query",
            "https://xn--80ak6aa92e.com/",
            "https://user:pw@host.example/",
            "https://UPPER.example/",
            "https://a.example?q=1",
            "http://203.0.113.7/landing",
            "http://0x7f.1/",
            "http://[2001:db8::1]:8080/status",
            "https://a.example/ space",
            "https://bücher.example/",
        ] {
            let reference = WebUrl::from_url(crate::domain::parse_url(href).unwrap()).unwrap();
            let parsed = WebUrl::parse(href).unwrap();
            assert_eq!(parsed.host(), reference.host(), "{href}");
            assert_eq!(parsed.query(), reference.query(), "{href}");
            assert_eq!(parsed.path(), crate::domain::parse_url(href).unwrap().path(), "{href}");
            assert_eq!(parsed.is_https(), reference.is_https(), "{href}");
            if WebUrl::canonical(href).is_some() {
                assert_eq!(parsed.as_str(), reference.as_str(), "{href}: taken as canonical but is not");
            }
        }
        assert!(WebUrl::parse("mailto:a@b.example").is_none());
        assert!(WebUrl::parse("file:///etc/passwd").is_none());
    }

    #[test]
    fn hosting_platform_subdomains_are_separate_sites() {
        let mut c = Classifier::new("alice.github.io", None);
        let d = c.classify(&link("https://bob.github.io/", "https://bob.github.io/"));
        assert_eq!((d.kind, d.site.as_str()), (LinkKind::External, "bob.github.io"));
    }

    #[test]
    fn ip_hosts_compare_by_host() {
        let mut c = Classifier::new("127.0.0.1", None);
        assert_eq!(c.classify(&link("http://127.0.0.1:8000/x", "/x")).kind, LinkKind::Internal);
        assert_eq!(c.classify(&link("http://203.0.113.7/", "http://203.0.113.7/")).kind, LinkKind::External);
    }
}
