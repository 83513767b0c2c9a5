//! `page-kind` — is the page one where site owners do not place links on request?
//!
//! Measures the kind of page from its address, title and first `<h1>`: a wiki article (Wikipedia
//! and its sister projects, Fandom and other wiki hosts, or any MediaWiki page by its "edit" and
//! "history" links), search results (a search query on the page's own site), a login,
//! registration, cart, checkout or account page, or a social network's feed or profile.
//! Why: a link builder asks a site owner to add a link to a page they edit. Wiki editors add
//! links by their own policy, never on request; search results are generated; forms have no
//! content to link from; a feed or a profile has no owner to ask. An expert sets such a page
//! aside as "not a prospect" before judging anything else, with or without a profile, so the
//! verdict is decided from this fact in `suitability` (a score band cannot say "not a prospect":
//! it is not a low score, it is no score). The points only put the reason first.
//! Sources: the tables `data/page-kinds/hosts.tsv` (wiki and social hosts and paths) and
//! `data/page-kinds/words.tsv` (multilingual page names), ours, with their sources in their
//! headers.
//! Blind spots: the names are the usual ones of common site software in a dozen languages; a
//! login page with another name and title is missed; a blog post whose title is exactly "Login"
//! or whose address has a `/login/` tag is taken for a login page; a wiki on its own domain is
//! recognised only by MediaWiki's edit and history links (other wiki engines are missed);
//! query-string routes (`index.php?route=checkout/cart`) are not read.

use std::sync::OnceLock;

use url::Url;

use super::ProspectInput;
use crate::judgement::Judgement;
use crate::report::Contribution;
use crate::snapshot::PageSnapshot;

pub const FACTOR: Judgement = Judgement {
    id: "page-kind",
    title: "Kind of page",
    description: "Whether the page is one where site owners do not place links on request: a wiki article, search results, a login, registration, cart, checkout or account page, or a social network feed or profile.",
};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Weights {
    /// Points of a page that is not a prospect. The verdict does not depend on them (it is "not
    /// a prospect" and the page has no score); they put the reason first among the reasons.
    pub not_a_prospect: i32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights { not_a_prospect: -100 }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    if let Some(found) = input.not_a_prospect {
        out.push(FACTOR.contribution(w.not_a_prospect, found.evidence.clone(), found.reason()));
    }
}

/// The kinds of page nobody places a link on by request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Wiki,
    Social,
    Search,
    Login,
    Registration,
    Cart,
    Checkout,
    Account,
}

impl Kind {
    fn parse(id: &str) -> Option<Kind> {
        Some(match id {
            "wiki" => Kind::Wiki,
            "social" => Kind::Social,
            "search" => Kind::Search,
            "login" => Kind::Login,
            "registration" => Kind::Registration,
            "cart" => Kind::Cart,
            "checkout" => Kind::Checkout,
            "account" => Kind::Account,
            _ => return None,
        })
    }

    const fn label(self) -> &'static str {
        match self {
            Kind::Wiki => "Wiki page",
            Kind::Social => "Social network",
            Kind::Search => "Search results page",
            Kind::Login => "Login page",
            Kind::Registration => "Registration page",
            Kind::Cart => "Shopping cart",
            Kind::Checkout => "Checkout page",
            Kind::Account => "Account page",
        }
    }

    const fn because(self) -> &'static str {
        match self {
            Kind::Wiki => "editors do not add links on request",
            Kind::Social => "a feed or profile on a social network, with no site owner to ask for a link",
            Kind::Search => "generated from a query, nobody places links on it",
            _ => "a form, not content: nobody adds links to it on request",
        }
    }
}

/// Why the page is not a prospect: its kind, what was seen, and the label the reason starts with.
#[derive(Debug, Clone, PartialEq)]
pub struct NotAProspect {
    pub kind: Kind,
    /// What was observed (the address, the title part, the links).
    pub evidence: String,
    /// The name of the site's kind of page when the hosts table gives one ("Wikipedia article").
    pub label: Option<&'static str>,
}

