//! The generator behind `build-intel` (native only): reads `sources.json` in the data folder and
//! the lists it names, normalizes every entry to a lowercase ASCII host, and writes the asset
//! (`domain-intel.bin`) and its JSON companion (`domain-intel.json`: format version, per-source
//! dates, licences, attributions and counts, for the options page's attribution list).
//!
//! Normalization: comments (`#`, `!`) and blank lines go; hosts-file lines keep the host after
//! the sink address (`0.0.0.0 x` → `x`); adblock and wildcard syntax (`||x^`, `*.x`, `.x`) and a
//! scheme, path or port are stripped; Unicode names become punycode; names must be valid host
//! names with at least two labels. `www.` is dropped only for sources whose entries mean the site
//! (`stripWww` in `sources.json`), and never when that would leave a public suffix or a hosting
//! platform's own domain.
//!
//! Policies, each counted in the JSON:
//! - authority keeps registrable domains only (`en.wikipedia.org` in Majestic says nothing
//!   about a link to `wikipedia.org`; `github.io` is a public suffix);
//! - category entries that are public suffixes are dropped (they could never be looked up);
//! - a whole registrable domain of the top 100k listed as phishing or spam is taken for a list
//!   error and dropped (`trustpilot.com`, `vk.com`, banks, universities and newspapers sit in
//!   those lists, often for one compromised page), while listed hosts *on* a ranked domain stay
//!   (they taint only themselves); gambling and adult entries stay, a popular casino is one;
//! - `exclude` in `sources.json` removes named entries (sites that UT1 files under "blog" but
//!   whose subdomains are not users' sites: facebook.com, twitter.com…);
//! - a `shortener-retired` source (URL shorteners known to be dead or repurposed) removes those
//!   names from the shortener set.
//!
//! Output is deterministic: same inputs, same bytes (no timestamps, sorted tables, fixed seeds).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{assemble, score_from_rank, score_from_subnets, Category, SectionSizes, Tier, ASSET_FILE, FORMAT_VERSION, MANIFEST_FILE, PLATFORM};
use crate::calendar;
use crate::domain::{is_ip_literal, registrable_domain};

/// The manifest in the data folder that lists every source.
pub const SOURCES_FILE: &str = "sources.json";

/// A generator failure, with the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError(String);

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BuildError {}

/// A built asset: the bytes of `domain-intel.bin`, the text of `domain-intel.json`, and sizes.
#[derive(Debug, Clone)]
pub struct BuiltIntel {
    pub bytes: Vec<u8>,
    pub json: String,
    pub sizes: SectionSizes,
    /// Ranked domains, categorised names and other counts (also in the JSON).
    pub summary: Summary,
}

