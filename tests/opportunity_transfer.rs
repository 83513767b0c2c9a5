//! Opportunity export and import through the public API, as the Opportunities page uses it:
//! round trips of hostile text through CSV and JSON, the CSV as a spreadsheet sees it, import
//! validation and merging with what is stored.

use backlink_bot::intel::Tier;
use backlink_bot::crm::transfer::{export_csv, export_json, plan_import, RowError, BACKUP_FORMAT, CSV_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS};
use backlink_bot::crm::{canonical_url, record_id, Record, Status, StatusChange, SCHEMA_VERSION};
use backlink_bot::prospect::contacts::Contacts;
use backlink_bot::prospect::openings::OpeningKind;
use backlink_bot::prospect::suitability::Verdict;
use serde_json::{json, Value};

/// 2026-11-18T11:06:40Z.
const T0: i64 = 1_795_000_000_000;
const DAY: i64 = 86_400_000;

/// A tidy record as the popup would save it (whole seconds: CSV keeps times to the second).
fn record(url: &str, at: i64) -> Record {
    let mut r = Record::new(canonical_url(url).unwrap(), at);
    r.title = "A page".into();
    r.score = Some(72);
    r.verdict = Some(Verdict::WorthPursuing);
    r.opportunity_types = vec![OpeningKind::ResourcePage];
    r.authority_tier = Some(Tier::Unranked);
    r.history = vec![StatusChange { status: Status::New, at }];
    r
}

fn with_status(mut r: Record, status: Status, at: i64) -> Record {
    r.status = status;
    r.history.push(StatusChange { status, at });
    r.updated_at = at;
    r
}

/// Records full of what breaks naive CSV: quotes, commas, newlines, emoji, bidi text, formulas.
fn nasty_records() -> Vec<Record> {
    let mut a = with_status(record("https://blog.example.co.uk/links?page=2", T0), Status::Contacted, T0 + 2 * DAY);
    a.title = "=HYPERLINK(\"http://evil\")".into();
    a.notes = "Said \"maybe\", then: yes, please\r\nSecond line\nThird 👩‍💻 line, with \"\"doubled\"\"".into();
    a.tags = vec!["+1".into(), "-2".into(), "@sum(a1)".into(), "dev 👩‍💻".into(), "عربي".into()];
    a.proposed_anchor = "-2 ways to \"bake\", fast".into();
    a.target_page = "@SUM(A1)".into();
    a.opportunity_types = vec![OpeningKind::ResourcePage, OpeningKind::GuestPost, OpeningKind::Roundup];
    a.verdict = Some(Verdict::Strong);
    a.score = Some(100);
    a.authority_tier = Some(Tier::Top10k);
    a.authority_score = Some(0);
    a.contacts = Contacts {
        emails: vec!["-x@evil.example".into(), "jane@blog.example.co.uk".into()],
        contact_pages: vec!["https://blog.example.co.uk/contact;jsessionid=1".into(), "https://blog.example.co.uk/about".into()],
        social: vec!["https://social.example/@jane".into()],
        author: Some("\tx".into()),
    };
    a.follow_up = Some("2026-12-01".into());

    let mut b = with_status(record("http://b.example/p?q=a%20b&x=1", T0 + 1000), Status::Replied, T0 + 3 * DAY);
    b = with_status(b, Status::DoNotContact, T0 + 4 * DAY);
    b.title = "'=x".into();
    b.notes = "+1 call them\u{202e}gnp.exe — שלום, مرحبا".into();
    b.proposed_anchor = "''+x".into();
    b.target_page = "https://mine.example/guide".into();
    b.contacts.author = Some("\rx".into());
    b.tags = vec!["'=x".into(), "a \"quoted\" tag".into()];

    let mut c = record("https://c.example/", T0 - 365 * DAY);
    c.title = String::new();
    c.score = None;
    c.verdict = None;
    c.opportunity_types = vec![];
    c.authority_tier = None;

    let mut d = record("https://d.example/שלום", T0);
    d.title = "@home, \"quoted\", and ,commas,".into();
    d.notes = "-".into();
    vec![a, b, c, d]
}