impl NotAProspect {
    /// One plain sentence: "Wikipedia article: editors do not add links on request".
    pub fn reason(&self) -> String {
        format!("{}: {}", self.label.unwrap_or(self.kind.label()), self.kind.because())
    }
}

/// Where a word of `words.tsv` is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Page,
    Path,
    TitleStart,
    Base,
    Query,
    QueryAny,
}

struct HostRow {
    kind: Kind,
    site: &'static str,
    path: &'static str,
    label: &'static str,
}

struct WordRow {
    kind: Kind,
    place: Place,
    /// As [`words`] writes them ("log in").
    words: String,
}

const HOSTS_TSV: &str = include_str!("../../../data/page-kinds/hosts.tsv");
const WORDS_TSV: &str = include_str!("../../../data/page-kinds/words.tsv");

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').map(str::trim).collect())
}

fn hosts() -> &'static [HostRow] {
    static TABLE: OnceLock<Vec<HostRow>> = OnceLock::new();
    TABLE.get_or_init(|| {
        rows(HOSTS_TSV)
            .filter_map(|r| match r.as_slice() {
                &[kind, site, path, label] => Some(HostRow { kind: Kind::parse(kind)?, site, path, label }),
                _ => None,
            })
            .collect()
    })
}

fn word_rows() -> &'static [WordRow] {
    static TABLE: OnceLock<Vec<WordRow>> = OnceLock::new();
    TABLE.get_or_init(|| {
        rows(WORDS_TSV)
            .filter_map(|r| {
                let &[kind, place, text] = r.as_slice() else { return None };
                let place = match place {
                    "page" => Place::Page,
                    "path" => Place::Path,
                    "title-start" => Place::TitleStart,
                    "base" => Place::Base,
                    "query" => Place::Query,
                    "query-any" => Place::QueryAny,
                    _ => return None,
                };
                let words = if matches!(place, Place::Query | Place::QueryAny) { text.to_string() } else { words(text) };
                Some(WordRow { kind: Kind::parse(kind)?, place, words })
            })
            .collect()
    })
}

/// Lowercase words joined by one space: "Log-In" and "log_in" are "log in". Bounded: page text.
fn words(text: &str) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(24) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The page's kind when it is not a prospect, else `None`.
pub fn not_a_prospect(page: &PageSnapshot) -> Option<NotAProspect> {
    let url = Url::parse(&page.url).ok()?;
    let host = url.host_str().unwrap_or("").to_ascii_lowercase();
    let segments: Vec<String> = url.path_segments().into_iter().flatten().filter(|s| !s.is_empty()).take(32).map(segment).collect();
    let address = || {
        let mut a: String = url.path().chars().take(100).collect();
        if let Some(q) = url.query() {
            a.push('?');
            a.extend(q.chars().take(60));
        }
        a
    };
    if let Some(row) = hosts().iter().find(|r| on_site(&host, r.site) && path_matches(r.path, &segments)) {
        return Some(NotAProspect { kind: row.kind, evidence: format!("{host}{}", address()), label: Some(row.label) });
    }
    if is_mediawiki(page, &url) {
        return Some(NotAProspect { kind: Kind::Wiki, evidence: "links to edit the page and to its history".into(), label: None });
    }
    let found = |kind, evidence: String| Some(NotAProspect { kind, evidence, label: None });
    if is_search_address(&url, &segments) {
        return found(Kind::Search, address());
    }
    // A named form page in the path: any whole segment, the last one naming one being the most
    // specific ("/customer/account/login/" is a login page, "/checkout/cart/" a cart).
    let named = |s: &String, place| word_rows().iter().find(|r| r.kind != Kind::Search && r.place == place && &r.words == s);
    if let Some(row) = segments.iter().rev().find_map(|s| named(s, Place::Page).or_else(|| named(s, Place::Path))) {
        return found(row.kind, address());
    }
    let (kind, part) = titled(page)?;
    found(kind, format!("\u{201c}{part}\u{201d}"))
}

