//! Native core benchmark: analysis throughput and peak heap on synthetic snapshots of 100 to
//! 100,000 links, plus one-off costs (PSL parse, snapshot JSON parse). Also writes the snapshots
//! to `target/bench/` so the Wasm benchmark (tests/e2e/bench.mjs) measures the same inputs.
//! Run with `cargo bench --bench core` (or `./build.sh bench`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use backlink_bot::snapshot::{Block, LinkContext, LinkObservation, PageSnapshot, Region, Visibility};
use backlink_bot::intel::{self, DomainIntel};
use backlink_bot::{analyze, analyze_with, Profile};

/// Counts live heap bytes and their high-water mark.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// One block of the synthetic tree.
fn block(parent: i64, tag: &str, hint: &str, text: u32, link_text: u32) -> Block {
    Block { parent, tag: tag.into(), role: String::new(), hint: hint.into(), text, link_text, nested: 0 }
}

/// A block tree for `links` as a news page lays them out: header and nav menus, an article of
/// paragraphs (three links each), a sidebar list, a comment thread (a post per two links), a
/// footer, and loose blocks in the body; each link gets its block. Placement reads it as the
/// popup's extractor would send it.
fn lay_out(links: &mut [LinkObservation]) -> Vec<Block> {
    let mut blocks = vec![
        block(-1, "body", "", 0, 0),
        block(0, "header", "site-header", 40, 0),
        block(0, "nav", "menu", 0, 0),
        block(0, "main", "", 0, 0),
        block(3, "article", "post", 200, 0),
        block(0, "aside", "sidebar", 60, 0),
        block(3, "section", "comments", 30, 0),
        block(0, "footer", "site-footer", 80, 0),
    ];
    let mut open: [i64; 9] = [-1; 9];
    for (i, link) in links.iter_mut().enumerate() {
        let (slot, parent, tag, hint, every, text) = match link.region {
            Region::Main => (0, 4, "p", "", 3, 420),
            Region::Nav => (1, 2, "li", "", 1, 0),
            Region::Footer => (2, 7, "li", "", 1, 0),
            Region::Aside => (3, 5, "li", "widget", 1, 20),
            Region::Comments => (4, 6, "div", "comment", 2, 260),
            Region::Header => (5, 1, "li", "", 1, 0),
            _ => (6, 0, "div", "", 4, 120),
        };
        if open[slot] < 0 || i % every == 0 {
            blocks.push(block(parent, tag, hint, text, 0));
            open[slot] = blocks.len() as i64 - 1;
        }
        let b = open[slot] as usize;
        blocks[b].link_text += link.text.chars().count() as u32;
        link.block = b as i64;
    }
    blocks
}

