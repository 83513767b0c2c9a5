//! `opportunities` — what kind of link opportunity this page is, with the evidence.
//!
//! Measures: footprints in the title, headings, URL and text (our phrase list,
//! `data/footprints/`, CC0) combined with the page's link profile from the Report: resource /
//! links pages, guest-post pages, roundups and list posts, directories, unlinked brand mentions,
//! link intersect (links to a competitor but not to me), forum / comment / UGC pages, and
//! sponsored or paid placements.
//! Why: the opportunity type decides the pitch — a resource page takes a guide, a "write for
//! us" page an article, an unlinked mention a one-line request, a link-intersect page a better
//! alternative — and flags the low-value kinds (UGC, directories, paid placements).
//! Structure decides with the words: a resource page is called one (title or URL, not a section
//! heading) and its content is a list of links to many sites, or its content is mostly such a
//! list with a description for each link; a guest-post page invites guest
//! posts outright (`data/footprints/guest-post.tsv`, 10 languages; "contribute" alone is not
//! enough); a page is user-made when its discussion outweighs its content, its links are
//! rel=ugc, its URL says forum/thread, or it names forum software; a page is paid for when it says
//! so of itself (`data/footprints/sponsored.tsv`, 7 languages): a kicker just above its headline
//! ("Sponsored"), a label or sponsor line beside it ("Paid post", "In partnership with"), or a
//! sentence anywhere ("this post is sponsored") — not an ad widget's heading, a menu link or a
//! site-wide sponsor banner (a match over the whole text found 10 such "disclosures" on the
//! development set, none of them the page's own, and missed its one sponsored piece), else when
//! its links carry rel=sponsored.
//! Blind spots: roundup, resource and directory names are read in a
//! dozen languages (`data/footprints/page-names.tsv`); a curated list written as a
//! section per item (a heading linking each site) is a list, but its headings are not read as
//! described, so it is seen only when it is called a resource page or asks for additions; a
//! table of links (a row per site) is not read as a list; a page about "resources" in
//! another sense reads as a resource page when it also lists many links; brand matching is literal (no stemming, no
//! fuzzy forms) and a generic brand name ("Bolt") over-matches; a sponsored page labelled only by
//! an ad-slot word ("Anzeige", "Advertisement"), by its title, or by a headline the title does not
//! start with is not seen as paid.

use serde::{Deserialize, Serialize};

use super::factors::ProspectInput;
use crate::judgement::Judgement;
use crate::profile::Profile;
use crate::report::Contribution;
use crate::report::{LinkKind, Report};
use crate::snapshot::{LinkContext, PageSnapshot, Region};

/// Footprint phrases by category (`category,phrase,note`), CC0.
fn footprints_csv() -> &'static str {
    crate::tables::link_page_footprints()
}
/// Phrases inviting guest posts, several languages (`lang<TAB>phrase`), ours.
fn guest_post_tsv() -> &'static str {
    crate::tables::guest_post()
}
/// Forum software names a forum page carries ("Powered by phpBB"), lowercase whole words.
const FORUM_SOFTWARE: &[&str] = &[
    "phpbb", "vbulletin", "xenforo", "discourse", "mybb", "simple machines forum", "smf", "invision community", "invision power board", "discuz", "askbot", "nodebb", "flarum", "punbb", "fluxbb", "vanilla forums",
];

/// The sites of the forum software above, which forums credit with a footer link.
const FORUM_MAKERS: &[(&str, &str)] = &[
    ("phpbb.com", "phpbb"),
    ("vbulletin.com", "vbulletin"),
    ("xenforo.com", "xenforo"),
    ("discourse.org", "discourse"),
    ("mybb.com", "mybb"),
    ("simplemachines.org", "simple machines forum"),
    ("invisioncommunity.com", "invision community"),
    ("invisionpower.com", "invision power board"),
    ("discuz.net", "discuz"),
    ("nodebb.org", "nodebb"),
    ("flarum.org", "flarum"),
    ("fluxbb.org", "fluxbb"),
    ("punbb.org", "punbb"),
    ("vanillaforums.com", "vanilla forums"),
];

/// The first guest-post invitation in `haystack` (passed through [`words`]).
fn find_guest_post(haystack: &str) -> Option<&'static str> {
    find_phrase(guest_post_tsv(), "", haystack)
}

/// The first phrase of a `key<TAB>phrase` table that `haystack` (passed through [`words`]) says,
/// among the rows whose key is `key` (any row when `key` is empty).
fn find_phrase(table: &'static str, key: &str, haystack: &str) -> Option<&'static str> {
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(k, _)| key.is_empty() || *k == key)
        .map(|(_, phrase)| phrase.trim())
        .find(|phrase| !phrase.is_empty() && haystack.contains(&needle(phrase)))
}

/// What a phrase is searched as in a text passed through [`words`]: its whole words, or anywhere
/// for a phrase in a script written without spaces ("相互リンク" in "相互リンク募集").
fn needle(phrase: &str) -> String {
    if phrase.chars().any(|c| c >= '\u{3000}') {
        phrase.to_string()
    } else {
        format!(" {phrase} ")
    }
}

/// The phrase of `data/footprints/list-invitation.tsv` with which the page asks for additions
/// to its list ("if you like to be included", "please add to the list"), if it says one.
fn find_list_invitation(text: &str) -> Option<&'static str> {
    find_phrase(crate::tables::list_invitation(), "", text)
}

/// A discussion has several posters: one rel=ugc link (a news site's only outbound link, tagged
/// by its CMS) is not one (blind round 8).
const MIN_UGC_LINKS: usize = 3;

/// True when the page's text says `phrase` more often than its menus, footers, sidebars and
/// hidden links (a site-wide tip form) link it: a site-wide "Guest post guidelines" link says the
/// site takes guest posts somewhere, not that this article is a way in (TechCrunch on the
/// development set).
fn said_beyond_chrome(text: &str, phrase: &str, report: &Report) -> bool {
    let padded = needle(phrase);
    let linked = report.links.iter().filter(|l| (l.region.is_chrome() || l.hidden) && words(&l.anchor).contains(&padded)).count();
    text.matches(&padded).count() > linked
}


/// How far from the headline a label counts as the page's own: a kicker sits just above it, a
/// sponsor line in the byline just below; further on, "sponsored by" is the story's prose.
const WORDS_BEFORE_HEADLINE: usize = 12;
const WORDS_AFTER_HEADLINE: usize = 15;

/// The page's headline as [`words`]: its first H1 that starts the title ("Headline | Site"; a
/// blog's H1 that is its own name ends it), else the title up to its first " | " or " - ".
fn headline(snapshot: &PageSnapshot) -> Option<String> {
    let first = snapshot.title.split(['|', '\u{2013}', '\u{2014}']).next().unwrap_or("");
    let first = words(first.split(" - ").next().unwrap_or(first));
    let title = words(&snapshot.title);
    let h1 = snapshot.headings.iter().filter(|h| h.level == 1).map(|h| words(&h.text)).find(|h| h.len() > 8 && (title.starts_with(h.as_str()) || h.contains(&first)));
    h1.or(Some(first).filter(|w| w.split_whitespace().count() >= 3))
}

