//! Fuzzing on stable Rust: property tests (proptest) over every entry point of the core that reads
//! hostile input, and a long-running runner over the same targets.
//!
//! Targets: whole page analyses (`analyze_prospect`) of arbitrary snapshots and of mutated real
//! fixtures, with arbitrary profiles, "today" values and with or without the domain data; snapshot
//! JSON text; stored profiles and profile forms; stored opportunity records; CSV, JSON and raw-byte
//! import files; domain-data bytes (arbitrary, structured, and mutations of the real asset);
//! contacts; date parsing and formatting. Properties: no panic (each case runs under
//! `catch_unwind`; the panic's message and location become the failure, and proptest shrinks the
//! input), the same input gives the same output, scores stay within 0–100, and an import of a bad
//! file writes nothing.
//!
//! - `cargo test --release --test fuzz`: the short pass, `PROPTEST_CASES` cases per target
//!   (proptest's default, 256), from a fixed seed per target so `./build.sh test` is repeatable.
//! - `./build.sh fuzz [SECONDS]` runs the ignored `fuzz_for_a_while` under the `fuzz` profile
//!   (release speed with overflow checks): `FUZZ_SECONDS` (60), `FUZZ_THREADS` (2), `FUZZ_SEED`
//!   (from the clock). It loops over every target in time slices, a fresh seed each batch, until
//!   the time is up, prints the cases and failures per target, saves each failure's shrunk input
//!   in `target/fuzz-failures/`, and fails if there was any.
//!
//! A failing case's seed is also persisted to `tests/fuzz-regressions/TARGET.txt`, which proptest
//! replays first on every run (commit it with the fix); each panic found also gets a plain
//! regression test next to the code it was in.
#![cfg(not(target_arch = "wasm32"))]
// Generated values are mapped onto defaults field by field, one line each.
#![allow(clippy::field_reassign_with_default)]

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt::Debug;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, Once, OnceLock};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, FileFailurePersistence, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use serde_json::{json, Value};

use backlink_bot::analyze::MAX_LINKS;
use backlink_bot::intel::{self, DomainIntel};
use backlink_bot::crm::time::{date_of_ms, format_date, format_iso, parse_date, parse_iso};
use backlink_bot::crm::transfer::{export_csv, export_json, plan_import, BACKUP_FORMAT, CSV_COLUMNS};
use backlink_bot::crm::{self as opp, canonical_url, record_id, Record, Status};
use backlink_bot::profile::ProfileForm;
use backlink_bot::prospect::contacts::{contacts, normalize_email, MAX_EMAILS};
use backlink_bot::prospect::freshness::{civil_from_days, days_from_civil, format_day, freshness, parse_iso_day};
use backlink_bot::scoring::LinkWeights;
use backlink_bot::snapshot::{DateObservation, Heading, LinkContext, LinkObservation, Region, Visibility};
use backlink_bot::{analyze_prospect, PageSnapshot, Profile, Report};

// ---------------------------------------------------------------------------------------------
// Catching panics per case.

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A panic hook that, inside a case, records the message and location instead of printing them
/// (shrinking panics hundreds of times), and outside one behaves as before.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let payload = info.payload();
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "(no message)".into());
                let at = info.location().map(ToString::to_string).unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("panicked at {at}: {message}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs one case; a panic becomes a failure that says where and why.
fn guarded(body: impl FnOnce() -> Result<(), TestCaseError>) -> Result<(), TestCaseError> {
    install_hook();
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(body));
    QUIET.with(|q| q.set(false));
    result.unwrap_or_else(|_| Err(TestCaseError::fail(LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| "panicked".into()))))
}

/// Where proptest persists the seeds of a target's failing cases (replayed first on every run).
fn regression_file(name: &'static str) -> &'static str {
    static FILES: OnceLock<Mutex<HashMap<&'static str, &'static str>>> = OnceLock::new();
    let mut files = FILES.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    files.entry(name).or_insert_with(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions").join(format!("{name}.txt"));
        Box::leak(path.to_string_lossy().into_owned().into_boxed_str())
    })
}

/// Runs `cases` cases of `test` on inputs from `strategy`; the shrunk failing input on failure.
fn check<S>(name: &'static str, cases: u32, rng: TestRng, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) -> Result<(), String>
where
    S: Strategy,
    S::Value: Debug,
{
    let config = Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(regression_file(name)))),
        max_shrink_iters: 4_000,
        max_shrink_time: 120_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(config, rng);
    runner.run(&strategy, |value| guarded(|| test(value))).map_err(|e| match e {
        TestError::Fail(why, input) => format!("{name}: {why}\nminimal failing input: {input:#?}"),
        TestError::Abort(why) => format!("{name}: aborted: {why}"),
    })
}

// ---------------------------------------------------------------------------------------------
// Hostile text.

/// Pieces that hit the core's special cases: addresses next to non-ASCII, obfuscations, URLs,
/// dates, footprint phrases, characters whose lowercase has another byte length, bidi controls,
/// combining marks, astral characters, NUL and U+FFFD.
const PIECES: &[&str] = &[
    "@", ".", " ", "  ", "\n", "\t", "\r\n", "\u{a0}", "\u{2028}", "at", " at ", " dot ", "dot", "[at]", "(dot)", "{at}", "<dot>",
    "[@]", "[.]", "(", ")", "[", "]", "<", ">", "'", "\"", ",", ";", ":", "!", "?", "#", "&", "=", "%", "%zz", "%41", "..", "-",
    "mailto:", "MAILTO:", "?subject=hi", "http://", "https://", "www.", "://", "/", "xn--", "xn--80ak6aa92e.com",
    "иван@mail.ru", "联系我们@example.com", "jane.doe@example.co.uk", "info@bäckerei.de", "logo@2x.png", "Ñandú@pájaro.es",
    "mailto:иван@mail.ru", "имя [at] сайт [dot] рф", "john.smith at acme dot co dot uk", "By Jane Doe", "by", "Written by",
    "von", "par", "Anna-Lena Müller", "J.", "2024-02-29", "2024-02-29T10:00:00Z", "1999-12-31T23:59:60.123+14:00",
    "2026-11-18 11:06:40.250Z", "9999-12-31", "0000-00-00", "2024-13-45T99:99", "write for us", "guest post", "resources",
    "useful links", "sponsored post", "casino", "nofollow", "ugc", "noopener", "author", "é", "e\u{301}", "\u{301}", "ﬁ", "ß",
    "ẞ", "İ", "ǅ", "Ω", "K", "Ⱥ", "ΐ", "\u{202e}", "\u{200b}", "\u{200d}", "\u{feff}", "\u{0}", "\u{fffd}", "😀", "👩‍💻",
    "𝔘𝔫𝔦", "\u{10ffff}", "مرحبا", "שלום", "中文", "日本語のテキスト", "Привет", "ǰ", "\u{1f1fa}\u{1f1f8}", "🏳️‍🌈", "=HYPERLINK(",
];

fn piece() -> BoxedStrategy<String> {
    prop_oneof![
        5 => select(PIECES).prop_map(str::to_owned),
        3 => "[a-zA-Z0-9]{1,10}",
        2 => any::<char>().prop_map(String::from),
        1 => prop::collection::vec(any::<char>(), 0..6).prop_map(|c| c.into_iter().collect::<String>()),
    ]
    .boxed()
}

