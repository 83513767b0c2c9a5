//! Link-quality signals, one module per family (SPEC §4.1). Each module exports a [`LinkSignal`]:
//! a stable kebab-case id, a title and description for the catalog, and a pure `evaluate` that
//! appends named contributions. A new signal is one new file plus one line in [`LINK_SIGNALS`].

use crate::intel::{Authority, Categories};
use crate::links::{Rel, WebUrl};
use crate::report::{AnchorSource, Contribution, SignalInfo, Text};
use crate::scoring::LinkWeights;
use crate::snapshot::LinkObservation;

pub mod anchor_text;
pub mod authority;
pub mod destination;
pub mod neighbourhood;
pub mod page_context;
pub mod placement;
pub mod rel;

/// What a signal may look at for one external link.
pub struct LinkInput<'a> {
    pub link: &'a LinkObservation,
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
    pub page: &'a PageContext,
}

/// Facts about the whole page that per-link signals need.
#[derive(Debug, Clone, Default)]
pub struct PageContext {
    pub robots_nofollow: bool,
    /// Primary language subtag of the page (`"de"` for `de-AT`), lowercase, "" when unknown.
    pub lang: String,
    /// External links on the page (they share its equity).
    pub external_links: u32,
    /// `"N external links"`, written once per page rather than once per link.
    pub external_links_text: String,
    /// External links in the page footer (a block of them looks sitewide).
    pub footer_external_links: u32,
}

pub type Evaluate = fn(&LinkInput, &LinkWeights, &mut Vec<Contribution>);

/// A signal family's catalog entry and its evaluator.
pub struct LinkSignal {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub evaluate: Evaluate,
}

impl LinkSignal {
    pub fn info(&self) -> SignalInfo {
        SignalInfo { id: self.id.into(), title: self.title.into(), description: self.description.into() }
    }

    /// A contribution from this signal.
    pub fn contribution(&self, weight: i32, value: impl Into<Text>, reason: impl Into<Text>) -> Contribution {
        Contribution { signal: self.id.into(), weight, value: value.into(), reason: reason.into() }
    }
}

/// The starting point every external link's score is built on; listed in the catalog so the sum
/// of contributions shown to the user adds up to the score.
pub const BASE: LinkSignal = LinkSignal {
    id: "base",
    title: "Starting point",
    description: "Every external link starts here; the signals below add or take points.",
    evaluate: |_, w, out| out.push(BASE.contribution(w.base, "external link", "starting point for an external link")),
};

/// Every link signal, in evaluation (and display) order.
pub const LINK_SIGNALS: &[LinkSignal] = &[
    BASE,
    rel::SIGNAL,
    placement::SIGNAL,
    anchor_text::SIGNAL,
    destination::SIGNAL,
    authority::SIGNAL,
    neighbourhood::SIGNAL,
    page_context::SIGNAL,
];

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
    pub fn run(signal: &LinkSignal, edit: impl FnOnce(&mut LinkObservation, &mut PageContext)) -> Vec<Contribution> {
        run_with(signal, None, Categories::NONE, edit)
    }

    /// [`run`] with domain data for the destination.
    pub fn run_with(
        signal: &LinkSignal,
        authority: Option<Authority>,
        categories: Categories,
        edit: impl FnOnce(&mut LinkObservation, &mut PageContext),
    ) -> Vec<Contribution> {
        let mut link = LinkObservation {
            href: "https://www.example.org/guide".into(),
            raw_href: "https://www.example.org/guide".into(),
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
        let input = LinkInput { link: &link, url: &url, site: &site, rel: &rel, anchor, anchor_source, authority, categories, page: &page };
        let mut out = Vec::new();
        (signal.evaluate)(&input, &LinkWeights::default(), &mut out);
        out
    }

    pub fn total(c: &[Contribution]) -> i32 {
        c.iter().map(|c| c.weight).sum()
    }
}
