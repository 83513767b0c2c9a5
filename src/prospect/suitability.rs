//! `suitability` — the prospect verdict: is this page worth a backlink for my site, and how do I
//! get it? Sums named contributions like link scores do, so every point is explained.
//!
//! Combines the prospect factors (`prospect/factors/`): relevance to the profile, the opportunity
//! types, the page's link behaviour, its site's authority tier, spam-likeness, freshness,
//! language and contactability.
//!
//! The verdict is decided here, in this order:
//! 1. a page in a bad neighbourhood or injecting hidden links (`page-neighbourhood`) is **Avoid**,
//!    with or without a profile: a warning worth giving anyone;
//! 2. a page where site owners do not place links on request (`page-kind`: wikis, search results,
//!    login/registration/cart/checkout/account pages, social feeds) is **not a prospect**, with
//!    its reason, and has no score: it is not a poor prospect, it is none;
//! 3. without a profile to judge it for, there is **no verdict and no score**, only what it
//!    would take ([`Prospect::needs_profile`]) and the page facts (opportunity types, contacts,
//!    freshness, spam, the factors' reasons). "No profile" means nothing can be judged *for the
//!    user's site*: no usable keywords or topic (relevance), and no site with brands (unlinked
//!    mentions) or competitors (link intersect). A site alone judges nothing more than an empty
//!    profile does, so it gives no verdict either;
//! 4. else the score's band (Strong, Worth pursuing, Weak, Avoid).
//!
//! Blind spots: the weights are ours, set by judgement and checked only against our fixtures.

use serde::{Deserialize, Serialize};

use super::contacts::{contacts, Contacts};
use super::factors::page_kind::not_a_prospect;
use super::factors::{page_neighbourhood, score_prospect, ProspectInput};
use super::freshness::{of_page, Freshness};
use super::openings::{openings, Opening, OpeningKind};
use super::relevance::{relevance, Relevance};
use super::spam::spam_likeness;
use crate::profile::Profile;
use super::factors::PROSPECT_FACTORS;
use crate::report::{Contribution, Report, SignalInfo, Text};
use crate::snapshot::PageSnapshot;

/// The verdicts: the bands of the prospect score, and "not a prospect" (a kind of page, not a
/// score).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Strong,
    WorthPursuing,
    Weak,
    /// A page where site owners do not place links on request: below Weak (nothing to pursue),
    /// apart from Avoid (nothing to fear).
    NotAProspect,
    Avoid,
}

crate::ids::serde_by_id!(lists Verdict);

impl Verdict {
    /// Best first.
    pub const ALL: [Verdict; 5] = [Verdict::Strong, Verdict::WorthPursuing, Verdict::Weak, Verdict::NotAProspect, Verdict::Avoid];

    /// Stable kebab-case id (the serde name).
    pub const fn id(self) -> &'static str {
        match self {
            Verdict::Strong => "strong",
            Verdict::WorthPursuing => "worth-pursuing",
            Verdict::Weak => "weak",
            Verdict::NotAProspect => "not-a-prospect",
            Verdict::Avoid => "avoid",
        }
    }

    /// The band of a score (never [`Verdict::NotAProspect`]).
    pub fn of(score: u8) -> Verdict {
        match score {
            75..=100 => Verdict::Strong,
            55..=74 => Verdict::WorthPursuing,
            35..=54 => Verdict::Weak,
            _ => Verdict::Avoid,
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Verdict::Strong => "Strong",
            Verdict::WorthPursuing => "Worth pursuing",
            Verdict::Weak => "Weak",
            Verdict::NotAProspect => "Not a prospect",
            Verdict::Avoid => "Avoid",
        }
    }
}

