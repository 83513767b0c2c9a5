//! The input of the core: raw observations of one page, as produced by `extension/extract.js`.
//!
//! Everything here is attacker-controlled (the visited page chose it), so every field has a
//! default, unknown enum values deserialize to `Other`, and nothing here is trusted to be
//! bounded: the extractor caps what it collects and records that it did in [`SnapshotLimits`],
//! and the core still treats lengths defensively.

use serde::{Deserialize, Serialize};

/// Version of the snapshot format written by the extractor. Bumped on incompatible changes.
pub const SNAPSHOT_VERSION: u32 = 1;

/// Raw observations of one page. Field names are camelCase in JSON.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PageSnapshot {
    pub schema_version: u32,
    /// The document's final URL (`location.href`), after redirects.
    pub url: String,
    /// `document.contentType` (`text/html`, `application/pdf`…).
    pub content_type: String,
    /// `<html lang>`, as written by the page ("" when absent).
    pub lang: String,
    pub title: String,
    pub meta: MetaTags,
    /// `<link rel=canonical href>`, resolved ("" when absent).
    pub canonical: String,
    /// `h1`–`h6`, in document order (capped).
    pub headings: Vec<Heading>,
    /// Visible-ish text of the main content (script/style excluded), whitespace-collapsed, capped.
    pub text_sample: String,
    /// Words in the whole main text, counted before the sample was capped.
    pub word_count: u32,
    /// Published / modified dates found in meta tags, `<time>` and JSON-LD.
    pub dates: Vec<DateObservation>,
    /// E-mail candidates: the addresses of `mailto:` links and the e-mail-like strings of the
    /// text, as written and unvalidated (the core decides: `prospect::contacts`). Extractors
    /// before issue 10 kept only the ones they judged valid; both read the same.
    pub emails: Vec<String>,
    /// Phone numbers found in `tel:` links.
    pub phones: Vec<String>,
    /// Legacy: social profile links judged by extractors before issue 10. Today's extractor
    /// leaves it empty and the core finds them among `links`; still read, for saved snapshots.
    pub social_links: Vec<String>,
    /// Legacy: contact / about page links judged by extractors before issue 10. Today's
    /// extractor leaves it empty and the core finds them among `links`; still read.
    pub contact_links: Vec<String>,
    pub tech: PageTech,
    /// Every link of the page (`document.links`, SVG links, links in shadow roots), in document
    /// order, capped. Never links inside frames: see `frames`.
    pub links: Vec<LinkObservation>,
    /// The page's block tree, parents first: the blocks holding the links and the blocks with
    /// running text of their own, with their block ancestors (`<body>` first). What the core
    /// decides each link's placement from ([`crate::placement`]); empty in snapshots made before
    /// it, where the links' `region` is used as it is.
    pub blocks: Vec<Block>,
    /// Links inside the page's frames, counted apart (absent in snapshots made before it).
    pub frames: FrameCounts,
    /// The forms holding a shown password field (capped): what tells a login or registration
    /// page whatever its name or language (absent in snapshots made before it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub password_forms: Vec<PasswordForm>,
    /// The schema.org types the page declares (JSON-LD `@type`, microdata `itemtype`) by their
    /// last name ("Recipe", "NewsArticle"), as written (absent in snapshots made before it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<String>,
    pub limits: SnapshotLimits,
}

/// How many of the page's declared types are read: the extractor keeps 20.
const TYPES_READ: usize = 32;

impl PageSnapshot {
    /// Whether the page declares the schema.org type `name` (any case: pages write "recipe" too).
    pub fn declares(&self, name: &str) -> bool {
        self.types.iter().take(TYPES_READ).any(|t| t.eq_ignore_ascii_case(name))
    }
}

/// The page's frames (`<iframe>`, `<frame>`). Their links belong to other documents: they are
/// counted here and never listed among the page's links or in its link profile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FrameCounts {
    /// Frames found, nested frames of readable ones included (capped by the extractor).
    pub frames: u32,
    /// Frames whose document the extractor could read (same origin).
    pub read: u32,
    /// Readable frames holding at least one link.
    pub with_links: u32,
    /// Links inside the readable frames.
    pub links: u32,
}

impl FrameCounts {
    /// Frames the extractor could not look into (another site's): their links are unknown.
    pub fn unread(&self) -> u32 {
        self.frames.saturating_sub(self.read)
    }
}

