//! Saving a page as an opportunity from a real Report (a fixture snapshot from the extractor,
//! judged with a profile), and saving it again: what is refreshed, what is the user's.

use std::path::Path;

use backlink_bot::crm::{self, save_from_report, SaveForm, Status};
use backlink_bot::{analyze_prospect, PageSnapshot, Profile, Report};

/// 2026-11-24 (days) and a time that day (ms).
const NOW_DAYS: i64 = 20_781;
const T0: i64 = NOW_DAYS * 86_400_000 + 36_000_000;

fn report(name: &str, url: &str) -> Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(format!("{name}.snapshot.json"));
    let mut snapshot: PageSnapshot = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    snapshot.url = url.into();
    let profile = Profile { my_domains: vec!["crumb-and-crust.example".into()], keywords: vec!["sourdough".into()], ..Default::default() };
    analyze_prospect(&snapshot, &profile, None, NOW_DAYS)
}

#[test]
fn a_save_keeps_the_prospect_facts_and_the_users_fields() {
    let report = report("prospect-resource", "https://Blog.Example.co.uk/resources?utm_source=news#links");
    let prospect = report.prospect.clone().unwrap();
    let form = SaveForm { status: Status::New, notes: "  Ask about the tools list  ".into(), tags: "Sourdough, links".into() };
    let r = save_from_report(&report, &form, None, T0).unwrap();
    assert_eq!(r.url, "https://blog.example.co.uk/resources");
    assert_eq!(r.domain, "example.co.uk");
    assert_eq!(r.key(), "opp:example.co.uk https://blog.example.co.uk/resources");
    assert_eq!(r.id, crm::record_id(&r.url));
    assert_eq!(r.title, report.page.title);
    assert_eq!(r.score, prospect.score);
    assert_eq!(r.verdict, prospect.verdict);
    assert!(r.score.is_some() && r.verdict.is_some(), "judged with a profile");
    assert_eq!(r.opportunity_types, prospect.openings.iter().map(|o| o.kind).collect::<Vec<_>>());
    assert!(!r.opportunity_types.is_empty(), "the resource fixture is a resource page");
    assert_eq!(r.contacts, prospect.contacts);
    assert_eq!(r.authority_tier, None, "no domain data loaded: no tier claimed");
    assert_eq!((r.notes.as_str(), r.tags.clone()), ("Ask about the tools list", vec!["sourdough".to_string(), "links".to_string()]));
    assert_eq!((r.saved_at, r.updated_at, r.history.len()), (T0, T0, 1));
    // Stored and read back unchanged.
    assert_eq!(crm::from_stored(&crm::to_stored(&r)).unwrap(), r);

    // Saved again later from the same page (another tracking link): one record, updated.
    let again = self::report("prospect-resource", "https://blog.example.co.uk/resources?utm_medium=social");
    let mut stored = r.clone();
    stored.follow_up = Some("2026-12-01".into());
    stored.target_page = "https://crumb-and-crust.example/guide".into();
    let form = SaveForm { status: Status::Contacted, notes: "Sent the pitch".into(), tags: "links".into() };
    let r2 = save_from_report(&again, &form, Some(stored), T0 + 5_000).unwrap();
    assert_eq!(r2.key(), r.key());
    assert_eq!((r2.saved_at, r2.updated_at), (T0, T0 + 5_000));
    assert_eq!(r2.status, Status::Contacted);
    assert_eq!(r2.history.iter().map(|c| c.status).collect::<Vec<_>>(), vec![Status::New, Status::Contacted]);
    assert_eq!((r2.notes.as_str(), r2.tags.clone()), ("Sent the pitch", vec!["links".to_string()]));
    assert_eq!(r2.follow_up.as_deref(), Some("2026-12-01"), "fields the popup does not show are kept");
    assert_eq!(r2.target_page, "https://crumb-and-crust.example/guide");
}

#[test]
fn pages_that_are_not_on_the_web_cannot_be_saved() {
    for url in ["file:///home/me/page.html", "chrome://settings/", "about:blank"] {
        let report = report("prospect-resource", url);
        assert!(save_from_report(&report, &SaveForm::default(), None, T0).is_err(), "{url}");
    }
}

#[test]
fn a_record_for_another_url_is_not_merged_into() {
    let a = save_from_report(&report("prospect-resource", "https://a.example/1"), &SaveForm::default(), None, T0).unwrap();
    let b = save_from_report(&report("prospect-resource", "https://a.example/2"), &SaveForm::default(), Some(a.clone()), T0 + 1).unwrap();
    assert_eq!(b.url, "https://a.example/2");
    assert_eq!(b.saved_at, T0 + 1);
}