fn text(max_pieces: usize) -> BoxedStrategy<String> {
    prop::collection::vec(piece(), 0..max_pieces).prop_map(|p| p.concat()).boxed()
}

/// Mostly short, sometimes long, rarely huge (a piece repeated: big but cheap to make). Sized so
/// a whole-page case costs about a millisecond on average while about 1 in 80 fields is huge.
fn sized_text() -> BoxedStrategy<String> {
    prop_oneof![
        60 => text(8),
        15 => text(40),
        3 => text(400),
        1 => (piece(), 0..20_000usize).prop_map(|(p, n)| p.repeat(n.min(200_000 / p.len().max(1)))),
    ]
    .boxed()
}

const SCHEMES: &[&str] =
    &["https://", "http://", "HTTPS://", "ftp://", "javascript:", "mailto:", "data:", "", "//", "blob:", "chrome-extension://", "tel:", "https:", "http:/"];
const USERINFO: &[&str] = &["", "", "", "user:pw@", "@", "ü@"];
const LABELS: &[&str] = &[
    "example", "com", "co", "uk", "org", "wordpress", "blogspot", "github", "io", "xn--80ak6aa92e", "ВИКИ", "рф", "例え", "テスト",
    "127", "0", "1", "localhost", "[::1]", "", "a-b", "-bad", "www", "casino", "bet", "0x7f", "%41", "ẞ", "ﬁ", "wikipedia", "en",
    "google", "de", "blog", "medium", "😀",
];
const PORTS: &[&str] = &["", "", ":443", ":8080", ":99999", ":", ":x"];
const QUERIES: &[&str] = &["", "", "?utm_source=x", "?id=2&utm_medium=y", "#top", "?q=a%20b&x=1#f", "?", "?ref=🙂"];

fn url() -> BoxedStrategy<String> {
    prop_oneof![
        6 => (select(SCHEMES), select(USERINFO), prop::collection::vec(select(LABELS), 1..4), select(PORTS), text(3), select(QUERIES))
            .prop_map(|(s, u, labels, p, path, q)| format!("{s}{u}{}{p}/{path}{q}", labels.join("."))),
        1 => text(5),
        1 => Just(String::new()),
    ]
    .boxed()
}

const LANGS: &[&str] = &["", "en", "EN-us", "de", "de-DE", "ja", "zh-Hant-TW", "x-klingon", "pt-BR", "iw", "ar", "ru", "es", "fr", "-", "en_", "😀"];

fn lang() -> BoxedStrategy<String> {
    prop_oneof![4 => select(LANGS).prop_map(str::to_owned), 1 => text(2)].boxed()
}

fn today() -> BoxedStrategy<i64> {
    prop_oneof![
        6 => 18_000i64..25_000,
        1 => any::<i64>(),
        1 => select(&[i64::MIN, i64::MAX, 0, -1, -719_468, 2_932_896, -2_932_897][..]),
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------------------
// Snapshots and profiles.

fn region() -> impl Strategy<Value = Region> {
    select(&[Region::Main, Region::Nav, Region::Header, Region::Footer, Region::Aside, Region::Comments, Region::Body, Region::Other][..])
}

fn context() -> impl Strategy<Value = LinkContext> {
    select(&[LinkContext::Paragraph, LinkContext::List, LinkContext::Button, LinkContext::Heading, LinkContext::Other][..])
}

fn visibility() -> impl Strategy<Value = Visibility> {
    select(&[Visibility::Visible, Visibility::Hidden, Visibility::ZeroSize, Visibility::OffScreen, Visibility::Other][..])
}

const RELS: &[&str] = &["", "nofollow", "sponsored", "ugc", "noopener", "author", "NoFollow", ",", " ", "me", "external", "noreferrer"];

fn link() -> BoxedStrategy<LinkObservation> {
    let texts = (text(6), text(3), text(3), prop::collection::vec(select(RELS), 0..4), text(2), text(8));
    let rest = (any::<u32>(), url(), prop_oneof![Just(None), url().prop_map(Some)], any::<bool>(), lang(), region(), context(), visibility());
    (texts, rest)
        .prop_map(|((text, title, image_alt, rel, target, surrounding), (index, href, raw, has_image, lang, region, context, visibility))| {
            let mut link = LinkObservation::default();
            link.index = index;
            link.raw_href = raw;
            link.href = href;
            link.text = text;
            link.title = title;
            link.has_image = has_image;
            link.image_alt = image_alt;
            link.rel = rel.join(" ");
            link.target = target;
            link.lang = lang;
            link.region = region;
            link.context = context;
            link.visibility = visibility;
            link.surrounding = surrounding;
            link
        })
        .boxed()
}

fn links() -> BoxedStrategy<Vec<LinkObservation>> {
    prop_oneof![
        40 => prop::collection::vec(link(), 0..6),
        12 => prop::collection::vec(link(), 0..40),
        2 => prop::collection::vec(link(), 0..300),
        1 => (link(), 0..5_000usize).prop_map(|(l, n)| vec![l; n]),
    ]
    .boxed()
}

const DATE_KINDS: &[&str] = &["published", "modified", "", "Published", "created"];

fn date_text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => (0i64..10_000, 0i64..14, 0i64..33, 0i64..26, 0i64..61, select(&["Z", "", "+01:00", "-14:00", "+2", "z", "+1400", ".5Z"][..]))
            .prop_map(|(y, m, d, h, min, z)| format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}{z}")),
        1 => (0i64..10_000, 0i64..14, 0i64..33).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        2 => text(4),
    ]
    .boxed()
}

fn date() -> BoxedStrategy<DateObservation> {
    (select(DATE_KINDS), text(2), date_text())
        .prop_map(|(kind, source, value)| {
            let mut d = DateObservation::default();
            d.kind = kind.to_owned();
            d.source = source;
            d.value = value;
            d
        })
        .boxed()
}

fn heading() -> BoxedStrategy<Heading> {
    (any::<u8>(), text(6))
        .prop_map(|(level, text)| {
            let mut h = Heading::default();
            h.level = level;
            h.text = text;
            h
        })
        .boxed()
}

const CONTENT_TYPES: &[&str] = &["text/html", "application/pdf", "", "application/xhtml+xml", "image/png", "text/plain; charset=utf-8"];
const ROBOTS: &[&str] = &["", "noindex", "nofollow", "none", "noindex, nofollow", "NOFOLLOW", ",", "nofollow,nofollow"];