/// A deterministic page of `n` links: a realistic mix of regions, rels, anchors and ~600 hosts,
/// with a block tree for placement.
pub fn synthetic_snapshot(n: usize) -> PageSnapshot {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let tlds = ["com", "org", "co.uk", "de", "io", "net", "com.au", "top", "github.io", "fr"];
    let anchors = [
        "the complete guide to sourdough starters", "click here", "read more", "official documentation",
        "best online casino bonuses", "https://example.com/page", "", "a study on hydration ratios",
        "weiterlesen", "our partners", "Jane Doe's blog",
    ];
    let rels = ["", "", "", "nofollow", "sponsored", "ugc", "noopener noreferrer", "nofollow,sponsored"];
    let regions = [Region::Main, Region::Main, Region::Main, Region::Nav, Region::Footer, Region::Aside, Region::Comments, Region::Header, Region::Body];
    let contexts = [LinkContext::Paragraph, LinkContext::Paragraph, LinkContext::List, LinkContext::Other, LinkContext::Heading];
    let mut links: Vec<LinkObservation> = (0..n)
        .map(|i| {
            let r = next();
            let host = match r % 10 {
                0 | 1 => "www.bakery-blog.com".to_string(),
                _ => format!("site{}.{}", (r >> 8) % 600, tlds[((r >> 20) % tlds.len() as u64) as usize]),
            };
            let query = match (r >> 30) % 8 {
                0 => "?utm_source=newsletter&utm_medium=email",
                1 => "?ref=partner42",
                _ => "",
            };
            let href = format!("https://{host}/articles/{}/post-{i}{query}", (r >> 12) % 50);
            LinkObservation {
                index: i as u32,
                raw_href: None,
                href,
                text: anchors[((r >> 36) % anchors.len() as u64) as usize].to_string(),
                title: String::new(),
                aria_label: String::new(),
                has_image: (r >> 40) % 10 == 0,
                image_alt: if (r >> 40) % 10 == 0 { "logo".into() } else { String::new() },
                rel: rels[((r >> 44) % rels.len() as u64) as usize].to_string(),
                target: String::new(),
                lang: String::new(),
                region: regions[((r >> 48) % regions.len() as u64) as usize],
                context: contexts[((r >> 52) % contexts.len() as u64) as usize],
                visibility: if (r >> 56) % 50 == 0 { Visibility::Hidden } else { Visibility::Visible },
                surrounding: "Some text around the link, as a reader sees it in the paragraph.".into(),
                block: -1,
            }
        })
        .collect();
    let blocks = lay_out(&mut links);
    PageSnapshot {
        blocks,
        schema_version: 1,
        url: "https://www.bakery-blog.com/2026/11/sourdough".into(),
        content_type: "text/html".into(),
        lang: "en".into(),
        title: "Sourdough, explained".into(),
        links,
        ..Default::default()
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let out_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&out_dir).expect("create target/bench");

    let t = Instant::now();
    backlink_bot::warm_up();
    println!("warm-up (PSL parse + phrase tables): {:.2} ms", t.elapsed().as_secs_f64() * 1e3);

    let built = intel::build(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/domains")).expect("domain data builds");
    let t = Instant::now();
    let domain_data = DomainIntel::from_bytes(&built.bytes).expect("domain data loads");
    println!("domain data: {} bytes, loaded in {:.2} ms", built.bytes.len(), t.elapsed().as_secs_f64() * 1e3);

    println!("| links | median analyze (ms) | links/s | without the block tree (ms) | with domain data (ms) | links/s | peak heap during analyze (MiB) | snapshot JSON parse (ms) |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for n in [100usize, 1_000, 10_000, 100_000] {
        let snapshot = synthetic_snapshot(n);
        let json = serde_json::to_string(&snapshot).expect("serialize");
        std::fs::write(out_dir.join(format!("snapshot-{n}.json")), &json).expect("write snapshot");

        let t = Instant::now();
        let parsed: PageSnapshot = serde_json::from_str(&json).expect("parse");
        let parse_ms = t.elapsed().as_secs_f64() * 1e3;
        assert_eq!(parsed, snapshot);

        let runs = (200_000 / n).clamp(5, 200);
        let mut times = Vec::with_capacity(runs);
        let mut peak = 0;
        for _ in 0..runs {
            let base = LIVE.load(Relaxed);
            PEAK.store(base, Relaxed);
            let t = Instant::now();
            let report = analyze(&snapshot, &Profile::default());
            times.push(t.elapsed().as_secs_f64());
            peak = peak.max(PEAK.load(Relaxed) - base);
            assert_eq!(report.summary.total as usize, n);
            drop(report);
        }
        let with_data = median(
            (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    drop(analyze_with(&snapshot, &Profile::default(), Some(&domain_data)));
                    t.elapsed().as_secs_f64()
                })
                .collect(),
        );
        // The reference in the same run: the same links with their observed regions, no tree.
        let mut flat = snapshot.clone();
        flat.blocks.clear();
        flat.links.iter_mut().for_each(|l| l.block = -1);
        let without_tree = median(
            (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    drop(analyze(&flat, &Profile::default()));
                    t.elapsed().as_secs_f64()
                })
                .collect(),
        );
        let m = median(times);
        println!(
            "| {n} | {:.3} | {:.0} | {:.3} | {:.3} | {:.0} | {:.2} | {:.2} |",
            m * 1e3,
            n as f64 / m,
            without_tree * 1e3,
            with_data * 1e3,
            n as f64 / with_data,
            peak as f64 / (1 << 20) as f64,
            parse_ms
        );
    }
    table_column();
    backlink_exports(&domain_data);
}

