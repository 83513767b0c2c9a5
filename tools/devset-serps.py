#!/usr/bin/env python3
"""Writes the search-result pages of tests/devset/manifest-serps.json, manifest-round34.json and
manifest-round38.json from the WARC files of the archive-query-log sdist: for each entry, the
first HTML response of the WARC its `note` names, to target/devset/pages/<path>. Usage:
devset-serps.py SDIST_ROOT PAGES_DIR"""
import json
import sys
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

root, pages = Path(sys.argv[1]), Path(sys.argv[2])
devset = Path(__file__).parent.parent / "tests/devset"
entries = [e for name in ("manifest-serps.json", "manifest-round34.json", "manifest-round38.json") for e in json.loads((devset / name).read_text())["pages"]]
for entry in entries:
    warc = root / entry["note"].split(",")[0]
    with warc.open("rb") as stream:
        body = next(
            (r.content_stream().read() for r in ArchiveIterator(stream)
             if r.rec_type == "response" and "html" in (r.http_headers.get_header("Content-Type") or "")),
            None,
        )
    if body is None:
        sys.exit(f"{warc}: no HTML response")
    out = pages / entry["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(body)
print(f"aql: {len(entries)} pages")
