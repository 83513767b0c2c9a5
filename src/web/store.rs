//! Saved opportunities in `chrome.storage.local`: one record per key (`opp:<domain> <url>`,
//! see `crm::storage_key`), so saving one page never rewrites the others, and every
//! read-modify-write runs under one Web Lock shared by all the extension's pages, so two windows
//! saving at once cannot overwrite each other's change.
//!
//! The core decides what a record becomes (`crm::*`); this module only reads and writes.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use std::collections::HashMap;

use serde_json::value::RawValue;
use wasm_bindgen::prelude::*;

use super::chrome;
use crate::crm::{self, parse_key, Record, RecordError, UNREADABLE_PREFIX};

/// The Web Lock every write of a record holds.
const LOCK: &str = "backlink-bot-opportunities";

/// A stored value that could not be read as a record: reported, skipped, left in place.
#[derive(Debug, Clone)]
#[cfg_attr(not(feature = "tab-pages"), allow(dead_code))] // read by the tab pages only
pub struct Problem {
    pub key: String,
    pub message: String,
    /// Written by a newer version (never written over), rather than damaged.
    pub newer: bool,
}

/// Records and the values that could not be read.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    pub problems: Vec<Problem>,
}

/// Runs `work` under the records' Web Lock and returns its result.
async fn locked<T: 'static>(work: impl Future<Output = Result<T, String>> + 'static) -> Result<T, String> {
    let slot: Rc<RefCell<Option<Result<T, String>>>> = Rc::new(RefCell::new(None));
    let out = slot.clone();
    chrome::with_lock(LOCK, async move {
        let result = work.await;
        *out.borrow_mut() = Some(result);
        Ok(JsValue::UNDEFINED)
    })
    .await?;
    let result = slot.borrow_mut().take();
    result.unwrap_or_else(|| Err("the storage lock was released without running the change".into()))
}

/// Reads one stored value.
fn read(key: &str, json: &str) -> Result<Record, RecordError> {
    crm::from_stored(json).and_then(|r| matches_key(key, r))
}

/// A record must live under its own URL's key; the domain part of the key is authoritative (a
/// newer suffix list may group the URL differently, and rewriting the key would duplicate it).
fn matches_key(key: &str, mut record: Record) -> Result<Record, RecordError> {
    match parse_key(key) {
        Some((domain, url)) if url == record.url => {
            record.domain = domain.to_string();
            Ok(record)
        }
        _ => Err(RecordError::Malformed(format!("stored under {key:?}, but its URL is {:?}", record.url))),
    }
}

/// Every record whose key starts with `prefix` (`opp:` for all, `opp:<domain> ` for a domain).
pub async fn load(prefix: &str) -> Result<Loaded, String> {
    let keys = chrome::storage_keys(prefix).await?;
    let values = get_raw(&keys).await?;
    let mut loaded = Loaded::default();
    for (key, value) in values {
        match read(&key, value.get()) {
            Ok(record) => loaded.records.push(record),
            Err(why) => loaded.problems.push(Problem { key, newer: matches!(why, RecordError::NewerSchema(_)), message: why.to_string() }),
        }
    }
    Ok(loaded)
}

/// The saved records of one registrable domain.
#[cfg(feature = "popup-page")]
pub async fn load_domain(domain: &str) -> Result<Loaded, String> {
    load(&format!("{}{domain} ", crm::KEY_PREFIX)).await
}

/// The key `url`'s record is stored under, or will be. Found by URL among the keys: a newer
/// suffix list may group the URL under another domain than `domain_of` says today, and a second
/// key would duplicate the record.
#[cfg(feature = "popup-page")]
pub async fn key_of(url: &str) -> Result<String, String> {
    let keys = chrome::storage_keys(crm::KEY_PREFIX).await?;
    Ok(keys
        .into_iter()
        .find(|k| parse_key(k).is_some_and(|(_, u)| u == url))
        .unwrap_or_else(|| crm::storage_key(&crm::domain_of(url), url)))
}

/// What is stored under a key when a write is being decided.
#[cfg_attr(not(feature = "tab-pages"), allow(dead_code))] // read by the tab pages only
#[allow(clippy::large_enum_variant)] // one per key written, briefly: boxing buys nothing
pub enum Current {
    Absent,
    Readable(Record),
    /// A value this version cannot read (why). A write over it, or a removal, first keeps a copy.
    Unreadable(String),
}

impl Current {
    /// The readable record, if any (a save over an unreadable value starts afresh).
    #[cfg(feature = "popup-page")]
    pub fn record(self) -> Option<Record> {
        match self {
            Current::Readable(record) => Some(record),
            Current::Absent | Current::Unreadable(_) => None,
        }
    }
}

/// What a write does with one key.
#[cfg_attr(not(feature = "tab-pages"), allow(dead_code))] // read by the tab pages only
#[allow(clippy::large_enum_variant)] // one per key written, briefly: boxing buys nothing
pub enum Write {
    Put(Record),
    Remove,
    /// Leave it as it is; `Some(why)` is reported as skipped.
    Keep(Option<String>),
}