fn sorted(mut records: Vec<Record>) -> Vec<Record> {
    records.sort_by(|a, b| a.url.cmp(&b.url));
    records
}

#[test]
fn csv_round_trips_hostile_text_exactly() {
    let records = nasty_records();
    let csv = export_csv(&records);
    let plan = plan_import(&csv, "opportunities.csv", &[], T0 + 10 * DAY).unwrap();
    assert_eq!(plan.errors, vec![]);
    assert_eq!((plan.format.as_str(), plan.rows, plan.added, plan.updated, plan.unchanged), ("csv", 4, 4, 0, 0));
    assert!(plan.ignored_columns.is_empty());
    assert_eq!(plan.records, sorted(records.clone()));
    // Deterministic: the same records give the same file, and the same file the same plan.
    assert_eq!(export_csv(&records), csv);
    assert_eq!(plan_import(&csv, "opportunities.csv", &[], T0 + 10 * DAY).unwrap(), plan);
}

/// Every line end outside quoted fields is CRLF (inside them, notes keep their own).
fn line_ends_outside_quotes_are_crlf(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut quoted = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted && (i == 0 || bytes[i - 1] != b'\r') => return false,
            b'\r' if !quoted && bytes.get(i + 1) != Some(&b'\n') => return false,
            _ => {}
        }
    }
    !quoted
}

#[test]
fn exported_csv_is_what_a_spreadsheet_expects() {
    let records = nasty_records();
    let csv = export_csv(&records);
    let body = csv.strip_prefix('\u{feff}').expect("UTF-8 BOM first");
    assert!(body.ends_with("\r\n"));
    assert!(line_ends_outside_quotes_are_crlf(body));
    assert!(body.starts_with("id,url,domain,title,status,score,verdict,opportunity_types,authority_tier,authority_score,emails,contact_pages,social,author,notes,tags,follow_up,target_page,proposed_anchor,saved_at,updated_at,history,link_checks\r\n"));

    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let header: Vec<&str> = rows[0].iter().collect();
    let expected: Vec<&str> = CSV_COLUMNS.iter().map(|(name, _)| *name).collect();
    assert_eq!(header, expected);
    assert_eq!(rows.len(), 1 + records.len());
    for row in &rows {
        assert_eq!(row.len(), CSV_COLUMNS.len(), "{row:?}");
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula cell {cell:?}");
        }
    }
    let cell = |row: usize, column: &str| rows[row].get(CSV_COLUMNS.iter().position(|(n, _)| *n == column).unwrap()).unwrap().to_string();
    // Rows are in the order given.
    assert_eq!(cell(1, "title"), "'=HYPERLINK(\"http://evil\")");
    assert_eq!(cell(1, "target_page"), "'@SUM(A1)");
    assert_eq!(cell(1, "proposed_anchor"), "'-2 ways to \"bake\", fast");
    assert_eq!(cell(1, "tags"), "'+1; -2; @sum(a1); dev 👩‍💻; عربي");
    assert_eq!(cell(1, "emails"), "'-x@evil.example; jane@blog.example.co.uk");
    assert_eq!(cell(1, "author"), "'\tx");
    assert_eq!(cell(1, "status"), "contacted");
    assert_eq!(cell(1, "verdict"), "strong");
    assert_eq!(cell(1, "opportunity_types"), "resource-page; guest-post; roundup");
    assert_eq!(cell(1, "authority_tier"), "top10k");
    assert_eq!(cell(1, "authority_score"), "0");
    assert_eq!(cell(1, "follow_up"), "2026-12-01");
    assert_eq!(cell(1, "saved_at"), "2026-11-18T11:06:40Z");
    assert_eq!(cell(1, "history"), "2026-11-18T11:06:40Z new; 2026-11-20T11:06:40Z contacted");
    assert_eq!(cell(1, "notes"), records[0].notes);
    assert_eq!(cell(2, "title"), "''=x");
    assert_eq!(cell(2, "author"), "'\rx");
    assert_eq!(cell(2, "proposed_anchor"), "'''+x");
    assert_eq!(cell(2, "notes"), format!("'{}", records[1].notes));
    assert_eq!(cell(2, "status"), "do-not-contact");
    assert_eq!(cell(3, "score"), "");
    assert_eq!(cell(3, "verdict"), "");
    assert_eq!(cell(3, "history"), "2025-11-18T11:06:40Z new");
    assert_eq!(cell(4, "notes"), "'-");
    // Quotes are doubled inside quoted fields.
    assert!(body.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
}

