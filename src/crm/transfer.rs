//! Export and import of saved opportunities: CSV for spreadsheets, JSON for backups. Pure, so the
//! page only moves files and everything that can go wrong with one is unit-tested here.
//!
//! CSV is written for spreadsheets: RFC 4180 quoting, CRLF line ends and a UTF-8 BOM, because
//! Excel reads a BOM-less file in the machine's legacy code page (mangling every non-ASCII title)
//! and RFC 4180 says CRLF. A cell that a spreadsheet would run as a formula (it begins with `=`,
//! `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, OWASP's advice against CSV
//! injection: notes and titles come from pages and imports, so `=HYPERLINK(…)` must stay text.
//! Import takes exactly one such apostrophe off again; a cell that already begins with
//! apostrophes before a formula character gets one more on export, so export → import is exact.
//!
//! JSON is the backup: records exactly as stored (unknown fields included), which import passes
//! through the same migration and checks as a stored value ([`super::from_stored`]).
//!
//! Import only plans: it reads and checks every row, merges duplicates and the records already
//! stored ([`super::merge`]), and says what it would add and update; the page writes after the
//! user confirms. Times are inputs (`now_ms`); nothing here reads a clock.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use serde_json::value::RawValue;

use super::checks::{LinkCheck, LinkState};
use super::encoding::{self, Encoding};
use super::time::{format_iso, parse_date, parse_iso};
use super::{canonical_url, merge, parse_tags, Record, Status, StatusChange, SCHEMA_VERSION};
use crate::intel::Tier;
use crate::prospect::openings::OpeningKind;
use crate::prospect::suitability::Verdict;

/// The `format` field of a JSON backup.
pub const BACKUP_FORMAT: &str = "backlink-bot-opportunities";

/// Largest file import reads: far beyond 10,000 records, small enough not to stall the page.
pub const MAX_IMPORT_BYTES: usize = 50 * 1024 * 1024;

/// Most data rows (CSV) or records (JSON) import reads.
pub const MAX_IMPORT_ROWS: usize = 100_000;

/// The CSV columns, in order, with what each holds (the README's table is made from this).
pub const CSV_COLUMNS: [(&str, &str); 23] = [
    ("id", "Short stable id derived from the URL (recomputed on import)."),
    ("url", "The page, canonical (no fragment, no tracking parameters); the only column import requires."),
    ("domain", "The page's registrable domain (recomputed on import)."),
    ("title", "The page's title when saved."),
    ("status", "new, contacted, replied, won, lost or do-not-contact (import also reads the labels; empty: new)."),
    ("score", "Prospect score when saved, 0–100; empty if none."),
    ("verdict", "strong, worth-pursuing, weak, not-a-prospect or avoid; empty if none (saved without a profile)."),
    ("opportunity_types", "Opportunity type ids, e.g. `resource-page; guest-post`."),
    ("authority_tier", "top1k, top10k, top100k or unranked; empty: no domain data when saved."),
    ("authority_score", "Domain authority score when saved, 0–100; empty if none."),
    ("emails", "Contact e-mail addresses, `; `-separated."),
    ("contact_pages", "Contact and about page URLs, `; `-separated."),
    ("social", "Social profile URLs, `; `-separated."),
    ("author", "The author's name, when the page names one."),
    ("notes", "Your notes (may span several lines)."),
    ("tags", "Your tags, `; `-separated."),
    ("follow_up", "When to follow up, YYYY-MM-DD; empty if not set."),
    ("target_page", "The page of yours you want linked."),
    ("proposed_anchor", "The anchor text you will propose."),
    ("saved_at", "First saved, UTC, YYYY-MM-DDTHH:MM:SSZ."),
    ("updated_at", "Last changed, UTC (when merging, the more recently changed side wins)."),
    ("history", "Status changes, oldest first, e.g. `2026-11-18T11:06:40Z new; 2026-11-20T09:00:00Z contacted`."),
    ("link_checks", "Looks at a won page for my link, oldest first: live, nofollowed, lost or page-gone, e.g. `2026-12-02T09:00:00Z live`."),
];

// Indices into CSV_COLUMNS (id and domain are only written: import derives them from the URL).
const URL: usize = 1;
const TITLE: usize = 3;
const STATUS: usize = 4;
const SCORE: usize = 5;
const VERDICT: usize = 6;
const TYPES: usize = 7;
const TIER: usize = 8;
const AUTHORITY: usize = 9;
const EMAILS: usize = 10;
const CONTACT_PAGES: usize = 11;
const SOCIAL: usize = 12;
const AUTHOR: usize = 13;
const NOTES: usize = 14;
const TAGS: usize = 15;
const FOLLOW_UP: usize = 16;
const TARGET_PAGE: usize = 17;
const ANCHOR: usize = 18;
const SAVED_AT: usize = 19;
const UPDATED_AT: usize = 20;
const HISTORY: usize = 21;
const LINK_CHECKS: usize = 22;


/// What a spreadsheet takes as the start of a formula (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as written: an apostrophe before text a spreadsheet would run as a formula. Text that
/// already starts with apostrophes before such a character gets one more, so [`unescape_cell`]
/// (which takes exactly one off) gives back exactly the original.
fn escape_cell(text: &str) -> Cow<'_, str> {
    if text.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The cell's text: one leading apostrophe removed when it protects a formula character.
fn unescape_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

fn join<T: AsRef<str>>(items: &[T]) -> String {
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join("; ")
}

fn score_cell(score: Option<u8>) -> String {
    score.map(|s| s.to_string()).unwrap_or_default()
}