fn snapshot() -> BoxedStrategy<PageSnapshot> {
    let head = (url(), select(CONTENT_TYPES), lang(), sized_text(), sized_text(), select(ROBOTS), text(6), url());
    let body = (
        prop::collection::vec(heading(), 0..6),
        sized_text(),
        any::<u32>(),
        prop::collection::vec(date(), 0..5),
        prop::collection::vec(text(4), 0..5),
        prop::collection::vec(text(3), 0..3),
        prop::collection::vec(url(), 0..4),
        prop::collection::vec(url(), 0..4),
    );
    let rest = (any::<(bool, bool, bool)>(), links(), any::<(bool, u32, u32, bool, u32)>(), any::<u32>());
    (head, body, rest)
        .prop_map(|(head, body, rest)| {
            let (url, content_type, lang, title, description, robots, keywords, canonical) = head;
            let (headings, text_sample, word_count, dates, emails, phones, social_links, contact_links) = body;
            let ((favicon, gtm, analytics), links, (capped, links_found, max_links, text_truncated, max_text_chars), schema) = rest;
            let mut s = PageSnapshot::default();
            s.schema_version = schema % 3;
            s.url = url;
            s.content_type = content_type.to_owned();
            s.lang = lang;
            s.title = title;
            s.meta.description = description;
            s.meta.robots = robots.to_owned();
            s.meta.keywords = keywords;
            s.canonical = canonical;
            s.headings = headings;
            s.text_sample = text_sample;
            s.word_count = word_count;
            s.dates = dates;
            s.emails = emails;
            s.phones = phones;
            s.social_links = social_links;
            s.contact_links = contact_links;
            s.tech.favicon = favicon;
            s.tech.google_tag_manager = gtm;
            s.tech.analytics = analytics;
            s.links = links;
            s.limits.capped = capped;
            s.limits.links_found = links_found;
            s.limits.max_links = max_links;
            s.limits.text_truncated = text_truncated;
            s.limits.max_text_chars = max_text_chars;
            s
        })
        .boxed()
}

fn domain() -> BoxedStrategy<String> {
    prop_oneof![
        3 => prop::collection::vec(select(LABELS), 1..4).prop_map(|l| l.join(".")),
        1 => text(3),
    ]
    .boxed()
}

/// Pointers to every number in the default weights (the numbers a user can tune).
fn weight_pointers() -> &'static (Value, Vec<String>) {
    static W: OnceLock<(Value, Vec<String>)> = OnceLock::new();
    W.get_or_init(|| {
        let value = serde_json::to_value(LinkWeights::default()).expect("weights serialize");
        let paths = Paths::of(&value);
        (value, paths.numbers)
    })
}

fn weights() -> BoxedStrategy<LinkWeights> {
    let n = weight_pointers().1.len();
    const EXTREMES: [i64; 3] = [i32::MAX as i64, i32::MIN as i64, 0];
    let weight = prop_oneof![4 => -100i64..100, 1 => any::<i32>().prop_map(i64::from), 1 => select(&EXTREMES[..])];
    prop::collection::vec(prop::option::weighted(0.15, weight), n)
        .prop_map(|choices| {
            let (defaults, pointers) = weight_pointers();
            let mut value = defaults.clone();
            for (pointer, choice) in pointers.iter().zip(choices) {
                if let (Some(w), Some(slot)) = (choice, value.pointer_mut(pointer)) {
                    *slot = json!(w);
                }
            }
            serde_json::from_value(value).unwrap_or_default()
        })
        .boxed()
}

fn profile() -> BoxedStrategy<Profile> {
    let keywords = prop_oneof![4 => prop::collection::vec(text(3), 0..5), 1 => prop::collection::vec(text(2), 0..150)];
    (
        prop::collection::vec(domain(), 0..3),
        prop::collection::vec(text(3), 0..3),
        prop::collection::vec(domain(), 0..3),
        keywords,
        sized_text(),
        prop::collection::vec(lang(), 0..3),
        prop_oneof![3 => Just(None), 1 => weights().prop_map(Some)],
    )
        .prop_map(|(my_domains, brands, competitors, keywords, topic, languages, weights)| {
            let mut p = Profile::default();
            p.my_domains = my_domains;
            p.brands = brands;
            p.competitors = competitors;
            p.keywords = keywords;
            p.topic = topic;
            p.languages = languages;
            if let Some(w) = weights {
                p.weights = w;
            }
            p
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Real data: the domain asset built from data/domains (as tests/intel.rs does) and the fixtures.

fn asset_bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/domains");
        intel::build(&dir).unwrap_or_else(|e| panic!("building the domain asset: {e}")).bytes
    })
}

fn real_intel() -> &'static DomainIntel {
    static INTEL: OnceLock<DomainIntel> = OnceLock::new();
    INTEL.get_or_init(|| DomainIntel::from_bytes(asset_bytes()).expect("the built asset loads"))
}

/// JSON pointers to a value's strings, numbers and arrays, for mutations.
#[derive(Debug, Default)]
struct Paths {
    strings: Vec<String>,
    numbers: Vec<String>,
    arrays: Vec<String>,
    objects: Vec<String>,
}

impl Paths {
    fn of(value: &Value) -> Paths {
        let mut paths = Paths::default();
        paths.walk(value, String::new());
        paths
    }

    fn walk(&mut self, value: &Value, at: String) {
        match value {
            Value::String(_) => self.strings.push(at),
            Value::Number(_) => self.numbers.push(at),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.walk(item, format!("{at}/{i}"));
                }
                self.arrays.push(at);
            }
            Value::Object(map) => {
                for (k, v) in map {
                    self.walk(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")));
                }
                self.objects.push(at);
            }
            _ => {}
        }
    }
}

struct Fixture {
    value: Value,
    text: String,
    paths: Paths,
}

fn fixtures() -> &'static [Fixture] {
    static FIXTURES: OnceLock<Vec<Fixture>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("tests/fixtures")
            .filter_map(|e| Some(e.ok()?.path()))
            .filter(|p| p.to_string_lossy().ends_with(".snapshot.json"))
            .collect();
        names.sort();
        assert!(names.len() >= 9, "fixtures missing");
        names
            .iter()
            .map(|path| {
                let text = std::fs::read_to_string(path).expect("fixture");
                let value: Value = serde_json::from_str(&text).expect("fixture JSON");
                let paths = Paths::of(&value);
                Fixture { value, text, paths }
            })
            .collect()
    })
}

/// Values a mutation can put anywhere: wrong types, edge numbers, hostile text.
fn json_value() -> BoxedStrategy<Value> {
    prop_oneof![
        3 => select(&[
            "null", "true", "false", "-1", "0", "1", "2", "100", "101", "255", "256", "-129", "4294967295", "4294967296",
            "9223372036854775807", "-9223372036854775808", "18446744073709551615", "1e308", "-1e308", "1.5", "-0.0", "\"\"",
            "[]", "{}", "[[]]", "[{}]", "\"main\"", "\"MAIN\"", "\"frame\"", "\"new\"", "\"won\"", "\"do-not-contact\"",
            "\"strong\"", "\"top1k\"", "\"resource-page\"", "[{\"status\":\"won\",\"at\":1}]", "{\"emails\":[\"a@b.co\"]}",
        ][..])
        .prop_map(|s| serde_json::from_str(s).expect("pool JSON")),
        2 => text(4).prop_map(Value::String),
        1 => any::<i64>().prop_map(|n| json!(n)),
        1 => any::<f64>().prop_map(|f| json!(f)),
    ]
    .boxed()
}

/// Names of fields of snapshots, profiles and records (and unknown ones), for added fields.
const KEYS: &[&str] = &[
    "schema", "url", "id", "domain", "title", "savedAt", "updatedAt", "status", "score", "verdict", "opportunityTypes",
    "authorityTier", "authorityScore", "contacts", "notes", "tags", "followUp", "targetPage", "proposedAnchor", "history",
    "version", "myDomains", "brands", "competitors", "keywords", "topic", "languages", "weights", "links", "region",
    "visibility", "context", "href", "rel", "textSample", "dates", "emails", "limits", "schemaVersion", "format", "records",
    "unknownField", "", "__proto__",
];

