//! How the popup lays out the Report's links (issue 12): the best editorial links first, then
//! the rest with identical rows grouped, and the page's chrome (menus, footers, sidebars, share
//! and admin buttons, non-web links) folded behind one count.
//!
//! Pure and native-tested so the view only draws what this decides; nothing here changes a
//! score. "Identical" means what a link builder would not tell apart in a list: the same anchor,
//! place, kind and rel, and — in the page's text — the same destination site (ten "Reply" links
//! are one row; two "here" links to different sites are two).

use hashbrown::HashMap;

use crate::prospect::contacts::{pitch_email, Contacts};
use crate::report::{LinkFilter, LinkKind, LinkReport, Report};
use crate::snapshot::Region;

/// At most this many links are singled out as the best.
pub const BEST_LINKS: usize = 5;

/// One entry of the list: a link, a group of identical links, or the folded page chrome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A link singled out as one of the best (drawn with its sentence).
    Best(usize),
    /// One link (its position in `Report::links`).
    Row(usize),
    /// Identical links, first one first (two or more).
    Group(Vec<usize>),
    /// The page's chrome, itself grouped; drawn when unfolded.
    Fold(Vec<Item>),
}

impl Item {
    /// How many links the item stands for.
    pub fn links(&self) -> usize {
        match self {
            Item::Best(_) | Item::Row(_) => 1,
            Item::Group(members) => members.len(),
            Item::Fold(items) => items.iter().map(Item::links).sum(),
        }
    }
}

/// Links of the page's chrome: menus, header, footer, sidebar, share and admin buttons, and
/// links that lead nowhere on the web (mailto:, #fragments, javascript:).
pub fn is_chrome(link: &LinkReport) -> bool {
    !link.kind.is_web() || link.region.is_chrome()
}

/// A followed external link in the page's text that a search engine can see: what a link
/// builder is looking at.
fn is_editorial(link: &LinkReport) -> bool {
    link.kind == LinkKind::External
        && link.followed
        && link.region == Region::Main
        && !link.hidden
        && link.score.is_some()
}

/// The best links: the top followed external links in the text, best first (the Report keeps
/// external links sorted by score).
pub fn best_links(report: &Report) -> Vec<usize> {
    best_links_of(&report.links)
}

/// [`best_links`] over the Report's links (the core fills their snippets before the Report exists).
pub fn best_links_of(links: &[LinkReport]) -> Vec<usize> {
    links.iter().enumerate().filter(|(_, l)| is_editorial(l)).map(|(i, _)| i).take(BEST_LINKS).collect()
}

/// The list for a filter. `All`: the best links, the rest grouped, then the chrome folded (when
/// there is any). Other filters: their links grouped, in Report order.
pub fn listing(report: &Report, filter: LinkFilter) -> Vec<Item> {
    let admitted = report
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| filter.admits(l));
    if filter != LinkFilter::All {
        return group(report, admitted.map(|(i, _)| i));
    }
    let best = best_links(report);
    let mut items: Vec<Item> = best.iter().map(|&i| Item::Best(i)).collect();
    let (chrome, rest): (Vec<usize>, Vec<usize>) = admitted
        .map(|(i, _)| i)
        .filter(|i| !best.contains(i))
        .partition(|&i| report.links.get(i).is_some_and(is_chrome));
    items.extend(group(report, rest));
    if !chrome.is_empty() {
        items.push(Item::Fold(group(report, chrome)));
    }
    items
}

/// Groups identical links (see the module's header), each group where its first member is.
fn group(report: &Report, positions: impl IntoIterator<Item = usize>) -> Vec<Item> {
    let mut items: Vec<Vec<usize>> = Vec::new();
    let mut by_key: HashMap<Key, usize> = HashMap::new();
    for pos in positions {
        let Some(link) = report.links.get(pos) else { continue };
        match by_key.get(&Key::of(link)).and_then(|&at| items.get_mut(at)) {
            Some(members) => members.push(pos),
            None => {
                by_key.insert(Key::of(link), items.len());
                items.push(vec![pos]);
            }
        }
    }
    items
        .into_iter()
        .map(|members| match members.as_slice() {
            [one] => Item::Row(*one),
            _ => Item::Group(members),
        })
        .collect()
}

#[derive(PartialEq, Eq, Hash)]
struct Key {
    anchor: String,
    kind: LinkKind,
    region: Region,
    rel: String,
    followed: bool,
    /// The destination site, except in the chrome (ten share buttons are one row).
    site: String,
}

impl Key {
    fn of(link: &LinkReport) -> Key {
        Key {
            anchor: link
                .anchor
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
            kind: link.kind,
            region: link.region,
            rel: link.rel.clone(),
            followed: link.followed,
            site: if is_chrome(link) {
                String::new()
            } else {
                link.domain.clone()
            },
        }
    }
}