/// How the page says it is itself paid for, if it does: a kicker just above its headline
/// ("Sponsored"), a label or sponsor line beside it ("Paid post", "In partnership with …"), or
/// a sentence anywhere ("this post is sponsored by"). A menu link named so is not the page's
/// label, nor an ad widget's heading ("Sponsored links").
fn disclosed_sponsorship(snapshot: &PageSnapshot, text: &str, report: &Report) -> Option<String> {
    let says = |place, haystack: &str| find_phrase(crate::tables::sponsored(), place, haystack);
    if let Some(p) = says("statement", text) {
        return Some(format!("the page says \u{201c}{p}\u{201d}"));
    }
    let headline = headline(snapshot)?;
    let (before, after) = text.split_once(headline.as_str())?;
    // The words around the headline (cut at spaces: `text` is [`words`]), the ones after behind
    // a bar so no phrase spans it.
    let spaces = |s: &str| s.bytes().enumerate().filter(|(_, b)| *b == b' ').map(|(i, _)| i).collect::<Vec<_>>();
    let cut = spaces(before).iter().rev().nth(WORDS_BEFORE_HEADLINE - 1).copied().unwrap_or(0);
    let above = format!("{} ", before.get(cut..).unwrap_or(""));
    let end = spaces(after).get(WORDS_AFTER_HEADLINE - 1).copied().unwrap_or(after.len());
    let near = format!("{above}| {} ", after.get(..end).unwrap_or(""));
    // An ad widget's heading ("Sponsored links") above the headline names the ads, not the page.
    let kicker = says("kicker", &above).filter(|_| says("widget", &above).is_none());
    let said = kicker.or_else(|| says("label", &near))?;
    let menu = report.links.iter().any(|l| l.region.is_chrome() && words(&l.anchor).trim() == said);
    (!menu).then(|| format!("beside its headline: \u{201c}{said}\u{201d}"))
}

/// An opportunity type. Ids are stable (they are saved with opportunities).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OpeningKind {
    ResourcePage,
    GuestPost,
    Roundup,
    Directory,
    UnlinkedMention,
    LinkIntersect,
    Ugc,
    Sponsored,
}

crate::ids::serde_by_id!(lists OpeningKind);

impl OpeningKind {
    /// Every kind, in display order (`kinds_are_complete` in crm::transfer checks it).
    pub const ALL: [OpeningKind; 8] = [
        OpeningKind::ResourcePage,
        OpeningKind::GuestPost,
        OpeningKind::Roundup,
        OpeningKind::Directory,
        OpeningKind::UnlinkedMention,
        OpeningKind::LinkIntersect,
        OpeningKind::Ugc,
        OpeningKind::Sponsored,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            OpeningKind::ResourcePage => "resource-page",
            OpeningKind::GuestPost => "guest-post",
            OpeningKind::Roundup => "roundup",
            OpeningKind::Directory => "directory",
            OpeningKind::UnlinkedMention => "unlinked-mention",
            OpeningKind::LinkIntersect => "link-intersect",
            OpeningKind::Ugc => "ugc",
            OpeningKind::Sponsored => "sponsored",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            OpeningKind::ResourcePage => "Resource page",
            OpeningKind::GuestPost => "Guest post",
            OpeningKind::Roundup => "Roundup / list post",
            OpeningKind::Directory => "Directory",
            OpeningKind::UnlinkedMention => "Unlinked mention",
            OpeningKind::LinkIntersect => "Link intersect",
            OpeningKind::Ugc => "Forum / comments / UGC",
            OpeningKind::Sponsored => "Sponsored / paid placement",
        }
    }
}

/// The evidence of a Sponsored opening read from rel=sponsored links, not from the page's own
/// disclosure: a sponsored widget or a partner's link does not make the page itself paid for.
const SPONSORED_LINKS: &str = "marked rel=sponsored";

/// True when the page says it is itself paid for (sponsored content, an advertorial).
pub(crate) fn is_paid_page(openings: &[Opening]) -> bool {
    openings.iter().any(|o| o.kind == OpeningKind::Sponsored && !o.evidence.ends_with(SPONSORED_LINKS))
}

/// One opportunity type found on the page and what triggered it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Opening {
    pub kind: OpeningKind,
    pub evidence: String,
}

/// Lowercased text with every run of non-alphanumerics collapsed to one space, padded with
/// spaces so phrase matches can require word boundaries (`" links "`). Shared by the factors
/// that look for whole phrases in page text (page kinds, neighbourhood words, reposts).
pub(crate) fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// The phrases of `category`: the English footprints (CC0), then ours in other languages
/// (`data/footprints/page-names.tsv`: "Linkliste", "Link eintragen", "annuaire"…).
fn footprints(category: &str) -> impl Iterator<Item = &'static str> + '_ {
    let english = footprints_csv().lines().skip(1).filter_map(move |line| {
        let mut fields = line.split(',');
        (fields.next()? == category).then_some(())?;
        fields.next()
    });
    let others = crate::tables::page_names().lines().filter_map(|l| l.split_once('\t')).filter(move |(c, _)| *c == category).map(|(_, p)| p.trim());
    english.chain(others)
}

/// The first footprint of `category` found in `haystack` (already passed through [`words`]).
fn find_footprint(category: &str, haystack: &str) -> Option<&'static str> {
    footprints(category).find(|phrase| haystack.contains(&needle(phrase)))
}

/// Where a page says what it is: title, headings and URL path.
struct Signage {
    title: String,
    title_and_headings: String,
    path: String,
    text: String,
}

