"""What a PDF's bytes promise, checked before any PDF library loads them.

PDFium and pdfminer trust a file's structure: a page tree whose `/Kids` name the same
node over and over is expanded into millions of pages (an 815 KB file took 3.4 GB), an
object stream is inflated whole, and an xref `/Size` is allocated for. So the raw bytes
are scanned first, the way a PDF reader finds objects when its xref is broken (`N G obj`
… `endobj`, and the objects packed in Flate object streams), and the file is refused with
a one-line reason when:

- its streams inflate to more than `max_unpacked_bytes` in all (each one is inflated with
  at most the budget left, so the check itself is bounded);
- a page's content (a stream named by a `/Contents`, or a form XObject) inflates to more
  than MAX_CONTENT_BYTES: PDFium parses every operator of it on each page load (45 MB of
  text operators took 26 s), and real resumes' largest content or font stream is 1 MB;
- it holds more than MAX_OBJECTS objects, or declares more in an xref `/Size`;
- its page tree, followed from every `/Kids`, reaches more than MAX_TREE_PAGES pages
  (a node named twice counts twice, as a PDF library walks it), more than MAX_KIDS
  entries in one node, or is deeper than MAX_DEPTH or loops.

A resume has a few hundred objects and a page tree of a few nodes, so these limits are
far above real files and far below what would hurt.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from reslint.readers.base import ReadError

MAX_OBJECTS = 200_000
MAX_DECLARED_OBJECTS = 1_000_000
MAX_TREE_PAGES = 10_000
MAX_KIDS = 10_000
MAX_DEPTH = 64
MAX_CONTENT_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024  # input fed to zlib at a time (see _Scan.inflate)

_OBJECT = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+obj\b")
_STREAM = re.compile(rb"stream\r?\n")
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_REF = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+R\b")
_SIZE = re.compile(rb"/Size\s+(\d{1,20})")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm\b")
_FIRST = re.compile(rb"/First\s+(\d{1,10})")
_CONTENTS = re.compile(rb"/Contents\s*(\[[^\]]*\]|\d{1,10}\s+\d{1,5}\s+R\b)")
_FORM = re.compile(rb"/Subtype\s*/Form\b")
_FILTER = re.compile(rb"/Filter\b")
_FLATE = re.compile(rb"/Filter\s*(?:\[\s*)?/(?:FlateDecode|Fl)\s*\]?\s*[/>]")


@dataclass
class _Scan:
    budget: int
    objects: int = 0
    kids: dict[int, list[int]] = field(default_factory=dict)
    contents: set[int] = field(default_factory=set)  # streams a /Contents names
    sizes: dict[int, int] = field(default_factory=dict)  # content-like stream: its size

    def inflate(self, data: bytes) -> bytes | None:
        """`data` inflated, within what is left of the budget; None if it is no zlib stream.

        A stream damaged part-way counts what inflates before the damage: PDFium unpacks
        that much, so a bomb with one bad byte near its end passed the check whole before
        (45 MB of content operators, 26 s in PDFium; found by benchmarks/fuzz.py). So the
        input goes in chunks, and the output of those before an error is kept.
        """
        inflater = zlib.decompressobj()
        out = bytearray()
        try:
            for start in range(0, len(data), _CHUNK):
                # max_length is at least 1 here (0 would mean no limit).
                out += inflater.decompress(data[start : start + _CHUNK], self.budget + 1 - len(out))
                if len(out) > self.budget:
                    raise ReadError(
                        "PDF streams unpack to too much data (possible decompression bomb)"
                    )
        except zlib.error:
            if not out:
                return None
        self.budget -= len(out)
        return bytes(out)

    def body(self, number: int, text: bytes) -> None:
        """One object's text (its dictionary, up to its stream or its end)."""
        self.objects += 1
        if self.objects > MAX_OBJECTS:
            raise ReadError(f"PDF has more than {MAX_OBJECTS:,} objects")
        kids = _KIDS.search(text)
        if kids:
            refs = [int(ref) for ref in _REF.findall(kids.group(1))]
            if len(refs) > MAX_KIDS:
                raise ReadError(f"PDF page tree node has more than {MAX_KIDS:,} kids")
            self.kids[number] = refs
        contents = _CONTENTS.search(text)
        if contents:
            self.contents.update(int(ref) for ref in _REF.findall(contents.group(1)))


