#!/usr/bin/env python3
"""Draws the toolbar icons (a white chain link on a blue rounded square) as PNGs.

Usage: make-icons.py OUT_DIR. Standard library only (zlib + struct), 4x4 supersampling.
"""
import math
import os
import struct
import sys
import zlib

BLUE = (31, 111, 235)


def rounded_box(px, py, hx, hy, r):
    """Signed distance to a rounded rectangle centred at the origin."""
    qx, qy = abs(px) - hx + r, abs(py) - hy + r
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - r


def coverage(x, y):
    """(background alpha, white alpha) at a point of the unit square."""
    bg = rounded_box(x - 0.5, y - 0.5, 0.5, 0.5, 0.2) <= 0
    # Two capsule rings along the diagonal: the chain link.
    c, s = math.cos(math.pi / 4), math.sin(math.pi / 4)
    u, v = (x - 0.5) * c + (y - 0.5) * s, -(x - 0.5) * s + (y - 0.5) * c
    white = False
    for offset in (-0.14, 0.14):
        d = rounded_box(u - offset, v, 0.2, 0.105, 0.105)
        if abs(d) <= 0.045:
            white = True
    return bg, white


def png(size):
    n = 4
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            a = w = 0
            for sj in range(n):
                for si in range(n):
                    bg, wh = coverage((i + (si + 0.5) / n) / size, (j + (sj + 0.5) / n) / size)
                    a += bg
                    w += wh and bg
            a, w = a / n / n, w / n / n
            mix = w / a if a else 0
            rgb = [round(c * (1 - mix) + 255 * mix) for c in BLUE]
            row += bytes(rgb + [round(a * 255)])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for size in (16, 32, 48, 128):
        with open(os.path.join(out, f"icon-{size}.png"), "wb") as f:
            f.write(png(size))


if __name__ == "__main__":
    main()