#[test]
fn json_backup_round_trips_everything() {
    let mut records = nasty_records();
    records[1].saved_at += 123; // JSON keeps milliseconds
    records[1].history[0].at += 123;
    let backup = export_json(&records, T0 + 10 * DAY);
    let value: Value = serde_json::from_str(&backup).unwrap();
    assert_eq!(value["format"], BACKUP_FORMAT);
    assert_eq!(value["schemaVersion"], SCHEMA_VERSION);
    assert_eq!(value["exportedAt"], "2026-11-28T11:06:40Z");
    assert_eq!(value["count"], 4);
    assert_eq!(value["records"][0]["url"], "http://b.example/p?q=a%20b&x=1");
    assert!(backup.starts_with("{\n  \"format\""));

    let plan = plan_import(&backup, "backup.JSON", &[], 0).unwrap();
    assert_eq!(plan.errors, vec![]);
    assert_eq!((plan.format.as_str(), plan.rows, plan.added), ("json", 4, 4));
    assert_eq!(plan.records, sorted(records.clone()));
    assert_eq!(export_json(&records, T0 + 10 * DAY), backup);
    // Found by its content too, whatever the file is called; a bare list of records also reads.
    assert_eq!(plan_import(&format!("\u{feff}\n{backup}"), "download", &[], 0).unwrap().records, plan.records);
    let bare = serde_json::to_string(&value["records"]).unwrap();
    assert_eq!(plan_import(&bare, "records.txt", &[], 0).unwrap().records, plan.records);
}

#[test]
fn csv_rows_with_problems_are_reported_and_the_rest_imported() {
    let csv = "url,status,score,follow_up,saved_at,history,opportunity_types,verdict\r\n\
               https://ok.example/,won,55,2026-12-01,2026-11-18T11:06:40Z,,guest post,Worth pursuing\r\n\
               mailto:jane@a.example,new,,,,,,\r\n\
               https://a.example/,maybe,,,,,,\r\n\
               https://b.example/,,101,,,,,\r\n\
               https://c.example/,,,2026-02-30,,,,\r\n\
               https://d.example/,,,,,,,,,surplus\r\n\
               \r\n\
               ,,,,,,,\r\n\
               https://e.example/,,,,last tuesday,,,\r\n\
               https://f.example/,,,,,2026-11-18T11:06:40Z,,\r\n\
               https://g.example/,,,,,,press release,\r\n\
               https://h.example/,,,,,,,great\r\n\
               \"\",won,,,,,,\r\n";
    let plan = plan_import(csv, "sheet.csv", &[], T0).unwrap();
    assert_eq!(plan.rows, 11);
    assert_eq!(plan.records.len(), 1);
    let ok = &plan.records[0];
    assert_eq!((ok.status, ok.score, ok.follow_up.as_deref(), ok.saved_at), (Status::Won, Some(55), Some("2026-12-01"), T0));
    assert_eq!((ok.opportunity_types.as_slice(), ok.verdict), (&[OpeningKind::GuestPost][..], Some(Verdict::WorthPursuing)));
    assert_eq!(ok.history, vec![StatusChange { status: Status::Won, at: T0 }]);
    let errors: Vec<(u32, &str)> = plan.errors.iter().map(|e| (e.row, e.message.as_str())).collect();
    assert_eq!(errors[0], (2, "row 2: url \"mailto:jane@a.example\" is not an http(s) page address"));
    assert_eq!(errors[1], (3, "row 3: status \"maybe\" is not one of new, contacted, replied, won, lost, do-not-contact"));
    assert_eq!(errors[2], (4, "row 4: score \"101\" is not a whole number from 0 to 100"));
    assert_eq!(errors[3], (5, "row 5: follow_up \"2026-02-30\" is not a date written YYYY-MM-DD"));
    assert_eq!(errors[4], (6, "row 6: has 10 cells but the header has 8 columns (a comma outside quotes?)"));
    // The blank lines are skipped: the row numbers go on, the message says where it is.
    assert_eq!(errors[5].0, 7);
    assert!(errors[5].1.starts_with("row 7 (line 10): saved_at \"last tuesday\""), "{}", errors[5].1);
    assert!(errors[6].1.contains("history item \"2026-11-18T11:06:40Z\""), "{}", errors[6].1);
    assert!(errors[7].1.contains("opportunity type \"press release\" is not one of resource-page, guest-post"), "{}", errors[7].1);
    assert!(errors[8].1.contains("verdict \"great\" is not one of strong, worth-pursuing, weak, not-a-prospect, avoid"), "{}", errors[8].1);
    assert!(errors[9].1.ends_with("url is empty"), "{}", errors[9].1);
    assert_eq!(plan.errors.len(), 10);
}

