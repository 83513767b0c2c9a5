//! The one entry point: a page snapshot and the user's profile in, a Report out. Pure and
//! deterministic: no clock, no randomness, no I/O; same input, same Report.

use std::cmp::Reverse;
use std::collections::HashSet;


use crate::domain::site_of;
use crate::intel::{Categories, Category, DomainIntel};
use crate::links::{anchor_of, parse_rel, robots_nofollow, Classifier, Destination, Rel};
use crate::profile::Profile;
use crate::report::{CategoryCount, LinkKind, LinkReport, LinkSummary, PageFacts, Report, REPORT_VERSION};
use crate::scoring::{score_link, LinkWeights};
use crate::signals::{primary_lang, LinkInput, PageContext, LINK_SIGNALS};
use crate::snapshot::{LinkObservation, PageSnapshot, Region};

/// The core analyses at most this many links, whatever the snapshot holds (the extractor caps at
/// 20,000; this bounds a hand-made or tampered snapshot).
pub const MAX_LINKS: usize = 200_000;

/// Analyses one page for the user's profile.
///
/// ```
/// use backlink_bot::{analyze, PageSnapshot, Profile};
/// let snapshot: PageSnapshot = serde_json::from_str(r#"{
///   "url": "https://blog.example.com/post",
///   "links": [{"href": "https://en.wikipedia.org/wiki/Sourdough",
///              "rawHref": "https://en.wikipedia.org/wiki/Sourdough",
///              "text": "the history of sourdough", "region": "main", "context": "paragraph"}]
/// }"#).unwrap();
/// let report = analyze(&snapshot, &Profile::default());
/// assert_eq!(report.summary.external, 1);
/// assert!(report.links[0].score.unwrap() > 80);
/// ```
pub fn analyze(snapshot: &PageSnapshot, profile: &Profile) -> Report {
    analyze_with(snapshot, profile, None)
}

/// Everything the popup shows: link quality with the domain data when loaded, and prospect
/// suitability for `profile`. `now_days` (today, in days since 1970-01-01) is an input so the
/// same inputs always give the same Report.
pub fn analyze_prospect(snapshot: &PageSnapshot, profile: &Profile, intel: Option<&DomainIntel>, now_days: i64) -> Report {
    let mut report = analyze_with(snapshot, profile, intel);
    report.prospect = Some(crate::prospect::suitability::prospect(snapshot, &report, profile, now_days));
    report
}

/// Reads a page snapshot from the JSON `extension/extract.js` returns. The popup and the
/// `backlink-bot analyze` CLI both read snapshots through here, so they accept the same input.
pub fn read_snapshot(json: &str) -> Result<PageSnapshot, serde_json::Error> {
    serde_json::from_str(json)
}

/// Why the popup draws no Report for a page it did read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Chrome's PDF viewer: the snapshot describes the viewer, not the document's links.
    Pdf,
}