impl Signage {
    fn of(snapshot: &PageSnapshot) -> Signage {
        let mut heads = snapshot.title.clone();
        for h in snapshot.headings.iter().filter(|h| h.level <= 2).take(20) {
            heads.push(' ');
            heads.push_str(&h.text);
        }
        let path = snapshot.url.split_once("://").map_or("", |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
        // The text is bounded by the extractor; 20,000 characters are plenty for footprints.
        let text: String = snapshot.text_sample.chars().take(20_000).collect();
        Signage { title: words(&snapshot.title), title_and_headings: words(&heads), path: words(path.split(['?', '#']).next().unwrap_or("")), text: words(&text) }
    }

    /// A footprint in the title or URL (what the page is called, not a section of it).
    fn is_called(&self, category: &str) -> Option<String> {
        if let Some(p) = find_footprint(category, &self.title) {
            return Some(format!("the title says \u{201c}{p}\u{201d}"));
        }
        find_footprint(category, &self.path).map(|p| format!("the URL says \u{201c}{p}\u{201d}"))
    }

    /// A footprint in the title, headings or URL, with where it was seen.
    fn says(&self, category: &str) -> Option<String> {
        if let Some(p) = find_footprint(category, &self.title_and_headings) {
            return Some(format!("title or headings say \u{201c}{p}\u{201d}"));
        }
        find_footprint(category, &self.path).map(|p| format!("the URL says \u{201c}{p}\u{201d}"))
    }
}

/// True when `title` reads like a list post: a count from 5 to 500 (years are not counts)
/// followed within two words by a list noun ("21 best", "15 sourdough blogs"; not "The 404
/// podcast: CNET blogs").
fn list_title(title: &str) -> Option<String> {
    // Nouns of things to link to; not "ways", "tips" or "ideas": "13 ways to compliment women"
    // is advice that cites its experts, not a list of other sites' posts (round 10).
    // "Best" in German, French, Spanish, Italian, Portuguese and Dutch too ("Die 15 besten Blogs").
    const NOUNS: &[&str] = &[
        "best", "top", "tools", "resources", "blogs", "sites", "links", "examples", "books", "apps", "besten", "meilleurs", "meilleures", "mejores", "migliori", "melhores", "beste",
    ];
    let w: Vec<&str> = title.split_whitespace().collect();
    let number = |at: Option<usize>| at.and_then(|j| w.get(j)).is_some_and(|n| n.parse::<u32>().is_ok());
    for (i, word) in w.iter().enumerate() {
        // A number beside another is a manual's section number ("28.4 Examples" reads "28 4
        // examples"; SWIG's manual, blind round 70), not a count.
        let section = number(i.checked_sub(1)) || number(Some(i + 1));
        if !section && word.parse::<u32>().is_ok_and(|n| (5..=500).contains(&n)) && w.iter().skip(i + 1).take(2).any(|n| NOUNS.contains(n)) {
            return Some(format!("list title \u{201c}{}\u{201d}", w.iter().skip(i).take(4).copied().collect::<Vec<_>>().join(" ")));
        }
    }
    find_footprint("roundup", title).map(|p| format!("title says \u{201c}{p}\u{201d}"))
}

/// The first path segment of `url` naming a forum or Q&A thread ("/forums/", "/questions/123/",
/// "viewtopic.php", Reddit's "/r/name/comments/id/"): whole segments, as a slug's words ("…-stirs-questions-…") say nothing.
fn forum_segment(url: &str) -> Option<&'static str> {
    const SEGMENTS: &[&str] =
        &["forum", "forums", "thread", "threads", "community", "questions", "question", "viewtopic", "showthread", "discussion", "discussions", "comments"];
    // A thread's address by its number: NodeBB's and Invision's `/topic/123-slug`, Discourse's
    // `/t/slug/123`, MyBB's and Discuz's `thread-123-1-1.html`, phpBB SEO's `topic123.html`,
    // SMF's `?topic=123.0`, old Invision's `?showtopic=123` (the shapes `forum-dl` reads them
    // by). A news site's `/topic/climate` tag page has no number, so it is not one.
    const NUMBERED: &[&str] = &["topic", "topics", "t"];
    const NUMBERED_STEMS: &[&str] = &["thread-", "topic-", "topic"];
    const NUMBERED_QUERY: &[&str] = &["topic", "showtopic"];
    // A number, alone or before "-slug", ".html" or ".0": not an id that only starts with a
    // digit (Readhub's news-cluster `/topic/7PM49H7yjs5`).
    let numbered = |s: &str| {
        let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < s.len() && rest.chars().next().is_none_or(|c| matches!(c, '-' | '.' | '_'))
    };
    let url = crate::domain::parse_url(url)?;
    let segments: Vec<&str> = url.path_segments()?.take(16).collect();
    let found = segments.iter().find_map(|seg| {
        let stem = seg.split_once('.').map_or(*seg, |(stem, _)| stem).to_ascii_lowercase();
        SEGMENTS.iter().find(|s| **s == stem).copied()
    });
    let by_number = || {
        segments.iter().enumerate().find_map(|(i, seg)| {
            let lower = seg.to_ascii_lowercase();
            let next = |k: usize| segments.get(i + k).copied().unwrap_or("");
            let thread = NUMBERED.iter().find(|n| **n == lower && (numbered(next(1)) || (**n == "t" && !next(2).is_empty() && next(2).chars().all(|c| c.is_ascii_digit()))));
            thread.or_else(|| NUMBERED_STEMS.iter().find(|p| lower.strip_prefix(**p).is_some_and(numbered))).copied()
        })
    };
    let by_query = || url.query_pairs().find_map(|(k, v)| NUMBERED_QUERY.iter().find(|q| k.eq_ignore_ascii_case(q) && numbered(&v)).copied());
    found.or_else(by_number).or_else(by_query)
}

/// True when the title (written by [`words`]) names the site `domain` ("Rival Bakery opens a
/// second shop" for `rival-bakery.example`): the page is about it.
fn is_subject(title: &str, domain: &str) -> bool {
    let name = words(domain.split('.').next().unwrap_or(""));
    name.trim().chars().count() >= 3 && title.contains(&name)
}

/// Distinct sites among the external links in the content.
fn content_sites(external: &[&crate::report::LinkReport]) -> usize {
    let mut sites: Vec<&str> = external.iter().filter(|l| matches!(l.region, Region::Main | Region::Body)).map(|l| l.domain.as_str()).collect();
    sites.sort_unstable();
    sites.dedup();
    sites.len()
}

/// Distinct sites among the external links listed in the content. A code host's account is a
/// site of its own: a list of projects is mostly of repositories (Supervisor's third-party
/// plugins, blind round 72: 25 projects, most on github.com).
fn listed_content_sites(external: &[&crate::report::LinkReport]) -> usize {
    let mut sites: Vec<String> = external.iter().filter(|l| l.region == Region::Main && is_listed_site(l)).map(|l| project_site(l)).collect();
    sites.sort_unstable();
    sites.dedup();
    sites.len()
}

/// The link's site, or on a code host its account (`github.com/gamegos`).
fn project_site(l: &crate::report::LinkReport) -> String {
    let rest = l.href.split_once("://").map_or(l.href.as_str(), |(_, r)| r);
    let account = rest.split(['/', '?', '#']).nth(1).filter(|a| !a.is_empty() && crate::actions::CODE_HOSTS.contains(&l.domain.as_str()));
    match account {
        Some(account) => format!("{}/{}", l.domain, account.to_ascii_lowercase()),
        None => l.domain.clone(),
    }
}

/// A link in a list that names a site: a list item's, or an item's heading where the list is
/// written as a section per item (pandas's "Ecosystem": each project a heading linking it and a
/// paragraph on it; blind round 35). Not an account on a social network (a list of a
/// government's Twitter accounts is no list of sites to be added to; blind round 12).
fn is_listed_site(l: &crate::report::LinkReport) -> bool {
    matches!(l.context, LinkContext::List | LinkContext::Heading) && !crate::prospect::contacts::is_social_profile(&l.href)
}

/// A resource page is a curated list of other sites: called one (title or URL) over a list of
/// links, a list whose page asks for additions, or, without either, a content that is mostly a
/// list of links each with a line saying what it is ("Requests-OAuthlib: OAuth 1 and 2 for
/// Requests"). The evidence, if it is one.
fn resource_page(snapshot: &PageSnapshot, signage: &Signage, external: &[&crate::report::LinkReport], listed: usize, content: usize, directory: bool) -> Option<String> {
    let sites = listed_content_sites(external);
    if listed < 8 || sites < 6 {
        return None;
    }
    if let Some(said) = signage.is_called("resource_page").filter(|_| listed * 2 >= content) {
        return Some(format!("{said}; {listed} external links to {sites} sites listed in the content"));
    }
    // A list that asks to be told of more sites is the best opening there is, described or not
    // ("Projects using Sphinx": "if you like to be included, please mail…").
    if let Some(p) = find_list_invitation(&signage.text) {
        return Some(format!("the page asks for additions (\u{201c}{p}\u{201d}); {listed} external links to {sites} sites listed in the content"));
    }
    if directory {
        return None;
    }
    // The content is made of the list: a user guide's bibliography, an install page's
    // dependencies or a changelog's issue links are described lists too, inside a page of prose
    // (blind round 35: the lists of the five pages its experts called resource pages hold 0.46
    // to 0.86 of their page's words, the others' at most 0.26).
    let (described, words) = described_list_links(snapshot, external);
    (listed * 3 >= content * 2 && described * 3 >= listed * 2 && words * 3 >= snapshot.word_count as usize)
        .then(|| format!("the content lists {listed} external links to {sites} sites, {described} of them with a description"))
}

/// The external links listed in the content that are described: their item says at least four
/// words besides the anchor's, or the anchor itself does ("Python Testing with pytest, by
/// Brian Okken"); and the words of their items, each item once.
fn described_list_links(snapshot: &PageSnapshot, external: &[&crate::report::LinkReport]) -> (usize, usize) {
    // One pass over the page's links (a huge page must not cost one search per listed link).
    let mut listed: Vec<u32> = external.iter().filter(|l| l.region == Region::Main && is_listed_site(l)).map(|l| l.index).collect();
    listed.sort_unstable();
    let (mut described, mut words) = (0, 0);
    let mut last_item = None;
    for o in snapshot.links.iter().filter(|o| listed.binary_search(&o.index).is_ok()) {
        let anchor = o.text.split_whitespace().count();
        let item = o.surrounding.split_whitespace().count();
        if item >= anchor + 4 || anchor >= 5 {
            described += 1;
        }
        // An item's links share its text (the extractor writes none when the link is the item).
        let said = if o.surrounding.is_empty() { o.text.as_str() } else { o.surrounding.as_str() };
        if last_item != Some(said) {
            words += item.max(anchor);
        }
        last_item = Some(said);
    }
    (described, words)
}

