//! Link classification: what each link *is*, before any signal judges it.
//!
//! - kind: internal vs external by registrable domain (PSL), and the links that lead nowhere on
//!   the web (mailto:, tel:, javascript:, fragments, empty hrefs), which are classified but never
//!   scored as destinations;
//! - rel: tokens split on ASCII whitespace *and* commas, case-insensitively (HTML treats rel as a
//!   set of space-separated tokens; commas are a common authoring mistake that crawlers forgive);
//!   `noopener noreferrer` does not make a link nofollow;
//! - anchor: the text a search engine reads: visible text, else image `alt`, else `title`.

use hashbrown::HashMap;

use url::Url;

use crate::domain::site_of;
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

/// The anchor text a search engine reads, and where it came from.
pub fn anchor_of(link: &LinkObservation) -> (&str, AnchorSource) {
    [
        (link.text.trim(), AnchorSource::Text),
        (link.image_alt.trim(), AnchorSource::ImageAlt),
        (link.title.trim(), AnchorSource::Title),
    ]
    .into_iter()
    .find(|(text, _)| !text.is_empty())
    .unwrap_or(("", AnchorSource::None))
}

/// A link's destination, classified.
#[derive(Debug, Clone)]
pub struct Destination {
    pub kind: LinkKind,
    /// Parsed URL for web links.
    pub url: Option<Url>,
    /// Registrable domain, or host when it has none ("" for non-web links).
    pub site: String,
}

/// Classifies destinations against the page's site, remembering each host's site: pages link to
/// the same few hosts over and over, and the PSL walk is the costly part.
pub struct Classifier {
    page_site: String,
    sites: HashMap<String, String>,
}

impl Classifier {
    pub fn new(page_site: &str) -> Self {
        Classifier { page_site: page_site.to_string(), sites: HashMap::new() }
    }

    pub fn classify(&mut self, link: &LinkObservation) -> Destination {
        let raw = link.raw_href.trim();
        let other = |kind| Destination { kind, url: None, site: String::new() };
        if raw.is_empty() {
            return other(LinkKind::Empty);
        }
        if raw.starts_with('#') {
            return other(LinkKind::Fragment);
        }
        let Ok(url) = Url::parse(&link.href) else {
            return other(LinkKind::Other);
        };
        let kind = match url.scheme() {
            "http" | "https" => None,
            "mailto" => Some(LinkKind::Mailto),
            "tel" => Some(LinkKind::Tel),
            "javascript" => Some(LinkKind::Javascript),
            _ => Some(LinkKind::Other),
        };
        if let Some(kind) = kind {
            return other(kind);
        }
        let Some(host) = url.host_str() else {
            return other(LinkKind::Other);
        };
        let site = match self.sites.get(host) {
            Some(site) => site.clone(),
            None => {
                let site = site_of(host);
                self.sites.insert(host.to_string(), site.clone());
                site
            }
        };
        let kind = if site == self.page_site { LinkKind::Internal } else { LinkKind::External };
        Destination { kind, url: Some(url), site }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(href: &str, raw: &str) -> LinkObservation {
        LinkObservation { href: href.into(), raw_href: raw.into(), ..Default::default() }
    }

    #[test]
    fn rel_splits_on_whitespace_and_commas_case_insensitively() {
        let rel = parse_rel(" Nofollow,Sponsored\tUGC ");
        assert!(rel.nofollow && rel.sponsored && rel.ugc);
        assert_eq!(rel.tokens, "nofollow sponsored ugc");
        let rel = parse_rel("noopener noreferrer");
        assert!(!rel.nofollow && !rel.sponsored && !rel.ugc);
        assert_eq!(parse_rel("nofollow NOFOLLOW").tokens, "nofollow");
        assert_eq!(parse_rel("no-follow").nofollow, false);
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
    fn kinds_by_scheme_and_registrable_domain() {
        let mut c = Classifier::new("example.co.uk");
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
    fn hosting_platform_subdomains_are_separate_sites() {
        let mut c = Classifier::new("alice.github.io");
        let d = c.classify(&link("https://bob.github.io/", "https://bob.github.io/"));
        assert_eq!((d.kind, d.site.as_str()), (LinkKind::External, "bob.github.io"));
    }

    #[test]
    fn ip_hosts_compare_by_host() {
        let mut c = Classifier::new("127.0.0.1");
        assert_eq!(c.classify(&link("http://127.0.0.1:8000/x", "/x")).kind, LinkKind::Internal);
        assert_eq!(c.classify(&link("http://203.0.113.7/", "http://203.0.113.7/")).kind, LinkKind::External);
    }
}
