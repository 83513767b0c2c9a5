//! Account, subscription and page actions among a page's links: log in, sign up, subscribe,
//! manage a subscription, a feed, edit this page, report a bug, the ad-choices and cookie
//! tools. The link signal `destination` costs such a link its points (it is a tool of the page,
//! not a source anyone cites), as it does a share button.
//!
//! An action is told two ways, neither by the page's layout:
//! - its text is an action's label (`data/link-tables/action-labels.txt`: "Log in",
//!   "Subscribe to …", "RSS", "Edit on GitHub", "Anmelden", "S'abonner");
//! - its address is one (`data/link-tables/action-addresses.tsv`): an account or feed host
//!   (`accounts.google.com`, `feeds.bbci.co.uk`), a circulation, e-mail sign-up or ad-choices
//!   service, a path segment (`/login`, `/subscribe/`, `/rss.xml`), a path's last segments (a
//!   help desk's request form `/requests/new`, Google's preferred-source button), a code
//!   host's edit and new-issue pages, or a feed file (`…_rss.xml`, `.atom`).
//!
//! Why it matters: blind round 48's two labellers found 255 such links among the 8,121 labelled
//! external links (subscription forms, feeds, log-ins, ad-choices tools, edit links); the spec
//! asks for them to be recognised as non-editorial like share buttons and ads.
//!
//! Blind spots: a subscription offer under a headline of its own ("Try PCWorld risk-free") on a
//! fulfilment house the table does not list, a help desk or survey, and an e-paper viewer read
//! as links like any other; a public register (`/register` of a regulator) reads as a sign-up.

use std::sync::OnceLock;

use crate::labels::Labels;

fn labels() -> &'static Labels<()> {
    static TABLE: OnceLock<Labels<()>> = OnceLock::new();
    TABLE.get_or_init(|| Labels::parse(crate::tables::action_labels(), |_| ()))
}

/// The address rows, read once.
struct Addresses {
    hosts: Vec<&'static str>,
    sites: crate::domain::HostSet,
    /// Segment names by their length: most segments are compared with none or two.
    segments: Vec<Vec<&'static str>>,
    /// Paths' last segments, each row's segments in order (`requests/new`).
    tails: Vec<Vec<&'static str>>,
    code: Vec<&'static str>,
}

fn addresses() -> &'static Addresses {
    static TABLE: OnceLock<Addresses> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Addresses { hosts: Vec::new(), sites: crate::domain::HostSet::default(), segments: Vec::new(), tails: Vec::new(), code: Vec::new() };
        for row in crate::tables::action_addresses().lines().filter(|l| !l.starts_with('#')) {
            let Some((kind, name)) = row.split_once('\t').map(|(k, n)| (k.trim(), n.trim())).filter(|(_, n)| !n.is_empty()) else { continue };
            match kind {
                "host" => table.hosts.push(name),
                "site" => table.sites.insert(name),
                "segment" => {
                    if table.segments.len() <= name.len() {
                        table.segments.resize(name.len() + 1, Vec::new());
                    }
                    if let Some(same_length) = table.segments.get_mut(name.len()) {
                        same_length.push(name);
                    }
                }
                "tail" => table.tails.push(name.split('/').filter(|s| !s.is_empty()).collect()),
                "code" => table.code.push(name),
                _ => {}
            }
        }
        table
    })
}

/// The code hosts whose repositories' action pages `code` rows name.
pub const CODE_HOSTS: &[&str] = &["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"];

/// Extensions a script's address carries (`/login.php`, `/rss.xml`, `/login.srf`): a segment is
/// matched without one.
const EXTENSIONS: &[&str] = &[".php", ".html", ".htm", ".aspx", ".asp", ".jsp", ".do", ".cgi", ".pl", ".xml", ".srf"];

/// What a link is, for its reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Its text is an action's label.
    Label(&'static str),
    /// Its address is an account, subscription, feed or page action.
    Address,
}

/// The action a link with address `url` (its host lowercase) and text `text` is, if any.
pub fn action(url: &crate::links::WebUrl, text: &str) -> Option<Action> {
    if let Some((label, ())) = labels().find(text) {
        return Some(Action::Label(label));
    }
    is_action_address(url.host(), url.path()).then_some(Action::Address)
}