/// A record's cells, in [`CSV_COLUMNS`] order, before escaping.
fn csv_cells(r: &Record) -> [String; 23] {
    [
        r.id.clone(),
        r.url.clone(),
        r.domain.clone(),
        r.title.clone(),
        r.status.id().to_string(),
        score_cell(r.score),
        r.verdict.map(Verdict::id).unwrap_or_default().to_string(),
        r.opportunity_types.iter().map(|k| k.id()).collect::<Vec<_>>().join("; "),
        r.authority_tier.map(Tier::id).unwrap_or_default().to_string(),
        score_cell(r.authority_score),
        join(&r.contacts.emails),
        join(&r.contacts.contact_pages),
        join(&r.contacts.social),
        r.contacts.author.clone().unwrap_or_default(),
        r.notes.clone(),
        join(&r.tags),
        r.follow_up.clone().unwrap_or_default(),
        r.target_page.clone(),
        r.proposed_anchor.clone(),
        format_iso(r.saved_at),
        format_iso(r.updated_at),
        r.history.iter().map(|c| format!("{} {}", format_iso(c.at), c.status.id())).collect::<Vec<_>>().join("; "),
        r.link_checks.iter().map(|c| format!("{} {}", format_iso(c.at), c.state.id())).collect::<Vec<_>>().join("; "),
    ]
}

/// Every record as CSV, one row each in the order given (so the page can export the table as
/// sorted and filtered): RFC 4180, UTF-8 with a BOM, CRLF line ends, a header row of
/// [`CSV_COLUMNS`]. Times are UTC to the second.
pub fn export_csv(records: &[Record]) -> String {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(CSV_COLUMNS.iter().map(|(name, _)| *name));
        for record in records {
            let cells = csv_cells(record);
            let _ = writer.write_record(cells.iter().map(|c| escape_cell(c).into_owned()));
        }
        let _ = writer.flush();
    }
    // Only UTF-8 went in.
    String::from_utf8(out).unwrap_or_default()
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Backup<'a> {
    format: &'a str,
    schema_version: u32,
    exported_at: String,
    count: usize,
    records: Vec<&'a Record>,
    /// The Backlinks page's records ([`crate::backlinks::backup::Section`]), when it has any.
    #[serde(skip_serializing_if = "Option::is_none")]
    backlinks: Option<&'a RawValue>,
}

/// Every record as a JSON backup (pretty-printed, records as stored, sorted by URL so the same
/// records always give the same file).
pub fn export_json(records: &[Record], now_ms: i64) -> String {
    export_json_with(records, None, now_ms)
}

/// [`export_json`] with the Backlinks page's records (`backlinks`: a section's JSON, written as
/// it is; `None` or invalid JSON: left out).
pub fn export_json_with(records: &[Record], backlinks: Option<&str>, now_ms: i64) -> String {
    let mut sorted: Vec<&Record> = records.iter().collect();
    sorted.sort_by(|a, b| a.url.cmp(&b.url));
    let backlinks: Option<&RawValue> = backlinks.and_then(|b| serde_json::from_str(b).ok());
    let backup = Backup { format: BACKUP_FORMAT, schema_version: SCHEMA_VERSION, exported_at: format_iso(now_ms), count: sorted.len(), records: sorted, backlinks };
    // Plain data: serializing cannot fail.
    serde_json::to_string_pretty(&backup).unwrap_or_default()
}

/// One row (CSV, 1-based after the header) or record (JSON, 1-based) that cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    pub row: u32,
    pub message: String,
}

/// What an import would do; nothing is written until the user confirms it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportPlan {
    /// `"csv"` or `"json"`.
    pub format: String,
    /// Data rows (CSV) or records (JSON) in the file.
    pub rows: u32,
    pub errors: Vec<RowError>,
    /// The records to write, already merged with what is stored for their URL, sorted by URL.
    pub records: Vec<Record>,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// CSV header cells that name no column (left out of the import), as written.
    pub ignored_columns: Vec<String>,
    /// How the file's bytes were read ("UTF-8", "Windows-1252", "UTF-16 LE", "UTF-16 BE").
    pub encoding: String,
    /// Said in the preview when the file was not UTF-8 (`None` for UTF-8).
    pub encoding_notice: Option<String>,
    /// Records to write over stored values that cannot be read (the store keeps a copy of each).
    pub replaces_unreadable: u32,
    /// A backup's Backlinks page records, restored with the opportunities.
    pub backlinks: Option<BacklinksPart>,
}

/// The Backlinks page's part of a JSON backup: its JSON (restored by the page that confirms the
/// import, see [`crate::backlinks::backup::plan_restore`]) and how many records of each kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BacklinksPart {
    #[serde(skip)]
    pub json: String,
    pub links: u32,
    pub sites: u32,
    pub marks: u32,
    pub imports: u32,
}

/// What is stored but could not be read, by URL: import must not merge with it blindly.
#[derive(Debug, Clone, Default)]
pub struct StoredProblems {
    /// Written by a newer version: rows for these URLs are skipped with an error, never written.
    pub newer: HashSet<String>,
    /// Unreadable (damaged): a row for one replaces it, and the store keeps the old value aside.
    pub unreadable: HashSet<String>,
}