/// One edit of a JSON value; indices pick a node modulo the count of that kind.
#[derive(Debug, Clone)]
enum Mutation {
    ReplaceString(usize, String),
    InsertIntoString(usize, usize, String),
    TruncateString(usize, usize),
    EnumWord(usize, &'static str),
    SetNumber(usize, Value),
    DuplicateElement(usize, usize, usize),
    RemoveElement(usize, usize),
    SetKey(usize, &'static str, Value),
    Retype(usize, Value),
}

const ENUM_WORDS: &[&str] = &[
    "main", "nav", "header", "footer", "aside", "comments", "body", "other", "paragraph", "list", "button", "heading",
    "visible", "hidden", "zero-size", "off-screen", "MAIN", "Main ", "", "frame", "iframe", "published", "modified", "new",
    "contacted", "replied", "won", "lost", "do-not-contact", "strong", "worth-pursuing", "weak", "avoid", "top1k", "top10k",
    "top100k", "unranked", "resource-page", "guest-post", "ugc", "sponsored", "nofollow",
];

fn mutation() -> BoxedStrategy<Mutation> {
    let at = any::<usize>();
    prop_oneof![
        4 => (at, sized_text()).prop_map(|(a, s)| Mutation::ReplaceString(a, s)),
        4 => (at, any::<usize>(), text(4)).prop_map(|(a, p, s)| Mutation::InsertIntoString(a, p, s)),
        2 => (at, 0..40usize).prop_map(|(a, n)| Mutation::TruncateString(a, n)),
        3 => (at, select(ENUM_WORDS)).prop_map(|(a, w)| Mutation::EnumWord(a, w)),
        2 => (at, json_value()).prop_map(|(a, v)| Mutation::SetNumber(a, v)),
        2 => (at, any::<usize>(), prop_oneof![5 => 1..4usize, 1 => 1..3_000usize]).prop_map(|(a, i, n)| Mutation::DuplicateElement(a, i, n)),
        2 => (at, any::<usize>()).prop_map(|(a, i)| Mutation::RemoveElement(a, i)),
        2 => (at, select(KEYS), json_value()).prop_map(|(a, k, v)| Mutation::SetKey(a, k, v)),
        1 => (at, json_value()).prop_map(|(a, v)| Mutation::Retype(a, v)),
    ]
    .boxed()
}

fn pick(list: &[String], at: usize) -> Option<&str> {
    (!list.is_empty()).then(|| list[at % list.len()].as_str())
}

/// Applies the mutations; `paths` may be stale after an earlier one (a pointer that no longer
/// resolves is skipped).
fn mutate(value: &mut Value, paths: &Paths, mutations: &[Mutation]) {
    for m in mutations {
        match m {
            Mutation::ReplaceString(at, s) => {
                if let Some(Value::String(slot)) = pick(&paths.strings, *at).and_then(|p| value.pointer_mut(p)) {
                    *slot = s.clone();
                }
            }
            Mutation::InsertIntoString(at, pos, s) => {
                if let Some(Value::String(slot)) = pick(&paths.strings, *at).and_then(|p| value.pointer_mut(p)) {
                    let boundaries: Vec<usize> = slot.char_indices().map(|(i, _)| i).chain([slot.len()]).collect();
                    slot.insert_str(boundaries[pos % boundaries.len()], s);
                }
            }
            Mutation::TruncateString(at, keep) => {
                if let Some(Value::String(slot)) = pick(&paths.strings, *at).and_then(|p| value.pointer_mut(p)) {
                    *slot = slot.chars().take(*keep).collect();
                }
            }
            Mutation::EnumWord(at, word) => {
                if let Some(slot) = pick(&paths.strings, *at).and_then(|p| value.pointer_mut(p)) {
                    *slot = Value::String((*word).to_owned());
                }
            }
            Mutation::SetNumber(at, v) => {
                if let Some(slot) = pick(&paths.numbers, *at).and_then(|p| value.pointer_mut(p)) {
                    *slot = v.clone();
                }
            }
            Mutation::DuplicateElement(at, i, n) => {
                if let Some(Value::Array(items)) = pick(&paths.arrays, *at).and_then(|p| value.pointer_mut(p)) {
                    if !items.is_empty() {
                        let item = items[i % items.len()].clone();
                        items.extend(std::iter::repeat_n(item, *n));
                    }
                }
            }
            Mutation::RemoveElement(at, i) => {
                if let Some(Value::Array(items)) = pick(&paths.arrays, *at).and_then(|p| value.pointer_mut(p)) {
                    if !items.is_empty() {
                        let len = items.len();
                        items.remove(i % len);
                    }
                }
            }
            Mutation::SetKey(at, key, v) => {
                if let Some(Value::Object(map)) = pick(&paths.objects, *at).and_then(|p| value.pointer_mut(p)) {
                    map.insert((*key).to_owned(), v.clone());
                }
            }
            Mutation::Retype(at, v) => {
                let all: Vec<&String> = paths.strings.iter().chain(&paths.numbers).chain(&paths.arrays).collect();
                if !all.is_empty() {
                    if let Some(slot) = value.pointer_mut(all[at % all.len()]) {
                        *slot = v.clone();
                    }
                }
            }
        }
    }
}

/// `text` cut at a character boundary, with `insert` spliced in at another one.
fn splice(text: &str, cut: usize, at: usize, insert: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: String = chars.iter().take(cut % (chars.len() + 1)).collect();
    let boundary = out.char_indices().map(|(i, _)| i).chain([out.len()]).nth(at % (out.chars().count() + 1)).unwrap_or(0);
    out.insert_str(boundary, insert);
    out
}

// ---------------------------------------------------------------------------------------------
// Properties.

/// Analyses twice (same Report: deterministic) and checks the Report's invariants.
fn check_analysis(snapshot: &PageSnapshot, profile: &Profile, intel: Option<&DomainIntel>, today: i64) -> Result<(), TestCaseError> {
    let report = analyze_prospect(snapshot, profile, intel, today);
    let again = analyze_prospect(snapshot, profile, intel, today);
    check_report(snapshot, &report)?;
    let a = serde_json::to_string(&report).map_err(|e| TestCaseError::fail(format!("the report does not serialize: {e}")))?;
    let b = serde_json::to_string(&again).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(a == b, "same input, different reports");
    Ok(())
}

fn check_report(snapshot: &PageSnapshot, report: &Report) -> Result<(), TestCaseError> {
    prop_assert_eq!(report.links.len(), snapshot.links.len().min(MAX_LINKS));
    for link in &report.links {
        prop_assert!(link.score.is_none_or(|s| s <= 100), "link score {:?}", link.score);
        prop_assert!(link.authority.and_then(|a| a.score).is_none_or(|s| s <= 100));
    }
    let prospect = report.prospect.as_ref().ok_or_else(|| TestCaseError::fail("no prospect"))?;
    prop_assert!(prospect.score.is_none_or(|s| s <= 100), "prospect score {:?}", prospect.score);
    // A score has a verdict; no verdict says what it would take.
    prop_assert!(prospect.score.is_none() || prospect.verdict.is_some());
    prop_assert_eq!(prospect.verdict.is_none(), prospect.needs_profile.is_some());
    prop_assert!(prospect.spam_score <= 100, "spam score {}", prospect.spam_score);
    prop_assert!(prospect.contacts.emails.len() <= MAX_EMAILS);
    Ok(())
}

fn pick_intel(use_intel: bool) -> Option<&'static DomainIntel> {
    use_intel.then(real_intel)
}

/// Every email found is valid and stays itself when normalized again.
fn check_contacts(page: &PageSnapshot) -> Result<(), TestCaseError> {
    let found = contacts(page);
    prop_assert!(found.emails.len() <= MAX_EMAILS);
    for email in &found.emails {
        let again = normalize_email(email);
        prop_assert_eq!(again.as_deref(), Some(email.as_str()));
    }
    prop_assert!(found == contacts(page), "contacts are not deterministic");
    Ok(())
}

/// A record read from storage is valid, and reading what it writes gives it back.
fn check_record(record: &Record) -> Result<(), TestCaseError> {
    prop_assert!(record.score.is_none_or(|s| s <= 100) && record.authority_score.is_none_or(|s| s <= 100));
    let canonical = canonical_url(&record.url).ok();
    prop_assert_eq!(canonical.as_deref(), Some(record.url.as_str()));
    prop_assert_eq!(&record.id, &record_id(&record.url));
    let again = opp::from_stored(&opp::to_stored(record));
    prop_assert!(again.as_ref() == Ok(record), "stored again, read back differently: {again:?}");
    Ok(())
}

/// An import plan is deterministic and consistent; a file whose every row is bad writes nothing.
fn check_import(text: &str, file_name: &str, existing: &[Record], now_ms: i64) -> Result<(), TestCaseError> {
    let plan = plan_import(text, file_name, existing, now_ms);
    prop_assert!(plan == plan_import(text, file_name, existing, now_ms), "import planning is not deterministic");
    let Ok(plan) = plan else { return Ok(()) };
    prop_assert_eq!(plan.records.len() as u32, plan.added + plan.updated);
    prop_assert!(plan.errors.len() as u32 <= plan.rows);
    for e in &plan.errors {
        prop_assert!((1..=plan.rows).contains(&e.row), "error row {} of {}", e.row, plan.rows);
    }
    if plan.errors.len() as u32 == plan.rows {
        prop_assert!(plan.records.is_empty(), "a file of bad rows would write {} records", plan.records.len());
    }
    let mut urls = std::collections::HashSet::new();
    for r in &plan.records {
        prop_assert!(urls.insert(r.url.as_str()), "{} planned twice", r.url);
        check_record(r)?;
        prop_assert!(!existing.iter().any(|e| e == r), "an unchanged record is planned as a write");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Records and import files.

const URLS: &[&str] = &[
    "https://example.com/", "https://blog.example.co.uk/links?page=2", "http://b.example/p?q=a%20b&x=1", "https://xn--80ak6aa92e.com/",
    "https://ВИКИ.рф/страница", "https://example.com/a?utm_source=x&id=2#top", "https://127.0.0.1:8080/x", "https://[::1]/",
];

fn record_url() -> BoxedStrategy<String> {
    prop_oneof![3 => select(URLS).prop_map(str::to_owned), 1 => url()].boxed()
}

/// A record as the popup would store it, or `None` when the URL is not a web page.
fn record() -> BoxedStrategy<Option<Record>> {
    let facts = (record_url(), text(5), any::<i64>(), prop::option::of(0u8..=100), prop::collection::vec(select(&Status::ALL[..]), 0..3));
    let user = (text(6), prop::collection::vec(text(2), 0..4), prop::option::of(date_text()), text(3), text(3), prop::option::of(text(4)));
    (facts, user)
        .prop_map(|((url, title, at, score, statuses), (notes, tags, follow_up, target, anchor, author))| {
            let url = canonical_url(&url).ok()?;
            let mut r = Record::new(url, at);
            r.title = title;
            r.score = score;
            for (i, s) in statuses.into_iter().enumerate() {
                r.set_status(s, at.saturating_add(i as i64 * 1000));
            }
            r.notes = notes;
            r.tags = tags;
            r.follow_up = follow_up;
            r.target_page = target;
            r.proposed_anchor = anchor;
            r.contacts.author = author;
            r.tidy();
            Some(r)
        })
        .boxed()
}

/// Records already stored: valid ones, as storage gives them back, one per URL (a URL is a key).
fn existing() -> BoxedStrategy<Vec<Record>> {
    prop::collection::vec(record(), 0..4)
        .prop_map(|records| {
            let mut out: Vec<Record> = Vec::new();
            for r in records.into_iter().flatten().filter_map(|r| opp::from_stored(&opp::to_stored(&r)).ok()) {
                if !out.iter().any(|o| o.url == r.url) {
                    out.push(r);
                }
            }
            out
        })
        .boxed()
}

fn record_json() -> BoxedStrategy<Value> {
    (record(), prop::collection::vec(mutation(), 0..4))
        .prop_map(|(record, mutations)| {
            let mut value = record.map_or_else(|| json!({"schema": 1, "url": "https://example.com/"}), |r| serde_json::to_value(r).expect("record JSON"));
            let paths = Paths::of(&value);
            mutate(&mut value, &paths, &mutations);
            value
        })
        .boxed()
}

const FILE_NAMES: &[&str] = &["", "opportunities.csv", "backup.json", "BACKUP.JSON", "x.json.csv", "💾.json", " ", "data.txt"];

fn now_ms() -> BoxedStrategy<i64> {
    prop_oneof![4 => 1_700_000_000_000i64..1_900_000_000_000, 1 => any::<i64>()].boxed()
}

fn header_cell() -> BoxedStrategy<String> {
    let column = select(&CSV_COLUMNS[..]).prop_map(|(c, _)| c);
    prop_oneof![
        6 => column.clone().prop_map(str::to_owned),
        2 => (column, select(&["", " ", "_", "-"][..])).prop_map(|(c, s)| format!(" {}{s}", c.to_uppercase().replace('_', s))),
        1 => text(2),
    ]
    .boxed()
}

fn cell() -> BoxedStrategy<String> {
    prop_oneof![
        3 => record_url(),
        2 => date_text(),
        2 => select(&["new", "Contacted", "do not contact", "WON", "lost", "", "strong", "top1k", "resource-page; guest-post", "101", "-1", "50", "'=1+1", "'", "2026-11-18T11:06:40Z new; 2026-11-20T09:00:00Z contacted", "x y; z"][..]).prop_map(str::to_owned),
        3 => text(4),
        1 => text(4).prop_map(|t| format!("\"{}\"", t.replace('"', "\"\""))),
        1 => text(3).prop_map(|t| format!("\"{t}")),
    ]
    .boxed()
}

fn csv_file() -> BoxedStrategy<String> {
    let rows = prop_oneof![8 => prop::collection::vec(prop::collection::vec(cell(), 0..24), 0..6), 1 => prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..200)];
    (any::<bool>(), any::<bool>(), prop::collection::vec(header_cell(), 0..24), rows, select(&[",", ";", "\t"][..]), select(&["\n", "\r\n", "\r"][..]))
        .prop_map(|(bom, url_first, mut header, rows, sep, eol)| {
            if url_first {
                header.insert(0, "url".into());
            }
            let mut out = String::from(if bom { "\u{feff}" } else { "" });
            out.push_str(&header.join(sep));
            for row in rows {
                out.push_str(eol);
                out.push_str(&row.join(sep));
            }
            out
        })
        .boxed()
}

fn json_file() -> BoxedStrategy<String> {
    let envelope = (
        select(&[BACKUP_FORMAT, BACKUP_FORMAT, "backlink-bot", ""][..]),
        prop_oneof![3 => Just(json!(1)), 1 => json_value()],
        prop_oneof![6 => prop::collection::vec(record_json(), 0..5), 1 => prop::collection::vec(record_json(), 0..60)],
        0..3u8,
    );
    (envelope, prop::option::weighted(0.2, (any::<usize>(), any::<usize>(), text(2))))
        .prop_map(|((format, schema, records, shape), cut)| {
            let value = match shape {
                0 => json!({"format": format, "schemaVersion": schema, "exportedAt": "2026-11-18T11:06:40Z", "records": records}),
                1 => Value::Array(records),
                _ => json!({"format": format, "records": records}),
            };
            let text = serde_json::to_string_pretty(&value).expect("JSON");
            match cut {
                Some((cut, at, insert)) => splice(&text, cut, at, &insert),
                None => text,
            }
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Targets.

type Run = fn(u32, TestRng) -> Result<(), String>;

/// A fuzz target: name, entry, and cases per batch in the long run (cheap targets run more).
struct Target {
    name: &'static str,
    run: Run,
    batch: u32,
}

const TARGETS: &[Target] = &[
    Target { name: "analyze_snapshot", run: t_analyze_snapshot, batch: 32 },
    Target { name: "analyze_fixture", run: t_analyze_fixture, batch: 16 },
    Target { name: "snapshot_json", run: t_snapshot_json, batch: 32 },
    Target { name: "contacts", run: t_contacts, batch: 128 },
    Target { name: "profile_stored", run: t_profile_stored, batch: 64 },
    Target { name: "profile_form", run: t_profile_form, batch: 64 },
    Target { name: "record_stored", run: t_record_stored, batch: 64 },
    Target { name: "import_csv", run: t_import_csv, batch: 32 },
    Target { name: "import_json", run: t_import_json, batch: 32 },
    Target { name: "import_bytes", run: t_import_bytes, batch: 64 },
    Target { name: "intel_bytes", run: t_intel_bytes, batch: 256 },
    Target { name: "intel_mutated", run: t_intel_mutated, batch: 8 },
    Target { name: "dates", run: t_dates, batch: 512 },
    Target { name: "backlink_export", run: t_backlink_export, batch: 32 },
];

fn t_analyze_snapshot(cases: u32, rng: TestRng) -> Result<(), String> {
    check("analyze_snapshot", cases, rng, (snapshot(), profile(), today(), prop::bool::weighted(0.3)), |(s, p, today, intel)| {
        check_analysis(&s, &p, pick_intel(intel), today)
    })
}

fn t_analyze_fixture(cases: u32, rng: TestRng) -> Result<(), String> {
    let n = fixtures().len();
    let strategy = (0..n, prop::collection::vec(mutation(), 0..8), profile(), today(), prop::bool::weighted(0.5));
    check("analyze_fixture", cases, rng, strategy, |(i, mutations, p, today, intel)| {
        let fixture = &fixtures()[i];
        let mut value = fixture.value.clone();
        mutate(&mut value, &fixture.paths, &mutations);
        if let Ok(snapshot) = serde_json::from_value::<PageSnapshot>(value) {
            check_analysis(&snapshot, &p, pick_intel(intel), today)?;
        }
        Ok(())
    })
}

fn t_snapshot_json(cases: u32, rng: TestRng) -> Result<(), String> {
    let n = fixtures().len();
    let strategy = (0..n, any::<usize>(), any::<usize>(), text(3), profile(), today());
    check("snapshot_json", cases, rng, strategy, |(i, cut, at, insert, p, today)| {
        let text = splice(&fixtures()[i].text, cut, at, &insert);
        if let Ok(snapshot) = serde_json::from_str::<PageSnapshot>(&text) {
            check_analysis(&snapshot, &p, None, today)?;
        }
        Ok(())
    })
}

fn t_contacts(cases: u32, rng: TestRng) -> Result<(), String> {
    let strategy = (sized_text(), prop::collection::vec(text(4), 0..6), prop::collection::vec(link(), 0..3));
    check("contacts", cases, rng, strategy, |(text, emails, links)| {
        let mut page = PageSnapshot::default();
        page.text_sample = text;
        page.emails = emails;
        page.links = links;
        check_contacts(&page)
    })
}

fn profile_json() -> BoxedStrategy<String> {
    prop_oneof![
        4 => (profile(), prop::collection::vec(mutation(), 0..4)).prop_map(|(p, mutations)| {
            let mut value = serde_json::to_value(p).expect("profile JSON");
            let paths = Paths::of(&value);
            mutate(&mut value, &paths, &mutations);
            value.to_string()
        }),
        1 => text(8),
        1 => (profile(), any::<usize>(), any::<usize>(), text(2)).prop_map(|(p, cut, at, insert)| {
            splice(&serde_json::to_string(&p).expect("profile JSON"), cut, at, &insert)
        }),
    ]
    .boxed()
}

/// The smallest fixture, analysed with stored and typed profiles.
fn small_fixture() -> &'static PageSnapshot {
    static PAGE: OnceLock<PageSnapshot> = OnceLock::new();
    PAGE.get_or_init(|| {
        fixtures()
            .iter()
            .min_by_key(|f| f.text.len())
            .map(|f| serde_json::from_value(f.value.clone()).expect("fixture"))
            .expect("a fixture")
    })
}

fn t_profile_stored(cases: u32, rng: TestRng) -> Result<(), String> {
    check("profile_stored", cases, rng, (profile_json(), today()), |(json, today)| {
        if let Ok(p) = Profile::from_stored(&json) {
            prop_assert_eq!(p.version, backlink_bot::profile::PROFILE_VERSION);
            let _ = Profile::default().from_form(&p.to_form());
            check_analysis(small_fixture(), &p, None, today)?;
        }
        Ok(())
    })
}

fn t_profile_form(cases: u32, rng: TestRng) -> Result<(), String> {
    let field = || prop_oneof![3 => text(6), 1 => prop::collection::vec(domain(), 0..30).prop_map(|d| d.join("\n")), 1 => sized_text()];
    let strategy = (field(), field(), field(), field(), field(), field(), today());
    check("profile_form", cases, rng, strategy, |(my_domains, brands, competitors, keywords, topic, languages, today)| {
        let mut form = ProfileForm::default();
        form.my_domains = my_domains;
        form.brands = brands;
        form.competitors = competitors;
        form.keywords = keywords;
        form.topic = topic;
        form.languages = languages;
        let result = Profile::default().from_form(&form);
        prop_assert!(result == Profile::default().from_form(&form), "profile forms are not read deterministically");
        if let Ok(p) = result {
            check_analysis(small_fixture(), &p, None, today)?;
        }
        Ok(())
    })
}

fn t_record_stored(cases: u32, rng: TestRng) -> Result<(), String> {
    let strategy = prop_oneof![6 => record_json().prop_map(|v| v.to_string()), 1 => text(8)];
    check("record_stored", cases, rng, strategy, |json| {
        if let Ok(record) = opp::from_stored(&json) {
            check_record(&record)?;
            let _ = export_csv(std::slice::from_ref(&record));
            let _ = opp::saved_info(&record.url, std::slice::from_ref(&record));
            let _ = opp::query::haystack(&record);
        }
        Ok(())
    })
}

fn t_import_csv(cases: u32, rng: TestRng) -> Result<(), String> {
    check("import_csv", cases, rng, (csv_file(), select(FILE_NAMES), existing(), now_ms()), |(text, name, existing, now)| {
        check_import(&text, name, &existing, now)
    })
}

fn t_import_json(cases: u32, rng: TestRng) -> Result<(), String> {
    check("import_json", cases, rng, (json_file(), select(FILE_NAMES), existing(), now_ms()), |(text, name, existing, now)| {
        check_import(&text, name, &existing, now)?;
        // What export writes, import reads back as unchanged.
        let backup = export_json(&existing, now);
        let plan = plan_import(&backup, "backup.json", &existing, now).map_err(TestCaseError::fail)?;
        prop_assert!(plan.records.is_empty() && plan.errors.is_empty(), "re-importing a backup changes: {plan:?}");
        Ok(())
    })
}

fn t_import_bytes(cases: u32, rng: TestRng) -> Result<(), String> {
    let flipped = |file: BoxedStrategy<String>| {
        (file, prop::collection::vec((any::<usize>(), any::<u8>()), 1..6)).prop_map(|(text, flips)| {
            let mut bytes = text.into_bytes();
            for (at, b) in flips {
                if !bytes.is_empty() {
                    let len = bytes.len();
                    bytes[at % len] = b;
                }
            }
            bytes
        })
    };
    let bytes = prop_oneof![2 => prop::collection::vec(any::<u8>(), 0..300), 1 => flipped(csv_file()), 1 => flipped(json_file())];
    check("import_bytes", cases, rng, (bytes, select(FILE_NAMES), existing(), now_ms()), |(bytes, name, existing, now)| {
        check_import(&String::from_utf8_lossy(&bytes), name, &existing, now)
    })
}

/// Backlink export files (`tests/backlinks/`), mutated byte by byte, and arbitrary bytes: read,
/// summarised and turned into a disavow file without a panic; a file that reads has a link or a
/// site, and the disavow file reads back by Google's rules.
fn t_backlink_export(cases: u32, rng: TestRng) -> Result<(), String> {
    static SAMPLES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    let samples = SAMPLES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/backlinks");
        let mut files: Vec<_> = std::fs::read_dir(&dir).expect("samples").filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "csv" || x == "tsv")).collect();
        files.sort();
        files.iter().map(|p| std::fs::read(p).expect("sample")).collect()
    });
    let mutated = (0..samples.len(), prop::collection::vec((any::<usize>(), any::<u8>()), 0..8)).prop_map(|(i, flips)| {
        let mut bytes = samples[i].clone();
        for (at, b) in flips {
            let len = bytes.len();
            bytes[at % len] = b;
        }
        bytes
    });
    let bytes = prop_oneof![1 => prop::collection::vec(any::<u8>(), 0..400), 3 => mutated];
    check("backlink_export", cases, rng, (bytes, profile(), today()), |(bytes, p, today)| {
        use backlink_bot::backlinks::{audit::Risk, disavow, import::parse_export, summary::summarise};
        let Ok(parsed) = parse_export(&bytes) else { return Ok(()) };
        prop_assert!(!parsed.links.is_empty() || !parsed.sites.is_empty());
        let summary = summarise(parsed.links, &parsed.sites, &[], &p, None);
        let toxic: Vec<(String, String)> = summary.domains.iter().filter(|d| d.risk == Risk::LikelyToxic).map(|d| (d.domain.clone(), "x".into())).collect();
        let file = disavow::write("", &toxic, today, None).map_err(TestCaseError::fail)?;
        prop_assert!(disavow::parse(&file).1.is_empty());
        Ok(())
    })
}

