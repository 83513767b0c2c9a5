#!/usr/bin/env python3
"""Writes chosen HTML responses of WARC files as pages:
`devset-warc.py OUTDIR NAME=URL ... -- FILE.warc.gz ...`.

Blind round 58's pages are whole HTTP responses in dolma's test WARC files (tools/fetch-devset.sh);
each chosen page is written to OUTDIR/NAME.html from the first 200 response for its URL, its body
as warcio decodes it (de-chunked, un-gzipped). The pages are their sites' own: fetched, not kept.
"""
import os, sys

from warcio.archiveiterator import ArchiveIterator


def main(argv):
    out, rest = argv[0], argv[1:]
    split = rest.index('--')
    wanted = {url: name for name, url in (p.split('=', 1) for p in rest[:split])}
    os.makedirs(out, exist_ok=True)
    done = set()
    for path in rest[split + 1:]:
        with open(path, 'rb') as f:
            for record in ArchiveIterator(f):
                if record.rec_type != 'response' or not record.http_headers:
                    continue
                # WARC 1.1 writes the target URI in angle brackets.
                url = record.rec_headers.get_header('WARC-Target-URI', '').strip('<>')
                if url not in wanted or url in done or record.http_headers.get_statuscode() != '200':
                    continue
                with open(os.path.join(out, wanted[url] + '.html'), 'wb') as page:
                    page.write(record.content_stream().read())
                done.add(url)
    missing = [u for u in wanted if u not in done]
    if missing:
        sys.exit('devset-warc.py: not in the WARC files: ' + ' '.join(missing))


if __name__ == '__main__':
    main(sys.argv[1:])