/// Every opportunity type the page shows, in [`OpeningKind`] order.
pub fn openings(snapshot: &PageSnapshot, report: &Report, profile: &Profile) -> Vec<Opening> {
    let signage = Signage::of(snapshot);
    let external: Vec<_> = report.links.iter().filter(|l| l.kind == LinkKind::External).collect();
    let listed_content_links = external
        .iter()
        .filter(|l| matches!(l.region, Region::Main | Region::Body) && is_listed_site(l))
        .count();
    let content_links = external.iter().filter(|l| matches!(l.region, Region::Main | Region::Body)).count();
    let mut found = Vec::new();
    let mut add = |kind, evidence: String| found.push(Opening { kind, evidence });

    // "Directory" names the page only in its title or address: a heading of that name is as often a
    // section of the site's chrome (NPR's footer "Podcast Directory" on every story, round 10).
    let directory = signage.says("link_scheme").or_else(|| {
        [(&signage.title, "the title says"), (&signage.path, "the URL says")]
            .into_iter()
            .find(|(haystack, _)| haystack.contains(" directory "))
            .map(|(_, place)| format!("{place} \u{201c}directory\u{201d}"))
    });
    // A directory lists described sites too; it is not curated for readers.
    if let Some(said) = resource_page(snapshot, &signage, &external, listed_content_links, content_links, directory.is_some()) {
        add(OpeningKind::ResourcePage, said);
    }
    let guest = [(&signage.title_and_headings, "the title or headings say"), (&signage.path, "the URL says")]
        .into_iter()
        .find_map(|(haystack, place)| find_guest_post(haystack).map(|p| format!("{place} \u{201c}{p}\u{201d}")))
        .or_else(|| find_guest_post(&signage.text).filter(|p| said_beyond_chrome(&signage.text, p, report)).map(|p| format!("the page says \u{201c}{p}\u{201d}")));
    if let Some(said) = guest {
        add(OpeningKind::GuestPost, said);
    }
    // A roundup points to other sites' posts: a list title over links to a handful of sites is
    // an article that cites them.
    // Documentation is not dated, nor a thread: its numbered lists and `/community/` section are
    // neither a roundup nor a forum.
    let documentation = crate::prospect::factors::page_kind::documentation(snapshot).is_some();
    if let Some(said) = list_title(&signage.title_and_headings).filter(|_| !documentation) {
        let sites = content_sites(&external);
        if content_links >= 5 && sites >= 5 {
            add(OpeningKind::Roundup, format!("{said}; {content_links} external links to {sites} sites in the content"));
        }
    }
    if let Some(said) = directory {
        if external.len() >= 20 {
            add(OpeningKind::Directory, format!("{said}; {} external links", external.len()));
        }
    }

    let links_to_me = external.iter().any(|l| profile.my_domains.contains(&l.domain));
    if !links_to_me && !profile.my_domains.is_empty() {
        let page_words = format!("{}{}", signage.title_and_headings, signage.text);
        if let Some(brand) = profile.brands.iter().find(|b| {
            let b = words(b);
            b.trim().len() >= 2 && page_words.contains(&b)
        }) {
            add(OpeningKind::UnlinkedMention, format!("mentions \u{201c}{brand}\u{201d} without linking to {}", profile.my_domains.first().map_or("", String::as_str)));
        }
        // An editorial vote for a competitor: a followed link in the content (not a nofollow
        // credit, an author bio in the byline, a member's homepage in the comments), and not the
        // page's own subject (a story about the competitor links to it as a matter of course).
        let mut competitors: Vec<&str> = external
            .iter()
            .filter(|l| profile.competitors.contains(&l.domain) && l.followed && !l.ugc && l.region == Region::Main)
            .filter(|l| !is_subject(&signage.title, &l.domain))
            .map(|l| l.domain.as_str())
            .collect();
        competitors.sort_unstable();
        competitors.dedup();
        if !competitors.is_empty() {
            add(OpeningKind::LinkIntersect, format!("links to {} but not to you", competitors.join(", ")));
        }
    }

    if let Some(said) = user_made(snapshot, &signage, &external, content_links, documentation) {
        add(OpeningKind::Ugc, said);
    }

    // Commission links to shops (Amazon, affiliate networks) carry rel=sponsored too, but nobody
    // paid the page for them: a recipe blog's "the cake stand I use" is not a paid placement.
    let sponsored_links = external.iter().filter(|l| l.sponsored && !crate::signals::destination::is_shop_link(&l.href, &l.domain)).count();
    if let Some(said) = disclosed_sponsorship(snapshot, &signage.text, report) {
        add(OpeningKind::Sponsored, said);
    } else if sponsored_links > 0 {
        add(OpeningKind::Sponsored, format!("{sponsored_links} {} {SPONSORED_LINKS}", if sponsored_links == 1 { "link" } else { "links" }));
    }
    found
}

/// The prospect factor over the openings found: points per kind. Editorial openings earn,
/// listed or paid ones cost (a directory link is rarely an editorial vote, even on topic).
pub const FACTOR: Judgement = Judgement {
    id: "opportunity",
    title: "Opportunity type",
    description: "The kind of opening the page offers: resource page, guest post, roundup, unlinked mention, link intersect — or directory, UGC, paid.",
};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Weights {
    pub resource_page: i32,
    pub guest_post: i32,
    pub roundup: i32,
    pub unlinked_mention: i32,
    pub link_intersect: i32,
    pub directory: i32,
    pub ugc: i32,
    pub sponsored: i32,
}

crate::weights_reader!(Weights { resource_page: "resourcePage", guest_post: "guestPost", roundup: "roundup", unlinked_mention: "unlinkedMention", link_intersect: "linkIntersect", directory: "directory", ugc: "ugc", sponsored: "sponsored" });

impl Default for Weights {
    fn default() -> Self {
        Weights { resource_page: 12, guest_post: 8, roundup: 6, unlinked_mention: 15, link_intersect: 10, directory: -18, ugc: -15, sponsored: -10 }
    }
}

impl Weights {
    fn of(&self, kind: OpeningKind) -> i32 {
        match kind {
            OpeningKind::ResourcePage => self.resource_page,
            OpeningKind::GuestPost => self.guest_post,
            OpeningKind::Roundup => self.roundup,
            OpeningKind::UnlinkedMention => self.unlinked_mention,
            OpeningKind::LinkIntersect => self.link_intersect,
            OpeningKind::Directory => self.directory,
            OpeningKind::Ugc => self.ugc,
            OpeningKind::Sponsored => self.sponsored,
        }
    }
}

pub fn evaluate(input: &ProspectInput, w: &Weights, out: &mut Vec<Contribution>) {
    for o in input.openings {
        out.push(FACTOR.contribution(w.of(o.kind), o.kind.label(), o.evidence.clone()));
    }
}

