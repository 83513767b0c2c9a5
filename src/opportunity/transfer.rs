//! Export and import of saved opportunities: CSV for spreadsheets, JSON for backups.
//! (Being implemented: see the helper's brief.)

use serde::Serialize;

use super::Record;

/// The `format` field of a JSON backup.
pub const BACKUP_FORMAT: &str = "backlink-bot-opportunities";

/// Every record as CSV: RFC 4180, UTF-8 with a BOM, CRLF line ends, a header row.
pub fn export_csv(records: &[Record]) -> String {
    let _ = records;
    String::new()
}

/// Every record as a JSON backup.
pub fn export_json(records: &[Record], now_ms: i64) -> String {
    let _ = (records, now_ms);
    String::new()
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
    /// The records to write, already merged with what is stored for their URL.
    pub records: Vec<Record>,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
}

/// Plans importing `text` (the file's content, named `file_name`) over `existing`.
/// `Err`: the file as a whole cannot be read (not CSV or JSON, missing required columns).
pub fn plan_import(text: &str, file_name: &str, existing: &[Record], now_ms: i64) -> Result<ImportPlan, String> {
    let _ = (text, file_name, existing, now_ms);
    Err("not implemented".into())
}
