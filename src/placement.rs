//! Placement: which part of the page each link sits in, decided from the page's structure.
//!
//! Measures: for every link, its region (main content, navigation, header, footer, sidebar,
//! comments, boilerplate next to the content, or none), from the block tree the extractor
//! observed ([`PageSnapshot::blocks`]): landmark elements and ARIA roles, where the page's running
//! text is, how link-dense each block is, and, as weak hints only, whole words of ids and classes.
//!
//! Why: a link builder values a link by where it sits. A link in the article's running text is an
//! editorial vote; the same URL in a menu, a footer, a share bar or a byline is boilerplate that
//! repeats on every page. Deciding that from substrings of class names fails on real pages (an
//! `<article class="… comment-…">`, a layout wrapper called `sidebar-wrapper`, Blogger's
//! `widget Blog` post wrapper), and a quarter of real pages mark no `<main>`/`<article>` at all.
//!
//! How (in the spirit of the content-scoring extractors, e.g. Arc90's readability algorithm):
//! 1. Every block with a paragraph's worth of its own text scores its parent and, decreasingly,
//!    four more ancestors. A block's total, weighed down by its link density and nudged by whole
//!    id/class words (`entry`, `content` up; `comments`, `sidebar`, `share` down), makes the block
//!    that holds the page's running text: the content root. Its siblings that hold running text
//!    too join it (an article split in parts by an ad), unless their id or class names them as
//!    part of the frame (an author's tagline after the story). A reference list or footnotes kept
//!    beside it in the same article (`ol.references`) join it too: the text's citations. A list
//!    nested in another list's item stands for the outer list, whose paragraphs beside it then
//!    join it (an old manual's field list inside its list of steps, under `<body>`). On an old
//!    page set as a column of tables under `<body>`, a section per table, the other tables'
//!    cells of prose join it, and then the text's own cell. Posts repeated beside it (a
//!    blog's page of posts, however their category and tag classes differ) join it. On a
//!    page of several posts, the `<article>` whose id or class carries the number in the page's
//!    address is the one the text is looked for in. A dialog's paragraphs score nothing.
//! 2. Inside the content: links are content, except in a sub-block the page names as boilerplate
//!    (share bar, byline, tags, related posts, ads) that does not hold most of the content's text
//!    as prose (a manual's section anchored "recommended-packages" is the text), in a `<nav>` nested in the article, in an
//!    `<aside>` or a box called a sidebar unless it reads as prose (a note) or is named as footnotes; share and bookmark buttons ([`crate::share`]); social profiles outside running
//!    text (follow-us and author links), unless mentioned in a quoted post (an embedded tweet),
//!    as an `@name` in a line of a few words ("cc: @name"), or in a list of five or more accounts
//!    on one network (a release's contributors, a team); a code host's edit or new-issue page
//!    linked on its own ("report issue" under each heading) or a Sphinx "[source]" link.
//! 3. Outside it: the nearest landmark (`<nav>`, `<aside>`, page `<header>`/`<footer>`, their
//!    roles) or, failing that, whole-word hints (`comments`, `sidebar`, `menu`, `footer`) name the
//!    region. Landmarks and hints on the content root's ancestors are ignored: they are layout
//!    wrappers. Anything else inside an `<article>`/`<main>` is boilerplate next to the content.
//!    A content root holds a few sentences outside links: a name alone (a sidebar's newsletter
//!    box classed `content`) never makes the text; nor does a dialog kept for later (`<dialog>`,
//!    an ARIA dialog, a box named a modal, popup or lightbox).
//! 4. A page without enough running text for a content root whose body is a list of links out,
//!    each titled like a product or a story (a deals list, a feed), outside the page's frame, has
//!    that list as its content (the whole `<body>` but its named frame, when the list's tables
//!    sit straight under it). Failing that (a thin page, a menu page), landmarks and hints alone
//!    decide, with `<main>`/`<article>` as content; the document's own classes (`one-sidebar`)
//!    describe its layout and name no region.
//!
//! Blind spots: a page whose comments outweigh the article may crown the comments (their words
//! weigh them down); a list of links without prose is the text only when its links leave the
//! site (a curated list of the site's own pages reads like its menus); ids and classes in
//! languages other than English are not read as hints.

use hashbrown::HashSet;
use crate::links::WebUrl;
use crate::prospect::contacts::is_social_profile;
use crate::share::{hands_over_page, is_network_home, is_pin_prompt, is_share_endpoint, is_share_shaped, is_status_badge, is_utility_endpoint};
use crate::snapshot::{Block, LinkObservation, PageSnapshot, Region};

/// Own text (characters) that makes a block a paragraph of running text.
const PARAGRAPH_CHARS: u32 = 25;
/// Text around a link, outside links, that reads as a sentence rather than a label ("Follow us").
pub(crate) const SENTENCE_CHARS: u32 = 80;
/// Characters of words outside links that make a box in the text a note rather than a links box.
const NOTE_CHARS: u32 = 40;
/// Characters of words outside links that make a header in the text a summary, not a masthead: a
/// masthead holds a title, a byline and a date, a recipe card's header its description paragraph.
const SUMMARY_CHARS: u32 = 400;
/// Own text (characters) of a block beside the text that makes it another paragraph of it.
const PROSE_CHARS: u32 = 80;
/// Link density under which such a block reads as prose rather than a row of links.
const MAX_PROSE_LINK_DENSITY: f64 = 0.25;
/// Score below which the page has no content root (a few short paragraphs).
const MIN_CONTENT_SCORE: f64 = 12.0;
/// Characters outside links a block must hold to be the content root: a few sentences.
const MIN_ROOT_WORDS: f64 = 100.0;
/// Ancestors a paragraph scores, with the share each gets (readability's dividers).
const ANCESTOR_SHARES: [f64; 5] = [1.0, 0.5, 1.0 / 6.0, 1.0 / 9.0, 1.0 / 12.0];
/// A block scoring this share of the best is another chunk of the same text.
const CHUNK_SHARE: f64 = 0.75;
/// And holding this share of the best's text outside links.
const CHUNK_TEXT_SHARE: f64 = 0.25;
/// Levels above the content root searched for a repeated post block.
const MAX_POST_DEPTH: usize = 3;
/// Score a repeated block needs to count as another post of a thread (a few lines of text).
const POST_SCORE: f64 = 6.0;
/// Or the text outside links it needs (a short post: a line and a link).
const POST_TEXT: f64 = 80.0;
/// Class prefixes a blog engine writes for a post's categories, tags and format.
const TAXONOMY_CLASSES: [&str; 5] = ["category-", "tag-", "format-", "post_format-", "post_tag-"];
/// Near-best blocks looked at when gathering chunks.
const MAX_RIVALS: usize = 8;
/// How many levels above the content root a reference list may sit beside it.
const REFERENCE_DEPTH: usize = 3;
/// Link density above which a block gathering chunks is the page's layout, not its text.
const MAX_GATHERED_LINK_DENSITY: f64 = 0.35;
/// Links out titled like a story or a product that make a page without running text a list.
const LIST_LINKS: usize = 8;
/// Characters of a link's text that make it a title rather than a menu label ("Home", "Sign in").
const LIST_TITLE_CHARS: usize = 20;
/// Share of those links the list's block holds.
const LIST_SHARE: f64 = 0.8;
/// Class names document generators give a document's parts (DocBook, AsciiDoc); not `section`,
/// which news templates use for anything.
const DOCUMENT_SECTIONS: &[&str] = &["sect1", "sect2", "sect3", "sect4", "sect5", "sectionbody", "chapter", "preface", "appendix", "refsect1", "refsect2", "refsection", "simplesect"];
/// Link density past which a generated document's parts are an index, not a text: a preface that
/// links a term in every other sentence (the Debian Reference's, 0.38) is still prose.
const MAX_DOCUMENT_LINK_DENSITY: f64 = 0.5;
/// Points added to a candidate by its id/class words.
const HINT_POINTS: f64 = 25.0;

/// What a whole id/class word says about a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    Content,
    Comments,
    Sidebar,
    Nav,
    Header,
    Footer,
    Boilerplate,
    Dialog,
    /// A reference list or footnotes: the text's citations, kept apart from it.
    References,
}

