//! `build-intel DATA_DIR OUT_DIR`: builds the offline domain-intelligence asset
//! (`OUT_DIR/domain-intel.bin` and `OUT_DIR/domain-intel.json`) from the lists in `DATA_DIR`
//! (`data/domains/`, described by its `sources.json`). See `backlink_bot::intel`.
#![warn(clippy::too_many_lines)]

use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    use std::path::Path;
    use std::time::Instant;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data_dir, out_dir] = args.as_slice() else {
        eprintln!("usage: build-intel DATA_DIR OUT_DIR   (e.g. build-intel data/domains dist/data)");
        return ExitCode::from(2);
    };
    let started = Instant::now();
    let built = match backlink_bot::intel::build(Path::new(data_dir)) {
        Ok(built) => built,
        Err(e) => {
            eprintln!("build-intel: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = built.write_to(Path::new(out_dir)) {
        eprintln!("build-intel: {e}");
        return ExitCode::FAILURE;
    }
    // The popup's Wasm leaves the Public Suffix List out (feature `data-assets`) and loads this copy.
    let psl = Path::new(out_dir).join(PSL_ASSET);
    if let Err(e) = std::fs::write(&psl, backlink_bot::domain::list_text()) {
        eprintln!("build-intel: {}: {e}", psl.display());
        return ExitCode::FAILURE;
    }
    // And the core's word tables (`tables.rs`), as one text.
    let tables = Path::new(out_dir).join(TABLES_ASSET);
    if let Err(e) = std::fs::write(&tables, backlink_bot::tables::bundle()) {
        eprintln!("build-intel: {}: {e}", tables.display());
        return ExitCode::FAILURE;
    }
    let (s, sum) = (&built.sizes, &built.summary);
    println!(
        "domain intel: {} bytes (authority {} for {} domains, categories {} for {} names) in {} ms -> {out_dir}/{}",
        s.total,
        s.authority,
        sum.ranked_domains,
        s.categories,
        sum.categorised_names,
        started.elapsed().as_millis(),
        backlink_bot::intel::ASSET_FILE,
    );
    ExitCode::SUCCESS
}

/// The Public Suffix List asset, next to the domain data (`extension/popup-start.js` fetches it).
#[cfg(not(target_arch = "wasm32"))]
const PSL_ASSET: &str = "public-suffix-list.dat";
/// The word tables asset, beside it.
#[cfg(not(target_arch = "wasm32"))]
const TABLES_ASSET: &str = "tables.txt";

#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::SUCCESS
}