/// Plans importing a file from its bytes: decodes them ([`encoding::decode`]: UTF-8, UTF-16 with
/// a BOM, or Windows-1252, named in the plan), then as [`plan_import`], with `problems` (stored
/// values that could not be read) taken into account.
pub fn plan_import_file(bytes: &[u8], file_name: &str, existing: &[Record], problems: &StoredProblems, now_ms: i64) -> Result<ImportPlan, String> {
    let name = display_name(file_name);
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(too_big(&name, bytes.len()));
    }
    let (text, encoding) = encoding::decode(bytes).map_err(|why| format!("{name} cannot be read: {why}."))?;
    let mut plan = plan(&text, &name, file_name, existing, problems, now_ms)?;
    plan.encoding = encoding.label().to_string();
    plan.encoding_notice = match encoding {
        Encoding::Utf8 => None,
        Encoding::Windows1252 => Some(format!(
            "{name} is not UTF-8: read as Windows-1252 (what Excel on Windows saves as plain \"CSV\"). Check that accented letters look right below; if not, save it again as \"CSV UTF-8\"."
        )),
        other => Some(format!("{name} was read as {} (it starts with that byte-order mark).", other.label())),
    };
    Ok(plan)
}

fn display_name(file_name: &str) -> String {
    if file_name.trim().is_empty() {
        "The file".to_string()
    } else {
        format!("{file_name:?}")
    }
}

fn too_big(name: &str, bytes: usize) -> String {
    format!("{name} is {:.1} MB; import reads files up to {} MB.", bytes as f64 / 1_048_576.0, MAX_IMPORT_BYTES / 1_048_576)
}

/// Plans importing `text` (the file's content, named `file_name`) over `existing`.
/// `Err`: the file as a whole cannot be read (empty, too big, not JSON when it should be, not a
/// backup, made by a newer version, no `url` column).
pub fn plan_import(text: &str, file_name: &str, existing: &[Record], now_ms: i64) -> Result<ImportPlan, String> {
    let name = display_name(file_name);
    if text.len() > MAX_IMPORT_BYTES {
        return Err(too_big(&name, text.len()));
    }
    let mut plan = plan(text, &name, file_name, existing, &StoredProblems::default(), now_ms)?;
    plan.encoding = Encoding::Utf8.label().to_string();
    Ok(plan)
}

fn plan(text: &str, name: &str, file_name: &str, existing: &[Record], problems: &StoredProblems, now_ms: i64) -> Result<ImportPlan, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(format!("{name} is empty."));
    }
    let by_url: HashMap<&str, &Record> = existing.iter().rev().map(|r| (r.url.as_str(), r)).collect();
    let trimmed = text.trim_start();
    let (format, rows, errors, incoming, ignored_columns, backlinks) = if file_name.to_lowercase().ends_with(".json") || trimmed.starts_with(['{', '[']) {
        let (rows, errors, incoming, backlinks) = read_json(text, name, &problems.newer)?;
        ("json", rows, errors, incoming, Vec::new(), backlinks)
    } else {
        let csv = read_csv(text, name, &by_url, &problems.newer, now_ms)?;
        ("csv", csv.rows, csv.errors, csv.records, csv.ignored_columns, None)
    };

    // Duplicates in the file become one record; the later row wins a tie, as a later save would.
    let mut merged: BTreeMap<String, Record> = BTreeMap::new();
    for record in incoming {
        match merged.get_mut(&record.url) {
            Some(earlier) => *earlier = merge(earlier, &record),
            None => {
                merged.insert(record.url.clone(), record);
            }
        }
    }
    let mut plan = ImportPlan { format: format.into(), rows, errors, ignored_columns, backlinks, ..ImportPlan::default() };
    for (url, record) in merged {
        match by_url.get(url.as_str()) {
            None => {
                plan.added += 1;
                plan.replaces_unreadable += u32::from(problems.unreadable.contains(&url));
                plan.records.push(record);
            }
            Some(stored) => {
                let result = merge(stored, &record);
                if result == **stored {
                    plan.unchanged += 1;
                } else {
                    plan.updated += 1;
                    plan.records.push(result);
                }
            }
        }
    }
    Ok(plan)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn too_many_rows(name: &str, what: &str) -> String {
    format!("{name} has more than {MAX_IMPORT_ROWS} {what}; import reads up to {MAX_IMPORT_ROWS} at a time (split the file).")
}

/// The envelope of a JSON backup; records stay raw so one bad record is one row error.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct BackupIn<'a> {
    format: Option<String>,
    schema_version: Option<serde_json::Number>,
    #[serde(borrow)]
    records: Option<Vec<&'a RawValue>>,
    #[serde(borrow)]
    backlinks: Option<&'a RawValue>,
}

/// A JSON backup (or a bare array of records): rows read, per-record errors, the records.
/// Rows read, per-record errors, the records, and the Backlinks page's part.
type JsonRead = (u32, Vec<RowError>, Vec<Record>, Option<BacklinksPart>);