/// Whole id/class words, lowercased, trailing digits dropped (`sidebar1` → `sidebar`).
const HINT_WORDS: &[(&str, Hint)] = &[
    ("article", Hint::Content),
    ("articlebody", Hint::Content),
    ("body", Hint::Content),
    ("content", Hint::Content),
    ("entry", Hint::Content),
    ("hentry", Hint::Content),
    ("main", Hint::Content),
    ("post", Hint::Content),
    ("prose", Hint::Content),
    ("story", Hint::Content),
    ("storybody", Hint::Content),
    ("text", Hint::Content),
    ("comment", Hint::Comments),
    ("comments", Hint::Comments),
    ("commentlist", Hint::Comments),
    ("disqus", Hint::Comments),
    ("replies", Hint::Comments),
    ("responses", Hint::Comments),
    ("aside", Hint::Sidebar),
    ("rail", Hint::Sidebar),
    ("secondary", Hint::Sidebar),
    ("sidebar", Hint::Sidebar),
    ("widget", Hint::Sidebar),
    ("widgets", Hint::Sidebar),
    ("breadcrumb", Hint::Nav),
    ("breadcrumbs", Hint::Nav),
    ("menu", Hint::Nav),
    ("nav", Hint::Nav),
    ("navbar", Hint::Nav),
    ("navigation", Hint::Nav),
    ("pagination", Hint::Nav),
    ("header", Hint::Header),
    ("masthead", Hint::Header),
    ("topbar", Hint::Header),
    ("colophon", Hint::Footer),
    ("copyright", Hint::Footer),
    // DocBook's licence notice on a manual's title page (MIRA's guide, blind round 74).
    ("legalnotice", Hint::Footer),
    // BBC's `blq-foot`, `foot_links`, `c-foot`: the site's footer on most pages of the set that
    // use the word; elsewhere a box's own foot ("See all trends", a tag row), no story either.
    ("foot", Hint::Footer),
    ("footer", Hint::Footer),
    ("dialog", Hint::Dialog),
    ("lightbox", Hint::Dialog),
    ("modal", Hint::Dialog),
    ("popup", Hint::Dialog),
    ("bibliography", Hint::References),
    ("citations", Hint::References),
    ("endnotes", Hint::References),
    // Docutils 0.18+ sets a manual's footnotes as `aside.footnote-list` > `aside.footnote`.
    ("footnote", Hint::References),
    ("footnotes", Hint::References),
    ("references", Hint::References),
    ("reflist", Hint::References),
    ("ad", Hint::Boilerplate),
    ("addthis", Hint::Boilerplate),
    ("ads", Hint::Boilerplate),
    ("advert", Hint::Boilerplate),
    ("advertisement", Hint::Boilerplate),
    ("author", Hint::Boilerplate),
    ("bio", Hint::Boilerplate),
    ("byline", Hint::Boilerplate),
    ("credits", Hint::Boilerplate),
    // A call-to-action box ("tag us", "get the book", "join the list"): on the development set
    // none of the 50 labelled links inside a `cta` box is the text's (blind round 63: Made With
    // Lau's `tag-us-cta` hashtag prompt inside its recipe).
    ("cta", Hint::Boilerplate),
    ("follow", Hint::Boilerplate),
    ("marketgid", Hint::Boilerplate),
    ("meta", Hint::Boilerplate),
    ("mgid", Hint::Boilerplate),
    ("newsletter", Hint::Boilerplate),
    ("outbrain", Hint::Boilerplate),
    ("promo", Hint::Boilerplate),
    ("recommended", Hint::Boilerplate),
    ("related", Hint::Boilerplate),
    ("revcontent", Hint::Boilerplate),
    ("share", Hint::Boilerplate),
    ("sharedaddy", Hint::Boilerplate),
    ("sharethis", Hint::Boilerplate),
    ("sharing", Hint::Boilerplate),
    ("social", Hint::Boilerplate),
    ("sponsor", Hint::Boilerplate),
    ("sponsored", Hint::Boilerplate),
    ("subscribe", Hint::Boilerplate),
    ("taboola", Hint::Boilerplate),
    ("tagline", Hint::Boilerplate),
    ("tags", Hint::Boilerplate),
    ("toolbar", Hint::Boilerplate),
    ("zergnet", Hint::Boilerplate),
];

/// The classes WordPress plugins give the boxes they add to a post, whose words name no part of
/// a page (blind round 53's food blogs): WP Recipe Maker's call to action under a recipe card
/// ("Markiere mich mit @…", "Pin it"), and the feeds of Smash Balloon's Instagram, YouTube,
/// Facebook and Twitter plugins (`#sb_instagram.sbi`, `.sb_youtube`, `#cff.cff`, `#ctf.ctf`), a
/// column of the site's own latest posts elsewhere, which a theme may put after the post; and
/// LinkWithin's "You might also like" box of the blog's older posts under each post (blind round
/// 57: Cookin' Canuck).
const PLUGIN_BOXES: &[&str] = &["wprm-call-to-action", "sbi", "sb_youtube", "cff", "ctf", "linkwithin_outer", "linkwithin_inner"];

/// Boilerplate words also read at the start or end of a run-together class name
/// (`relatedlinks`, `artrelated`, `sharebar`): long and specific enough not to hide in other
/// words, unlike `comment` (in `commentary`) or `ad` (everywhere).
/// The native-ad networks (Taboola, Outbrain, MGID's `MarketGidScriptRoot…`, Revcontent, ZergNet)
/// name their boxes after themselves.
const COMPOUND_WORDS: &[&str] = &["advert", "byline", "marketgid", "newsletter", "outbrain", "related", "revcontent", "sharing", "share", "social", "sponsor", "subscribe", "taboola", "zergnet"];

/// Menu words read at the end of a run-together class name (`submenu`, `sidenav`, CSS modules'
/// `MobileMenu_…`, `SiteNavigation_…`) and `nav` at its start (`NavigationSlice_…`, W3C's
/// `navBlock` columns): nothing else ends or starts so but "navy" (blind round 61: Weight
/// Watchers' hidden mobile menu read as the text; blind round 68: W3C's home page).
const NAV_ENDINGS: &[&str] = &["menu", "nav", "navigation"];

/// The hints of one id/class string: the first word of each kind that it holds.
fn hints(hint: &str) -> Vec<Hint> {
    let mut found = Vec::new();
    // The ad slots WordPress's ad plugins and themes name by their own classes, not by a word,
    // and the boxes other plugins add to a post, which are not what its writer wrote.
    if crate::ads::plugin_ad_box(hint).is_some() || hint.split_ascii_whitespace().any(|c| PLUGIN_BOXES.contains(&c)) {
        found.push(Hint::Boilerplate);
    }
    // Class names are ASCII in practice; other letters split words and never match a hint.
    // A class holding a bracket is a style, not a name: Atomic CSS's `Ff($ff-secondary)` (a font)
    // and `modal-open_Op(1)` (a state of some ancestor), Tailwind's `w-[45%]` (Yahoo's article
    // body read as a sidebar, blind round 80).
    for class in hint.split_ascii_whitespace() {
        if class.contains('(') || class.contains('[') {
            continue;
        }
        for word in class.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
            let word = word.to_ascii_lowercase();
            let word = word.trim_end_matches(|c: char| c.is_ascii_digit());
            let compound = || COMPOUND_WORDS.iter().any(|c| word.starts_with(c) || (c.len() >= 6 && word.ends_with(c)));
            let menu = || (word.starts_with("nav") && !word.starts_with("navy")) || NAV_ENDINGS.iter().any(|e| word.ends_with(e));
            let kind = HINT_WORDS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|&(_, kind)| kind)
                .or_else(|| compound().then_some(Hint::Boilerplate))
                .or_else(|| menu().then_some(Hint::Nav));
            if let Some(kind) = kind {
                if !found.contains(&kind) {
                    found.push(kind);
                }
            }
        }
    }
    found
}

/// A heading's anchor as generators write it: lowercase letters and digits, every other run of
/// characters one `-` ("Related issues" → `related-issues`).
fn slug(heading: &str) -> String {
    let mut out = String::with_capacity(heading.len());
    for c in heading.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The heading slug `name` (one word of a block's id and classes) anchors, if it is the anchor
/// of one of the page's headings (`anchors`, their slugs). docutils numbers a repeated
/// heading's id ("related-issues-1"); Django's documentation puts `s-` before it
/// ("s-testing-responses").
fn anchor_of<'n>(name: &'n str, anchors: &HashSet<String>) -> Option<&'n str> {
    let base = name.rsplit_once('-').filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).map_or(name, |(base, _)| base);
    [name, base].into_iter().flat_map(|id| [id, id.strip_prefix("s-").unwrap_or(id)]).find(|id| anchors.contains(*id))
}


/// The landmark a block marks by its element or role.
fn landmark(block: &Block, in_section: bool) -> Option<Region> {
    match (block.tag.as_str(), block.role.as_str()) {
        ("nav", _) | (_, "navigation") => Some(Region::Nav),
        ("aside", _) | (_, "complementary") => Some(Region::Aside),
        ("main" | "article", _) | (_, "main" | "article") => Some(Region::Main),
        // A header or footer inside sectioning content belongs to that section (HTML's banner
        // and contentinfo rules): an article's byline header is the article's.
        ("header", _) if !in_section => Some(Region::Header),
        ("footer", _) if !in_section => Some(Region::Footer),
        (_, "banner") => Some(Region::Header),
        (_, "contentinfo") => Some(Region::Footer),
        _ => None,
    }
}

fn is_sectioning(block: &Block) -> bool {
    matches!(block.tag.as_str(), "article" | "aside" | "main" | "nav" | "section") || matches!(block.role.as_str(), "main" | "article")
}

/// The region a hint names outside the content.
fn hint_region(kinds: &[Hint]) -> Option<Region> {
    [(Hint::Comments, Region::Comments), (Hint::Sidebar, Region::Aside), (Hint::Nav, Region::Nav), (Hint::Footer, Region::Footer), (Hint::Header, Region::Header)]
        .into_iter()
        .find(|(h, _)| kinds.contains(h))
        .map(|(_, r)| r)
}

/// Turns each block's own `values` into its subtree's sums. Children come after their parents
/// (`parent[i] < i`): one backward pass adds every subtree up.
fn add_up(parent: &[Option<usize>], values: &mut [f64]) {
    for i in (0..values.len()).rev() {
        let (Some(p), Some(&v)) = (parent.get(i).copied().flatten(), values.get(i)) else { continue };
        if let Some(slot) = values.get_mut(p) {
            *slot += v;
        }
    }
}