/// Lookups and a page analysis with an asset that loaded.
fn use_intel(intel: &DomainIntel, names: &[String]) -> Result<(), TestCaseError> {
    for name in names {
        let a = intel.authority(name);
        prop_assert!(a.score.is_none_or(|s| s <= 100));
        let _ = intel.categories(name, name);
        let _ = intel.categories(&format!("www.{name}"), name);
    }
    let report = analyze_prospect(small_fixture(), &Profile::default(), Some(intel), 20_000);
    check_report(small_fixture(), &report)
}

fn names() -> BoxedStrategy<Vec<String>> {
    prop::collection::vec(prop_oneof![3 => domain(), 1 => select(&["google.com", "wordpress.com", "alice.wordpress.com", "en.wikipedia.org", "", "."][..]).prop_map(str::to_owned)], 0..4).boxed()
}

fn t_intel_bytes(cases: u32, rng: TestRng) -> Result<(), String> {
    // The real header with small table sizes, then a body of exactly the size it announces, so
    // cases get past the length checks into the order, range and filter-layout checks.
    let structured = (0u32..20, 0u32..4, any::<u64>(), 0u32..7, 0u32..8, prop::bool::weighted(0.8), prop::collection::vec(any::<u8>(), 0..600)).prop_map(
        |(ranked, categorised, seed, log_length, segments, valid_layout, body)| {
            // A layout the filter accepts (power-of-two segments, cells = count + 2 segments)
            // most of the time; otherwise arbitrary numbers.
            let segment_length = 1u32 << log_length;
            let segment_count_length = segment_length * segments;
            let cells = if valid_layout { segment_count_length + 2 * segment_length } else { segments * 3 };
            let categorised = if cells == 0 { 0 } else { categorised };
            let mut bytes = asset_bytes().get(..12).unwrap_or_default().to_vec();
            for n in [20_260_101u32, ranked, categorised] {
                bytes.extend_from_slice(&n.to_le_bytes());
            }
            bytes.extend_from_slice(&seed.to_le_bytes());
            for n in [segment_length, segment_count_length, cells, 0] {
                bytes.extend_from_slice(&n.to_le_bytes());
            }
            let body_len = 6 * ranked as usize + 3 * cells as usize;
            if body.is_empty() {
                // Sorted keys, scores ≤ 100, valid tiers: the tables' checks pass.
                for k in 0..ranked {
                    bytes.extend_from_slice(&(k * 7).to_le_bytes());
                }
                bytes.extend(std::iter::repeat_n(50u8, ranked as usize));
                bytes.extend(std::iter::repeat_n(1u8, ranked as usize));
                bytes.extend(std::iter::repeat_n(0u8, 3 * cells as usize));
            } else {
                bytes.extend(body.iter().copied().cycle().take(body_len));
            }
            bytes
        },
    );
    let bytes = prop_oneof![2 => prop::collection::vec(any::<u8>(), 0..200), 3 => structured];
    check("intel_bytes", cases, rng, (bytes, names()), |(bytes, names)| {
        if let Ok(intel) = DomainIntel::from_bytes(&bytes) {
            use_intel(&intel, &names)?;
        }
        Ok(())
    })
}