/// A form holding a shown password field (a field outside any form stands for its own form). In
/// JSON a compact row: `[passwords, inputs, chars, block]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "FormRow", into = "FormRow")]
pub struct PasswordForm {
    /// Its shown password fields (two: a password and its confirmation).
    pub passwords: u32,
    /// Its other shown fields a person fills in (name, e-mail, a country list…).
    pub inputs: u32,
    /// Characters of its text (labels, help, links), as the main text reads text.
    pub chars: u32,
    /// Index in [`PageSnapshot::blocks`] of the form's block (where it sits, as placement reads
    /// it); out of range (-1) when the extractor listed none.
    pub block: i64,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
struct FormRow(u32, u32, u32, i64);

impl From<FormRow> for PasswordForm {
    fn from(FormRow(passwords, inputs, chars, block): FormRow) -> Self {
        PasswordForm { passwords, inputs, chars, block }
    }
}

impl From<PasswordForm> for FormRow {
    fn from(f: PasswordForm) -> Self {
        FormRow(f.passwords, f.inputs, f.chars, f.block)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MetaTags {
    pub description: String,
    /// `<meta name="robots">` content joined with `<meta name="googlebot">` (comma-separated).
    pub robots: String,
    pub keywords: String,
    /// `<meta name="generator">`: the site software ("MediaWiki 1.41.0", "Discourse 3.2").
    pub generator: String,
    /// `<meta property="og:url">`: the address the page shares itself under ("" when absent).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub og_url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    /// Index in [`PageSnapshot::blocks`] of the nearest listed block holding the heading: the box
    /// it heads ("Sponsored Content" over a list of ads); out of range (-1) when the extractor
    /// listed none (and in snapshots from before it recorded it).
    pub block: i64,
}

impl Default for Heading {
    fn default() -> Self {
        Heading { level: 0, text: String::new(), block: -1 }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DateObservation {
    /// `published` or `modified` (anything else is kept but ignored).
    pub kind: String,
    /// Where it was found: `meta:<name>`, `time`, `json-ld`.
    pub source: String,
    /// The value as written (ISO 8601 when the page is well behaved).
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PageTech {
    pub favicon: bool,
    pub google_tag_manager: bool,
    pub analytics: bool,
}

/// What the extractor had to drop to stay bounded on a hostile page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SnapshotLimits {
    /// True when anything below was cut.
    pub capped: bool,
    /// Links found before capping (`document.links`, SVG and shadow-root links).
    pub links_found: u32,
    pub max_links: u32,
    pub text_truncated: bool,
    pub max_text_chars: u32,
}

/// One `<a href>` / `<area href>` of the page. In JSON, fields at their default may be left out
/// (the extractor sends only what differs: a third of the bytes), `rawHref` when it is the
/// `href` as written, `lang` when it is the page's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LinkObservation {
    /// Position in document order (0-based), stable across the snapshot.
    pub index: u32,
    /// The resolved URL (`a.href`): absolute and normalized by the browser.
    pub href: String,
    /// The `href` attribute as written (to tell "" and "#top" from real URLs); `None` when it
    /// is written as the resolved `href` (most links: the extractor then leaves it out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw_href: Option<String>,
    /// Visible text, whitespace-collapsed, capped.
    pub text: String,
    /// The `title` attribute.
    pub title: String,
    /// The `aria-label` attribute (an icon link's name), "" when absent.
    pub aria_label: String,
    /// True when the link wraps an `<img>`.
    pub has_image: bool,
    /// `alt` of the first image inside the link.
    pub image_alt: String,
    /// The `rel` attribute as written (tokens split later, on whitespace and commas).
    pub rel: String,
    pub target: String,
    /// Nearest `lang` attribute of the link or its ancestors ("" if none).
    pub lang: String,
    pub region: Region,
    pub context: LinkContext,
    pub visibility: Visibility,
    /// A short window of the text around the link (its block's text, capped).
    pub surrounding: String,
    /// Index in [`PageSnapshot::blocks`] of the link's block (its nearest non-inline ancestor);
    /// out of range (-1) when the extractor listed none.
    pub block: i64,
}

impl LinkObservation {
    /// The `href` attribute as written.
    pub fn raw_href(&self) -> &str {
        self.raw_href.as_deref().unwrap_or(&self.href)
    }
}

/// One element of the page's block tree (a non-inline element), as the extractor observed it.
/// In JSON a compact row: `[parent, tag, role, hint, text, linkText, nested]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "BlockRow", into = "BlockRow")]
pub struct Block {
    /// Index of the parent block, always lower than the block's own; negative for the root.
    pub parent: i64,
    /// The element's local name (`div`, `article`, `nav`…).
    pub tag: String,
    /// Its first ARIA `role` token, lowercased ("" when none).
    pub role: String,
    /// Its `id` and `class` as written, capped: the page's own words for it, weak evidence.
    pub hint: String,
    /// Characters of text directly in it (not in a child block) outside links.
    pub text: u32,
    /// Characters of link text directly in it.
    pub link_text: u32,
    /// Characters of small descendant blocks the extractor did not list.
    pub nested: u32,
}

#[derive(Serialize, Deserialize)]
struct BlockRow(i64, String, String, String, u32, u32, u32);

impl From<BlockRow> for Block {
    fn from(BlockRow(parent, tag, role, hint, text, link_text, nested): BlockRow) -> Self {
        Block { parent, tag, role, hint, text, link_text, nested }
    }
}

impl From<Block> for BlockRow {
    fn from(b: Block) -> Self {
        BlockRow(b.parent, b.tag, b.role, b.hint, b.text, b.link_text, b.nested)
    }
}

/// The page landmark a link sits in, found by walking up from the link.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Region {
    /// `<main>`, `<article>`, `[role=main]`.
    Main,
    Nav,
    Header,
    Footer,
    /// `<aside>`, `[role=complementary]`, sidebars and widgets.
    Aside,
    /// A comments section (`#comments`, `.comment…`).
    Comments,
    /// In no landmark at all.
    #[default]
    Body,
    /// Next to the main content but not part of what it says: a byline, a share bar, a tag
    /// list, a related-posts box inside the article column. Decided by the core
    /// ([`crate::placement`]); the extractor never reports it.
    Boilerplate,
    /// A region this core does not know (from a newer extractor).
    Other,
}

impl Region {
    /// The site's menus, header, footer, sidebars and boilerplate: what every page of it repeats,
    /// not what this page says.
    pub fn is_chrome(self) -> bool {
        matches!(self, Region::Nav | Region::Header | Region::Footer | Region::Aside | Region::Boilerplate)
    }
}

impl crate::ids::Id for Region {
    const EVERY: &'static [Region] = &[
        Region::Main,
        Region::Nav,
        Region::Header,
        Region::Footer,
        Region::Aside,
        Region::Comments,
        Region::Body,
        Region::Boilerplate,
        Region::Other,
    ];
    const UNKNOWN: Option<Region> = Some(Region::Other);
    fn id(self) -> &'static str {
        match self {
            Region::Main => "main",
            Region::Nav => "nav",
            Region::Header => "header",
            Region::Footer => "footer",
            Region::Aside => "aside",
            Region::Comments => "comments",
            Region::Body => "body",
            Region::Boilerplate => "boilerplate",
            Region::Other => "other",
        }
    }
}

/// The block the link sits in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum LinkContext {
    /// Inside a `<p>` (or `blockquote`, `dd`, `td`) with prose around it.
    Paragraph,
    /// Inside a list item.
    List,
    /// Styled or marked up as a button (`role=button`, `.btn`, `.button`).
    Button,
    /// Inside a heading.
    Heading,
    /// Any other block, or one this core does not know.
    #[default]
    Other,
}

