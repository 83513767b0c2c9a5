//! The `backlink-bot analyze` binary, run as a user runs it: its Report equals the popup's
//! (`analyze_prospect` in-process, with the same profile reading, domain data and date), `--today`
//! moves only what depends on the date, and unusable input exits 2 with one line on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use backlink_bot::intel::{self, DomainIntel};
use backlink_bot::crm::time::parse_date;
use backlink_bot::{analyze_prospect, read_snapshot, Profile, Report};

const PROFILE: &str = r#"{
  "version": 1,
  "myDomains": ["crumb-and-crust.example"],
  "brands": ["Crumb and Crust"],
  "competitors": ["rival-bakery.example"],
  "keywords": ["sourdough", "bread baking", "starter", "baking"],
  "topic": "Home sourdough bread baking guides",
  "languages": ["en"]
}"#;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(format!("{name}.snapshot.json"))
}

/// A scratch directory for this test binary's files.
fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("backlink-bot-cli-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch dir");
        dir
    })
}

fn write(name: &str, contents: &[u8]) -> PathBuf {
    let path = scratch().join(name);
    std::fs::write(&path, contents).expect("write scratch file");
    path
}

/// The real asset, built from `data/domains/` by the generator `build-intel` runs.
fn domain_data() -> &'static (PathBuf, DomainIntel) {
    static BUILT: OnceLock<(PathBuf, DomainIntel)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let built = intel::build(&root().join("data/domains")).expect("the asset builds from data/domains");
        let path = write("domain-intel.bin", &built.bytes);
        (path, DomainIntel::from_bytes(&built.bytes).expect("the asset loads"))
    })
}

fn cli(args: &[&str]) -> Output {
    cli_with(args, None, &[])
}

fn cli_with(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_backlink-bot"));
    command.args(args).env_remove("BACKLINK_BOT_DOMAIN_DATA").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command.spawn().expect("the CLI runs");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.unwrap_or_default()).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("the CLI exits")
}

fn report_of(out: &Output) -> Report {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is a Report")
}

/// Exit 2 and exactly one line on stderr, nothing on stdout; returns the line.
fn refused(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "stdout: {}", String::from_utf8_lossy(&out.stdout));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr.clone()).expect("UTF-8 stderr");
    assert!(stderr.ends_with('\n') && stderr.lines().count() == 1, "not one line: {stderr:?}");
    stderr.trim_end().to_string()
}

/// What the popup computes for this snapshot file (`analyze_prospect`), in-process.
fn in_process(name: &str, profile: &Profile, intel: Option<&DomainIntel>, today: &str) -> Report {
    let json = std::fs::read_to_string(fixture(name)).expect("fixture");
    let snapshot = read_snapshot(&json).expect("fixture is a snapshot");
    analyze_prospect(&snapshot, profile, intel, parse_date(today).expect("date"))
}

#[test]
fn report_with_domain_data_and_profile_equals_the_popups() {
    let (asset, intel) = domain_data();
    let profile_path = write("profile.json", PROFILE.as_bytes());
    let profile = Profile::from_stored(PROFILE).expect("profile");
    let asset = asset.to_str().expect("UTF-8 path");
    for name in ["blog-editorial", "prospect-resource", "prospect-mention", "prospect-casino-farm", "neighbourhoods"] {
        let path = fixture(name);
        let out = cli(&["analyze", path.to_str().expect("UTF-8 path"), "--profile", profile_path.to_str().expect("UTF-8"), "--today", "2026-11-24", "--domain-data", asset]);
        let got = report_of(&out);
        let want = in_process(name, &profile, Some(intel), "2026-11-24");
        assert_eq!(got, want, "{name}");
        // The inputs really were used: tiers from the domain data, relevance from the profile.
        assert!(got.links.iter().any(|l| l.authority.is_some()), "{name}: no authority judged");
        assert!(got.prospect.as_ref().expect("prospect").not_judged.is_empty(), "{name}: the profile was not used");
    }
    // Without the domain data or the profile the Report differs: the flags are not decoration.
    let path = fixture("neighbourhoods");
    let out = cli(&["analyze", path.to_str().expect("UTF-8"), "--today", "2026-11-24", "--domain-data", "none"]);
    let bare = report_of(&out);
    assert_eq!(bare, in_process("neighbourhoods", &Profile::default(), None, "2026-11-24"));
    assert!(bare.links.iter().all(|l| l.authority.is_none()));
    assert!(!bare.prospect.expect("prospect").not_judged.is_empty());
    // Without a profile: no verdict and no score in the JSON, and what it would take.
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let prospect = &json["prospect"];
    assert_eq!((&prospect["score"], &prospect["verdict"]), (&serde_json::Value::Null, &serde_json::Value::Null));
    assert_eq!(prospect["needsProfile"], "Add your site and keywords to judge this page as a prospect");
}

#[test]
fn stdin_and_the_environment_variable_give_the_same_report() {
    let (asset, intel) = domain_data();
    let json = std::fs::read(fixture("prospect-pbn")).expect("fixture");
    let out = cli_with(&["analyze", "-", "--today=2026-01-31", "--verbose"], Some(&json), &[("BACKLINK_BOT_DOMAIN_DATA", asset.to_str().expect("UTF-8"))]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim_end(), format!("backlink-bot: domain data {}", asset.display()), "--verbose names the file used");
    let got: Report = serde_json::from_slice(&out.stdout).expect("Report");
    assert_eq!(got, in_process("prospect-pbn", &Profile::default(), Some(intel), "2026-01-31"));
}

