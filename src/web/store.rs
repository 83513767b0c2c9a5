//! Saved opportunities in `chrome.storage.local`: one record per key (`opp:<domain> <url>`,
//! see `opportunity::storage_key`), so saving one page never rewrites the others, and every
//! read-modify-write runs under one Web Lock shared by all the extension's pages, so two windows
//! saving at once cannot overwrite each other's change.
//!
//! The core decides what a record becomes (`opportunity::*`); this module only reads and writes.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use std::collections::HashMap;

use serde_json::value::RawValue;
use wasm_bindgen::prelude::*;

use super::chrome;
use crate::opportunity::{self, parse_key, Record, RecordError, KEY_PREFIX};

/// The Web Lock every write of a record holds.
const LOCK: &str = "backlink-bot-opportunities";

/// Where an unreadable value is copied before a save replaces it: kept, never silently lost.
const CORRUPT_PREFIX: &str = "opp-unreadable:";

/// A stored value that could not be read as a record: reported, skipped, left in place.
#[derive(Debug, Clone)]
pub struct Problem {
    pub key: String,
    pub message: String,
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

/// Reads one stored value (`None`: absent).
fn read(key: &str, json: Option<String>) -> Result<Option<Record>, RecordError> {
    json.map(|json| opportunity::from_stored(&json).and_then(|r| matches_key(key, r))).transpose()
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
        match opportunity::from_stored(value.get()).and_then(|r| matches_key(&key, r)) {
            Ok(record) => loaded.records.push(record),
            Err(why) => loaded.problems.push(Problem { key, message: why.to_string() }),
        }
    }
    Ok(loaded)
}

/// The saved records of one registrable domain.
pub async fn load_domain(domain: &str) -> Result<Loaded, String> {
    load(&format!("{KEY_PREFIX}{domain} ")).await
}

/// The key `url`'s record is stored under, or will be. Found by URL among the keys: a newer
/// suffix list may group the URL under another domain than `domain_of` says today, and a second
/// key would duplicate the record.
pub async fn key_of(url: &str) -> Result<String, String> {
    let keys = chrome::storage_keys(KEY_PREFIX).await?;
    Ok(keys
        .into_iter()
        .find(|k| parse_key(k).is_some_and(|(_, u)| u == url))
        .unwrap_or_else(|| opportunity::storage_key(&opportunity::domain_of(url), url)))
}

/// Reads `key` under the lock, lets `change` decide the new record from the current one, and
/// writes it. Returns what was written.
pub async fn change(key: String, change: impl FnOnce(Option<Record>) -> Result<Record, String> + 'static) -> Result<Record, String> {
    locked(async move {
        let current = chrome::storage_get_json(&key).await?;
        let existing = match read(&key, current.clone()) {
            Ok(existing) => existing,
            // Written by a later version: leave it alone rather than lose its fields.
            Err(why @ RecordError::NewerSchema(_)) => return Err(why.to_string()),
            Err(why) => {
                // Unreadable: keep a copy beside it, then write the fresh record over it.
                if let Some(json) = current {
                    chrome::storage_set_json(&format!("{CORRUPT_PREFIX}{key}"), &json).await?;
                }
                web_sys::console::warn_1(&format!("Backlink Bot: replaced unreadable record {key}: {why}").into());
                None
            }
        };
        let record = change(existing)?;
        if record.key() != key {
            return Err(format!("internal error: record for {} written under {key}", record.url));
        }
        chrome::storage_set_json(&key, &opportunity::to_stored(&record)).await.map_err(|e| write_error(&e))?;
        Ok(record)
    })
    .await
}

/// Applies `edit` to the current stored version of each of `keys` (not a copy the page may hold
/// from before another window changed it) and writes them in one call. Records deleted
/// meanwhile are skipped. Returns the records written.
pub async fn edit_many(keys: Vec<String>, edit: impl Fn(&mut Record) + 'static) -> Result<Vec<Record>, String> {
    locked(async move {
        let values = get_raw(&keys).await?;
        let mut written = Vec::new();
        for (key, value) in values {
            let mut record = opportunity::from_stored(value.get()).and_then(|r| matches_key(&key, r)).map_err(|e| format!("{key}: {e}"))?;
            edit(&mut record);
            record.tidy();
            written.push(record);
        }
        let items: Vec<(String, String)> = written.iter().map(|r| (r.key(), opportunity::to_stored(r))).collect();
        chrome::storage_set_many_json(&items).await.map_err(|e| write_error(&e))?;
        Ok(written)
    })
    .await
}

/// Writes `records` (an undo or a confirmed import), each merged over what is stored for its
/// URL now, in one call.
pub async fn put_many(records: Vec<Record>) -> Result<u32, String> {
    locked(async move {
        let keys: Vec<String> = records.iter().map(Record::key).collect();
        let stored = get_raw(&keys).await?;
        let mut items = Vec::with_capacity(records.len());
        for (key, record) in keys.into_iter().zip(records) {
            let merged = match stored.get(&key).map(|v| opportunity::from_stored(v.get())) {
                Some(Ok(current)) => opportunity::merge(&current, &record),
                Some(Err(why @ RecordError::NewerSchema(_))) => return Err(format!("{}: {why}", record.url)),
                _ => record,
            };
            items.push((key, opportunity::to_stored(&merged)));
        }
        chrome::storage_set_many_json(&items).await.map_err(|e| write_error(&e))?;
        Ok(items.len() as u32)
    })
    .await
}

/// Removes `keys` and returns the records they held (for undo).
pub async fn remove(keys: Vec<String>) -> Result<Vec<Record>, String> {
    locked(async move {
        let stored = get_raw(&keys).await?;
        let removed: Vec<Record> = stored.into_iter().filter_map(|(k, v)| opportunity::from_stored(v.get()).and_then(|r| matches_key(&k, r)).ok()).collect();
        chrome::storage_remove(&keys).await?;
        Ok(removed)
    })
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