/// True when `host` (lowercase) and `path` are an account, subscription, feed or page action.
pub fn is_action_address(host: &str, path: &str) -> bool {
    let table = addresses();
    let first = host.split('.').next().unwrap_or_default();
    // FeedBurner serves a feed's items through the feed's host (`feeds.<site>/~r/<feed>/~3/<id>/`):
    // those are the stories, not the feed.
    if host.contains('.') && table.hosts.contains(&first) && !path.starts_with("/~r/") {
        return true;
    }
    if table.sites.find(host).is_some() {
        return true;
    }
    let site = host.strip_prefix("www.").unwrap_or(host);
    let code_host = CODE_HOSTS.contains(&site);
    let segments = || path.split('/').filter(|s| !s.is_empty());
    // A repository's paths are its files (`/Register/PchRegs.h`), not the host's own pages.
    if !code_host && segments().any(|segment| {
        let bare = if segment.contains('.') { EXTENSIONS.iter().find_map(|ext| strip_suffix_ignore_case(segment, ext)).unwrap_or(segment) } else { segment };
        table.segments.get(bare.len()).is_some_and(|names| names.iter().any(|name| name.eq_ignore_ascii_case(bare)))
    }) {
        return true;
    }
    if !code_host && (ends_with_tail(path, &table.tails) || is_feed_file(path)) {
        return true;
    }
    code_host && is_code_host_page_tool(host, path)
}

/// True when `host` (lowercase) and `path` are a code host's edit or new-issue page for a
/// repository: `/<owner>/<repo>/edit/…`, `/<owner>/<repo>/issues/new`; GitLab's
/// `/<group>/<repo>/-/edit/…`. A manual's "edit this page" and "report issue" links.
pub fn is_code_host_page_tool(host: &str, path: &str) -> bool {
    let site = host.strip_prefix("www.").unwrap_or(host);
    if !CODE_HOSTS.contains(&site) {
        return false;
    }
    let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty() && *s != "-").take(5).collect();
    let (Some(action), next) = (parts.get(2), parts.get(3)) else { return false };
    addresses().code.iter().any(|name| {
        action.eq_ignore_ascii_case(name) && (name.eq_ignore_ascii_case("edit") || next.is_some_and(|n| n.eq_ignore_ascii_case("new")))
    })
}

/// True when a scored link is an account, subscription or page action (its text or its address
/// says so). Reads the host and path off the address as written, without parsing it again.
pub fn is_action(link: &crate::report::LinkReport) -> bool {
    is_action_link(&link.href, &link.anchor)
}

fn is_action_link(href: &str, anchor: &str) -> bool {
    if labels().find(anchor).is_some() {
        return true;
    }
    let Some((_, rest)) = href.split_once("://") else { return false };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, after) = rest.split_at(end);
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    let path = after.split(['?', '#']).next().unwrap_or(after);
    if host.bytes().any(|b| b.is_ascii_uppercase()) {
        return is_action_address(&host.to_ascii_lowercase(), path);
    }
    is_action_address(host, path)
}

/// True when the path's last segments are one of `tails` (`/hc/en-us/requests/new`).
fn ends_with_tail(path: &str, tails: &[Vec<&str>]) -> bool {
    // Most paths end in a slug no tail ends with: one comparison each turns them down.
    let Some(name) = path.rsplit('/').find(|s| !s.is_empty()) else { return false };
    tails.iter().filter(|tail| tail.last().is_some_and(|t| t.eq_ignore_ascii_case(name))).any(|tail| {
        let mut last = path.rsplit('/').filter(|s| !s.is_empty());
        tail.iter().rev().all(|t| last.next().is_some_and(|s| t.eq_ignore_ascii_case(s)))
    })
}