/// The block tree with what is computed over it.
struct Tree<'a> {
    blocks: &'a [Block],
    /// Parent index, validated: always lower than the child's (so no cycles), `None` for roots.
    parent: Vec<Option<usize>>,
    hints: Vec<Vec<Hint>>,
    /// Whether each block is a generated document's section named by its heading (empty: none).
    sections: Vec<bool>,
    /// All characters in the subtree, and those in links.
    chars: Vec<f64>,
    link_chars: Vec<f64>,
}

impl<'a> Tree<'a> {
    /// The page's block tree, its names read as [`Tree::new`] does, but for a name that is only
    /// a heading's anchor: docutils (Sphinx) and other generators give a section its heading's
    /// slug as id (`<section id="related-issues">` under "Related issues", pytest's notes in blind
    /// round 29), which names what the writer wrote about, not a part of the template.
    fn of(snapshot: &'a PageSnapshot) -> Self {
        let mut tree = Tree::new(&snapshot.blocks);
        // With and without the section's number, which Sphinx writes in the heading only.
        let numbered = |h: &str| h.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace()).to_string();
        let anchors: HashSet<String> = snapshot.headings.iter().flat_map(|h| [slug(&h.text), slug(&numbered(&h.text))]).filter(|s| !s.is_empty()).collect();
        if !anchors.is_empty() {
            // docutils' parts: a `<section>` (or `div.section`) whose id is its heading's.
            for (block, found) in tree.blocks.iter().zip(tree.hints.iter_mut()) {
                // The id comes first, before the element's classes ("testing-responses section",
                // older docutils' `<div class="section" id=…>`): an anchor id goes, the classes stay.
                let (id, classes) = block.hint.split_once(' ').unwrap_or((&block.hint, ""));
                let anchor = anchor_of(id, &anchors);
                tree.sections.push(anchor.is_some() && (block.tag == "section" || classes.split(' ').any(|w| w == "section")));
                if anchor.is_some_and(|a| a.contains('-')) && !found.is_empty() {
                    *found = hints(classes);
                }
            }
        }
        tree
    }

    fn new(blocks: &'a [Block]) -> Self {
        let parent: Vec<Option<usize>> = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| usize::try_from(b.parent).ok().filter(|&p| p < i))
            .collect();
        let mut chars: Vec<f64> = blocks.iter().map(|b| f64::from(b.text) + f64::from(b.link_text) + f64::from(b.nested)).collect();
        let mut link_chars: Vec<f64> = blocks.iter().map(|b| f64::from(b.link_text)).collect();
        add_up(&parent, &mut chars);
        add_up(&parent, &mut link_chars);
        let hints = blocks.iter().map(|b| hints(&b.hint)).collect();
        Tree { blocks, parent, hints, sections: Vec::new(), chars, link_chars }
    }

    fn link_density(&self, i: usize) -> f64 {
        let all = self.chars.get(i).copied().unwrap_or(0.0);
        if all <= 0.0 {
            return 0.0;
        }
        (self.link_chars.get(i).copied().unwrap_or(0.0) / all).min(1.0)
    }

    /// Whether the subtree reads as prose: a sentence's worth of words outside links, not
    /// outweighed by its links (a note or footnote, not a box of related links).
    fn is_note(&self, i: usize) -> bool {
        let links = self.link_chars.get(i).copied().unwrap_or(0.0);
        let words = self.words(i);
        words >= f64::from(NOTE_CHARS) && words >= 0.6 * links
    }

    /// True when the block is a `<blockquote>` or sits within two levels of one: a quoted post
    /// (an embedded tweet's short text and its @mentions), never a follow-us line.
    fn is_quoted(&self, i: usize) -> bool {
        std::iter::successors(Some(i), |&b| self.parent_of(b)).take(3).any(|b| self.blocks.get(b).is_some_and(|b| b.tag == "blockquote"))
    }

    /// Characters of the subtree outside links.
    fn words(&self, i: usize) -> f64 {
        self.chars.get(i).copied().unwrap_or(0.0) - self.link_chars.get(i).copied().unwrap_or(0.0)
    }

    fn parent_of(&self, i: usize) -> Option<usize> {
        self.parent.get(i).copied().flatten()
    }

    fn has_hint(&self, i: usize, kind: Hint) -> bool {
        self.hints.get(i).is_some_and(|h| h.contains(&kind))
    }

    /// A block whose own text reads as running text: long enough, not mostly links.
    fn paragraph_chars(&self, i: usize) -> Option<f64> {
        let b = self.blocks.get(i)?;
        let own = b.text.saturating_add(b.link_text);
        (own >= PARAGRAPH_CHARS && b.link_text <= b.text).then_some(f64::from(own))
    }

    /// Each block's content score (0 for blocks no paragraph scored). A paragraph in a dialog
    /// the page keeps for later scores nothing, not even the blocks around it (GitHub's header
    /// holds its search box's feedback dialog, more prose than a short README: blind round 68).
    fn scores(&self, dialogs: &[bool]) -> Vec<f64> {
        let n = self.blocks.len();
        let mut raw = vec![0.0; n];
        for i in 0..n {
            if dialogs.get(i).copied().unwrap_or(false) {
                continue;
            }
            let Some(own) = self.paragraph_chars(i) else { continue };
            let points = 1.0 + (own / 100.0).min(3.0);
            let mut at = self.parent_of(i);
            for share in ANCESTOR_SHARES {
                let Some(a) = at else { break };
                if let Some(slot) = raw.get_mut(a) {
                    *slot += points * share;
                }
                at = self.parent_of(a);
            }
        }
        raw.iter()
            .enumerate()
            .map(|(i, &r)| {
                if r <= 0.0 {
                    return 0.0;
                }
                let hint = if self.has_hint(i, Hint::Content) { HINT_POINTS } else { 0.0 };
                let against = [Hint::Comments, Hint::Sidebar, Hint::Nav, Hint::Footer, Hint::Header, Hint::Boilerplate].into_iter().any(|k| self.has_hint(i, k));
                let hint = hint - if against { HINT_POINTS } else { 0.0 };
                ((r + hint) * (1.0 - self.link_density(i))).max(0.0)
            })
            .collect()
    }

    /// An article cut into chunks (a grid cell per few paragraphs) has several near-best blocks:
    /// the lowest ancestor of the best holding two of them (or the one there is) holds the whole
    /// text. Never the page's root: that would make everything content.
    fn gather_chunks(&self, best: usize, best_score: f64, scores: &[f64]) -> usize {
        // Near-best blocks apart from the best's own line (in page order; a handful at most on
        // real pages, since each holds most of the best's text). A chunk holds a share of the
        // text too: names never make the text, and a poll box in the rail called
        // `…_block_content` is no chunk of the story (The Inquirer, blind round 21).
        let text = self.words(best) * CHUNK_TEXT_SHARE;
        let rivals: Vec<usize> = scores
            .iter()
            .enumerate()
            .filter(|&(i, &s)| s >= best_score * CHUNK_SHARE && self.words(i) >= text && !self.is_within(i, best) && !self.is_within(best, i))
            .map(|(i, _)| i)
            .take(MAX_RIVALS)
            .collect();
        let needed = rivals.len().min(2);
        if needed == 0 {
            return best;
        }
        let mut at = self.parent_of(best);
        while let Some(a) = at {
            let Some(above) = self.parent_of(a) else { break }; // `a` is the root
            let held = rivals.iter().filter(|&&r| self.is_within(r, a)).count();
            if held >= needed {
                // A block gathering chunks of text is text itself; one gathering the page's
                // menus and footers with them (a front page's columns) is the layout.
                return if self.link_density(a) <= MAX_GATHERED_LINK_DENSITY { a } else { best };
            }
            at = Some(above);
        }
        best
    }

    /// A generated document's parts (DocBook's `div.preface` and `div.chapter`, AsciiDoc's
    /// `div.sect1`, docutils' sections named by their headings) are one text: the best block
    /// inside them stands for
    /// the outermost section holding it, or for the block holding that section among its sibling
    /// sections (the Debian Reference's preface, Git's manual: blind round 29). Not past a part
    /// of the frame or the page's root, nor onto a block mostly of links (a manual's index).
    fn document_of(&self, top: usize) -> usize {
        let sectioned = |i: usize| self.sections.get(i).copied().unwrap_or(false) || self.blocks.get(i).is_some_and(|b| b.hint.split_ascii_whitespace().any(|w| DOCUMENT_SECTIONS.contains(&w.to_ascii_lowercase().as_str())));
        let Some(outer) = std::iter::successors(Some(top), |&b| self.parent_of(b)).take_while(|&b| self.parent_of(b).is_some()).filter(|&b| sectioned(b)).last() else { return top };
        let among_sections = self.parent_of(outer).filter(|&p| self.parent_of(p).is_some() && (0..self.blocks.len()).any(|i| i != outer && self.parent_of(i) == Some(p) && sectioned(i)));
        let document = among_sections.unwrap_or(outer);
        // The blocks climbed, from above `top` to the document: not the wrappers around the whole
        // text, which a theme may name as part of its frame (Read the Docs' `wy-nav-content`,
        // psutil's one-page manual: blind round 75).
        let climbed = std::iter::successors(self.parent_of(top), |&b| self.parent_of(b));
        let framed = climbed.take_while(|&b| b != document).chain(std::iter::once(document)).any(|b| self.named_frame(b));
        if document == top || framed || self.link_density(document) > MAX_DOCUMENT_LINK_DENSITY { top } else { document }
    }

    /// True when `i` is `ancestor` or below it.
    fn is_within(&self, i: usize, ancestor: usize) -> bool {
        let mut at = Some(i);
        while let Some(a) = at {
            if a == ancestor {
                return true;
            }
            if a < ancestor {
                return false; // parents come first: nothing above `a` can be below `ancestor`
            }
            at = self.parent_of(a);
        }
        false
    }

    /// True when the block's id or class names it as part of the page's frame (boilerplate,
    /// navigation, header, footer, comments, a sidebar), whatever else it names.
    fn named_frame(&self, i: usize) -> bool {
        self.hints.get(i).is_some_and(|h| h.iter().any(|&k| !matches!(k, Hint::Content | Hint::References)))
    }

    /// Whether each block is, or is inside, a block for which `own` holds. One pass: parents come
    /// first, so a deep tree stays linear.
    fn inherited(&self, own: impl Fn(usize) -> bool) -> Vec<bool> {
        let mut out: Vec<bool> = Vec::with_capacity(self.blocks.len());
        for i in 0..self.blocks.len() {
            let above = self.parent_of(i).and_then(|p| out.get(p).copied()).unwrap_or(false);
            out.push(above || own(i));
        }
        out
    }

    /// Whether each block is, or is inside, a dialog: a `<dialog>`, an ARIA dialog, or a box the
    /// page names a modal, dialog, popup or lightbox. Its text is shown over the page on
    /// demand (a sign-in prompt, a "this post is locked" notice), never the page's own text.
    fn dialogs(&self) -> Vec<bool> {
        self.inherited(|i| {
            self.blocks.get(i).is_some_and(|b| b.tag == "dialog" || matches!(b.role.as_str(), "dialog" | "alertdialog"))
                || self.has_hint(i, Hint::Dialog)
        })
    }

    /// Whether each block is, or is inside, a block the page names as its comments.
    fn discussion(&self) -> Vec<bool> {
        self.inherited(|i| self.has_hint(i, Hint::Comments))
    }

    /// The content roots: the best-scoring block and its siblings that hold running text too.
    fn content_roots(&self, addressed: Option<usize>) -> Vec<usize> {
        let dialogs = self.dialogs();
        let mut scores = self.scores(&dialogs);
        // A page of several posts whose address names one of them: that post holds the text.
        // One pass (parents come first), not a walk up from every block: a deep tree stays linear.
        if let Some(post) = addressed {
            let inside = self.inherited(|i| i == post);
            for (s, within) in scores.iter_mut().zip(inside) {
                if !within {
                    *s = 0.0;
                }
            }
        }
        let discussion = self.discussion();
        // The best block outside the comments first: a post with hundreds of comments has far
        // more text in them than in itself (Smitten Kitchen's 332 comments, blind round 54), and
        // the comments' name is only a weak hint against them. A page whose only text is in
        // blocks named as comments (a thread) still has it.
        let best_of = |in_comments: bool| {
            let mut best: Option<(usize, f64)> = None;
            for (i, &s) in scores.iter().enumerate() {
                // Names never make the text: a sidebar's newsletter box called `content` with one
                // line in it is not the page's text (Mental Floss, blind round 16). Nor does a
                // dialog the page keeps for later (BuzzFeed's "post locked" modal, blind round 17).
                let dialog = dialogs.get(i).copied().unwrap_or(false);
                let comments = discussion.get(i).copied().unwrap_or(false);
                if !dialog && (in_comments || !comments) && self.words(i) >= MIN_ROOT_WORDS && best.is_none_or(|(_, b)| s > b) {
                    best = Some((i, s));
                }
            }
            best.filter(|&(_, s)| s >= MIN_CONTENT_SCORE)
        };
        let Some((best, top_score)) = best_of(false).or_else(|| best_of(true)) else { return Vec::new() };
        let top = self.outer_list(self.document_of(self.gather_chunks(best, top_score, &scores)));
        let mut roots = vec![top];
        let Some(parent) = self.parent_of(top) else { return roots };
        let threshold = (top_score * 0.2).max(10.0);
        for sibling in (0..self.blocks.len()).filter(|&i| i != top && self.parent_of(i) == Some(parent)) {
            let scored = scores.get(sibling).is_some_and(|&s| s >= threshold);
            // A paragraph the page names as part of its frame (an author's tagline after the
            // story, a "follow us" line) is not another chunk of the text, however sentence-like
            // (MLB.com's `p.article-tagline`: blind round 15).
            let prose = self.paragraph_chars(sibling).is_some_and(|c| c >= f64::from(PROSE_CHARS)) && self.link_density(sibling) < MAX_PROSE_LINK_DENSITY && !self.named_frame(sibling);
            if scored || prose {
                roots.push(sibling);
            }
        }
        self.add_between(parent, &mut roots);
        self.add_table_column(top, &mut roots);
        self.add_references(top, &mut roots);
        self.add_repeats(top, &scores, &mut roots);
        roots
    }

    /// A list nested in another list's item is part of that list: the text is the outer one
    /// (TOPCAT's manual: a definition list of fields inside a definition list of steps, between
    /// paragraphs kept straight under `<body>`, blind round 65). Climbs list elements and items
    /// only, never to the page's root, so the outer list's paragraphs beside it can join it.
    fn outer_list(&self, top: usize) -> usize {
        let listy = |i: usize| self.blocks.get(i).is_some_and(|b| matches!(b.tag.as_str(), "ul" | "ol" | "dl" | "li" | "dd" | "dt"));
        let mut at = top;
        while listy(at) {
            match self.parent_of(at) {
                Some(p) if listy(p) && self.parent_of(p).is_some() => at = p,
                _ => break,
            }
        }
        at
    }

    /// A block between two chunks of the text, beside them, is the text's too: the photos a
    /// post builder keeps in sections of their own between its text sections (Overblog's
    /// `ob-section-images` between its `ob-section-html`, blind round 53), unless the page names
    /// it as part of its frame (an ad slot, a related box).
    fn add_between(&self, parent: usize, roots: &mut Vec<usize>) {
        let chunks = roots.iter().copied().filter(|&r| self.parent_of(r) == Some(parent));
        let (Some(first), Some(last)) = (chunks.clone().min(), chunks.max()) else { return };
        let between: Vec<usize> = (first + 1..last).filter(|&i| self.parent_of(i) == Some(parent) && !roots.contains(&i) && !self.named_frame(i)).collect();
        roots.extend(between);
    }

    /// An old page set as a column of tables straight under `<body>`, one per section (id3lib's
    /// home page, blind round 67): the text in one cell, the rest in the other tables' cells, with
    /// no block to gather them but the page itself. The other tables' cells that read as prose
    /// are the text too; a row of menu links is not (no prose), nor a cell the page names as its
    /// frame, nor the text's own table's other cells (a layout's side column).
    fn add_table_column(&self, top: usize, roots: &mut Vec<usize>) {
        let is_cell = |i: usize| self.blocks.get(i).is_some_and(|b| matches!(b.tag.as_str(), "td" | "th"));
        let Some(cell) = std::iter::successors(Some(top), |&b| self.parent_of(b)).find(|&b| is_cell(b)) else { return };
        // Each block's table straight under the root, when only table parts lie between: one
        // pass, parents first, so a page of nested tables stays linear.
        let mut column: Vec<Option<usize>> = Vec::with_capacity(self.blocks.len());
        for (i, block) in self.blocks.iter().enumerate() {
            let part = matches!(block.tag.as_str(), "table" | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th");
            let table = match self.parent_of(i) {
                Some(p) if self.parent_of(p).is_none() => (block.tag == "table").then_some(i),
                Some(p) if part => column.get(p).copied().flatten(),
                _ => None,
            };
            column.push(table);
        }
        let Some(own) = column.get(cell).copied().flatten() else { return };
        let prose = |i: usize| self.words(i) >= f64::from(PROSE_CHARS) && self.link_density(i) < MAX_PROSE_LINK_DENSITY && !self.named_frame(i);
        let before = roots.len();
        // The roots so far, sorted once: a search in them keeps the pass near linear however many
        // cells join (a hash set would cost the popup's Wasm about 2 KB gz).
        let mut taken = roots.clone();
        taken.sort_unstable();
        for (i, table) in column.iter().enumerate() {
            if is_cell(i) && table.is_some_and(|t| t != own) && taken.binary_search(&i).is_err() && prose(i) {
                roots.push(i);
            }
        }
        // Then the text's own cell is one of the column's sections, all of it (its opening
        // paragraph and a second list beside the list that scored best).
        if roots.len() > before && cell != top && prose(cell) {
            roots.push(cell);
        }
    }

    /// A reference list or footnotes after the text (`ol.references`, `div.footnotes`), kept
    /// beside it a few levels up (in the same article), are the text's citations: content, however
    /// little prose they hold (Nature's references after its story, labelled in blind round 21).
    /// One the page keeps in its footer, a sidebar or a menu is not (Libération's client
    /// "references").
    fn add_references(&self, top: usize, roots: &mut Vec<usize>) {
        let plain = |b: usize| !self.named_frame(b) && self.blocks.get(b).is_some_and(|b| !matches!(b.tag.as_str(), "nav" | "aside" | "footer" | "header" | "form"));
        let above: Vec<usize> = std::iter::successors(self.parent_of(top), |&a| self.parent_of(a)).take(REFERENCE_DEPTH).filter(|&a| self.parent_of(a).is_some()).collect();
        // A text straight under the page's root (a Texinfo manual's `div.top`, SBCL's: blind
        // round 76) keeps its footnotes beside it as its siblings, not a level further up.
        let page = above.is_empty().then(|| self.parent_of(top)).flatten();
        let Some(highest) = above.last().copied().or(page) else { return };
        for i in top + 1..self.blocks.len() {
            if !self.has_hint(i, Hint::References) || roots.iter().any(|&r| self.is_within(i, r)) {
                continue;
            }
            let beside = match page {
                Some(_) => self.parent_of(i) == page && plain(i),
                None => std::iter::successors(Some(i), |&b| self.parent_of(b)).take_while(|&b| b != highest).all(plain) && self.is_within(i, highest),
            };
            if beside {
                roots.push(i);
            }
        }
    }

    /// A thread (forum, Q&A, a blog's page of posts) repeats one post block: when the content
    /// root is, or sits a few levels inside, a block repeated among its siblings (same element,
    /// same id/class words once numbers are dropped) and the repeats hold running text too, each
    /// repeat is content. Link-dense repeats (a column of teasers) are not.
    fn add_repeats(&self, top: usize, scores: &[f64], roots: &mut Vec<usize>) {
        let best_below = self.best_below(scores);
        let mut is_root = vec![false; self.blocks.len()];
        for &r in roots.iter() {
            if let Some(slot) = is_root.get_mut(r) {
                *slot = true;
            }
        }
        let mut at = Some(top);
        for _ in 0..=MAX_POST_DEPTH {
            let Some(a) = at else { return };
            let Some(parent) = self.parent_of(a) else { return };
            let signature = self.signature(a);
            if !signature.is_empty() {
                let mut found = false;
                for i in (0..self.blocks.len()).filter(|&i| i != a && self.parent_of(i) == Some(parent)) {
                    // A short answer (one line and a link) is still a post: its text, not its score.
                    let text = self.words(i);
                    let scored = best_below.get(i).is_some_and(|&s| s >= POST_SCORE);
                    let texty = (scored || text >= POST_TEXT) && self.link_density(i) < 0.6;
                    if texty && !is_root.get(i).copied().unwrap_or(true) && self.signature(i) == signature {
                        roots.push(i);
                        if let Some(slot) = is_root.get_mut(i) {
                            *slot = true;
                        }
                        found = true;
                    }
                }
                if found {
                    return;
                }
            }
            at = Some(parent);
        }
    }

    /// Each block's best score, its own or one below it: one backward pass (children come after
    /// their parents), so a page of 10,000 repeated rows stays linear.
    fn best_below(&self, scores: &[f64]) -> Vec<f64> {
        let mut best = scores.to_vec();
        for i in (0..best.len()).rev() {
            let (Some(p), Some(&mine)) = (self.parent_of(i), best.get(i)) else { continue };
            if let Some(slot) = best.get_mut(p) {
                *slot = slot.max(mine);
            }
        }
        best
    }

    /// The element and its id/class words without numbers (`post-id-149 post answer` and
    /// `post-id-150 post answer` match), sorted; empty when it has no words (a bare `<article>`:
    /// its element). A post's taxonomy classes are left out: WordPress writes each post's
    /// categories and tags into its class (`category-speaking tag-conference`), so the posts of
    /// one blog page differ only there (blind round 68: a blog's home page of five posts).
    fn signature(&self, i: usize) -> String {
        let Some(block) = self.blocks.get(i) else { return String::new() };
        let taxonomy = |class: &str| TAXONOMY_CLASSES.iter().any(|p| class.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)));
        let mut words: Vec<String> = block
            .hint
            .split_ascii_whitespace()
            .filter(|class| !taxonomy(class))
            .flat_map(|class| class.split(|c: char| !c.is_ascii_alphabetic()))
            .filter(|w| w.len() > 1)
            .map(str::to_ascii_lowercase)
            .collect();
        if words.is_empty() {
            // An `<article>` is a post by its element alone: a manual on one page whose chapters
            // are bare `<article>`s (PC-BASIC's, blind round 73) repeats it with no class.
            return if block.tag == "article" { block.tag.clone() } else { String::new() };
        }
        words.sort_unstable();
        words.dedup();
        format!("{} {}", block.tag, words.join(" "))
    }
}

