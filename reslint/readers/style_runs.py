"""Where a line changes style: its runs of one weight, slant and size (`model.StyleRun`),
from the pieces a reader built it of (a PDF line's words, a DOCX paragraph's runs).

Shared by the PDF and DOCX readers, so both mark a mixed line alike: a header printed
`Senior Engineer` in bold and then `Acme Corp` in regular type, with no separator between,
still says where one part ends. What the parts are is structure's to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from reslint.model import StyleRun

# Sizes closer than this share a run: rounding and optical sizes differ by a few tenths.
_SIZE_STEP = 0.75
_ITALIC_RE = re.compile(r"italic|oblique|(?:^|[-_,])(?:bold|semibold|light)?it$|^cmti|^cmsl")


class Chunk(NamedTuple):
    """A piece of a line's text as the reader had it, and how it printed."""

    text: str
    bold: bool
    italic: bool
    size: float | None


@lru_cache(maxsize=512)
def is_italic_font(font: str | None) -> bool:
    """Italic from the font name (`Arial-ItalicMT`, `OpenSans-BoldItalic`, `CMTI10`)."""
    if not font:
        return False
    return bool(_ITALIC_RE.search(font.split("+", 1)[-1].lower()))


def _same(run: Chunk, chunk: Chunk) -> bool:
    if run.bold != chunk.bold or run.italic != chunk.italic:
        return False
    if run.size is None or chunk.size is None:
        return run.size == chunk.size
    return abs(run.size - chunk.size) < _SIZE_STEP


def style_runs(text: str, chunks: Iterable[Chunk]) -> tuple[StyleRun, ...]:
    """The runs of `text` from its chunks in order, each found in `text` right after the
    one before (a chunk not found there, such as a bullet the reader cut off, is passed
    over); neighbours of one style are one run. Empty when the line prints in one style."""
    found: list[tuple[int, int, Chunk]] = []
    cursor = 0
    lost = False  # the chunk before was not found where it should be
    for chunk in chunks:
        piece = chunk.text.strip()
        if not piece:
            continue
        at = text.find(piece, cursor)
        # A chunk found only past text not yet accounted for is another of its kind further
        # on (a bullet cut off the start, printed again inside the line): not this one.
        if at < 0 or (not lost and text[cursor:at].strip()):
            lost = True
            continue
        lost = False
        cursor = at + len(piece)
        if found and _same(found[-1][2], chunk):
            found[-1] = (found[-1][0], cursor, found[-1][2])
        else:
            found.append((at, cursor, chunk))
    if len(found) < 2:
        return ()
    return tuple(
        StyleRun(text[start:end], chunk.bold, chunk.italic, chunk.size)
        for start, end, chunk in found
    )