/// A key a write left as it was, and why.
#[derive(Debug, Clone)]
#[cfg_attr(not(feature = "tab-pages"), allow(dead_code))] // read by the tab pages only
pub struct Skipped {
    pub key: String,
    pub why: String,
}

/// What a write did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub written: Vec<Record>,
    /// The records removed (for undo).
    pub removed: Vec<Record>,
    pub skipped: Vec<Skipped>,
}

impl Outcome {
    /// " N left as they are: <url>: why; …" (with its leading space), or "" when none was skipped.
    #[cfg(feature = "tab-pages")]
    pub fn skipped_text(&self) -> String {
        let n = self.skipped.len();
        if n == 0 {
            return String::new();
        }
        let items: Vec<String> = self.skipped.iter().take(5).map(|s| format!("{}: {}", parse_key(&s.key).map_or(s.key.as_str(), |(_, url)| url), s.why)).collect();
        let more = if n > 5 { super::i18n::tr("skipped_more", &[&(n - 5).to_string()]) } else { String::new() };
        format!(" {}", super::i18n::plural("skipped_records", n, &[&format!("{}{more}", items.join("; "))]))
    }
}

/// The one way records are written: every save, edit, status change, import, undo and delete
/// goes through here, so the rule that nothing is ever lost lives in one place. Under the lock,
/// it reads what is stored under each of `keys` now and asks `decide` what to do with it; then:
/// - a value written by a newer version is never written over or removed (and `decide` is not
///   asked): it is reported in [`Outcome::skipped`];
/// - a value that cannot be read is first copied to `opp-unreadable:<key>`
///   ([`crm::unreadable_copy_key`]), in the same `set` call as the write over it, or before
///   its removal;
/// - a record is only ever written under its own key.
///
/// `keys` are distinct (a key given twice is decided twice from the same stored value, and the
/// later write wins). `decide` returning `Err` stops everything before anything is written. (A `dyn` closure: one
/// copy of this code in the Wasm instead of one per caller.)
pub async fn commit(keys: Vec<String>, decide: Box<Decide>) -> Result<Outcome, String> {
    locked(commit_locked(keys, decide)).await
}

/// What [`commit`] asks for each key.
pub type Decide = dyn FnMut(&str, Current) -> Result<Write, String>;

async fn commit_locked(keys: Vec<String>, mut decide: Box<Decide>) -> Result<Outcome, String> {
    let stored = get_raw(&keys).await?;
    let mut outcome = Outcome::default();
    let mut puts: Vec<(String, String)> = Vec::new();
    let mut removes: Vec<String> = Vec::new();
    // (key, its unreadable JSON) to copy aside before the write.
    let mut unreadable: Vec<(String, String)> = Vec::new();
    for key in keys {
        let raw = stored.get(&key).map(|v| v.get());
        let current = match raw.map(|json| read(&key, json)) {
            None => Current::Absent,
            Some(Ok(record)) => Current::Readable(record),
            Some(Err(why @ RecordError::NewerSchema(_))) => {
                outcome.skipped.push(Skipped { key, why: why.to_string() });
                continue;
            }
            Some(Err(why)) => Current::Unreadable(why.to_string()),
        };
        let was_unreadable = matches!(current, Current::Unreadable(_));
        match decide(&key, current)? {
            Write::Keep(None) => {}
            Write::Keep(Some(why)) => outcome.skipped.push(Skipped { key, why }),
            Write::Put(record) => {
                if record.key() != key {
                    return Err(format!("internal error: record for {} written under {key}", record.url));
                }
                if was_unreadable {
                    unreadable.push((key.clone(), raw.unwrap_or_default().to_string()));
                }
                puts.push((key, crm::to_stored(&record)));
                outcome.written.push(record);
            }
            Write::Remove => {
                if was_unreadable {
                    unreadable.push((key.clone(), raw.unwrap_or_default().to_string()));
                }
                // Read again rather than cloned up front: only removals need it (for undo).
                outcome.removed.extend(raw.and_then(|json| read(&key, json).ok()));
                removes.push(key);
            }
        }
    }
    let mut copies: Vec<(String, String)> = Vec::new();
    if !unreadable.is_empty() {
        let kept_keys: Vec<String> = chrome::storage_keys(UNREADABLE_PREFIX).await?.into_iter().filter(|k| unreadable.iter().any(|(key, _)| crm::is_unreadable_copy_of(k, key))).collect();
        let kept = get_raw(&kept_keys).await?;
        for (key, json) in unreadable {
            let chosen = crm::unreadable_copy_key(&key, &json, |k| {
                kept.get(k).map(|v| v.get()).or_else(|| copies.iter().find(|(c, _)| c == k).map(|(_, j)| j.as_str()))
            });
            if let Some(copy_key) = chosen {
                web_sys::console::warn_1(&format!("Backlink Bot: kept the unreadable value of {key} as {copy_key} before changing it").into());
                copies.push((copy_key, json));
            }
        }
    }
    if !removes.is_empty() && !copies.is_empty() {
        // Copies first, on their own: if the removal fails after, the value is still in both places.
        chrome::storage_set_many_json(&copies).await.map_err(|e| write_error(&e))?;
        copies.clear();
    }
    // Copies and writes in one `set` call: Chrome writes all of it or none.
    copies.extend(puts);
    if !copies.is_empty() {
        chrome::storage_set_many_json(&copies).await.map_err(|e| write_error(&e))?;
    }
    if !removes.is_empty() {
        chrome::storage_remove(&removes).await.map_err(|e| write_error(&e))?;
    }
    Ok(outcome)
}