def _object_stream(scan: _Scan, head: bytes, data: bytes) -> None:
    """The objects packed in an object stream: `N offset` pairs, then their bodies."""
    first = _FIRST.search(head)
    if first is None:
        return
    start = int(first.group(1))
    numbers = [int(n) for n in re.findall(rb"\d+", data[:start])[::2]]
    offsets = [int(n) for n in re.findall(rb"\d+", data[:start])[1::2]]
    ends = [*offsets[1:], len(data) - start]
    for number, offset, end in zip(numbers, offsets, ends, strict=False):
        scan.body(number, data[start + offset : start + max(end, offset)])


def check_structure(data: bytes, max_unpacked_bytes: int) -> None:
    """Raise ReadError when the PDF in `data` would cost more than a resume can."""
    scan = _Scan(budget=max_unpacked_bytes)
    for size in _SIZE.findall(data):
        if int(size) > MAX_DECLARED_OBJECTS:
            raise ReadError(f"PDF declares more than {MAX_DECLARED_OBJECTS:,} objects")
    matches = list(_OBJECT.finditer(data))
    # Each object runs to the next one's start (the last to the end of the file). Not a zip
    # with the list shifted by one: a file with no object at all made that raise
    # ValueError (found by benchmarks/fuzz.py).
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(data)
        text = data[match.end() : end]
        stream = _STREAM.search(text)
        head = text if stream is None else text[: stream.start()]
        scan.body(int(match.group(1)), head)
        if stream is None:
            continue
        packed = _OBJSTM.search(head) is not None
        if _FLATE.search(head):
            inflated = scan.inflate(text[stream.end() :])
        elif not _FILTER.search(head):
            inflated = text[stream.end() :]
        else:
            inflated = None
        if inflated is not None:
            scan.sizes[int(match.group(1))] = len(inflated)
            if _FORM.search(head):
                scan.contents.add(int(match.group(1)))
        if packed:
            if inflated is None:
                # Objects this scan cannot see could hide anything: real writers Flate them.
                raise ReadError("PDF object stream in an encoding reslint does not check")
            _object_stream(scan, head, inflated)
    if any(scan.sizes.get(number, 0) > MAX_CONTENT_BYTES for number in scan.contents):
        raise ReadError(
            f"PDF page content unpacks to more than {MAX_CONTENT_BYTES >> 20} MB "
            "(possible decompression bomb)"
        )
    _check_tree(scan.kids)


def _check_tree(kids: dict[int, list[int]]) -> None:
    """Pages reached from each page-tree node, counted as a PDF library walks the tree."""
    known: dict[int, tuple[int, int]] = {}  # node: pages below it, levels below it
    on_path: set[int] = set()
    too_deep = f"PDF page tree is deeper than {MAX_DEPTH} levels"

    def count(node: int, depth: int) -> tuple[int, int]:
        if depth > MAX_DEPTH:
            raise ReadError(too_deep)
        if node in known:
            if depth + known[node][1] > MAX_DEPTH:
                raise ReadError(too_deep)
            return known[node]
        if node in on_path:
            raise ReadError("PDF page tree loops back on itself")
        children = kids.get(node)
        if children is None:
            return 1, 0  # a page (or a broken reference, which a library skips)
        on_path.add(node)
        total, height = 0, 0
        for child in children:
            pages, levels = count(child, depth + 1)
            total, height = total + pages, max(height, levels + 1)
            if total > MAX_TREE_PAGES:
                raise ReadError(f"PDF page tree holds more than {MAX_TREE_PAGES:,} pages")
        on_path.discard(node)
        known[node] = (total, height)
        return known[node]

    for node in kids:
        count(node, 0)