/// Prospect suitability of one page for the user's site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Prospect {
    /// 0–100: the starting points plus the contributions, clamped. `None` when the page is not judged for the user's
    /// site (no profile) or is not a prospect at all. (Reports before issue 11 always had one.)
    #[serde(default)]
    pub score: Option<u8>,
    /// `None`: no profile to judge the page for ([`Prospect::needs_profile`] says what to add).
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// What it would take to give a verdict, when there is none: "Add your site and keywords to
    /// judge this page as a prospect".
    #[serde(default)]
    pub needs_profile: Option<Text>,
    /// The kinds of opening the page offers, with their evidence ("opportunity types" to users).
    #[serde(rename = "opportunities")]
    pub openings: Vec<Opening>,
    /// One line: how to pitch this page.
    pub angle: String,
    pub contacts: Contacts,
    /// The address to pitch first ([`super::contacts::pitch_email`]); none when the page gives
    /// only desks that do not take pitches (customer service, ads, readers' desks).
    #[serde(default)]
    pub best_email: Option<String>,
    pub relevance: Relevance,
    pub freshness: Freshness,
    pub spam_score: u8,
    /// What the page cannot be judged on without a fuller profile ("relevance", "unlinked
    /// mentions", "link intersect").
    pub not_judged: Vec<String>,
    /// The points every page's score starts from (the `prospect-base` weight): the score is
    /// this plus the contributions, clamped to 0–100.
    #[serde(default)]
    pub start: i32,
    /// Every contribution, in evaluation order.
    pub contributions: Vec<Contribution>,
    /// Catalog of the factors that can appear in `contributions`, so views never copy titles.
    pub factors: Vec<SignalInfo>,
}

/// Judges the page behind `report` for `profile`. `now_days` is today as days since 1970-01-01.
/// Measures the shared facts once, then sums the factors of [`PROSPECT_FACTORS`].
pub fn prospect(snapshot: &PageSnapshot, report: &Report, profile: &Profile, now_days: i64) -> Prospect {
    let relevance = relevance(snapshot, profile);
    let mut kind = not_a_prospect(snapshot);
    // A page that is not a prospect (a log-in form on a forum, a wiki article) offers no opening,
    // whatever its address or links suggest; a repository's README is one only as a curated list.
    let mut found = if kind.as_ref().is_some_and(|k| !k.kind.unless_a_list()) { Vec::new() } else { openings(snapshot, report, profile) };
    let list_to_join = found.iter().any(|o| o.kind == OpeningKind::ResourcePage);
    if kind.is_some() {
        if list_to_join {
            kind = None;
        } else {
            found.clear();
        }
    }
    let contacts = contacts(snapshot);
    let fresh = of_page(snapshot, now_days);
    let spam = spam_likeness(snapshot, report);
    let input = ProspectInput {
        snapshot,
        report,
        profile,
        relevance: &relevance,
        openings: &found,
        contacts: &contacts,
        freshness: &fresh,
        spam: &spam,
        not_a_prospect: kind.as_ref(),
        start: profile.prospect_weights.base.0,
        list_to_join,
    };
    let (sum, contributions) = score_prospect(&input, &profile.prospect_weights);
    let not_judged = not_judged(&relevance, profile);
    let for_you = judged_for_you(&relevance, profile);
    let dangerous = contributions.iter().any(|c| c.signal == page_neighbourhood::FACTOR.id);
    let (score, mut verdict) = decide(sum, for_you, dangerous, kind.is_some());
    // Avoid warns of harm: a low score without any (off topic, wrong language, no opening) is a
    // page not worth the effort, Weak, not one to stay away from.
    if verdict == Some(Verdict::Avoid) && !dangerous && !harmful(spam.score, report, profile, input.list_to_join) {
        verdict = Some(Verdict::Weak);
    }
    let angle = match &kind {
        Some(kind) if !dangerous => kind.reason(),
        _ => angle(&found, &relevance, sum),
    };
    Prospect {
        score,
        verdict,
        needs_profile: verdict.is_none().then(needs_profile),
        openings: found,
        angle,
        best_email: super::contacts::pitch_email(&contacts).map(str::to_string),
        contacts,
        relevance,
        freshness: fresh,
        spam_score: spam.score,
        not_judged,
        start: profile.prospect_weights.base.0,
        contributions,
        factors: PROSPECT_FACTORS.iter().map(|f| f.judgement.info()).collect(),
    }
}