/// Reads `key` under the lock, lets `change` decide the new record from what is stored now
/// (an unreadable value is kept aside by [`commit`]), and writes it. Returns what was written.
pub async fn change(key: String, change: impl FnOnce(Current) -> Result<Record, String> + 'static) -> Result<Record, String> {
    change_boxed(key, Box::new(change)).await
}

/// [`change`]'s body, compiled once (not once per caller's closure: the popup's Wasm is tight).
async fn change_boxed(key: String, change: Box<dyn FnOnce(Current) -> Result<Record, String>>) -> Result<Record, String> {
    let mut change = Some(change);
    let outcome = commit(vec![key], Box::new(move |_, current| change.take().ok_or_else(|| "internal error: one key changed twice".to_string())?(current).map(Write::Put))).await?;
    match (outcome.written.into_iter().next(), outcome.skipped.into_iter().next()) {
        (Some(record), _) => Ok(record),
        (None, Some(skipped)) => Err(skipped.why),
        (None, None) => Err("internal error: nothing was written".into()),
    }
}

/// Applies `edit` to the current stored version of each of `keys` (not a copy the page may hold
/// from before another window changed it) and writes them in one call. Records deleted
/// meanwhile are left out; values that cannot be read (any more) are left as they are and
/// reported.
#[cfg(feature = "tab-pages")]
pub async fn edit_many(keys: Vec<String>, edit: impl Fn(&mut Record) + 'static) -> Result<Outcome, String> {
    commit(keys, Box::new(move |_, current| {
        Ok(match current {
            Current::Readable(mut record) => {
                edit(&mut record);
                record.tidy();
                Write::Put(record)
            }
            Current::Absent => Write::Keep(None),
            Current::Unreadable(why) => Write::Keep(Some(format!("the stored value cannot be read ({why}); left as it is"))),
        })
    }))
    .await
}

/// Writes `records` (an undo or a confirmed import), each merged over what is stored for its
/// URL now, in one call. An unreadable stored value is replaced (and kept aside by [`commit`]);
/// one written by a newer version is left unchanged and reported.
#[cfg(any(feature = "tab-pages", feature = "backlinks-page"))]
pub async fn put_many(records: Vec<Record>) -> Result<Outcome, String> {
    let mut by_key: HashMap<String, Record> = HashMap::with_capacity(records.len());
    for record in records {
        let key = record.key();
        let record = match by_key.remove(&key) {
            Some(earlier) => crm::merge(&earlier, &record),
            None => record,
        };
        by_key.insert(key, record);
    }
    let keys: Vec<String> = by_key.keys().cloned().collect();
    commit(keys, Box::new(move |key, current| {
        let Some(record) = by_key.remove(key) else { return Ok(Write::Keep(None)) };
        Ok(Write::Put(match current {
            Current::Readable(stored) => crm::merge(&stored, &record),
            Current::Absent | Current::Unreadable(_) => record,
        }))
    }))
    .await
}

/// Removes the records under `keys` and returns them (for undo). A value that cannot be read is
/// not removed (the user never saw it as a row): it is left in place and reported.
#[cfg(feature = "tab-pages")]
pub async fn remove(keys: Vec<String>) -> Result<Outcome, String> {
    commit(keys, Box::new(|_, current| {
        Ok(match current {
            Current::Readable(_) => Write::Remove,
            Current::Absent => Write::Keep(None),
            Current::Unreadable(why) => Write::Keep(Some(format!("the stored value cannot be read ({why}); not deleted"))),
        })
    }))
    .await
}

/// The stored values of `keys` as key → raw JSON value (each read on its own later, so one bad
/// value is one problem).
async fn get_raw(keys: &[String]) -> Result<HashMap<String, Box<RawValue>>, String> {
    let json = chrome::storage_get_many_json(keys).await?;
    serde_json::from_str(&json).map_err(|e| format!("storage returned unreadable data: {e}"))
}

/// Chrome's write errors in words a user can act on.
fn write_error(raw: &str) -> String {
    if raw.to_ascii_lowercase().contains("quota") {
        format!("Storage is full ({raw}). Nothing was written and every saved opportunity is intact: export a backup and delete old records to make room.")
    } else {
        format!("Could not write to storage ({raw}). Nothing was written; every saved opportunity is intact.")
    }
}