/// An old page set as a column of `n` tables straight under `<body>`, each a section of prose
/// with one link in its cell's paragraph (the shape placement's column-of-tables pass reads), beside the
/// reference in the same run: the same prose and links in `n` divs. The extractor lists at
/// most 30,000 blocks, so 6,000 tables (five blocks each) is the largest such page it sends.
fn table_column_page(n: usize, tables: bool) -> PageSnapshot {
    let mut blocks = vec![block(-1, "body", "", 0, 0)];
    let mut links = Vec::with_capacity(n);
    for i in 0..n {
        let cell = if tables {
            let table = blocks.len() as i64;
            blocks.push(block(0, "table", "", 0, 0));
            blocks.push(block(table, "tbody", "", 0, 0));
            blocks.push(block(table + 1, "tr", "", 0, 0));
            blocks.push(block(table + 2, "td", "", 0, 0));
            table + 3
        } else {
            blocks.push(block(0, "div", "", 0, 0));
            blocks.len() as i64 - 1
        };
        // The first section holds the page's main text, long enough to outscore the page
        // itself; each other section is a short paragraph beside it.
        let paragraphs = if i == 0 { n / 12 } else { 1 };
        for _ in 0..paragraphs {
            blocks.push(block(cell, "p", "", if i == 0 { 400 } else { 100 }, 0));
        }
        let at = blocks.len() - 1;
        blocks[at].link_text = 12;
        links.push(LinkObservation {
            index: i as u32,
            raw_href: None,
            href: format!("https://site{}.example/notes/{i}", i % 300),
            text: "release notes".into(),
            title: String::new(),
            aria_label: String::new(),
            has_image: false,
            image_alt: String::new(),
            rel: String::new(),
            target: String::new(),
            lang: String::new(),
            region: Region::Body,
            context: LinkContext::Paragraph,
            visibility: Visibility::Visible,
            surrounding: "A paragraph of the section's prose around the link.".into(),
            block: at as i64,
        });
    }
    PageSnapshot { blocks, schema_version: 1, url: "https://old-home.example/".into(), content_type: "text/html".into(), lang: "en".into(), title: "Home".into(), links, ..Default::default() }
}

fn table_column() {
    println!();
    println!("| sections | column of tables (ms) | the same in divs (ms) | ratio |");
    println!("|---:|---:|---:|---:|");
    for n in [1_000usize, 6_000] {
        let time = |page: &PageSnapshot| {
            let text = analyze(page, &Profile::default()).links.iter().filter(|l| l.region == Region::Main).count();
            let took = median(
                (0..7)
                    .map(|_| {
                        let t = Instant::now();
                        let report = analyze(page, &Profile::default());
                        let took = t.elapsed().as_secs_f64();
                        assert_eq!(report.summary.total as usize, n);
                        took
                    })
                    .collect(),
            );
            (took, text)
        };
        let ((tables, in_text), (divs, _)) = (time(&table_column_page(n, true)), time(&table_column_page(n, false)));
        println!("| {n} | {:.3} ({in_text} links in the text) | {:.3} | {:.2} |", tables * 1e3, divs * 1e3, tables / divs);
    }
}

/// Backlink exports (issue 15): a 100,000-row Ahrefs-style export read (decode, CSV, format,
/// rows) and summarised (merge, audit of every referring domain with the domain data, anchor
/// mix, growth), median of 5. Goal: import of 100,000 rows ≤ 10 s.
fn backlink_exports(domain_data: &DomainIntel) {
    use backlink_bot::backlinks::{import::parse_export, summary::summarise};

    let mut text = String::from("Referring page URL,Target URL,Anchor,Nofollow,First seen,Last seen\n");
    for i in 0..100_000 {
        text.push_str(&format!("https://site{}.example/post-{i},https://crumbandcrust.example/,anchor {},{},2026-0{}-1{},2026-11-20\n", i % 7000, i % 50, i % 3 == 0, 1 + i % 9, i % 10));
    }
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.replace(',', "\t").encode_utf16().flat_map(u16::to_le_bytes)).collect();
    println!();
    println!("| backlink export, 100,000 rows | read (ms) | summarise with domain data (ms) | referring domains |");
    println!("|---|---:|---:|---:|");
    for (label, bytes) in [("UTF-8 CSV", text.as_bytes().to_vec()), ("UTF-16 LE, tabs", utf16)] {
        let (mut read, mut summed, mut domains) = (Vec::new(), Vec::new(), 0);
        for _ in 0..5 {
            let t = Instant::now();
            let parsed = parse_export(&bytes).expect("the export reads");
            read.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            let summary = summarise(parsed.links, &parsed.sites, &[], &Profile::default(), Some(domain_data));
            summed.push(t.elapsed().as_secs_f64());
            domains = summary.totals.referring_domains;
        }
        println!("| {label} | {:.0} | {:.0} | {domains} |", median(read) * 1e3, median(summed) * 1e3);
    }
}
