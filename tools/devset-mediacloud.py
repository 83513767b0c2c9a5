#!/usr/bin/env python3
"""Copies blind rounds 51, 52 and 71's pages (tests/devset/manifest-round51.json, -round52.json, -round71.json) out of the unpacked
`mediacloud-metadata` 2.1.0 sdist into target/devset/pages/: each entry's `note` starts with the
fixture's file name (the md5 of the address its test fetched).

Most of these pages are Wayback Machine captures. The archive rewrites every address in a capture
to point back into itself (`/web/20220721144454/https://www.ozap.com/…`,
`https://web.archive.org/web/20220721144454im_/…`) and adds its own player scripts and toolbar:
read as is, every link would lead to web.archive.org. The archive's rewriting is a fixed prefix,
so it is undone here, and its additions are cut, which gives back the page as its site served it.
Usage: devset-mediacloud.py RAW PAGES (RAW holds the unpacked packages, as tools/fetch-devset.sh leaves them)."""
import json, pathlib, re, sys

raw, pages = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
fixtures = raw / 'mediacloud_metadata-2.1.0' / 'mediacloud_metadata-2.1.0' / 'mcmetadata' / 'test' / 'fixtures'

# The archive's player (scripts and styles it puts at the top of <head>), its toolbar, and the
# comment with its playback timings at the end.
PLAYER = re.compile(r'<script[^>]*src="(?:https:)?//(?:web-static\.archive\.org|archive\.org/includes)/.*?<!-- End Wayback Rewrite JS Include -->\s*', re.S)
TOOLBAR = re.compile(r'<!-- BEGIN WAYBACK TOOLBAR INSERT -->.*?<!-- END WAYBACK TOOLBAR INSERT -->', re.S)
TIMINGS = re.compile(r'<!--\s*FILE ARCHIVED ON.*?-->', re.S)
# `[https://web.archive.org]/web/<14-digit time>[<mode>_]/` before an absolute address (any
# scheme: mailto:, tel:, whatsapp:…) or a scheme-relative one (modes: im_ images, js_ scripts,
# cs_ styles, if_ frames, id_ raw, …); the same with its slashes escaped, in scripts' strings.
PREFIX = re.compile(r'(?:https?:)?(?://web\.archive\.org)?/web/\d{1,14}(?:[a-z]{2}_)?/(?=[a-zA-Z][a-zA-Z0-9+.-]*:|//)')
ESCAPED = re.compile(r'(?:https?:)?(?:\\/\\/web\.archive\.org)?\\/web\\/\d{1,14}(?:[a-z]{2}_)?\\/(?=[a-zA-Z][a-zA-Z0-9+.-]*:|\\/\\/)')


def unwrap(html: str) -> str:
    html = PLAYER.sub('', html, count=1)
    html = TOOLBAR.sub('', html)
    html = TIMINGS.sub('', html)
    return ESCAPED.sub('', PREFIX.sub('', html))


for round in ('51', '52', '71'):
    manifest = json.loads((pathlib.Path(__file__).parent.parent / f'tests/devset/manifest-round{round}.json').read_text())
    for page in manifest['pages']:
        name = page['note'].split(';')[0].strip()
        html = (fixtures / name).read_text(encoding='utf-8')
        target = pages / page['path']
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(unwrap(html), encoding='utf-8')
    print(f"round {round}: {len(manifest['pages'])} pages")