fn t_intel_mutated(cases: u32, rng: TestRng) -> Result<(), String> {
    let edits = (prop::collection::vec((any::<usize>(), any::<u8>()), 0..8), prop::option::weighted(0.2, any::<usize>()), prop::collection::vec(any::<u8>(), 0..3));
    check("intel_mutated", cases, rng, (edits, names()), |((flips, cut, extra), names)| {
        let mut bytes = asset_bytes().to_vec();
        let len = bytes.len();
        for (at, b) in flips {
            // Most flips land in the header and tables, where they are checked.
            let at = if at % 2 == 0 { at % 64.min(len) } else { at % len };
            bytes[at] ^= b;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut % (len + 1));
        }
        bytes.extend(extra);
        if let Ok(intel) = DomainIntel::from_bytes(&bytes) {
            use_intel(&intel, &names)?;
        }
        Ok(())
    })
}

fn t_dates(cases: u32, rng: TestRng) -> Result<(), String> {
    let strategy = (prop_oneof![2 => date_text(), 1 => text(4)], any::<i64>(), -3_000_000i64..3_000_000, (-1_000_000_000_000i64..1_000_000_000_000, -100i64..100, -1_000_000i64..1_000_000), 1000i64..10_000);
    check("dates", cases, rng, strategy, |(text, any_ms, days, (y, m, d), year)| {
        let _ = (parse_date(&text), parse_iso(&text), parse_iso_day(&text));
        let _ = (format_iso(any_ms), date_of_ms(any_ms), format_date(any_ms), format_day(any_ms), civil_from_days(any_ms));
        let _ = days_from_civil(y, m, d);
        let mut observed = DateObservation::default();
        observed.kind = "published".into();
        observed.value = text.clone();
        let _ = freshness(&[observed], any_ms);
        // Round trips over the years the formats cover.
        let day = days_from_civil(year, 1, 1) + days.rem_euclid(365);
        prop_assert_eq!(parse_date(&format_date(day)), Some(day));
        prop_assert_eq!(parse_iso_day(&format_day(day)), Some(day));
        let ms = day * 86_400_000 + any_ms.rem_euclid(86_400) * 1000;
        prop_assert_eq!(parse_iso(&format_iso(ms)), Some(ms));
        let (cy, cm, cd) = civil_from_days(days);
        prop_assert_eq!(days_from_civil(cy, cm, cd), days);
        Ok(())
    })
}