fn read_json(text: &str, name: &str, newer: &HashSet<String>) -> Result<JsonRead, String> {
    let not_json = |e: serde_json::Error| format!("{name} is not valid JSON: {e}.");
    let mut backlinks = None;
    let items: Vec<&RawValue> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text).map_err(not_json)?
    } else {
        // Syntax first, so a truncated file is called invalid JSON rather than a wrong shape.
        let raw: &RawValue = serde_json::from_str(text).map_err(not_json)?;
        let backup: BackupIn = serde_json::from_str(raw.get())
            .map_err(|_| format!("{name} is JSON but neither a backup nor a list of records."))?;
        if backup.format.as_deref() != Some(BACKUP_FORMAT) {
            return Err(format!("{name} is not a Backlink Bot opportunities backup (it has no \"format\": \"{BACKUP_FORMAT}\")."));
        }
        if let Some(v) = backup.schema_version {
            match v.as_u64() {
                Some(v) if v > u64::from(SCHEMA_VERSION) => {
                    return Err(format!(
                        "{name} was made by a newer version of Backlink Bot (backup schema {v}; this version reads up to {SCHEMA_VERSION}). Update the extension to import it."
                    ))
                }
                Some(_) => {}
                None => return Err(format!("{name} has a malformed \"schemaVersion\": {v}.")),
            }
        }
        if let Some(section) = backup.backlinks {
            let [links, sites, marks, imports] = crate::backlinks::backup::counts(section.get()).map_err(|e| format!("{name}: {e}."))?;
            backlinks = Some(BacklinksPart { json: section.get().to_string(), links: count(links), sites: count(sites), marks: count(marks), imports: count(imports) });
        }
        backup.records.ok_or_else(|| format!("{name} has no \"records\" list."))?
    };
    if items.len() > MAX_IMPORT_ROWS {
        return Err(too_many_rows(name, "records"));
    }
    let rows = count(items.len());
    let mut errors = Vec::new();
    let mut records = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        match super::from_stored(item.get()) {
            Ok(record) if newer.contains(&record.url) => errors.push(RowError { row: count(i + 1), message: format!("record {}: {}", i + 1, stored_is_newer(&record.url)) }),
            Ok(mut record) => {
                record.tidy();
                records.push(record);
            }
            Err(e) => errors.push(RowError { row: count(i + 1), message: format!("record {}: {e}", i + 1) }),
        }
    }
    Ok((rows, errors, records, backlinks))
}

/// The row error for a URL whose stored record a newer version wrote (merging could drop fields
/// this version does not know, so the row is skipped and the record left as it is).
fn stored_is_newer(url: &str) -> String {
    format!("the stored record for {url} was written by a newer version of Backlink Bot; left unchanged")
}

struct CsvImport {
    rows: u32,
    errors: Vec<RowError>,
    records: Vec<Record>,
    ignored_columns: Vec<String>,
}

/// A header cell folded for matching: case, surrounding spaces and `_`/space/`-` ignored.
fn fold(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, ' ' | '_' | '-')).flat_map(char::to_lowercase).collect()
}

/// The delimiter: a comma, unless the header line has none but semicolons (what Excel writes
/// where the decimal separator is a comma) or tabs.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.contains(',') {
        b','
    } else if first.contains(';') {
        b';'
    } else if first.contains('\t') {
        b'\t'
    } else {
        b','
    }
}

fn read_csv(text: &str, name: &str, existing: &HashMap<&str, &Record>, newer: &HashSet<String>, now_ms: i64) -> Result<CsvImport, String> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(sniff_delimiter(text)).from_reader(text.as_bytes());
    let mut records = reader.records();
    let unreadable = |e: csv::Error| format!("{name} is not readable as CSV: {e}.");
    let header = match records.next() {
        Some(header) => header.map_err(unreadable)?,
        None => return Err(format!("{name} is empty.")),
    };
    let mut columns: [Option<usize>; 23] = [None; 23];
    let mut ignored_columns = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        let folded = fold(cell);
        match CSV_COLUMNS.iter().zip(columns.iter_mut()).find(|((col, _), _)| fold(col) == folded) {
            Some(((col, _), slot)) if slot.is_some() => return Err(format!("{name} has the column \"{col}\" twice.")),
            Some((_, slot)) => *slot = Some(i),
            None if folded.is_empty() => {}
            None => ignored_columns.push(cell.trim().to_string()),
        }
    }
    if columns[URL].is_none() {
        let found: Vec<&str> = header.iter().map(str::trim).filter(|c| !c.is_empty()).collect();
        let found = if found.is_empty() { "none".to_string() } else { found.join(", ") };
        return Err(format!("{name} has no \"url\" column, which import needs (its header row has: {found})."));
    }

    let mut lines = LineCounter { text: text.as_bytes(), upto: 0, newlines: 0 };
    let mut out = CsvImport { rows: 0, errors: Vec::new(), records: Vec::new(), ignored_columns };
    for row in records {
        let row = row.map_err(unreadable)?;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        out.rows += 1;
        if out.rows as usize > MAX_IMPORT_ROWS {
            return Err(too_many_rows(name, "rows"));
        }
        let n = out.rows;
        let mut at = || {
            let line = row.position().map_or(0, |p| lines.line_at(p.byte()));
            if line == u64::from(n) + 1 {
                format!("row {n}")
            } else {
                format!("row {n} (line {line})")
            }
        };
        if row.iter().skip(header.len()).any(|c| !c.trim().is_empty()) {
            let message = format!("{}: has {} cells but the header has {} columns (a comma outside quotes?)", at(), row.len(), header.len());
            out.errors.push(RowError { row: n, message });
            continue;
        }
        let mut cells: [Option<&str>; 23] = [None; 23];
        for (cell, index) in cells.iter_mut().zip(&columns) {
            *cell = index.map(|i| unescape_cell(row.get(i).unwrap_or("")));
        }
        match record_from_cells(&cells, existing, now_ms) {
            Ok(record) if newer.contains(&record.url) => out.errors.push(RowError { row: n, message: format!("{}: {}", at(), stored_is_newer(&record.url)) }),
            Ok(record) => out.records.push(record),
            Err(problems) => out.errors.push(RowError { row: n, message: format!("{}: {}", at(), problems.join("; ")) }),
        }
    }
    Ok(out)
}

