#!/usr/bin/env bash
# Runs every test of `./build.sh test` with the machine clock moved ahead (default a year):
# proof that no test depends on the day it runs.
#
#   tools/clock-ahead.sh [OFFSET]     OFFSET as faketime takes it, default +365d
#
# libfaketime (apt: faketime) fakes the clock of the test processes: the native test binaries,
# the Wasm test runner, Node and the Chromium it starts. Cargo itself hangs under libfaketime
# (its jobserver waits never wake), so everything is built first with the real clock, and the
# test binaries are then run directly, not through cargo.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFSET=${1:-+365d}
command -v faketime >/dev/null || { echo "clock-ahead.sh: needs faketime (apt-get install faketime)" >&2; exit 1; }
# A long cache: by default libfaketime re-reads its settings every 10 s on every clock call,
# which made Chromium's layout ~7x slower (a hostile page then ran past the popup's 8 s bound).
ahead() { FAKETIME_CACHE_DURATION=100000 faketime -f "$OFFSET" "$@"; }

./build.sh
echo "==> the clock in the tests: $(ahead date -u +%F) (really $(date -u +%F))"

echo "==> native tests, built with the real clock, run $OFFSET"
cargo test --release --no-run --message-format=json 2>/dev/null \
  | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        print(m["executable"])' >target/clock-ahead-tests.txt
while read -r binary; do
  ahead "$binary" -q
done <target/clock-ahead-tests.txt

echo "==> wasm-bindgen-test, run $OFFSET"
wasm=$(cargo test --release --target wasm32-unknown-unknown --test web --no-run --message-format=json 2>/dev/null \
  | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["profile"]["test"]:
        print(*[f for f in m["filenames"] if f.endswith(".wasm")])')
ahead wasm-bindgen-test-runner "$wasm"

echo "==> end-to-end tests, run $OFFSET"
ahead node --test --test-concurrency=1 tests/e2e/
echo "==> every test passed with the clock at $(ahead date -u +%F)"