/// True when the path names a feed file: an `.rss`, `.atom` or `.rdf` file, or an `.xml` file
/// whose name says it is one (`203_most_viewed_rss.xml`, `atom-feed.xml`). A feed serves a
/// reader's subscription; a sitemap or a data file (`schema.xml`) is not one.
fn is_feed_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let Some((stem, ext)) = name.rsplit_once('.') else { return false };
    if ["rss", "atom", "rdf"].iter().any(|e| ext.eq_ignore_ascii_case(e)) {
        return true;
    }
    ext.eq_ignore_ascii_case("xml") && stem.split(['_', '-', '.']).any(|word| ["rss", "atom", "feed", "rdf"].iter().any(|f| word.eq_ignore_ascii_case(f)))
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    text.get(at..).filter(|tail| tail.eq_ignore_ascii_case(suffix)).and_then(|_| text.get(..at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(href: &str, text: &str) -> Option<Action> {
        action(&crate::links::WebUrl::parse(href).expect("a web address"), text)
    }

    #[test]
    fn action_labels() {
        assert_eq!(at("https://news.example/x", "Log In"), Some(Action::Label("log in")));
        assert_eq!(at("https://news.example/x", "Subscribe to the Houston Chronicle"), Some(Action::Label("subscribe to")));
        assert_eq!(at("https://news.example/x", "RSS"), Some(Action::Label("rss")));
        assert_eq!(at("https://news.example/x", "Edit on GitHub"), Some(Action::Label("edit on github")));
        assert_eq!(at("https://news.example/x", "Suscríbete a Ultima Hora"), Some(Action::Label("suscríbete a")));
        assert_eq!(at("https://news.example/x", "Log in to your bank the safe way: a guide"), None);
        assert_eq!(at("https://news.example/x", "the subscription economy"), None);
    }

    #[test]
    fn action_addresses() {
        for href in [
            "https://accounts.google.com/ServiceLogin?service=youtube",
            "https://login.live.com/login.srf?wa=wsignin1.0",
            "https://auth.voxmedia.com/signup",
            "http://feeds.bbci.co.uk/news/world/rss.xml",
            "https://subscribe.inyt.com/",
            "http://w1.buysub.com/servlet/CSGateway?cds_mag_code=NYR",
            "http://www.aboutads.info/consumers",
            "http://www.jjournal.example/subscribe/",
            "https://blog.example/wp-login.php",
            "https://blog.example/feed/",
            "https://visitor.r20.constantcontact.example/manage/optin?v=1",
            "http://www.blogger.com/comment.g?blogID=8&postID=4",
            "https://github.com/nodejs/node/edit/master/doc/api/async_hooks.md",
            "https://github.com/pytest-dev/pytest/issues/new",
            "https://gitlab.com/libvirt/libvirt/-/edit/master/docs/formatdomain.rst",
        ] {
            assert_eq!(at(href, ""), Some(Action::Address), "{href}");
        }
        for href in [
            "https://github.com/pytest-dev/pytest/issues/1234",
            "https://github.com/pytest-dev/pytest",
            "https://github.com/edit/edit",
            "https://www.google.com/search?q=login",
            "https://news.example/2013/06/login-troubles-at-the-bank",
            "https://authority.example/feeds-and-speeds",
            "https://accounts",
            "http://feeds.cookinglight.example/~r/CookingLight/HealthyLiving/~3/3xbXUOBcirM/",
            "https://github.com/riscv/edk2/blob/85a50de/Silicon/Register/PchRegs.h",
        ] {
            assert_eq!(at(href, "a story"), None, "{href}");
        }
    }

    #[test]
    fn request_forms_preferred_source_buttons_and_feed_files() {
        for href in [
            "http://reuters.zendesk.com/anonymous_requests/new",
            "https://help.example.com/hc/en-us/requests/new",
            "https://example.freshdesk.com/support/tickets/new/",
            "https://www.google.com/preferences/source?q=infoworld.com",
            "http://windows.microsoft.com/en-us/internet-explorer/download-ie",
            "https://browsehappy.com/?locale=en",
            "http://extras.mnginteractive.com/live/xsl/memv/xml/203_most_viewed_rss.xml",
            "https://blog.example/atom-feed.xml",
            "https://news.example/index.rss",
            "https://news.example/feeds/all.atom",
        ] {
            assert_eq!(at(href, "a story"), Some(Action::Address), "{href}");
        }
        for href in [
            "https://help.example.com/hc/en-us/articles/360-export-your-data",
            "https://news.example/2013/06/new-requests-for-comment",
            "https://www.google.com/preferences",
            "https://www.w3.org/2005/Atom/schema.xml",
            "https://example.org/sitemap.xml",
            "https://news.example/rss-readers-compared.html",
            "https://github.com/owner/repo/blob/main/feed.xml",
        ] {
            assert_eq!(at(href, "a story"), None, "{href}");
        }
    }

    #[test]
    fn a_scored_link_reads_the_same_as_its_address() {
        let link = |href: &'static str, anchor: &'static str| (href, anchor);
        let is_action = |(href, anchor): (&str, &str)| is_action_link(href, anchor);
        assert!(is_action(link("https://user@Feeds.BBCI.co.uk:443/news/rss.xml?x=1#top", "")));
        assert!(is_action(link("https://news.example/a", "Log in")));
        assert!(is_action(link("http://w1.buysub.com/servlet/CSGateway?cds_mag_code=NYR", "Customer Care")));
        assert!(!is_action(link("https://news.example/2013/06/login-troubles?next=/login", "a story")));
        assert!(!is_action(link("not a url", "")));
    }
}
