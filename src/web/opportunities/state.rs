//! The Opportunities page's state, in one place: the records (as loaded, then as changed in any
//! window), what the table shows, the selection, the last delete, the import being previewed, and
//! the listeners of the parts drawn on demand. Never borrowed across an `await`.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use gloo_events::EventListener;

use crate::crm::query::{self, Column, Query};
use crate::crm::transfer::{ImportPlan, StoredProblems};
use crate::crm::{self, parse_key, Record};
use crate::web::store::{Loaded, Problem};

/// The page's state, shared by its handlers.
#[derive(Default)]
pub struct State {
    pub records: Vec<Record>,
    /// `query::haystack` of each record, same order.
    pub haystacks: Vec<String>,
    /// Positions in `records` the table shows, in order.
    pub rows: Vec<usize>,
    pub query: Query,
    /// Selected URLs (for bulk actions).
    pub selected: HashSet<String>,
    /// The records of the last delete, for undo.
    pub deleted: Vec<Record>,
    pub plan: Option<ImportPlan>,
    pub problems: Vec<Problem>,
    /// Listeners of the detail panel's buttons: replaced when the panel is redrawn, dropped (so
    /// removed) when it closes.
    pub detail_listeners: Vec<EventListener>,
    /// Listeners of the import panel's buttons, likewise.
    pub import_listeners: Vec<EventListener>,
    /// The toast's Undo button listener: dropped when the toast shows something else.
    pub undo_listener: Option<EventListener>,
}

pub type Shared = Rc<RefCell<State>>;

impl State {
    /// The page's state from what storage held at start: newest saves first.
    pub fn new(loaded: Loaded) -> State {
        State {
            haystacks: loaded.records.iter().map(query::haystack).collect(),
            records: loaded.records,
            problems: loaded.problems,
            query: Query { sort: Column::SavedAt, descending: true, ..Query::default() },
            ..State::default()
        }
    }

    pub fn record(&self, url: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.url == url)
    }

    /// Storage keys of the records with these URLs (one pass, set lookups: bulk actions on
    /// 10,000 records stay linear).
    pub fn keys_of(&self, urls: &HashSet<String>) -> Vec<String> {
        self.records.iter().filter(|r| urls.contains(&r.url)).map(Record::key).collect()
    }

    /// Re-runs the query; the selection keeps only records still present.
    pub fn run_query(&mut self) {
        self.rows = query::select(&self.records, &self.haystacks, &self.query);
        let present: HashSet<&str> = self.records.iter().map(|r| r.url.as_str()).collect();
        self.selected.retain(|u| present.contains(u.as_str()));
    }

    /// Every record, in the table's current sort order (filters aside): what the CSV export writes.
    pub fn in_table_order(&self) -> Vec<Record> {
        query::select(&self.records, &self.haystacks, &self.query.order_only()).into_iter().filter_map(|i| self.records.get(i).cloned()).collect()
    }

    /// Selects every shown row (on top of the selection).
    pub fn select_shown(&mut self) {
        let urls: Vec<String> = self.rows.iter().filter_map(|&i| self.records.get(i)).map(|r| r.url.clone()).collect();
        self.selected.extend(urls);
    }

    /// Whether every shown row is selected (and there is one).
    pub fn all_shown_selected(&self) -> bool {
        !self.rows.is_empty() && self.selected.len() >= self.rows.len() && self.rows.iter().all(|&i| self.records.get(i).is_some_and(|r| self.selected.contains(&r.url)))
    }

    /// Puts a record just written in place of its older copy (the storage event may come later).
    pub fn replace(&mut self, record: Record) {
        if let Some(pos) = self.records.iter().position(|r| r.url == record.url) {
            if let (Some(haystack), Some(slot)) = (self.haystacks.get_mut(pos), self.records.get_mut(pos)) {
                *haystack = query::haystack(&record);
                *slot = record;
            }
        }
    }

    /// The URLs of stored values that could not be read, as an import plan needs them.
    pub fn stored_problems(&self) -> StoredProblems {
        let mut problems = StoredProblems::default();
        for p in &self.problems {
            if let Some((_, url)) = parse_key(&p.key) {
                if p.newer { &mut problems.newer } else { &mut problems.unreadable }.insert(url.to_string());
            }
        }
        problems
    }

    /// Takes changes made anywhere (this page, a popup, another window) into the records.
    pub fn apply_changes(&mut self, changes: Vec<(String, Option<String>)>) {
        // One pass over the records whatever the batch size: a bulk change or an import of 10,000
        // records arrives as one event.
        let changed: HashSet<String> = changes.iter().filter_map(|(key, _)| parse_key(key)).map(|(_, url)| url.to_string()).collect();
        let keys: HashSet<&str> = changes.iter().map(|(key, _)| key.as_str()).collect();
        let State { records, haystacks, problems, selected, .. } = self;
        let mut kept = 0;
        for i in 0..records.len() {
            if records.get(i).is_some_and(|r| !changed.contains(&r.url)) {
                records.swap(kept, i);
                haystacks.swap(kept, i);
                kept += 1;
            }
        }
        records.truncate(kept);
        haystacks.truncate(kept);
        problems.retain(|p| !keys.contains(p.key.as_str()));
        for (key, json) in changes {
            let Some((domain, url)) = parse_key(&key) else { continue };
            match json.map(|j| crm::from_stored(&j)) {
                Some(Ok(mut record)) if record.url == url => {
                    record.domain = domain.to_string();
                    haystacks.push(query::haystack(&record));
                    records.push(record);
                }
                Some(Ok(record)) => problems.push(Problem { key: key.clone(), message: format!("stored under another URL ({})", record.url), newer: false }),
                Some(Err(why)) => problems.push(Problem { key: key.clone(), newer: matches!(why, crm::RecordError::NewerSchema(_)), message: why.to_string() }),
                None => {
                    selected.remove(url);
                }
            }
        }
    }
}