/// How many links a filter's list stands for, and how many are chrome (for the fold's label).
pub fn chrome_count(report: &Report) -> usize {
    report.links.iter().filter(|l| is_chrome(l)).count()
}

/// The one contact to use first: an e-mail to pitch ([`pitch_email`]), else a contact page (one
/// with "contact" in its address before an about page), else a social profile, else a desk's
/// e-mail (customer service is still a way to write).
pub fn best_contact(c: &Contacts) -> Option<(ContactKind, &str)> {
    if let Some(e) = pitch_email(c) {
        return Some((ContactKind::Email, e));
    }
    if let Some(u) = contact_page(c) {
        return Some((ContactKind::ContactPage, u));
    }
    c.social.first().map(|u| (ContactKind::Social, u.as_str())).or_else(|| c.emails.first().map(|e| (ContactKind::Email, e.as_str())))
}

/// The contact page to use: one whose path says contact in English, German, Spanish,
/// Portuguese or Italian ("contact", "kontakt", "contacto", "contato", "contatti": all hold
/// "onta", and the list holds only contact, about and team pages, so it names nothing else there)
/// before an about or team page, and of those the shortest address: the contact page itself, not
/// a page under it (blind round 40: avantec.ch's `/kontakt/lageplan/`, its map, came first).
fn contact_page(c: &Contacts) -> Option<&str> {
    let mut best: Option<&String> = None;
    for u in &c.contact_pages {
        // The path only (after "https://" and the host): a host may hold it (contabo.com).
        let path = u.get(8..).and_then(|rest| rest.find('/').and_then(|at| rest.get(at..))).unwrap_or("").as_bytes();
        if path.windows(4).any(|w| w.eq_ignore_ascii_case(b"onta")) && best.is_none_or(|b| u.len() < b.len()) {
            best = Some(u);
        }
    }
    best.or(c.contact_pages.first()).map(String::as_str)
}

/// The contacts to show, best first, at most `max`, one of each address and at most one
/// contact page (the others are variations of it).
pub fn shown_contacts(c: &Contacts, max: usize) -> Vec<(ContactKind, &str)> {
    let mut out: Vec<(ContactKind, &str)> = best_contact(c).into_iter().collect();
    let pages = contact_page(c).map(|u| (ContactKind::ContactPage, u));
    let candidates = c
        .emails
        .iter()
        .map(|e| (ContactKind::Email, e.as_str()))
        .chain(pages)
        .chain(c.social.iter().map(|u| (ContactKind::Social, u.as_str())));
    for candidate in candidates {
        if out.len() >= max {
            break;
        }
        let second_page = candidate.0 == ContactKind::ContactPage && out.iter().any(|(k, _)| *k == ContactKind::ContactPage);
        if !(out.contains(&candidate) || second_page)
        {
            out.push(candidate);
        }
    }
    out
}

/// The contacts not in [`shown_contacts`], in the page's order: e-mails, contact pages, social
/// profiles (the popup folds them behind "+N").
pub fn other_contacts<'a>(c: &'a Contacts, shown: &[(ContactKind, &str)]) -> Vec<(ContactKind, &'a str)> {
    let all = c.emails.iter().map(|e| (ContactKind::Email, e.as_str())).chain(c.contact_pages.iter().map(|u| (ContactKind::ContactPage, u.as_str()))).chain(c.social.iter().map(|u| (ContactKind::Social, u.as_str())));
    all.filter(|candidate| !shown.contains(candidate)).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    Email,
    ContactPage,
    Social,
}

impl ContactKind {
    pub const fn id(self) -> &'static str {
        match self {
            ContactKind::Email => "email",
            ContactKind::ContactPage => "contact-page",
            ContactKind::Social => "social",
        }
    }
}

/// A social profile's handle from its URL (`https://twitter.com/jane` → `@jane`); `None` when
/// the path does not start with one (`/share?…`, `/p/123`).
pub fn social_handle(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split_once('/').map(|(_, p)| p)?;
    let first = path.split(['/', '?', '#']).next()?.trim_start_matches('@');
    let first = if matches!(first, "in" | "company" | "user" | "u" | "channel" | "c") {
        path.split('/').nth(1)?
    } else {
        first
    };
    let ok = !first.is_empty()
        && !first.contains(".php")
        && !first.contains(".htm")
        && first.chars().count() <= 40
        && first
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'));
    ok.then(|| format!("@{first}"))
}