/// Where one block sits, decided from its parent's answer.
#[derive(Debug, Clone, Copy, Default)]
struct Place {
    /// Inside a content root.
    content: bool,
    /// The region named by the nearest landmark or hint (outside the content), or a boilerplate
    /// or comments sub-block (inside it).
    named: Option<Region>,
    /// Under a `<header>`, `<footer>` or sectioning element's subtree (for HTML's landmark rules).
    in_section: bool,
    /// Under an `<article>`/`<main>` landmark that is not a wrapper of the content.
    in_main: bool,
    /// Characters of the content root this block is in (0 outside the content).
    root_chars: f64,
}

/// The post the page's address names, on a page that holds several: the first `<article>` whose
/// id or class carries the number that identifies the page in its address
/// (`article.minute-139022` on `/minutes/139022/…`, `article#post-4711` on `?p=4711`) and that
/// holds running text, outside the page's frame. The New Republic's "minutes" (blind round 26)
/// show the addressed post first and the latest others after it, with more text than it: without
/// this the others read as the text. Other elements carry the number too (HuffPost's
/// `caption_997793`, its `comments_997793`): only a post's own element names the post. Numbers of
/// five to twelve digits only (a year or a page number names nothing).
fn addressed_block(tree: &Tree<'_>, snapshot: &PageSnapshot) -> Option<usize> {
    let numbers = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_ascii_digit()).filter(|n| (5..=12).contains(&n.len())).map(str::to_string).collect()
    };
    // The address after its host (a host's digits name no post), and the canonical one's.
    let path = |address: &str| WebUrl::parse(address).map(|u| format!("{}?{}", u.path(), u.query().unwrap_or(""))).unwrap_or_default();
    let mut ids = numbers(&path(&snapshot.url));
    ids.extend(numbers(&path(&snapshot.canonical)));
    if ids.is_empty() {
        return None;
    }
    (0..tree.blocks.len()).find(|&i| {
        tree.parent_of(i).is_some()
            && tree.words(i) >= MIN_ROOT_WORDS
            && !tree.named_frame(i)
            && tree.blocks.get(i).is_some_and(|b| (b.tag == "article" || b.role == "article") && numbers(&b.hint).iter().any(|n| ids.contains(n)))
    })
}

