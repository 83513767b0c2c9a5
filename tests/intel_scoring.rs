//! Link scores on real domain data: for links that differ only in their destination (same
//! anchor, placement and rel), every link to a top-1k site must outscore every link into the
//! gambling or phishing lists, and the Report must carry tiers, categories and their counts.

use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;

use backlink_bot::intel::{self, Categories, Category, DomainIntel, Tier};
use backlink_bot::report::LinkKind;
use backlink_bot::snapshot::{LinkContext, LinkObservation, PageSnapshot, Region};
use backlink_bot::{analyze_with, Profile};

fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data/domains"))
}

fn intel() -> &'static DomainIntel {
    static INTEL: OnceLock<DomainIntel> = OnceLock::new();
    INTEL.get_or_init(|| {
        let built = intel::build(data_dir()).expect("asset builds from data/domains");
        DomainIntel::from_bytes(&built.bytes).expect("asset loads")
    })
}

/// The names of a (gzip'ed) list, comments and hosts-file prefixes dropped.
fn names(file: &str, take: usize) -> Vec<String> {
    let bytes = std::fs::read(data_dir().join(file)).expect("list present");
    let mut text = String::new();
    if file.ends_with(".gz") {
        flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut text).expect("gzip");
    } else {
        text = String::from_utf8(bytes).expect("utf-8");
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.rsplit(' ').next().unwrap_or(l).to_string())
        .take(take)
        .collect()
}

fn link(index: u32, host: &str) -> LinkObservation {
    let href = format!("https://{host}/page");
    LinkObservation {
        index,
        
        href,
        text: "a useful resource".into(),
        region: Region::Main,
        context: LinkContext::Paragraph,
        ..Default::default()
    }
}

#[test]
fn every_top_1k_link_outscores_every_gambling_or_phishing_link() {
    let intel = intel();
    // Top-1k sites that are in no bad category themselves (a few popular sites are adult).
    let top: Vec<String> = names("tranco/tranco_top100k_2026-08-10.txt.gz", 1000)
        .into_iter()
        .filter(|d| {
            let site = backlink_bot::domain::site_of(d);
            intel.authority(&site).tier == Tier::Top1k && intel.categories(d, &site).is_empty()
        })
        .step_by(5)
        .collect();
    let mut bad: Vec<String> = names("ut1/gambling.domains.txt.gz", 40_000).into_iter().step_by(400).collect();
    bad.extend(names("blocklistproject/phishing-nl.txt.gz", 200_000).into_iter().step_by(2_000));
    assert!(top.len() >= 150 && bad.len() >= 150, "{} top, {} bad", top.len(), bad.len());

    let links: Vec<LinkObservation> = top.iter().chain(&bad).enumerate().map(|(i, host)| link(i as u32, host)).collect();
    let snapshot = PageSnapshot { url: "https://prospect-blog.example/post".into(), links, ..Default::default() };
    let report = analyze_with(&snapshot, &Profile::default(), Some(intel));

    let score_of = |host: &String| {
        let href = format!("https://{host}/page");
        let l = report.links.iter().find(|l| l.href == href).unwrap_or_else(|| panic!("{host} missing"));
        (l.score.expect("external links are scored"), l)
    };
    let weakest_top = top.iter().map(score_of).min_by_key(|(s, _)| *s).unwrap();
    let best_bad = bad
        .iter()
        .map(score_of)
        .filter(|(_, l)| !l.categories.is_empty())
        .max_by_key(|(s, _)| *s)
        .unwrap();
    assert!(
        weakest_top.0 > best_bad.0,
        "top-1k {} scored {} but {} scored {}",
        weakest_top.1.href,
        weakest_top.0,
        best_bad.1.href,
        best_bad.0
    );
    let listed = bad.iter().map(score_of).filter(|(_, l)| !l.categories.is_empty()).count();
    assert!(listed * 10 >= bad.len() * 9, "most sampled bad hosts are recognised: {listed}/{}", bad.len());
}