#[test]
fn today_moves_freshness_deterministically() {
    let path = fixture("blog-editorial");
    let path = path.to_str().expect("UTF-8");
    // Published 2024-04-18, modified later in 2024: fresh a few months on, stale years on.
    // With a profile: without one there is no prospect score to move (issue 11).
    let profile_path = write("freshness-profile.json", PROFILE.as_bytes());
    let profile_path = profile_path.to_str().expect("UTF-8");
    let profile = Profile::from_stored(PROFILE).expect("profile");
    let run = |today: &str| report_of(&cli(&["analyze", path, "--profile", profile_path, "--today", today, "--domain-data", "none"]));
    let soon = run("2024-12-01");
    let late = run("2029-06-01");
    assert_eq!(soon, run("2024-12-01"), "same date, same Report");
    assert_eq!(soon, in_process("blog-editorial", &profile, None, "2024-12-01"));
    assert_eq!(late, in_process("blog-editorial", &profile, None, "2029-06-01"));
    let freshness = |r: &Report| {
        let p = r.prospect.as_ref().expect("prospect");
        p.contributions.iter().find(|c| c.signal == "freshness").map(|c| c.weight)
    };
    assert_eq!(freshness(&soon), Some(5));
    assert_eq!(freshness(&late), Some(-5));
    let score = |r: &Report| r.prospect.as_ref().expect("p").score.expect("judged with a profile");
    assert!(score(&soon) > score(&late));
    // Link scores do not depend on the date.
    assert_eq!(soon.links, late.links);
}

#[test]
fn a_file_that_is_not_a_snapshot_exits_2_with_one_line() {
    let cases: [(&str, &[u8], &str); 6] = [
        ("garbage.json", b"<html>not json</html>", "is not a page snapshot"),
        ("number.json", b"42", "is not a page snapshot"),
        ("empty-object.json", b"{}", "no schemaVersion"),
        ("profile-shaped.json", PROFILE.as_bytes(), "no schemaVersion"),
        ("latin1.json", b"{\"url\": \"caf\xe9\"}", "not UTF-8"),
        ("truncated.json", b"{\"schemaVersion\": 1, \"links\": [", "is not a page snapshot"),
    ];
    for (name, contents, expected) in cases {
        let path = write(name, contents);
        let line = refused(&cli(&["analyze", path.to_str().expect("UTF-8"), "--domain-data", "none"]));
        assert!(line.starts_with("backlink-bot: ") && line.contains(expected), "{name}: {line}");
    }
    let line = refused(&cli(&["analyze", "/nonexistent/snapshot.json", "--domain-data", "none"]));
    assert!(line.contains("cannot read /nonexistent/snapshot.json"), "{line}");
    // A PDF snapshot: the popup shows its refusal, not a Report, and so does the CLI.
    let pdf = write("pdf.json", br#"{"schemaVersion": 1, "url": "http://127.0.0.1/doc.pdf", "contentType": "application/pdf"}"#);
    let line = refused(&cli(&["analyze", pdf.to_str().expect("UTF-8"), "--domain-data", "none"]));
    assert!(line.contains("PDF documents can't be analysed"), "{line}");
}

#[test]
fn bad_dates_flags_profiles_and_domain_data_exit_2() {
    let path = fixture("blog-editorial");
    let path = path.to_str().expect("UTF-8");
    for date in ["2026-13-45", "2026-02-29", "2026-1-1", "tomorrow", ""] {
        let line = refused(&cli(&["analyze", path, "--today", date, "--domain-data", "none"]));
        assert!(line.contains("--today") && line.contains("not a date"), "{date}: {line}");
    }
    let line = refused(&cli(&["analyze", path, "--today"]));
    assert!(line.contains("--today"), "{line}");
    let line = refused(&cli(&["analyze", path, "--frobnicate"]));
    assert!(line.contains("--frobnicate"), "{line}");
    refused(&cli(&["analyse", path]));
    refused(&cli(&["analyze"]));
    refused(&cli(&[]));

    let damaged = write("damaged-profile.json", b"{\"myDomains\": \"not a list\"}");
    let line = refused(&cli(&["analyze", path, "--profile", damaged.to_str().expect("UTF-8"), "--domain-data", "none"]));
    assert!(line.contains("the saved profile is damaged"), "{line}");
    let newer = write("newer-profile.json", b"{\"version\": 99}");
    let line = refused(&cli(&["analyze", path, "--profile", newer.to_str().expect("UTF-8"), "--domain-data", "none"]));
    assert!(line.contains("newer Backlink Bot"), "{line}");

    let not_intel = write("not-intel.bin", b"not the asset");
    let line = refused(&cli(&["analyze", path, "--domain-data", not_intel.to_str().expect("UTF-8")]));
    assert!(line.contains("is not usable domain data"), "{line}");
    let line = refused(&cli_with(&["analyze", path], None, &[("BACKLINK_BOT_DOMAIN_DATA", "/nonexistent/domain-intel.bin")]));
    assert!(line.contains("/nonexistent/domain-intel.bin"), "{line}");
}

#[test]
fn help_documents_every_flag() {
    let out = cli(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).expect("UTF-8");
    for flag in ["--profile", "--today", "--domain-data", "--verbose", "BACKLINK_BOT_DOMAIN_DATA", "none"] {
        assert!(help.contains(flag), "{flag} undocumented");
    }
}