/// Every block's place, parents first, and the page's content roots (none: no running text).
/// A page without running text whose body is a list of links out (a deals list, a feed of
/// stories) has that list as its content root.
#[inline(never)]
fn places(tree: &Tree<'_>, snapshot: &PageSnapshot) -> (Vec<Place>, Vec<usize>) {
    let roots = tree.content_roots(addressed_block(tree, snapshot));
    let laid = laid_out(tree, &roots);
    if !roots.is_empty() {
        return (laid, roots);
    }
    match list_root(tree, &laid, snapshot).or_else(|| one_text_block(tree, &laid)) {
        Some(root) => (laid_out(tree, &[root]), vec![root]),
        None => (laid, roots),
    }
}

/// Characters outside links one block must hold to be a page's whole text on its own: several
/// paragraphs' worth.
const ONE_BLOCK_TEXT: u32 = 3_000;

/// The block holding a page's whole text when no block of paragraphs does: a `<pre>` of a
/// plain-text manual, a mail in an archive, a text set straight in one box (Vim's help as HTML,
/// 272,000 characters in one `<pre>`, blind round 66). Its text scores only its parent, as one
/// paragraph, so it never makes a content root. The block with the most text of its own, outside
/// the page's frame, several paragraphs' worth and more text than link text.
fn one_text_block(tree: &Tree<'_>, laid: &[Place]) -> Option<usize> {
    (0..tree.blocks.len())
        .filter(|&i| tree.parent_of(i).is_some() && laid.get(i).is_some_and(|p| p.named.is_none()))
        .filter_map(|i| tree.blocks.get(i).map(|b| (i, b)))
        .filter(|(_, b)| b.text >= ONE_BLOCK_TEXT && b.link_text <= b.text)
        .max_by_key(|(_, b)| b.text)
        .map(|(i, _)| i)
}

