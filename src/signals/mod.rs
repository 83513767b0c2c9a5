//! Link-quality signals, one module per family (SPEC §4.1). Each module exports `SIGNAL` (a
//! [`Judgement`]: stable kebab-case id, title and description for the catalog), its `Weights`
//! (serde, with defaults) and a pure `evaluate` that appends named contributions. A new signal is
//! one new file plus one line in the `modules` list below: [`LINK_SIGNALS`] and [`LinkWeights`]
//! are generated from it.

use crate::intel::{Authority, Categories};
use crate::links::{Rel, WebUrl};
use crate::judgement::{registry, Judgement};
use crate::report::{AnchorSource, Contribution};
use crate::snapshot::{LinkObservation, Region};

pub mod anchor_text;
pub mod authority;
pub mod base;
pub mod destination;
pub mod neighbourhood;
pub mod page_context;
pub mod placement;
pub mod rel;
#[cfg(test)]
mod registry_test_signal;

/// What a signal may look at for one external link.
pub struct LinkInput<'a> {
    pub link: &'a LinkObservation,
    /// Where the link sits, as [`crate::placement`] decided (not the extractor's first guess).
    pub region: Region,
    pub url: &'a WebUrl,
    /// Destination registrable domain (or host when it has none).
    pub site: &'a str,
    pub rel: &'a Rel,
    pub anchor: &'a str,
    pub anchor_source: AnchorSource,
    /// The destination site's authority; `None` when no domain data was loaded.
    pub authority: Option<Authority>,
    /// Bad-neighbourhood categories of the destination host (empty without domain data).
    pub categories: Categories,
    /// The ad word of the small box the link sits in (`crate::ads::ad_boxes`), if any.
    pub ad_box: Option<&'static str>,
    pub page: &'a PageContext,
}

/// Facts about the whole page that per-link signals need.
#[derive(Debug, Clone, Default)]
pub struct PageContext {
    pub robots_nofollow: bool,
    /// The registrable domains of the page's URL and of its canonical URL (the page's own
    /// addresses, whoever serves a copy of it).
    pub sites: Vec<String>,
    /// Primary language subtag of the page (`"de"` for `de-AT`), lowercase, "" when unknown.
    pub lang: String,
    /// External links on the page (they share its equity).
    pub external_links: u32,
    /// `"N external links"`, written once per page rather than once per link.
    pub external_links_text: String,
    /// External links in the page footer that could be placed ones (a block of them looks sitewide;
    /// `page_context::placed_footer_links`).
    pub footer_external_links: u32,
}

/// A registered signal: its catalog entry and its evaluator over the whole weights config.
pub struct LinkSignal {
    pub judgement: Judgement,
    pub evaluate: fn(&LinkInput, &LinkWeights, &mut Vec<Contribution>),
}

registry! {
    /// Points for every link-quality signal, one field per signal module. Missing fields take
    /// their defaults, so a stored or user-tuned config survives new signals.
    weights: LinkWeights,
    /// Every link signal, in evaluation (and display) order. `base` first: every external link
    /// starts there.
    registry: LINK_SIGNALS: LinkSignal<LinkInput<'_>>,
    meta: SIGNAL,
    modules: [base, rel, placement, anchor_text, destination, authority, neighbourhood, page_context],
    test_modules: [registry_test_signal],
}

/// Builds the signals' lookup tables (see [`crate::warm_up`]).
pub fn warm_up() {
    anchor_text::warm_up();
    destination::warm_up();
}

/// Primary language subtag as written: `"pt-BR"` → `"pt"` (compare it case-insensitively).
pub fn primary_lang(tag: &str) -> &str {
    tag.trim().split(['-', '_']).next().unwrap_or("")
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::links::parse_rel;

    /// Runs one signal on a link built by `edit` from an in-content followed link.
    pub fn run(signal: &Judgement, edit: impl FnOnce(&mut LinkObservation, &mut PageContext)) -> Vec<Contribution> {
        run_with(signal, None, Categories::NONE, edit)
    }

    /// [`run`] with domain data for the destination.
    pub fn run_with(
        signal: &Judgement,
        authority: Option<Authority>,
        categories: Categories,
        edit: impl FnOnce(&mut LinkObservation, &mut PageContext),
    ) -> Vec<Contribution> {
        let mut link = LinkObservation {
            href: "https://www.example.org/guide".into(),
            
            text: "a thorough guide to sourdough".into(),
            ..Default::default()
        };
        let mut page = PageContext { external_links: 30, ..Default::default() };
        edit(&mut link, &mut page);
        page.external_links_text = format!("{} external links", page.external_links);
        let url = WebUrl::parse(&link.href).expect("test href parses");
        let rel = parse_rel(&link.rel);
        let (anchor, anchor_source) = crate::links::anchor_of(&link);
        let site = crate::domain::site_of(url.host());
        let input = LinkInput { link: &link, region: link.region, url: &url, site: &site, rel: &rel, anchor, anchor_source, authority, categories, ad_box: None, page: &page };
        let mut out = Vec::new();
        // Through the registry, so a signal tested here is also a registered one.
        let registered = LINK_SIGNALS.iter().find(|s| s.judgement.id == signal.id).expect("the signal is registered");
        (registered.evaluate)(&input, &LinkWeights::default(), &mut out);
        out
    }

    pub fn total(c: &[Contribution]) -> i32 {
        c.iter().map(|c| c.weight).sum()
    }
}