impl BuiltIntel {
    /// Writes `domain-intel.bin` and `domain-intel.json` into `out_dir` (created if missing).
    pub fn write_to(&self, out_dir: &Path) -> Result<(), BuildError> {
        std::fs::create_dir_all(out_dir).map_err(|e| BuildError(format!("creating {}: {e}", out_dir.display())))?;
        for (name, bytes) in [(ASSET_FILE, self.bytes.as_slice()), (MANIFEST_FILE, self.json.as_bytes())] {
            let path = out_dir.join(name);
            std::fs::write(&path, bytes).map_err(|e| BuildError(format!("writing {}: {e}", path.display())))?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Format {
    /// Majestic Million CSV (`GlobalRank,…,Domain,…,RefSubNets,…,IDN_Domain,…`).
    MajesticCsv,
    /// One domain a line, rank = line number.
    RankList,
    /// One name a line (first token), `#` / `!` comments.
    Domains,
    /// Hosts file: `0.0.0.0 name`.
    Hosts,
    /// MISP warning list JSON: names in `list`.
    MispJson,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Role {
    AuthoritySubnets,
    AuthorityRank,
    Gambling,
    Adult,
    Phishing,
    Spam,
    Shortener,
    ShortenerRetired,
    HostingPlatform,
    /// Ad servers, ad networks and tracking services.
    Ads,
}

impl Role {
    /// The stored value bits a name of this source gets.
    fn bits(self) -> u8 {
        let category = match self {
            Role::Gambling => Category::Gambling,
            Role::Adult => Category::Adult,
            Role::Phishing => Category::Phishing,
            Role::Spam => Category::Spam,
            Role::Shortener => Category::Shortener,
            Role::Ads => Category::Ad,
            Role::HostingPlatform => return PLATFORM,
            Role::AuthoritySubnets | Role::AuthorityRank | Role::ShortenerRetired => return 0,
        };
        category.set().bits() as u8
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SourceSpec {
    id: String,
    name: String,
    /// Relative to the data folder.
    file: String,
    format: Format,
    role: Role,
    #[serde(default)]
    strip_www: bool,
    #[serde(default)]
    exclude: Vec<String>,
    /// Why `exclude` holds what it holds.
    #[serde(default)]
    exclude_reason: Option<String>,
    licence: String,
    attribution: String,
    url: String,
    #[serde(default)]
    commit: Option<String>,
    /// `YYYY-MM-DD` of the data.
    date: String,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SourcesFile {
    /// Licence of the built asset as a whole (the strictest of its inputs).
    asset_licence: String,
    sources: Vec<SourceSpec>,
}

/// What happened to one source's entries.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceCounts {
    /// Entries read (lines or list items with a name).
    pub read: u32,
    /// Distinct names kept from this source.
    pub kept: u32,
    /// Not a valid host name.
    pub invalid: u32,
    /// Authority: not a registrable domain; categories: a public suffix.
    pub not_registrable: u32,
    /// Named in `exclude`.
    pub excluded: u32,
    /// Whole top-100k domains dropped from a phishing or spam list.
    pub dropped_popular: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct SourceReport {
    id: String,
    name: String,
    role: Role,
    file: String,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    commit: Option<String>,
    date: String,
    licence: String,
    attribution: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exclude_reason: Option<String>,
    counts: SourceCounts,
}

/// Totals of a build.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Registrable domains with an authority score.
    pub ranked_domains: u32,
    pub top1k: u32,
    pub top10k: u32,
    pub top100k: u32,
    /// Scored from Majestic referring subnets (the rest from Tranco rank).
    pub scored_by_subnets: u32,
    /// Ranked domains dropped because another shared their 32-bit fingerprint.
    pub fingerprint_collisions: u32,
    /// Distinct names in the category filter (hosting platforms included).
    pub categorised_names: u32,
    /// Names per category; `hosting-platform` counts platforms (their users' subdomains are
    /// the `hosting` category).
    pub names_per_category: BTreeMap<String, u32>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Manifest<'a> {
    format: &'static str,
    version: u16,
    file: &'static str,
    bytes: u32,
    data_date: String,
    licence: &'a str,
    sections: SectionSizes,
    summary: &'a Summary,
    categories: Vec<CategoryInfo>,
    sources: Vec<SourceReport>,
}

#[derive(Debug, Clone, Serialize)]
struct CategoryInfo {
    id: &'static str,
    label: &'static str,
}

fn err(context: impl fmt::Display, e: impl fmt::Display) -> BuildError {
    BuildError(format!("{context}: {e}"))
}

fn read_text(path: &Path) -> Result<String, BuildError> {
    let raw = std::fs::read(path).map_err(|e| err(path.display(), e))?;
    let bytes = if path.extension().is_some_and(|x| x == "gz") {
        let mut out = Vec::with_capacity(raw.len() * 4);
        flate2::read::GzDecoder::new(raw.as_slice()).read_to_end(&mut out).map_err(|e| err(path.display(), e))?;
        out
    } else {
        raw
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A name from a list entry, lowercase ASCII, or `None` when it is not a usable host name.
pub(crate) fn normalize_name(raw: &str) -> Option<String> {
    let mut s = raw.trim();
    for prefix in ["https://", "http://", "||"] {
        s = s.strip_prefix(prefix).unwrap_or(s);
    }
    s = s.split(['^', '$', '/', ':', '?', '#']).next().unwrap_or(s);
    while let Some(rest) = s.strip_prefix("*.") {
        s = rest;
    }
    let s = s.trim_start_matches('.').trim_end_matches('.');
    let name = if s.is_ascii() { s.to_ascii_lowercase() } else { crate::idna_lite::host_to_ascii(s)? };
    let valid = (3..=253).contains(&name.len())
        && name.contains('.')
        && name.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        });
    valid.then_some(name)
}

/// Entries of one source: (name as written, rank or subnets where the format has them).
struct Entry {
    raw: String,
    /// Majestic: the IDN column, used when `raw` is malformed.
    fallback: Option<String>,
    rank: u32,
    subnets: u32,
}

fn parse(spec: &SourceSpec, text: &str) -> Result<Vec<Entry>, BuildError> {
    let plain = |raw: &str| Entry { raw: raw.to_string(), fallback: None, rank: 0, subnets: 0 };
    let lines = || text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('!'));
    Ok(match spec.format {
        Format::Domains => lines().filter_map(|l| l.split_whitespace().next()).map(plain).collect(),
        Format::Hosts => lines()
            .filter_map(|l| {
                let mut tokens = l.split_whitespace();
                let first = tokens.next()?;
                // `0.0.0.0 name`; a line with a single token is a bare name.
                if is_ip_literal(first) {
                    tokens.next().filter(|name| !name.starts_with('#') && !is_ip_literal(name))
                } else {
                    Some(first)
                }
            })
            .map(plain)
            .collect(),
        Format::RankList => lines()
            .enumerate()
            .map(|(i, l)| Entry { rank: i as u32 + 1, ..plain(l.split_whitespace().next().unwrap_or("")) })
            .collect(),
        Format::MispJson => {
            let value: serde_json::Value = serde_json::from_str(text).map_err(|e| err(&spec.file, e))?;
            let list = value.get("list").and_then(|l| l.as_array()).ok_or_else(|| err(&spec.file, "no \"list\" array"))?;
            list.iter().filter_map(|v| v.as_str()).map(plain).collect()
        }
        Format::MajesticCsv => {
            let mut rows = text.lines();
            let header: Vec<&str> = rows.next().unwrap_or("").split(',').collect();
            let column = |name: &str| header.iter().position(|h| *h == name).ok_or_else(|| err(&spec.file, format!("no {name} column")));
            let (rank, domain, subnets, idn) = (column("GlobalRank")?, column("Domain")?, column("RefSubNets")?, column("IDN_Domain")?);
            let mut out = Vec::new();
            for (i, row) in rows.enumerate().filter(|(_, r)| !r.trim().is_empty()) {
                let fields: Vec<&str> = row.split(',').collect();
                let get = |c: usize| fields.get(c).copied().ok_or_else(|| err(&spec.file, format!("row {} is short", i + 2)));
                let number = |c: usize| get(c)?.parse::<u32>().map_err(|e| err(&spec.file, format!("row {}: {e}", i + 2)));
                out.push(Entry { raw: get(domain)?.to_string(), fallback: Some(get(idn)?.to_string()), rank: number(rank)?, subnets: number(subnets)? });
            }
            out
        }
    })
}

/// Drops a leading `www.` when the rest is still a site of its own (not a public suffix such as
/// `www.co.uk` → `co.uk`, nor a hosting platform's own domain).
fn strip_www(name: String, platforms: &BTreeSet<String>) -> String {
    match name.strip_prefix("www.") {
        Some(rest) if registrable_domain(rest).is_some() && !platforms.contains(rest) => rest.to_string(),
        _ => name,
    }
}

#[derive(Default, Clone, Copy)]
struct Ranks {
    majestic_rank: u32,
    subnets: u32,
    tranco_rank: u32,
}

impl Ranks {
    fn best_rank(&self) -> u32 {
        [self.majestic_rank, self.tranco_rank].into_iter().filter(|&r| r > 0).min().unwrap_or(0)
    }
}

/// The day of a source's data (`date`, strictly `YYYY-MM-DD`: see [`crate::calendar`]).
fn source_day(spec: &SourceSpec) -> Result<i64, BuildError> {
    calendar::parse_date(&spec.date).ok_or_else(|| err(&spec.id, format!("date {:?} is not a date written YYYY-MM-DD", spec.date)))
}

/// The asset's data date, `YYYYMMDD` as a number (0 without sources).
fn date_stamp(day: Option<i64>) -> u32 {
    day.map_or(0, |day| {
        let (y, m, d) = calendar::civil_from_days(day);
        u32::try_from(y * 10_000 + m * 100 + d).unwrap_or(0)
    })
}

/// The manifest and what its sources hold.
struct Inputs {
    sources: SourcesFile,
    /// Every source's entries, in manifest order.
    texts: Vec<Vec<Entry>>,
    /// The newest source's day.
    newest: Option<i64>,
}

fn read_sources(data_dir: &Path) -> Result<Inputs, BuildError> {
    let manifest_path = data_dir.join(SOURCES_FILE);
    let sources: SourcesFile = serde_json::from_str(&read_text(&manifest_path)?).map_err(|e| err(manifest_path.display(), e))?;
    let mut texts = Vec::with_capacity(sources.sources.len());
    let mut newest: Option<i64> = None;
    for spec in &sources.sources {
        let day = source_day(spec)?;
        newest = Some(newest.map_or(day, |n| n.max(day)));
        let path: PathBuf = data_dir.join(&spec.file);
        texts.push(parse(spec, &read_text(&path)?)?);
    }
    Ok(Inputs { sources, texts, newest })
}

/// Hosting platforms, read first: `www.` stripping elsewhere must not turn `www.platform` into
/// the platform.
fn hosting_platforms(specs: &[SourceSpec], texts: &[Vec<Entry>]) -> BTreeSet<String> {
    let mut platforms = BTreeSet::new();
    for (spec, entries) in specs.iter().zip(texts) {
        if spec.role == Role::HostingPlatform {
            platforms.extend(entries.iter().filter_map(|e| normalize_name(&e.raw)));
        }
    }
    platforms
}

fn is_authority(role: Role) -> bool {
    matches!(role, Role::AuthoritySubnets | Role::AuthorityRank)
}

/// What the authority sources say.
#[derive(Default)]
struct Authority {
    /// Registrable domains and their ranks.
    ranks: BTreeMap<String, Ranks>,
    /// Ranked hosts below a registrable domain (Majestic's `play.google.com`): no authority of
    /// their own, but popular link targets the category filter must not misjudge.
    popular_hosts: BTreeSet<String>,
}

impl Authority {
    /// Whether `name` is a ranked registrable domain.
    fn is_popular(&self, name: &str) -> bool {
        self.ranks.get(name).is_some_and(|r| Tier::from_rank(r.best_rank()) != Tier::Unranked)
    }

    /// Reads one authority source's entries into the ranks.
    fn add_source(&mut self, spec: &SourceSpec, entries: &[Entry], platforms: &BTreeSet<String>, counts: &mut SourceCounts) {
        let mut kept = BTreeSet::new();
        for entry in entries {
            counts.read += 1;
            let Some(name) = normalize_name(&entry.raw).or_else(|| entry.fallback.as_deref().and_then(normalize_name)) else {
                counts.invalid += 1;
                continue;
            };
            let name = if spec.strip_www { strip_www(name, platforms) } else { name };
            if registrable_domain(&name).as_deref() != Some(name.as_str()) {
                counts.not_registrable += 1;
                self.popular_hosts.insert(name);
                continue;
            }
            let r = self.ranks.entry(name.clone()).or_default();
            if spec.role == Role::AuthoritySubnets {
                if r.majestic_rank == 0 || entry.rank < r.majestic_rank {
                    r.majestic_rank = entry.rank;
                }
                r.subnets = r.subnets.max(entry.subnets);
            } else if r.tranco_rank == 0 || entry.rank < r.tranco_rank {
                r.tranco_rank = entry.rank;
            }
            kept.insert(name);
        }
        counts.kept = kept.len() as u32;
    }

    /// The ranked domains with their score and tier (counting those scored from subnets).
    fn ranked(&self, summary: &mut Summary) -> Vec<(String, u8, Tier)> {
        let mut ranked = Vec::with_capacity(self.ranks.len());
        for (name, r) in &self.ranks {
            let tier = Tier::from_rank(r.best_rank());
            if tier == Tier::Unranked {
                continue;
            }
            let score = if r.subnets > 0 {
                summary.scored_by_subnets += 1;
                score_from_subnets(r.subnets)
            } else {
                score_from_rank(r.tranco_rank)
            };
            ranked.push((name.clone(), score, tier));
        }
        ranked
    }
}

/// Reads one category source's entries into `names` (or, for retired shorteners, `retired`).
fn add_category_source(
    spec: &SourceSpec,
    entries: &[Entry],
    platforms: &BTreeSet<String>,
    authority: &Authority,
    (names, retired): (&mut BTreeMap<String, u8>, &mut BTreeSet<String>),
    counts: &mut SourceCounts,
) {
    let exclude: BTreeSet<&str> = spec.exclude.iter().map(String::as_str).collect();
    let mut kept = BTreeSet::new();
    for entry in entries {
        counts.read += 1;
        let Some(name) = normalize_name(&entry.raw) else {
            counts.invalid += 1;
            continue;
        };
        let name = if spec.strip_www { strip_www(name, platforms) } else { name };
        if exclude.contains(name.as_str()) {
            counts.excluded += 1;
            continue;
        }
        let site = registrable_domain(&name);
        if site.is_none() && !is_ip_literal(&name) {
            counts.not_registrable += 1;
            continue;
        }
        if matches!(spec.role, Role::Phishing | Role::Spam) && site.as_deref() == Some(name.as_str()) && authority.is_popular(&name) {
            counts.dropped_popular.push(name);
            continue;
        }
        if spec.role == Role::ShortenerRetired {
            retired.insert(name.clone());
        } else {
            *names.entry(name.clone()).or_default() |= spec.role.bits();
        }
        kept.insert(name);
    }
    counts.kept = kept.len() as u32;
    counts.dropped_popular.sort();
    counts.dropped_popular.dedup();
}

/// Every categorised name and its value bits, retired shorteners no longer shorteners.
fn categorise(specs: &[SourceSpec], texts: &[Vec<Entry>], platforms: &BTreeSet<String>, authority: &Authority, counts: &mut [SourceCounts]) -> BTreeMap<String, u8> {
    let mut names: BTreeMap<String, u8> = BTreeMap::new();
    let mut retired = BTreeSet::new();
    for ((spec, entries), counts) in specs.iter().zip(texts).zip(counts) {
        if !is_authority(spec.role) {
            add_category_source(spec, entries, platforms, authority, (&mut names, &mut retired), counts);
        }
    }
    let shortener = Category::Shortener.set().bits() as u8;
    for name in &retired {
        if let Some(bits) = names.get_mut(name) {
            *bits &= !shortener;
        }
    }
    names.retain(|_, bits| *bits != 0);
    names
}

/// Fills the summary's counts of names per category and of domains per tier.
fn count(summary: &mut Summary, names: &BTreeMap<String, u8>, ranked: &[(String, u8, Tier)]) {
    for (id, bit) in Category::ALL.iter().map(|c| (c.id(), c.set().bits() as u8)).filter(|(id, _)| *id != "hosting").chain([("hosting-platform", PLATFORM)]) {
        summary.names_per_category.insert(id.to_string(), names.values().filter(|&&b| b & bit != 0).count() as u32);
    }
    summary.categorised_names = names.len() as u32;
    summary.ranked_domains = ranked.len() as u32;
    for (_, _, tier) in ranked {
        match tier {
            Tier::Top1k => summary.top1k += 1,
            Tier::Top10k => summary.top10k += 1,
            _ => summary.top100k += 1,
        }
    }
}

/// `domain-intel.json`: what was built from what, under which licences.
fn manifest_json(sources: &SourcesFile, counts: Vec<SourceCounts>, newest: Option<i64>, bytes: &[u8], sizes: SectionSizes, summary: &Summary) -> Result<String, BuildError> {
    let stamp = date_stamp(newest);
    let manifest = Manifest {
        format: "backlink-bot/domain-intel",
        version: FORMAT_VERSION,
        file: ASSET_FILE,
        bytes: bytes.len() as u32,
        data_date: format!("{}-{:02}-{:02}", stamp / 10_000, stamp / 100 % 100, stamp % 100),
        licence: &sources.asset_licence,
        sections: sizes,
        summary,
        categories: Category::ALL.iter().map(|c| CategoryInfo { id: c.id(), label: c.label() }).collect(),
        sources: sources
            .sources
            .iter()
            .zip(counts)
            .map(|(s, counts)| SourceReport {
                id: s.id.clone(),
                name: s.name.clone(),
                role: s.role,
                file: s.file.clone(),
                url: s.url.clone(),
                commit: s.commit.clone(),
                date: s.date.clone(),
                licence: s.licence.clone(),
                attribution: s.attribution.clone(),
                note: s.note.clone(),
                exclude_reason: s.exclude_reason.clone(),
                counts,
            })
            .collect(),
    };
    let mut json = serde_json::to_string_pretty(&manifest).map_err(|e| err("domain-intel.json", e))?;
    json.push('\n');
    Ok(json)
}

/// Builds the asset from the data folder (`data/domains/`): see the module header.
pub fn build(data_dir: &Path) -> Result<BuiltIntel, BuildError> {
    let Inputs { sources, texts, newest } = read_sources(data_dir)?;
    let specs = sources.sources.as_slice();
    let mut counts: Vec<SourceCounts> = vec![SourceCounts::default(); specs.len()];
    let platforms = hosting_platforms(specs, &texts);

    let mut authority = Authority::default();
    for ((spec, entries), counts) in specs.iter().zip(&texts).zip(&mut counts) {
        if is_authority(spec.role) {
            authority.add_source(spec, entries, &platforms, counts);
        }
    }
    let mut summary = Summary::default();
    let ranked = authority.ranked(&mut summary);
    let names = categorise(specs, &texts, &platforms, &authority, &mut counts);
    count(&mut summary, &names, &ranked);

    let categorised: Vec<(String, u8)> = names.into_iter().collect();
    // The domains links go to most must never be false positives of the category filter.
    let avoid: Vec<String> =
        ranked.iter().flat_map(|(name, _, _)| [name.clone(), format!("www.{name}")]).chain(authority.popular_hosts).collect();
    let (bytes, sizes, collisions) = assemble(date_stamp(newest), &ranked, &categorised, &avoid).map_err(|e| err("category filter", e))?;
    summary.fingerprint_collisions = collisions;
    summary.ranked_domains -= collisions;
    let json = manifest_json(&sources, counts, newest, &bytes, sizes, &summary)?;
    Ok(BuiltIntel { bytes, json, sizes, summary })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalized_from_every_list_syntax() {
        let n = |s: &str| normalize_name(s);
        assert_eq!(n("Example.COM").as_deref(), Some("example.com"));
        assert_eq!(n("||ads.example.com^").as_deref(), Some("ads.example.com"));
        assert_eq!(n("*.example.com").as_deref(), Some("example.com"));
        assert_eq!(n(".afshin.ir").as_deref(), Some("afshin.ir"));
        assert_eq!(n("https://example.com/path?q").as_deref(), Some("example.com"));
        assert_eq!(n("example.com.").as_deref(), Some("example.com"));
        assert_eq!(n("bücher.de").as_deref(), Some("xn--bcher-kva.de"));
        assert_eq!(n("localhost"), None);
        assert_eq!(n("bad..example"), None);
        assert_eq!(n("spa ce.com"), None);
        assert_eq!(n(""), None);
    }

    #[test]
    fn www_is_stripped_only_to_a_site() {
        let platforms: BTreeSet<String> = ["wordpress.com".to_string()].into();
        assert_eq!(strip_www("www.example.com".into(), &platforms), "example.com");
        assert_eq!(strip_www("www.co.uk".into(), &platforms), "www.co.uk");
        assert_eq!(strip_www("www.wordpress.com".into(), &platforms), "www.wordpress.com");
        assert_eq!(strip_www("www.blogspot.com".into(), &platforms), "www.blogspot.com");
    }

    #[test]
    fn source_dates_must_be_real_days() {
        let spec = |date: &str| -> SourceSpec {
            serde_json::from_value(serde_json::json!({
                "id": "t", "name": "t", "file": "t", "format": "domains", "role": "adult",
                "licence": "MIT", "attribution": "t", "url": "t", "date": date
            }))
            .unwrap()
        };
        assert_eq!(source_day(&spec("2026-08-20")).map(|d| date_stamp(Some(d))), Ok(20_260_820));
        for bad in ["2026-13-45", "2026-02-29", "20260820", "2026/08/20", ""] {
            assert!(source_day(&spec(bad)).is_err(), "{bad:?}");
        }
        assert_eq!(date_stamp(None), 0);
    }

    #[test]
    fn hosts_lines_keep_the_host() {
        let spec: SourceSpec = serde_json::from_value(serde_json::json!({
            "id": "t", "name": "t", "file": "t", "format": "hosts", "role": "adult",
            "licence": "MIT", "attribution": "t", "url": "t", "date": "2026-01-01"
        }))
        .unwrap();
        let entries = parse(&spec, "# c\n0.0.0.0 a.com\n127.0.0.1 b.com # note\n0.0.0.0 0.0.0.0\nc.com\n").unwrap();
        let raws: Vec<&str> = entries.iter().map(|e| e.raw.as_str()).collect();
        assert_eq!(raws, ["a.com", "b.com", "c.com"]);
    }
}