/// The block holding a page's editorial list of links, when the page has no running text: the
/// lowest block holding most of the page's links out whose text is a title (a product, a story),
/// outside the page's frame (navigation, header, footer, sidebars), and whose titles are most of
/// its links' text (not a layout wrapping menus with them). A menu's links are short labels to
/// the site itself; a blogroll sits in a sidebar; a related-posts box links to the site itself.
/// That block may be the page itself: an old links page's tables or lists side by side under
/// `<body>` (blind round 44), where the frame is what the page names as such.
fn list_root(tree: &Tree<'_>, laid: &[Place], snapshot: &PageSnapshot) -> Option<usize> {
    let sites = crate::analyze::own_sites(snapshot);
    let mut titles = vec![0.0_f64; tree.blocks.len()];
    let mut count = vec![0.0_f64; tree.blocks.len()];
    let mut total = 0_usize;
    for link in snapshot.links.iter().take(crate::analyze::MAX_LINKS) {
        let Some(block) = usize::try_from(link.block).ok().filter(|&b| laid.get(b).is_some_and(|p| p.named.is_none())) else { continue };
        let chars = link.text.trim().chars().count();
        let out = WebUrl::parse(&link.href).is_some_and(|u| !sites.contains(&crate::domain::site_of(u.host())));
        if chars >= LIST_TITLE_CHARS && out && !is_social_profile(&link.href) {
            if let (Some(t), Some(c)) = (titles.get_mut(block), count.get_mut(block)) {
                *t += chars as f64;
                *c += 1.0;
            }
            total += 1;
        }
    }
    if total < LIST_LINKS {
        return None;
    }
    add_up(&tree.parent, &mut titles);
    add_up(&tree.parent, &mut count);
    // Blocks holding most of the titles are nested in one another: the last in page order is the lowest.
    let root = (0..tree.blocks.len()).rev().find(|&i| count.get(i).is_some_and(|&c| c >= LIST_SHARE * total as f64))?;
    let link_chars = tree.link_chars.get(root).copied().unwrap_or(0.0);
    let held = titles.get(root).copied().unwrap_or(0.0);
    (held >= 0.5 * link_chars).then_some(root)
}

/// Every block's place, parents first, given the page's content roots.
#[inline(never)]
fn laid_out(tree: &Tree<'_>, roots: &[usize]) -> Vec<Place> {
    let n = tree.blocks.len();
    let mut is_root = vec![false; n];
    // Ancestors of a content root are layout wrappers: their landmarks and hints say nothing.
    let mut wraps = vec![false; n];
    for &r in roots {
        if let Some(slot) = is_root.get_mut(r) {
            *slot = true;
        }
        let mut at = Some(r);
        while let Some(a) = at {
            match wraps.get_mut(a) {
                Some(slot) if !*slot => *slot = true,
                _ => break, // already marked from another root, and so are its ancestors
            }
            at = tree.parent_of(a);
        }
    }
    let mut out: Vec<Place> = Vec::with_capacity(n);
    for (i, block) in tree.blocks.iter().enumerate() {
        let up = tree.parent_of(i).and_then(|p| out.get(p)).copied().unwrap_or_default();
        let hint = tree.hints.get(i).map_or(&[][..], Vec::as_slice);
        let mark = landmark(block, up.in_section);
        let mut place = Place { in_section: up.in_section || is_sectioning(block), in_main: up.in_main || mark == Some(Region::Main), ..up };
        if is_root.get(i).copied().unwrap_or(false) {
            place.content = true;
            place.named = None;
            place.root_chars = tree.chars.get(i).copied().unwrap_or(0.0);
        } else if up.content {
            if place.named.is_none() {
                // Inside the text, any name for a part of the page's frame (a copyright line, a
                // menu, a sidebar box) and any form (a poll, an upload box) is not the text.
                // A box the page calls a sidebar or marks `<aside>` is a note of the text when it
                // reads as prose (a boxed aside in a manual) or is named as footnotes (however
                // short: "#1332" citing an issue, Borg's manual, blind round 67), else a links box.
                // A name is a weak hint: a part holding most of the content's text, as prose, is
                // the text (a manual's section whose anchor is its heading, "recommended-packages").
                let the_text = || tree.chars.get(i).is_some_and(|&c| c * 2.0 >= up.root_chars) && tree.link_density(i) < 0.2;
                // A header holding a paragraph of prose is a summary of the text (a recipe card's
                // description: blind rounds 60 and 62, Oh She Glows and Pressure Luck).
                let summary = || tree.words(i) >= f64::from(SUMMARY_CHARS) && tree.link_density(i) < 0.2;
                let named_frame = [Hint::Boilerplate, Hint::Nav, Hint::Footer].iter().any(|h| hint.contains(h)) || (hint.contains(&Hint::Header) && !summary());
                let frame = named_frame && !the_text();
                let boxed = hint.contains(&Hint::Sidebar) || block.tag == "aside";
                place.named = if hint.contains(&Hint::Comments) {
                    Some(Region::Comments)
                } else if frame || matches!(block.tag.as_str(), "nav" | "form" | "footer") || (boxed && !tree.is_note(i) && !hint.contains(&Hint::References)) {
                    Some(Region::Boilerplate)
                } else {
                    None
                };
            }
        } else if !wraps.get(i).copied().unwrap_or(false) {
            match mark {
                Some(Region::Main) => {}
                Some(region) => place.named = Some(region),
                // The document's own classes describe its layout (`one-sidebar`), never a part.
                None if tree.parent_of(i).is_none() => {}
                // Inside an `<article>` or `<main>` of a page without running text (a recipe
                // card, a product page), a box the page names as boilerplate (a newsletter box, a
                // related list) is not what the landmark holds (blind round 53: Bosch's recipe
                // page, its Facebook group box).
                None if roots.is_empty() && place.in_main && place.named.is_none() && hint.contains(&Hint::Boilerplate) => place.named = Some(Region::Boilerplate),
                None => place.named = hint_region(hint).or(place.named),
            }
        }
        out.push(place);
    }
    out
}

/// The region of a link in a block with this place. Without a content root, `<main>` and
/// `<article>` are the content; with one, what they hold beside it is boilerplate.
fn region_of(place: Place, has_content: bool) -> Region {
    match (place.content, place.named) {
        (true, None) => Region::Main,
        (_, Some(region)) => region,
        (false, None) if place.in_main && has_content => Region::Boilerplate,
        (false, None) if place.in_main => Region::Main,
        (false, None) => Region::Body,
    }
}

/// The region of every link of `links` (in order): decided from the snapshot's block tree when
/// the extractor listed the link's block, else the link's own `region` as observed. And whether
/// the tree showed where the running text is (then links outside it are not in the content,
/// even those left in `Body`). `ad_boxes`: the ad unit each link sits in, if any
/// ([`crate::ads::ad_boxes`], in the same order).
pub fn regions(snapshot: &PageSnapshot, links: &[LinkObservation], ad_boxes: &[Option<&'static str>]) -> (Vec<Region>, bool) {
    if snapshot.blocks.is_empty() {
        return (links.iter().map(|l| l.region).collect(), false);
    }
    let tree = Tree::of(snapshot);
    let (places, roots) = places(&tree, snapshot);
    let has_content = !roots.is_empty();
    let page_sites = crate::analyze::own_sites(snapshot);
    let listed = listed_people(&tree, links);
    let regions = links
        .iter()
        .enumerate()
        .map(|(i, link)| {
            let block = usize::try_from(link.block).ok();
            let editorial = || {
                listed.get(i).copied().unwrap_or(false)
                    || is_editorial(link, block.and_then(|b| tree.blocks.get(b)).map_or(0, |b| b.text), block.is_some_and(|b| tree.is_quoted(b)), &page_sites)
            };
            match block.and_then(|b| places.get(b)).copied() {
                None => link.region,
                Some(place) => match region_of(place, has_content) {
                    // A picture's credit names who took it, not a source of the text.
                    // So does a copyright line's ("Copyright © 2012 HealthDay" after a wire story),
                    // and a page's own short link is no source at all.
                    // An ad unit inside the text's column is not what the text says: the box it
                    // sits in is the page's, as a related-posts box there is (blind round 57:
                    // Mediavine's slots between a food blog's paragraphs).
                    Region::Main if ad_boxes.get(i).is_some_and(Option::is_some) => Region::Boilerplate,
                    Region::Main if !editorial() || {
                        let line = Line::of(&link.surrounding, &link.text);
                        matches!(line.label(), Some(LineLabel::Credit | LineLabel::Own)) || line.is_copyright() || line.is_credit_by()
                    } => Region::Boilerplate,
                    // The story's list of sources is its text wherever the template sets it (after
                    // the story's column, under the article): never in a named part of the frame.
                    Region::Boilerplate | Region::Body if place.named.is_none() && Line::of(&link.surrounding, &link.text).label() == Some(LineLabel::Sources) && editorial() => Region::Main,
                    region => region,
                },
            }
        })
        .collect();
    (regions, has_content)
}

/// Accounts on one network a list must link for it to be a list of people the text names.
const PEOPLE_LIST: usize = 5;

/// Levels from a link's block up to its list: the item's paragraph, the item, the list.
const LIST_DEPTH: usize = 3;

/// Links read for lists of people: their profiles are compared pairwise.
const MAX_LISTED: usize = 400;

/// For each link: whether it is one of a list's links to the profiles of at least
/// [`PEOPLE_LIST`] accounts on one network, a name to an item (a release's contributors, a
/// team's members, a conference's speakers: llvmlite's release notes, blind round 65). Those are
/// people the text names, not a follow-us box or an author's links (a few accounts, or one
/// account on several networks).
fn listed_people(tree: &Tree, links: &[LinkObservation]) -> Vec<bool> {
    let list_of = |link: &LinkObservation| {
        let block = usize::try_from(link.block).ok()?;
        std::iter::successors(Some(block), |&b| tree.parent_of(b)).take(LIST_DEPTH).find(|&b| tree.blocks.get(b).is_some_and(|b| matches!(b.tag.as_str(), "ul" | "ol")))
    };
    // (list, network host) of each profile link; its accounts are the distinct addresses of the
    // pair's links (an avatar and a name linking one account count once). Compared pairwise, so
    // only the first links a list of people could need are read.
    let keys: Vec<Option<(usize, String)>> = links
        .iter()
        .take(MAX_LISTED)
        .map(|link| {
            let list = list_of(link).filter(|_| is_social_profile(&link.href))?;
            Some((list, crate::domain::site_of(WebUrl::parse(&link.href)?.host())))
        })
        .collect();
    let account = |i: usize| links.get(i).map_or("", |l| l.href.trim_end_matches('/'));
    (0..links.len())
        .map(|i| {
            let Some(Some(pair)) = keys.get(i) else { return false };
            let same = |j: &usize| keys.get(*j).is_some_and(|k| k.as_ref() == Some(pair));
            let accounts = (0..keys.len()).filter(same).filter(|&j| !(0..j).filter(same).any(|k| account(k) == account(j))).take(PEOPLE_LIST).count();
            accounts >= PEOPLE_LIST
        })
        .collect()
}

/// The region of each of `blocks` (indices in the snapshot's block tree), as a link there would
/// have it; `None` for an index the tree does not hold, or for a block holding the page's
/// running text (a form wrapping the whole page). What a form's place is read from.
pub fn block_regions(snapshot: &PageSnapshot, blocks: &[i64]) -> Vec<Option<Region>> {
    let tree = Tree::of(snapshot);
    let (places, roots) = places(&tree, snapshot);
    let has_content = !roots.is_empty();
    let place = |b: usize| {
        let wraps_text = roots.iter().any(|&r| tree.is_within(r, b));
        places.get(b).filter(|_| !wraps_text).map(|&place| region_of(place, has_content))
    };
    blocks.iter().map(|&b| usize::try_from(b).ok().and_then(place)).collect()
}

/// What a link's line says its links are, by the label its text follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineLabel {
    /// "Sources: New York Times (2), NBC News": the story's citations.
    Sources,
    /// "Photo credit: Rob Carr/Getty", "Image Source: …": who took a picture.
    Credit,
    /// "Short link for this page: http://gu.com/p/3hcjn": the page's own address.
    Own,
}