/// What shows the page is user-made (a forum or Q&A thread), if anything.
fn user_made(snapshot: &PageSnapshot, signage: &Signage, external: &[&crate::report::LinkReport], content_links: usize, documentation: bool) -> Option<String> {
    // An article with a comment thread is an article: the page is user-made when its discussion
    // outweighs its content, read from the replies' citations (a link in a reply's text to
    // another site's page, not a home page), not from commenters' names linking to their profiles or homepages,
    // which made a news story UGC that every expert judged not (blind round 11). For the same
    // reason rel=ugc counts where a thread's posts are (placement's `body`), not under comments.
    // Nor from a commenter's own latest post, which a blog's comment plugin (CommentLuv) adds
    // under the comment: a link to the site the commenter's name links (blind round 54: seven
    // on Panini Happy, a food blog whose experts see no user-made page).
    let commenters: Vec<&str> = external.iter().filter(|l| l.region == Region::Comments && super::factors::ceiling::is_home_page(&l.href)).map(|l| l.domain.as_str()).collect();
    let comment_citations = external
        .iter()
        .filter(|l| l.region == Region::Comments && !l.hidden && l.context == LinkContext::Paragraph && !super::factors::ceiling::is_home_page(&l.href) && !commenters.contains(&l.domain.as_str()))
        .count();
    let ugc_links = external.iter().filter(|l| l.ugc && l.region != Region::Comments).count();
    if comment_citations >= 5 && comment_citations > content_links {
        return Some(format!("{comment_citations} links to other sites in the replies' text, more than in the content"));
    }
    if ugc_links >= MIN_UGC_LINKS && ugc_links * 10 >= external.len() * 3 {
        return Some(format!("{ugc_links} of {} external links are rel=ugc", external.len()));
    }
    if let Some(p) = forum_segment(&snapshot.url).filter(|_| !documentation) {
        return Some(format!("the URL says \u{201c}{p}\u{201d}"));
    }
    // The software names itself in the footer ("Powered by phpBB", "Forum software by XenForo")
    // or in the generator meta; its name alone is a word in any text ("fact-based discourse" made
    // a blog post a forum).
    let generator = words(&snapshot.meta.generator);
    let credited = |s: &str| ["powered by", "forum software by", "community platform by"].iter().any(|by| signage.text.contains(&format!(" {by} {s} ")));
    if let Some(software) = FORUM_SOFTWARE.iter().find(|s| credited(s) || generator.starts_with(&format!(" {s} "))) {
        return Some(format!("forum software ({software})"));
    }
    // Or with a link to its maker outside the text: SMF's footer says only "SMF © 2023, Simple
    // Machines", linked. A post about the software links its maker from the text instead.
    let maker = external.iter().filter(|l| !matches!(l.region, Region::Main | Region::Body)).find_map(|l| FORUM_MAKERS.iter().find(|(site, _)| l.domain == *site))?;
    Some(format!("forum software ({})", maker.1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{Heading, LinkObservation};

    fn page(url: &str, title: &str, text: &str, links: Vec<LinkObservation>) -> PageSnapshot {
        PageSnapshot { url: url.into(), title: title.into(), text_sample: text.into(), links, ..Default::default() }
    }

    fn ext(i: u32, host: &str, region: Region, context: LinkContext, rel: &str) -> LinkObservation {
        let href = format!("https://{host}/p{i}");
        LinkObservation { index: i, href, text: format!("site {i}"), rel: rel.into(), region, context, ..Default::default() }
    }

    fn kinds(snapshot: &PageSnapshot, profile: &Profile) -> Vec<OpeningKind> {
        let report = crate::analyze(snapshot, profile);
        openings(snapshot, &report, profile).into_iter().map(|o| o.kind).collect()
    }

    fn profile() -> Profile {
        Profile {
            my_domains: vec!["acme-bread.example".into()],
            brands: vec!["Acme Bread".into()],
            competitors: vec!["rival-bakery.example".into()],
            ..Default::default()
        }
    }

    #[test]
    fn resource_page_needs_the_sign_and_the_list() {
        let links = (0..12).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "")).collect();
        let p = page("https://blog.example/baking/useful-links", "Useful links for home bakers", "", links);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::ResourcePage]);
        let few = page("https://blog.example/useful-links", "Useful links", "", vec![ext(0, "a.example", Region::Main, LinkContext::List, "")]);
        assert!(kinds(&few, &Profile::default()).is_empty());
        // A list of accounts on social networks names no site to be added to.
        let accounts = (0..12)
            .map(|i| {
                let host = ["twitter.com", "facebook.com", "instagram.com", "x.com", "tiktok.com", "pinterest.com"][i % 6];
                LinkObservation { href: format!("https://{host}/bakery{i}"), ..ext(i as u32, host, Region::Main, LinkContext::List, "") }
            })
            .collect();
        let p = page("https://blog.example/baking/useful-links", "Useful links for home bakers", "", accounts);
        assert!(kinds(&p, &Profile::default()).is_empty(), "social accounts");
    }

    #[test]
    fn a_list_written_as_a_section_per_item_is_a_list() {
        // Each project a heading linking it; the page asks to be told of more.
        let links: Vec<_> = (0..10).map(|i| ext(i, &format!("project{i}.example"), Region::Main, LinkContext::Heading, "")).collect();
        let asks = "Projects that build on seaarray. If you know of other projects that you feel should be on this list, please let us know.";
        let p = page("https://docs.example/ecosystem.html", "Ecosystem", asks, links.clone());
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::ResourcePage]);
        // The same headings on a page that neither asks nor is called a list are not enough.
        let p = page("https://docs.example/ecosystem.html", "Ecosystem", "Projects that build on seaarray.", links);
        assert!(kinds(&p, &Profile::default()).is_empty());
    }

    #[test]
    fn a_list_of_repositories_lists_a_site_per_account() {
        // A manual's list of third-party projects, each a repository on a code host, that says
        // how to be added (Supervisor's, blind round 72).
        let repos = |owner: &dyn Fn(u32) -> String| -> Vec<LinkObservation> {
            (0..10).map(|i| LinkObservation { href: format!("https://github.com/{}/tool{i}", owner(i)), ..ext(i, "github.com", Region::Main, LinkContext::List, "") }).collect()
        };
        let asks = "Third party applications. See README.rst for information on how to contribute to this list.";
        let p = page("https://docs.example/plugins.html", "Third Party Applications", asks, repos(&|i| format!("dev{i}")));
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::ResourcePage]);
        // One account's repositories are one project's parts.
        let p = page("https://docs.example/plugins.html", "Third Party Applications", asks, repos(&|_| "acme".into()));
        assert!(kinds(&p, &Profile::default()).is_empty(), "one account");
    }

    #[test]
    fn guest_post_pages_from_title_url_or_text() {
        let p = page("https://blog.example/write-for-us", "Contributors", "", vec![]);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::GuestPost]);
        let p = page("https://blog.example/about", "About", "We are accepting guest posts on baking.", vec![]);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::GuestPost]);
        let p = page("https://blog.example/mitmachen", "Mitmachen", "Gastbeitrag einreichen: so geht's.", vec![]);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::GuestPost], "German");
        let p = page("https://news.example/story", "A story", "Got a tip? Contribute to our reporting. Guest author: Jane Doe.", vec![]);
        assert!(kinds(&p, &Profile::default()).is_empty(), "'contribute' and 'guest author' alone say nothing");
        // A post that calls itself a guest post: the site runs them.
        let p = page("https://blog.example/sourdough-hydration", "Sourdough hydration", "This is a guest post by Jane Doe, who bakes in Leeds.", vec![]);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::GuestPost]);
        let p = page("https://blog.example/sauerteig", "Sauerteig richtig füttern", "Ein Gastbeitrag von Jana Schmidt.", vec![]);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::GuestPost], "German");
        let p = page("https://baozi.example/about", "关于我们", "本站欢迎投稿，请发邮件至编辑部。", vec![]);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::GuestPost], "Chinese, without spaces");
        let p = page("https://blog.example/sourdough", "Sourdough", "Our guests posted photos of their loaves.", vec![]);
        assert!(kinds(&p, &Profile::default()).is_empty(), "whole phrases only");
    }

    #[test]
    fn a_site_wide_footer_link_to_guest_post_guidelines_does_not_make_every_article_a_way_in() {
        let footer_link = || LinkObservation { index: 0, href: "https://news.example/guest-post-guidelines".into(), text: "Guest post guidelines".into(), region: Region::Footer, ..Default::default() };
        let footer = footer_link();
        let story = page("https://news.example/2013/06/sensors", "Google's new sensors", "Sensors everywhere. About Contact Guest post guidelines", vec![footer.clone()]);
        assert!(kinds(&story, &Profile::default()).is_empty());
        let invites = page("https://news.example/2013/06/sensors", "Google's new sensors", "Want to write? Read our guest post guidelines. About Guest post guidelines", vec![footer]);
        assert_eq!(kinds(&invites, &Profile::default()), [OpeningKind::GuestPost], "the text says it beyond the footer link");
        let modal = LinkObservation { region: Region::Body, visibility: crate::snapshot::Visibility::Hidden, ..footer_link() };
        let story = page("https://news.example/2013/06/sensors", "Google's new sensors", "Sensors everywhere. Tip us: read our guest post guidelines", vec![modal]);
        assert!(kinds(&story, &Profile::default()).is_empty(), "a hidden tip form's link");
    }

    #[test]
    fn a_content_that_is_a_described_list_of_sites_is_a_resource_page_without_the_name() {
        let described = |i: u32| {
            let mut l = ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "");
            l.surrounding = format!("site {i}: a library that retries failed requests with backoff");
            l
        };
        let p = page("https://docs.example/community/recommended", "Recommended packages", "", (0..10).map(described).collect());
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::ResourcePage]);
        // Bare names in a list (a menu, a blogroll) are not curated: no description.
        let bare = page("https://docs.example/community/recommended", "Recommended packages", "", (0..10).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "")).collect());
        assert!(kinds(&bare, &Profile::default()).is_empty());
        // Unless the page asks for more: a showcase open to additions.
        for asks in ["Projects using it. If you like to be included, please mail the group.", "This list is incomplete. Please add to the list once your site is up.", "Projekte. Wer in die Liste aufgenommen werden möchte, schreibt uns.", "Manuals for compiler writers. Additions and clarifications are welcome."] {
            let open = page("https://docs.example/examples", "Projects using Loaf", asks, (0..10).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "")).collect());
            let found = openings(&open, &crate::analyze(&open, &Profile::default()), &Profile::default());
            assert_eq!(found.iter().map(|o| o.kind).collect::<Vec<_>>(), [OpeningKind::ResourcePage], "{asks}");
            assert!(found[0].evidence.starts_with("the page asks for additions"), "{}", found[0].evidence);
        }
        let few = page("https://docs.example/examples", "Projects using Loaf", "If you like to be included, mail us.", (0..3).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "")).collect());
        assert!(kinds(&few, &Profile::default()).is_empty(), "an invitation needs a list");
        // A contributing guide asks its contributors to list themselves: a list of people.
        let listed = || (0..10).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "")).collect();
        let guide = page("https://docs.example/contributing", "Contributing", "Add yourself to the list of contributors in AUTHORS.rst. Then commit.", listed());
        assert!(kinds(&guide, &Profile::default()).is_empty(), "a list of contributors");
        let showcase = page("https://docs.example/users", "Who uses Loaf", "Add yourself to the list of contributors in AUTHORS.rst, and add yourself to the list below.", listed());
        assert_eq!(kinds(&showcase, &Profile::default()), [OpeningKind::ResourcePage], "another time the phrase asks for the list of sites");
        // An article citing sites in its sentences, with a short list at the end, is not one.
        let mut cited: Vec<LinkObservation> = (0..10).map(|i| ext(i, &format!("p{i}.example"), Region::Main, LinkContext::Paragraph, "")).collect();
        cited.extend((10..18).map(described));
        assert!(kinds(&page("https://news.example/story", "A story", "", cited), &Profile::default()).is_empty());
        // The same described list at the end of a long user guide is its bibliography: the
        // content is the guide, not the list.
        let mut guide = page("https://docs.example/guide/clustering", "Clustering", "", (0..10).map(described).collect());
        guide.word_count = 5_000;
        assert!(kinds(&guide, &Profile::default()).is_empty(), "a third of the words at least");
        guide.word_count = 250;
        assert_eq!(kinds(&guide, &Profile::default()), [OpeningKind::ResourcePage], "the list is the page");
        // A link that is the whole item and says what it is describes itself.
        let titled = |i: u32| {
            let mut l = ext(i, &format!("t{i}.example"), Region::Main, LinkContext::List, "");
            l.text = format!("Testing with Loaf, by Jane Doe ({})", 2010 + i);
            l
        };
        assert_eq!(kinds(&page("https://docs.example/talks", "Talks and tutorials", "", (0..10).map(titled).collect()), &Profile::default()), [OpeningKind::ResourcePage]);
    }

    #[test]
    fn a_heading_saying_links_does_not_make_a_resource_page() {
        let links = (0..12).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "")).collect();
        let mut p = page("https://news.example/story", "A story", "", links);
        p.headings.push(Heading { level: 2, text: "Links".into(), block: -1 });
        assert!(kinds(&p, &Profile::default()).is_empty());
    }

    #[test]
    fn an_article_with_comments_is_not_a_ugc_page() {
        let mut links: Vec<LinkObservation> = (0..6).map(|i| ext(i, &format!("c{i}.example"), Region::Comments, LinkContext::List, "nofollow")).collect();
        links.extend((6..16).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::Paragraph, "")));
        let p = page("https://news.example/story", "A story", "", links);
        assert!(kinds(&p, &Profile::default()).is_empty());
        let forum = page("https://talk.example/t/42", "Sourdough help", "Powered by Discourse", vec![]);
        assert_eq!(kinds(&forum, &Profile::default()), [OpeningKind::Ugc], "forum software");
        let xenforo = page("https://talk.example/threads/42", "Sourdough help", "Forum software by XenForo® © 2010 XenForo Ltd.", vec![]);
        assert_eq!(kinds(&xenforo, &Profile::default()), [OpeningKind::Ugc], "forum software credited");
        let essay = page("https://blog.example/2024/it-turns-out", "It turns out", "It is associated with reasonable, fact-based discourse.", vec![]);
        assert!(kinds(&essay, &Profile::default()).is_empty(), "a software's name as a word of the text");
        let mut quiet = page("https://talk.example/t/42", "Sourdough help", "", vec![]);
        quiet.meta.generator = "Discourse 3.2.0 - https://github.com/discourse/discourse version 1a2b".into();
        assert_eq!(kinds(&quiet, &Profile::default()), [OpeningKind::Ugc], "forum software in the generator meta");
        let qa = page("https://ask.example/questions/42/why-does-my-starter-smell", "Why?", "", vec![]);
        assert_eq!(kinds(&qa, &Profile::default()), [OpeningKind::Ugc], "a Q&A thread's address");
        let news = page("https://news.example/politics/2010/08/14/russias-help-stirs-questions-on-relations/", "Questions", "", vec![]);
        assert!(kinds(&news, &Profile::default()).is_empty(), "a slug's words are not a forum's address");
    }

    #[test]
    fn forum_threads_by_their_numbered_address_or_a_link_to_their_software() {
        let ugc = |url: &str| kinds(&page(url, "Sourdough help", "", vec![]), &Profile::default()) == [OpeningKind::Ugc];
        for url in [
            "https://talk.example/topic/1234/starter-smells-of-acetone",
            "https://board.example/forums/topic/98-hydration/",
            "https://talk.example/t/starter-smells-of-acetone/1234",
            "https://board.example/thread-4567-1-1.html",
            "https://board.example/topic123.html",
            "https://board.example/index.php?topic=123.0",
            "https://board.example/index.php?showtopic=88",
            "https://www.reddit.com/r/Sourdough/comments/awx46q/my_first_loaf/",
        ] {
            assert!(ugc(url), "{url}");
        }
        for url in [
            "https://news.example/topic/climate-change",
            "https://news.example/topics/bread",
            "https://shop.example/thread-count-guide",
            "https://news.example/t/bread",
            "https://blog.example/search?topic=bread",
            "https://news.example/topic/7PM49H7yjs5",
        ] {
            assert!(!ugc(url), "{url}");
        }
        // SMF credits itself with a linked "Simple Machines" in its footer; a post about the
        // software links its site from the text, which says nothing of the page.
        let maker = |region| LinkObservation { index: 0, href: "https://www.simplemachines.org/".into(), text: "Simple Machines".into(), region, ..Default::default() };
        let smf = page("https://board.example/index.php", "Sourdough help", "SMF 2.1.4 © 2023, Simple Machines", vec![maker(Region::Footer)]);
        assert_eq!(kinds(&smf, &Profile::default()), [OpeningKind::Ugc]);
        let review = page("https://blog.example/forum-software-compared", "Forum software compared", "", vec![maker(Region::Main)]);
        assert!(kinds(&review, &Profile::default()).is_empty());
    }

    #[test]
    fn roundups_from_list_titles() {
        let links = (0..6).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::Paragraph, "")).collect();
        let mut p = page("https://blog.example/p", "21 Best Sourdough Blogs to Follow", "", links);
        p.headings.push(Heading { level: 1, text: "21 best sourdough blogs".into(), block: -1 });
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::Roundup]);
        let mut few_sites = p.clone();
        for l in &mut few_sites.links {
            l.href = l.href.replace("s1.", "s0.").replace("s2.", "s0.").replace("s3.", "s0.");
            l.raw_href = None;
        }
        assert!(kinds(&few_sites, &Profile::default()).is_empty(), "links to three sites are citations, not a roundup");
        let mut show = p.clone();
        show.title = "The 404 podcast: CNET blogs".into();
        show.headings.clear();
        assert!(kinds(&show, &Profile::default()).is_empty(), "a show's name is not a count");
        let mut advice = p.clone();
        advice.title = "13 Ways To Compliment Women That Empower Them".into();
        advice.headings.clear();
        assert!(kinds(&advice, &Profile::default()).is_empty(), "advice that cites its experts is not a roundup");
        let mut year = p.clone();
        year.title = "Best Online Casino Bonus 2026 - Top Slots".into();
        year.headings.clear();
        assert!(kinds(&year, &Profile::default()).is_empty(), "a year is not a count");
        let mut section = p.clone();
        section.title = "SWIG and Javascript".into();
        section.headings = vec![Heading { level: 2, text: "28.4 Examples".into(), block: -1 }];
        assert!(kinds(&section, &Profile::default()).is_empty(), "a manual's section number is not a count");
        section.headings = vec![Heading { level: 2, text: "4.28 Examples".into(), block: -1 }];
        assert!(kinds(&section, &Profile::default()).is_empty());
        // A roundup's name for itself, in English and beyond.
        for title in ["Friday link roundup", "Linktipps der Woche: Sauerteig", "Revue de presse du 5 décembre", "Die 15 besten Sauerteig-Blogs", "Los 12 mejores blogs de pan"] {
            let mut named = p.clone();
            named.title = title.into();
            named.headings.clear();
            assert_eq!(kinds(&named, &Profile::default()), [OpeningKind::Roundup], "{title}");
        }
    }

    #[test]
    fn unlinked_mentions_and_link_intersect_need_a_profile() {
        let links = vec![ext(0, "rival-bakery.example", Region::Main, LinkContext::Paragraph, "")];
        let p = page("https://news.example/a", "Bakeries we love", "Acme Bread makes a fine rye.", links);
        assert_eq!(kinds(&p, &profile()), [OpeningKind::UnlinkedMention, OpeningKind::LinkIntersect]);
        assert!(kinds(&p, &Profile::default()).is_empty(), "no profile, no claim");
        let mut linked = p.clone();
        linked.links.push(ext(1, "www.acme-bread.example", Region::Main, LinkContext::Paragraph, ""));
        assert!(kinds(&linked, &profile()).is_empty(), "already links to me");
        let p = page("https://news.example/a", "Bakeries", "The acme breadbox is a different product.", vec![]);
        assert!(kinds(&p, &profile()).is_empty(), "word boundaries");
    }

    #[test]
    fn link_intersect_counts_only_followed_editorial_links_not_about_the_competitor() {
        let rival = |region, rel: &str| vec![ext(0, "rival-bakery.example", region, LinkContext::Paragraph, rel)];
        let intersect = |p: &PageSnapshot| kinds(p, &profile()).contains(&OpeningKind::LinkIntersect);
        assert!(intersect(&page("https://news.example/a", "Where to buy rye", "", rival(Region::Main, ""))));
        assert!(!intersect(&page("https://news.example/a", "Where to buy rye", "", rival(Region::Main, "nofollow"))), "a nofollow credit");
        assert!(!intersect(&page("https://news.example/a", "Where to buy rye", "", rival(Region::Boilerplate, ""))), "an author bio in the byline");
        assert!(!intersect(&page("https://news.example/a", "Where to buy rye", "", rival(Region::Comments, ""))), "a member's homepage");
        assert!(!intersect(&page("https://news.example/a", "Where to buy rye", "", rival(Region::Main, "ugc"))), "user-made");
        assert!(!intersect(&page("https://news.example/a", "Rival Bakery opens a second shop", "", rival(Region::Main, ""))), "the page's own subject");
    }

    #[test]
    fn ugc_and_sponsored_pages() {
        // A thread's replies (placement's `body`) full of rel=ugc links: user-made.
        let links: Vec<LinkObservation> = (0..6).map(|i| ext(i, &format!("c{i}.example"), Region::Body, LinkContext::List, "ugc nofollow")).collect();
        let thread = page("https://talk.example/t/sourdough-hydration/42", "Sourdough hydration", "", links.clone());
        assert_eq!(kinds(&thread, &Profile::default()), [OpeningKind::Ugc]);
        // Replies citing other sites' pages in their text, more than the post does: a thread.
        let mut replies = page("https://blog.example/post", "A post", "", links);
        for l in &mut replies.links {
            l.region = Region::Comments;
            l.context = LinkContext::Paragraph;
        }
        assert_eq!(kinds(&replies, &Profile::default()), [OpeningKind::Ugc]);
        // Commenters' names linking to their profiles or homepages: an article with comments.
        let mut names = replies.clone();
        for l in &mut names.links {
            l.context = LinkContext::List;
        }
        assert!(kinds(&names, &Profile::default()).is_empty(), "commenters' names are no discussion");
        let mut homes = replies.clone();
        for (i, l) in homes.links.iter_mut().enumerate() {
            l.href = format!("https://c{i}.example/");
        }
        assert!(kinds(&homes, &Profile::default()).is_empty(), "commenters' homepages are no discussion");
        // Each commenter's name linking their site and, under the comment, their latest post
        // (CommentLuv): a blog's comments, not a discussion citing other sites.
        let mut luv = replies.clone();
        let n = u32::try_from(luv.links.len()).unwrap_or(0);
        luv.links.extend((0..n).map(|i| {
            let mut name = ext(n + i, &format!("c{i}.example"), Region::Comments, LinkContext::Other, "nofollow");
            name.href = format!("https://c{i}.example/");
            name
        }));
        assert!(kinds(&luv, &Profile::default()).is_empty(), "commenters' own latest posts are no discussion");
        let mut menus = replies.clone();
        for l in &mut menus.links {
            l.visibility = crate::snapshot::Visibility::Hidden;
        }
        assert!(kinds(&menus, &Profile::default()).is_empty(), "hidden sign-in menus under comments are not a discussion");
        let one = page("https://news.example/story", "A story", "", vec![ext(0, "a.example", Region::Main, LinkContext::Paragraph, "ugc")]);
        assert!(kinds(&one, &Profile::default()).is_empty(), "one rel=ugc link is no discussion");
        let p = page("https://mag.example/story", "Winter sleep", "This is a sponsored post by Mattress Co.", vec![]);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::Sponsored]);
        let p = page("https://mag.example/story", "Story", "", vec![ext(0, "shop.example", Region::Footer, LinkContext::List, "sponsored")]);
        assert_eq!(kinds(&p, &Profile::default()), [OpeningKind::Sponsored]);
    }

    #[test]
    fn a_page_is_paid_for_when_it_says_so_of_itself_not_when_its_ads_or_menus_do() {
        let h1 = |text: &str| crate::snapshot::Heading { level: 1, text: text.into(), block: -1 };
        let story = |title: &str, heading: &str, text: &str| {
            let mut p = page("https://mag.example/2026/bridging-the-gap", title, text, vec![]);
            p.headings = vec![h1(heading)];
            p
        };
        let prose = "Integration platforms connect the systems a company runs on, and agents now use them too.";
        // MIT Technology Review's sponsored piece: its kicker stands above the headline.
        let kicker = story("Bridging the operational AI gap | MIT Technology Review", "Bridging the operational AI gap", &format!("Menu Sponsored Artificial intelligence Bridging the operational AI gap {prose}"));
        assert_eq!(kinds(&kicker, &Profile::default()), [OpeningKind::Sponsored]);
        let byline = story("Ten tents | Outdoors", "Ten tents", &format!("Ten tents In partnership with Tentco. By Ana Ruiz {prose}"));
        assert_eq!(kinds(&byline, &Profile::default()), [OpeningKind::Sponsored]);
        let statement = story("Ten tents | Outdoors", "Ten tents", &format!("Ten tents {prose} {prose} {prose} Dieser Beitrag wurde gesponsert."));
        assert_eq!(kinds(&statement, &Profile::default()), [OpeningKind::Sponsored]);
        // Twelve words above the headline count, the thirteenth does not; fifteen below (a label
        // ending on the fifteenth).
        let twelve = "one two three four five six seven eight nine ten eleven";
        let edge = |text: String| story("Ten tents | Outdoors", "Ten tents", &text);
        assert_eq!(kinds(&edge(format!("Sponsored {twelve} Ten tents {prose}")), &Profile::default()), [OpeningKind::Sponsored]);
        assert!(kinds(&edge(format!("Sponsored {twelve} twelve Ten tents {prose}")), &Profile::default()).is_empty());
        let thirteen = "one two three four five six seven eight nine ten eleven twelve thirteen";
        assert_eq!(kinds(&edge(format!("Ten tents {thirteen} paid post {prose}")), &Profile::default()), [OpeningKind::Sponsored]);
        assert!(kinds(&edge(format!("Ten tents {thirteen} fourteen paid post {prose}")), &Profile::default()).is_empty());
        // Reuters: an empty ad slot's heading just above the headline names the ads.
        let widget = story("Malnutrition condemns millions: UNICEF | Reuters", "Malnutrition condemns millions: UNICEF", &format!("Slideshow Sponsored Links Malnutrition condemns millions: UNICEF {prose}"));
        assert!(kinds(&widget, &Profile::default()).is_empty());
        // A blog whose H1 is its own name, under a sponsor banner for the whole site.
        let banner = story("Anti-patterns: things to avoid - Simon Willison's Weblog", "Simon Willison's Weblog", &format!("Simon Willison's Weblog Sponsored by: Augment Code Anti-patterns {prose}"));
        assert!(kinds(&banner, &Profile::default()).is_empty());
        // "Sponsored by" in the story's prose, a widget's heading at the foot, a menu link.
        let komen = story("Did backlash prompt cancellations?", "Did backlash prompt cancellations?", &format!("Did backlash prompt cancellations? {prose} {prose} She ran events sponsored by the foundation. Paid partner content"));
        assert!(kinds(&komen, &Profile::default()).is_empty());
        let mut menu = story("Treacle tart | Foodista", "Treacle tart", &format!("Recipes Advertorial Treacle tart {prose}"));
        menu.links = vec![LinkObservation { index: 0, href: "https://mag.example/advertorial".into(), text: "Advertorial".into(), region: Region::Nav, ..Default::default() }];
        assert!(kinds(&menu, &Profile::default()).is_empty());
    }

    #[test]
    fn documentation_is_neither_a_roundup_nor_a_forum() {
        let links: Vec<LinkObservation> = (0..6).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "")).collect();
        let mut faq = page("https://requests.readthedocs.io/en/latest/community/faq.html", "Frequently Asked Questions", "", links.clone());
        assert!(kinds(&faq, &Profile::default()).is_empty(), "a docs section called community is not a forum");
        faq.url = "https://example.org/community/thread-42".into();
        assert_eq!(kinds(&faq, &Profile::default()), [OpeningKind::Ugc], "the same address words elsewhere are a forum's");
        let mut tools = page("https://docs.python.org/3.11/using/mac.html", "Using Python on a Mac", "", links);
        tools.headings.push(Heading { level: 2, text: "12 best blogs about Python".into(), block: -1 });
        assert!(kinds(&tools, &Profile::default()).is_empty(), "a numbered list in the docs is not a roundup");
        tools.url = "https://blog.example/2024/mac-python".into();
        assert_eq!(kinds(&tools, &Profile::default()), [OpeningKind::Roundup]);
    }

    #[test]
    fn directories_need_many_links() {
        let links = (0..25).map(|i| ext(i, &format!("d{i}.example"), Region::Main, LinkContext::List, "")).collect();
        let p = page("https://dir.example/", "Web directory: submit your site", "", links);
        assert!(kinds(&p, &Profile::default()).contains(&OpeningKind::Directory));
        let mut story = p.clone();
        story.title = "Jury finds the gunman guilty".into();
        story.headings.push(Heading { level: 2, text: "Podcast Directory".into(), block: -1 });
        assert!(!kinds(&story, &Profile::default()).contains(&OpeningKind::Directory), "a footer section's heading names no directory");
        story.url = "https://news.example/directory/bakeries".into();
        assert!(kinds(&story, &Profile::default()).contains(&OpeningKind::Directory), "the address says it");
    }

    #[test]
    fn links_pages_and_directories_name_themselves_in_other_languages() {
        let listed = |n: u32| (0..n).map(|i| ext(i, &format!("s{i}.example"), Region::Main, LinkContext::List, "")).collect::<Vec<_>>();
        for (url, title) in [("https://brotback.example/linkliste", "Backen"), ("https://pain.example/liens-utiles", "Le levain"), ("https://pan.example/p/42", "Enlaces de interés | Pan casero"), ("https://pan.example/リンク集", "パン")] {
            assert_eq!(kinds(&page(url, title, "", listed(12)), &Profile::default()), [OpeningKind::ResourcePage], "{url} {title}");
        }
        for title in ["Webkatalog: Link eintragen", "Annuaire web des boulangeries", "相互リンク募集"] {
            let found = kinds(&page("https://verzeichnis.example/", title, "", listed(25)), &Profile::default());
            assert!(found.contains(&OpeningKind::Directory), "{title}: {found:?}");
        }
        // A story that mentions the words is not named by them.
        let story = page("https://zeitung.example/2024/brot", "Bäcker klagen über Mehlpreise", "Die Innung führt eine Linkliste und ein Webkatalog.", listed(25));
        assert!(kinds(&story, &Profile::default()).is_empty());
    }
}