/// A path segment as [`words`] writes it, percent-decoded and without a file extension.
fn segment(raw: &str) -> String {
    let decoded = if raw.contains('%') { form_urlencoded::parse(raw.as_bytes()).next().map(|(k, _)| k.into_owned()) } else { None };
    let text = decoded.as_deref().unwrap_or(raw);
    let stem = match text.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && (1..=5).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_alphabetic()) => stem,
        _ => text,
    };
    words(stem)
}

fn on_site(host: &str, site: &str) -> bool {
    host == site || host.strip_suffix(site).is_some_and(|sub| sub.ends_with('.'))
}

/// `pattern` ("/r/*/hot", "/$") against the path's segments: a prefix of whole segments, `*` any
/// one, a final `$` nothing after.
fn path_matches(pattern: &str, segments: &[String]) -> bool {
    let (pattern, exact) = pattern.strip_suffix('$').map_or((pattern, false), |p| (p, true));
    let parts: Vec<&str> = pattern.split('/').filter(|p| !p.is_empty()).collect();
    let fits = if exact { segments.len() == parts.len() } else { segments.len() >= parts.len() };
    fits && parts.iter().zip(segments).all(|(p, s)| *p == "*" || p == s)
}

/// MediaWiki's page tabs: same-site links to edit this page and to its history. Other software
/// rarely has both (WordPress's edit link is for logged-in authors, and has no history).
fn is_mediawiki(page: &PageSnapshot, url: &Url) -> bool {
    let (mut edit, mut history) = (false, false);
    for link in page.links.iter().take(3_000) {
        let action = if link.href.contains("action=edit") {
            &mut edit
        } else if link.href.contains("action=history") {
            &mut history
        } else {
            continue;
        };
        if !*action && Url::parse(&link.href).is_ok_and(|l| l.host_str() == url.host_str()) {
            *action = true;
        }
        if edit && history {
            return true;
        }
    }
    false
}

/// A search on the page's own site, read from its address: WordPress's `?s=` anywhere; a search
/// parameter on the root page or with a search word in the path; `/search/<terms>`.
fn is_search_address(url: &Url, segments: &[String]) -> bool {
    let rows = word_rows();
    let param = |place| {
        url.query_pairs()
            .take(50)
            .any(|(k, v)| !v.trim().is_empty() && !v.contains('/') && rows.iter().any(|r| r.place == place && r.words.eq_ignore_ascii_case(&k)))
    };
    let is_word = |s: &String, places: &[Place]| rows.iter().any(|r| r.kind == Kind::Search && places.contains(&r.place) && &r.words == s);
    if param(Place::QueryAny) {
        return true;
    }
    let root = match segments {
        [] => true,
        [page, n] => page == "page" && n.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    };
    if param(Place::Query) && (root || segments.iter().any(|s| is_word(s, &[Place::Page, Place::Path]))) {
        return true;
    }
    segments.len() >= 2 && segments.first().is_some_and(|s| is_word(s, &[Place::Base]))
}

