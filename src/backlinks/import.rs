//! Backlink export files, read locally: Google Search Console's Links report (top linking sites,
//! latest links, more sample links), Ahrefs, Semrush and Majestic backlink exports, and any CSV
//! with a source URL column. The format is recognised by the header row, and by the columns'
//! content where the header is translated (GSC exports in the user's language). Rows that cannot
//! be read are reported with their line and left out; a file that cannot be read at all is an
//! error and yields nothing.
//!
//! Column names are compared folded (lowercase, letters and digits only): `Referring page URL`,
//! `referring_page_url` and `ReferringPageURL` are one name. Sources for the names: each tool's
//! export as documented or as exported (the samples in `tests/backlinks/`).
//! Blind spots: a plain CSV whose source column has an unknown name is refused with the names we
//! know; dates in day/month/year order are not guessed (they are ambiguous) and are left empty.

use super::Backlink;
use crate::calendar::{days_from_civil, parse_iso_day};
use crate::crm::encoding::{self, Encoding};

/// Which export a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// GSC Links → Top linking sites: `Site, Linking pages, Target pages` (domains, no URLs).
    GscTopSites,
    /// GSC Links → Latest links: `Linking page, Last crawled`.
    GscLatestLinks,
    /// GSC Links → More sample links: `Linking page`.
    GscSampleLinks,
    Ahrefs,
    Semrush,
    Majestic,
    /// Any other CSV with a source URL column.
    Plain,
}

impl Format {
    pub const ALL: [Format; 7] = [Format::GscTopSites, Format::GscLatestLinks, Format::GscSampleLinks, Format::Ahrefs, Format::Semrush, Format::Majestic, Format::Plain];

    /// The id it is stored under (its serde name).
    pub const fn id(self) -> &'static str {
        match self {
            Format::GscTopSites => "gsc-top-sites",
            Format::GscLatestLinks => "gsc-latest-links",
            Format::GscSampleLinks => "gsc-sample-links",
            Format::Ahrefs => "ahrefs",
            Format::Semrush => "semrush",
            Format::Majestic => "majestic",
            Format::Plain => "plain",
        }
    }

    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    pub const fn label(self) -> &'static str {
        match self {
            Format::GscTopSites => "Google Search Console: top linking sites",
            Format::GscLatestLinks => "Google Search Console: latest links",
            Format::GscSampleLinks => "Google Search Console: sample links",
            Format::Ahrefs => "Ahrefs backlinks",
            Format::Semrush => "Semrush backlinks",
            Format::Majestic => "Majestic backlinks",
            Format::Plain => "CSV with a source URL column",
        }
    }
}

/// A GSC "top linking sites" row: a referring site and how many of its pages link.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteRow {
    pub site: String,
    pub linking_pages: u32,
}

/// A row left out, and why (1-based line of the file).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowError {
    pub line: usize,
    pub message: String,
}

/// One file, read.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Parsed {
    pub format: Format,
    #[serde(serialize_with = "encoding_label")]
    pub encoding: Encoding,
    /// `,`, `;` or tab.
    pub delimiter: char,
    pub links: Vec<Backlink>,
    pub sites: Vec<SiteRow>,
    pub errors: Vec<RowError>,
}

fn encoding_label<S: serde::Serializer>(e: &Encoding, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(e.label())
}

/// Rows read at most from one file (a 100,000-link export is normal; ten times that is not a
/// backlink export).
pub const MAX_ROWS: usize = 1_000_000;

/// The fields we read, and the folded column names each goes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Source,
    Target,
    Anchor,
    Nofollow,
    Ugc,
    Sponsored,
    FirstSeen,
    LastSeen,
    Lost,
    LostDate,
    Authority,
    Site,
    LinkingPages,
}

const NAMES: &[(Field, &[&str])] = &[
    (Field::Source, &["referringpageurl", "sourceurl", "linkingpage", "sourcepage", "referringurl", "sourcelink", "backlinkurl", "source", "from", "url", "pageurl"]),
    (Field::Target, &["targeturl", "target", "targetpage", "to", "linkurl", "destination", "destinationurl"]),
    (Field::Anchor, &["anchor", "anchortext", "linktext"]),
    (Field::Nofollow, &["nofollow", "flagnofollow", "isnofollow"]),
    (Field::Ugc, &["ugc", "flagugc", "isugc"]),
    (Field::Sponsored, &["sponsored", "flagsponsored", "issponsored"]),
    (Field::FirstSeen, &["firstseen", "firstindexeddate", "firstindexed", "firstfound", "firstcrawled"]),
    (Field::LastSeen, &["lastseen", "lastseendate", "lastcrawled", "lastcheck", "lastchecked", "lastvisited"]),
    (Field::Lost, &["loststatus", "lostlink", "lost"]),
    (Field::LostDate, &["datelost", "lostdate", "losson"]),
    (Field::Authority, &["domainrating", "dr", "pageascore", "ascore", "sourcetrustflow", "trustflow", "urlrating", "ur"]),
    (Field::Site, &["site", "linkingsite", "domain", "referringdomain"]),
    (Field::LinkingPages, &["linkingpages", "links", "backlinks"]),
];

