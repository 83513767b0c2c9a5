//! Native core benchmark: analysis throughput and peak heap on synthetic snapshots of 100 to
//! 100,000 links, plus one-off costs (PSL parse, snapshot JSON parse). Also writes the snapshots
//! to `target/bench/` so the Wasm benchmark (tests/e2e/bench.mjs) measures the same inputs.
//! Run with `cargo bench --bench core` (or `./build.sh bench`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use backlink_bot::snapshot::{LinkContext, LinkObservation, PageSnapshot, Region, Visibility};
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

/// A deterministic page of `n` links: a realistic mix of regions, rels, anchors and ~600 hosts.
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
    let links = (0..n)
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
                raw_href: href.clone(),
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
                // No block tree: the regions above stand (placement from blocks is not measured here).
                block: -1,
            }
        })
        .collect();
    PageSnapshot {
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

    println!("| links | median analyze (ms) | links/s | with domain data (ms) | links/s | peak heap during analyze (MiB) | snapshot JSON parse (ms) |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
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
        let m = median(times);
        println!(
            "| {n} | {:.3} | {:.0} | {:.3} | {:.0} | {:.2} | {:.2} |",
            m * 1e3,
            n as f64 / m,
            with_data * 1e3,
            n as f64 / with_data,
            peak as f64 / (1 << 20) as f64,
            parse_ms
        );
    }
}