impl crate::ids::Id for LinkContext {
    const EVERY: &'static [LinkContext] = &[LinkContext::Paragraph, LinkContext::List, LinkContext::Button, LinkContext::Heading, LinkContext::Other];
    const UNKNOWN: Option<LinkContext> = Some(LinkContext::Other);
    fn id(self) -> &'static str {
        match self {
            LinkContext::Paragraph => "paragraph",
            LinkContext::List => "list",
            LinkContext::Button => "button",
            LinkContext::Heading => "heading",
            LinkContext::Other => "other",
        }
    }
}

/// Whether a user can see the link.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Visibility {
    #[default]
    Visible,
    /// `display:none`, `visibility:hidden`, `opacity:0`, `hidden`, or inside such an ancestor.
    Hidden,
    /// Hidden inside a panel the reader opens: a closed `<details>`, tab or accordion panel.
    Collapsed,
    /// Rendered with no area (0×0 box, font-size 0).
    ZeroSize,
    /// Positioned outside the page (e.g. `text-indent:-9999px`, `left:-10000px`).
    OffScreen,
    /// A state this core does not know (from a newer extractor).
    Other,
}

impl crate::ids::Id for Visibility {
    const EVERY: &'static [Visibility] =
        &[Visibility::Visible, Visibility::Hidden, Visibility::Collapsed, Visibility::ZeroSize, Visibility::OffScreen, Visibility::Other];
    const UNKNOWN: Option<Visibility> = Some(Visibility::Other);
    fn id(self) -> &'static str {
        match self {
            Visibility::Visible => "visible",
            Visibility::Hidden => "hidden",
            Visibility::Collapsed => "collapsed",
            Visibility::ZeroSize => "zero-size",
            Visibility::OffScreen => "off-screen",
            Visibility::Other => "other",
        }
    }
}