/// Line numbers for error messages. The csv crate's own miscount CRLF files and skipped blank
/// lines, so they are counted here from its byte offsets (increasing, so counting is linear).
struct LineCounter<'a> {
    text: &'a [u8],
    upto: usize,
    newlines: u64,
}

impl LineCounter<'_> {
    /// The 1-based line a record starts on, from the offset where the reader says it starts
    /// (which can be the end of the line before, or of blank lines before).
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > self.upto {
            self.newlines += self.text.get(self.upto..start).unwrap_or_default().iter().filter(|&&b| b == b'\n').count() as u64;
            self.upto = start;
        }
        self.newlines + 1
    }
}


/// A list cell's items: split on `;`, trimmed, empty ones dropped.
fn split_list(cell: &str) -> Vec<String> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// A list of URLs: as [`split_list`], but a piece that does not start a new http(s) URL is glued
/// back to the one before (a `;` is legal inside a URL's path or query).
fn split_urls(cell: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for piece in cell.split(';') {
        let lower = piece.trim_start().to_ascii_lowercase();
        match items.last_mut() {
            Some(last) if !(lower.starts_with("http://") || lower.starts_with("https://") || piece.trim().is_empty()) => {
                last.push(';');
                last.push_str(piece);
            }
            _ => items.push(piece.to_string()),
        }
    }
    items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).map(String::from).collect()
}

fn parse_score(column: &str, cell: &str) -> Result<Option<u8>, String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    match cell.parse::<u8>() {
        Ok(n) if n <= 100 => Ok(Some(n)),
        _ => Err(format!("{column} \"{cell}\" is not a whole number from 0 to 100")),
    }
}

fn parse_status(cell: &str) -> Result<Status, String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(Status::New);
    }
    Status::parse(cell).ok_or_else(|| format!("status \"{cell}\" is not one of {}", Status::ALL.map(Status::id).join(", ")))
}

/// `text`'s id or label among `items`, ignoring case, spaces, `_` and `-`.
fn find_named<T: Copy>(text: &str, items: &[T], id: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Option<T> {
    let folded = fold(text);
    items.iter().copied().find(|&item| fold(id(item)) == folded || fold(label(item)) == folded)
}

fn one_of<T: Copy>(items: &[T], id: fn(T) -> &'static str) -> String {
    items.iter().map(|&i| id(i)).collect::<Vec<_>>().join(", ")
}

/// `<time> <status>` items, `;`-separated; the time may contain a space (`2026-11-18 11:06:40Z`).
fn parse_history(cell: &str) -> Result<Vec<StatusChange>, String> {
    let mut history = Vec::new();
    for item in split_list(cell) {
        let change = item.match_indices(char::is_whitespace).find_map(|(i, _)| {
            let (when, status) = item.split_at_checked(i)?;
            let at = parse_iso(when)?;
            let status = Status::parse(status.trim())?;
            Some(StatusChange { status, at })
        });
        match change {
            Some(change) => history.push(change),
            None => return Err(format!("history item \"{item}\" is not `<date and time> <status>` (e.g. \"2026-11-18T11:06:40Z contacted\")")),
        }
    }
    history.sort_by_key(|c| c.at);
    Ok(history)
}

/// `<time> <state>` items, `;`-separated (the anchor and rel are only in the JSON backup).
fn parse_link_checks(cell: &str) -> Result<Vec<LinkCheck>, String> {
    let mut out = Vec::new();
    for item in split_list(cell) {
        let check = item.trim().rsplit_once(char::is_whitespace).and_then(|(when, state)| Some(LinkCheck { at: parse_iso(when.trim())?, state: LinkState::parse(state)?, anchor: String::new(), rel: String::new(), target: String::new(), in_content: false }));
        match check {
            Some(check) => out.push(check),
            None => return Err(format!("link check \"{item}\" is not `<date and time> <live|nofollowed|lost|page-gone>` (e.g. \"2026-12-02T09:00:00Z live\")")),
        }
    }
    out.sort_by_key(|c| c.at);
    Ok(out)
}

/// `time` read from a CSV (whole seconds) as the stored time it stands for: the CSV drops the
/// milliseconds, and without this re-importing one's own export would add a second, slightly
/// earlier copy of every dated status change.
fn snap(time: i64, stored: impl IntoIterator<Item = i64>) -> i64 {
    stored.into_iter().find(|&s| time.rem_euclid(1000) == 0 && s - s.rem_euclid(1000) == time).unwrap_or(time)
}

/// A CSV row's cells by column, `None` where the file has no such column.
type Cells<'a> = [Option<&'a str>; 23];

/// Keeps `result`'s problem, if any.
fn check(problems: &mut Vec<String>, result: Result<(), String>) {
    if let Err(e) = result {
        problems.push(e);
    }
}

