//! Backlink exports end to end through the CLI (`backlink-bot backlinks`), on the sample files in
//! `tests/backlinks/` and the real domain data: every format recognised, rows that cannot be read
//! reported with their line, unreadable files refused with exit 2, the audit's risks and reasons,
//! the disavow file read back by Google's rules, and the link gap. Plus a 100,000-row export.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use backlink_bot::backlinks::disavow::{self, Line};
use backlink_bot::backlinks::import::{parse_export, Format};
use backlink_bot::intel;
use serde_json::Value;

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/backlinks")
}

/// The domain-data asset built from `data/domains`, written once for the CLI.
fn domain_data() -> &'static Path {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        let built = intel::build(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/domains")).expect("asset builds");
        let path = std::env::temp_dir().join(format!("backlink-bot-test-intel-{}.bin", std::process::id()));
        std::fs::write(&path, &built.bytes).expect("asset written");
        path
    })
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_backlink-bot")).current_dir(samples()).args(args).output().expect("the CLI runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn every_export_format_is_recognised_with_its_encoding() {
    let cases = [
        ("gsc-top-linking-sites.csv", Format::GscTopSites, "UTF-8", 0, 4),
        ("gsc-latest-links.csv", Format::GscLatestLinks, "UTF-8", 3, 0),
        ("gsc-sample-links.csv", Format::GscSampleLinks, "UTF-8", 3, 0),
        ("gsc-neueste-links-de.csv", Format::GscLatestLinks, "UTF-8", 2, 0),
        ("semrush-backlinks.csv", Format::Semrush, "UTF-8", 6, 0),
        ("majestic-backlinks.csv", Format::Majestic, "UTF-8", 4, 0),
        ("ahrefs-backlinks-utf16.tsv", Format::Ahrefs, "UTF-16 LE", 3, 0),
        ("plain.csv", Format::Plain, "UTF-8", 2, 0),
    ];
    for (file, format, encoding, links, sites) in cases {
        let parsed = parse_export(&std::fs::read(samples().join(file)).unwrap()).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!((parsed.format, parsed.encoding.label(), parsed.links.len(), parsed.sites.len()), (format, encoding, links, sites), "{file}");
        assert!(parsed.errors.is_empty(), "{file}: {:?}", parsed.errors);
    }
    // Thousands separators, month-name dates, UTF-16 text, rel flags, lost links.
    let gsc = parse_export(&std::fs::read(samples().join("gsc-top-linking-sites.csv")).unwrap()).unwrap();
    assert_eq!(gsc.sites[0].linking_pages, 1240);
    let latest = parse_export(&std::fs::read(samples().join("gsc-latest-links.csv")).unwrap()).unwrap();
    assert_eq!(latest.links[1].last_seen, Some(backlink_bot::calendar::days_from_civil(2026, 9, 15)));
    assert_eq!(latest.links[1].anchor, None, "GSC names no anchors");
    let ahrefs = parse_export(&std::fs::read(samples().join("ahrefs-backlinks-utf16.tsv")).unwrap()).unwrap();
    let paris = &ahrefs.links[2];
    assert_eq!(paris.anchor.as_deref(), Some("boulangerie Crumb and Crust"));
    assert!(paris.nofollow && paris.ugc && !paris.sponsored);
    assert_eq!(paris.lost, paris.last_seen, "lost without a date: after it was last seen");
    assert_eq!(ahrefs.links[0].authority, Some(54), "Ahrefs DR kept as given");
}