/// A kind named by a whole part of the title ("Log In ‹ Loaf Notes — WordPress") or by the first
/// `<h1>`, or search results by how a title part begins ("Search Results for “bread”").
fn titled(page: &PageSnapshot) -> Option<(Kind, String)> {
    let title: String = page.title.chars().take(300).collect();
    let h1 = page.headings.iter().find(|h| h.level == 1).map(|h| h.text.chars().take(300).collect::<String>());
    let parts = title.split(" - ").flat_map(|p| p.split(['|', '\u{2013}', '\u{2014}', '\u{b7}', '\u{2022}', '\u{bb}', '\u{ab}', '\u{203a}', '\u{2039}', '/']));
    for part in parts.chain(h1.as_deref()) {
        let said = words(part);
        if said.is_empty() {
            continue;
        }
        let hit = word_rows().iter().find(|r| match r.place {
            Place::Page => r.words == said,
            Place::TitleStart => said.strip_prefix(r.words.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')),
            _ => false,
        });
        if let Some(row) = hit {
            return Some((row.kind, part.trim().to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{not_a_prospect, path_matches, segment, Kind};
    use crate::snapshot::{Heading, LinkObservation, PageSnapshot};

    fn page(url: &str, title: &str) -> PageSnapshot {
        PageSnapshot { url: url.into(), title: title.into(), ..Default::default() }
    }

    fn kind(url: &str, title: &str) -> Option<Kind> {
        not_a_prospect(&page(url, title)).map(|n| n.kind)
    }

    #[test]
    fn wikis_by_host_and_path() {
        let wp = not_a_prospect(&page("https://en.wikipedia.org/wiki/Sourdough", "Sourdough - Wikipedia")).unwrap();
        assert_eq!(wp.reason(), "Wikipedia article: editors do not add links on request");
        assert_eq!(wp.evidence, "en.wikipedia.org/wiki/Sourdough");
        assert_eq!(kind("https://de.m.wikipedia.org/wiki/Sauerteig", ""), Some(Kind::Wiki));
        assert_eq!(kind("https://en.wikipedia.org/w/index.php?title=Sourdough&action=history", ""), Some(Kind::Wiki));
        assert_eq!(kind("https://breadbaking.fandom.com/wiki/Levain", ""), Some(Kind::Wiki));
        assert_eq!(kind("https://breadbaking.fandom.com/de/wiki/Sauerteig", ""), Some(Kind::Wiki));
        assert_eq!(kind("https://www.fandom.com/articles/best-shows", "Best shows"), None, "Fandom's own editorial pages");
        assert_eq!(kind("https://wikipedia.example.com/wiki/Sourdough", "Sourdough"), None, "another site");
        assert_eq!(kind("https://blog.example.com/wiki/how-we-bake", "How we bake"), None, "a /wiki/ path alone is not a wiki");
    }

    #[test]
    fn any_mediawiki_by_its_edit_and_history_links() {
        let link = |href: &str| LinkObservation { href: href.into(), raw_href: href.into(), ..Default::default() };
        let mut wiki = page("https://wiki.bakers.example/index.php/Levain", "Levain - Bakers Wiki");
        wiki.links = vec![link("https://wiki.bakers.example/index.php?title=Levain&action=edit"), link("https://wiki.bakers.example/index.php?title=Levain&action=history")];
        assert_eq!(not_a_prospect(&wiki).unwrap().reason(), "Wiki page: editors do not add links on request");
        wiki.links.truncate(1);
        assert_eq!(not_a_prospect(&wiki), None, "an edit link alone (a WordPress author's) is not a wiki");
        wiki.links = vec![link("https://other.example/w/index.php?title=X&action=edit"), link("https://other.example/w/index.php?title=X&action=history")];
        assert_eq!(not_a_prospect(&wiki), None, "another site's wiki tabs");
    }

    #[test]
    fn social_network_feeds_and_profiles() {
        assert_eq!(kind("https://www.facebook.com/loafnotes", "Loaf Notes | Facebook"), Some(Kind::Social));
        assert_eq!(kind("https://x.com/loafnotes/status/1", ""), Some(Kind::Social));
        assert_eq!(kind("https://www.instagram.com/loafnotes/", ""), Some(Kind::Social));
        assert_eq!(kind("https://www.linkedin.com/feed/", ""), Some(Kind::Social));
        assert_eq!(kind("https://www.linkedin.com/in/jane-baker", ""), Some(Kind::Social));
        assert_eq!(kind("https://www.tiktok.com/@loafnotes", ""), Some(Kind::Social));
        assert_eq!(kind("https://www.reddit.com/", ""), Some(Kind::Social));
        assert_eq!(kind("https://www.reddit.com/r/Sourdough/", ""), Some(Kind::Social));
        assert_eq!(kind("https://old.reddit.com/r/Sourdough/new/", ""), Some(Kind::Social));
        assert_eq!(kind("https://www.reddit.com/r/Sourdough/comments/abc/my_first_loaf/", "My first loaf"), None, "a thread is user content, judged as such");
        assert_eq!(kind("https://www.linkedin.com/pulse/why-sourdough-jane-baker", "Why sourdough"), None, "an article");
        assert!(not_a_prospect(&page("https://www.facebook.com/groups/bakers", "")).unwrap().reason().starts_with("Facebook: a feed or profile"));
    }

    #[test]
    fn search_results_on_the_pages_own_site() {
        assert_eq!(kind("https://loafnotes.example/?s=sourdough", "Loaf Notes"), Some(Kind::Search));
        assert_eq!(kind("https://loafnotes.example/recipes/?s=rye", "Recipes"), Some(Kind::Search));
        assert_eq!(kind("https://www.google.com/search?q=sourdough", "sourdough - Google Search"), Some(Kind::Search));
        assert_eq!(kind("https://duckduckgo.com/?q=sourdough", ""), Some(Kind::Search));
        assert_eq!(kind("https://shop.example.de/suche?suchbegriff=brot", ""), Some(Kind::Search));
        assert_eq!(kind("https://loafnotes.example/search/sourdough/", ""), Some(Kind::Search));
        assert_eq!(kind("https://univ.example.fr/recherche/laboratoires", "Recherche"), None, "research, not search");
        assert_eq!(kind("https://univ.example.fr/recherche?q=pain", ""), Some(Kind::Search));
        assert_eq!(kind("https://loafnotes.example/?s=", "Loaf Notes"), None, "no terms");
        assert_eq!(kind("https://drupal.example/?q=node/12", "A post"), None, "Drupal's path parameter");
        assert_eq!(kind("https://seo.example/blog/search-engine-basics?q=x", "Search engine basics"), None);
        assert_eq!(kind("https://loafnotes.example/blog/p", "Search Results for \u{201c}rye\u{201d} \u{2013} Loaf Notes"), Some(Kind::Search));
        assert_eq!(kind("https://loafnotes.example/blog/p", "Search results optimisation: a guide"), None);
        assert_eq!(kind("https://pan.example/p", "Resultados de búsqueda de \u{201c}masa madre\u{201d}"), Some(Kind::Search));
    }

    #[test]
    fn form_pages_by_path_segment_in_many_languages() {
        assert_eq!(kind("https://loafnotes.example/wp-login.php", ""), Some(Kind::Login));
        assert_eq!(kind("https://shop.example/customer/account/login/", ""), Some(Kind::Login));
        assert_eq!(kind("https://github.example/users/sign_in", ""), Some(Kind::Login));
        assert_eq!(kind("https://shop.example/es/iniciar-sesi%C3%B3n", ""), Some(Kind::Login));
        assert_eq!(kind("https://shop.example/register", ""), Some(Kind::Registration));
        assert_eq!(kind("https://shop.example/signup?ref=nav", ""), Some(Kind::Registration));
        assert_eq!(kind("https://shop.example/cart", ""), Some(Kind::Cart));
        assert_eq!(kind("https://brotladen.example/warenkorb/", ""), Some(Kind::Cart));
        assert_eq!(kind("https://boutique.example/panier", ""), Some(Kind::Cart));
        assert_eq!(kind("https://tienda.example/carrito", ""), Some(Kind::Cart));
        assert_eq!(kind("https://brotladen.example/kasse/", ""), Some(Kind::Checkout));
        assert_eq!(kind("https://shop.example/checkout/onepage/", ""), Some(Kind::Checkout));
        assert_eq!(kind("https://shop.example/checkout/cart/", ""), Some(Kind::Cart), "Magento's cart");
        assert_eq!(kind("https://shop.example/my-account/", ""), Some(Kind::Account));
        assert_eq!(kind("https://shop.example/mein-konto/", ""), Some(Kind::Account));
        // Whole segments only.
        assert_eq!(kind("https://blog.example/how-to-register-a-domain/", "How to register a domain"), None);
        assert_eq!(kind("https://blog.example/golf-cart-reviews", "Golf cart reviews"), None);
        assert_eq!(kind("https://blog.example/accounting/", "Accounting"), None);
        assert_eq!(kind("https://gazzetta.example/basket/", "Basket"), None, "basketball");
    }

    #[test]
    fn form_pages_by_a_whole_title_part_or_the_h1() {
        assert_eq!(kind("https://loafnotes.example/p", "Log In \u{2039} Loaf Notes \u{2014} WordPress"), Some(Kind::Login));
        assert_eq!(kind("https://loafnotes.example/p", "Anmelden | Brotladen"), Some(Kind::Login));
        assert_eq!(kind("https://loafnotes.example/p", "Iniciar sesión - Panadería"), Some(Kind::Login));
        assert_eq!(kind("https://loafnotes.example/p", "Connexion \u{2013} Boulangerie"), Some(Kind::Login));
        assert_eq!(kind("https://loafnotes.example/p", "Sign up \u{b7} Loaf Notes"), Some(Kind::Registration));
        assert_eq!(kind("https://loafnotes.example/p", "Registrieren"), Some(Kind::Registration));
        assert_eq!(kind("https://loafnotes.example/p", "Your Shopping Cart \u{2013} Brot Co"), Some(Kind::Cart));
        assert_eq!(kind("https://loafnotes.example/p", "Warenkorb \u{2013} Brotladen"), Some(Kind::Cart));
        assert_eq!(kind("https://loafnotes.example/p", "My account | Store"), Some(Kind::Account));
        assert_eq!(kind("https://loafnotes.example/p", "Login / Register"), Some(Kind::Login));
        // Words inside a longer title part are the post's subject, not the page's kind.
        assert_eq!(kind("https://loafnotes.example/p", "How to fix login errors in WordPress"), None);
        assert_eq!(kind("https://loafnotes.example/p", "Login: five fixes for WordPress"), None);
        assert_eq!(kind("https://loafnotes.example/p", "Checkout these sourdough recipes"), None);
        assert_eq!(kind("https://loafnotes.example/p", "The Register"), None);
        let mut h1 = page("https://loafnotes.example/p", "Loaf Notes");
        h1.headings = vec![Heading { level: 2, text: "Login".into() }];
        assert_eq!(not_a_prospect(&h1), None, "a sidebar widget's heading");
        h1.headings.push(Heading { level: 1, text: "Sign in".into() });
        let found = not_a_prospect(&h1).unwrap();
        assert_eq!((found.kind, found.evidence.as_str()), (Kind::Login, "\u{201c}Sign in\u{201d}"));
        assert_eq!(found.reason(), "Login page: a form, not content: nobody adds links to it on request");
    }

    #[test]
    fn paths_and_segments() {
        let segs = |p: &str| p.split('/').filter(|s| !s.is_empty()).map(segment).collect::<Vec<_>>();
        assert!(path_matches("/", &segs("/anything/here")));
        assert!(path_matches("/$", &segs("/")));
        assert!(!path_matches("/$", &segs("/r")));
        assert!(path_matches("/r/*$", &segs("/r/sourdough/")));
        assert!(!path_matches("/r/*$", &segs("/r/sourdough/comments/x")));
        assert_eq!(segment("wp-login.php"), "wp login");
        assert_eq!(segment("v1.2"), "v1 2");
        assert_eq!(segment("Iniciar-Sesi%C3%B3n"), "iniciar sesión");
    }

    #[test]
    fn every_table_row_is_read() {
        let rows = |t: &str| t.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).count();
        assert_eq!(super::hosts().len(), rows(super::HOSTS_TSV), "a malformed hosts row");
        assert_eq!(super::word_rows().len(), rows(super::WORDS_TSV), "a malformed words row");
        for r in super::hosts() {
            assert!(r.site.contains('.') && r.path.starts_with('/') && r.path == r.path.to_lowercase(), "{}", r.site);
        }
        for r in super::word_rows() {
            assert!(!r.words.is_empty());
        }
    }
}
