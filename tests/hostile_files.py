"""Hostile files built byte by byte for the tests (issue 19): nothing here is a real file.

`pdf` writes a small valid PDF from object bodies, with an xref table, or with an xref
stream and an object stream when some objects are to be packed (the way a page-tree
bomb hides from a scan of the plain file).
"""

from __future__ import annotations

import zlib

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _stream(head: str, data: bytes) -> bytes:
    return f"<< {head} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def pdf(objects: list[bytes], packed: frozenset[int] = frozenset(), info: bytes = b"") -> bytes:
    """A PDF of `objects` (object 1 is the catalog; numbers count from 1).

    Numbers in `packed` go into one Flate object stream; the xref is then a stream too.
    `info`: an Info dictionary's body, added as the last object.
    """
    bodies = list(objects) + ([info] if info else [])
    count = len(bodies)
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    plain = [n for n in range(1, count + 1) if n not in packed]
    for number in plain:
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + bodies[number - 1] + b"\nendobj\n"
    trailer = f"/Root 1 0 R{f' /Info {count} 0 R' if info else ''}"
    if not packed:
        xref = len(out)
        out += f"xref\n0 {count + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{offsets[n]:010d} 00000 n \n".encode() for n in range(1, count + 1))
        out += f"trailer\n<< /Size {count + 1} {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)
    stream_number, xref_number = count + 1, count + 2
    members = sorted(packed)
    header, body = [], bytearray()
    for number in members:
        header.append(f"{number} {len(body)}")
        body += bodies[number - 1] + b"\n"
    first = " ".join(header).encode() + b"\n"
    data = zlib.compress(first + bytes(body))
    offsets[stream_number] = len(out)
    out += f"{stream_number} 0 obj\n".encode()
    out += _stream(
        f"/Type /ObjStm /N {len(members)} /First {len(first)} /Filter /FlateDecode", data
    )
    out += b"\nendobj\n"
    offsets[xref_number] = len(out)
    rows = [b"\x00" + b"\x00\x00\x00\x00" + b"\xff"]  # object 0: the head of the free list
    for number in range(1, xref_number + 1):
        if number in packed:
            rows.append(
                b"\x02"
                + stream_number.to_bytes(4, "big")
                + members.index(number).to_bytes(1, "big")
            )
        else:
            rows.append(b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00")
    table = zlib.compress(b"".join(rows))
    out += f"{xref_number} 0 obj\n".encode()
    out += _stream(
        f"/Type /XRef /Size {xref_number + 1} /W [1 4 1] {trailer} /Filter /FlateDecode", table
    )
    out += f"\nendobj\nstartxref\n{offsets[xref_number]}\n%%EOF\n".encode()
    return bytes(out)


def text_page(
    width: float, height: float, runs: list[tuple[float, float, str]], info: bytes = b""
) -> bytes:
    """One page `width` x `height` points showing each (x, y, text) run in Helvetica."""
    content = b"".join(
        f"BT /F1 11 Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ({text}) Tj ET\n".encode() for x, y, text in runs
    )
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".encode(),
            FONT,
            _stream("", content),
        ],
        info=info,
    )


def kids_bomb(fanout: int, depth: int, packed: bool = True) -> bytes:
    """A page tree in which each node names the next one `fanout` times, `depth` deep:
    fanout ** depth pages from a few objects (packed in an object stream by default)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = level + 2
        kids = " ".join([f"{number + 1} 0 R"] * fanout)
        objects.append(
            f"<< /Type /Pages /Kids [{kids}] /Count {fanout ** (depth - level)} >>".encode()
        )
    page = len(objects) + 1
    objects.append(f"<< /Type /Page /Parent {page - 1} 0 R /MediaBox [0 0 612 792] >>".encode())
    numbers = frozenset(range(2, page + 1)) if packed else frozenset()
    return pdf(objects, packed=numbers)


def deflate_bomb(unpacked: int) -> bytes:
    """A one-page PDF with a content stream of `unpacked` zero bytes, Flate-compressed."""
    data = zlib.compress(b" " * unpacked, 9)
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            _stream("/Filter /FlateDecode", data),
        ]
    )