/// A short piece of the sentence around a link: at most `max` characters centred on the
/// anchor, cut at spaces, with "…" where it was cut. Characters, never bytes.
pub fn snippet(surrounding: &str, anchor: &str, max: usize) -> String {
    let text: Vec<char> = surrounding
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    if text.len() <= max {
        return text.into_iter().collect();
    }
    let anchor: Vec<char> = anchor.chars().collect();
    let at = if anchor.is_empty() {
        None
    } else {
        text.windows(anchor.len())
            .position(|w| w == anchor.as_slice())
    };
    let centre = at.map_or(0, |a| a + anchor.len() / 2);
    let start = centre.saturating_sub(max / 2).min(text.len() - max);
    let (mut s, mut e) = (start, start + max);
    let window = |s: usize, e: usize| text.get(s..e).unwrap_or_default();
    // Whole words at the cuts (unless a word is absurdly long).
    if s > 0 {
        if let Some(sp) = window(s, e).iter().position(|&c| c == ' ').filter(|&p| p < 20) {
            s += sp + 1;
        }
    }
    if e < text.len() {
        if let Some(sp) = window(s, e).iter().rposition(|&c| c == ' ').filter(|&p| e - (s + p) < 20) {
            e = s + sp;
        }
    }
    let mut out = String::new();
    if s > 0 {
        out.push('…');
    }
    out.extend(window(s, e));
    if e < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{LinkContext, LinkObservation, PageSnapshot};

    fn report(links: Vec<(&str, &str, &str)>) -> Report {
        // (href, text, where: "main" | "footer" | "comments")
        let page = PageSnapshot {
            url: "https://blog.example.com/post".into(),
            links: links
                .iter()
                .enumerate()
                .map(|(i, (href, text, place))| LinkObservation {
                    index: i as u32,
                    href: (*href).into(),
                    
                    text: (*text).into(),
                    region: match *place {
                        "footer" => Region::Footer,
                        "comments" => Region::Comments,
                        _ => Region::Main,
                    },
                    context: LinkContext::Paragraph,
                    surrounding: format!("Some words here {text} and more."),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        crate::analyze(&page, &crate::Profile::default())
    }

    #[test]
    fn best_links_first_then_the_rest_grouped_then_the_chrome_folded() {
        let mut links = vec![
            ("https://a.example.org/x", "a study", "main"),
            ("https://b.example.net/y", "another source", "main"),
            ("https://blog.example.com/about", "About", "footer"),
            ("https://blog.example.com/privacy", "Privacy", "footer"),
        ];
        for i in 0..10 {
            links.push(if i % 2 == 0 {
                (
                    "https://blog.example.com/post?replytocom=1",
                    "Reply",
                    "comments",
                )
            } else {
                (
                    "https://blog.example.com/post?replytocom=2",
                    "Reply",
                    "comments",
                )
            });
        }
        let r = report(links);
        let items = listing(&r, LinkFilter::All);
        assert!(
            matches!(items[0], Item::Best(_)) && matches!(items[1], Item::Best(_)),
            "{items:?}"
        );
        let group = items.iter().find_map(|i| {
            if let Item::Group(m) = i {
                Some(m.len())
            } else {
                None
            }
        });
        assert_eq!(group, Some(10), "ten Reply rows are one group: {items:?}");
        let Some(Item::Fold(chrome)) = items.last() else {
            panic!("the footer is folded: {items:?}")
        };
        assert_eq!(chrome.iter().map(Item::links).sum::<usize>(), 2);
        assert_eq!(
            items.iter().map(Item::links).sum::<usize>(),
            r.links.len(),
            "every link is in the list once"
        );
        assert_eq!(chrome_count(&r), 2);
        // Only the best links carry their sentence.
        assert_eq!(r.links.iter().filter(|l| !l.snippet.is_empty()).count(), 2);
        assert_eq!(r.links.first().map(|l| l.snippet.as_str()), Some("Some words here a study and more."));
    }

    #[test]
    fn same_anchor_to_different_sites_in_the_text_stays_apart() {
        let r = report(vec![
            ("https://a.example.org/1", "here", "main"),
            ("https://b.example.net/2", "here", "main"),
            ("https://a.example.org/3", "here", "main"),
        ]);
        let rows: Vec<usize> = listing(&r, LinkFilter::Followed)
            .iter()
            .map(Item::links)
            .collect();
        assert_eq!(rows.len(), 2, "two sites, two rows: {rows:?}");
        assert_eq!(rows.iter().sum::<usize>(), 3);
    }

    #[test]
    fn no_chrome_no_fold_and_filters_have_no_best_section() {
        let r = report(vec![("https://a.example.org/1", "a study", "main")]);
        assert_eq!(listing(&r, LinkFilter::All), vec![Item::Best(0)]);
        assert_eq!(listing(&r, LinkFilter::Followed), vec![Item::Row(0)]);
        assert!(listing(&r, LinkFilter::Internal).is_empty());
    }

    #[test]
    fn the_contact_page_is_named_in_several_languages_and_the_shortest_wins() {
        let pages = |list: &[&str]| Contacts { contact_pages: list.iter().map(|u| u.to_string()).collect(), ..Default::default() };
        let best = |c: &Contacts| best_contact(c).map(|(_, u)| u.to_string());
        assert_eq!(best(&pages(&["https://a.example/kontakt/lageplan/", "https://a.example/kontakt"])).as_deref(), Some("https://a.example/kontakt"), "the page itself, not its map");
        assert_eq!(best(&pages(&["https://a.example/ueber-uns/", "https://a.example/kontakt.html"])).as_deref(), Some("https://a.example/kontakt.html"), "German");
        assert_eq!(best(&pages(&["https://a.example/team", "https://a.example/contato"])).as_deref(), Some("https://a.example/contato"), "Portuguese");
        assert_eq!(best(&pages(&["https://a.example/about", "https://a.example/team"])).as_deref(), Some("https://a.example/about"), "none says contact: the first");
        assert_eq!(best(&pages(&["https://contabilidad.example/about", "https://contabilidad.example/team"])).as_deref(), Some("https://contabilidad.example/about"), "a host is not a path");
    }

    #[test]
    fn best_contact_prefers_email_then_contact_page_then_social() {
        let mut c = Contacts {
            social: vec!["https://twitter.com/jane".into()],
            contact_pages: vec![
                "https://x.example/about".into(),
                "https://x.example/contact-us".into(),
            ],
            ..Default::default()
        };
        assert_eq!(
            best_contact(&c),
            Some((ContactKind::ContactPage, "https://x.example/contact-us"))
        );
        c.emails = vec!["jane@x.example".into(), "info@x.example".into()];
        assert_eq!(
            best_contact(&c),
            Some((ContactKind::Email, "jane@x.example"))
        );
        let shown = shown_contacts(&c, 3);
        assert_eq!(
            shown,
            vec![
                (ContactKind::Email, "jane@x.example"),
                (ContactKind::Email, "info@x.example"),
                (ContactKind::ContactPage, "https://x.example/contact-us")
            ]
        );
        assert_eq!(other_contacts(&c, &shown), vec![(ContactKind::ContactPage, "https://x.example/about"), (ContactKind::Social, "https://twitter.com/jane")]);
        c.contact_pages.clear();
        c.emails.truncate(1);
        assert_eq!(
            shown_contacts(&c, 3),
            vec![
                (ContactKind::Email, "jane@x.example"),
                (ContactKind::Social, "https://twitter.com/jane")
            ]
        );
        assert_eq!(best_contact(&Contacts::default()), None);
        // A desk that takes no pitches comes after the contact page, but before nothing.
        let mut desk = Contacts { emails: vec!["customerservice@x.example".into()], contact_pages: vec!["https://x.example/contact".into()], ..Default::default() };
        assert_eq!(best_contact(&desk), Some((ContactKind::ContactPage, "https://x.example/contact")));
        desk.contact_pages.clear();
        assert_eq!(best_contact(&desk), Some((ContactKind::Email, "customerservice@x.example")));
    }

    #[test]
    fn social_handles() {
        assert_eq!(
            social_handle("https://twitter.com/jane_doe").as_deref(),
            Some("@jane_doe")
        );
        assert_eq!(
            social_handle("https://www.youtube.com/@weekdayloaf").as_deref(),
            Some("@weekdayloaf")
        );
        assert_eq!(
            social_handle("https://www.linkedin.com/in/jane-doe/").as_deref(),
            Some("@jane-doe")
        );
        assert_eq!(
            social_handle("https://www.instagram.com/weekdayloaf/").as_deref(),
            Some("@weekdayloaf")
        );
        assert_eq!(social_handle("https://twitter.com/"), None);
        assert_eq!(social_handle("https://facebook.com/sharer.php?u=x"), None);
    }

    #[test]
    fn snippets_are_centred_on_the_anchor_and_cut_at_words() {
        let long = format!(
            "{} the anchor text {}",
            "word ".repeat(60),
            "tail ".repeat(60)
        );
        let s = snippet(&long, "anchor text", 60);
        assert!(
            s.contains("anchor text") && s.starts_with('…') && s.ends_with('…'),
            "{s}"
        );
        assert!(s.chars().count() <= 62, "{s}");
        assert!(
            !s.contains("wor…") && !s.contains("…ord"),
            "whole words: {s}"
        );
        assert_eq!(snippet("short  text", "x", 60), "short text");
        // Non-ASCII text is cut on characters.
        let zh = "中文".repeat(100);
        assert!(snippet(&zh, "文中", 30).chars().count() <= 32);
    }
}