/// A link's text and what its line says before it: read once for the line's label, a credit and
/// a copyright notice.
struct Line<'a> {
    text: &'a str,
    /// The line up to the link's text; `None` when the text is empty or not in the line.
    before: Option<&'a str>,
}

impl<'a> Line<'a> {
    fn of(surrounding: &'a str, text: &'a str) -> Self {
        let text = text.trim();
        Line { text, before: surrounding.split_once(text).filter(|_| !text.is_empty()).map(|(before, _)| before) }
    }

    /// The label a link's text follows in its line (`data/footprints/line-labels.tsv`, in several
    /// languages): the last "label:" before the link's text, after the previous comma, stop, slash,
    /// quote or bracket, so a photo credit later in a sources line ("… / Photo Credit: Gage
    /// Skidmore/Flickr") is a credit and the sources before it are sources. A credit names its
    /// author right after its label; a caption's text that runs on into the story's ("Image: John D.
    /// Carnessiotis on Flickr As everyone in the world…") is not one.
    fn label(&self) -> Option<LineLabel> {
        let (head, gap) = self.before?.rsplit_once([':', '：'])?;
        let label = head.rsplit(['.', ',', ';', ')', '/', '|', '"', '“', '”', '\n']).next().unwrap_or(head).trim();
        if label.len() > 40 {
            return None;
        }
        let label = label.to_lowercase();
        let kind = crate::tables::line_labels().lines().find_map(|row| row.split_once('\t').filter(|(_, l)| *l == label).map(|(kind, _)| kind))?;
        match kind {
            "sources" if gap.len() <= 200 => Some(LineLabel::Sources),
            // A `by` phrase with a colon is a credit's label too ("Photography by: Eat Love Eat",
            // blind round 60: Ambitious Kitchen).
            "credit" | "by" if gap.len() <= 40 => Some(LineLabel::Credit),
            "own" if gap.len() <= 40 => Some(LineLabel::Own),
            _ => None,
        }
    }

    /// True when the link is a credit without a colon: its text starts with a `by` phrase of
    /// `data/footprints/line-labels.tsv` ("Powered by POPCART"), or its line says the phrase right
    /// before it after a separator ("Photo by <a>Matt</a> / Food Styling by <a>Adam</a>"), not inside
    /// a sentence ("the shop is powered by Shopify" cites it).
    fn is_credit_by(&self) -> bool {
        // Read once: placement asks it of every link in the text. Every phrase ends in a short word
        // ("by", "par", "von"…): a link whose text or the words before it hold none is no credit,
        // found without allocating.
        static PHRASES: std::sync::OnceLock<(Vec<&'static str>, Vec<&'static str>)> = std::sync::OnceLock::new();
        let (list, last_words) = PHRASES.get_or_init(|| {
            let list: Vec<&'static str> = crate::tables::line_labels().lines().filter_map(|row| row.strip_prefix("by\t")).collect();
            let mut last: Vec<&'static str> = list.iter().filter_map(|p| p.rsplit(' ').next()).collect();
            last.sort_unstable();
            last.dedup();
            (list, last)
        });
        let has_last = |s: &str| s.split_whitespace().any(|w| last_words.iter().any(|l| w.eq_ignore_ascii_case(l)));
        let phrases = || list.iter().copied();
        let text = self.text;
        if has_last(text.get(..text.char_indices().nth(60).map_or(text.len(), |(at, _)| at)).unwrap_or(text)) {
            let said = text.to_lowercase();
            if phrases().any(|p| said.strip_prefix(p).is_some_and(|rest| rest.starts_with(' '))) {
                return true;
            }
        }
        let Some(before) = self.before else { return false };
        if !before.trim_end().rsplit(' ').next().is_some_and(has_last) {
            return false;
        }
        let tail: String = before.chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
        let phrase = tail.rsplit(['.', ',', ';', ':', ')', '(', '/', '|', '·', '•', '"', '“', '”', '\n']).next().unwrap_or("").trim().to_lowercase();
        phrases().any(|p| p == phrase)
    }

    /// True when the link's text follows a copyright notice within a few words: "© 2013 Reuters",
    /// "Copyright 2012 HealthDay" (blind round 24: a wire story's notice inside the story's block), not
    /// a sentence about copyright ("the Copyright Office").
    fn is_copyright(&self) -> bool {
        let Some(before) = self.before else { return false };
        let start = before.char_indices().rev().nth(NOTE_CHARS as usize).map_or(0, |(at, _)| at);
        let near = before.get(start..).unwrap_or("").to_ascii_lowercase();
        // The mark or the word, then a year ("© 2013", "Copyright © 2012", "Copyright 2011"); the
        // mark alone is also the tail of "é" read in the wrong charset ("Ã©").
        ["©", "copyright"].iter().any(|mark| near.split(mark).skip(1).any(|rest| rest.trim_start_matches([' ', '©', '\u{a0}']).starts_with(|c: char| c.is_ascii_digit())))
    }
}

/// True when the link's line labels it as the page's own address ("Short link for this page:",
/// "Short URL:", "本文链接："): a share tool's copy of the page, not a link to anyone (blind round
/// 27: The Guardian's `gu.com/p/…`, which no short-link shape can tell from a citation).
pub fn labelled_own_address(surrounding: &str, text: &str) -> bool {
    Line::of(surrounding, text).label() == Some(LineLabel::Own)
}

/// False for a link in the content that is a button rather than a citation: a share or
/// bookmark button, a plug-in download prompt, or a social profile or network home page outside running text (a follow-us or author line; a
/// profile named in a sentence or in a quoted post is cited). `own_text`: the text around it in
/// its block, outside links; `quoted`: the block is (in) a `<blockquote>`.
fn is_editorial(link: &LinkObservation, own_text: u32, quoted: bool, page_sites: &[String]) -> bool {
    let Some(url) = WebUrl::parse(&link.href) else { return true };
    // A Chinese or Japanese character is a word or a syllable, a Korean one a syllable: their
    // sentence takes about half the characters of a Latin one (blind round 51: a Weibo account
    // and Instagram brand accounts named in Chinese and Japanese sentences).
    let own_text = if mostly_cjk(&link.surrounding) { own_text.saturating_mul(2) } else { own_text };
    let host = url.host().to_ascii_lowercase();
    // Sphinx's `linkcode` writes "[source]" beside each documented function, to its code on a
    // code host: a page tool, as "edit this page" is (blind rounds 42 and 43: scikit-image's and
    // pyxs' API pages).
    if link.text.trim() == "[source]" {
        return false;
    }
    // So is a code host's edit or new-issue page linked on its own ("report issue" under each of
    // libtorrent's headings, blind round 65); one asked for in a sentence ("if you are unsure,
    // please consider opening an issue") is the text's.
    if own_text < NOTE_CHARS && crate::actions::is_code_host_page_tool(&host, url.path()) {
        return false;
    }
    // A README's status badge (an image link without text to a build, coverage or registry
    // service) is the project's chrome.
    if link.has_image && link.text.trim().is_empty() && is_status_badge(&host, url.path(), url.query()) {
        return false;
    }
    if is_share_endpoint(&host, url.path()) || is_utility_endpoint(&host, url.path()) || hands_over_page(&host, url.query(), page_sites) || is_share_shaped(&host, url.path(), url.query()) || is_pin_prompt(&host, url.path(), &link.text) {
        return false;
    }
    let profile = is_social_profile(&link.href);
    // A network's other pages are read as its profiles are: a hashtag's page is where a line
    // asks readers to post ("verwende den Hashtag #aureliebastian", blind round 53).
    let network = profile || crate::share::is_network(&host);
    let writers_note = if network { is_author_note(&link.href, &link.surrounding) } else { is_writers_site(&host, &link.surrounding) };
    if writers_note {
        return false;
    }
    // A code host's account named by its handle or its address ("maintained by @ComFreek",
    // "Marc Brinkmann: https://github.com/mbr", a release's contributors) is a person the text
    // credits; a follow icon says the network's name or nothing (blind rounds 73 and 75).
    if profile && names_its_account(&host, url.path(), &link.text) {
        return true;
    }
    // An @name in a line of a few words is a mention ("cc: @name", "both @a @b"), a follow
    // icon is not (blind round 40: Tantek Çelik's notes).
    own_text >= SENTENCE_CHARS || (own_text >= NOTE_CHARS && link.text.trim_start().starts_with('@')) || quoted || !(profile || is_network_home(&host, url.path(), url.query(), url.fragment()))
}