// ---------------------------------------------------------------------------------------------
// The short pass: one test per target, fixed seeds (repeatable), PROPTEST_CASES cases each.

fn seed(name: &str, round: u64) -> TestRng {
    let mut bytes = [0u8; 32];
    for (i, b) in name.bytes().chain(round.to_le_bytes()).enumerate() {
        bytes[i % 32] ^= b.rotate_left(i as u32 % 8);
    }
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

fn short(name: &str) {
    let target = TARGETS.iter().find(|t| t.name == name).expect("a target");
    let cases = Config::default().cases;
    if let Err(e) = (target.run)(cases, seed(name, 0)) {
        panic!("{e}");
    }
}

#[test]
fn analyze_snapshot() {
    short("analyze_snapshot");
}
#[test]
fn analyze_fixture() {
    short("analyze_fixture");
}
#[test]
fn snapshot_json() {
    short("snapshot_json");
}
#[test]
fn contacts_of_text() {
    short("contacts");
}
#[test]
fn profile_stored() {
    short("profile_stored");
}
#[test]
fn profile_form() {
    short("profile_form");
}
#[test]
fn record_stored() {
    short("record_stored");
}
#[test]
fn import_csv() {
    short("import_csv");
}
#[test]
fn import_json() {
    short("import_json");
}
#[test]
fn import_bytes() {
    short("import_bytes");
}
#[test]
fn backlink_export() {
    short("backlink_export");
}
#[test]
fn intel_bytes() {
    short("intel_bytes");
}
#[test]
fn intel_mutated() {
    short("intel_mutated");
}
#[test]
fn dates() {
    short("dates");
}

// ---------------------------------------------------------------------------------------------
// The long run.

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

#[derive(Default)]
struct Tally {
    cases: AtomicU64,
    failures: AtomicU64,
    nanos: AtomicU64,
    /// Set at a target's first failure: its persisted seed would fail every later batch again.
    stopped: std::sync::atomic::AtomicBool,
}

/// `./build.sh fuzz [SECONDS]`: every target in turn, in time slices, on FUZZ_THREADS threads,
/// until FUZZ_SECONDS have passed.
#[test]
#[ignore = "long: run by ./build.sh fuzz"]
fn fuzz_for_a_while() {
    let seconds = env_u64("FUZZ_SECONDS", 60);
    let threads = env_u64("FUZZ_THREADS", 2).max(1);
    let base = env_u64("FUZZ_SEED", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64));
    let failures_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    // Load the real data before the clock starts.
    let _ = (real_intel(), fixtures(), small_fixture(), weight_pointers());
    let tallies: Vec<Tally> = TARGETS.iter().map(|_| Tally::default()).collect();
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let slice = Duration::from_millis(env_u64("FUZZ_SLICE_MS", 1_500));
    println!("fuzzing {} targets for {seconds} s on {threads} threads, seed {base}", TARGETS.len());
    std::thread::scope(|scope| {
        for thread in 0..threads {
            let (tallies, failures_dir) = (&tallies, &failures_dir);
            scope.spawn(move || {
                let mut batch_no: u64 = 0;
                // Threads start on different targets so the slow ones do not run in step.
                let mut next = thread as usize * TARGETS.len() / threads as usize;
                while Instant::now() < deadline {
                    let (target, tally) = (&TARGETS[next % TARGETS.len()], &tallies[next % TARGETS.len()]);
                    next += 1;
                    if tally.stopped.load(Ordering::Relaxed) {
                        if tallies.iter().all(|t| t.stopped.load(Ordering::Relaxed)) {
                            break;
                        }
                        continue;
                    }
                    let slice_end = (Instant::now() + slice).min(deadline);
                    while Instant::now() < slice_end && !tally.stopped.load(Ordering::Relaxed) {
                        batch_no += 1;
                        let round = base ^ (thread << 48) ^ batch_no;
                        let t = Instant::now();
                        let result = (target.run)(target.batch, seed(target.name, round));
                        tally.nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
                        match result {
                            Ok(()) => {
                                tally.cases.fetch_add(u64::from(target.batch), Ordering::Relaxed);
                            }
                            Err(e) => {
                                tally.failures.fetch_add(1, Ordering::Relaxed);
                                tally.stopped.store(true, Ordering::Relaxed);
                                let _ = std::fs::create_dir_all(failures_dir);
                                let file = failures_dir.join(format!("{}-{round:016x}.txt", target.name));
                                let _ = std::fs::write(&file, &e);
                                println!("FAILURE in {} (seed round {round:#x}, saved to {}):\n{e}\n", target.name, file.display());
                            }
                        }
                    }
                }
            });
        }
    });
    let elapsed = started.elapsed().as_secs_f64();
    println!("\n{:<18} {:>12} {:>10} {:>9}", "target", "cases", "cases/s", "failures");
    let (mut total, mut failed) = (0, 0);
    for (target, tally) in TARGETS.iter().zip(&tallies) {
        let (cases, failures) = (tally.cases.load(Ordering::Relaxed), tally.failures.load(Ordering::Relaxed));
        let busy = tally.nanos.load(Ordering::Relaxed) as f64 / 1e9;
        println!("{:<18} {:>12} {:>10.0} {:>9}", target.name, cases, cases as f64 / busy.max(1e-9), failures);
        total += cases;
        failed += failures;
    }
    println!("{:<18} {:>12} {:>10.0} {:>9}", "total", total, total as f64 / elapsed, failed);
    println!("{total} cases in {elapsed:.0} s on {threads} threads (seed {base}); {failed} failures");
    assert_eq!(failed, 0, "fuzzing found failures (saved in {})", failures_dir.display());
}