/// The score and verdict, in the order the module doc gives.
fn decide(sum: u8, for_you: bool, dangerous: bool, not_a_prospect: bool) -> (Option<u8>, Option<Verdict>) {
    if dangerous {
        (for_you.then_some(sum), Some(Verdict::Avoid))
    } else if not_a_prospect {
        (None, Some(Verdict::NotAProspect))
    } else if for_you {
        (Some(sum), Some(Verdict::of(sum)))
    } else {
        (None, None)
    }
}

/// Spam-likeness from this score on makes a low-scoring page Avoid.
pub(crate) const SPAM_AVOID: u8 = 50;

/// Sites in bad neighbourhoods the page must link for that alone to be harm: a sports site's
/// menu linking its betting partners (two on SB Nation), a newsroom's ad-server click address on
/// a phishing list, an expired domain in a 2019 post are not a link scheme (blind round 14 and
/// the set's pages under an off-topic profile); a page selling links to casinos links several.
pub(crate) const HARM_BAD_SITES: u32 = 3;

/// True when the page itself shows harm beyond a low score: it looks like spam, links into bad
/// neighbourhoods on several sites, or has link-farm numbers of outbound links and is no resource
/// page (`list`).
fn harmful(spam: u8, report: &Report, profile: &Profile, list: bool) -> bool {
    let s = &report.summary;
    spam >= SPAM_AVOID || super::factors::link_behaviour::bad_sites(report) >= HARM_BAD_SITES || (s.external > profile.weights.page_context.farm_links && !list)
}

/// True when something can be judged for the user's site: relevance (usable keywords or topic),
/// unlinked mentions (site and brands) or link intersect (site and competitors).
fn judged_for_you(relevance: &Relevance, profile: &Profile) -> bool {
    let site = !profile.my_domains.is_empty();
    relevance.checked || (site && !profile.brands.is_empty()) || (site && !profile.competitors.is_empty())
}

/// What to add to the profile for a verdict.
fn needs_profile() -> Text {
    "Add your site and keywords to judge this page as a prospect".into()
}

/// What the page cannot be judged on with this profile (all three: nothing is judged for the
/// user's site, and there is no verdict).
fn not_judged(relevance: &Relevance, profile: &Profile) -> Vec<String> {
    let mut out = Vec::new();
    if !relevance.checked {
        out.push("relevance".to_string());
    }
    if profile.my_domains.is_empty() || profile.brands.is_empty() {
        out.push("unlinked mentions".to_string());
    }
    if profile.my_domains.is_empty() || profile.competitors.is_empty() {
        out.push("link intersect".to_string());
    }
    out
}