/// True when a link to a code host's account (`github.com/mbr`) says that account: its handle,
/// with or without an `@`, or its address.
fn names_its_account(host: &str, path: &str, text: &str) -> bool {
    if !crate::actions::CODE_HOSTS.contains(&host.strip_prefix("www.").unwrap_or(host)) {
        return false;
    }
    let Some(account) = path.split('/').find(|s| !s.is_empty()) else { return false };
    let text = text.trim().trim_end_matches('/');
    let handle = text.strip_prefix('@').unwrap_or(text);
    let (before, last) = text.rsplit_once('/').unwrap_or(("", handle));
    handle.eq_ignore_ascii_case(account) || (last.eq_ignore_ascii_case(account) && before.to_ascii_lowercase().ends_with(host))
}

/// True when `text` is mostly Chinese, Japanese or Korean (ideographs, kana, Hangul syllables),
/// each of those characters counted as two letters of other scripts: a Chinese sentence that
/// names a Latin handle and a talk's English title is still Chinese.
fn mostly_cjk(text: &str) -> bool {
    let (mut cjk, mut other) = (0_usize, 0_usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if crate::links::is_logographic(c) {
            cjk += 1;
        } else {
            other += 1;
        }
    }
    cjk * 2 > other
}

/// A line that asks the reader to follow or join someone's account, as
/// [`crate::prospect::openings::words`] writes it: "follow us", "folgen Sie uns", "suivez-nous",
/// "síguenos", "siga-nos", "seguici", "ikuti kami", "подписывайтесь" (blind round 51: URA.RU's
/// "join the subscribers of our Telegram channel" after its story), "følg med på" (blind round 56:
/// Valdemarsro's "follow Valdemarsro on Instagram and Facebook" box after each recipe), "follow
/// along", "stay in touch with me on", "find me here" (blind round 62: food blogs' stock closing
/// lines).
const FOLLOW_US: &[&str] = &[
    " follow him ", " follow her ", " follow me ", " follow us ", " follow them ", " follow along ", " stay in touch with me ",
    " stay in touch with us ", " find me here ", " find me on ", " find us on ", " folgen sie uns ", " folge uns ",
    " folgt uns ", " suivez nous ", " suivez moi ", " rejoignez nous ", " síguenos ", " siguenos ", " síganos ",
    " siga nos ", " sigam nos ", " seguici ", " seguiteci ", " volg ons ", " obserwuj nas ", " bizi takip edin ",
    " ikuti kami ", " подписывайтесь ", " подпишитесь ", " присоединяйтесь ", " følg os ", " følg oss ", " følg med på ",
    " följ oss ", " följ med på ", " seuraa meitä ", " kövess minket ", " kövessen minket ", " sledujte nás ", " sleduj nás ",
];

/// Words asking readers to tag or mention an account or hashtag in their own posts (English,
/// German, French, Italian, Spanish, Dutch, Portuguese).
const TAG_US: &[&str] = &[
    " tag ", " mention ", " hashtag ", " markiere ", " markiert ", " verlinke ", " verlinkt ", " identifiez ", " identifie ", " taguez ",
    " tagga ", " taggate ", " etiqueta ", " etiquetad ", " etiquétanos ", " marque ", " marca ", " tag ons ",
];

/// True when `surrounding` is a note about the person whose social profile `href` is: it opens
/// with their name and "is" ("Laura E. Adkins is the Forward's contributing network editor…
/// on Twitter, @Laura_E_Adkins"; "Zach Hanlon is a marketing expert…", linking
/// linkedin.com/in/zhanlon), and the profile's handle spells that name (the last name, with the
/// first name or its initial before it), or it asks the reader to follow someone ("Follow him on
/// Twitter at @zshanlon") or to follow the very account it links, by its handle ("Follow Sharon
/// on Twitter at @sgaudin"). A writer's note at the foot of a story, not a citation (blind rounds
/// 16 and 22: Forward, Fast Company, Computerworld). A profile cited in a sentence about something
/// else stays a citation; a story that tells readers to follow the accounts it is about ("you can
/// continue to follow Josh at @JoshEarnest") reads as follow lines. Follow lines are read in a
/// dozen languages ([`FOLLOW_US`]), notes on a person in English only.
fn is_author_note(href: &str, surrounding: &str) -> bool {
    // "Follow him on Twitter at @zshanlon": a follow link, whoever it is for.
    let words = crate::prospect::openings::words(surrounding);
    if FOLLOW_US.iter().any(|f| words.contains(f)) {
        return true;
    }
    let path = href.split(['?', '#']).next().unwrap_or("").trim_end_matches('/');
    let account = path.rsplit('/').next().unwrap_or("");
    // "Follow Sharon on Twitter at @sgaudin", "by … following @b0yle on Twitter": the line asks
    // the reader to follow the very account it links, by its @handle (blind round 22:
    // Computerworld, NBC News).
    let at = account.trim_start_matches('@');
    if at.len() >= 3 && [" follow ", " following "].iter().any(|f| words.contains(f)) && surrounding.to_lowercase().contains(&format!("@{}", at.to_lowercase())) {
        return true;
    }
    // "Markiere mich mit @emmikochteinfach", "markiere @franzoesischkochen und verwende den
    // Hashtag #aureliebastian": the line asks readers to tag the very account or hashtag it links
    // in their own posts, a recipe blog's standing prompt (blind round 53).
    if at.len() >= 3 && TAG_US.iter().any(|t| words.contains(t)) {
        let (lower, at) = (surrounding.to_lowercase(), at.to_lowercase());
        if lower.contains(&format!("@{at}")) || lower.contains(&format!("#{at}")) {
            return true;
        }
    }
    // Or by the name its handle spells, up to "on": "You can follow BBC Monitoring on Twitter and
    // Facebook" (blind round 41).
    if let Some((name, _)) = words.split_once(" follow ").and_then(|(_, after)| after.split_once(" on ")) {
        if name.len() >= 5 && name.replace(' ', "").eq_ignore_ascii_case(at) {
            return true;
        }
    }
    let Some((first, last)) = note_name(surrounding) else { return false };
    let handle: String = account.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    handle.contains(last.as_str()) && first.chars().next().is_some_and(|initial| handle.starts_with(first.as_str()) || handle.starts_with(initial))
}

/// The first and last names, lowercase, of a line that opens with a person's name and "is"
/// ("Devin Coldewey is a contributing writer…"): two to four capitalised words.
fn note_name(surrounding: &str) -> Option<(String, String)> {
    let (name, _) = surrounding.trim_start().split_once(" is ")?;
    // The name before an apposition that closes right before "is": "George Schroeder, a national
    // college football writer for USA TODAY Sports, is on Twitter @GeorgeSchroeder" (blind round
    // 41); not "Setting Captives Free, a ministry led by …, says it is".
    let name = name.split_once(',').filter(|(_, rest)| rest.ends_with(',')).map_or(name, |(name, _)| name);
    let mut names: Vec<String> = name.split_whitespace().map(|w| w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()).collect();
    let capitalised = name.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    // A label before a colon is a term being described ("CuPy: CuPy is a library…", a list of
    // projects: blind round 42), never a person's name.
    if !(2..=4).contains(&names.len()) || !capitalised || name.contains(':') || names.last().is_none_or(|last| last.chars().count() < 3) {
        return None;
    }
    let last = names.pop()?;
    Some((names.swap_remove(0), last))
}

/// True when `host` is the writer's own site in a note about them: the line opens with their name
/// and "is", and the site's name holds their last name ("Devin Coldewey is a contributing writer
/// for NBC News Digital. His personal website is coldewey.cc.", blind round 23). A company named
/// after the person in a story's line about them ("Michael Dell is…" linking dell.com) reads the
/// same way: rare in a story's text, and the line is about the person either way.
fn is_writers_site(host: &str, surrounding: &str) -> bool {
    let site = crate::domain::site_of(host);
    let name = site.split('.').next().unwrap_or("");
    note_name(surrounding).is_some_and(|(_, last)| last.chars().count() >= 4 && name.contains(last.as_str()))
}

#[cfg(test)]
mod tests;