crate::ids::serde_by_id!(Region, LinkContext, Visibility);

impl Visibility {
    /// True for every state a reader cannot see.
    pub fn is_hidden(self) -> bool {
        !matches!(self, Visibility::Visible)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_from_before_frame_counts_parses_with_none() {
        let old = r#"{"schemaVersion":1,"url":"https://example.com/","links":[{"index":0,"href":"https://a.example/"}],
            "limits":{"capped":false,"linksFound":1,"maxLinks":20000,"textTruncated":false,"maxTextChars":200000}}"#;
        let snapshot: PageSnapshot = serde_json::from_str(old).unwrap();
        assert_eq!(snapshot.frames, FrameCounts::default());
        assert_eq!(snapshot.links.len(), 1);
        assert_eq!(snapshot.limits.links_found, 1);
    }

    #[test]
    fn frame_counts_parse_in_camel_case_and_tolerate_missing_fields() {
        let json = r#"{"frames":{"frames":4,"read":3,"withLinks":2,"links":12}}"#;
        let snapshot: PageSnapshot = serde_json::from_str(json).unwrap();
        assert_eq!(snapshot.frames, FrameCounts { frames: 4, read: 3, with_links: 2, links: 12 });
        assert_eq!(snapshot.frames.unread(), 1);
        let partial: PageSnapshot = serde_json::from_str(r#"{"frames":{"frames":2}}"#).unwrap();
        assert_eq!(partial.frames, FrameCounts { frames: 2, ..FrameCounts::default() });
        assert_eq!(partial.frames.unread(), 2);
        // A hostile extractor result cannot make the count underflow.
        let odd: PageSnapshot = serde_json::from_str(r#"{"frames":{"frames":1,"read":5}}"#).unwrap();
        assert_eq!(odd.frames.unread(), 0);
    }

    #[test]
    fn a_link_without_raw_href_was_written_as_its_href_and_an_empty_one_stays_empty() {
        let json = r#"{"links":[{"href":"https://a.example/x"},{"href":"https://a.example/","rawHref":""},{"index":2,"href":"https://b.example/","rawHref":"/y","block":3}]}"#;
        let links = serde_json::from_str::<PageSnapshot>(json).unwrap().links;
        assert_eq!(links[0].raw_href(), "https://a.example/x");
        assert_eq!(links[1].raw_href(), "");
        assert_eq!((links[2].index, links[2].raw_href(), links[2].block, links[2].region), (2, "/y", 3, Region::Body));
        // What the core writes it reads back the same.
        let snapshot = PageSnapshot { links, ..PageSnapshot::default() };
        assert_eq!(serde_json::from_str::<PageSnapshot>(&serde_json::to_string(&snapshot).unwrap()).unwrap(), snapshot);
    }

    #[test]
    fn frame_counts_round_trip() {
        let snapshot = PageSnapshot { frames: FrameCounts { frames: 3, read: 2, with_links: 1, links: 7 }, ..PageSnapshot::default() };
        let json = serde_json::to_string(&snapshot).unwrap();
        assert!(json.contains(r#""frames":{"frames":3,"read":2,"withLinks":1,"links":7}"#), "{json}");
        assert_eq!(serde_json::from_str::<PageSnapshot>(&json).unwrap(), snapshot);
    }
}