/// The one-line pitch for the most valuable opportunity.
fn angle(found: &[Opening], relevance: &Relevance, score: u8) -> String {
    let on_topic = relevance.checked && relevance.score >= 0.3;
    let topic = if on_topic { " on your topic" } else { "" };
    let best = [
        OpeningKind::UnlinkedMention,
        OpeningKind::LinkIntersect,
        OpeningKind::ResourcePage,
        OpeningKind::GuestPost,
        OpeningKind::Roundup,
        OpeningKind::Sponsored,
        OpeningKind::Directory,
        OpeningKind::Ugc,
    ]
    .into_iter()
    .find_map(|kind| found.iter().find(|o| o.kind == kind));
    match best.map(|o| (o.kind, o.evidence.as_str())) {
        Some((OpeningKind::UnlinkedMention, evidence)) => format!("Unlinked mention: it {evidence} — ask them to add the link"),
        Some((OpeningKind::LinkIntersect, evidence)) => format!("Link intersect: it {evidence} — offer your page as a better or newer resource"),
        Some((OpeningKind::ResourcePage, _)) => format!("Resource page{topic} — pitch your best guide for its list"),
        Some((OpeningKind::GuestPost, _)) => format!("Accepts guest posts{topic} — pitch an article idea"),
        Some((OpeningKind::Roundup, _)) => format!("Roundup{topic} — ask to be included in the next edition"),
        Some((OpeningKind::Sponsored, _)) => "Paid placement — expect to pay, and the link should be rel=sponsored".to_string(),
        Some((OpeningKind::Directory, _)) => "Directory — submit only if it is curated and on your topic".to_string(),
        Some((OpeningKind::Ugc, _)) => "User-generated page — a link here carries little value".to_string(),
        None if score >= 55 && on_topic => "Relevant page with no obvious opening — look for a broken link or a gap your content fills".to_string(),
        None => "No clear link opportunity on this page".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Prospect, Verdict};
    use crate::snapshot::{LinkObservation, PageSnapshot, Region};
    use crate::{analyze_prospect, Profile};

    fn judge(page: &PageSnapshot, profile: &Profile) -> Prospect {
        analyze_prospect(page, profile, None, 20_000).prospect.expect("a prospect")
    }

    /// A resource list on a baking blog: a prospect an expert would like, given a profile.
    fn resources(url: &str, title: &str) -> PageSnapshot {
        let links = (0..8)
            .map(|i| LinkObservation {
                href: format!("https://baker{i}.example/guide"),
                raw_href: Some(format!("https://baker{i}.example/guide")),
                text: format!("sourdough guide {i}"),
                region: Region::Main,
                ..Default::default()
            })
            .collect();
        PageSnapshot { url: url.into(), title: title.into(), text_sample: "Sourdough starter and bread baking resources.".into(), links, ..Default::default() }
    }

    fn baker() -> Profile {
        Profile { keywords: vec!["sourdough".into()], ..Default::default() }
    }

    #[test]
    fn without_a_profile_no_verdict_no_score_but_the_facts_and_what_to_add() {
        let p = judge(&resources("https://loafnotes.example/resources", "Resources"), &Profile::default());
        assert_eq!((p.score, p.verdict), (None, None));
        assert_eq!(p.needs_profile.as_deref(), Some("Add your site and keywords to judge this page as a prospect"));
        assert!(!p.contributions.is_empty(), "the factors still say what they saw");
        let site_only = Profile { my_domains: vec!["crumb.example".into()], ..Default::default() };
        let p = judge(&resources("https://loafnotes.example/resources", "Resources"), &site_only);
        assert_eq!(p.verdict, None, "a site alone judges nothing for it");
        assert!(p.needs_profile.is_some());
        let brands = Profile { brands: vec!["Crumb".into()], ..site_only };
        assert!(judge(&resources("https://loafnotes.example/resources", "Resources"), &brands).verdict.is_some(), "unlinked mentions are judged");
        let p = judge(&resources("https://loafnotes.example/resources", "Resources"), &baker());
        assert_eq!(p.verdict, Some(Verdict::of(p.score.unwrap())));
        assert_eq!(p.needs_profile, None);
    }

    #[test]
    fn a_page_where_nobody_places_links_is_not_a_prospect_with_or_without_a_profile() {
        let wiki = resources("https://en.wikipedia.org/wiki/Sourdough", "Sourdough - Wikipedia");
        for profile in [Profile::default(), baker()] {
            let p = judge(&wiki, &profile);
            assert_eq!((p.score, p.verdict, p.needs_profile.as_deref()), (None, Some(Verdict::NotAProspect), None));
            assert_eq!(p.angle, "Wikipedia article: editors do not add links on request");
            let first = p.contributions.iter().max_by_key(|c| c.weight.abs()).unwrap();
            assert_eq!(first.signal, "page-kind");
        }
        let login = judge(&resources("https://loafnotes.example/wp-login.php", "Log In \u{2039} Loaf Notes"), &baker());
        assert_eq!(login.verdict, Some(Verdict::NotAProspect));
        assert!(login.angle.starts_with("Login page: "), "{}", login.angle);
    }

    #[test]
    fn a_repository_file_is_a_prospect_only_as_a_curated_list_and_its_home_page_is_a_page() {
        let mut awesome = resources("https://github.com/bakers/awesome-sourdough", "Useful links for sourdough bakers");
        for (i, l) in awesome.links.iter_mut().enumerate() {
            l.context = crate::snapshot::LinkContext::List;
            l.surrounding = format!("sourdough guide {i}: a baker's guide to feeding a starter");
        }
        let list = judge(&awesome, &baker());
        assert!(list.openings.iter().any(|o| o.kind == super::OpeningKind::ResourcePage), "{:?}", list.openings);
        assert!(list.verdict.is_some_and(|v| v != Verdict::NotAProspect), "{:?}", list.verdict);
        let mut file = resources("https://github.com/bakers/crumb/blob/main/README.md", "crumb: a sourdough timer");
        file.links.truncate(1);
        let p = judge(&file, &baker());
        assert_eq!((p.verdict, p.openings.len()), (Some(Verdict::NotAProspect), 0));
        assert!(p.angle.starts_with("GitHub file: a project's README or file"), "{}", p.angle);
        // The repository's home page shows the same README and is judged as a page (three experts
        // of three called two such pages Weak, none no prospect).
        file.url = "https://github.com/bakers/crumb".into();
        let home = judge(&file, &baker());
        assert_eq!(home.verdict, Some(Verdict::Weak), "{:?}", home.contributions);
    }

    #[test]
    fn a_dangerous_page_is_avoid_even_without_a_profile_and_before_its_kind() {
        let mut page = resources("https://loafnotes.example/cart", "Cart");
        for l in &mut page.links {
            l.visibility = crate::snapshot::Visibility::Hidden;
        }
        page.links.extend(page.links.clone().into_iter().map(|mut l| {
            l.href = l.href.replace("guide", "pills");
            l
        }));
        let p = judge(&page, &Profile::default());
        assert_eq!((p.score, p.verdict), (None, Some(Verdict::Avoid)));
        let p = judge(&page, &baker());
        assert_eq!(p.verdict, Some(Verdict::Avoid));
        assert!(p.score.is_some());
    }

    #[test]
    fn a_low_score_without_harm_is_weak_and_avoid_needs_a_danger() {
        // Off topic, in another language: nothing to pursue, but nothing to fear.
        let mut page = resources("https://thai-news.example/2019/01/80642", "ข่าวการเมือง");
        page.lang = "th".into();
        page.text_sample = "ข่าวการเมือง การเลือกตั้ง รัฐบาล".into();
        let profile = Profile { keywords: vec!["invoicing".into()], languages: vec!["en".into()], ..Default::default() };
        let p = judge(&page, &profile);
        assert!(p.score.is_some_and(|s| s < 35), "{:?} {:?}", p.score, p.contributions);
        assert_eq!(p.verdict, Some(Verdict::Weak));
        // The same score on a page that looks like spam is Avoid.
        let mut spammy = page.clone();
        spammy.links.extend((0..400).map(|i| LinkObservation {
            href: format!("https://farm{i}.example/"),
            raw_href: Some(format!("https://farm{i}.example/")),
            text: "cheap".into(),
            region: Region::Footer,
            ..Default::default()
        }));
        assert_eq!(judge(&spammy, &profile).verdict, Some(Verdict::Avoid), "link-farm numbers of outbound links");
        // A menu linking a betting partner or two is no link scheme; links into three such sites are.
        let with_bad = |sites: usize| {
            let mut page = page.clone();
            page.links.extend((0..4).map(|i| LinkObservation { href: format!("https://bets{}.example/?t=nav{i}", i % sites), text: "Fantasy".into(), region: Region::Nav, ..Default::default() }));
            let mut report = crate::analyze(&page, &profile);
            for link in report.links.iter_mut().filter(|l| l.domain.starts_with("bets")) {
                link.categories = crate::intel::Categories::GAMBLING;
            }
            report.summary.categories = vec![crate::report::CategoryCount { category: crate::intel::Category::Gambling, label: "gambling".into(), links: 4 }];
            super::prospect(&page, &report, &profile, 20_000)
        };
        for sites in [1, 2] {
            let p = with_bad(sites);
            assert!(p.score.is_some_and(|s| s < 35), "{:?}", p.contributions);
            assert_eq!(p.verdict, Some(Verdict::Weak), "{sites} sites: {:?}", p.contributions);
        }
        assert_eq!(with_bad(3).verdict, Some(Verdict::Avoid));
    }

    #[test]
    fn a_long_list_that_asks_for_more_sites_is_no_link_farm() {
        // ht://Dig's "Sites that use ht://Dig" (blind round 44): 500 sites listed in the text, and
        // "would like it to be on this list as well, please fill out the form below".
        let list = |text: &str| {
            let links = (0..400)
                .map(|i| LinkObservation {
                    href: format!("https://user{i}.example/"),
                    raw_href: Some(format!("https://user{i}.example/")),
                    text: format!("User {i}"),
                    region: Region::Main,
                    context: crate::snapshot::LinkContext::List,
                    ..Default::default()
                })
                .collect();
            PageSnapshot { url: "https://www.searchtool.example/uses.html".into(), title: "Sites that use the search tool".into(), text_sample: text.into(), word_count: 3000, links, ..Default::default() }
        };
        let profile = Profile { keywords: vec!["invoicing".into()], ..Default::default() };
        let asks = judge(&list("The following is a list of public sites that use the search tool. If you use it on your site and would like it to be on this list as well, please fill out the form below."), &profile);
        assert_ne!(asks.verdict, Some(Verdict::Avoid), "{:?}", asks.contributions);
        assert!(asks.contributions.iter().all(|c| !c.reason.contains("link-farm")), "{:?}", asks.contributions);
        // The same 400 links without the invitation are a link farm's numbers, as before.
        let farm = judge(&list("The following is a list of public sites."), &profile);
        assert!(farm.contributions.iter().any(|c| c.reason.contains("link-farm")), "{:?}", farm.contributions);
    }

    #[test]
    fn verdicts_rank_not_a_prospect_below_weak_and_apart_from_avoid() {
        assert_eq!(Verdict::ALL.map(Verdict::id), ["strong", "worth-pursuing", "weak", "not-a-prospect", "avoid"]);
        assert_eq!(serde_json::to_string(&Verdict::NotAProspect).unwrap(), "\"not-a-prospect\"");
        assert!((0..=100).all(|s| Verdict::of(s) != Verdict::NotAProspect));
    }

    #[test]
    fn a_prospect_written_before_verdicts_were_optional_still_reads() {
        let now = judge(&resources("https://loafnotes.example/resources", "Resources"), &baker());
        let mut old: serde_json::Value = serde_json::to_value(&now).unwrap();
        let fields = old.as_object_mut().unwrap();
        fields.remove("needsProfile");
        fields.insert("score".into(), 72.into());
        fields.insert("verdict".into(), "worth-pursuing".into());
        let read: Prospect = serde_json::from_value(old).unwrap();
        assert_eq!((read.score, read.verdict, read.needs_profile), (Some(72), Some(Verdict::WorthPursuing), None));
        let none: Prospect = serde_json::from_str(&serde_json::to_string(&judge(&resources("https://a.example/", "A"), &Profile::default())).unwrap()).unwrap();
        assert_eq!((none.score, none.verdict), (None, None));
    }
}
