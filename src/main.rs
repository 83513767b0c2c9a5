//! `backlink-bot analyze SNAPSHOT.json [--profile PROFILE.json] [--today YYYY-MM-DD]
//! [--domain-data PATH|none] [--verbose]`: prints, as JSON, the Report the popup draws for that
//! snapshot. It goes through the popup's own steps ([`read_snapshot`], [`Profile::from_stored`],
//! [`DomainIntel::from_bytes`], [`popup_report`]), so the two cannot drift. A snapshot is what
//! `extension/extract.js` returns (run it in any page, e.g. pasted in DevTools).
//!
//! `backlink-bot backlinks FILE... [--competitor DOMAIN=FILE]... [--profile PROFILE.json]
//! [--today YYYY-MM-DD] [--disavow OUT.txt]`: reads backlink exports with the core's parsers
//! ([`backlink_bot::backlinks`]) and prints the audit, totals, anchor mix, growth and link gap.
#![warn(clippy::too_many_lines)]

use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use backlink_bot::{intel::DomainIntel, popup_report, read_snapshot, Profile};

#[cfg(not(target_arch = "wasm32"))]
const HELP: &str = "\
backlink-bot analyze SNAPSHOT.json [options]

Prints the Report the Backlink Bot popup draws for a page snapshot (JSON on standard output).
SNAPSHOT.json is what extension/extract.js returns for a page; \"-\" reads standard input.