#[test]
fn the_report_carries_tiers_categories_and_counts() {
    let gambling = names("ut1/gambling.domains.txt.gz", 1).remove(0);
    let snapshot = PageSnapshot {
        url: "https://www.wikipedia.org/".into(),
        links: vec![link(0, "www.google.com"), link(1, &gambling), link(2, "never-heard-of-this-site-4817.example")],
        ..Default::default()
    };
    let report = analyze_with(&snapshot, &Profile::default(), Some(intel()));
    assert_eq!(report.page.authority.map(|a| a.tier), Some(Tier::Top1k), "the page's own site");
    let by_host = |h: &str| report.links.iter().find(|l| l.href.contains(h)).unwrap();
    let google = by_host("google.com");
    assert_eq!(google.authority.map(|a| a.tier), Some(Tier::Top1k));
    assert!(google.contributions.iter().any(|c| c.signal == "authority" && c.weight > 0));
    let casino = by_host(&gambling);
    assert!(casino.categories.contains(Categories::GAMBLING));
    assert!(casino.contributions.iter().any(|c| c.signal == "neighbourhood" && c.reason == "links to a gambling site"));
    let unknown = by_host("never-heard-of-this-site");
    assert_eq!(unknown.authority.map(|a| (a.tier, a.score)), Some((Tier::Unranked, None)));
    assert!(unknown.contributions.iter().any(|c| c.signal == "authority" && c.weight == 0), "unranked is neutral");
    let gambling_count = report.summary.categories.iter().find(|c| c.category == Category::Gambling).unwrap();
    assert_eq!(gambling_count.links, 1);
    assert_eq!(report.summary.categories.len(), Category::ALL.len());
    assert!(report.links.iter().all(|l| l.kind == LinkKind::External));
    // JSON: tiers and categories as ids.
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.contains(r#""tier":"top1k""#) && json.contains(r#""categories":["gambling"]"#), "{json}");
}

#[test]
fn without_domain_data_nothing_is_claimed() {
    let snapshot = PageSnapshot { url: "https://a.example/".into(), links: vec![link(0, "www.google.com")], ..Default::default() };
    let report = analyze_with(&snapshot, &Profile::default(), None);
    assert_eq!(report.page.authority, None);
    assert_eq!(report.links[0].authority, None);
    assert!(report.summary.categories.is_empty());
    assert!(report.links[0].contributions.iter().all(|c| c.signal != "authority" && c.signal != "neighbourhood"));
}

/// A page on a listed gambling or phishing site is Avoid, whatever it offers, with that reason
/// first; the same page on an unlisted site is not.
#[test]
fn a_page_on_a_listed_site_is_avoid_with_that_reason_first() {
    let intel = intel();
    let mut listed: Vec<String> = names("ut1/gambling.domains.txt.gz", 40_000).into_iter().step_by(4_000).collect();
    listed.extend(names("blocklistproject/phishing-nl.txt.gz", 200_000).into_iter().step_by(20_000));
    // A page an expert would otherwise like: a resource list of followed editorial links.
    let page = |host: &str| PageSnapshot {
        url: format!("https://{host}/resources"),
        title: "Best resources".into(),
        links: (0..12).map(|i| link(i, &format!("site{i}.example"))).collect(),
        ..Default::default()
    };
    let clean = backlink_bot::analyze_prospect(&page("prospect-blog.example"), &Profile::default(), Some(intel), 20_000);
    // Without a profile an unlisted page has no verdict at all (issue 11); a listed one is Avoid.
    assert_eq!(clean.prospect.unwrap().verdict, None);
    let mut judged = 0;
    for host in &listed {
        let site = backlink_bot::domain::site_of(host);
        if intel.categories(host, &site).iter().all(|c| !c.is_bad()) {
            continue; // a hosting-platform subdomain listed only as hosting
        }
        let report = backlink_bot::analyze_prospect(&page(host), &Profile::default(), Some(intel), 20_000);
        let prospect = report.prospect.unwrap();
        assert_eq!(prospect.verdict, Some(backlink_bot::prospect::suitability::Verdict::Avoid), "{host}");
        let first = prospect.contributions.iter().min_by_key(|c| c.weight).unwrap();
        assert_eq!(first.signal, "page-neighbourhood", "{host}");
        assert!(first.reason.contains("listed as"), "{host}: {}", first.reason);
        judged += 1;
    }
    assert!(judged >= 15, "{judged} listed hosts judged");
}
