//! Prospect factors (SPEC §4.2): the judgements that make the prospect score, one module each,
//! exactly as link signals make a link's score. Each module exports `FACTOR` (a [`Judgement`]),
//! its `Weights` (serde, with defaults) and a pure `evaluate` over a [`ProspectInput`]. The
//! score is the sum of every factor's contributions, clamped to 0–100.
//!
//! Measurements that several factors or the popup need (relevance, openings, contacts,
//! freshness, spam-likeness) are made once, before the factors run, and passed in as typed
//! facts; a factor never reads another's reason text. A measurement and its points live in one
//! file where the measurement is the factor's own (`relevance`, `freshness`, `spam`,
//! `opportunities`); factors over shared facts live here.
//!
//! A new factor is one new file plus one line in the `modules` list below.

use super::contacts::Contacts;
use super::freshness::{self, Freshness};
use super::openings::{self, Opening};
use super::relevance::{self, Relevance};
use super::spam::{self, SpamLikeness};
use crate::judgement::{registry, Judgement};
use crate::profile::Profile;
use crate::report::{Contribution, LinkKind, LinkReport, Report};
use crate::snapshot::{LinkContext, Region};
use crate::snapshot::PageSnapshot;

pub mod base;
pub mod ceiling;
pub mod contactability;
pub mod language;
pub mod link_behaviour;
pub mod page_kind;
pub mod page_neighbourhood;
#[cfg(test)]
mod registry_test_factor;
pub mod site_authority;

/// What a factor may look at: the page, its link Report, the profile, and the facts measured once.
pub struct ProspectInput<'a> {
    pub snapshot: &'a PageSnapshot,
    pub report: &'a Report,
    pub profile: &'a Profile,
    pub relevance: &'a Relevance,
    pub openings: &'a [Opening],
    pub contacts: &'a Contacts,
    pub freshness: &'a Freshness,
    pub spam: &'a SpamLikeness,
    /// Why the page is not a prospect at all (a wiki, a login page…), when it is not.
    pub not_a_prospect: Option<&'a page_kind::NotAProspect>,
    /// The points every score starts from (`prospect-base`): the ceilings need the running sum.
    pub start: i32,
    /// The page is a resource page, a list to be added to: a long list of links out is what it
    /// offers, not a link farm's pattern (Sphinx's 411 projects, ht://Dig's 505 sites that use it,
    /// which asks to be told of more: blind rounds 35 and 44, Strong to their experts).
    pub list_to_join: bool,
}

/// A registered factor: its catalog entry and its evaluator over the whole weights config.
pub struct ProspectFactor {
    pub judgement: Judgement,
    pub evaluate: fn(&ProspectInput, &ProspectWeights, &mut Vec<Contribution>),
}

registry! {
    /// Points for every prospect factor, one field per factor module; stored in the profile
    /// beside the link weights, missing fields take their defaults.
    weights: ProspectWeights,
    /// Every prospect factor, in evaluation (and display) order.
    registry: PROSPECT_FACTORS: ProspectFactor<ProspectInput<'_>>,
    meta: FACTOR,
    modules: [base, page_neighbourhood, page_kind, relevance, openings, link_behaviour, site_authority, spam, freshness, language, contactability, ceiling],
    test_modules: [registry_test_factor],
}

/// The page's editorial links out: external links in its text (`main`, or `body` where
/// placement did not find the text: then body links are the page's chrome), not an app button,
/// a heading's link, a share button or a "Get Flash Player" prompt that sit in the same block.
/// Prose outside `<p>`, as in many forums' posts, counts. Followed or not: callers choose.
pub fn links_out(report: &Report) -> impl Iterator<Item = &LinkReport> {
    editorial_links(report, !report.page.content_found)
}

/// A thread's links out: as [`links_out`], and the replies' too. Placement reads a thread's
/// first post as its text and the replies around it as `body`, but on a forum or Q&A page the
/// replies are the content (an answer citing a guide is the habit to pitch into).
pub fn thread_links_out(report: &Report) -> impl Iterator<Item = &LinkReport> {
    editorial_links(report, true)
}

/// External links in `main` (and `body` when `with_body`) that are not buttons, headings' links,
/// prompts, ads, account or page actions ("Subscribe", "Edit on GitHub") or social profiles (a critic's "@name" under the review is a byline, not a source:
/// The New Republic on the development set).
fn editorial_links(report: &Report, with_body: bool) -> impl Iterator<Item = &LinkReport> {
    report.links.iter().filter(move |l| {
        l.kind == LinkKind::External
            && (l.region == Region::Main || (with_body && l.region == Region::Body))
            && !matches!(l.context, LinkContext::Button | LinkContext::Heading)
            && !is_prompt(&l.href)
            && !crate::prospect::contacts::is_social_profile(&l.href)
            && !crate::ads::is_ad(l)
            && !crate::actions::is_action(l)
    })
}

/// A share button or a plug-in download prompt (`crate::share`'s tables).
fn is_prompt(href: &str) -> bool {
    let Some(url) = crate::links::WebUrl::parse(href) else { return false };
    let host = url.host().to_ascii_lowercase();
    crate::share::is_share_endpoint(&host, url.path()) || crate::share::is_utility_endpoint(&host, url.path())
}

/// Runs every factor; returns the score (the sum clamped to 0–100) and its contributions.
pub fn score_prospect(input: &ProspectInput, weights: &ProspectWeights) -> (u8, Vec<Contribution>) {
    let mut contributions = Vec::with_capacity(16);
    for factor in PROSPECT_FACTORS {
        (factor.evaluate)(input, weights, &mut contributions);
    }
    (crate::judgement::score_of(weights.base.0, &contributions), contributions)
}
