//! The Backlinks page's records in the JSON backup (the Opportunities page's "Export JSON"), and
//! how a backup's records are restored: checked one by one, merged with what is stored, nothing
//! written for a record that does not read.
//!
//! The backup keeps the stores' records as they are (`links`, `sites`, `marks`, `imports`,
//! `domains`). On restore, links merge with the stored copy of the same link (widest dates), a
//! stored mark is kept (the user's current decision wins over an old file), an import already
//! stored is not added twice, and the per-domain aggregates are not restored: the page rebuilds
//! them from the links.

use hashbrown::{HashMap, HashSet};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::growth::Snapshot;
use super::{merge, Mark, StoredLink, StoredSite};

/// The section as written into the backup, under `"backlinks"`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Section {
    #[serde(default)]
    pub links: Vec<Box<RawValue>>,
    #[serde(default)]
    pub sites: Vec<Box<RawValue>>,
    #[serde(default)]
    pub marks: Vec<Box<RawValue>>,
    #[serde(default)]
    pub imports: Vec<Box<RawValue>>,
    #[serde(default)]
    pub domains: Vec<Box<RawValue>>,
}

/// What restoring a backup's section writes (merged with what is stored), and what it skips.
#[derive(Debug, Default)]
pub struct Restore {
    pub links: Vec<StoredLink>,
    pub sites: Vec<StoredSite>,
    pub marks: Vec<Mark>,
    /// Import records (dated snapshots) not stored yet, as written in the backup.
    pub imports: Vec<serde_json::Value>,
    /// One line per record that cannot be restored.
    pub errors: Vec<String>,
}

/// The marks a user can set.
const ACTIONS: [&str; 3] = ["keep", "disavow", "watch"];

/// Plans restoring `section` (the backup's `"backlinks"` JSON) over what is stored.
pub fn plan_restore(section: &str, stored_links: &[StoredLink], stored_marks: &[Mark], stored_imports: &[Snapshot]) -> Result<Restore, String> {
    let section: Section = serde_json::from_str(section).map_err(|e| format!("the backlinks part of the backup cannot be read: {e}"))?;
    let mut out = Restore::default();
    let stored: HashMap<&str, &StoredLink> = stored_links.iter().map(|l| (l.key.as_str(), l)).collect();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (i, raw) in section.links.iter().enumerate() {
        let link = match serde_json::from_str::<StoredLink>(raw.get()) {
            Ok(l) if l.key == StoredLink::new(&l.whose, l.link.clone()).key && crate::domain::parse_url(&l.link.source_url).is_some() => l,
            Ok(_) => {
                out.errors.push(format!("link {}: its key does not match its source and target", i + 1));
                continue;
            }
            Err(e) => {
                out.errors.push(format!("link {}: {e}", i + 1));
                continue;
            }
        };
        let earlier = at.get(&link.key).and_then(|&j| out.links.get(j)).map(|l| l.link.clone()).or_else(|| stored.get(link.key.as_str()).map(|l| l.link.clone()));
        let whose = link.whose.clone();
        let merged = match earlier {
            Some(e) => StoredLink::new(&whose, merge([e, link.link]).into_iter().next().ok_or("merge")?),
            None => link,
        };
        match at.get(&merged.key) {
            Some(&j) => {
                if let Some(slot) = out.links.get_mut(j) {
                    *slot = merged;
                }
            }
            None => {
                at.insert(merged.key.clone(), out.links.len());
                out.links.push(merged);
            }
        }
    }
    for (i, raw) in section.sites.iter().enumerate() {
        match serde_json::from_str::<StoredSite>(raw.get()) {
            Ok(s) if s.key == format!("{}\n{}", s.whose, s.site) => out.sites.push(s),
            Ok(_) => out.errors.push(format!("site {}: its key does not match its site", i + 1)),
            Err(e) => out.errors.push(format!("site {}: {e}", i + 1)),
        }
    }
    let marked: HashSet<&str> = stored_marks.iter().map(|m| m.domain.as_str()).collect();
    for (i, raw) in section.marks.iter().enumerate() {
        match serde_json::from_str::<Mark>(raw.get()) {
            Ok(m) if !ACTIONS.contains(&m.action.as_str()) || m.domain.is_empty() => out.errors.push(format!("mark {}: \"{}\" is not keep, disavow or watch", i + 1, m.action)),
            Ok(m) if marked.contains(m.domain.as_str()) => {}
            Ok(m) => out.marks.push(m),
            Err(e) => out.errors.push(format!("mark {}: {e}", i + 1)),
        }
    }
    let known: HashSet<(String, String, i64)> = stored_imports.iter().map(|s| (s.whose.clone(), s.format.clone(), s.imported_at)).collect();
    for (i, raw) in section.imports.iter().enumerate() {
        let snapshot = serde_json::from_str::<Snapshot>(raw.get());
        let value = serde_json::from_str::<serde_json::Value>(raw.get());
        match (snapshot, value) {
            (Ok(s), Ok(v)) if !known.contains(&(s.whose.clone(), s.format.clone(), s.imported_at)) => out.imports.push(v),
            (Ok(_), Ok(_)) => {}
            (Err(e), _) | (_, Err(e)) => out.errors.push(format!("import {}: {e}", i + 1)),
        }
    }
    Ok(out)
}

