//! The disavow file, exactly as Google's Search Console accepts it: UTF-8 plain text, one
//! `domain:example.com` or one full URL per line, `#` comment lines, at most 100,000 lines and
//! 2 MB, URLs at most 2,048 characters (Google, "Disavow links to your site", Search Console Help).
//!
//! A domain line names the registrable domain, except on hosting platforms and the PSL's private
//! section, where the whole host is written (`domain:alice.blogspot.com`): never a platform's own
//! domain for one user's site, never a public suffix. An existing file is read back and merged:
//! the user's lines and comments are kept as they were, new entries are appended once.

use super::referring_domain_of_host;
use crate::intel::DomainIntel;

pub const MAX_LINES: usize = 100_000;
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_URL_CHARS: usize = 2048;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Domain(String),
    Url(String),
    Comment(String),
    Blank,
}

/// Reads a disavow file. Lines Google would reject are errors (1-based line, why).
pub fn parse(text: &str) -> (Vec<Line>, Vec<(usize, String)>) {
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.strip_prefix('\u{feff}').unwrap_or(text).lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            lines.push(Line::Blank);
        } else if line.starts_with('#') {
            lines.push(Line::Comment(line.to_string()));
        } else if let Some(domain) = line.strip_prefix("domain:") {
            let domain = domain.trim().to_ascii_lowercase();
            if crate::domain::registrable_domain(&domain).is_none() && !crate::domain::is_ip_literal(&domain) {
                errors.push((i + 1, format!("{domain:?} is not a domain (a public suffix or malformed)")));
            } else {
                lines.push(Line::Domain(domain));
            }
        } else if super::import::web_url(line).is_some() && line.chars().count() <= MAX_URL_CHARS {
            lines.push(Line::Url(line.to_string()));
        } else {
            errors.push((i + 1, "neither a domain: line, a URL of at most 2,048 characters, nor a # comment".into()));
        }
    }
    (lines, errors)
}

/// The `domain:` line for a referring domain or host, or `None` for one Google cannot take.
pub fn domain_line(host: &str, intel: Option<&DomainIntel>) -> Option<String> {
    let domain = referring_domain_of_host(&host.trim().to_ascii_lowercase(), intel)?;
    Some(format!("domain:{domain}"))
}

/// The file: `existing` (kept as it was, line for line) and then a dated comment and the new
/// domains not already disavowed (by a domain line for them or for a parent domain). Errors when
/// the result would break Google's limits or `existing` has lines Google rejects.
pub fn write(existing: &str, domains: &[(String, String)], today: i64, intel: Option<&DomainIntel>) -> Result<String, String> {
    let (old, errors) = parse(existing);
    if let Some((line, why)) = errors.first() {
        return Err(format!("the existing disavow file has a line Google would reject (line {line}: {why})"));
    }
    let covered = |d: &str| old.iter().any(|l| matches!(l, Line::Domain(x) if d == x || d.ends_with(&format!(".{x}"))));
    let mut out = String::new();
    for line in existing.strip_prefix('\u{feff}').unwrap_or(existing).lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let mut added: Vec<String> = Vec::new();
    for (domain, why) in domains {
        let Some(line) = domain_line(domain, intel) else { continue };
        let name = line.trim_start_matches("domain:").to_string();
        if covered(&name) || added.contains(&line) {
            continue;
        }
        if added.is_empty() {
            out.push_str(&format!("# Backlink Bot, {}: domains audited as likely toxic\n", crate::calendar::format_date(today)));
        }
        let why = why.replace(['\n', '\r'], " ");
        out.push_str(&format!("# {name}: {why}\n{line}\n"));
        added.push(line);
    }
    let lines = out.lines().count();
    if lines > MAX_LINES || out.len() > MAX_BYTES {
        return Err(format!("the disavow file would have {lines} lines and {} bytes: Google takes at most {MAX_LINES} lines and 2 MB", out.len()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_lines_never_name_a_platform_or_a_suffix() {
        assert_eq!(domain_line("www.spam.example.com", None).as_deref(), Some("domain:example.com"));
        assert_eq!(domain_line("alice.blogspot.com", None).as_deref(), Some("domain:alice.blogspot.com"));
        assert_eq!(domain_line("co.uk", None), None);
        assert_eq!(domain_line("blogspot.com", None), None, "a private suffix itself is no one's site");
    }

    #[test]
    fn an_existing_file_is_kept_and_merged_once() {
        let existing = "# my own notes\ndomain:old-spam.example\nhttps://x.example/page.html\n";
        let new = [("old-spam.example".to_string(), "listed".to_string()), ("sub.old-spam.example".to_string(), "x".to_string()), ("casino.top".to_string(), "spam name".to_string())];
        let out = write(existing, &new, 20_000, None).unwrap();
        assert!(out.starts_with(existing), "{out}");
        assert_eq!(out.matches("domain:").count(), 2, "{out}");
        assert!(out.contains("# casino.top: spam name\ndomain:casino.top\n"));
        let (lines, errors) = parse(&out);
        assert!(errors.is_empty());
        assert_eq!(lines.iter().filter(|l| matches!(l, Line::Domain(_))).count(), 2);
        assert!(write("domain:co.uk\n", &[], 0, None).is_err(), "a public suffix line is refused");
        assert!(write("not a line\n", &[], 0, None).is_err());
    }

    #[test]
    fn google_limits_are_kept_or_the_file_is_refused() {
        // URLs: 2,048 characters are taken, 2,049 are not.
        let url = |n: usize| format!("https://x.example/{}", "a".repeat(n - "https://x.example/".len()));
        assert!(parse(&url(MAX_URL_CHARS)).1.is_empty());
        assert_eq!(parse(&format!("# ok\n{}\n", url(MAX_URL_CHARS + 1))).1.first().map(|e| e.0), Some(2));
        // Lines: a file at 100,000 lines is written; one more line is refused, as is one over 2 MB.
        let at_limit = "#\n".repeat(MAX_LINES);
        assert_eq!(write(&at_limit, &[], 0, None).map(|out| out.lines().count()), Ok(MAX_LINES));
        let err = write(&at_limit, &[("spam.example".into(), "listed".into())], 0, None).unwrap_err();
        assert!(err.contains("at most 100000 lines"), "{err}");
        let heavy = format!("# {}\n", "x".repeat(1000)).repeat(MAX_BYTES / 1000 + 1);
        assert!(heavy.lines().count() < MAX_LINES && heavy.len() > MAX_BYTES);
        assert!(write(&heavy, &[], 0, None).unwrap_err().contains("2 MB"));
    }
}
