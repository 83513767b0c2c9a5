//! The output of the core: everything the views draw, as plain JSON-safe data.
//!
//! No `u64`/`usize` here (JavaScript numbers), no maps with unstable order: same input, same
//! bytes out.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::intel::{Authority, Categories, Category};
use crate::snapshot::{FrameCounts, LinkContext, Region, Visibility};

/// Version of the Report format, bumped on incompatible changes (saved opportunities keep it).
pub const REPORT_VERSION: u32 = 1;

/// Static or computed text; signal ids and most reasons are static, so they cost no allocation.
pub type Text = Cow<'static, str>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub schema_version: u32,
    pub page: PageFacts,
    pub summary: LinkSummary,
    /// Display order: scored external links by score (best first, ties in page order), then
    /// internal links, then the rest (mailto:, javascript:, fragments…), each in page order.
    pub links: Vec<LinkReport>,
    /// Catalog of the signals that can appear in contributions, so views never copy titles.
    pub signals: Vec<SignalInfo>,
    /// The points every external link's score starts from (the `base` weight): a score is this
    /// plus its contributions, clamped to 0–100.
    pub link_start: i32,
    /// Prospect suitability for the user's site (`null` when not asked for: [`crate::analyze`]
    /// judges links only).
    pub prospect: Option<crate::prospect::suitability::Prospect>,
    /// The extractor's indices of the page's external links to one of my domains (the profile's
    /// `myDomains`), in display order: the page already links to me.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links_to_me: Vec<u32>,
}

impl Report {
    /// The page's own external links: a comment section's links are its commenters' (each name
    /// links the commenter's site), which the site neither chose nor, mostly, follows. A popular
    /// food blog's 332 commenters made it "357 outbound links: a link-farm pattern" (blind
    /// round 54: Smitten Kitchen, Homesick Texan).
    pub fn own_external_links(&self) -> impl Iterator<Item = &LinkReport> {
        self.links.iter().filter(|l| l.kind == LinkKind::External && l.region != crate::snapshot::Region::Comments)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageFacts {
    pub url: String,
    pub host: String,
    /// The page's registrable domain, or its host when it has none (IP literal, localhost).
    pub site: String,
    pub title: String,
    pub lang: String,
    /// `<meta name=robots>` says nofollow (or none): no link on the page passes equity.
    pub robots_nofollow: bool,
    /// The extractor dropped links or text to stay bounded; counts cover what was kept.
    pub capped: bool,
    /// Placement found the block holding the page's running text: links left in `body` are
    /// outside it. (False on snapshots without a block tree.)
    #[serde(default)]
    pub content_found: bool,
    pub links_found: u32,
    pub links_analyzed: u32,
    /// Links inside the page's frames: another document's, not part of this link profile
    /// (absent in reports saved before it).
    #[serde(default)]
    pub frames: FrameCounts,
    /// The page's own site in the offline authority data; `null` when no data was loaded.
    pub authority: Option<Authority>,
    /// The page's own host in the bad-neighbourhood lists (empty without domain data; absent in
    /// reports saved before it).
    #[serde(default)]
    pub categories: Categories,
}

/// Page-level link profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkSummary {
    /// Every link analysed (`<a href>` and `<area href>`).
    pub total: u32,
    /// http(s) links to the page's own site.
    pub internal: u32,
    /// http(s) links to other sites.
    pub external: u32,
    /// Links that go nowhere on the web: mailto:, tel:, javascript:, fragments, empty hrefs…
    pub other: u32,
    /// Distinct registrable domains among external links.
    pub unique_external_domains: u32,
    /// External links that pass equity (no nofollow/sponsored/ugc, page not nofollow).
    pub followed: u32,
    /// External links carrying each token (a link may carry several).
    pub nofollow: u32,
    pub sponsored: u32,
    pub ugc: u32,
    /// Links a reader cannot see (any kind of link).
    pub hidden: u32,
    /// External links in the page footer that could be placed ones (a block of them looks sitewide;
    /// `page_context::placed_footer_links`).
    pub footer_external: u32,
    /// Where the links sit (every link counted once).
    pub placement: PlacementCounts,
    /// External links into each bad-neighbourhood category, every category listed in a fixed
    /// order (empty when no domain data was loaded).
    pub categories: Vec<CategoryCount>,
}

/// External links of the page in one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryCount {
    pub category: Category,
    pub label: Text,
    pub links: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlacementCounts {
    pub content: u32,
    pub nav: u32,
    pub header: u32,
    pub footer: u32,
    pub sidebar: u32,
    pub comments: u32,
    /// Outside every landmark.
    pub other: u32,
}

impl PlacementCounts {
    pub(crate) fn add(&mut self, region: Region) {
        let slot = match region {
            Region::Main => &mut self.content,
            Region::Nav => &mut self.nav,
            Region::Header => &mut self.header,
            Region::Footer => &mut self.footer,
            Region::Aside => &mut self.sidebar,
            Region::Comments => &mut self.comments,
            Region::Boilerplate | Region::Body | Region::Other => &mut self.other,
        };
        *slot += 1;
    }
}

/// What a link is, before any judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    Internal,
    External,
    Mailto,
    Tel,
    Javascript,
    /// `#section` on the same document.
    Fragment,
    /// `href=""` or whitespace: reloads the page.
    Empty,
    /// Another scheme (ftp:, data:, chrome:…) or an unparseable URL.
    Other,
}

impl LinkKind {
    /// True for the kinds that point at a web destination.
    pub fn is_web(self) -> bool {
        matches!(self, LinkKind::Internal | LinkKind::External)
    }
}

