//! Compacts the bundled Public Suffix List for `include_str!`: comments go (they are 57 % of the
//! file and would ship inside the Wasm), rules and the section markers the parser needs stay, and
//! so does the MPL-2.0 licence header, which must travel with the list.

use std::{env, fs, path::Path};

fn main() {
    let source = "data/psl/public_suffix_list.dat";
    println!("cargo:rerun-if-changed={source}");
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
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("public_suffix_list.dat");
    fs::write(dest, out).expect("write compacted PSL");
}