#[test]
fn whole_file_problems_are_refused_with_a_reason() {
    let err = |text: &str, name: &str| plan_import(text, name, &[], 0).unwrap_err();
    assert_eq!(err("title,status\r\nA,new\r\n", "s.csv"), "\"s.csv\" has no \"url\" column, which import needs (its header row has: title, status).");
    assert!(err("{not json", "backup.json").starts_with("\"backup.json\" is not valid JSON: "));
    assert!(err("url,status", "x.json").contains("is not valid JSON"));
    assert!(err("{\"records\": []}", "x.json").contains("not a Backlink Bot opportunities backup"));
    let newer = json!({"format": BACKUP_FORMAT, "schemaVersion": SCHEMA_VERSION + 1, "records": []}).to_string();
    assert!(err(&newer, "b.json").contains("made by a newer version of Backlink Bot"), "{}", err(&newer, "b.json"));
    for empty in ["", "\u{feff}", " \r\n\r\n"] {
        assert_eq!(err(empty, "e.csv"), "\"e.csv\" is empty.");
    }
    assert_eq!(err("", ""), "The file is empty.");
    assert!(err("url,url\nhttps://a.example/,https://b.example/", "d.csv").contains("twice"));

    let mut huge = String::from("url\n");
    huge.push_str(&"x".repeat(MAX_IMPORT_BYTES));
    assert!(err(&huge, "big.csv").contains("up to 50 MB"));
    let many = format!("url\n{}", "https://a.example/\n".repeat(MAX_IMPORT_ROWS + 1));
    assert!(err(&many, "many.csv").contains("more than 100000 rows"));
    let many = format!("[{}]", vec!["{}"; MAX_IMPORT_ROWS + 1].join(","));
    assert!(err(&many, "many.json").contains("more than 100000 records"));
    // Up to the limit is fine.
    let plan = plan_import(&format!("url\n{}", "https://a.example/\n".repeat(1000)), "dup.csv", &[], 0).unwrap();
    assert_eq!((plan.rows, plan.added), (1000, 1));
}

#[test]
fn header_only_csv_imports_nothing() {
    let plan = plan_import(&export_csv(&[]), "empty.csv", &[], 0).unwrap();
    assert_eq!((plan.format.as_str(), plan.rows, plan.records.len(), plan.errors.len()), ("csv", 0, 0, 0));
}