/// One CSV row (cells by column, `None` where the file has no such column) as a record. A column
/// the file lacks keeps what is stored for the URL (a sheet of just `url` and `status` must not
/// blank the notes); `Err` lists every problem in the row.
fn record_from_cells(cells: &Cells, existing: &HashMap<&str, &Record>, now_ms: i64) -> Result<Record, Vec<String>> {
    let mut problems = Vec::new();
    let url = row_url(cells[URL], &mut problems);
    let stored = existing.get(url.as_str()).copied();
    let base = stored.cloned().unwrap_or_else(|| Record::new(url.clone(), now_ms));
    let mut r = base.clone();
    read_judgement(cells, &mut r, &mut problems);
    read_outreach(cells, &mut r, &mut problems);
    read_times(cells, stored, now_ms, &mut r, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    r.tidy();
    // No updated_at column: the row changed the record now (or not at all).
    if cells[UPDATED_AT].is_none() && stored.is_some() && r != base {
        r.updated_at = now_ms;
    }
    // A status edited in the sheet without its history line still gets a dated entry.
    match r.history.last() {
        None => r.history.push(StatusChange { status: r.status, at: r.saved_at }),
        Some(last) if last.status != r.status => r.history.push(StatusChange { status: r.status, at: r.updated_at.max(last.at) }),
        Some(_) => {}
    }
    Ok(r)
}

/// The row's canonical URL, or `""` with a problem.
fn row_url(cell: Option<&str>, problems: &mut Vec<String>) -> String {
    let raw_url = cell.unwrap_or("").trim();
    if raw_url.is_empty() {
        problems.push("url is empty".to_string());
        return String::new();
    }
    canonical_url(raw_url).unwrap_or_else(|_| {
        problems.push(format!("url \"{raw_url}\" is not an http(s) page address"));
        String::new()
    })
}

/// Title, status and the judgement columns (score, verdict, opportunity types, authority).
fn read_judgement(cells: &Cells, r: &mut Record, problems: &mut Vec<String>) {
    if let Some(cell) = cells[TITLE] {
        r.title = cell.to_string();
    }
    if let Some(cell) = cells[STATUS] {
        check(problems, parse_status(cell).map(|s| r.status = s));
    }
    if let Some(cell) = cells[SCORE] {
        check(problems, parse_score("score", cell).map(|s| r.score = s));
    }
    if let Some(cell) = cells[VERDICT].map(str::trim) {
        if cell.is_empty() {
            r.verdict = None;
        } else {
            match find_named(cell, &Verdict::ALL, Verdict::id, Verdict::label) {
                Some(v) => r.verdict = Some(v),
                None => problems.push(format!("verdict \"{cell}\" is not one of {}", one_of(&Verdict::ALL, Verdict::id))),
            }
        }
    }
    if let Some(cell) = cells[TYPES] {
        let mut kinds = Vec::new();
        for item in split_list(cell) {
            match find_named(&item, &OpeningKind::ALL, OpeningKind::id, OpeningKind::label) {
                Some(k) if !kinds.contains(&k) => kinds.push(k),
                Some(_) => {}
                None => problems.push(format!("opportunity type \"{item}\" is not one of {}", one_of(&OpeningKind::ALL, OpeningKind::id))),
            }
        }
        r.opportunity_types = kinds;
    }
    if let Some(cell) = cells[TIER].map(str::trim) {
        if cell.is_empty() {
            r.authority_tier = None;
        } else {
            match find_named(cell, &Tier::ALL, Tier::id, Tier::label) {
                Some(t) => r.authority_tier = Some(t),
                None => problems.push(format!("authority tier \"{cell}\" is not one of {}", one_of(&Tier::ALL, Tier::id))),
            }
        }
    }
    if let Some(cell) = cells[AUTHORITY] {
        check(problems, parse_score("authority score", cell).map(|s| r.authority_score = s));
    }
}

/// Contacts, notes, tags, follow-up date, target page and anchor.
fn read_outreach(cells: &Cells, r: &mut Record, problems: &mut Vec<String>) {
    if let Some(cell) = cells[EMAILS] {
        r.contacts.emails = split_list(cell);
    }
    if let Some(cell) = cells[CONTACT_PAGES] {
        r.contacts.contact_pages = split_urls(cell);
    }
    if let Some(cell) = cells[SOCIAL] {
        r.contacts.social = split_urls(cell);
    }
    if let Some(cell) = cells[AUTHOR] {
        // Kept as written, like a stored author (tidy leaves it alone too).
        r.contacts.author = (!cell.trim().is_empty()).then(|| cell.to_string());
    }
    if let Some(cell) = cells[NOTES] {
        r.notes = cell.to_string();
    }
    if let Some(cell) = cells[TAGS] {
        r.tags = parse_tags(cell);
    }
    if let Some(cell) = cells[FOLLOW_UP].map(str::trim) {
        if cell.is_empty() {
            r.follow_up = None;
        } else if parse_date(cell).is_some() {
            r.follow_up = Some(cell.to_string());
        } else {
            problems.push(format!("follow_up \"{cell}\" is not a date written YYYY-MM-DD"));
        }
    }
    if let Some(cell) = cells[TARGET_PAGE] {
        r.target_page = cell.to_string();
    }
    if let Some(cell) = cells[ANCHOR] {
        r.proposed_anchor = cell.to_string();
    }
}

/// `saved_at`, `updated_at` and the status history, snapped to the stored times they stand for.
fn read_times(cells: &Cells, stored: Option<&Record>, now_ms: i64, r: &mut Record, problems: &mut Vec<String>) {
    let times = [(SAVED_AT, "saved_at", &mut r.saved_at, stored.map(|s| s.saved_at)), (UPDATED_AT, "updated_at", &mut r.updated_at, stored.map(|s| s.updated_at))];
    for (column, name, field, stored_time) in times {
        if let Some(cell) = cells.get(column).copied().flatten().map(str::trim) {
            if cell.is_empty() {
                *field = now_ms;
            } else {
                match parse_iso(cell) {
                    Some(t) => *field = snap(t, stored_time),
                    None => problems.push(format!("{name} \"{cell}\" is not a date and time (e.g. 2026-11-18T11:06:40Z)")),
                }
            }
        }
    }
    if let Some(cell) = cells[HISTORY] {
        match parse_history(cell) {
            Ok(mut history) => {
                if let Some(stored) = stored {
                    for change in &mut history {
                        change.at = snap(change.at, stored.history.iter().filter(|s| s.status == change.status).map(|s| s.at));
                    }
                }
                r.history = history;
            }
            Err(e) => problems.push(e),
        }
    }
    if let Some(cell) = cells[LINK_CHECKS] {
        match parse_link_checks(cell) {
            // The stored check a row's item stands for keeps its anchor, rel and target.
            Ok(parsed) => r.link_checks = parsed.into_iter().map(|c| stored.and_then(|s| s.link_checks.iter().find(|x| x.state == c.state && snap(c.at, [x.at]) == x.at)).cloned().unwrap_or(c)).collect(),
            Err(e) => problems.push(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::*;

    #[test]
    fn kinds_are_complete() {
        // No wildcard: a new kind stops this compiling until `OpeningKind::ALL` lists it.
        fn slot(k: OpeningKind) -> usize {
            match k {
                OpeningKind::ResourcePage => 0,
                OpeningKind::GuestPost => 1,
                OpeningKind::Roundup => 2,
                OpeningKind::Directory => 3,
                OpeningKind::UnlinkedMention => 4,
                OpeningKind::LinkIntersect => 5,
                OpeningKind::Ugc => 6,
                OpeningKind::Sponsored => 7,
            }
        }
        for (i, k) in OpeningKind::ALL.into_iter().enumerate() {
            assert_eq!(slot(k), i);
            assert_eq!(serde_json::to_value(k).unwrap(), k.id());
        }
        for v in Verdict::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), v.id());
        }
    }

    #[test]
    fn formula_cells_are_escaped_and_unescaped_exactly() {
        for text in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x", "'", "'a", "a=b", "", "x'", "''"] {
            let cell = escape_cell(text);
            assert!(!cell.starts_with(FORMULA_STARTS), "{text:?}");
            assert_eq!(unescape_cell(&cell), text, "{text:?}");
        }
        assert_eq!(escape_cell("=x"), "'=x");
        assert_eq!(escape_cell("'=x"), "''=x");
        assert_eq!(escape_cell("'a"), "'a");
        // A spreadsheet user's own protected cell reads as its text.
        assert_eq!(unescape_cell("'-5"), "-5");
    }

    #[test]
    fn header_names_fold() {
        assert_eq!(fold(" Opportunity types "), fold("opportunity_types"));
        assert_eq!(fold("Follow-Up"), fold("follow_up"));
        assert_ne!(fold("urls"), fold("url"));
    }

    #[test]
    fn url_lists_keep_semicolons_inside_urls() {
        assert_eq!(split_urls("https://a.example/p;v=1; https://b.example/;http://c.example/"), ["https://a.example/p;v=1", "https://b.example/", "http://c.example/"]);
        assert_eq!(split_urls(" ; "), Vec::<String>::new());
        assert_eq!(split_list("a;  b ;;"), ["a", "b"]);
    }

    #[test]
    fn history_reads_spaces_and_labels() {
        let h = parse_history("2026-11-20 09:00:00Z Do not contact; 2026-11-18T11:06:40Z new").unwrap();
        assert_eq!(h, vec![StatusChange { status: Status::New, at: 1_795_000_000_000 }, StatusChange { status: Status::DoNotContact, at: parse_iso("2026-11-20T09:00:00Z").unwrap() }]);
        assert!(parse_history("2026-11-18T11:06:40Z").is_err());
        assert!(parse_history("yesterday new").is_err());
    }

    #[test]
    fn reimporting_an_export_of_millisecond_times_changes_nothing() {
        let mut r = sample("https://a.example/", 1_795_000_000_123);
        r.set_status(Status::Contacted, 1_795_000_100_456);
        r.updated_at = 1_795_000_100_456;
        let plan = plan_import(&export_csv(&[r.clone()]), "a.csv", &[r], 0).unwrap();
        assert_eq!((plan.unchanged, plan.updated, plan.added), (1, 0, 0), "{plan:?}");
    }

    #[test]
    fn link_checks_round_trip_through_csv_keeping_the_stored_details() {
        let mut r = sample("https://a.example/", 1_795_000_000_123);
        r.set_status(Status::Won, 1_795_000_100_456);
        r.link_checks = vec![LinkCheck { at: 1_795_000_200_789, state: LinkState::Live, anchor: "starter guide".into(), rel: String::new(), target: "https://me.example/".into(), in_content: true }];
        let csv = export_csv(&[r.clone()]);
        assert!(csv.contains("2026-11-18T") && csv.contains(" live"), "{csv}");
        let same = plan_import(&csv, "a.csv", &[r.clone()], 0).unwrap();
        assert_eq!(same.unchanged, 1, "{same:?}");
        let fresh = plan_import(&csv, "a.csv", &[], 0).unwrap();
        let check = &fresh.records[0].link_checks[0];
        assert_eq!((check.state, check.at, check.anchor.as_str()), (LinkState::Live, 1_795_000_200_000, ""));
        let bad = plan_import("url,link_checks\nhttps://a.example/,yesterday live\n", "b.csv", &[], 0).unwrap();
        assert!(bad.errors[0].message.contains("link check"), "{bad:?}");
    }

    #[test]
    fn missing_columns_keep_what_is_stored() {
        let mut r = sample("https://a.example/", 1_000);
        r.notes = "keep me".into();
        let plan = plan_import("url,status\nhttps://a.example/,contacted\n", "s.csv", &[r.clone()], 5_000).unwrap();
        assert_eq!(plan.updated, 1);
        let m = &plan.records[0];
        assert_eq!((m.notes.as_str(), m.status, m.updated_at, m.score), ("keep me", Status::Contacted, 5_000, r.score));
        assert_eq!(m.history, vec![StatusChange { status: Status::New, at: 1_000 }, StatusChange { status: Status::Contacted, at: 5_000 }]);
        // The same sheet again: nothing to do.
        let again = plan_import("url,status\nhttps://a.example/,contacted\n", "s.csv", &plan.records, 9_000).unwrap();
        assert_eq!(again.unchanged, 1);
    }

    #[test]
    fn row_errors_name_the_line_when_it_is_not_row_plus_one() {
        let text = "url,notes,score\r\nhttps://a.example/,\"two\r\nlines\",1\r\n\r\nhttps://b.example/,,x\r\nhttps://c.example/,,y\nhttps://d.example/,,z";
        let plan = plan_import(text, "l.csv", &[], 0).unwrap();
        let messages: Vec<&str> = plan.errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(messages, ["row 2 (line 5): score \"x\" is not a whole number from 0 to 100", "row 3 (line 6): score \"y\" is not a whole number from 0 to 100", "row 4 (line 7): score \"z\" is not a whole number from 0 to 100"]);
        let plan = plan_import("url,score\nhttps://a.example/,x\n", "l.csv", &[], 0).unwrap();
        assert_eq!(plan.errors[0].message, "row 1: score \"x\" is not a whole number from 0 to 100");
    }

    #[test]
    fn rows_for_records_of_a_newer_version_are_skipped_one_by_one() {
        let newer = StoredProblems { newer: HashSet::from(["https://b.example/".to_string()]), ..StoredProblems::default() };
        let csv = "url,status\nhttps://a.example/,won\nhttps://b.example/#x,won\nhttps://c.example/,new\n";
        let plan = plan_import_file(csv.as_bytes(), "n.csv", &[], &newer, 0).unwrap();
        assert_eq!(plan.records.iter().map(|r| r.url.as_str()).collect::<Vec<_>>(), ["https://a.example/", "https://c.example/"]);
        assert_eq!(plan.errors, vec![RowError { row: 2, message: "row 2: the stored record for https://b.example/ was written by a newer version of Backlink Bot; left unchanged".into() }]);
        // The same in a JSON backup.
        let records = [sample("https://a.example/", 1), sample("https://b.example/", 1)];
        let plan = plan_import_file(export_json(&records, 0).as_bytes(), "b.json", &[], &newer, 0).unwrap();
        assert_eq!(plan.records.len(), 1);
        assert_eq!(plan.errors[0].message, "record 2: the stored record for https://b.example/ was written by a newer version of Backlink Bot; left unchanged");
    }

    #[test]
    fn rows_replacing_unreadable_values_are_counted() {
        let damaged = StoredProblems { unreadable: HashSet::from(["https://b.example/".to_string()]), ..StoredProblems::default() };
        let plan = plan_import_file(b"url\nhttps://a.example/\nhttps://b.example/\n", "u.csv", &[], &damaged, 0).unwrap();
        assert_eq!((plan.added, plan.replaces_unreadable, plan.errors.len()), (2, 1, 0));
    }

    #[test]
    fn files_are_decoded_and_the_encoding_named() {
        // "Café" as Excel on Windows saves it: é is the single byte 0xE9.
        let plan = plan_import_file(b"url,title,notes\r\nhttps://a.example/,Caf\xE9,\x93quoted\x94 \x80\r\n", "excel.csv", &[], &StoredProblems::default(), 0).unwrap();
        assert_eq!((plan.records[0].title.as_str(), plan.records[0].notes.as_str()), ("Café", "“quoted” €"));
        assert_eq!(plan.encoding, "Windows-1252");
        assert!(plan.encoding_notice.as_deref().is_some_and(|n| n.contains("read as Windows-1252")), "{:?}", plan.encoding_notice);
        // UTF-8 (BOM or not) says nothing.
        let plan = plan_import_file("\u{feff}url,title\nhttps://a.example/,Café\n".as_bytes(), "u.csv", &[], &StoredProblems::default(), 0).unwrap();
        assert_eq!((plan.records[0].title.as_str(), plan.encoding.as_str(), plan.encoding_notice.clone()), ("Café", "UTF-8", None));
        // UTF-16 LE with its BOM ("Unicode text").
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("url\ttitle\r\nhttps://a.example/\tCafé\r\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let plan = plan_import_file(&le, "u16.txt", &[], &StoredProblems::default(), 0).unwrap();
        assert_eq!((plan.records[0].title.as_str(), plan.encoding.as_str()), ("Café", "UTF-16 LE"));
        assert!(plan.encoding_notice.unwrap().contains("read as UTF-16 LE"));
        // Not text at all: refused, with the file's name.
        let err = plan_import_file(b"PK\x03\x04\x00\x00\xff", "book.xlsx", &[], &StoredProblems::default(), 0).unwrap_err();
        assert!(err.starts_with("\"book.xlsx\" cannot be read: it is not a text file"), "{err}");
    }

    #[test]
    fn semicolon_separated_sheets_import() {
        let plan = plan_import("URL;Status;Tags\r\nhttps://a.example/;won;\"a; b\"\r\n", "s.csv", &[], 0).unwrap();
        assert_eq!(plan.errors, vec![]);
        assert_eq!(plan.records[0].status, Status::Won);
        assert_eq!(plan.records[0].tags, ["a", "b"]);
    }
}