/// How many records of each kind a section holds (for the import preview), without reading them.
pub fn counts(section: &str) -> Result<[usize; 4], String> {
    let section: Section = serde_json::from_str(section).map_err(|e| format!("the backlinks part of the backup cannot be read: {e}"))?;
    Ok([section.links.len(), section.sites.len(), section.marks.len(), section.imports.len()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backlinks::Backlink;

    fn link(source: &str, first: i64, last: i64) -> StoredLink {
        StoredLink::new("mine", Backlink { source_url: source.into(), target_url: "https://me.example/".into(), anchor: Some("a".into()), nofollow: false, ugc: false, sponsored: false, first_seen: Some(first), last_seen: Some(last), lost: None, authority: None })
    }

    #[test]
    fn a_backup_restores_merging_links_keeping_marks_and_skipping_bad_records() {
        let backed_up = [link("https://a.example/p", 10, 20), link("https://b.example/", 5, 6)];
        let mut forged = serde_json::to_value(link("https://c.example/", 1, 2)).unwrap();
        forged["key"] = "mine\nhttps://other.example/\nhttps://me.example/".into();
        let imports = [serde_json::json!({ "whose": "mine", "format": "semrush", "importedAt": 100, "domains": ["a.example"], "file": "s.csv" }), serde_json::json!({ "whose": "mine", "format": "semrush", "importedAt": 200, "domains": ["a.example"] })];
        let section = serde_json::json!({
            "links": [backed_up[0], backed_up[1], forged, { "key": 3 }],
            "sites": [{ "key": "mine\nq.example", "whose": "mine", "site": "q.example", "linkingPages": 4 }],
            "marks": [{ "domain": "a.example", "action": "disavow" }, { "domain": "z.example", "action": "watch", "note": "n" }, { "domain": "y.example", "action": "burn" }],
            "imports": imports,
            "domains": [{ "key": "mine\na.example" }],
        });
        let stored_links = [link("https://a.example/p", 15, 30)];
        let stored_marks = [Mark { domain: "a.example".into(), action: "keep".into(), note: String::new() }];
        let stored_imports = [Snapshot { whose: "mine".into(), format: "semrush".into(), imported_at: 100, domains: vec!["a.example".into()] }];
        let r = plan_restore(&section.to_string(), &stored_links, &stored_marks, &stored_imports).unwrap();
        assert_eq!(r.links.len(), 2);
        assert_eq!((r.links[0].link.first_seen, r.links[0].link.last_seen), (Some(10), Some(30)), "merged with the stored copy");
        assert_eq!(r.sites.len(), 1);
        assert_eq!(r.marks.iter().map(|m| m.domain.as_str()).collect::<Vec<_>>(), ["z.example"], "the stored mark wins; a bad one is skipped");
        assert_eq!(r.imports.len(), 1, "the import already stored is not added twice");
        assert_eq!(r.errors.len(), 3, "{:?}", r.errors);
        assert!(r.errors[0].contains("key does not match"));
        assert_eq!(counts(&section.to_string()).unwrap(), [4, 1, 3, 2]);
        assert!(plan_restore("[1]", &[], &[], &[]).is_err());
    }
}
