//! The registries keep their promises: ids are unique across link signals and prospect factors,
//! every registered judgement is in the Report's catalogs, and a judgement added as one file plus
//! one registry line (the test-only modules) is evaluated, listed and tunable.

use std::collections::HashSet;

use crate::prospect::factors::PROSPECT_FACTORS;
use crate::signals::LINK_SIGNALS;
use crate::snapshot::{LinkContext, LinkObservation, PageSnapshot, Region};
use crate::{analyze_prospect, Profile};

fn page(anchor: &str, title: &str) -> PageSnapshot {
    PageSnapshot {
        url: "https://blog.example.com/post".into(),
        title: title.into(),
        links: vec![LinkObservation {
            href: "https://en.wikipedia.org/wiki/Bread".into(),
            
            text: anchor.into(),
            region: Region::Main,
            context: LinkContext::Paragraph,
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[test]
fn ids_are_unique_kebab_case_across_both_registries() {
    let ids: Vec<&str> = LINK_SIGNALS.iter().map(|s| s.judgement.id).chain(PROSPECT_FACTORS.iter().map(|f| f.judgement.id)).collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids in {ids:?}");
    for id in ids {
        assert!(!id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{id} is not kebab-case");
    }
}

#[test]
fn every_registered_judgement_is_in_the_report_catalogs() {
    let report = analyze_prospect(&page("bread", "Bread"), &Profile::default(), None, 20_000);
    let catalog: Vec<&str> = report.signals.iter().map(|s| s.id.as_ref()).collect();
    assert_eq!(catalog, LINK_SIGNALS.iter().map(|s| s.judgement.id).collect::<Vec<_>>());
    let prospect = report.prospect.expect("a prospect");
    let factors: Vec<&str> = prospect.factors.iter().map(|f| f.id.as_ref()).collect();
    assert_eq!(factors, PROSPECT_FACTORS.iter().map(|f| f.judgement.id).collect::<Vec<_>>());
    // Every contribution names a judgement of its catalog, with its title there.
    for c in &report.links[0].contributions {
        assert!(catalog.contains(&c.signal.as_ref()), "{} not in the link catalog", c.signal);
    }
    for c in &prospect.contributions {
        assert!(factors.contains(&c.signal.as_ref()), "{} not in the factor catalog", c.signal);
    }
}

#[test]
fn one_file_and_one_line_add_a_signal_and_a_factor() {
    let plain = analyze_prospect(&page("bread", "Bread"), &Profile::default(), None, 20_000);
    let probed = analyze_prospect(&page("bread registry-probe", "Bread registry-probe"), &Profile::default(), None, 20_000);
    assert!(plain.signals.iter().any(|s| s.id == "registry-test-signal"), "listed in the catalog");
    let signal = probed.links[0].contributions.iter().find(|c| c.signal == "registry-test-signal").expect("evaluated on the link");
    assert_eq!(signal.weight, -7);
    let factor = probed.prospect.as_ref().unwrap().contributions.iter().find(|c| c.signal == "registry-test-factor").expect("evaluated on the page");
    assert_eq!(factor.weight, 9);
    // Their points are in the stored weights, by module name, and tunable there.
    let profile: Profile = serde_json::from_str(r#"{"weights": {"registryTestSignal": {"probe": -3}}, "prospectWeights": {"registryTestFactor": {"probe": 4}}}"#).unwrap();
    let tuned = analyze_prospect(&page("bread registry-probe", "Bread registry-probe"), &profile, None, 20_000);
    assert_eq!(tuned.links[0].contributions.iter().find(|c| c.signal == "registry-test-signal").unwrap().weight, -3);
    assert_eq!(tuned.prospect.unwrap().contributions.iter().find(|c| c.signal == "registry-test-factor").unwrap().weight, 4);
    let defaults = serde_json::to_value(Profile::default()).unwrap();
    assert_eq!(defaults["weights"]["registryTestSignal"]["probe"], -7);
    assert_eq!(defaults["prospectWeights"]["registryTestFactor"]["probe"], 9);
}