impl Refusal {
    /// Stable id (the popup's `data-error`).
    pub const fn id(self) -> &'static str {
        match self {
            Refusal::Pdf => "pdf",
        }
    }

    /// What to tell the user.
    pub const fn message(self) -> &'static str {
        match self {
            Refusal::Pdf => "PDF documents can't be analysed: Chrome's PDF viewer does not expose the document's links.",
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// Exactly what the popup shows for one extracted page: [`analyze_prospect`], or why it shows no
/// Report. The popup and the `backlink-bot analyze` CLI both call this, so they cannot drift.
pub fn popup_report(snapshot: &PageSnapshot, profile: &Profile, intel: Option<&DomainIntel>, today: i64) -> Result<Report, Refusal> {
    if snapshot.content_type == "application/pdf" {
        return Err(Refusal::Pdf);
    }
    Ok(analyze_prospect(snapshot, profile, intel, today))
}

/// [`analyze`] with the offline domain data (authority tiers, bad neighbourhoods), when loaded.
pub fn analyze_with(snapshot: &PageSnapshot, profile: &Profile, intel: Option<&DomainIntel>) -> Report {
    let page_url = crate::domain::parse_url(&snapshot.url);
    let page_host = page_url.as_ref().and_then(|u| u.host_str()).unwrap_or("").to_string();
    let page_site = site_of(&page_host);
    let links = snapshot.links.get(..MAX_LINKS).unwrap_or(&snapshot.links);

    let mut classifier = Classifier::new(&page_site, intel);
    let classified: Vec<_> = links.iter().map(|link| (classifier.classify(link), parse_rel(&link.rel))).collect();
    let ad_boxes = crate::ads::ad_boxes(snapshot, links);
    let (regions, content_found) = crate::placement::regions(snapshot, links, &ad_boxes);
    let mut page = page_context(snapshot, links, &regions, &classified, &page_site);
    page.sites = own_sites(snapshot);

    let mut tally = Tally::default();
    // Kept apart so only external links need sorting: the others stay in page order.
    let mut external = Vec::with_capacity(page.external_links as usize);
    let mut internal = Vec::new();
    let mut elsewhere = Vec::new();
    for (((link, (dest, rel)), region), ad_box) in links.iter().zip(classified).zip(regions).zip(ad_boxes) {
        let report = link_report(link, region, ad_box, dest, rel, &page, &profile.weights);
        tally.add(&report);
        match report.kind {
            LinkKind::External => external.push(report),
            LinkKind::Internal => internal.push(report),
            _ => elsewhere.push(report),
        }
    }
    // Best external links first (page order breaks ties); then internal; then the rest.
    external.sort_unstable_by_key(|r| (Reverse(r.score), r.index));
    let mut reports = external;
    reports.append(&mut internal);
    reports.append(&mut elsewhere);

    let page_authority = intel.map(|intel| intel.authority(&page_site));
    let page_categories = intel.map_or(Categories::NONE, |intel| intel.categories(&page_host, &page_site));
    // The best links show a piece of their sentence; only they, so a 20,000-link page pays for
    // five snippets, not one per link.
    for pos in crate::listing::best_links_of(&reports) {
        if let Some(report) = reports.get_mut(pos) {
            if let Some(link) = links.iter().find(|l| l.index == report.index) {
                report.snippet = crate::listing::snippet(&link.surrounding, &report.anchor, SNIPPET_CHARS);
            }
        }
    }
    let links_to_me = reports.iter().filter(|r| r.kind == LinkKind::External && profile.my_domains.contains(&r.domain)).map(|r| r.index).collect();
    Report {
        schema_version: REPORT_VERSION,
        page: PageFacts {
            url: snapshot.url.clone(),
            host: page_host,
            site: page_site,
            title: snapshot.title.clone(),
            lang: snapshot.lang.clone(),
            robots_nofollow: page.robots_nofollow,
            capped: snapshot.limits.capped || snapshot.links.len() > MAX_LINKS,
            content_found,
            links_found: snapshot.limits.links_found.max(snapshot.links.len() as u32),
            links_analyzed: links.len() as u32,
            frames: snapshot.frames,
            authority: page_authority,
            categories: page_categories,
        },
        summary: tally.summary(&page, intel.is_some()),
        links: reports,
        signals: LINK_SIGNALS.iter().map(|s| s.judgement.info()).collect(),
        link_start: profile.weights.base.0,
        prospect: None,
        links_to_me,
    }
}

/// The registrable domains of the page's URL, its canonical URL and its `og:url`, without repeats.
pub(crate) fn own_sites(snapshot: &PageSnapshot) -> Vec<String> {
    let mut sites: Vec<String> = Vec::new();
    for url in [&snapshot.url, &snapshot.canonical, &snapshot.meta.og_url] {
        if let Some(site) = crate::links::WebUrl::parse(url).map(|u| site_of(u.host())).filter(|s| !s.is_empty() && !sites.contains(s)) {
            sites.push(site);
        }
    }
    sites
}

/// The page-wide facts per-link signals need.
fn page_context(snapshot: &PageSnapshot, links: &[LinkObservation], regions: &[Region], classified: &[(Destination, Rel)], site: &str) -> PageContext {
    let robots = robots_nofollow(&snapshot.meta.robots);
    let mut page = PageContext { robots_nofollow: robots, lang: primary_lang(&snapshot.lang).to_ascii_lowercase(), ..Default::default() };
    let mut footer = Vec::new();
    for ((link, region), (dest, _)) in links.iter().zip(regions).zip(classified) {
        if dest.kind == LinkKind::External {
            page.external_links += 1;
            if *region == Region::Footer {
                let host = dest.url.as_ref().map_or("", |u| u.host());
                footer.push((anchor_of(link).0, host, dest.site.as_str()));
            }
        }
    }
    page.footer_external_links = crate::signals::page_context::placed_footer_links(&footer, site);
    page.external_links_text = format!("{} external links", page.external_links);
    page
}

/// One link's row: its classification and, for an external link, its score.
fn link_report(link: &LinkObservation, region: Region, ad_box: Option<&'static str>, dest: Destination, rel: Rel, page: &PageContext, weights: &LinkWeights) -> LinkReport {
    let (anchor, anchor_source) = anchor_of(link);
    let followed = !(rel.nofollow || rel.sponsored || rel.ugc || page.robots_nofollow);
    let (score, contributions) = match (&dest.url, dest.kind) {
        (Some(url), LinkKind::External) => {
            let input = LinkInput {
                link,
                region,
                url,
                site: &dest.site,
                rel: &rel,
                anchor,
                anchor_source,
                authority: dest.authority,
                categories: dest.categories,
                ad_box,
                page,
            };
            let (score, contributions) = score_link(&input, weights);
            (Some(score), contributions)
        }
        _ => (None, Vec::new()),
    };
    LinkReport {
        index: link.index,
        href: dest.url.map(String::from).unwrap_or_else(|| link.href.clone()),
        kind: dest.kind,
        domain: dest.site,
        anchor: anchor.to_string(),
        anchor_source,
        rel: rel.tokens,
        followed,
        nofollow: rel.nofollow,
        sponsored: rel.sponsored,
        ugc: rel.ugc,
        region,
        context: link.context,
        visibility: link.visibility,
        hidden: link.visibility.is_hidden(),
        authority: dest.authority,
        categories: dest.categories,
        snippet: String::new(),
        score,
        contributions,
    }
}

/// Characters of the sentence kept around an in-text external link (two lines in the popup).
const SNIPPET_CHARS: usize = 140;

/// The link counts of the summary, added up row by row.
#[derive(Default)]
struct Tally {
    summary: LinkSummary,
    external_sites: HashSet<String>,
    category_links: [u32; Category::ALL.len()],
}

impl Tally {
    fn add(&mut self, r: &LinkReport) {
        let s = &mut self.summary;
        s.total += 1;
        s.hidden += u32::from(r.hidden);
        s.placement.add(r.region);
        match r.kind {
            LinkKind::Internal => s.internal += 1,
            LinkKind::External => {
                s.external += 1;
                s.followed += u32::from(r.followed);
                s.nofollow += u32::from(r.nofollow);
                s.sponsored += u32::from(r.sponsored);
                s.ugc += u32::from(r.ugc);
                if r.score.is_some() {
                    self.external_sites.insert(r.domain.clone());
                }
                for category in r.categories.iter() {
                    if let Some(n) = self.category_links.get_mut(category as usize) {
                        *n += 1;
                    }
                }
            }
            _ => s.other += 1,
        }
    }

    /// The summary; category counts only when the domain data was there to find them.
    fn summary(self, page: &PageContext, with_intel: bool) -> LinkSummary {
        let mut summary = self.summary;
        summary.unique_external_domains = self.external_sites.len() as u32;
        summary.footer_external = page.footer_external_links;
        if with_intel {
            summary.categories = Category::ALL
                .iter()
                .map(|&category| CategoryCount { category, label: category.label().into(), links: self.category_links.get(category as usize).copied().unwrap_or(0) })
                .collect();
        }
        summary
    }
}

#[cfg(test)]
mod tests {
    use crate::snapshot::{MetaTags, PageSnapshot};

    #[test]
    fn own_sites_read_the_url_canonical_and_og_url() {
        // A page read from a copy (a saved file, a cache) still knows its own site from og:url.
        let snapshot = PageSnapshot { url: "http://127.0.0.1/devset/a.html".into(), meta: MetaTags { og_url: "https://www.news.example.co.uk/story/1".into(), ..Default::default() }, ..Default::default() };
        assert_eq!(super::own_sites(&snapshot), ["127.0.0.1", "example.co.uk"]);
        assert!(crate::share::hands_over_page("share.example", Some("u=https%3A%2F%2Fwww.news.example.co.uk%2Fstory%2F1"), &super::own_sites(&snapshot)));
        let plain = PageSnapshot { url: "https://blog.example/post".into(), canonical: "https://blog.example/post".into(), ..Default::default() };
        assert_eq!(super::own_sites(&plain), ["blog.example"], "no repeats, no empty og:url");
    }

    #[test]
    fn an_ad_unit_between_the_texts_paragraphs_is_not_its_content() {
        // Mediavine's slots between a food blog's paragraphs (blind round 57).
        use crate::snapshot::{Block, LinkContext, LinkObservation, Region};
        let block = |parent: i64, tag: &str, hint: &str, text: u32| Block { parent, tag: tag.into(), hint: hint.into(), text, ..Block::default() };
        let blocks = vec![
            block(-1, "body", "", 0),
            block(0, "article", "post", 0),
            block(1, "p", "", 900),
            block(1, "div", "content_btf_wrapper adunitwrapper", 0),
            block(3, "div", "mediavine", 0),
            block(1, "p", "", 900),
        ];
        let link = |index: u32, block: i64, href: &str| LinkObservation { index, block, href: href.into(), text: "a source".into(), region: Region::Main, context: LinkContext::Paragraph, ..LinkObservation::default() };
        let links = vec![link(0, 2, "https://source.example/study"), link(1, 4, "https://www.mediavine.example/"), link(2, 5, "https://other.example/report")];
        let snapshot = PageSnapshot { url: "https://blog.example/post".into(), blocks, links, word_count: 400, ..PageSnapshot::default() };
        let report = super::analyze(&snapshot, &crate::profile::Profile::default());
        let region = |i: u32| report.links.iter().find(|l| l.index == i).map(|l| l.region);
        assert_eq!((region(0), region(1), region(2)), (Some(Region::Main), Some(Region::Boilerplate), Some(Region::Main)));
    }
}