#[test]
fn json_records_that_fail_checks_are_row_errors() {
    let good = serde_json::to_value(record("https://a.example/", T0)).unwrap();
    let mut newer = good.clone();
    newer["schema"] = json!(SCHEMA_VERSION + 1);
    newer["url"] = json!("https://n.example/");
    let backup = json!({"format": BACKUP_FORMAT, "schemaVersion": 1, "records": [good, {"schema": 1, "url": "ftp://x.example/"}, 7, newer]});
    let plan = plan_import(&backup.to_string(), "b.json", &[], 0).unwrap();
    assert_eq!((plan.rows, plan.added), (4, 1));
    let rows: Vec<u32> = plan.errors.iter().map(|e| e.row).collect();
    assert_eq!(rows, [2, 3, 4]);
    assert!(plan.errors[0].message.starts_with("record 2: "), "{:?}", plan.errors[0]);
    assert_eq!(plan.errors[1], RowError { row: 3, message: "record 3: malformed record: not an object".into() });
    assert!(plan.errors[2].message.contains("newer Backlink Bot"), "{:?}", plan.errors[2]);
}

#[test]
fn imports_merge_with_stored_records_and_within_the_file() {
    let stored = record("https://a.example/post", T0);
    let other = record("https://z.example/", T0);
    let existing = [stored.clone(), other.clone()];

    // The same records again: nothing to write.
    for (text, name) in [(export_csv(&existing), "a.csv"), (export_json(&existing, T0), "a.json")] {
        let plan = plan_import(&text, name, &existing, T0 + DAY).unwrap();
        assert_eq!((plan.rows, plan.added, plan.updated, plan.unchanged), (2, 0, 0, 2), "{name}");
        assert!(plan.records.is_empty());
    }

    // A newer edit wins; an older one only adds its tags; a new URL is added.
    let mut newer = with_status(stored.clone(), Status::Contacted, T0 + DAY);
    newer.notes = "pitched".into();
    let mut older = other.clone();
    older.updated_at = T0 - DAY;
    older.notes = "stale".into();
    older.tags = vec!["old".into()];
    let fresh = record("https://m.example/", T0);
    let plan = plan_import(&export_csv(&[newer.clone(), older, fresh.clone()]), "b.csv", &existing, T0 + 2 * DAY).unwrap();
    assert_eq!((plan.added, plan.updated, plan.unchanged), (1, 2, 0));
    assert_eq!(plan.records[0], newer);
    assert_eq!(plan.records[1], fresh);
    assert_eq!((plan.records[2].notes.as_str(), plan.records[2].tags.as_slice()), ("", &["old".to_string()][..]));

    // The same page twice in a file (written differently): one record, the later row winning a tie.
    let csv = "url,notes,tags,updated_at\n\
               https://q.example/p#top,first,a,2026-11-18T11:06:40Z\n\
               https://q.example/p?utm_source=news,second,b,2026-11-18T11:06:40Z\n\
               https://q.example/p,older,c,2026-01-01T00:00:00Z\n";
    let plan = plan_import(csv, "dup.csv", &[], T0).unwrap();
    assert_eq!((plan.rows, plan.added, plan.records.len()), (3, 1, 1));
    assert_eq!(plan.records[0].notes, "second");
    assert_eq!(plan.records[0].tags, ["b", "a", "c"]);
}

