//! Links inside frames belong to other documents: the Report carries the extractor's frame counts
//! apart, never mixes them into the page's link profile, and reports saved before the counts
//! existed still parse.

use backlink_bot::report::Report;
use backlink_bot::snapshot::{FrameCounts, LinkObservation};
use backlink_bot::{analyze, PageSnapshot, Profile};

fn page_with_frames() -> PageSnapshot {
    let link = |index: u32, href: &str| LinkObservation { index, href: href.into(), text: "a link".into(), ..LinkObservation::default() };
    PageSnapshot {
        schema_version: 1,
        url: "https://blog.example/post".into(),
        links: vec![link(0, "https://other.example/"), link(1, "https://blog.example/about")],
        frames: FrameCounts { frames: 3, read: 2, with_links: 2, links: 12 },
        ..PageSnapshot::default()
    }
}

#[test]
fn frame_counts_reach_the_report_and_stay_out_of_the_link_profile() {
    let report = analyze(&page_with_frames(), &Profile::default());
    assert_eq!(report.page.frames, FrameCounts { frames: 3, read: 2, with_links: 2, links: 12 });
    assert_eq!(report.page.frames.unread(), 1);
    assert_eq!(report.summary.total, 2, "only the page's own links are in the profile");
    assert_eq!(report.links.len(), 2);
    assert_eq!(report.page.links_found, 2);
}

#[test]
fn a_report_saved_before_frame_counts_still_parses() {
    let report = analyze(&page_with_frames(), &Profile::default());
    let mut json: serde_json::Value = serde_json::to_value(&report).unwrap();
    assert_eq!(json["page"]["frames"]["links"], 12);
    json["page"].as_object_mut().unwrap().remove("frames");
    let old: Report = serde_json::from_value(json).unwrap();
    assert_eq!(old.page.frames, FrameCounts::default());
    assert_eq!(old.summary, report.summary);
}
