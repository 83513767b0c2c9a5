#!/usr/bin/env python3
"""Copies the real pages of the PyPI package domdown 0.3.6 (tests/real/html/, recent security
blogs, news, vendor pages, GitHub, arXiv, Wikipedia: issue 11's blind round 8) to
PAGES/domdown/<case id>.html, named by the package's own tests/real/manifest.json. Fetched only,
never kept in the repository: the package ships no licence (tests/devset/manifest-round8.json).

  python3 tools/devset-domdown.py PACKAGE_ROOT PAGES_DIR
"""
import json
import shutil
import sys
from pathlib import Path

root, pages = Path(sys.argv[1]), Path(sys.argv[2]) / "domdown"
pages.mkdir(parents=True, exist_ok=True)
real = root / "tests" / "real"
with open(pages / "ORIGIN.tsv", "w", encoding="utf-8") as origin:
    for case in json.loads((real / "manifest.json").read_text(encoding="utf-8"))["cases"]:
        shutil.copyfile(real / case["html"], pages / f"{case['id']}.html")
        origin.write(f"{case['id']}\ttests/real/{case['html']}\n")
print(f"domdown: {len(list(pages.glob('*.html')))} pages")
