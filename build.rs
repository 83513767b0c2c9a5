//! Compacts the bundled Public Suffix List for `include_str!`: comments go (they are 57 % of the
//! file and would ship inside the Wasm), rules and the section markers the parser needs stay, and
//! so does the MPL-2.0 licence header, which must travel with the list. Unicode rules are written
//! in punycode, the form URL hosts arrive in, so start-up parses half the rules and runs no IDNA
//! conversion (`domain.rs` converts the rare Unicode input instead).

use std::{env, fs, path::Path};

// The core's own Unicode-to-punycode conversion, so the rules and the hosts looked up in them
// are written alike.
#[allow(dead_code)]
#[path = "src/idna_lite.rs"]
mod idna_lite;

/// Our own data tables (`#` comment lines say where each comes from; they stay in the
/// repository, not in the Wasm), read by the core as `OUT_DIR/<name>`.
const TABLES: &[(&str, &str)] = &[
    ("data/link-tables/share-endpoints.tsv", "share-endpoints.tsv"),
    ("data/link-tables/utility-endpoints.tsv", "utility-endpoints.tsv"),
    ("data/link-tables/badge-targets.tsv", "badge-targets.tsv"),
    ("data/link-tables/share-words.txt", "share-words.txt"),
    ("data/link-tables/networks.txt", "networks.txt"),
    ("data/link-tables/ad-labels.txt", "ad-labels.txt"),
    ("data/link-tables/native-ad-networks.txt", "native-ad-networks.txt"),
    ("data/link-tables/affiliate.tsv", "affiliate.tsv"),
    ("data/link-tables/action-labels.txt", "action-labels.txt"),
    ("data/link-tables/action-addresses.tsv", "action-addresses.tsv"),
    ("data/neighbourhood-words/words.tsv", "neighbourhood-words.tsv"),
    ("data/footprints/repost.tsv", "repost.tsv"),
    ("data/footprints/line-labels.tsv", "line-labels.tsv"),
    ("data/footprints/guest-post.tsv", "guest-post.tsv"),
    ("data/footprints/list-invitation.tsv", "list-invitation.tsv"),
    ("data/footprints/page-names.tsv", "page-names.tsv"),
    ("data/footprints/sponsored.tsv", "sponsored.tsv"),
    ("data/page-kinds/words.tsv", "page-kind-words.tsv"),
    ("data/page-kinds/hosts.tsv", "page-kind-hosts.tsv"),
    ("data/page-kinds/docs.tsv", "page-kind-docs.tsv"),
    ("data/contacts/placeholder-emails.tsv", "placeholder-emails.tsv"),
    ("data/contacts/desks.tsv", "desks.tsv"),
    ("data/contacts/free-mail.txt", "free-mail.txt"),
    ("data/contacts/byline-words.txt", "byline-words.txt"),
];

fn main() {
    let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
    for (source, name) in TABLES {
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let rows: String = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).flat_map(|l| [l, "\n"]).collect();
        fs::write(Path::new(&out_dir).join(name), rows).expect("write a compacted table");
    }
    // The MISP shortener warning list: its domains one per line (the JSON's metadata and
    // punctuation would ship too, and a JSON parse would run at start-up).
    let misp = "data/misp/misp-url-shortener.list.json";
    println!("cargo:rerun-if-changed={misp}");
    let json = fs::read_to_string(misp).unwrap_or_else(|e| panic!("{misp}: {e}"));
    let list = json.split_once("\"list\"").and_then(|(_, rest)| rest.split_once('[')).and_then(|(_, rest)| rest.split_once(']')).map(|(items, _)| items).expect("the MISP list has a \"list\" array");
    let domains: String = list.split('"').skip(1).step_by(2).flat_map(|d| [d, "\n"]).collect();
    assert!(domains.lines().count() > 200, "{misp}: too few domains read");
    fs::write(Path::new(&out_dir).join("url-shorteners.txt"), domains).expect("write the shortener list");

    let source = "data/psl/public_suffix_list.dat";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/idna_lite.rs");
    let text = fs::read_to_string(source).expect("data/psl/public_suffix_list.dat is missing");
    let mut out = String::with_capacity(text.len() / 2);
    let mut in_header = true;
    for line in text.lines() {
        let line = line.trim_end();
        let keep = if line.starts_with("//") {
            in_header || line.contains("BEGIN ICANN DOMAINS") || line.contains("BEGIN PRIVATE DOMAINS")
        } else {
            in_header = false;
            !line.is_empty()
        };
        if keep && !line.starts_with("//") && !line.is_ascii() {
            out.push_str(&to_ascii_rule(line));
            out.push('\n');
        } else if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("public_suffix_list.dat");
    fs::write(dest, out).expect("write compacted PSL");
}

/// `食狮.公司.cn` → `xn--85x722f.xn--55qx5d.cn`, keeping the `!` / `*.` rule syntax.
fn to_ascii_rule(rule: &str) -> String {
    let (prefix, name) = match rule.strip_prefix('!') {
        Some(rest) => ("!", rest),
        None => match rule.strip_prefix("*.") {
            Some(rest) => ("*.", rest),
            None => ("", rule),
        },
    };
    let ascii = idna_lite::host_to_ascii(name).unwrap_or_else(|| panic!("PSL rule {rule:?} cannot be written in punycode"));
    format!("{prefix}{ascii}")
}