#[test]
fn csv_from_a_spreadsheet_imports() {
    // Different case and spacing, two columns, LF line ends, no BOM, a label for a status.
    let csv = " URL , Status \nhttps://Example.com/page?utm_source=x#frag,Contacted\nhttps://b.example/,Do not contact\nhttps://c.example/,\n";
    let plan = plan_import(csv, "Sheet1.csv", &[], T0).unwrap();
    assert_eq!(plan.errors, vec![]);
    assert_eq!((plan.rows, plan.added), (3, 3));
    let r = &plan.records[2];
    assert_eq!((r.url.as_str(), r.domain.as_str(), r.id.clone()), ("https://example.com/page", "example.com", record_id("https://example.com/page")));
    assert_eq!((r.status, r.saved_at, r.updated_at), (Status::Contacted, T0, T0));
    assert_eq!(r.history, vec![StatusChange { status: Status::Contacted, at: T0 }]);
    assert_eq!((r.score, r.verdict, r.title.as_str()), (None, None, ""));
    assert_eq!(plan.records[0].status, Status::DoNotContact);
    assert_eq!(plan.records[1].status, Status::New);

    // Labels for column names and values; unknown columns are named, not fatal.
    let csv = "Url,Opportunity Types,Verdict,Authority-Tier,Follow Up,Rating\r\nhttps://a.example/,Guest post; resource-page,Worth pursuing,TOP1K,2026-12-01,5 stars\r\n";
    let plan = plan_import(csv, "x.csv", &[], T0).unwrap();
    assert_eq!(plan.errors, vec![]);
    assert_eq!(plan.ignored_columns, ["Rating"]);
    let r = &plan.records[0];
    assert_eq!(r.opportunity_types, [OpeningKind::GuestPost, OpeningKind::ResourcePage]);
    assert_eq!((r.verdict, r.authority_tier, r.follow_up.as_deref()), (Some(Verdict::WorthPursuing), Some(Tier::Top1k), Some("2026-12-01")));
}

/// The JSON backup carries the Backlinks page's records: written as stored, counted in the
/// preview, and restored (merged, checked) from the plan's copy; a backup without them has none.
#[test]
fn the_json_backup_carries_the_backlinks_records_and_restores_them() {
    use backlink_bot::backlinks::backup::plan_restore;
    use backlink_bot::crm::transfer::export_json_with;
    let section = json!({
        "links": [{ "key": "mine\nhttps://a.example/p\nhttps://me.example/", "whose": "mine", "sourceUrl": "https://a.example/p", "targetUrl": "https://me.example/", "anchor": "bread", "nofollow": false, "ugc": false, "sponsored": false, "firstSeen": 20000, "lastSeen": 20400, "lost": null, "authority": 31 }],
        "sites": [],
        "marks": [{ "domain": "spam.example", "action": "disavow", "note": "paid link, 2024" }],
        "imports": [{ "whose": "mine", "file": "semrush.csv", "format": "semrush", "importedAt": T0, "links": 1, "sites": 0, "errors": 0, "domains": ["a.example"] }],
        "domains": [{ "key": "mine\na.example", "domain": "a.example" }],
    });
    let records = nasty_records();
    let backup = export_json_with(&records, Some(&section.to_string()), T0);
    let parsed: Value = serde_json::from_str(&backup).unwrap();
    assert_eq!(parsed["backlinks"], section, "written as stored");
    let plan = plan_import(&backup, "backup.json", &[], T0).unwrap();
    let part = plan.backlinks.clone().expect("the backlinks part");
    assert_eq!((part.links, part.sites, part.marks, part.imports), (1, 0, 1, 1));
    assert_eq!(plan.records.len(), records.len());
    let restore = plan_restore(&part.json, &[], &[], &[]).unwrap();
    assert_eq!((restore.links.len(), restore.marks.len(), restore.imports.len(), restore.errors.len()), (1, 1, 1, 0));
    assert_eq!(restore.marks[0].note, "paid link, 2024");
    assert_eq!(restore.links[0].link.authority, Some(31));
    // Without the Backlinks page's records: no key, nothing to restore.
    let plain = export_json(&records, T0);
    assert!(!plain.contains("\"backlinks\""));
    assert_eq!(plan_import(&plain, "backup.json", &[], T0).unwrap().backlinks, None);
    // A damaged section refuses the whole file: nothing is half-restored.
    let broken = backup.replace("\"marks\":[", "\"marks\":7,\"x\":[");
    assert_ne!(broken, backup);
    assert!(plan_import(&broken, "backup.json", &[], T0).is_err());
}