Options:
  --profile PROFILE.json   the profile as the extension stores it (chrome.storage.local key
                           \"profile\"); default: no profile, as in a fresh install. Without
                           your site and keywords the prospect has no verdict and no score
                           (\"verdict\": null, \"needsProfile\" says what to add), unless the
                           page is \"avoid\" or \"not-a-prospect\", which hold for anyone
  --today YYYY-MM-DD       the date freshness and prospect suitability are judged on;
                           default: today's date (UTC), as the popup does
  --domain-data PATH       the domain-intel.bin asset (authority tiers, bad neighbourhoods),
                           or \"none\" to judge without it. Default: $BACKLINK_BOT_DOMAIN_DATA,
                           else domain-intel.bin or data/domain-intel.bin next to this program,
                           else ../../dist/data/domain-intel.bin from it (a cargo build in the
                           repository, after ./build.sh)
  --verbose                say on standard error which domain data was used
  -h, --help               this text

Exit status: 0 with the Report on standard output; 2 with one line on standard error when an
input is unusable (not a snapshot, a damaged profile, a bad date or flag, no domain data) or the
popup refuses the page (a PDF).

backlink-bot backlinks FILE... [--competitor DOMAIN=FILE]... [options] [--disavow OUT.txt]

Audits my backlink profile from export files (Google Search Console links, Ahrefs, Semrush,
Majestic, or any CSV with a source URL column; UTF-8 or UTF-16, comma, semicolon or tab) and
prints JSON: each file as read, the totals, every referring domain (\"domain\", \"risk\": clean,
review or likely-toxic, the reasons), the anchor mix, new and lost referring domains per month,
and the competitors' link gap (\"linkGap\"). --competitor DOMAIN=FILE adds a competitor's export
(repeatable). --disavow OUT.txt writes Google's disavow file for every likely-toxic domain,
merged into OUT.txt when it exists (its lines and comments kept). --profile, --today and
--domain-data as above. Exit 2 with one line on standard error for a file it cannot read.
";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    use std::io::Write;

    match run() {
        Ok(Outcome::Help) => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Ok(Outcome::Report(json)) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not worth a panic message.
            match writeln!(out, "{json}").and_then(|_| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::FAILURE,
            }
        }
        Err(message) => {
            // One line: scripts and batch runs log it as is.
            eprintln!("backlink-bot: {}", message.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
enum Outcome {
    Help,
    Report(String),
}

/// What the command line asked for.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct Args {
    command: String,
    snapshot: Option<String>,
    /// `backlinks`: my export files, competitors' (domain, file), the disavow file to write.
    files: Vec<String>,
    competitors: Vec<(String, String)>,
    disavow: Option<String>,
    profile: Option<String>,
    today: Option<String>,
    domain_data: Option<String>,
    verbose: bool,
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;

    let mut parser = lexopt::Parser::from_env();
    let mut args = Args::default();
    let mut command = None;
    let text = |value: std::ffi::OsString, what: &str| value.into_string().map_err(|_| format!("{what} is not valid UTF-8"));
    let flag_error = |e: lexopt::Error| format!("{e} (see backlink-bot --help)");
    while let Some(arg) = parser.next().map_err(flag_error)? {
        match arg {
            Short('h') | Long("help") => return Ok(None),
            Long("profile") => args.profile = Some(text(parser.value().map_err(flag_error)?, "--profile")?),
            Long("today") => args.today = Some(text(parser.value().map_err(flag_error)?, "--today")?),
            Long("domain-data") => args.domain_data = Some(text(parser.value().map_err(flag_error)?, "--domain-data")?),
            Long("verbose") => args.verbose = true,
            Long("disavow") => args.disavow = Some(text(parser.value().map_err(flag_error)?, "--disavow")?),
            Long("competitor") => {
                let value = text(parser.value().map_err(flag_error)?, "--competitor")?;
                let (domain, file) = value.split_once('=').filter(|(d, f)| !d.is_empty() && !f.is_empty()).ok_or_else(|| format!("--competitor {value:?}: expected DOMAIN=FILE"))?;
                args.competitors.push((domain.trim().to_ascii_lowercase(), file.to_string()));
            }
            Value(value) if command.is_none() => command = Some(text(value, "the command")?),
            Value(value) if command.as_deref() == Some("backlinks") => args.files.push(text(value, "a file path")?),
            Value(value) if args.snapshot.is_none() => args.snapshot = Some(text(value, "the snapshot path")?),
            Value(value) => return Err(format!("unexpected argument {:?} (see backlink-bot --help)", value.to_string_lossy())),
            _ => return Err(flag_error(arg.unexpected())),
        }
    }
    args.command = command.clone().unwrap_or_default();
    match command.as_deref() {
        Some("analyze") if args.snapshot.is_some() => Ok(Some(args)),
        Some("backlinks") if !args.files.is_empty() || !args.competitors.is_empty() => Ok(Some(args)),
        Some("backlinks") => Err("backlinks needs at least one export FILE (see backlink-bot --help)".into()),
        Some("analyze") => Err("analyze needs a SNAPSHOT.json (or \"-\" for standard input); see backlink-bot --help".into()),
        Some(other) => Err(format!("unknown command {other:?}: expected analyze or backlinks (see backlink-bot --help)")),
        None => Err("expected: backlink-bot analyze SNAPSHOT.json (see backlink-bot --help)".into()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<Outcome, String> {
    let Some(args) = parse_args()? else { return Ok(Outcome::Help) };
    if args.command == "backlinks" {
        return run_backlinks(&args);
    }
    let snapshot_path = args.snapshot.as_deref().unwrap_or("-");
    // Checked before any file is read: a bad flag changes nothing and costs nothing.
    let today = today_of(&args)?;

    let snapshot = read_snapshot(&read_text(snapshot_path)?).map_err(|e| format!("{} is not a page snapshot: {e}", shown(snapshot_path)))?;
    // Every snapshot extract.js writes carries its format version; JSON that merely parses
    // (`{}`, a profile, a Report) would otherwise be analysed as an empty page.
    if snapshot.schema_version == 0 {
        return Err(format!("{} is not a page snapshot: it has no schemaVersion (snapshots come from extension/extract.js)", shown(snapshot_path)));
    }
    let profile = profile_of(&args)?;
    let intel = load_domain_data(args.domain_data.as_deref(), args.verbose)?;

    let report = popup_report(&snapshot, &profile, intel.as_ref(), today).map_err(|refusal| format!("{}: the popup does not analyse this page: {refusal}", shown(snapshot_path)))?;
    serde_json::to_string_pretty(&report).map(Outcome::Report).map_err(|e| format!("could not write the report: {e}"))
}

/// `backlink-bot backlinks`: every file read first (one unreadable file changes nothing and
/// stops with its reason), then the summary, then the disavow file.
#[cfg(not(target_arch = "wasm32"))]
fn run_backlinks(args: &Args) -> Result<Outcome, String> {
    use backlink_bot::backlinks::{audit::Risk, disavow, import::parse_export, summary::summarise};

    let today = today_of(args)?;
    let profile = profile_of(args)?;
    let intel = load_domain_data(args.domain_data.as_deref(), args.verbose)?;
    let read = |path: &str| -> Result<backlink_bot::backlinks::import::Parsed, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        parse_export(&bytes).map_err(|why| format!("{path}: {why}"))
    };
    let mut files = Vec::new();
    let (mut mine, mut sites) = (Vec::new(), Vec::new());
    for path in &args.files {
        let parsed = read(path)?;
        files.push(serde_json::json!({ "file": path, "whose": "mine", "format": parsed.format, "formatLabel": parsed.format.label(), "encoding": parsed.encoding.label(), "links": parsed.links.len(), "sites": parsed.sites.len(), "errors": parsed.errors }));
        mine.extend(parsed.links);
        sites.extend(parsed.sites);
    }
    let mut competitors = Vec::new();
    for (domain, path) in &args.competitors {
        let parsed = read(path)?;
        files.push(serde_json::json!({ "file": path, "whose": domain, "format": parsed.format, "formatLabel": parsed.format.label(), "encoding": parsed.encoding.label(), "links": parsed.links.len(), "sites": parsed.sites.len(), "errors": parsed.errors }));
        competitors.push((domain.clone(), parsed.links));
    }
    let summary = summarise(mine, &sites, &competitors, &profile, intel.as_ref());
    let mut out = serde_json::to_value(&summary).map_err(|e| format!("could not write the audit: {e}"))?;
    if let Some(object) = out.as_object_mut() {
        object.insert("files".into(), serde_json::Value::Array(files));
        object.insert("today".into(), backlink_bot::calendar::format_date(today).into());
    }
    if let Some(path) = args.disavow.as_deref() {
        let toxic: Vec<(String, String)> = summary.domains.iter().filter(|d| d.risk == Risk::LikelyToxic).map(|d| (d.domain.clone(), d.reasons.iter().filter(|r| r.weight > 0).map(|r| r.reason.to_string()).collect::<Vec<_>>().join("; "))).collect();
        let existing = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| format!("{path} is not UTF-8 text: a disavow file must be"))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(format!("cannot read {path}: {e}")),
        };
        let file = disavow::write(&existing, &toxic, today, intel.as_ref()).map_err(|why| format!("{path}: {why}"))?;
        std::fs::write(path, &file).map_err(|e| format!("cannot write {path}: {e}"))?;
        if let Some(object) = out.as_object_mut() {
            object.insert("disavow".into(), serde_json::json!({ "file": path, "domains": toxic.len() }));
        }
    }
    serde_json::to_string_pretty(&out).map(Outcome::Report).map_err(|e| format!("could not write the audit: {e}"))
}

/// `--today`, else today's date (UTC). Checked before any file is read.
#[cfg(not(target_arch = "wasm32"))]
fn today_of(args: &Args) -> Result<i64, String> {
    use backlink_bot::crm::time::parse_date;
    match args.today.as_deref() {
        Some(date) => parse_date(date).ok_or_else(|| format!("--today {date:?} is not a date: expected YYYY-MM-DD, a real day of years 1000-9999")),
        None => Ok(today_utc()),
    }
}

/// `--profile`, else no profile (a fresh install).
#[cfg(not(target_arch = "wasm32"))]
fn profile_of(args: &Args) -> Result<Profile, String> {
    match args.profile.as_deref() {
        Some(path) => Profile::from_stored(&read_text(path)?).map_err(|e| format!("{}: {e}", shown(path))),
        None => Ok(Profile::default()),
    }
}

/// Today as days since 1970-01-01 (UTC), as the popup computes it from `Date.now()`.
#[cfg(not(target_arch = "wasm32"))]
fn today_utc() -> i64 {
    let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    (since_epoch.as_secs() / 86_400) as i64
}

#[cfg(not(target_arch = "wasm32"))]
fn shown(path: &str) -> &str {
    if path == "-" { "standard input" } else { path }
}

#[cfg(not(target_arch = "wasm32"))]
fn read_text(path: &str) -> Result<String, String> {
    use std::io::Read;

    let mut bytes = Vec::new();
    let read = if path == "-" { std::io::stdin().read_to_end(&mut bytes).map(drop) } else { std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(drop) };
    read.map_err(|e| format!("cannot read {}: {e}", shown(path)))?;
    String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", shown(path)))
}

/// The domain data the popup would load, found in the documented order, or none when asked.
#[cfg(not(target_arch = "wasm32"))]
fn load_domain_data(flag: Option<&str>, verbose: bool) -> Result<Option<DomainIntel>, String> {
    use std::path::PathBuf;

    let env = std::env::var("BACKLINK_BOT_DOMAIN_DATA").ok().filter(|v| !v.is_empty());
    let (chosen, origin) = match (flag, env) {
        (Some(flag), _) => (Some(flag.to_string()), "--domain-data"),
        (None, Some(env)) => (Some(env), "$BACKLINK_BOT_DOMAIN_DATA"),
        (None, None) => (None, ""),
    };
    let path = match chosen.as_deref() {
        Some("none") => {
            if verbose {
                eprintln!("backlink-bot: no domain data ({origin} none): authority and bad neighbourhoods not judged");
            }
            return Ok(None);
        }
        Some(path) => PathBuf::from(path),
        None => {
            let candidates = default_locations();
            match candidates.iter().find(|p| p.is_file()) {
                Some(found) => found.clone(),
                None => {
                    let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
                    return Err(format!(
                        "no domain data found (looked for {}): run ./build.sh, or pass --domain-data PATH, or --domain-data none",
                        looked.join(", ")
                    ));
                }
            }
        }
    };
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read the domain data {}: {e}", path.display()))?;
    let intel = DomainIntel::from_bytes(&bytes).map_err(|e| format!("{} is not usable domain data: {e}", path.display()))?;
    if verbose {
        eprintln!("backlink-bot: domain data {}", path.display());
    }
    Ok(Some(intel))
}

/// Next to the executable (an installed copy), then the repository's `dist/data/` seen from
/// `target/<profile>/` (a cargo build after `./build.sh`).
#[cfg(not(target_arch = "wasm32"))]
fn default_locations() -> Vec<std::path::PathBuf> {
    use backlink_bot::intel::ASSET_FILE;

    let Some(dir) = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|d| d.to_path_buf())) else { return Vec::new() };
    let mut places = vec![dir.join(ASSET_FILE), dir.join("data").join(ASSET_FILE)];
    if let Some(repo) = dir.parent().and_then(|target| target.parent()) {
        places.push(repo.join("dist").join("data").join(ASSET_FILE));
    }
    places
}

#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::SUCCESS
}