/// A column name folded for matching: lowercase letters and digits only.
fn fold(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Reads one export file's bytes.
pub fn parse_export(bytes: &[u8]) -> Result<Parsed, String> {
    let (text, encoding) = decode(bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let first_line = text.lines().find(|l| !l.trim().is_empty()).ok_or("the file is empty")?;
    let delimiter = delimiter_of(first_line);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = reader.records();
    let header = loop {
        match rows.next() {
            Some(Ok(record)) if record.iter().all(|c| c.trim().is_empty()) => continue,
            Some(Ok(record)) => break record,
            Some(Err(e)) => return Err(format!("the header row cannot be read: {e}")),
            None => return Err("the file is empty".into()),
        }
    };
    let header: Vec<String> = header.iter().map(fold).collect();
    let (format, columns, header_is_data) = recognise(&header, text, delimiter)?;
    let mut parsed = Parsed { format, encoding, delimiter: char::from(delimiter), links: Vec::new(), sites: Vec::new(), errors: Vec::new() };
    let mut pending = if header_is_data { Some(Ok(csv_header_record(text, delimiter)?)) } else { None };
    let mut count = 0;
    loop {
        let next = match pending.take() {
            Some(first) => Some(first),
            None => rows.next(),
        };
        let Some(record) = next else { break };
        count += 1;
        if count > MAX_ROWS {
            return Err(format!("the file has more than {MAX_ROWS} rows: split it"));
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                parsed.errors.push(RowError { line, message: format!("cannot be read: {e}") });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |f: Field| columns.iter().find(|(g, _)| *g == f).and_then(|&(_, i)| record.get(i)).map(str::trim).unwrap_or("");
        if format == Format::GscTopSites {
            match site_row(cell(Field::Site), cell(Field::LinkingPages)) {
                Ok(row) => parsed.sites.push(row),
                Err(message) => parsed.errors.push(RowError { line, message }),
            }
            continue;
        }
        match link_row(&cell, columns.iter().any(|&(f, _)| f == Field::Anchor)) {
            Ok(link) => parsed.links.push(link),
            Err(message) => parsed.errors.push(RowError { line, message }),
        }
    }
    if parsed.links.is_empty() && parsed.sites.is_empty() {
        let why = parsed.errors.first().map(|e| format!(" (line {}: {})", e.line, e.message)).unwrap_or_default();
        return Err(format!("no backlink could be read from it{why}"));
    }
    Ok(parsed)
}

/// The file's text. UTF-16 without a byte-order mark (some exports) is recognised by its zero
/// bytes: ASCII text in UTF-16 has one in every pair.
fn decode(bytes: &[u8]) -> Result<(String, Encoding), String> {
    let sample = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let zeros = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let pairs = sample.len() / 2;
    if pairs >= 2 && !bytes.starts_with(&[0xFF, 0xFE]) && !bytes.starts_with(&[0xFE, 0xFF]) {
        let (even, odd) = (zeros(0), zeros(1));
        let little = odd * 10 >= pairs * 9 && even == 0;
        let big = even * 10 >= pairs * 9 && odd == 0;
        if little || big {
            let mut with_bom = if little { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
            with_bom.extend_from_slice(bytes);
            return encoding::decode(&with_bom);
        }
    }
    encoding::decode(bytes).map_err(|why| format!("the file cannot be read as text: {why}"))
}

/// The delimiter of the header line: the most frequent of tab, `;` and `,` outside quotes.
fn delimiter_of(line: &str) -> u8 {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let [tab, semi, comma] = counts;
    if tab > 0 && tab >= semi && tab >= comma {
        b'\t'
    } else if semi > comma {
        b';'
    } else {
        b','
    }
}

/// The first non-empty record again (when the file has no header row, it is data).
fn csv_header_record(text: &str, delimiter: u8) -> Result<csv::StringRecord, String> {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    reader.records().filter_map(Result::ok).find(|r| !r.iter().all(|c| c.trim().is_empty())).ok_or_else(|| "the file is empty".to_string())
}

type Columns = Vec<(Field, usize)>;

/// The format and where each field is; `true` when the first row is data (a header-less or
/// translated GSC export recognised by its content).
fn recognise(header: &[String], text: &str, delimiter: u8) -> Result<(Format, Columns, bool), String> {
    let has = |name: &str| header.iter().any(|h| h == name);
    let mut columns: Columns = Vec::new();
    for &(field, names) in NAMES {
        // The first name in the list that is present wins (`sourceurl` before a loose `url`).
        if let Some(i) = names.iter().find_map(|n| header.iter().position(|h| h == n)) {
            if !columns.iter().any(|&(_, j)| j == i) {
                columns.push((field, i));
            }
        }
    }
    let column = |f: Field| columns.iter().any(|&(g, _)| g == f);
    let format = if has("referringpageurl") {
        Format::Ahrefs
    } else if has("sourceurl") && (has("flagnofollow") || has("sourcetrustflow") || has("anchortext") && has("firstindexeddate")) {
        Format::Majestic
    } else if has("sourceurl") && (has("pageascore") || has("newlink") || has("lostlink") || has("sourcetitle")) {
        Format::Semrush
    } else if has("linkingpage") && column(Field::LastSeen) {
        Format::GscLatestLinks
    } else if has("linkingpage") {
        Format::GscSampleLinks
    } else if column(Field::Site) && has("linkingpages") {
        Format::GscTopSites
    } else if column(Field::Source) {
        Format::Plain
    } else {
        return by_content(header.len(), text, delimiter);
    };
    Ok((format, columns, false))
}

/// A GSC export whose header is in another language: recognised by its shape. One column of
/// URLs: sample links; a URL and a date: latest links; a site and two counts: top linking sites.
fn by_content(width: usize, text: &str, delimiter: u8) -> Result<(Format, Columns, bool), String> {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().filter_map(Result::ok).filter(|r| !r.iter().all(|c| c.trim().is_empty())).skip(1).take(20).collect();
    let all = |test: &dyn Fn(&csv::StringRecord) -> bool| !rows.is_empty() && rows.iter().all(test);
    let url = |s: Option<&str>| s.is_some_and(|s| web_url(s.trim()).is_some());
    let number = |s: Option<&str>| s.is_some_and(|s| count(s).is_some());
    let format = match width {
        1 if all(&|r| url(r.get(0))) => Format::GscSampleLinks,
        2 if all(&|r| url(r.get(0)) && r.get(1).is_some_and(|d| day(d).is_some())) => Format::GscLatestLinks,
        3 if all(&|r| r.get(0).is_some_and(|s| !s.contains(' ') && s.contains('.')) && number(r.get(1)) && number(r.get(2))) => Format::GscTopSites,
        _ => {
            return Err("this is not a backlink export we know: expected a Google Search Console links export, an Ahrefs, Semrush or Majestic backlinks export, or a CSV with a source URL column (\"Source URL\", \"Referring page URL\", \"Linking page\", \"URL\")".into());
        }
    };
    let columns = match format {
        Format::GscTopSites => vec![(Field::Site, 0), (Field::LinkingPages, 1)],
        Format::GscLatestLinks => vec![(Field::Source, 0), (Field::LastSeen, 1)],
        _ => vec![(Field::Source, 0)],
    };
    Ok((format, columns, false))
}

/// An http(s) URL, trimmed, or `None`.
pub(crate) fn web_url(s: &str) -> Option<url::Url> {
    let u = crate::domain::parse_url(s.trim())?;
    (matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| !h.is_empty())).then_some(u)
}

fn link_row<'a>(cell: &dyn Fn(Field) -> &'a str, has_anchor: bool) -> Result<Backlink, String> {
    let source = cell(Field::Source);
    if source.is_empty() {
        return Err("no source URL".into());
    }
    let Some(source_url) = web_url(source) else {
        return Err(format!("the source {:?} is not an http(s) URL", crate::signals::anchor_text::truncate(source, 80)));
    };
    let target = cell(Field::Target);
    let target_url = if target.is_empty() { String::new() } else { web_url(target).map(String::from).unwrap_or_else(|| target.to_string()) };
    let lost_flag = truthy(cell(Field::Lost)) || matches!(fold(cell(Field::Lost)).as_str(), "removed" | "lost" | "notfound" | "deleted" | "brokenredirect");
    let lost_date = day(cell(Field::LostDate));
    let last_seen = day(cell(Field::LastSeen));
    Ok(Backlink {
        source_url: source_url.into(),
        target_url,
        anchor: has_anchor.then(|| cell(Field::Anchor).to_string()),
        nofollow: truthy(cell(Field::Nofollow)),
        ugc: truthy(cell(Field::Ugc)),
        sponsored: truthy(cell(Field::Sponsored)),
        first_seen: day(cell(Field::FirstSeen)),
        last_seen,
        // A link marked lost without a date was lost after it was last seen.
        lost: lost_date.or(if lost_flag { Some(last_seen.unwrap_or(0)) } else { None }),
        authority: count(cell(Field::Authority)),
    })
}

fn site_row(site: &str, pages: &str) -> Result<SiteRow, String> {
    let site = site.trim().trim_end_matches('/').to_ascii_lowercase();
    let host = site.split("://").last().unwrap_or("").split('/').next().unwrap_or("");
    if host.is_empty() || !host.contains('.') || host.contains(' ') {
        return Err(format!("{site:?} is not a site"));
    }
    Ok(SiteRow { site: host.to_string(), linking_pages: count(pages).unwrap_or(1) })
}

/// A yes/no cell: `true`, `yes`, `1`, `x`, `+`, `nofollow`… (case-insensitive).
fn truthy(cell: &str) -> bool {
    matches!(cell.trim().to_ascii_lowercase().as_str(), "true" | "yes" | "y" | "1" | "x" | "+" | "nofollow" | "ugc" | "sponsored" | "wahr" | "ja" | "oui" | "sí" | "si")
}

/// A whole number as exports write it: `1,240`, `1.240`, `1 240`, `12`. Decimals (`54.5`) are
/// rounded; anything else is `None`.
pub(crate) fn count(cell: &str) -> Option<u32> {
    let cell = cell.trim();
    if cell.is_empty() || cell.len() > 20 {
        return None;
    }
    // A separator followed by exactly three digits, every time, is a thousands separator.
    let groups: Vec<&str> = cell.split([',', '.', ' ', '\u{a0}', '\u{202f}']).collect();
    let thousands = groups.len() > 1 && groups.iter().skip(1).all(|g| g.len() == 3) && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    if thousands {
        return groups.concat().parse().ok();
    }
    if cell.bytes().all(|b| b.is_ascii_digit()) {
        return cell.parse().ok();
    }
    cell.replace(',', ".").parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0 && *v < 4e9).map(|v| v.round() as u32)
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// A date cell as exports write it: ISO (`2026-09-28`, with a time or not), `Sep 15, 2026`,
/// `15 Sep 2026`, `2026/09/28`. Day/month/year with slashes is ambiguous and not read.
pub(crate) fn day(cell: &str) -> Option<i64> {
    let cell = cell.trim();
    if cell.is_empty() || cell.len() > 40 {
        return None;
    }
    if let Some(d) = parse_iso_day(cell).or_else(|| cell.get(..10).and_then(parse_iso_day)) {
        return Some(d);
    }
    let slashed = cell.replace('/', "-");
    if slashed.len() >= 10 && slashed.as_bytes().get(4) == Some(&b'-') {
        if let Some(d) = slashed.get(..10).and_then(parse_iso_day) {
            return Some(d);
        }
    }
    // Month names: "Sep 15, 2026", "15 Sep 2026", "September 15 2026".
    let words: Vec<String> = cell.split(|c: char| c == ',' || c.is_whitespace() || c == '.').filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
    let month = words.iter().find_map(|w| MONTHS.iter().position(|m| w.starts_with(m)).map(|i| i as i64 + 1))?;
    let numbers: Vec<i64> = words.iter().filter_map(|w| w.parse().ok()).collect();
    let year = *numbers.iter().find(|&&n| (1000..=9999).contains(&n))?;
    let day = *numbers.iter().find(|&&n| (1..=31).contains(&n))?;
    (day <= crate::calendar::days_in_month(year, month)).then(|| days_from_civil(year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_as_exports_write_them() {
        assert_eq!(count("1,240"), Some(1240));
        assert_eq!(count("1.240.000"), Some(1_240_000));
        assert_eq!(count("12"), Some(12));
        assert_eq!(count("54.5"), Some(55));
        assert_eq!(count("n/a"), None);
        let d = days_from_civil(2026, 9, 15);
        for text in ["2026-09-15", "2026-09-15 10:22:33", "2026-09-15T10:22:33Z", "Sep 15, 2026", "15 Sep 2026", "September 15 2026", "2026/09/15"] {
            assert_eq!(day(text), Some(d), "{text}");
        }
        assert_eq!(day("15/09/2026"), None, "day/month order is ambiguous");
        assert_eq!(day("Feb 30, 2026"), None);
    }

    #[test]
    fn utf16_without_a_bom_is_recognised_by_its_zero_bytes() {
        let text = "Source url\tTarget url\nhttps://a.example/x\thttps://me.example/\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le).unwrap(), (text.to_string(), Encoding::Utf16Le));
        assert_eq!(decode(&be).unwrap(), (text.to_string(), Encoding::Utf16Be));
    }

    #[test]
    fn the_delimiter_is_the_header_line_s_most_frequent_outside_quotes() {
        assert_eq!(delimiter_of("a\tb\tc"), b'\t');
        assert_eq!(delimiter_of("a;b;\"c,d,e\""), b';');
        assert_eq!(delimiter_of("a,b"), b',');
        assert_eq!(delimiter_of("Linking page"), b',');
    }

    #[test]
    fn format_ids_are_their_serde_names() {
        for f in Format::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.id());
            assert_eq!(Format::from_id(f.id()), Some(f));
        }
    }
}