/// Where the anchor text shown for a link came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorSource {
    Text,
    /// The link's `aria-label`: its text is a symbol or punctuation, not words.
    AriaLabel,
    ImageAlt,
    Title,
    /// Only a symbol (an icon-font glyph, an arrow, one letter): no words anywhere.
    Icon,
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkReport {
    pub index: u32,
    pub href: String,
    pub kind: LinkKind,
    /// Destination registrable domain, or host when it has none ("" for non-web links).
    pub domain: String,
    /// The anchor text a search engine would read: text, else image alt, else title.
    pub anchor: String,
    pub anchor_source: AnchorSource,
    /// `rel` tokens, lowercased, split on whitespace and commas, space-joined.
    pub rel: String,
    /// Passes equity: no nofollow/sponsored/ugc token and the page is not robots-nofollow.
    pub followed: bool,
    pub nofollow: bool,
    pub sponsored: bool,
    pub ugc: bool,
    pub region: Region,
    pub context: LinkContext,
    pub visibility: Visibility,
    pub hidden: bool,
    /// The destination site's authority (web links; `null` when no domain data was loaded).
    pub authority: Option<Authority>,
    /// The destination host's bad-neighbourhood categories, as ids.
    pub categories: Categories,
    /// 0–100 for external links; `null` for links that are not scored.
    pub score: Option<u8>,
    /// The terms of `score`, in signal order; they add up to it before clamping to 0–100.
    pub contributions: Vec<Contribution>,
    /// A short piece of the sentence around one of the best links (`listing::best_links`: the
    /// popup shows it under them); empty for every other link.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub snippet: String,
}

/// One named term of a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    /// Stable kebab-case id of the signal (see [`Report::signals`]).
    pub signal: Text,
    /// Points added to (or taken from) the score.
    pub weight: i32,
    /// What was observed, e.g. `"nofollow sponsored"` or `"footer"`.
    pub value: Text,
    /// One line a user can read.
    pub reason: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignalInfo {
    pub id: Text,
    pub title: Text,
    pub description: Text,
}

/// The popup's link filters: which rows each shows and how many there are, from the Report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkFilter {
    All,
    Followed,
    /// External links that pass no credit: nofollow, sponsored, ugc or a robots nofollow.
    NotFollowed,
    Internal,
    /// The page's chrome: menus, header, footer, sidebar, share and admin buttons, non-web links
    /// ([`crate::listing::is_chrome`]).
    Chrome,
    /// Links outlined as low-quality on the page: bad-neighbourhood destinations and poor
    /// followed links ([`crate::highlight::mark_of`]).
    LowQuality,
}

impl LinkFilter {
    pub const ALL: [LinkFilter; 6] = [LinkFilter::All, LinkFilter::Followed, LinkFilter::NotFollowed, LinkFilter::Internal, LinkFilter::Chrome, LinkFilter::LowQuality];

    pub const fn id(self) -> &'static str {
        match self {
            LinkFilter::All => "all",
            LinkFilter::Followed => "followed",
            LinkFilter::NotFollowed => "not-followed",
            LinkFilter::Internal => "internal",
            LinkFilter::Chrome => "chrome",
            LinkFilter::LowQuality => "low-quality",
        }
    }

    pub fn admits(self, link: &LinkReport) -> bool {
        match self {
            LinkFilter::All => true,
            LinkFilter::Followed => link.kind == LinkKind::External && link.followed,
            LinkFilter::NotFollowed => link.kind == LinkKind::External && !link.followed,
            LinkFilter::Internal => link.kind == LinkKind::Internal,
            LinkFilter::Chrome => crate::listing::is_chrome(link),
            LinkFilter::LowQuality => crate::highlight::mark_of(link) == Some(crate::highlight::Mark::LowQuality),
        }
    }

    /// How many rows it admits, from the summary (equal to counting rows; a test checks).
    pub fn count(self, report: &Report) -> u32 {
        let s = &report.summary;
        match self {
            LinkFilter::All => s.total,
            LinkFilter::Followed => s.followed,
            LinkFilter::NotFollowed => s.external.saturating_sub(s.followed),
            LinkFilter::Internal => s.internal,
            LinkFilter::Chrome => crate::listing::chrome_count(report) as u32,
            LinkFilter::LowQuality => report.links.iter().filter(|l| LinkFilter::LowQuality.admits(l)).count() as u32,
        }
    }
}

#[cfg(test)]
mod filter_tests {
    use super::LinkFilter;
    use crate::snapshot::{LinkObservation, PageSnapshot};

    #[test]
    fn counts_equal_the_rows_admitted() {
        let link = |href: &str, rel: &str| LinkObservation { href: href.into(), rel: rel.into(), text: "x".into(), ..Default::default() };
        let page = PageSnapshot {
            url: "https://blog.example.com/post".into(),
            links: vec![
                link("https://a.example/", ""),
                link("https://b.example/", "nofollow"),
                link("https://c.example/", "sponsored ugc"),
                link("https://blog.example.com/about", ""),
                link("mailto:x@example.com", ""),
            ],
            ..Default::default()
        };
        let report = crate::analyze(&page, &crate::Profile::default());
        for filter in LinkFilter::ALL {
            let rows = report.links.iter().filter(|l| filter.admits(l)).count() as u32;
            assert_eq!(filter.count(&report), rows, "{}", filter.id());
        }
        assert_eq!(LinkFilter::NotFollowed.count(&report), 2);
    }
}