#[test]
fn unreadable_files_change_nothing_and_bad_rows_are_reported_by_line() {
    for (file, why) in [("not-a-csv.png", "not a text file"), ("unknown-columns.csv", "not a backlink export we know")] {
        let (code, out, err) = cli(&["backlinks", file, "--domain-data", "none"]);
        assert_eq!(code, 2, "{file}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(file) && err.contains(why), "{err}");
    }
    // One good file and one bad: nothing is reported, nothing written.
    let disavow = std::env::temp_dir().join(format!("backlink-bot-untouched-{}.txt", std::process::id()));
    let _ = std::fs::remove_file(&disavow);
    let (code, _, _) = cli(&["backlinks", "semrush-backlinks.csv", "not-a-csv.png", "--domain-data", "none", "--disavow", disavow.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(!disavow.exists());
    let parsed = parse_export(&std::fs::read(samples().join("bad-rows.csv")).unwrap()).unwrap();
    assert_eq!(parsed.links.len(), 1);
    let lines: Vec<usize> = parsed.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 4], "{:?}", parsed.errors);
}

#[test]
fn the_audit_the_disavow_file_and_the_link_gap() {
    let dir = std::env::temp_dir().join(format!("backlink-bot-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let profile = dir.join("profile.json");
    std::fs::write(&profile, r#"{"version":1,"myDomains":["crumbandcrust.example"],"brands":["Crumb and Crust"],"keywords":["sourdough starter","bread baking"]}"#).unwrap();
    let out_file = dir.join("disavow.txt");
    std::fs::write(&out_file, "# kept: my own note\ndomain:old-spam.example\n").unwrap();
    let (code, out, err) = cli(&[
        "backlinks", "gsc-top-linking-sites.csv", "gsc-latest-links.csv", "semrush-backlinks.csv", "ahrefs-backlinks-utf16.tsv",
        "--competitor", "rival-bakery.example=majestic-backlinks.csv",
        "--profile", profile.to_str().unwrap(), "--today", "2026-12-01",
        "--domain-data", domain_data().to_str().unwrap(), "--disavow", out_file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let domain = |d: &str| r["domains"].as_array().unwrap().iter().find(|x| x["domain"] == d).cloned().unwrap_or_else(|| panic!("no {d} in {}", r["domains"]));
    let casino = domain("000-online-casino.com");
    assert_eq!(casino["risk"], "likely-toxic");
    assert!(casino["reasons"].as_array().unwrap().iter().any(|x| x["signal"] == "neighbourhood" && x["value"] == "gambling"), "{casino}");
    assert_eq!(domain("best-casino-bonus.top")["risk"], "review");
    assert_eq!(domain("bakers-weekly.example")["risk"], "clean");
    assert_eq!(domain("bakers-weekly.example")["linkingPages"], 1240);
    // The platform subdomain is its own referring domain, never the platform.
    assert_eq!(domain("alice.blogspot.com")["risk"], "clean");
    assert!(r["domains"].as_array().unwrap().iter().all(|d| d["domain"] != "blogspot.com"));
    assert_eq!(r["totals"]["referringDomains"], r["domains"].as_array().unwrap().len());
    // Quantity by tier, category and risk: each count adds up to the referring domains it sorts.
    let counts = |key: &str| -> Vec<(String, u64)> { r["totals"][key].as_array().unwrap().iter().map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_u64().unwrap())).collect() };
    let n = r["domains"].as_array().unwrap().len() as u64;
    assert_eq!(counts("byTier").iter().map(|c| c.1).sum::<u64>(), n, "{:?}", counts("byTier"));
    assert_eq!(counts("byRisk").iter().map(|c| c.1).sum::<u64>(), n);
    assert_eq!(counts("byCategory"), [("gambling".to_string(), 1), ("hosting".to_string(), 1)], "one casino site, one blog on a platform");
    // Followed share of the live links: the one nofollow link (the forum's) is lost, so all of them.
    assert_eq!(r["totals"]["followedShare"], 1.0);
    assert_eq!((r["totals"]["links"].as_u64(), r["totals"]["liveLinks"].as_u64()), (Some(10), Some(8)));
    // The usual ranges are labelled as practitioners' rules of thumb.
    assert!(r["anchorMixNote"].as_str().unwrap().contains("rules of thumb"));
    assert!(r["anchorMix"].as_array().unwrap().iter().all(|a| a["usualRange"].as_array().is_some_and(|u| u.len() == 2)));
    let mix: Vec<(&str, u64)> = r["anchorMix"].as_array().unwrap().iter().map(|a| (a["class"].as_str().unwrap(), a["links"].as_u64().unwrap())).collect();
    assert_eq!(mix.iter().map(|m| m.1).sum::<u64>(), 5, "live links with a known anchor: {mix:?}");
    assert!(mix.contains(&("branded", 1)) && mix.contains(&("exact-match", 4)), "{mix:?}");
    let gap: Vec<&str> = r["linkGap"].as_array().unwrap().iter().map(|g| g["domain"].as_str().unwrap()).collect();
    assert!(gap.contains(&"rival-links.example") && !gap.contains(&"bakers-weekly.example"), "bakers-weekly links to both: {gap:?}");
    assert!(!r["growth"]["months"].as_array().unwrap().is_empty());

    let text = std::fs::read_to_string(&out_file).unwrap();
    assert!(text.starts_with("# kept: my own note\ndomain:old-spam.example\n"), "{text}");
    let (lines, errors) = disavow::parse(&text);
    assert!(errors.is_empty(), "{errors:?}");
    let domains: Vec<&str> = lines.iter().filter_map(|l| if let Line::Domain(d) = l { Some(d.as_str()) } else { None }).collect();
    assert_eq!(domains, ["old-spam.example", "000-online-casino.com"]);
    for d in &domains {
        assert_eq!(backlink_bot::registrable_domain(d).as_deref(), Some(*d), "a registrable domain, never a suffix");
    }
    assert!(text.len() < disavow::MAX_BYTES && text.lines().count() < disavow::MAX_LINES);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_100000_row_export_is_read_whole() {
    let mut text = String::from("Referring page URL,Target URL,Anchor,Nofollow,First seen,Last seen\n");
    for i in 0..100_000 {
        text.push_str(&format!("https://site{}.example/post-{i},https://crumbandcrust.example/,anchor {},{},2026-0{}-1{},2026-11-20\n", i % 7000, i % 50, i % 3 == 0, 1 + i % 9, i % 10));
    }
    let parsed = parse_export(text.as_bytes()).unwrap();
    assert_eq!((parsed.format, parsed.links.len(), parsed.errors.len()), (Format::Ahrefs, 100_000, 0));
    let summary = backlink_bot::backlinks::summary::summarise(parsed.links, &[], &[], &backlink_bot::Profile::default(), None);
    assert_eq!(summary.totals.referring_domains, 7000);
}
